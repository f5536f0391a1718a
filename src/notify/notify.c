/*
 * notify.c: libnotify (see notify.h). Text from orders, invitations and
 * feeds is hostile: controls are dropped and invalid UTF-8 replaced in both
 * lines, and the body, which a server with "body-markup" reads as markup
 * (Desktop Notifications Specification 1.2, "Markup"), has &, < and >
 * escaped, so that nothing in it is taken for a tag or a link.
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

/* s made safe (and, markup, with &, < and > escaped): malloc'd. */
static char *safe_text(const char *s, int markup)
{
	struct buf clean, out;
	buf_init(&clean);
	buf_init(&out);
	buf_put_clean(&clean, s ? s : "");
	for (const char *p = clean.data ? clean.data : ""; *p; p++) {
		if (markup && *p == '&')
			buf_puts(&out, "&amp;");
		else if (markup && *p == '<')
			buf_puts(&out, "&lt;");
		else if (markup && *p == '>')
			buf_puts(&out, "&gt;");
		else
			buf_putc(&out, *p);
	}
	buf_free(&clean);
	return buf_detach(&out);
}

int notify_send(const struct desktop_note *n, char **err)
{
	char *summary = safe_text(n->summary, 0), *body = safe_text(n->body, 1);
	NotifyNotification *note = notify_notification_new(summary, body, n->icon);
	free(summary);
	free(body);
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
