/*
 * test-engine-more.c: the engine pieces of issue 18, each from its rule's
 * text: FRAP 26(a)(6)(C) (court-context.c, calendar.c: the state of the
 * court appealed from), rule defaults (rule-defaults.c: FRCP 12(a), 72(b),
 * 59(e), FRAP 4(a)(1)), series (series.c: each occurrence from the stated
 * cycle), a period from another obligation (derive's first step).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "court-context.h"
#include "derive.h"
#include "rule-defaults.h"
#include "series.h"

static dl_day ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* The due date of n days after from, forward, in court (FRAP). */
static dl_day frap_due(const struct court *court, dl_day from, long n)
{
	struct calendar *cal = calendar_new(court, FAMILY_FEDERAL);
	struct period p = {RULES_FRAP, from, -1, n, UNIT_DAYS, 0, SERVICE_NONE, DATE_NONE, 0};
	dl_day due = compute_due(cal, &p);
	calendar_free(cal);
	return due;
}

/* FRAP 26(a)(6)(C): "the state where either of the following is located:
 * the district court that rendered the challenged judgment or order, or the
 * circuit clerk's principal office". */
static void appeal_counts_both_states(void **state)
{
	(void)state;
	struct court ca5_txsd, ca5_laed;
	char *err = NULL;
	const struct court *ca5 = court_find("ca5");
	assert_int_equal(court_in_context(ca5, NULL, "txsd", &ca5_txsd, &err), 0);
	assert_int_equal(court_in_context(ca5, NULL, "laed", &ca5_laed, &err), 0);
	/* Fri 2024-01-19, Confederate Heroes Day (Texas only) */
	assert_int_equal(frap_due(ca5, ymd(2024, 1, 5), 14), ymd(2024, 1, 19));
	assert_int_equal(frap_due(&ca5_txsd, ymd(2024, 1, 5), 14), ymd(2024, 1, 22));
	assert_int_equal(frap_due(&ca5_laed, ymd(2024, 1, 5), 14), ymd(2024, 1, 19));
	/* Tue 2024-02-13, Mardi Gras (Louisiana, the clerk's state): still counts */
	assert_int_equal(frap_due(&ca5_txsd, ymd(2024, 2, 6), 7), ymd(2024, 2, 14));
	/* Sun 2024-04-21 San Jacinto Day is a Sunday: nothing more; Mon 2024-04-22 is none */
	assert_int_equal(frap_due(&ca5_txsd, ymd(2024, 4, 8), 14), ymd(2024, 4, 22));
}

static void appeal_refusals(void **state)
{
	(void)state;
	struct court out;
	char *err = NULL;
	assert_int_equal(court_in_context(court_find("txsd"), NULL, "txnd", &out, &err), -1);
	assert_non_null(strstr(err, "not a court of appeals"));
	free(err);
	assert_int_equal(court_in_context(court_find("ca5"), NULL, "ca9", &out, &err), -1);
	assert_non_null(strstr(err, "district or bankruptcy"));
	free(err);
	assert_int_equal(court_in_context(court_find("ca5"), NULL, "nowhere", &out, &err), -1);
	free(err);
	assert_int_equal(court_in_context(court_find("txwd"), "El Paso", NULL, &out, &err), 0);
	assert_string_equal(out.tz, "America/Denver");
	assert_string_equal(court_zone(court_find("txwd"), "El Paso"), "America/Denver");
	assert_string_equal(court_zone(court_find("txwd"), NULL), "America/Chicago");
}

static void rule_defaults_from_the_rules(void **state)
{
	(void)state;
	struct rule_default d;
	const char *t = "Defendant shall answer as required by Rule 12(a).";
	assert_int_equal(rule_default_find(t, strlen(t), "defendant", &d), 1);
	assert_int_equal(d.days, 21); /* FRCP 12(a)(1)(A)(i) */
	assert_true(d.from_service);
	assert_false(d.united_states);
	assert_int_equal(rule_default_find(t, strlen(t), "the United States", &d), 1);
	assert_int_equal(d.days, 60); /* FRCP 12(a)(2) */
	assert_true(d.united_states);
	t = "objections under Fed. R. Civ. P. 72(b)(2)";
	assert_int_equal(rule_default_find(t, strlen(t), NULL, &d), 1);
	assert_int_equal(d.days, 14);
	assert_non_null(strstr(d.citation, "FRCP 72(b)(2)"));
	t = "a motion under Rule 59(e)";
	assert_int_equal(rule_default_find(t, strlen(t), NULL, &d), 1);
	assert_int_equal(d.days, 28);
	assert_false(d.from_service); /* after the entry of the judgment */
	t = "a notice of appeal under FRAP 4(a)(1)(A)";
	assert_int_equal(rule_default_find(t, strlen(t), "the government", &d), 1);
	assert_int_equal(d.days, 60); /* FRAP 4(a)(1)(B) */
	t = "as Rule 12(a)(4) requires";
	assert_int_equal(rule_default_find(t, strlen(t), NULL, &d), 1);
	assert_int_equal(d.days, 14); /* the longer name wins */
	t = "under Rule 12(b)(6) and subrule 12(a)";
	assert_int_equal(rule_default_find(t, strlen(t), NULL, &d), 0);
	/* d is the 12(a)(4) row's still: its citation is the table's own copy */
	char *copy = strdup(d.citation);
	assert_ptr_equal(rule_default_citation(copy), d.citation);
	assert_null(rule_default_citation("FRCP 99(z): no such rule"));
	free(copy);
}

/* A series every 10 days from Mon 2024-05-06 in D. Mass.: occurrence 2 is
 * Sun 05-26, Memorial Day Mon 05-27 follows: Tue 05-28; occurrence 3 counts
 * from the cycle (Wed 06-05), not from the moved day. */
