/*
 * test-calendar.c: the court registry and holiday generation, checked against
 * published lists (the federal courts' 2021 holidays) and the history of
 * 5 U.S.C. 6103.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"

static dl_day ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* The days in a year that count as federal legal holidays (6(a)(6)(A)/(B) firm ones). */
static int federal_days(struct calendar *cal, int year, char out[][11], int max)
{
	int n = 0;
	for (dl_day d = ymd(year, 1, 1); d <= ymd(year, 12, 31); d++)
		if ((calendar_flags(cal, d) & DAY_FEDERAL) && n < max)
			date_format(d, out[n++]);
	return n;
}

static void registry_counts(void **state)
{
	(void)state;
	int district = 0, circuit = 0, bankruptcy = 0;
	for (size_t i = 0; i < court_count(); i++) {
		const struct court *c = court_at(i);
		district += strcmp(c->kind, "district") == 0;
		circuit += strcmp(c->kind, "circuit") == 0;
		bankruptcy += strcmp(c->kind, "bankruptcy") == 0;
	}
	assert_int_equal(district, 94);
	assert_int_equal(circuit, 13);
	assert_true(bankruptcy >= 90);
	const struct court *c = court_find("TXSD");
	assert_non_null(c);
	assert_string_equal(c->state, "TX");
	assert_string_equal(c->tz, "America/Chicago");
	assert_non_null(court_find("ca5"));
	assert_non_null(court_find("cafc"));
	assert_non_null(court_find("txsb"));
	assert_non_null(court_find("tx"));
	assert_null(court_find("zzzz"));
	assert_string_equal(court_division_tz("txwd", "El Paso"), "America/Denver");
	assert_null(court_division_tz("txwd", "Nowhere"));
}

static void federal_2021_matches_published_list(void **state)
{
	(void)state;
	/* uscourts.gov 2021 list, as quoted in the engine issue */
	const char *want[] = {"2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31",
			      "2021-06-18", "2021-07-05", "2021-09-06", "2021-10-11",
			      "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31"};
	struct calendar *cal = calendar_new(court_find("mad"), FAMILY_FEDERAL);
	char got[20][11];
	int n = federal_days(cal, 2021, got, 20);
	assert_int_equal(n, 12);
	for (int i = 0; i < 12; i++)
		assert_string_equal(got[i], want[i]);
	calendar_free(cal);
}

static void observance_and_history(void **state)
{
	(void)state;
	struct calendar *cal = calendar_new(court_find("nysd"), FAMILY_FEDERAL);
	/* Juneteenth 2022 on a Sunday: observed Monday June 20 */
	assert_true(calendar_flags(cal, ymd(2022, 6, 20)) & DAY_FEDERAL);
	/* New Year's Day 2022 on a Saturday: observed Friday Dec 31, 2021 */
	assert_true(calendar_flags(cal, ymd(2021, 12, 31)) & DAY_FEDERAL);
	/* Juneteenth before 2021 is no federal holiday */
	assert_false(calendar_flags(cal, ymd(2020, 6, 19)) & DAY_FEDERAL);
	/* MLK from 1986 only */
	assert_false(calendar_flags(cal, ymd(1985, 1, 21)) & DAY_FEDERAL);
	assert_true(calendar_flags(cal, ymd(1986, 1, 20)) & DAY_FEDERAL);
	/* Fixed-date era: Washington's Birthday Feb 22, 1969 was a Saturday -> Fri Feb 21 */
	assert_true(calendar_flags(cal, ymd(1969, 2, 21)) & DAY_FEDERAL);
	assert_true(calendar_flags(cal, ymd(1970, 5, 29)) & DAY_FEDERAL); /* May 30 1970 Sat */
	/* Monday holidays from 1971 */
	assert_true(calendar_flags(cal, ymd(1971, 2, 15)) & DAY_FEDERAL);
	assert_true(calendar_flags(cal, ymd(1971, 10, 11)) & DAY_FEDERAL); /* Columbus Day */
	assert_false(calendar_flags(cal, ymd(1970, 10, 12)) & DAY_FEDERAL);
	/* Veterans Day: 4th Monday of October 1971-1977, Nov 11 from 1978 */
	assert_true(calendar_flags(cal, ymd(1975, 10, 27)) & DAY_FEDERAL);
	assert_false(calendar_flags(cal, ymd(1975, 11, 11)) & DAY_FEDERAL);
	assert_true(calendar_flags(cal, ymd(1978, 11, 10)) & DAY_FEDERAL); /* Sat Nov 11 -> Fri */
	/* Thanksgiving 2024 */
	assert_true(calendar_flags(cal, ymd(2024, 11, 28)) & DAY_FEDERAL);
	assert_false(calendar_flags(cal, ymd(2024, 11, 29)) & DAY_FEDERAL);
	/* A declared day is arguable, not firm */
	assert_true(calendar_flags(cal, ymd(2018, 12, 5)) & DAY_DECLARED);
	assert_false(calendar_flags(cal, ymd(2018, 12, 5)) & DAY_FEDERAL);
	/* Half-day closures and 1997-12-26 are no holidays */
	assert_int_equal(calendar_flags(cal, ymd(2002, 12, 24)) & ~DAY_NOTED, 0);
	assert_int_equal(calendar_flags(cal, ymd(1997, 12, 26)) & ~DAY_NOTED, 0);
	/* Inauguration Day is for D.C. courts only */
	assert_false(calendar_flags(cal, ymd(2013, 1, 21)) & ~DAY_NOTED & ~DAY_FEDERAL);
	calendar_free(cal);
	int n = 0;
	for (int y = 1957; y <= 2100; y++) {
		size_t count;
		struct calendar *c = calendar_new(court_find("akd"), FAMILY_FEDERAL);
		const struct holiday *h = calendar_year(c, y, &count);
		for (size_t i = 0; i < count; i++) {
			assert_int_equal(date_year(h[i].day), y);
			if (h[i].kind == HOLIDAY_FEDERAL)
				assert_false(date_is_weekend(h[i].day)), n++;
		}
		calendar_free(c);
	}
	assert_true(n > 144 * 9);
}

