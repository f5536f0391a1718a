/*
 * holrule.h: the language of data/state-holidays.tsv, in one place for the
 * engine (calendar.c) and for the build-time check of the table (tsvcheck.c):
 * which day a holiday falls on in a year, in which years it applies, how a
 * weekend moves it, and how firmly it counts. A field the language does not
 * know is an error, never a default.
 *
 * Rule (column 3):
 *   MM-DD              a fixed day
 *   YYYY-MM-DD         one day of one year (a day a governor designated)
 *   nth:N:DOW:MM       N-th (1..5, or -1 = last) weekday DOW (Mon..Sun) of month MM
 *   easter[:+K|:-K]    Western Easter Sunday, K days later or earlier
 *   thanksgiving[:+K|:-K]  the fourth Thursday of November, K days later or earlier
 *   election           the Tuesday after the first Monday in November
 *   after:DOW:RULE     the first DOW after the day RULE names ("the Tuesday
 *                      after the first Monday in May": after:Tue:nth:1:Mon:05)
 *   before:DOW:RULE    the last DOW before it ("the Friday before the third
 *                      Monday in January": before:Fri:nth:3:Mon:01)
 *   -                  no rule: only with status not-expressible
 * Cycle (column 4): all | even | odd | inaug (years after a presidential
 *   election, y = 1 mod 4) | pres (presidential-election years, y = 0 mod 4).
 * Years (columns 5, 6): YYYY or - (open).
 * Shift (column 7): none | fed (Sat -> Fri, Sun -> Mon) | sun-mon | next-weekday.
 * Status (column 8): holiday | arguable | optional | not-expressible.
 */
#ifndef DL_HOLRULE_H
#define DL_HOLRULE_H

#include <stddef.h>

#include "date.h"

enum holrule_cycle { CYCLE_ALL, CYCLE_EVEN, CYCLE_ODD, CYCLE_INAUG, CYCLE_PRES };
enum holrule_shift { SHIFT_NONE, SHIFT_FED, SHIFT_SUN_MON, SHIFT_NEXT_WEEKDAY };
enum holrule_status { STATUS_HOLIDAY, STATUS_ARGUABLE, STATUS_OPTIONAL, STATUS_NOT_EXPRESSIBLE };

/* One row of data/state-holidays.tsv, parsed. The strings point into the row. */
struct holrow {
	const char *state, *name, *rule, *citation;
	enum holrule_cycle cycle;
	int from, to;           /* years in force (from 0, to 9999 when open) */
	enum holrule_shift shift;
	enum holrule_status status;
};

#define HOLROW_COLUMNS 9

/* Parse the 9 fields of a row. Returns 0, or the 1-based number of the first
 * column it does not understand, with the reason in why. */
int holrow_parse(const char *const f[HOLROW_COLUMNS], struct holrow *out, char *why, size_t whylen);

/* The day rule names in year y: 0 with *out (DATE_NONE when the rule names no
 * day that year: a one-day rule of another year, a fifth weekday the month
 * lacks), or -1 when rule is not in the language. */
int holrule_day(const char *rule, int y, dl_day *out);

/* Does the row apply in year y (cycle and years in force)? */
int holrow_applies(const struct holrow *r, int y);

/* The day a holiday on statutory day d is observed under shift. */
dl_day holrule_shift_day(dl_day d, enum holrule_shift shift);

#endif
