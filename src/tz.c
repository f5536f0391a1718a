/*
 * tz.c: time-zone conversions with the C library: TZ is set to the zone a
 * conversion needs (and left so until another zone is needed). Not
 * thread-safe, like the C library's tz interface; deadlines computes in one
 * thread only.
 */
#include "tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* The zone TZ is set to. Setting TZ makes the C library read the zone file
 * again, so it changes only when another zone is asked for and is left set
 * afterwards (deadlines never uses the process's own local time after
 * main() has read today's date). */
static char current_zone[128];

static void tz_enter(const char *zone)
{
	if (strcmp(current_zone, zone) == 0)
		return;
	snprintf(current_zone, sizeof current_zone, "%s", zone);
	setenv("TZ", zone, 1);
	tzset();
}

static void tz_leave(void)
{
}

int tz_known(const char *zone)
{
	static char known[128]; /* the last zone found: every computation asks */
	if (!zone || !*zone || strstr(zone, ".."))
		return 0;
	if (strcmp(zone, "UTC") == 0 || strcmp(zone, known) == 0)
		return 1;
	const char *dir = getenv("TZDIR");
	char *path = xasprintf("%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", zone);
	int ok = access(path, R_OK) == 0;
	free(path);
	if (ok)
		snprintf(known, sizeof known, "%s", zone);
	return ok;
}

/* Conversions are pure functions of a zone's rules, and a feed or a
 * recalculation asks the same ones again and again (every deadline on a day
 * ends at 11:59 p.m. there): the answers are kept, a slot per day and minute
 * or per instant. mktime and localtime cost a microsecond each. */
enum { MEMO_SLOTS = 1024 };
static struct {
	char zone[64];
	dl_day day;
	int minute;
	int64_t instant;
} instants[MEMO_SLOTS];
static struct {
	char zone[64];
	int64_t instant;
	int offset;
	char abbr[16];
} offsets[MEMO_SLOTS];

static int memo_fits(const char *zone)
{
	return strlen(zone) < sizeof instants[0].zone;
}

static int64_t instant_uncached(const char *zone, dl_day day, int minute);

int64_t tz_to_instant(const char *zone, dl_day day, int minute)
{
	unsigned slot = ((unsigned)day * 1440u + (unsigned)minute) % MEMO_SLOTS;
	if (*zone && instants[slot].day == day && instants[slot].minute == minute &&
	    !strcmp(instants[slot].zone, zone))
		return instants[slot].instant;
	int64_t t = instant_uncached(zone, day, minute);
	if (memo_fits(zone)) {
		strcpy(instants[slot].zone, zone);
		instants[slot].day = day, instants[slot].minute = minute, instants[slot].instant = t;
	}
	return t;
}

static int64_t instant_uncached(const char *zone, dl_day day, int minute)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = minute / 60;
	tm.tm_min = minute % 60;
	tm.tm_isdst = -1;
	tz_enter(zone);
	time_t t = mktime(&tm);
	tz_leave();
	return (int64_t)t;
}

void tz_from_instant(const char *zone, int64_t instant, dl_day *day, int *minute)
{
	time_t t = (time_t)instant;
	struct tm tm;
	tz_enter(zone);
	localtime_r(&t, &tm);
	tz_leave();
	*day = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	*minute = tm.tm_hour * 60 + tm.tm_min;
}

int tz_offset(const char *zone, int64_t instant, char abbr[16])
{
	unsigned slot = (unsigned)((uint64_t)instant / 60u % MEMO_SLOTS);
	if (*zone && offsets[slot].instant == instant && !strcmp(offsets[slot].zone, zone)) {
		memcpy(abbr, offsets[slot].abbr, 16);
		return offsets[slot].offset;
	}
	time_t t = (time_t)instant;
	struct tm tm;
	tz_enter(zone);
	localtime_r(&t, &tm);
	snprintf(abbr, 16, "%s", tm.tm_zone ? tm.tm_zone : "");
	tz_leave();
	if (memo_fits(zone)) {
		strcpy(offsets[slot].zone, zone);
		offsets[slot].instant = instant, offsets[slot].offset = (int)(tm.tm_gmtoff / 60);
		memcpy(offsets[slot].abbr, abbr, 16);
	}
	return (int)(tm.tm_gmtoff / 60);
}
