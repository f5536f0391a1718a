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

struct collected {
	struct obligation *v;
	size_t n, cap;
};

static int take(const struct obligation *o, void *arg)
{
	struct collected *c = arg;
	if (c->n == c->cap)
		c->v = xrealloc(c->v, (c->cap = c->cap ? 2 * c->cap : 64) * sizeof *c->v);
	obligation_copy(&c->v[c->n++], o); /* the store's row lasts only for the call */
	return 0;
}

/* The steps of a computation, one line each. */
static char *steps_text(const struct computation *c)
{
	struct buf b;
	char d[15];
	buf_init(&b);
	for (size_t i = 0; i < c->nsteps; i++)
		buf_printf(&b, "%zu. %s: %s [%s]\n", i + 1, date_format_long(c->steps[i].day, d),
			   c->steps[i].why, c->steps[i].rule);
	return b.len ? buf_detach(&b) : (buf_free(&b), NULL);
}

char *feed_build(store *s, const struct feed_selection *sel, const struct ics_options *opt,
		 char newest[32], char **err)
{
	struct obligation_filter f;
	struct collected c = {NULL, 0, 0};
	obligation_filter_init(&f);
	f.who = sel->who;
	f.cases = sel->cases;
	f.status = sel->status ? sel->status : "all";
	*err = NULL;
	if (store_obligation_each(s, &f, take, &c) != STORE_OK) {
		*err = xstrdup(store_errmsg(s));
		free(c.v);
		return NULL;
	}
	struct ics_item *items = xcalloc(c.n ? c.n : 1, sizeof *items);
	char **texts = xcalloc(c.n ? c.n : 1, sizeof *texts);
	struct calendar_cache cc = {NULL, 0};
	for (size_t i = 0; i < c.n; i++) {
		const struct court *court = court_find(c.v[i].court);
		items[i].o = &c.v[i];
		items[i].court_name = court ? court->short_name : c.v[i].court;
		items[i].tz = court ? court->tz : "UTC";
		if (c.v[i].due == DATE_NONE)
			continue;
		char *e = NULL;
		struct calendar *cal = calendar_cache_get(&cc, s, &c.v[i], &e);
		struct computation comp;
		if (cal && obligation_compute_with(cal, &c.v[i], 0, &comp, &e) == 0) {
			texts[i] = steps_text(&comp);
			computation_free(&comp);
		}
		free(e);
		items[i].explanation = texts[i];
	}
	calendar_cache_free(&cc);
	if (newest) {
		newest[0] = '\0';
		for (size_t i = 0; i < c.n; i++)
			if (c.v[i].updated && strcmp(c.v[i].updated, newest) > 0)
				snprintf(newest, 32, "%s", c.v[i].updated);
	}
	char *text = ics_render(opt, items, c.n);
	for (size_t i = 0; i < c.n; i++) {
		free(texts[i]);
		obligation_free(&c.v[i]);
	}
	free(texts);
	free(items);
	free(c.v);
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
