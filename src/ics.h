/*
 * ics.h: obligations to an iCalendar feed (RFC 5545, RFC 7986 calendar
 * properties); the only module that includes libical. Deadlines are all-day
 * events, hearings timed events in the court's time zone with a compact
 * VTIMEZONE, until-obligations events on the day they began (and on the day
 * they ended), recurring duties carry an RRULE. The output depends only on
 * the obligations given: an unchanged database gives byte-identical feeds.
 */
#ifndef DL_ICS_H
#define DL_ICS_H

#include <stddef.h>

#include "store.h"

struct ics_item {
	const struct obligation *o;
	const char *court_name;   /* "S.D. Tex." */
	const char *tz;           /* the court's IANA zone */
	const char *explanation;  /* the computation in words, or NULL */
};

struct ics_options {
	const char *name;         /* NAME / X-WR-CALNAME */
	int keep_cancelled;       /* vacated obligations as STATUS:CANCELLED (else left out) */
	int alarms[8];            /* VALARM this many days before, at most 8 */
	int nalarms;
	int refresh_hours;        /* REFRESH-INTERVAL and X-PUBLISHED-TTL */
};

/* The VCALENDAR text (malloc'd). */
char *ics_render(const struct ics_options *opt, const struct ics_item *items, size_t n);

/* Parse text back with libical: the number of VEVENTs, or -1 if it does not parse. */
int ics_count_events(const char *text);

#endif
