/*
 * recalc.h: every derived value of an obligation recomputed from its stored
 * facts: the trigger date (from its order's entry or service, or the event it
 * runs from), the due date (period, extension, "whichever is later", date
 * certain), the latest reading and warnings, and for an until-obligation
 * whether the event it waits for has happened. Done, vacated and pinned
 * obligations keep what they have. Changes are written with history rows.
 */
#ifndef DL_RECALC_H
#define DL_RECALC_H

#include "compute.h"
#include "store.h"

/* Fill p from an obligation's facts; 0 if it has a computable period. */
int obligation_period(const struct obligation *o, struct period *p);
enum rule_set obligation_rules(const struct obligation *o);
/* An obligation's due date with its explanation (closures from s; s may be
 * NULL). c->due is DATE_NONE when nothing dates it. 0, or -1 with *err. */
int obligation_compute(store *s, const struct obligation *o, struct computation *c, char **err);
/* The calendar an obligation is computed in (its court, rules family and the
 * closures recorded in s), for computing many with one calendar. */
struct calendar *obligation_calendar(store *s, const struct obligation *o, char **err);
/* terse: steps carry citations but no sentences (see struct period). */
int obligation_compute_with(struct calendar *cal, const struct obligation *o, int terse,
			    struct computation *c, char **err);

/* Calendars built once per court and rules family (with the closures in s),
 * for computing many obligations. */
struct calendar_cache {
	struct cached_calendar *v;
	size_t n;
};
struct calendar *calendar_cache_get(struct calendar_cache *cc, store *s, const struct obligation *o,
				    char **err);
void calendar_cache_free(struct calendar_cache *cc);

/* Recompute the obligations of a court (court != NULL) or of a case
 * (case_id != 0) inside the caller's transaction. *moved counts those whose
 * date or status changed. 0, or -1 with *err. */
int recalc(store *s, const char *court, int64_t case_id, const char *cause, int *moved, char **err);

#endif
