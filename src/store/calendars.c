/*
 * calendars.c: court calendars with their recorded closures (see
 * calendars.h).
 */
#include "calendars.h"

#include <stdlib.h>
#include <string.h>

#include "court-context.h"
#include "util.h"

/* A closure of the court, or of the courthouse of the calendar's division. */
static int add_one(const struct closure_row *c, void *arg)
{
	const char *division = calendar_court(arg)->division;
	if (!c->division || (division && streq_ci(c->division, division)))
		calendar_add_closure_from(arg, c->day, c->from_minute, c->reason);
	return 0;
}

int calendars_load_closures(store *s, struct calendar *cal)
{
	return store_closure_each(s, calendar_court(cal)->code, add_one, cal);
}

struct calendars {
	store *s;
	struct built {
		char *court, *division, *from_court; /* what the calendar was asked for */
		enum holiday_family family;
		struct court *in_context; /* the court in its division, with the court appealed from */
		struct calendar *cal;
	} * v;
	size_t n;
};

struct calendars *calendars_new(store *s)
{
	struct calendars *cs = xcalloc(1, sizeof *cs);
	cs->s = s;
	return cs;
}

static int same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static char *copy(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

struct calendar *calendars_of(struct calendars *cs, const struct obligation *o, char **err)
{
	enum holiday_family family = rules_family(o->when.rules);
	const struct obligation_join *j = &o->join;
	for (size_t i = 0; i < cs->n; i++)
		if (cs->v[i].family == family && !strcmp(cs->v[i].court, j->court) &&
		    same(cs->v[i].division, j->division) && same(cs->v[i].from_court, j->from_court))
			return cs->v[i].cal;
	const struct court *court = court_find(j->court);
	if (!court) {
		*err = xasprintf("case %s has an unknown court '%s'", j->case_number, j->court);
		return NULL;
	}
	struct built b = {copy(j->court), copy(j->division), copy(j->from_court), family,
			  xcalloc(1, sizeof *b.in_context), NULL};
	char *why = NULL;
	if (court_in_context(court, b.division, b.from_court, b.in_context, &why) != 0) {
		*err = xasprintf("case %s: %s", j->case_number, why);
		free(why);
		goto fail;
	}
	b.cal = calendar_new(b.in_context, family);
	if (cs->s && calendars_load_closures(cs->s, b.cal) != STORE_OK) {
		*err = xstrdup(store_errmsg(cs->s));
		goto fail;
	}
	cs->v = xrealloc(cs->v, (cs->n + 1) * sizeof *cs->v);
	cs->v[cs->n++] = b;
	return b.cal;
fail:
	calendar_free(b.cal);
	free(b.in_context);
	free(b.court);
	free(b.division);
	free(b.from_court);
	return NULL;
}

void calendars_free(struct calendars *cs)
{
	if (!cs)
		return;
	for (size_t i = 0; i < cs->n; i++) {
		free(cs->v[i].court);
		free(cs->v[i].division);
		free(cs->v[i].from_court);
		calendar_free(cs->v[i].cal);
		free(cs->v[i].in_context);
	}
	free(cs->v);
	free(cs);
}
