/*
 * test-date.c: the civil-date type: conversions, weekdays, strict parsing,
 * nth weekdays, Easter, month arithmetic and period arguments.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "date.h"

static void roundtrip_every_day_1600_to_2400(void **state)
{
	(void)state;
	dl_day start = date_from_ymd(1600, 1, 1), end = date_from_ymd(2400, 12, 31);
	int py = 1599, pm = 12, pd = 31;
	for (dl_day d = start; d <= end; d++) {
		int y, m, dd;
		date_to_ymd(d, &y, &m, &dd);
		assert_int_equal(date_from_ymd(y, m, dd), d);
		/* consecutive: the next day of the previous one */
		if (pd == date_days_in_month(py, pm)) {
			assert_int_equal(dd, 1);
			assert_int_equal(m, pm == 12 ? 1 : pm + 1);
		} else {
			assert_int_equal(dd, pd + 1);
		}
		py = y, pm = m, pd = dd;
	}
}

static void epoch_and_known_weekdays(void **state)
{
	(void)state;
	assert_int_equal(date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(date_weekday(0), DATE_THU);
	assert_int_equal(date_weekday(date_from_ymd(2017, 5, 19)), DATE_FRI);  /* seed order entered */
	assert_int_equal(date_weekday(date_from_ymd(2017, 6, 20)), DATE_TUE);
	assert_int_equal(date_weekday(date_from_ymd(2000, 1, 1)), DATE_SAT);
	assert_int_equal(date_weekday(date_from_ymd(1957, 1, 1)), DATE_TUE);
	assert_int_equal(date_weekday(date_from_ymd(1969, 12, 31)), DATE_WED);
	assert_true(date_is_weekend(date_from_ymd(2024, 3, 2)));
	assert_false(date_is_weekend(date_from_ymd(2024, 3, 4)));
}

static void leap_years(void **state)
{
	(void)state;
	assert_true(date_is_leap(2000));
	assert_false(date_is_leap(1900));
	assert_true(date_is_leap(2024));
	assert_false(date_is_leap(2023));
	assert_int_equal(date_days_in_month(2024, 2), 29);
	assert_int_equal(date_days_in_month(2100, 2), 28);
}

static void parse_good_and_format(void **state)
{
	(void)state;
	dl_day d;
	char why[80], buf[15];
	assert_int_equal(date_parse("2017-05-19", &d, why, sizeof why), 0);
	assert_string_equal(date_format(d, buf), "2017-05-19");
	assert_string_equal(date_format_long(d, buf), "Fri 2017-05-19");
	assert_int_equal(date_parse("2024-02-29", &d, why, sizeof why), 0);
}

static void parse_bad(void **state)
{
	(void)state;
	dl_day d = 12345;
	char why[80];
	assert_int_equal(date_parse("2017-02-30", &d, why, sizeof why), -1);
	assert_string_equal(why, "February 2017 has 28 days");
	assert_int_equal(d, 12345); /* untouched on failure */
	assert_int_equal(date_parse("2023-02-29", &d, why, sizeof why), -1);
	assert_int_equal(date_parse("2017-13-01", &d, why, sizeof why), -1);
	assert_string_equal(why, "there is no month 13");
	assert_int_equal(date_parse("2017-00-10", &d, why, sizeof why), -1);
	assert_int_equal(date_parse("2017-04-31", &d, why, sizeof why), -1);
	assert_int_equal(date_parse("2017-4-3", &d, why, sizeof why), -1);
	assert_string_equal(why, "expected YYYY-MM-DD");
	assert_int_equal(date_parse("20170519", &d, why, sizeof why), -1);
	assert_int_equal(date_parse("2017-05-19x", &d, why, sizeof why), -1);
	assert_int_equal(date_parse("", &d, why, sizeof why), -1);
	assert_int_equal(date_parse(NULL, &d, why, sizeof why), -1);
	assert_int_equal(date_parse("abcd-ef-gh", &d, why, sizeof why), -1);
	assert_int_equal(date_parse("0999-01-01", &d, why, sizeof why), -1);
	assert_int_equal(date_parse("2017-05-1\xff", &d, why, sizeof why), -1);
}

static void nth_weekday(void **state)
{
	(void)state;
	char buf[11];
	assert_string_equal(date_format(date_nth_weekday(2021, 1, DATE_MON, 3), buf), "2021-01-18");
	assert_string_equal(date_format(date_nth_weekday(2021, 5, DATE_MON, -1), buf), "2021-05-31");
	assert_string_equal(date_format(date_nth_weekday(2024, 11, DATE_THU, 4), buf), "2024-11-28");
	assert_string_equal(date_format(date_nth_weekday(2024, 9, DATE_MON, 1), buf), "2024-09-02");
	assert_int_equal(date_nth_weekday(2024, 2, DATE_MON, 5), DATE_NONE); /* Feb 2024 has 4 Mondays */
	assert_string_equal(date_format(date_nth_weekday(2024, 4, DATE_MON, 5), buf), "2024-04-29");
}

static void easter(void **state)
{
	(void)state;
	char buf[11];
	assert_string_equal(date_format(date_easter(2017), buf), "2017-04-16");
	assert_string_equal(date_format(date_easter(2024), buf), "2024-03-31");
	assert_string_equal(date_format(date_easter(2025), buf), "2025-04-20");
	assert_string_equal(date_format(date_easter(2038), buf), "2038-04-25");
	assert_string_equal(date_format(date_easter(1961), buf), "1961-04-02");
}

static void add_months(void **state)
{
	(void)state;
	char buf[11];
	int clamped;
	assert_string_equal(date_format(date_add_months(date_from_ymd(2024, 1, 31), 1, &clamped), buf),
			    "2024-02-29");
	assert_int_equal(clamped, 1);
	assert_string_equal(date_format(date_add_months(date_from_ymd(2024, 1, 15), 1, &clamped), buf),
			    "2024-02-15");
	assert_int_equal(clamped, 0);
	assert_string_equal(date_format(date_add_months(date_from_ymd(2024, 3, 31), -1, &clamped), buf),
			    "2024-02-29");
	assert_string_equal(date_format(date_add_months(date_from_ymd(2023, 12, 5), 14, &clamped), buf),
			    "2025-02-05");
}

static void periods(void **state)
{
	(void)state;
	long n;
	char u;
	assert_int_equal(period_parse("14d", &n, &u), 0);
	assert_int_equal(n, 14);
	assert_int_equal(u, 'd');
	assert_int_equal(period_parse("2w", &n, &u), 0);
	assert_int_equal(u, 'w');
	assert_int_equal(period_parse("30", &n, &u), 0);
	assert_int_equal(u, 'd');
	assert_int_equal(period_parse("-3d", &n, &u), -1);
	assert_int_equal(period_parse("3x", &n, &u), -1);
	assert_int_equal(period_parse("3dd", &n, &u), -1);
	assert_int_equal(period_parse("", &n, &u), -1);
	assert_int_equal(period_parse("d", &n, &u), -1);
	assert_int_equal(period_parse("99999999999999999999d", &n, &u), -1);
}

static void weekday_names(void **state)
{
	(void)state;
	assert_int_equal(weekday_parse("Mon"), DATE_MON);
	assert_int_equal(weekday_parse("sunday"), DATE_SUN);
	assert_int_equal(weekday_parse("Fr"), -1);
	assert_int_equal(weekday_parse("Xyz"), -1);
	assert_string_equal(weekday_name(DATE_TUE), "Tuesday");
	assert_string_equal(month_name(6), "June");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(roundtrip_every_day_1600_to_2400),
		cmocka_unit_test(epoch_and_known_weekdays),
		cmocka_unit_test(leap_years),
		cmocka_unit_test(parse_good_and_format),
		cmocka_unit_test(parse_bad),
		cmocka_unit_test(nth_weekday),
		cmocka_unit_test(easter),
		cmocka_unit_test(add_months),
		cmocka_unit_test(periods),
		cmocka_unit_test(weekday_names),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
