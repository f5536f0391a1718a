/*
 * reminders.c: what 'notify' sends, decided from the store (see
 * reminders.h). The database is never locked while a notification is on its
 * way (a slow notification server would keep every writer out): one short
 * write transaction decides what to send and claims it (the log rows, and a
 * claim naming this process), the notifications go out, and a second
 * transaction settles the claim, giving back what was not shown. An
 * overlapping run sees the claimed rows and sends none of them again; the
 * claim of a run that died while sending is given back by the next run.
 */
#include "reminders.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "store-review.h"
#include "court-context.h"
#include "tz.h"
#include "util.h"
#include "words.h"

/* Keys in the notification log besides the day thresholds (overdue days are negative). */
enum { KEY_CHANGED = 100000, KEY_ENDED = 200000, KEY_REVIEW = 300000 };

/* Program state in the meta table: a run's claim ("notify_claim PID START
 * BOOT": the notes it is sending), and the changes and ends to announce again
 * because the run that claimed them could not. */
#define CLAIM_PREFIX "notify_claim "
#define RETRY_KEY "notify_retry"
/* The day the reviewer was last reminded of what awaits review (once a day:
 * the reminder has no obligation, so no row in the notification log). */
#define REVIEW_DAY_KEY "notify_review_day"


static void add_note(struct reminders *p, struct reminder n)
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
	const struct reminder *x = a, *y = b;
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

/* Today where the case's day ends (its division's zone, else its court's;
 * or the fixed --today). */
static dl_day court_today(const struct reminders *p, const struct court *court, const char *division)
{
	if (p->today_fixed || !court)
		return p->today;
	dl_day d;
	int minute;
	tz_from_instant(court_zone(court, division), (int64_t)time(NULL), &d, &minute);
	return d;
}

/* What the reminder of a report row is about; *what is malloc'd, *place too. */
static void subject_of(const struct report_row *o, const struct court *court, struct reminder_subject *s)
{
	memset(s, 0, sizeof *s);
	s->kind = o->kind;
	s->what = o->who && *o->who ? xasprintf("%s %s", o->who, o->action) : xstrdup(o->action);
	s->due = o->due;
	s->due_time = o->due_time;
	s->zone = court ? court_zone(court, o->division) : "UTC";
	s->place = xasprintf("%s (%s), %s", o->caption, o->case_number, court ? court->short_name : o->court);
	s->presumed = o->basis == BASIS_PRESUMED;
}

static void subject_free(struct reminder_subject *s)
{
	free((char *)s->what);
	free((char *)s->place);
}

/* The reminder of an open obligation near or past its date, or of one whose
 * date changed since the last run, if one is due. */
static void consider_due(struct reminders *p, const struct report_row *o)
{
	store *db = p->db;
	const struct court *court = court_find(o->court);
	/* (one awaiting review: the reviewer is reminded, not its party) */
	if (o->status != STATUS_OPEN || o->due == DATE_NONE || o->pending)
		return;
	struct reminder_subject subj;
	subject_of(o, court, &subj);
	int days = o->due - court_today(p, court, o->division);
	/* one a threshold before; after: one a day while a deadline is
	 * overdue, one only for a hearing (was it held?) */
	int64_t key = days >= 0 ? reminder_threshold(p->thresholds, p->nthresholds, days)
		      : reminder_once_past(&subj) ? -1 : days;
	int remind = key >= 0 || days < 0;
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
	if (remind || changed)
		add_note(p, (struct reminder){o->id, o->due, minute_of(o->due_time), changed ? KEY_CHANGED : key,
					  o->due, reminder_summary(&subj, days, changed), reminder_body(&subj),
					  reminder_icon(&subj, days), reminder_urgency(days),
					  changed && remind ? key : 0});
	subject_free(&subj);
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
	struct reminders *p = arg;
	dl_day due = o->derived.due;
	char when[15];
	if (o->status == STATUS_OPEN && due != DATE_NONE && due <= p->near)
		return 0;
	if (!in_list(p->changed, p->nchanged, o->id) && !in_list(p->ended, p->nended, o->id))
		return 0;
	if (in_list(p->ended, p->nended, o->id) && o->status == STATUS_ENDED &&
	    store_notified(p->db, o->id, KEY_ENDED, o->closed_on) == STORE_NOTFOUND) {
		add_note(p, (struct reminder){o->id, due, minute_of(o->due_time), KEY_ENDED, o->closed_on,
					  xasprintf("Ended: %s %s", o->who ? o->who : "", o->action),
					  xasprintf("%s (%s): ended on %s (%s)", o->join.caption, o->join.case_number,
						    date_format_long(o->closed_on, when),
						    o->until_event ? o->until_event : "the event happened"),
					  "appointment-missed", URGENCY_NORMAL, 0});
		return 0;
	}
	struct report_row r;
	store_report_row_of(o, &r);
	consider_due(p, &r);
	return 0;
}

