/*
 * calendars.c: court calendars with their recorded closures (see
 * calendars.h).
 */
#include "calendars.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static int add_one(const struct closure_row *c, void *arg)
{
	calendar_add_closure(arg, c->day, c->reason);
	return 0;
}

int calendars_load_closures(store *s, struct calendar *cal)
{
	return store_closure_each(s, calendar_court(cal)->code, add_one, cal);
}

struct calendars {
	store *s;
	struct built {
		char *court;
		enum holiday_family family;
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

struct calendar *calendars_of(struct calendars *cs, const struct obligation *o, char **err)
{
	enum holiday_family family = rules_family(o->when.rules);
	for (size_t i = 0; i < cs->n; i++)
		if (cs->v[i].family == family && !strcmp(cs->v[i].court, o->join.court))
			return cs->v[i].cal;
	const struct court *court = court_find(o->join.court);
	if (!court) {
		*err = xasprintf("case %s has an unknown court '%s'", o->join.case_number,
				 o->join.court);
		return NULL;
	}
	struct calendar *cal = calendar_new(court, family);
	if (cs->s && calendars_load_closures(cs->s, cal) != STORE_OK) {
		*err = xstrdup(store_errmsg(cs->s));
		calendar_free(cal);
		return NULL;
	}
	cs->v = xrealloc(cs->v, (cs->n + 1) * sizeof *cs->v);
	cs->v[cs->n++] = (struct built){xstrdup(o->join.court), family, cal};
	return cal;
}

void calendars_free(struct calendars *cs)
{
	if (!cs)
		return;
	for (size_t i = 0; i < cs->n; i++) {
		free(cs->v[i].court);
		calendar_free(cs->v[i].cal);
	}
	free(cs->v);
	free(cs);
}
