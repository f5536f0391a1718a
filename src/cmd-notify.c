/*
 * cmd-notify.c: deadlines notify — desktop notifications as deadlines approach:
 * one per open obligation when it crosses a threshold (days before its due
 * date, counted in the court's time zone), one a day while it is overdue, one
 * when its date changed or it ended since the last run. Deciding and
 * recording happen in one write transaction: overlapping runs never notify
 * twice, and a run that cannot reach a notification server records nothing
 * and exits 3, so the next run tries again.
 */
#include <fcntl.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "cmd-full.h"
#include "cmd.h"
#include "notify.h"
#include "tz.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

const struct dl_command cmd_notify_entry = {
	"notify", run,
	"notify [--dry-run] [--thresholds 14,7,3,1,0] [--case NUMBER] [--who PARTY]\n"
	"notify --install-timer",
	CMD_NOTIFY_SUMMARY,
	"Run it from a timer (contrib/systemd/deadlines-notify.timer: every 15\n"
	"minutes; 'deadlines notify --install-timer' installs both units for the user).\n"
	"Urgency: low more than 3 days ahead, normal 1-3 days, critical on the day and\n"
	"when overdue. 'deadlines ack ID' silences an obligation until its date changes.\n"
	"Exit status 3: no notification server answered (nothing was recorded).\n",
};

/* Keys in the notification log besides the day thresholds (overdue days are negative). */
enum { KEY_CHANGED = 100000, KEY_ENDED = 200000 };

struct note {
	int64_t id;
	dl_day sort_due;  /* notes are listed in the order 'list' uses */
	int sort_minute;  /* -1: no time */
	int64_t key;
	dl_day due;
	char *summary, *body;
	const char *icon;
	enum urgency urgency;
	int64_t also_key; /* a reminder this note stands for too (0: none) */
};

struct plan {
	struct dl_ctx *ctx;
	dl_day near;      /* open obligations due up to this day were read in the first pass */
	int thresholds[16];
	int nthresholds;
	struct note *notes;
	size_t n;
	int64_t *changed, *ended; /* obligation ids with a change since the last run */
	size_t nchanged, nended;
};

