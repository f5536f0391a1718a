/*
 * ics.h: obligations to an iCalendar feed (RFC 5545, RFC 7986 calendar
 * properties). Deadlines are all-day events, hearings timed events in the
 * court's time zone with a compact VTIMEZONE, until-obligations events on
 * the day they began (and on the day they ended), recurring duties carry an
 * RRULE. The lines are written in the form libical writes them (see ics.c). The output depends only on
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

/* A feed written one obligation at a time: ics_writer_add copies what it
 * needs, so the obligation may be gone after the call; ics_writer_finish
 * returns the VCALENDAR text (malloc'd) and frees the writer. */
struct ics_writer;
struct ics_writer *ics_writer_new(const struct ics_options *opt);
void ics_writer_add(struct ics_writer *w, const struct ics_item *it);
char *ics_writer_finish(struct ics_writer *w);

/* The VCALENDAR text of n items at once (malloc'd). */
char *ics_render(const struct ics_options *opt, const struct ics_item *items, size_t n);

#endif
