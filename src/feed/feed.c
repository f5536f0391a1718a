/*
 * feed.c: obligations to a feed (see feed.h).
 */
#include "feed.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendars.h"
#include "derive.h"
#include "court-context.h"
#include "series.h"
#include "util.h"

/* What one pass over the selection carries. */
struct feed_pass {
	store *s;
	struct ics_writer *w;
	struct calendars *calendars;
	struct buf steps;
	const struct court *court; /* the last court found, for the next row */
	char *newest;
};

/* The steps of a computation, one line each, into b:
 * "N. Day YYYY-MM-DD: why [rule]" (put together piece by piece: a feed
 * writes tens of thousands). */
static void steps_text(struct buf *b, const struct computation *c)
{
	char d[15], n[24];
	for (size_t i = 0; i < c->nsteps; i++) {
		buf_puts(b, uint_text(i + 1, n));
		buf_add(b, ". ", 2);
		buf_add(b, date_format_long(c->steps[i].day, d), 14);
		buf_add(b, ": ", 2);
		buf_puts(b, c->steps[i].why ? c->steps[i].why : "");
		buf_add(b, " [", 2);
		buf_puts(b, c->steps[i].rule);
		buf_add(b, "]\n", 2);
	}
}

/* The court of this code: the last one found when it is the same. */
static const struct court *court_of(struct feed_pass *p, const char *code)
{
	if (!p->court || !streq_ci(p->court->code, code))
		p->court = court_find(code);
	return p->court;
}

/* The zone a case's day ends in: its division's, else its court's. */
static const char *zone_of(const struct court *c, const char *division)
{
	return c ? court_zone(c, division) : "UTC";
}

/* The first pass: the zone of each timed event, declared in id order (the
 * order the second pass meets them in). */
static int declare_zone(const struct report_row *r, void *arg)
{
	struct feed_pass *p = arg;
	if (ics_timed(r->kind, r->due, r->due_time))
		ics_writer_zone(p->w, zone_of(court_of(p, r->court), r->division), r->due);
	return 0;
}

/* A recurring duty's occurrences this far ahead of its open one (at most
 * SERIES_MAX), each an event of its own. */
enum { SERIES_HORIZON = 366, SERIES_MAX = 24 };

/* An open recurring duty: each occurrence from its open one, due as its
 * court's rules move it, with its own steps. 1 when written so. */
static int add_series(struct feed_pass *p, const struct obligation *o, const struct ics_item *base)
{
	char *e = NULL;
	struct calendar *cal = calendars_of(p->calendars, o, &e);
	dl_day due[SERIES_MAX];
	size_t n = cal ? series_upcoming(cal, &o->when, SERIES_MAX, SERIES_HORIZON, due) : 0;
	free(e);
	for (size_t i = 0; i < n; i++) {
		struct obligation one = *o; /* (a shallow copy: its text is o's) */
		struct ics_item it = *base;
		struct derivation d;
		one.when.occurrence = o->when.occurrence + (int64_t)i;
		one.derived.due = due[i];
		it.o = &one;
		p->steps.len = 0;
		if (derive(cal, &one.when, DERIVE_EXPLAINED, &d, &e) == 0)
			steps_text(&p->steps, &d.c);
		derivation_free(&d);
		free(e);
		e = NULL;
		it.explanation = p->steps.len ? p->steps.data : NULL;
		ics_writer_add_occurrence(p->w, &it);
	}
	return n > 0;
}

/* One obligation (lent by the store for the call) into the feed. */
static int add_one(const struct obligation *o, void *arg)
{
	struct feed_pass *p = arg;
	const struct court *court = court_of(p, o->join.court);
	struct ics_item it = {o, court ? court->short_name : o->join.court,
			      zone_of(court, o->join.division), NULL};
	if (p->newest && o->updated && strcmp(o->updated, p->newest) > 0)
		snprintf(p->newest, 32, "%s", o->updated);
	if (o->kind == KIND_RECURRING && o->status == STATUS_OPEN && o->when.occurrence > 0 &&
	    add_series(p, o, &it))
		return ics_writer_stopped(p->w);
	p->steps.len = 0;
	if (o->derived.due != DATE_NONE) {
		char *e = NULL;
		struct calendar *cal = calendars_of(p->calendars, o, &e);
		struct derivation d;
		if (cal) {
			if (derive(cal, &o->when, DERIVE_EXPLAINED, &d, &e) == 0)
				steps_text(&p->steps, &d.c);
			derivation_free(&d);
		}
		free(e);
		if (p->steps.len)
			it.explanation = p->steps.data;
	}
	ics_writer_add(p->w, &it);
	return ics_writer_stopped(p->w); /* nothing more can go out: stop reading */
}

