/*
 * cmd-notify.c: deadlines notify — desktop notifications as deadlines approach:
 * one per open obligation when it crosses a threshold (days before its due
 * date, counted in the court's time zone), one a day while it is overdue, one
 * when its date changed or it ended since the last run. The database is never
 * locked while a notification is on its way (a slow notification server would
 * keep every writer out): one short write transaction decides what to send
 * and claims it (the log rows, and a claim naming this process), the
 * notifications go out, and a second transaction settles the claim, giving
 * back what was not shown. An overlapping run sees the claimed rows and sends
 * none of them again; the claim of a run that died while sending is given back
 * by the next run. A run that cannot reach a notification server records
 * nothing and exits 3; one whose server fails part way exits 3 too, and the
 * next run sends the rest.
 */
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

static const struct option options[] = {
	{"dry-run", no_argument, NULL, 'n'},
	{"thresholds", required_argument, NULL, 't'},
	{"case", required_argument, NULL, 'c'},
	{"who", required_argument, NULL, 'w'},
	{"install-timer", no_argument, NULL, 'I'},
	{NULL, 0, NULL, 0},
};

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
	options, NULL,
};

/* Keys in the notification log besides the day thresholds (overdue days are negative). */
enum { KEY_CHANGED = 100000, KEY_ENDED = 200000 };

/* Program state in the meta table: a run's claim ("notify_claim PID START
 * BOOT": the notes it is sending), and the changes and ends to announce again
 * because the run that claimed them could not. */
#define CLAIM_PREFIX "notify_claim "
#define RETRY_KEY "notify_retry"

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
	int64_t *retry;           /* ids of changes and ends an earlier run could not announce */
	size_t nretry;
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

static char *body_of(const struct report_row *o, const struct court *court)
{
	char abbr[16];
	const char *tz = court ? court->tz : "UTC";
	tz_offset(tz, tz_to_instant(tz, o->due, 23 * 60 + 59), abbr);
	return xasprintf("%s (%s), %s\nThe last day ends at %s %s (%s).%s", o->caption, o->case_number,
			 court ? court->short_name : o->court, o->due_time ? o->due_time : "11:59 p.m.",
			 abbr, tz, o->basis == BASIS_PRESUMED ? "\nPresumed date: the order states no time." : "");
}

/* The reminder of an open obligation near or past its date, or of one whose
 * date changed since the last run, if one is due. */
static void consider_due(struct plan *p, const struct report_row *o)
{
	store *db = p->ctx->db;
	int sort_minute = minute_of(o->due_time);
	const struct court *court = court_find(o->court);
	char when[15];
	if (o->status != STATUS_OPEN || o->due == DATE_NONE)
		return;
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
		return;
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
}

/* The first pass: open obligations near or past their dates. */
static int consider(const struct report_row *o, void *arg)
{
	consider_due(arg, o);
	return 0;
}

/* The second pass: obligations that changed or ended since the last run and
 * that the first pass did not read: the end of an until-obligation, or a
 * reminder. */
static int consider_changed(const struct obligation *o, void *arg)
{
	struct plan *p = arg;
	dl_day due = o->derived.due;
	char when[15];
	if (o->status == STATUS_OPEN && due != DATE_NONE && due <= p->near)
		return 0;
	if (!in_list(p->changed, p->nchanged, o->id) && !in_list(p->ended, p->nended, o->id))
		return 0;
	if (in_list(p->ended, p->nended, o->id) && o->status == STATUS_ENDED &&
	    store_notified(p->ctx->db, o->id, KEY_ENDED, o->closed_on) == STORE_NOTFOUND) {
		add_note(p, (struct note){o->id, due, minute_of(o->due_time), KEY_ENDED, o->closed_on,
					  xasprintf("Ended: %s %s", o->who ? o->who : "", o->action),
					  xasprintf("%s (%s): ended on %s (%s)", o->join.caption, o->join.case_number,
						    date_format_long(o->closed_on, when),
						    o->until_event ? o->until_event : "the event happened"),
					  "appointment-missed", URGENCY_NORMAL, 0});
		return 0;
	}
	struct report_row r;
	report_row_of(o, &r);
	consider_due(p, &r);
	return 0;
}

