/*
 * tz.h: wall-clock time in a named IANA time zone <-> instants (seconds since
 * the epoch), through the C library's tz database (/usr/share/zoneinfo), so
 * that hour periods and end-of-day instants follow daylight-saving changes.
 */
#ifndef DL_TZ_H
#define DL_TZ_H

#include <stdint.h>

#include "date.h"

/* 1 if the zone's data is installed. */
int tz_known(const char *zone);
/* The instant of day + minute (0..1439) wall-clock in zone. A wall-clock time
 * skipped by a DST change resolves to the instant an hour later. */
int64_t tz_to_instant(const char *zone, dl_day day, int minute);
/* Wall-clock day and minute of an instant in zone. */
void tz_from_instant(const char *zone, int64_t instant, dl_day *day, int *minute);
/* UTC offset in minutes and the abbreviation ("CDT") at an instant in zone. */
int tz_offset(const char *zone, int64_t instant, char abbr[16]);

/* A zone's state from an instant on: its UTC offset in seconds, whether it
 * is daylight time, its abbreviation. */
struct tz_state {
	int64_t at;   /* the instant it began (a transition), or the start asked */
	int offset;   /* seconds east of UTC */
	int is_dst;
	char abbr[16];
};
/* The state of zone at from, then each transition (a change of offset,
 * daylight flag or abbreviation) after from up to to, in order: fn for each
 * until it returns nonzero. Found with the C library at one-second
 * precision, probing every 6 hours (no zone changes twice within that). */
void tz_transitions(const char *zone, int64_t from, int64_t to,
		    int (*fn)(const struct tz_state *, void *), void *arg);

#endif