/* The feed to a sink: two passes over one snapshot of the database, the
 * first for the time zones the head declares, the second for the events,
 * which go out as they are written. */
static int feed_run(store *s, const struct feed_selection *sel, const struct ics_options *opt,
		    const struct ics_sink *sink, char newest[32], char **err)
{
	struct obligation_filter f;
	obligation_filter_init(&f);
	f.who = sel->who;
	f.cases = sel->cases;
	f.status = sel->status;
	f.pending = sel->confirmed_only ? -1 : 0;
	f.unsorted = 1; /* calendars do not care; the same order on every call */
	struct feed_pass p = {s, ics_writer_new(opt, sink), calendars_new(s), {NULL, 0, 0}, NULL, newest};
	if (newest)
		newest[0] = '\0';
	*err = NULL;
	int began;
	int rc = store_begin_read(s, &began);
	if (rc == STORE_OK) {
		f.timed_hearings = 1; /* kind, court, date and time are in the report's rows */
		rc = store_report_each(s, &f, declare_zone, &p);
		f.timed_hearings = 0;
	}
	if (rc == STORE_OK)
		rc = store_obligation_each(s, &f, add_one, &p);
	if (rc != STORE_OK)
		*err = xstrdup(store_errmsg(s));
	if (began)
		store_rollback(s); /* the read transaction's end */
	calendars_free(p.calendars);
	buf_free(&p.steps);
	if (*err) { /* what went out stays cut short: no END:VCALENDAR */
		ics_writer_cut(p.w);
		ics_writer_abort(p.w);
		return -1;
	}
	return ics_writer_finish(p.w, err);
}

char *feed_build(store *s, const struct feed_selection *sel, const struct ics_options *opt,
		 char newest[32], char **err)
{
	struct buf text;
	buf_init(&text);
	struct ics_sink sink = {ics_sink_buf, &text};
	if (feed_run(s, sel, opt, &sink, newest, err) != 0) {
		buf_free(&text);
		return NULL;
	}
	return buf_detach(&text);
}

struct file_sink {
	FILE *f;
	int error; /* errno of a failed write */
};

static int into_file(const char *data, size_t len, void *arg)
{
	struct file_sink *fs = arg;
	errno = 0;
	if (fwrite(data, 1, len, fs->f) == len)
		return 0;
	fs->error = errno ? errno : EIO;
	return -1;
}

int feed_write(store *s, const struct feed_selection *sel, const struct ics_options *opt, FILE *out,
	       char **err)
{
	struct file_sink fs = {out, 0};
	struct ics_sink sink = {into_file, &fs};
	int rc = feed_run(s, sel, opt, &sink, NULL, err);
	if (rc != 0 && fs.error) {
		free(*err);
		*err = NULL;
		errno = fs.error;
	}
	return rc;
}

char *feed_for_subscriber(store *s, const struct subscriber_row *sub, char newest[32], char **err)
{
	struct feed_selection sel = {sub->ncases ? (const char *const *)sub->cases : NULL, sub->who, STATUS_ANY,
				     sub->confirmed_only};
	char *name = xasprintf("Deadlines — %s", sub->name);
	struct ics_options opt;
	ics_options_init(&opt, name);
	if (sub->alarms && ics_parse_alarms(sub->alarms, &opt) != 0) {
		*err = xasprintf("subscriber %s: its alarms '%s' are not days like 7d,1d", sub->name, sub->alarms);
		free(name);
		return NULL;
	}
	char *text = feed_build(s, &sel, &opt, newest, err);
	free(name);
	return text;
}
