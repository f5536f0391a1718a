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
		district += c->kind == COURT_DISTRICT;
		circuit += c->kind == COURT_CIRCUIT;
		bankruptcy += c->kind == COURT_BANKRUPTCY;
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

/* The flags of a day in a court (the whole court, no division). */
static unsigned flags_in(const char *court, int y, int m, int d)
{
	struct calendar *cal = calendar_new(court_find(court), FAMILY_FEDERAL);
	unsigned f = calendar_flags(cal, ymd(y, m, d));
	calendar_free(cal);
	return f;
}

/* Issue 19, "Holidays the data cannot express": each day below is a legal
 * holiday whose rule the old table could not state, with its statute. */
static void holidays_the_data_could_not_express(void **state)
{
	(void)state;
	/* Ind. Code § 1-1-9-1 makes Primary Election Day a legal holiday; the
	 * primary is held the Tuesday after the first Monday in May (Ind. Code
	 * § 3-10-1-3): Tue May 7, 2024; the municipal primary Tue May 2, 2023. */
	assert_true(flags_in("insd", 2024, 5, 7) & DAY_STATE);
	assert_true(flags_in("innd", 2023, 5, 2) & DAY_STATE);
	assert_false(flags_in("insd", 2024, 5, 6) & DAY_STATE);
	/* ... and General Election Day, Tue Nov 5, 2024 */
	assert_true(flags_in("insd", 2024, 11, 5) & DAY_STATE);
	/* KRS 2.190 and 18A.190(1)(h): presidential election day, Tue Nov 5,
	 * 2024, a holiday in Kentucky; not in 2022 (no presidential election). */
	assert_true(flags_in("kyed", 2024, 11, 5) & DAY_STATE);
	assert_false(flags_in("kyed", 2022, 11, 8) & (DAY_STATE | DAY_STATE_ARGUABLE));
	/* Former Va. Code § 2.2-3300: Lee-Jackson Day, the Friday preceding the
	 * third Monday in January, until its repeal effective July 1, 2020: Fri
	 * Jan 17, 2020 was a legal holiday, Fri Jan 15, 2021 was not. */
	assert_true(flags_in("vaed", 2020, 1, 17) & DAY_STATE);
	assert_false(flags_in("vaed", 2021, 1, 15) & DAY_STATE);
	/* Puerto Rico's general election day, the Tuesday after the first Monday
	 * of November every four years (P.R. Laws Ann. tit. 1, § 71; Código
	 * Electoral de 2020): Tue Nov 5, 2024 */
	assert_true(flags_in("prd", 2024, 11, 5) & DAY_STATE);
	assert_false(flags_in("prd", 2022, 11, 8) & DAY_STATE);
	/* Tenn. Code Ann. § 15-1-101: "all days set apart by law for holding
	 * county, state, or national elections, throughout this state": the
	 * presidential preference primary, first Tuesday in March (§ 2-13-205),
	 * Tue Mar 5, 2024 */
	assert_true(flags_in("tnmd", 2024, 3, 5) & DAY_STATE);
	/* Georgia: the days the Governor designates under O.C.G.A. § 1-4-1(a)(2),
	 * (b) (State of Georgia Holiday Schedule, georgia.gov): 2024 a state
	 * holiday Fri Mar 29 (not the 4th Monday of April) and Washington's
	 * Birthday on Tue Dec 24; 2025 Fri Apr 18 and Fri Dec 26. */
	assert_true(flags_in("gand", 2024, 3, 29) & DAY_STATE);
	assert_false(flags_in("gand", 2024, 4, 22) & (DAY_STATE | DAY_STATE_ARGUABLE));
	assert_true(flags_in("gand", 2024, 12, 24) & DAY_STATE);
	assert_true(flags_in("gand", 2025, 4, 18) & DAY_STATE);
	assert_true(flags_in("gand", 2025, 12, 26) & DAY_STATE);
}

/* 5 U.S.C. 6103(c): Inauguration Day is a holiday in the District of Columbia,
 * Montgomery and Prince George's Counties (Md.), Arlington and Fairfax Counties
 * and the cities of Alexandria and Fairfax (Va.): every court there, once. */