static int collect_change(const struct history_row *h, void *arg)
{
	struct plan *p = arg;
	if (!strcmp(h->what, "due") && h->old_value && h->new_value) {
		p->changed = xrealloc(p->changed, (p->nchanged + 1) * sizeof *p->changed);
		p->changed[p->nchanged++] = h->obligation_id;
	} else if (!strcmp(h->what, "status") && h->new_value &&
		   has_prefix(h->new_value, obligation_status_name(STATUS_ENDED))) {
		p->ended = xrealloc(p->ended, (p->nended + 1) * sizeof *p->ended);
		p->ended[p->nended++] = h->obligation_id;
	}
	return 0;
}

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

/* The notes of a run, as kept in its claim: one "ID KEY DUE ALSO" line each
 * (DUE "-" for none). */
static char *claim_text(const struct note *notes, size_t n)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		char due[11];
		buf_printf(&b, "%lld %lld %s %lld\n", (long long)notes[i].id, (long long)notes[i].key,
			   notes[i].due == DATE_NONE ? "-" : date_format(notes[i].due, due),
			   (long long)notes[i].also_key);
	}
	return buf_detach(&b);
}

/* Give back notes that were claimed and not shown: their log rows go, and a
 * change or an end they announced is put in the retry list (text appended to
 * *retry: "changed ID" / "ended ID" lines), since the history mark has moved
 * past it. STORE_OK or STORE_ERROR. */
static int unclaim(store *db, const struct note *notes, size_t n, struct buf *retry)
{
	for (size_t i = 0; i < n; i++) {
		const struct note *x = &notes[i];
		if (store_notification_remove(db, x->id, x->key, x->due) != STORE_OK ||
		    (x->also_key && store_notification_remove(db, x->id, x->also_key, x->due) != STORE_OK))
			return STORE_ERROR;
		if (x->key == KEY_CHANGED || x->key == KEY_ENDED)
			buf_printf(retry, "%s %lld\n", x->key == KEY_CHANGED ? "changed" : "ended", (long long)x->id);
	}
	return STORE_OK;
}

/* A claim's text back to notes (only what unclaim needs); *n gets the count. */
static struct note *claim_parse(const char *text, size_t *n)
{
	struct note *v = NULL;
	*n = 0;
	for (const char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		long long id, key, also;
		char due[16];
		if (sscanf(line, "%lld %lld %15s %lld", &id, &key, due, &also) != 4)
			continue;
		struct note x;
		memset(&x, 0, sizeof x);
		x.id = id, x.key = key, x.also_key = also, x.due = DATE_NONE;
		char why[64];
		if (strcmp(due, "-") && date_parse(due, &x.due, why, sizeof why) != 0)
			continue;
		v = xrealloc(v, (*n + 1) * sizeof *v);
		v[(*n)++] = x;
	}
	return v;
}

struct reclaim {
	store *db;
	char **keys; /* claims of runs that are gone */
	char **texts;
	size_t n;
};

static int collect_dead_claim(const char *key, const char *value, void *arg)
{
	struct reclaim *r = arg;
	if (process_running(key + strlen(CLAIM_PREFIX)))
		return 0;
	r->keys = xrealloc(r->keys, (r->n + 1) * sizeof *r->keys);
	r->texts = xrealloc(r->texts, (r->n + 1) * sizeof *r->texts);
	r->keys[r->n] = xstrdup(key);
	r->texts[r->n++] = xstrdup(value);
	return 0;
}

/* Inside the first transaction: the claims of runs that died while sending
 * are given back (their notes will be decided again, a change or end they
 * announced retried), and the retry list is read into p. */
