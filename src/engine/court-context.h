/*
 * court-context.h: a court as a case sits in it: the division the case is
 * in (where the day ends, data/court-divisions.tsv; whether Inauguration
 * Day is a holiday, data/inauguration-area.tsv) and, in a court of appeals,
 * the district court whose judgment is on appeal, whose state's holidays
 * count too (FRAP 26(a)(6)(C)). compute, holidays and every obligation's
 * calendar (calendars.h) make it here, so one policy checks both. Pure.
 */
#ifndef DL_COURT_CONTEXT_H
#define DL_COURT_CONTEXT_H

#include "calendar.h"

/* *out is base in division (NULL: the court as a whole) with origin (a
 * court code, NULL: none): 0, or -1 with *err (malloc'd, naming what is
 * wrong) when base has no such division, origin is no court, or base is not
 * a court of appeals or origin not a district or bankruptcy court. out
 * points into base, division and the registry: it lives as long as they. */
int court_in_context(const struct court *base, const char *division, const char *origin,
		     struct court *out, char **err);

/* The time zone a case's day ends in: its division's when the data names
 * one (data/court-divisions.tsv), else its court's; NULL for no court. */
const char *court_zone(const struct court *c, const char *division);

#endif