static void inauguration_in_the_whole_area(void **state)
{
	(void)state;
	const struct holiday *h[8];
	/* Jan 20, 2021 (Wed): D.D.C. lists it once (the D.C. table listed it twice) */
	struct calendar *cal = calendar_new(court_find("dcd"), FAMILY_FEDERAL);
	size_t n = calendar_holidays_on(cal, ymd(2021, 1, 20), h, 8), found = 0;
	for (size_t i = 0; i < n; i++)
		found += strcmp(h[i]->name, "Inauguration Day") == 0;
	assert_int_equal(found, 1);
	assert_true(calendar_flags(cal, ymd(2021, 1, 20)) & DAY_FEDERAL);
	calendar_free(cal);
	/* the D.C. Circuit, the Federal Circuit and the D.C. bankruptcy court */
	assert_true(flags_in("cadc", 2021, 1, 20) & DAY_FEDERAL);
	assert_true(flags_in("cafc", 2017, 1, 20) & DAY_FEDERAL);
	assert_true(flags_in("dcb", 2021, 1, 20) & DAY_FEDERAL);
	/* E.D. Va. at Alexandria and D. Md. at Greenbelt: a holiday of the
	 * division; of the court as a whole, arguable (both readings) */
	struct court alex = *court_find("vaed");
	alex.division = "Alexandria";
	cal = calendar_new(&alex, FAMILY_FEDERAL);
	assert_true(calendar_flags(cal, ymd(2021, 1, 20)) & DAY_FEDERAL);
	calendar_free(cal);
	struct court greenbelt = *court_find("mdd");
	greenbelt.division = "Southern";
	cal = calendar_new(&greenbelt, FAMILY_FEDERAL);
	assert_true(calendar_flags(cal, ymd(2021, 1, 20)) & DAY_FEDERAL);
	calendar_free(cal);
	assert_true(flags_in("vaed", 2021, 1, 20) & DAY_DECLARED);
	assert_false(flags_in("vaed", 2021, 1, 20) & DAY_FEDERAL);
	/* Richmond is outside the area; so is S.D.N.Y. */
	struct court richmond = *court_find("vaed");
	richmond.division = "Richmond";
	cal = calendar_new(&richmond, FAMILY_FEDERAL);
	assert_int_equal(calendar_flags(cal, ymd(2021, 1, 20)), 0);
	calendar_free(cal);
	assert_int_equal(flags_in("nysd", 2021, 1, 20), 0);
	assert_true(court_division_known("vaed", "Alexandria"));
	assert_true(court_division_known("txwd", "El Paso"));
	assert_false(court_division_known("vaed", "Nowhere"));
}

/* Days that rest on an employee-leave statute, a court rule or an
 * administrative schedule, not on a legal-holiday statute, are arguable. */
static void leave_days_are_arguable(void **state)
{
	(void)state;
	const struct {
		const char *court;
		int m, d;
	} days[] = {
		{"wiwd", 12, 24}, {"wiwd", 12, 31}, /* Wis. Stat. § 230.35(4)(a): leave, not § 995.20 */
		{"ilnd", 11, 29},                   /* Ill.: CMS schedule, not 205 ILCS 630/17 */
		{"paed", 11, 29},                   /* Pa.: court and employee schedules, not 44 P.S. § 11 */
		{"miwd", 11, 29}, {"miwd", 12, 24}, {"miwd", 12, 31}, /* MCR 8.110(D)(2), not MCL 435.101 */
		{"laed", 11, 29}, {"laed", 12, 24}, {"laed", 12, 31}, /* La. R.S. 1:55(E): clerks close */
		{"iasd", 11, 29},                   /* Iowa Code § 1C.2: paid holiday, not § 1C.1 */
	};
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
		unsigned f = flags_in(days[i].court, 2024, days[i].m, days[i].d);
		assert_true(f & DAY_STATE_ARGUABLE);
		assert_false(f & DAY_STATE);
	}
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
		cmocka_unit_test(holidays_the_data_could_not_express),
		cmocka_unit_test(inauguration_in_the_whole_area),
		cmocka_unit_test(leave_days_are_arguable),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