static int reclaim_and_retry(struct plan *p, store *db)
{
	struct reclaim r = {db, NULL, NULL, 0};
	struct buf retry;
	buf_init(&retry);
	int rc = store_meta_each(db, CLAIM_PREFIX, collect_dead_claim, &r);
	for (size_t i = 0; i < r.n; i++) {
		size_t n;
		struct note *notes = claim_parse(r.texts[i], &n);
		if (rc == STORE_OK)
			rc = unclaim(db, notes, n, &retry);
		if (rc == STORE_OK)
			rc = store_meta_delete(db, r.keys[i]);
		free(notes);
		free(r.keys[i]);
		free(r.texts[i]);
	}
	free(r.keys);
	free(r.texts);
	char *old = NULL;
	int have = rc == STORE_OK ? store_meta_get(db, RETRY_KEY, &old) : STORE_ERROR;
	if (have == STORE_ERROR)
		rc = STORE_ERROR;
	if (old)
		buf_puts(&retry, old);
	free(old);
	if (rc == STORE_OK && have == STORE_OK)
		rc = store_meta_delete(db, RETRY_KEY);
	for (const char *line = retry.data; rc == STORE_OK && line && *line;
	     line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		long long id;
		char what[16];
		if (sscanf(line, "%15s %lld", what, &id) != 2)
			continue;
		int64_t **v = !strcmp(what, "changed") ? &p->changed : &p->ended;
		size_t *n = !strcmp(what, "changed") ? &p->nchanged : &p->nended;
		*v = xrealloc(*v, (*n + 1) * sizeof **v);
		(*v)[(*n)++] = id;
		p->retry = xrealloc(p->retry, (p->nretry + 1) * sizeof *p->retry);
		p->retry[p->nretry++] = id;
	}
	buf_free(&retry);
	return rc;
}

/* Drop a note that repeats the one before it (the same obligation and key:
 * one read twice, by its history and by the retry list). */
static void dedupe_notes(struct plan *p)
{
	size_t j = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (j && p->notes[j - 1].id == p->notes[i].id && p->notes[j - 1].key == p->notes[i].key) {
			free(p->notes[i].summary), free(p->notes[i].body);
			continue;
		}
		p->notes[j++] = p->notes[i];
	}
	p->n = j;
}

/* Decide what to send (p->notes), from the history since the last run and
 * the obligations near their dates. Inside the caller's transaction, if any. */
static int decide(struct plan *p, struct obligation_filter *f, int64_t *last_id)
{
	store *db = p->ctx->db;
	/* what changed since the last run (the first run starts from now) */
	char *last = NULL;
	*last_id = store_history_last_id(db);
	int64_t seen = *last_id;
	int have = store_meta_get(db, "notify_history_id", &last);
	if (have == STORE_ERROR)
		return STORE_ERROR;
	if (have == STORE_OK)
		seen = atoll(last);
	free(last);
	if (store_history_after(db, seen, collect_change, p) != STORE_OK)
		return STORE_ERROR;
	if (p->nchanged)
		qsort(p->changed, p->nchanged, sizeof *p->changed, cmp_id);
	if (p->nended)
		qsort(p->ended, p->nended, sizeof *p->ended, cmp_id);
	/* 1: open obligations near or past their date (a day's margin for courts
	 * whose today differs from ours), from the report index */
	int furthest = 0;
	for (int i = 0; i < p->nthresholds; i++)
		if (p->thresholds[i] > furthest)
			furthest = p->thresholds[i];
	p->near = p->ctx->today + furthest + 1;
	f->status = STATUS_OPEN;
	f->to = p->near;
	f->undated = 0;
	if (store_report_each(db, f, consider, p) != STORE_OK)
		return STORE_ERROR;
	/* 2: the rest of those that changed or ended since the last run */
	f->status = STATUS_ANY;
	f->to = DATE_NONE;
	f->undated = -1;
	f->history_after = seen;
	if ((p->nchanged || p->nended) && store_obligation_each(db, f, consider_changed, p) != STORE_OK)
		return STORE_ERROR;
	/* 3: changes and ends an earlier run could not announce */
	for (size_t i = 0; i < p->nretry; i++) {
		struct obligation o;
		int rc = store_obligation_get(db, p->retry[i], &o);
		if (rc == STORE_NOTFOUND)
			continue;
		if (rc != STORE_OK)
			return STORE_ERROR;
		consider_changed(&o, p);
		obligation_free(&o);
	}
	if (p->n)
		qsort(p->notes, p->n, sizeof *p->notes, cmp_note);
	dedupe_notes(p);
	return STORE_OK;
}

/* The first transaction: give back dead runs' claims, decide, then claim
 * every note (its log rows, and a meta entry naming this process) and move
 * the history mark, so that an overlapping run sends none of them again. */
