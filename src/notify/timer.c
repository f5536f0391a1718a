/*
 * timer.c: the systemd user units that run 'deadlines notify' every 15
 * minutes, written for the user (see timer.h).
 */
#include "timer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

/* path as one word of a systemd ExecStart line: '%' (systemd's specifiers)
 * doubled, in double quotes if it holds a space; NULL if it holds a control
 * character, a quote or a backslash, which systemd refuses in the name of a
 * program. */
static char *systemd_quoted(const char *path)
{
	struct buf b;
	int quote = strpbrk(path, " \t") != NULL;
	buf_init(&b);
	if (quote)
		buf_putc(&b, '"');
	for (const char *p = path; *p; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f || strchr("\"'\\", *p)) {
			buf_free(&b);
			return NULL;
		}
		if (*p == '%')
			buf_putc(&b, '%');
		buf_putc(&b, *p);
	}
	if (quote)
		buf_putc(&b, '"');
	return buf_detach(&b);
}

int notify_install_timer(const char *db, const char *feed, char **service_path, char **timer_path, char **err)
{
	const char *home = getenv("HOME"), *program = getenv("DEADLINES_PROGRAM");
	char exe[4096];
	ssize_t n = -1;
	if (program && program[0] == '/') /* 'deadlines', which ran this program */
		n = snprintf(exe, sizeof exe, "%s", program);
	else
		n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (!home || home[0] != '/' || n <= 0 || (size_t)n >= sizeof exe) {
		*err = xstrdup("cannot find HOME (an absolute path) or this program's path");
		return -1;
	}
	exe[n] = '\0';
	char *quoted = systemd_quoted(exe);
	if (!quoted) {
		*err = xasprintf("this program's path '%s' has a quote, a backslash or a "
				 "control character, which systemd refuses in a unit", exe);
		return -1;
	}
	/* the database or the feed, as systemd reads a word of ExecStart or an
	 * Environment= assignment: quoted, '%' doubled */
	char *what = feed ? systemd_quoted(feed) : NULL, *dbq = db && !feed ? systemd_quoted(db) : NULL;
	if ((feed && !what) || (db && !feed && !dbq)) {
		*err = xasprintf("'%s' has a quote, a backslash or a control character, which systemd refuses "
				 "in a unit", feed ? feed : db);
		free(quoted), free(what), free(dbq);
		return -1;
	}
	char *dir = xasprintf("%s/.config/systemd/user", home);
	if (make_dirs(dir, 0700, 1) != 0) {
		*err = xasprintf("cannot create the directory '%s': %s", dir, strerror(errno));
		free(dir);
		free(quoted), free(what), free(dbq);
		return -1;
	}
	struct buf env;
	buf_init(&env);
	if (dbq) /* Environment="DEADLINES_DB=PATH": the quotes around the whole assignment */
		buf_printf(&env, "Environment=\"DEADLINES_DB=%.*s\"\n",
			   (int)(strlen(dbq) - (dbq[0] == '"' ? 2 : 0)), dbq + (dbq[0] == '"'));
	char *service = xasprintf("[Unit]\nDescription=deadlines: desktop notifications as deadlines approach\n\n"
				  "[Service]\nType=oneshot\n%sExecStart=%s notify%s%s\n"
				  "# exit status 3: no notification server right now; the next run retries\n"
				  "SuccessExitStatus=3\n",
				  env.data ? env.data : "", quoted, what ? " --feed " : "", what ? what : "");
	buf_free(&env);
	char *timer = xstrdup("[Unit]\nDescription=deadlines: check deadlines every 15 minutes\n\n"
			      "[Timer]\nOnCalendar=*:0/15\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n");
	char *sp = xasprintf("%s/deadlines-notify.service", dir), *tp = xasprintf("%s/deadlines-notify.timer", dir);
	const char *failed = NULL;
	if (write_atomic(AT_FDCWD, sp, service, strlen(service), 0, -1, NULL) != 0)
		failed = sp;
	else if (write_atomic(AT_FDCWD, tp, timer, strlen(timer), 0, -1, NULL) != 0)
		failed = tp;
	if (failed)
		*err = xasprintf("cannot write '%s': %s", failed, dl_strerror(errno));
	free(dir), free(quoted), free(what), free(dbq), free(service), free(timer);
	if (failed) {
		free(sp), free(tp);
		return -1;
	}
	*service_path = sp;
	*timer_path = tp;
	return 0;
}
