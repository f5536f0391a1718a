/*
 * derive.h: an obligation's dates derived from its facts, in one place.
 * Import, add, recalculation, 'show --explain' and the feeds all call
 * derive(); nothing else turns facts into a date.
 *
 * The facts (struct obligation_when): an extension to a date certain; else
 * a period from a trigger whose date is known (counted under the rules,
 * then extended by N days, then set against a stated date "whichever is
 * later/earlier"); else a date the order states (a date certain: never
 * moved, with a warning when it falls on a day the court is closed,
 * extended by N days if ordered). The calendar is the court's, with its
 * recorded closures (calendars.h builds it). Pure: no I/O.
 */
#ifndef DL_DERIVE_H
#define DL_DERIVE_H

#include "calendar.h"
#include "compute.h"
#include "obligation.h"

/* How much of each step to keep: its sentence too (for people), or only its
 * citation (what is stored: faster). */
enum derive_detail { DERIVE_EXPLAINED, DERIVE_CITED };

struct derivation {
	/* the due date (DATE_NONE: nothing dates the obligation yet), the
	 * readings, the end instant, the steps and the warnings */
	struct computation c;
	int date_certain; /* the date is one the court set, as it stands */
};

/* Derive w's dates in cal: 0, or -1 with *err (malloc'd) when the period
 * cannot be counted (outside the calendar's years, a zone's data missing). */
int derive(struct calendar *cal, const struct obligation_when *w, enum derive_detail detail,
	   struct derivation *out, char **err);
void derivation_free(struct derivation *d);

/* What is stored of a derivation: the due date, the latest reading, the
 * warnings and the citation (malloc'd; NULL when there is none: a date
 * certain as it stands is "date certain set by the court (not moved)"). */
void derivation_values(const struct derivation *d, struct obligation_derived *out);

#endif
