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

#endif
