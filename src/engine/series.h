/*
 * series.h: a recurring duty ("file a joint status report every 90 days
 * until the stay is lifted"): its occurrences. Occurrence k (1, 2, ...) is k
 * cycles after the series' start (its trigger: every N days, weeks or
 * months), or on a day of every N-th month ("on the 15th of each month":
 * the first such day after the start, then every N months; the last day of a
 * month too short for it); when the order states the first day ("On or
 * before October 18, and every 28 days thereafter": the start is that day,
 * its stated_date too), occurrence 1 is on it and occurrence k k - 1 cycles
 * after it. Each is computed under the court's rules like any deadline, so one
 * that falls on a weekend or holiday moves; the next counts from the stated
 * cycle, never from the day an earlier one moved to. Pure.
 */
#ifndef DL_SERIES_H
#define DL_SERIES_H

#include "calendar.h"
#include "obligation.h"

/* The period that gives occurrence k of w in cal (k cycles from its start;
 * for a day of the month, p->from is that day and *on_day is 1:
 * compute_on_day; when the order says so, one cycle from the day occurrence
 * k - 1 was due): 0, or -1 when w is no series or k is out of range. */
int series_period(struct calendar *cal, const struct obligation_when *w, int64_t k, struct period *p,
		  int *on_day);

/* The due dates of the occurrences of w from its open one on, up to max,
 * none after w->series_until, none more than horizon days after the first:
 * how many were written to due[]. */
size_t series_upcoming(struct calendar *cal, const struct obligation_when *w, size_t max,
		       int horizon, dl_day *due);

#endif
