/*
 * test-tz.c: tz.c's answers, first asked and then remembered, equal the C
 * library's own conversions (computed here with TZ set by the test), for
 * zones with and without daylight time, interleaved so that a remembered
 * answer of one zone could be handed to another; through the days of twenty
 * years (the memo grows past its first size, fills, and starts again) and
 * the hours a DST change skips or repeats.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "tz.h"

static const char *const zones[] = {"America/Chicago", "America/New_York", "America/Phoenix",
				    "Pacific/Honolulu", "Asia/Kolkata", "UTC"};
enum { NZONES = sizeof zones / sizeof zones[0] };

/* TZ set to zone for the C library, and back as tz.c left it (tz.c sets
 * TZ only when it needs another zone than the one it last set). */
static char saved_tz[256];
static void enter(const char *zone)
{
	const char *tz = getenv("TZ");
	snprintf(saved_tz, sizeof saved_tz, "%s", tz ? tz : "");
	setenv("TZ", zone, 1);
	tzset();
}
static void leave(void)
{
	setenv("TZ", saved_tz, 1);
	tzset();
}

/* The C library's instant of day + minute in zone (tz.h's contract). */
static int64_t want_instant(const char *zone, dl_day day, int minute)
{
	enter(zone);
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	struct tm tm = {0};
	tm.tm_year = y - 1900, tm.tm_mon = m - 1, tm.tm_mday = d;
	tm.tm_hour = minute / 60, tm.tm_min = minute % 60, tm.tm_isdst = -1;
	int64_t t = (int64_t)mktime(&tm);
	leave();
	return t;
}

static int want_offset(const char *zone, int64_t instant, char abbr[16])
{
	enter(zone);
	time_t t = (time_t)instant;
	struct tm tm;
	localtime_r(&t, &tm);
	snprintf(abbr, 16, "%s", tm.tm_zone);
	leave();
	return (int)(tm.tm_gmtoff / 60);
}

/* One pass: every zone for each day and minute, checked against the C
 * library; returns how many answers were checked. */
static int pass(dl_day from, dl_day to, const int *minutes, int nminutes)
{
	int checked = 0;
	for (dl_day day = from; day <= to; day++)
		for (int i = 0; i < nminutes; i++)
			for (int z = 0; z < NZONES; z++) {
				int64_t got = tz_to_instant(zones[z], day, minutes[i]);
				int64_t want = want_instant(zones[z], day, minutes[i]);
				if (got != want)
					fail_msg("%s %d minute %d: %lld, want %lld", zones[z], (int)day, minutes[i],
						 (long long)got, (long long)want);
				char abbr[16], want_abbr[16];
				int off = tz_offset(zones[z], got, abbr);
				assert_int_equal(off, want_offset(zones[z], got, want_abbr));
				assert_string_equal(abbr, want_abbr);
				checked++;
			}
	return checked;
}

static void remembered_answers_are_the_c_librarys(void **state)
{
	(void)state;
	static const int end_of_day[] = {23 * 60 + 59};
	/* 43,830 keys: more than a full memo holds (32,768), so it starts again */
	dl_day from = date_from_ymd(2010, 1, 1), to = date_from_ymd(2029, 12, 31);
	/* twice: first asked, then (the same keys) remembered or asked again */
	int checked = pass(from, to, end_of_day, 1);
	checked += pass(from, to, end_of_day, 1);
	assert_int_equal(checked, 2 * (int)(to - from + 1) * NZONES);
	/* the days around the 2026 changes, every half hour: skipped and repeated hours */
	int halves[48];
	for (int i = 0; i < 48; i++)
		halves[i] = 30 * i;
	for (int round = 0; round < 2; round++) {
		pass(date_from_ymd(2026, 3, 7), date_from_ymd(2026, 3, 9), halves, 48);
		pass(date_from_ymd(2026, 10, 31), date_from_ymd(2026, 11, 2), halves, 48);
	}
}

/* A zone the memo does not keep (a name longer than it holds) is still
 * converted, every time, and not confused with a kept one. */
static void unkept_zone_still_converts(void **state)
{
	(void)state;
	const char *zone = "/usr/share/zoneinfo/America/../America/../America/../America/Chicago";
	assert_true(strlen(zone) >= 64);
	dl_day day = date_from_ymd(2026, 6, 1);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(tz_to_instant(zone, day, 720), want_instant(zone, day, 720));
		assert_int_equal(tz_to_instant("UTC", day, 720), want_instant("UTC", day, 720));
	}
	assert_int_equal(tz_to_instant(zone, day, 720) - tz_to_instant("UTC", day, 720), 5 * 3600);
	char abbr[16];
	assert_int_equal(tz_offset(zone, tz_to_instant(zone, day, 720), abbr), -5 * 60);
	assert_string_equal(abbr, "CDT");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(remembered_answers_are_the_c_librarys),
		cmocka_unit_test(unkept_zone_still_converts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