static void add_note(struct plan *p, struct note n)
{
	p->notes = xrealloc(p->notes, (p->n + 1) * sizeof *p->notes);
	p->notes[p->n++] = n;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* v is sorted */
static int in_list(const int64_t *v, size_t n, int64_t id)
{
	return n && bsearch(&id, v, n, sizeof *v, cmp_id) != NULL;
}

static int cmp_note(const void *a, const void *b)
{
	const struct note *x = a, *y = b;
	if ((x->sort_due == DATE_NONE) != (y->sort_due == DATE_NONE))
		return x->sort_due == DATE_NONE ? 1 : -1;
	if (x->sort_due != y->sort_due)
		return x->sort_due < y->sort_due ? -1 : 1;
	if (x->sort_minute != y->sort_minute)
		return x->sort_minute < y->sort_minute ? -1 : 1;
	return cmp_id(&x->id, &y->id);
}

static int minute_of(const char *hhmm)
{
	int h, m;
	return hhmm && sscanf(hhmm, "%d:%d", &h, &m) == 2 ? h * 60 + m : -1;
}

/* Today in the court's time zone (or the fixed --today). */
static dl_day court_today(const struct dl_ctx *ctx, const struct court *court)
{
	if (ctx->today_fixed || !court)
		return ctx->today;
	dl_day d;
	int minute;
	tz_from_instant(court->tz, (int64_t)time(NULL), &d, &minute);
	return d;
}

static char *body_of(const struct obligation *o, const struct court *court)
{
	char abbr[16];
	const char *tz = court ? court->tz : "UTC";
	tz_offset(tz, tz_to_instant(tz, o->due, 23 * 60 + 59), abbr);
	return xasprintf("%s (%s), %s\nThe last day ends at %s %s (%s).%s", o->caption, o->case_number,
			 court ? court->short_name : o->court, o->due_time ? o->due_time : "11:59 p.m.",
			 abbr, tz, o->basis && !strcmp(o->basis, "presumed") ? "\nPresumed date: the order states no time." : "");
}

static int consider(const struct obligation *o, void *arg)
{
	struct plan *p = arg;
	store *db = p->ctx->db;
	int sort_minute = minute_of(o->due_time);
	const struct court *court = court_find(o->court);
	char when[15];
	if (in_list(p->ended, p->nended, o->id) && !strcmp(o->status, "ended") &&
	    store_notified(db, o->id, KEY_ENDED, o->closed_on) == STORE_NOTFOUND) {
		add_note(p, (struct note){o->id, o->due, sort_minute, KEY_ENDED, o->closed_on,
					  xasprintf("Ended: %s %s", o->who ? o->who : "", o->action),
					  xasprintf("%s (%s): ended on %s (%s)", o->caption, o->case_number,
						    date_format_long(o->closed_on, when),
						    o->until_event ? o->until_event : "the event happened"),
					  "appointment-missed", URGENCY_NORMAL, 0});
		return 0;
	}
	if (strcmp(o->status, "open") || o->due == DATE_NONE)
		return 0;
	int days = o->due - court_today(p->ctx, court);
	int64_t key;
	if (days < 0) {
		key = days; /* one per overdue day */
	} else {
		int t = -1;
		for (int i = 0; i < p->nthresholds; i++)
			if (p->thresholds[i] >= days && (t < 0 || p->thresholds[i] < t))
				t = p->thresholds[i];
		key = t;
	}
	int remind = key >= 0 || days < 0;
	if (key == -1 && days >= 0)
		remind = 0; /* further away than every threshold */
	if (o->acked == o->due)
		remind = 0;
	if (remind && store_notified(db, o->id, key, o->due) == STORE_OK)
		remind = 0;
	/* a smaller threshold already notified for this date (the timer was early) */
	for (int i = 0; remind && days >= 0 && i < p->nthresholds; i++)
		if (p->thresholds[i] < key && store_notified(db, o->id, p->thresholds[i], o->due) == STORE_OK)
			remind = 0;
	/* Each change is seen once: a run reads the history after the last run's
	 * mark inside its write transaction, and moves the mark. A date moved
	 * back to one announced before is announced again. */
	int changed = in_list(p->changed, p->nchanged, o->id);
	if (!remind && !changed)
		return 0;
	enum urgency u = days <= 0 ? URGENCY_CRITICAL : days <= 3 ? URGENCY_NORMAL : URGENCY_LOW;
	char *summary;
	if (changed)
		summary = xasprintf("Date changed: %s %s — now %s", o->who ? o->who : "", o->action,
				    date_format_long(o->due, when));
	else if (days < 0)
		summary = xasprintf("OVERDUE %d day%s: %s %s (was due %s)", -days, days == -1 ? "" : "s",
				    o->who ? o->who : "", o->action, date_format_long(o->due, when));
	else if (days == 0)
		summary = xasprintf("DUE TODAY: %s %s (%s)", o->who ? o->who : "", o->action,
				    date_format_long(o->due, when));
	else
		summary = xasprintf("Due in %d day%s: %s %s (%s)", days, days == 1 ? "" : "s",
				    o->who ? o->who : "", o->action, date_format_long(o->due, when));
	add_note(p, (struct note){o->id, o->due, sort_minute, changed ? KEY_CHANGED : key, o->due, summary, body_of(o, court),
				  days < 0 ? "dialog-warning" : "appointment-soon", u,
				  changed && remind ? key : 0});
	return 0;
}

/* The second pass: obligations that changed or ended since the last run and
 * that the first pass did not read. */
static int consider_changed(const struct obligation *o, void *arg)
{
	struct plan *p = arg;
	if (!strcmp(o->status, "open") && o->due != DATE_NONE && o->due <= p->near)
		return 0;
	if (!in_list(p->changed, p->nchanged, o->id) && !in_list(p->ended, p->nended, o->id))
		return 0;
	return consider(o, arg);
}

static int collect_change(const struct history_row *h, void *arg)
{
	struct plan *p = arg;
	if (!strcmp(h->what, "due") && h->old_value && h->new_value) {
		p->changed = xrealloc(p->changed, (p->nchanged + 1) * sizeof *p->changed);
		p->changed[p->nchanged++] = h->obligation_id;
	} else if (!strcmp(h->what, "status") && h->new_value && has_prefix(h->new_value, "ended")) {
		p->ended = xrealloc(p->ended, (p->nended + 1) * sizeof *p->ended);
		p->ended[p->nended++] = h->obligation_id;
	}
	return 0;
}

/* path as one word of a systemd ExecStart line: in double quotes, with '%'
 * (systemd's specifiers) doubled; NULL if it holds a control character, a
 * quote or a backslash, which systemd refuses in the name of a program. */
static char *systemd_quoted(const char *path)
{
	struct buf b;
	buf_init(&b);
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
	buf_putc(&b, '"');
	return buf_detach(&b);
}

/* Write the systemd user units that run 'deadlines notify' every 15 minutes
 * into ~/.config/systemd/user (made with mkdir, 0700 for what it makes: no
 * shell is ever run). */
static int install_timer(void)
{
	const char *home = getenv("HOME"), *program = getenv("DEADLINES_PROGRAM");
	char exe[4096];
	ssize_t n = -1;
	if (program && program[0] == '/') /* 'deadlines', which ran this program */
		n = snprintf(exe, sizeof exe, "%s", program);
	else
		n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (!home || home[0] != '/' || n <= 0 || (size_t)n >= sizeof exe) {
		dl_error("notify --install-timer: cannot find HOME (an absolute path) or this program's path");
		return DL_EXIT_FAIL;
	}
	exe[n] = '\0';
	char *quoted = systemd_quoted(exe);
	if (!quoted) {
		dl_error("notify --install-timer: this program's path '%s' has a quote, a backslash or a "
			 "control character, which systemd refuses in a unit", exe);
		return DL_EXIT_FAIL;
	}
	char *dir = xasprintf("%s/.config/systemd/user", home);
	if (make_dirs(dir, 0700, 1) != 0) {
		dl_error("notify --install-timer: cannot create the directory '%s': %s", dir, strerror(errno));
		free(dir);
		free(quoted);
		return DL_EXIT_FAIL;
	}
	char *service = xasprintf("[Unit]\nDescription=deadlines: desktop notifications as deadlines approach\n\n"
				  "[Service]\nType=oneshot\nExecStart=%s notify\n"
				  "# exit status 3: no notification server right now; the next run retries\n"
				  "SuccessExitStatus=3\n", quoted);
	char *timer = xstrdup("[Unit]\nDescription=deadlines: check deadlines every 15 minutes\n\n"
			      "[Timer]\nOnCalendar=*:0/15\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n");
	char *sp = xasprintf("%s/deadlines-notify.service", dir), *tp = xasprintf("%s/deadlines-notify.timer", dir);
	const char *failed = NULL;
	if (write_atomic(AT_FDCWD, sp, service, strlen(service), 0, -1, NULL) != 0)
		failed = sp;
	else if (write_atomic(AT_FDCWD, tp, timer, strlen(timer), 0, -1, NULL) != 0)
		failed = tp;
	if (!failed)
		printf("installed %s and %s\nnow run: systemctl --user daemon-reload && systemctl --user enable --now deadlines-notify.timer\n",
		       sp, tp);
	else
		dl_error("notify --install-timer: cannot write '%s': %s", failed, dl_strerror(errno));
	free(dir), free(quoted), free(service), free(timer), free(sp), free(tp);
	return failed ? DL_EXIT_FAIL : DL_EXIT_OK;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"dry-run", no_argument, NULL, 'n'},	  {"thresholds", required_argument, NULL, 't'},
		{"case", required_argument, NULL, 'c'},	  {"who", required_argument, NULL, 'w'},
		{"install-timer", no_argument, NULL, 'I'}, {NULL, 0, NULL, 0}};
	struct plan p;
	memset(&p, 0, sizeof p);
	p.ctx = ctx;
	int defaults[] = {14, 7, 3, 1, 0};
	memcpy(p.thresholds, defaults, sizeof defaults);
	p.nthresholds = 5;
	struct obligation_filter f;
	obligation_filter_init(&f);
	int dry = 0, c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_notify_entry, argc, argv, "", opts)) != -1) {
		switch (c) {
		case '?':
			return DL_EXIT_USAGE;
		case 'n': dry = 1; break;
		case 'c': f.case_number = optarg; break;
		case 'w': f.who = optarg; break;
		case 'I': return install_timer();
		case 't': {
			char *copy = xstrdup(optarg), *save = NULL;
			p.nthresholds = 0;
			for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
				long v;
				if (p.nthresholds == 16 || parse_int(t, 0, 365, &v) != 0) {
					free(copy);
					return cmd_usage_error(&cmd_notify_entry,
							       "notify: invalid --thresholds '%s': expected "
							       "days like 14,7,3,1,0",
							       optarg);
				}
				p.thresholds[p.nthresholds++] = (int)v;
			}
			free(copy);
			if (!p.nthresholds)
				return cmd_usage_error(&cmd_notify_entry, "notify: --thresholds is empty");
			break;
		}
		}
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_notify_entry, "notify: unexpected argument '%s'", argv[optind]);
	int rc = ctx_open(ctx, dry ? STORE_READONLY : STORE_CREATE);
	if (rc)
		return rc;
	char *err = NULL;
	if (!dry && notify_open(&err) != 0) {
		dl_error("notify: %s; nothing was recorded", err);
		free(err);
		return DL_EXIT_NOSERVER;
	}
	if (!dry && store_begin(ctx->db) != STORE_OK)
		goto db_fail;
	/* what changed since the last run (the first run starts from now) */
	char *last = NULL;
	int64_t last_id = store_history_last_id(ctx->db), seen = last_id;
	int have = store_meta_get(ctx->db, "notify_history_id", &last);
	if (have == STORE_ERROR)
		goto db_fail;
	if (have == STORE_OK)
		seen = atoll(last);
	free(last);
	if (store_history_after(ctx->db, seen, collect_change, &p) != STORE_OK)
		goto db_fail;
	if (p.nchanged)
		qsort(p.changed, p.nchanged, sizeof *p.changed, cmp_id);
	if (p.nended)
		qsort(p.ended, p.nended, sizeof *p.ended, cmp_id);
	/* 1: open obligations near or past their date (a day's margin for courts
	 * whose today differs from ours), from the report index */
	int furthest = 0;
	for (int i = 0; i < p.nthresholds; i++)
		if (p.thresholds[i] > furthest)
			furthest = p.thresholds[i];
	p.near = ctx->today + furthest + 1;
	f.status = "open";
	f.to = p.near;
	f.undated = 0;
	f.brief = 1;
	if (store_obligation_each(ctx->db, &f, consider, &p) != STORE_OK)
		goto db_fail;
	/* 2: the rest of those that changed or ended since the last run */
	f.status = "all";
	f.to = DATE_NONE;
	f.undated = -1;
	f.brief = 0;
	f.history_after = seen;
	if ((p.nchanged || p.nended) &&
	    store_obligation_each(ctx->db, &f, consider_changed, &p) != STORE_OK)
		goto db_fail;
	if (p.n)
		qsort(p.notes, p.n, sizeof *p.notes, cmp_note);
	int sent = 0;
	for (size_t i = 0; i < p.n; i++) {
		struct note *n = &p.notes[i];
		if (dry) {
			static const char *const level[] = {"low", "normal", "critical"};
			printf("[%s] %s\n    %s\n", level[n->urgency], n->summary, n->body);
			continue;
		}
		struct desktop_note dn = {n->summary, n->body, n->icon, n->urgency};
		if (notify_send(&dn, &err) != 0) {
			dl_error("notify: %s; nothing was recorded", err);
			free(err);
			store_rollback(ctx->db);
			rc = DL_EXIT_NOSERVER;
			goto out;
		}
		if (store_notification_add(ctx->db, n->id, n->key, n->due) != STORE_OK ||
		    (n->also_key && store_notification_add(ctx->db, n->id, n->also_key, n->due) != STORE_OK))
			goto db_fail;
		sent++;
	}
	if (!dry) {
		char id[32];
		snprintf(id, sizeof id, "%lld", (long long)last_id);
		if (store_meta_set(ctx->db, "notify_history_id", id) != STORE_OK || store_commit(ctx->db) != STORE_OK)
			goto db_fail;
		printf("sent %d notification%s\n", sent, sent == 1 ? "" : "s");
	} else if (!p.n) {
		puts("nothing to notify");
	}
	rc = DL_EXIT_OK;
	goto out;
db_fail:
	dl_error("notify: %s", store_errmsg(ctx->db));
	store_rollback(ctx->db);
	rc = DL_EXIT_FAIL;
out:
	for (size_t i = 0; i < p.n; i++)
		free(p.notes[i].summary), free(p.notes[i].body);
	free(p.notes);
	free(p.changed);
	free(p.ended);
	notify_close();
	return rc;
}