static void inauguration_for_dc_courts(void **state)
{
	(void)state;
	struct calendar *cal = calendar_new(court_find("dcd"), FAMILY_FEDERAL);
	const struct holiday *h[4];
	/* Jan 20, 2013 was a Sunday: observed Monday Jan 21 (also MLK Day) */
	size_t n = calendar_holidays_on(cal, ymd(2013, 1, 21), h, 4);
	int found = 0;
	for (size_t i = 0; i < n; i++)
		found |= strcmp(h[i]->name, "Inauguration Day") == 0;
	assert_true(found);
	assert_true(calendar_flags(cal, ymd(2009, 1, 20)) & DAY_FEDERAL);
	assert_false(calendar_flags(cal, ymd(2010, 1, 20)) & DAY_FEDERAL);
	calendar_free(cal);
}

static void texas_state_holidays_in_txsd(void **state)
{
	(void)state;
	struct calendar *cal = calendar_new(court_find("txsd"), FAMILY_FEDERAL);
	unsigned f = calendar_flags(cal, ymd(2017, 6, 19));
	assert_true(f & DAY_STATE);      /* Emancipation Day, Tex. Gov't Code 662.003(b)(4) */
	assert_false(f & DAY_FEDERAL);
	assert_true(calendar_flags(cal, ymd(2024, 11, 29)) & DAY_STATE); /* Friday after Thanksgiving */
	assert_true(calendar_flags(cal, ymd(2025, 3, 3)) == 0);         /* not moved off Sunday Mar 2 */
	assert_true(calendar_flags(cal, ymd(2024, 4, 22)) == 0);        /* San Jacinto Day Sun 4-21 */
	assert_true(calendar_flags(cal, ymd(2025, 4, 21)) & DAY_STATE); /* San Jacinto Day Mon */
	assert_true(calendar_flags(cal, ymd(2024, 12, 24)) & DAY_STATE_ARGUABLE);
	assert_true(calendar_flags(cal, ymd(2024, 12, 26)) & DAY_STATE_ARGUABLE);
	const struct holiday *h[4];
	size_t n = calendar_holidays_on(cal, ymd(2017, 6, 19), h, 4);
	assert_int_equal(n, 1);
	assert_non_null(strstr(h[0]->citation, "662.003(b)(4)"));
	assert_true(h[0]->forward_only);
	calendar_free(cal);
	/* a Massachusetts court knows nothing of Texas */
	cal = calendar_new(court_find("mad"), FAMILY_FEDERAL);
	assert_int_equal(calendar_flags(cal, ymd(2017, 6, 19)) & (DAY_STATE | DAY_FEDERAL), 0);
	calendar_free(cal);
}

static void texas_state_courts(void **state)
{
	(void)state;
	struct calendar *cal = calendar_new(court_find("tx"), FAMILY_TEXAS_STATE);
	/* no Columbus Day in Texas */
	assert_int_equal(calendar_flags(cal, ymd(2024, 10, 14)), 0);
	/* national holidays on their statutory day, not moved: Jan 1, 2022 (Sat) */
	assert_int_equal(calendar_flags(cal, ymd(2021, 12, 31)) & DAY_FEDERAL, 0);
	assert_true(calendar_flags(cal, ymd(2024, 11, 29)) != 0);
	calendar_free(cal);
}

static void closures(void **state)
{
	(void)state;
	struct calendar *cal = calendar_new(court_find("txsd"), FAMILY_FEDERAL);
	assert_false(calendar_flags(cal, ymd(2017, 8, 28)) & DAY_CLOSED);
	calendar_add_closure(cal, ymd(2017, 8, 28), "Hurricane Harvey");
	assert_true(calendar_flags(cal, ymd(2017, 8, 28)) & DAY_CLOSED);
	calendar_add_closure(cal, ymd(2030, 1, 2), "snow");
	assert_true(calendar_flags(cal, ymd(2030, 1, 2)) & DAY_CLOSED);
	assert_string_equal(calendar_closure_reason(cal, ymd(2017, 8, 28)), "Hurricane Harvey");
	calendar_free(cal);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(registry_counts),
		cmocka_unit_test(federal_2021_matches_published_list),
		cmocka_unit_test(observance_and_history),
		cmocka_unit_test(inauguration_for_dc_courts),
		cmocka_unit_test(texas_state_holidays_in_txsd),
		cmocka_unit_test(texas_state_courts),
		cmocka_unit_test(closures),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