static void series_from_the_cycle(void **state)
{
	(void)state;
	struct obligation_when w;
	memset(&w, 0, sizeof w);
	w.trigger = TRIGGER_DATE;
	w.trigger_date = ymd(2024, 5, 6);
	w.trigger_minute = -1;
	w.period_n = 10;
	w.unit = UNIT_DAYS;
	w.direction = DIR_AFTER;
	w.rules = RULES_FRCP;
	w.occurrence = 1;
	w.series_until = w.stated_date = w.extended_to = DATE_NONE;
	struct calendar *cal = calendar_new(court_find("mad"), FAMILY_FEDERAL);
	dl_day due[4];
	assert_int_equal(series_upcoming(cal, &w, 4, 366, due), 4);
	assert_int_equal(due[0], ymd(2024, 5, 16));
	assert_int_equal(due[1], ymd(2024, 5, 28));
	assert_int_equal(due[2], ymd(2024, 6, 5));
	assert_int_equal(due[3], ymd(2024, 6, 17)); /* Sat 06-15 moved */
	w.series_until = ymd(2024, 6, 1);
	assert_int_equal(series_upcoming(cal, &w, 4, 366, due), 2);
	/* "unless the order says otherwise": each from the day the one before was
	 * due: occurrence 3 is 10 days after Tue 05-28, Fri 06-07 */
	w.series_until = DATE_NONE;
	w.series_from_moved = 1;
	assert_int_equal(series_upcoming(cal, &w, 3, 366, due), 3);
	assert_int_equal(due[1], ymd(2024, 5, 28));
	assert_int_equal(due[2], ymd(2024, 6, 7));
	w.series_from_moved = 0;
	/* the third occurrence, derived: the same day, its first step says so */
	w.series_until = DATE_NONE;
	w.occurrence = 3;
	struct derivation d;
	char *err = NULL;
	assert_int_equal(derive(cal, &w, DERIVE_EXPLAINED, &d, &err), 0);
	assert_int_equal(d.c.due, ymd(2024, 6, 5));
	assert_non_null(strstr(d.c.steps[0].why, "occurrence 3 is 30 days from the start"));
	derivation_free(&d);
	/* on the 31st of each month from Wed 2024-01-10: Wed 01-31, Thu 02-29 (the
	 * last day), Sun 03-31 -> Mon 04-01, Tue 04-30, Fri 05-31, then Mon 07-01
	 * (Sun 06-30 moved), each from the cycle, not the moved day */
	w.series_day = 31;
	w.period_n = 1;
	w.unit = UNIT_MONTHS;
	w.occurrence = 1;
	w.trigger_date = ymd(2024, 1, 10);
	dl_day m[6];
	assert_int_equal(series_upcoming(cal, &w, 6, 366, m), 6);
	assert_int_equal(m[0], ymd(2024, 1, 31));
	assert_int_equal(m[1], ymd(2024, 2, 29));
	assert_int_equal(m[2], ymd(2024, 4, 1));
	assert_int_equal(m[3], ymd(2024, 4, 30));
	assert_int_equal(m[4], ymd(2024, 5, 31));
	assert_int_equal(m[5], ymd(2024, 7, 1));
	w.occurrence = 3;
	assert_int_equal(derive(cal, &w, DERIVE_EXPLAINED, &d, &err), 0);
	assert_int_equal(d.c.due, ymd(2024, 4, 1));
	assert_non_null(strstr(d.c.steps[0].why, "on day 31 of every 1 months"));
	derivation_free(&d);
	/* the 15th: from the 20th, the next month's; from the 10th, the same month's */
	w.series_day = 15;
	w.occurrence = 1;
	w.trigger_date = ymd(2024, 5, 20);
	assert_int_equal(series_upcoming(cal, &w, 1, 366, m), 1);
	assert_int_equal(m[0], ymd(2024, 6, 17)); /* Sat 06-15 moved */
	w.trigger_date = ymd(2024, 5, 10);
	assert_int_equal(series_upcoming(cal, &w, 1, 366, m), 1);
	assert_int_equal(m[0], ymd(2024, 5, 15));
	calendar_free(cal);
}

/* 7 days before a hearing on Mon 2025-01-27 (TIMING.md): Fri 2025-01-17;
 * tied to the hearing, the first step says what it runs from. */
static void period_from_another_obligation(void **state)
{
	(void)state;
	struct obligation_when w;
	memset(&w, 0, sizeof w);
	w.trigger = TRIGGER_EVENT;
	w.trigger_event = "hearing";
	w.trigger_date = ymd(2025, 1, 27);
	w.trigger_minute = -1;
	w.period_n = 7;
	w.unit = UNIT_DAYS;
	w.direction = DIR_BEFORE;
	w.rules = RULES_FRCP;
	w.anchor_id = 4;
	w.series_until = w.stated_date = w.extended_to = DATE_NONE;
	struct calendar *cal = calendar_new(court_find("mad"), FAMILY_FEDERAL);
	struct derivation d;
	char *err = NULL;
	assert_int_equal(derive(cal, &w, DERIVE_EXPLAINED, &d, &err), 0);
	assert_int_equal(d.c.due, ymd(2025, 1, 17));
	assert_non_null(strstr(d.c.steps[0].why,
			       "It runs from another obligation of the same order (hearing)"));
	derivation_free(&d);
	calendar_free(cal);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(appeal_counts_both_states),
		cmocka_unit_test(appeal_refusals),
		cmocka_unit_test(rule_defaults_from_the_rules),
		cmocka_unit_test(series_from_the_cycle),
		cmocka_unit_test(period_from_another_obligation),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
