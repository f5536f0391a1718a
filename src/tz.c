/*
 * tz.c: time-zone conversions with the C library: TZ is set to the zone for
 * the duration of one conversion and restored afterwards. Not thread-safe,
 * like the rest of the C library's tz interface; deadlines is single-threaded
 * wherever it computes.
 */
#include "tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

static char *saved_tz;
static int saved_set;

static void tz_enter(const char *zone)
{
	const char *cur = getenv("TZ");
	saved_set = cur != NULL;
	saved_tz = cur ? xstrdup(cur) : NULL;
	setenv("TZ", zone, 1);
	tzset();
}

static void tz_leave(void)
{
	if (saved_set)
		setenv("TZ", saved_tz, 1);
	else
		unsetenv("TZ");
	free(saved_tz);
	saved_tz = NULL;
	tzset();
}

int tz_known(const char *zone)
{
	if (!zone || !*zone || strstr(zone, ".."))
		return 0;
	if (strcmp(zone, "UTC") == 0)
		return 1;
	const char *dir = getenv("TZDIR");
	char *path = xasprintf("%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", zone);
	int ok = access(path, R_OK) == 0;
	free(path);
	return ok;
}

int64_t tz_to_instant(const char *zone, dl_day day, int minute)
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
	time_t t = (time_t)instant;
	struct tm tm;
	tz_enter(zone);
	localtime_r(&t, &tm);
	snprintf(abbr, 16, "%s", tm.tm_zone ? tm.tm_zone : "");
	tz_leave();
	return (int)(tm.tm_gmtoff / 60);
}