static int decide_and_claim(struct plan *p, struct obligation_filter *f, const char *claim_key)
{
	store *db = p->ctx->db;
	int64_t last_id;
	if (store_begin(db) != STORE_OK || reclaim_and_retry(p, db) != STORE_OK || decide(p, f, &last_id) != STORE_OK)
		return STORE_ERROR;
	for (size_t i = 0; i < p->n; i++) {
		struct note *n = &p->notes[i];
		if (store_notification_add(db, n->id, n->key, n->due) != STORE_OK ||
		    (n->also_key && store_notification_add(db, n->id, n->also_key, n->due) != STORE_OK))
			return STORE_ERROR;
	}
	char id[32];
	snprintf(id, sizeof id, "%lld", (long long)last_id);
	char *text = claim_text(p->notes, p->n);
	int rc = (!p->n || store_meta_set(db, claim_key, text) == STORE_OK) &&
			 store_meta_set(db, "notify_history_id", id) == STORE_OK
		 ? store_commit(db)
		 : STORE_ERROR;
	free(text);
	return rc;
}

/* The second transaction: the claim is settled; notes from unsent on were not
 * shown and are given back. */
static int settle(struct plan *p, const char *claim_key, size_t unsent)
{
	store *db = p->ctx->db;
	struct buf retry;
	buf_init(&retry);
	char *old = NULL;
	int rc = store_begin(db);
	if (rc == STORE_OK)
		rc = unclaim(db, p->notes + unsent, p->n - unsent, &retry);
	if (rc == STORE_OK && retry.len) {
		int have = store_meta_get(db, RETRY_KEY, &old);
		if (have == STORE_ERROR)
			rc = STORE_ERROR;
		if (old)
			buf_puts(&retry, old);
		if (rc == STORE_OK)
			rc = store_meta_set(db, RETRY_KEY, retry.data);
	}
	if (rc == STORE_OK)
		rc = store_meta_delete(db, claim_key);
	if (rc == STORE_OK)
		rc = store_commit(db);
	free(old);
	buf_free(&retry);
	return rc;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
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
	while ((c = cmd_getopt(&cmd_notify_entry, argc, argv, "", options)) != -1) {
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
	if (rc || (rc = cmd_check_who(ctx, &cmd_notify_entry, &f)))
		return rc;
	char *err = NULL, claim_key[200], self[160];
	if (dry) {
		int64_t last_id;
		int began = 0;
		if (store_begin_read(ctx->db, &began) != STORE_OK || decide(&p, &f, &last_id) != STORE_OK)
			goto db_fail;
		store_rollback(ctx->db);
		static const char *const level[] = {"low", "normal", "critical"};
		for (size_t i = 0; i < p.n; i++)
			printf("[%s] %s\n    %s\n", level[p.notes[i].urgency], p.notes[i].summary, p.notes[i].body);
		if (!p.n)
			puts("nothing to notify");
		rc = DL_EXIT_OK;
		goto out;
	}
	if (notify_open(&err) != 0) {
		dl_error("notify: %s; nothing was recorded", err);
		free(err);
		rc = DL_EXIT_NOSERVER;
		goto out;
	}
	/* Decide and claim in one short transaction, send with the database
	 * free for others (a notification server may take its time), then
	 * settle in another. */
	if (process_identity((long)getpid(), self, sizeof self) != 0)
		snprintf(self, sizeof self, "%ld", (long)getpid());
	snprintf(claim_key, sizeof claim_key, "%s%s", CLAIM_PREFIX, self);
	if (decide_and_claim(&p, &f, claim_key) != STORE_OK)
		goto db_fail;
	size_t sent = 0;
	for (; sent < p.n; sent++) {
		struct note *n = &p.notes[sent];
		struct desktop_note dn = {n->summary, n->body, n->icon, n->urgency};
		if (notify_send(&dn, &err) != 0)
			break;
	}
	if (p.n && settle(&p, claim_key, sent) != STORE_OK)
		goto db_fail;
	if (sent < p.n) {
		dl_error("notify: %s; %zu sent, the other %zu left for the next run", err, sent, p.n - sent);
		free(err);
		rc = DL_EXIT_NOSERVER;
		goto out;
	}
	printf("sent %zu notification%s\n", sent, sent == 1 ? "" : "s");
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
	free(p.retry);
	notify_close();
	return rc;
}
