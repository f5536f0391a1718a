/*
 * notify.c: libnotify (see notify.h).
 */
#include "notify.h"

#include <libnotify/notify.h>
#include <stdlib.h>

#include "util.h"

int notify_open(char **err)
{
	if (!notify_init("deadlines")) {
		*err = xstrdup("cannot initialise libnotify");
		return -1;
	}
	char *name = NULL, *vendor = NULL, *version = NULL, *spec = NULL;
	if (!notify_get_server_info(&name, &vendor, &version, &spec)) {
		notify_uninit();
		*err = xstrdup("no notification server answers on the session bus (is a desktop "
			       "session with a notification daemon running?)");
		return -1;
	}
	g_free(name), g_free(vendor), g_free(version), g_free(spec);
	return 0;
}

int notify_send(const struct desktop_note *n, char **err)
{
	NotifyNotification *note = notify_notification_new(n->summary, n->body, n->icon);
	static const NotifyUrgency levels[] = {NOTIFY_URGENCY_LOW, NOTIFY_URGENCY_NORMAL,
					       NOTIFY_URGENCY_CRITICAL};
	notify_notification_set_urgency(note, levels[n->urgency]);
	notify_notification_set_app_name(note, "deadlines");
	notify_notification_set_category(note, "deadlines");
	GError *e = NULL;
	int ok = notify_notification_show(note, &e);
	g_object_unref(note);
	if (!ok) {
		*err = xasprintf("the notification server refused: %s", e ? e->message : "unknown error");
		if (e)
			g_error_free(e);
		return -1;
	}
	return 0;
}

void notify_close(void)
{
	if (notify_is_initted())
		notify_uninit();
}