static int collect_change(const struct history_row *h, void *arg)
{
	struct reminders *p = arg;
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

/* The notes of a run, as kept in its claim: one "ID KEY DUE ALSO" line each
 * (DUE "-" for none). */
static char *claim_text(const struct reminder *notes, size_t n)
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
static int unclaim(store *db, const struct reminder *notes, size_t n, struct buf *retry)
{
	for (size_t i = 0; i < n; i++) {
		const struct reminder *x = &notes[i];
		if (store_notification_remove(db, x->id, x->key, x->due) != STORE_OK ||
		    (x->also_key && store_notification_remove(db, x->id, x->also_key, x->due) != STORE_OK))
			return STORE_ERROR;
		if (x->key == KEY_REVIEW && store_meta_delete(db, REVIEW_DAY_KEY) != STORE_OK)
			return STORE_ERROR;
		if (x->key == KEY_CHANGED || x->key == KEY_ENDED)
			buf_printf(retry, "%s %lld\n", x->key == KEY_CHANGED ? "changed" : "ended", (long long)x->id);
	}
	return STORE_OK;
}

/* A claim's text back to notes (only what unclaim needs); *n gets the count. */
static struct reminder *claim_parse(const char *text, size_t *n)
{
	struct reminder *v = NULL;
	*n = 0;
	for (const char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		long long id, key, also;
		char due[16];
		if (sscanf(line, "%lld %lld %15s %lld", &id, &key, due, &also) != 4)
			continue;
		struct reminder x;
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
static int reclaim_and_retry(struct reminders *p, store *db)
{
	struct reclaim r = {db, NULL, NULL, 0};
	struct buf retry;
	buf_init(&retry);
	int rc = store_meta_each(db, CLAIM_PREFIX, collect_dead_claim, &r);
	for (size_t i = 0; i < r.n; i++) {
		size_t n;
		struct reminder *notes = claim_parse(r.texts[i], &n);
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
static void dedupe_notes(struct reminders *p)
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

/* The store time hours before now ("YYYY-MM-DDTHH:MM:SSZ"), into out. */
static void hours_before(const char *now, int hours, char out[32])
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (sscanf(now, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
		   &tm.tm_sec) != 6) {
		snprintf(out, 32, "%s", now);
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm) - (time_t)hours * 3600;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The reviewer's reminder: what was imported and awaits review for longer
 * than the database's setting, once a day. */
static int review_reminder(struct reminders *p)
{
	int hours;
	int64_t n = 0;
	char before[32], day[11], *oldest = NULL, *last = NULL;
	if (store_review_remind_after(p->db, &hours) != STORE_OK)
		return STORE_ERROR;
	hours_before(store_now(p->db), hours, before);
	if (store_review_waiting(p->db, before, &n, &oldest) != STORE_OK)
		return STORE_ERROR;
	int have = n ? store_meta_get(p->db, REVIEW_DAY_KEY, &last) : STORE_NOTFOUND;
	if (have == STORE_ERROR) {
		free(oldest);
		return STORE_ERROR;
	}
	if (n && !(have == STORE_OK && !strcmp(last, date_format(p->today, day))))
		add_note(p, (struct reminder){0, DATE_NONE, -1, KEY_REVIEW, p->today, review_reminder_summary(n),
					  review_reminder_body(n, hours, oldest), "dialog-information", URGENCY_NORMAL,
					  0});
	free(oldest);
	free(last);
	return STORE_OK;
}

/* Decide what to send (p->notes), from the history since the last run and
 * the obligations near their dates. Inside the caller's transaction, if any. */
static int decide(struct reminders *p, struct obligation_filter *f, int64_t *last_id)
{
	store *db = p->db;
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
	p->near = p->today + furthest + 1;
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
	/* 4: the reviewer's, once a day, in a run for every case and party */
	if (!f->case_number && !f->cases && !f->who && review_reminder(p) != STORE_OK)
		return STORE_ERROR;
	if (p->n)
		qsort(p->notes, p->n, sizeof *p->notes, cmp_note);
	dedupe_notes(p);
	return STORE_OK;
}

/* The first transaction: give back dead runs' claims, decide, then claim
 * every note (its log rows, and a meta entry naming this process) and move
 * the history mark, so that an overlapping run sends none of them again. */
int reminders_claim(struct reminders *p, struct obligation_filter *f)
{
	store *db = p->db;
	const char *claim_key = p->claim_key;
	int64_t last_id;
	char self[160];
	if (process_identity((long)getpid(), self, sizeof self) != 0)
		snprintf(self, sizeof self, "%ld", (long)getpid());
	snprintf(p->claim_key, sizeof p->claim_key, "%s%s", CLAIM_PREFIX, self);
	if (store_begin(db) != STORE_OK || reclaim_and_retry(p, db) != STORE_OK || decide(p, f, &last_id) != STORE_OK)
		return STORE_ERROR;
	for (size_t i = 0; i < p->n; i++) {
		struct reminder *n = &p->notes[i];
		char day[11];
		if (n->key == KEY_REVIEW) { /* (no obligation: the day, not a log row) */
			if (store_meta_set(db, REVIEW_DAY_KEY, date_format(n->due, day)) != STORE_OK)
				return STORE_ERROR;
			continue;
		}
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
int reminders_settle(struct reminders *p, size_t unsent)
{
	store *db = p->db;
	const char *claim_key = p->claim_key;
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

void reminders_init(struct reminders *p, store *db, dl_day today, int today_fixed)
{
	static const int defaults[] = {14, 7, 3, 1, 0};
	memset(p, 0, sizeof *p);
	p->db = db;
	p->today = today;
	p->today_fixed = today_fixed;
	memcpy(p->thresholds, defaults, sizeof defaults);
	p->nthresholds = 5;
}

int reminders_decide(struct reminders *p, struct obligation_filter *f)
{
	int64_t last_id;
	int began = 0;
	int rc = store_begin_read(p->db, &began) == STORE_OK ? decide(p, f, &last_id) : STORE_ERROR;
	if (began)
		store_rollback(p->db);
	return rc;
}

void reminders_free(struct reminders *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->notes[i].summary), free(p->notes[i].body);
	free(p->notes);
	free(p->changed);
	free(p->ended);
	free(p->retry);
	memset(p, 0, sizeof *p);
}
