/*
 * feedbuild.c: obligations to a feed (see feedbuild.h).
 */
#include "feedbuild.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "explain.h"
#include "recalc.h"
#include "util.h"

/* What one pass over the selection carries. */
struct feed_pass {
	store *s;
	struct ics_writer *w;
	struct calendar_cache calendars;
	struct buf steps;
	const struct court *court; /* the last court found, for the next row */
	char *newest;
};

/* The steps of a computation, one line each, into b. */
static void steps_text(struct buf *b, const struct computation *c)
{
	char d[15];
	for (size_t i = 0; i < c->nsteps; i++)
		buf_printf(b, "%zu. %s: %s [%s]\n", i + 1, date_format_long(c->steps[i].day, d), c->steps[i].why,
			   c->steps[i].rule);
}

/* One obligation (lent by the store for the call) into the feed. */
static int add_one(const struct obligation *o, void *arg)
{
	struct feed_pass *p = arg;
	if (!p->court || !streq_ci(p->court->code, o->court))
		p->court = court_find(o->court);
	struct ics_item it = {o, p->court ? p->court->short_name : o->court, p->court ? p->court->tz : "UTC",
			      NULL};
	p->steps.len = 0;
	if (o->due != DATE_NONE) {
		char *e = NULL;
		struct calendar *cal = calendar_cache_get(&p->calendars, p->s, o, &e);
		struct computation comp;
		if (cal && obligation_compute_with(cal, o, 0, &comp, &e) == 0) {
			steps_text(&p->steps, &comp);
			computation_free(&comp);
		}
		free(e);
		if (p->steps.len)
			it.explanation = p->steps.data;
	}
	if (p->newest && o->updated && strcmp(o->updated, p->newest) > 0)
		snprintf(p->newest, 32, "%s", o->updated);
	ics_writer_add(p->w, &it);
	return 0;
}

char *feed_build(store *s, const struct feed_selection *sel, const struct ics_options *opt,
		 char newest[32], char **err)
{
	struct obligation_filter f;
	obligation_filter_init(&f);
	f.who = sel->who;
	f.cases = sel->cases;
	f.status = sel->status ? sel->status : "all";
	f.by_id = 1; /* an order that costs no sort; calendars do not care */
	struct feed_pass p = {s, ics_writer_new(opt), {NULL, 0}, {NULL, 0, 0}, NULL, newest};
	if (newest)
		newest[0] = '\0';
	*err = NULL;
	int rc = store_obligation_each(s, &f, add_one, &p);
	calendar_cache_free(&p.calendars);
	buf_free(&p.steps);
	char *text = ics_writer_finish(p.w);
	if (rc != STORE_OK) {
		*err = xstrdup(store_errmsg(s));
		free(text);
		return NULL;
	}
	return text;
}

char *feed_for_subscriber(store *s, const struct subscriber_row *sub, char newest[32], char **err)
{
	struct feed_selection sel = {sub->ncases ? (const char *const *)sub->cases : NULL, sub->who, "all"};
	char *name = xasprintf("Deadlines — %s", sub->name);
	struct ics_options opt = {name, 0, {0}, 0, 4};
	char *text = feed_build(s, &sel, &opt, newest, err);
	free(name);
	return text;
}
