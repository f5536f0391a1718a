/*
 * notify.h: desktop notifications through libnotify (the only module that
 * includes it), to whatever notification server the session runs.
 */
#ifndef DL_NOTIFY_H
#define DL_NOTIFY_H

enum urgency { URGENCY_LOW, URGENCY_NORMAL, URGENCY_CRITICAL };

struct desktop_note {
	const char *summary, *body, *icon;
	enum urgency urgency;
};

/* Connect and check that a notification server answers; 0, or -1 with *err. */
int notify_open(char **err);
/* Show one notification; 0, or -1 with *err. */
int notify_send(const struct desktop_note *n, char **err);
void notify_close(void);

#endif
