/*
 * test-compute.c: the deadline engine: every worked example of TIMING.md
 * section 7, each rule of sections 1-5, and properties over many random
 * triggers (forward deadlines never land on an excluded day; monotone in the
 * trigger; backward periods ignore state holidays).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "compute.h"

static dl_day ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* Compute with explanation; returns the due date as text (static buffer). */
static const char *due(const char *court, enum rule_set rules, dl_day from, long n,
		       enum period_unit unit, int before, enum service_method svc,
		       struct computation *keep)
{
	static char buf[32];
	struct calendar *cal = calendar_new(court_find(court), rules_family(rules));
	struct period p = {rules, from, -1, n, unit, before, svc, DATE_NONE, 0};
	struct computation c;
	char *err = NULL;
	assert_int_equal(compute_period(cal, &p, &c, &err), 0);
	date_format(c.due, buf);
	/* the fast path agrees with the explained one */
	assert_int_equal(compute_due(cal, &p), c.due);
	if (keep)
		*keep = c;
	else
		computation_free(&c);
	calendar_free(cal);
	return buf;
}

static int has_step(const struct computation *c, const char *why, const char *rule)
{
	for (size_t i = 0; i < c->nsteps; i++)
		if (strstr(c->steps[i].why, why) && (!rule || strstr(c->steps[i].rule, rule)))
			return 1;
	return 0;
}

static void timing_section7_examples(void **state)
{
	(void)state;
	struct computation c;
	/* Seed order: 30 days after Fri 2017-05-19 in S.D. Tex. */
	assert_string_equal(due("txsd", RULES_FRCP, ymd(2017, 5, 19), 30, UNIT_DAYS, 0, SERVICE_NONE, &c),
			    "2017-06-20");
	assert_true(has_step(&c, "Sun 2017-06-18 is a Sunday", "6(a)(1)(C)"));
	assert_true(has_step(&c, "Emancipation Day in Texas", "662.003(b)(4)"));
	assert_true(has_step(&c, "Emancipation Day in Texas", "FRCP 6(a)(6)(C)"));
	assert_string_equal(c.end_instant, "2017-06-20T23:59-05:00");
	computation_free(&c);
	/* 30 days after Thu 2024-02-01, electronic service */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2024, 2, 1), 30, UNIT_DAYS, 0, SERVICE_ELECTRONIC,
				NULL), "2024-03-04");
	/* the same, served by mail: roll first, then add 3 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2024, 2, 1), 30, UNIT_DAYS, 0, SERVICE_MAIL, &c),
			    "2024-03-07");
	assert_true(has_step(&c, "3 days are added", "FRCP 6(d)"));
	computation_free(&c);
	/* mail Fri 2024-05-10, 14 days: Fri 05-24, +3 = Memorial Day -> Tue 05-28 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2024, 5, 10), 14, UNIT_DAYS, 0, SERVICE_MAIL, NULL),
			    "2024-05-28");
	/* 7 days before Mon 2025-01-27: MLK Day, roll back to Fri 2025-01-17 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2025, 1, 27), 7, UNIT_DAYS, 1, SERVICE_NONE, &c),
			    "2025-01-17");
	assert_true(has_step(&c, "Counting backward", "6(a)(5)"));
	computation_free(&c);
	/* 21 days after Fri 2024-11-08: not a holiday federally; a Texas holiday in S.D. Tex. */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2024, 11, 8), 21, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2024-11-29");
	assert_string_equal(due("txsd", RULES_FRCP, ymd(2024, 11, 8), 21, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2024-12-02");
	/* Juneteenth 2022 (Sunday) observed Monday 2022-06-20 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2022, 6, 5), 14, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2022-06-21");
}

static void backward_ignores_state_holidays(void **state)
{
	(void)state;
	/* 14 days before Thu 2024-12-12 in S.D. Tex. is Thu 11-28 (Thanksgiving) -> Wed 11-27.
	 * 13 days before Thu 2024-12-12 is Fri 11-29 (Texas state holiday only): stays. */
	assert_string_equal(due("txsd", RULES_FRCP, ymd(2024, 12, 12), 14, UNIT_DAYS, 1, SERVICE_NONE, NULL),
			    "2024-11-27");
	assert_string_equal(due("txsd", RULES_FRCP, ymd(2024, 12, 12), 13, UNIT_DAYS, 1, SERVICE_NONE, NULL),
			    "2024-11-29");
	/* forward, the same Friday is skipped in Texas */
	assert_string_equal(due("txsd", RULES_FRCP, ymd(2024, 11, 1), 28, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2024-12-02");
	/* no added days for a period before an event */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2025, 1, 27), 7, UNIT_DAYS, 1, SERVICE_MAIL, NULL),
			    "2025-01-17");
}

static void service_methods_and_2016_change(void **state)
{
	(void)state;
	/* 2015: electronic service earned 3 days: 14 days after Mon 2015-06-01 = Mon 06-15, +3 Thu 06-18 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2015, 6, 1), 14, UNIT_DAYS, 0, SERVICE_ELECTRONIC,
				NULL), "2015-06-18");
	/* 2017: it did not */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2017, 6, 5), 14, UNIT_DAYS, 0, SERVICE_ELECTRONIC,
				NULL), "2017-06-19");
	assert_string_equal(due("mad", RULES_FRCP, ymd(2017, 6, 5), 14, UNIT_DAYS, 0, SERVICE_LEAVE_WITH_CLERK,
				NULL), "2017-06-22");
	assert_string_equal(due("mad", RULES_FRCP, ymd(2017, 6, 5), 14, UNIT_DAYS, 0, SERVICE_OTHER, NULL),
			    "2017-06-22");
	assert_string_equal(due("mad", RULES_FRCP, ymd(2017, 6, 5), 14, UNIT_DAYS, 0, SERVICE_PERSONAL, NULL),
			    "2017-06-19");
	/* FRAP and FRBP cite their own rules */
	struct computation c;
	due("ca5", RULES_FRAP, ymd(2024, 2, 1), 30, UNIT_DAYS, 0, SERVICE_MAIL, &c);
	assert_true(has_step(&c, "3 days are added", "FRAP 26(c)"));
	assert_true(has_step(&c, "not counted", "FRAP 26(a)(1)(A)"));
	computation_free(&c);
	due("txsb", RULES_FRBP, ymd(2024, 2, 1), 30, UNIT_DAYS, 0, SERVICE_MAIL, &c);
	assert_true(has_step(&c, "3 days are added", "FRBP 9006(f)"));
	computation_free(&c);
}

static void older_regimes(void **state)
{
	(void)state;
	struct computation c;
	/* 2008: a 10-day period skips intermediate weekends: Mon 2008-03-03 + 10 court days = Mon 03-17 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2008, 3, 3), 10, UNIT_DAYS, 0, SERVICE_NONE, &c),
			    "2008-03-17");
	assert_true(has_step(&c, "short period", "before Dec. 1, 2009"));
	computation_free(&c);
	/* 11 days counts every day in 2008: Mon 03-03 + 11 = Fri 03-14 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2008, 3, 3), 11, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2008-03-14");
	/* 1984: the short-period limit was 7 days: 7 days after Mon 1984-03-05 = Mon 03-12 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(1984, 3, 5), 7, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "1984-03-12");
	assert_string_equal(due("mad", RULES_FRCP, ymd(1984, 3, 5), 6, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "1984-03-13");
	/* 2008 backward periods rolled forward */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2008, 3, 17), 15, UNIT_DAYS, 1, SERVICE_NONE, NULL),
			    "2008-03-03");
	/* 2008: state holidays counted backward too (S.D. Tex.; Fri 2008-11-28 after Thanksgiving) */
	assert_string_equal(due("txsd", RULES_FRCP, ymd(2008, 12, 12), 14, UNIT_DAYS, 1, SERVICE_NONE, NULL),
			    "2008-12-01");
	/* --regime overrides: the same 10-day period under the 2009 rules */
	struct calendar *cal = calendar_new(court_find("mad"), FAMILY_FEDERAL);
	struct period p = {RULES_FRCP, ymd(2008, 3, 3), -1, 10, UNIT_DAYS, 0, SERVICE_NONE, ymd(2010, 1, 1), 0};
	assert_int_equal(compute_due(cal, &p), ymd(2008, 3, 13));
	calendar_free(cal);
}

/* Item 16 of issue 19: the short-period thresholds of the rules before Dec. 1,
 * 2009 differed by rule set. Each case is a date a court computed. */
static void pre2009_thresholds_published_examples(void **state)
{
	(void)state;
	struct computation c;
	/* FRBP 9006(a) before 2009 left out weekends and holidays only in periods
	 * of less than 8 days, so the 10-day appeal period of former FRBP 8002(a)
	 * ran in calendar days. Ballard v. Tamojira, Inc., No. 96-1745, 106 F.3d
	 * 389 (table) (4th Cir. Jan. 29, 1997) (per curiam): order entered Dec. 26,
	 * 1995, notice of appeal due Jan. 5, 1996. */
	assert_string_equal(due("vaeb", RULES_FRBP, ymd(1995, 12, 26), 10, UNIT_DAYS, 0, SERVICE_NONE, &c),
			    "1996-01-05");
	assert_true(has_step(&c, "less than 8 days", "FRBP 9006(a) (before Dec. 1, 2009)"));
	computation_free(&c);
	/* Emann v. Latture (In re Latture), 605 F.3d 830 (10th Cir. 2010): judgment
	 * entered Nov. 14, 2008; a notice filed Nov. 25, eleven days later, was one
	 * day late under FRBP 8002(a) and 9006(a): due Mon. Nov. 24, 2008. */
	assert_string_equal(due("okwb", RULES_FRBP, ymd(2008, 11, 14), 10, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2008-11-24");
	/* under 8 days the weekends are still left out (FRBP 9006(a) before 2009):
	 * 7 days after Mon 2008-03-03 is Wed 2008-03-12 */
	assert_string_equal(due("mab", RULES_FRBP, ymd(2008, 3, 3), 7, UNIT_DAYS, 0, SERVICE_NONE, &c),
			    "2008-03-12");
	assert_true(has_step(&c, "short period", "FRBP 9006(a) (before Dec. 1, 2009)"));
	computation_free(&c);

	/* FRAP 26(a)(2) from Dec. 1, 2002 to Nov. 30, 2009 left out weekends and
	 * holidays in periods of less than 11 days (the 2002 amendment; before it,
	 * less than 7 days): the 10-day criminal appeal period of former FRAP
	 * 4(b)(1)(A). United States v. Kennedy, 120 F. App'x 503 (4th Cir. 2005):
	 * order entered May 18, 2004, period expired June 2 (over Memorial Day). */
	assert_string_equal(due("ca4", RULES_FRAP, ymd(2004, 5, 18), 10, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2004-06-02");
	/* United States v. Stewart, No. 07-6463 (4th Cir. Aug. 17, 2007): order of
	 * March 6, 2007, notice due March 20, 2007 under FRAP 26(a)(2). */
	assert_string_equal(due("ca4", RULES_FRAP, ymd(2007, 3, 6), 10, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2007-03-20");
	/* United States v. Salazar, No. 09-7391 (4th Cir. Apr. 8, 2010): order of
	 * June 29, 2009, the ten-day period expired July 14 (Fri July 3 was the
	 * observed Independence Day). */
	assert_string_equal(due("ca4", RULES_FRAP, ymd(2009, 6, 29), 10, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2009-07-14");
	/* Before the 2002 amendment the appellate threshold was 7 days: United
	 * States v. Guy, 140 F.3d 735, 735-36 (7th Cir. 1998) (the 10-day criminal
	 * appeal period counts weekends, FRAP 26(a) being "limited to cases in
	 * which the time for filing is less than 7 days"). 10 days after Mon
	 * 1998-03-02 is Thu 1998-03-12, not Mon 03-16. */
	assert_string_equal(due("ca7", RULES_FRAP, ymd(1998, 3, 2), 10, UNIT_DAYS, 0, SERVICE_NONE, &c),
			    "1998-03-12");
	assert_true(has_step(&c, "less than 7 days", "FRAP 26(a) (before Dec. 1, 2009)"));
	computation_free(&c);
	/* and 6 days then skipped weekends: Mon 1998-03-02 + 6 = Tue 03-10 */
	assert_string_equal(due("ca7", RULES_FRAP, ymd(1998, 3, 2), 6, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "1998-03-10");

	/* Texas: TRCP 4 has left weekends and holidays out of periods of five days
	 * or less only since its amendment effective Sept. 1, 1990 (before, every
	 * day counted). Sosa v. Central Power & Light, 909 S.W.2d 893, 895 (Tex.
	 * 1995): a petition filed Nov. 10, 1993 was filed seven days before the
	 * Nov. 17 hearing under Rules 4 and 63. */
	assert_string_equal(due("tx", RULES_TX, ymd(1993, 11, 17), 7, UNIT_DAYS, 1, SERVICE_NONE, NULL),
			    "1993-11-10");
	/* 5 days after Thu 1990-03-01 under the rule then in force: Tue 03-06 (every day counted) */
	assert_string_equal(due("tx", RULES_TX, ymd(1990, 3, 1), 5, UNIT_DAYS, 0, SERVICE_NONE, &c),
			    "1990-03-06");
	computation_free(&c);
	/* the same period after Sept. 1, 1990 leaves out the weekend: Thu 1991-03-07 + 5 = Thu 03-14 */
	assert_string_equal(due("tx", RULES_TX, ymd(1991, 3, 7), 5, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "1991-03-14");
}

/* Item 14 of issue 19: without a court, the federal calendar alone, in no
 * time zone, as the rules' own worked examples count. Committee Note to the
 * 2009 amendment of FRAP 26(a)(5) (the FRCP 6(a)(5) note gives the same
 * example): a filing due within 10 days after an event whose tenth day is Sat
 * Sept. 1, 2007 is due Tue Sept. 4, 2007 (Mon Sept. 3 is Labor Day); 10 days
 * before an event, Fri Aug. 31; and if the clerk's office is inaccessible on
 * Aug. 31, (a)(3) extends the deadline forward to Tue Sept. 4. */
static void no_court_committee_note_examples(void **state)
{
	(void)state;
	const struct court *none = court_none();
	assert_non_null(none);
	assert_null(none->tz);
	struct calendar *cal = calendar_new(none, FAMILY_FEDERAL);
	struct period p = {RULES_FRCP, ymd(2007, 8, 22), -1, 10, UNIT_DAYS, 0, SERVICE_NONE,
			   ymd(2009, 12, 1), 0};
	struct computation c;
	char *err = NULL;
	assert_int_equal(compute_period(cal, &p, &c, &err), 0);
	assert_int_equal(c.due, ymd(2007, 9, 4));
	assert_true(has_step(&c, "Labor Day", "FRCP 6(a)(6)(A)"));
	/* no time zone: the day ends at midnight, with no offset */
	assert_string_equal(c.end_instant, "2007-09-04T23:59");
	int warned = 0;
	for (size_t i = 0; i < c.nwarnings; i++)
		warned |= strstr(c.warnings[i], "no court") && strstr(c.warnings[i], "state holidays") &&
			  strstr(c.warnings[i], "closures") != NULL;
	assert_true(warned);
	computation_free(&c);
	struct period b = {RULES_FRCP, ymd(2007, 9, 11), -1, 10, UNIT_DAYS, 1, SERVICE_NONE,
			   ymd(2009, 12, 1), 0};
	assert_int_equal(compute_due(cal, &b), ymd(2007, 8, 31));
	calendar_add_closure(cal, ymd(2007, 8, 31), "inaccessible");
	assert_int_equal(compute_due(cal, &b), ymd(2007, 9, 4));
	calendar_free(cal);
	/* no state holiday: the day after Thanksgiving counts as a day (TIMING.md 7) */
	cal = calendar_new(none, FAMILY_FEDERAL);
	struct period t = {RULES_FRCP, ymd(2024, 11, 8), -1, 21, UNIT_DAYS, 0, SERVICE_NONE, DATE_NONE, 0};
	assert_int_equal(compute_due(cal, &t), ymd(2024, 11, 29));
	/* hours in no time zone: 48 hours from Fri 2024-03-08 10:00 end Sun 03-10
	 * 10:00 (no daylight-saving hour), a Sunday: Mon 03-11 10:00 */
	struct period h = {RULES_FRCP, ymd(2024, 3, 8), 600, 48, UNIT_HOURS, 0, SERVICE_NONE, DATE_NONE, 0};
	assert_int_equal(compute_period(cal, &h, &c, &err), 0);
	assert_int_equal(c.due, ymd(2024, 3, 11));
	assert_int_equal(c.due_minute, 600);
	assert_string_equal(c.end_instant, "2024-03-11T10:00");
	computation_free(&c);
	calendar_free(cal);
}

static void inaccessible_clerks_office(void **state)
{
	(void)state;
	struct calendar *cal = calendar_new(court_find("txsd"), FAMILY_FEDERAL);
	calendar_add_closure(cal, ymd(2017, 6, 20), "flood");
	struct period p = {RULES_FRCP, ymd(2017, 5, 19), -1, 30, UNIT_DAYS, 0, SERVICE_NONE, DATE_NONE, 0};
	assert_int_equal(compute_due(cal, &p), ymd(2017, 6, 21));
	/* a backward period ending on a closed day still extends forward (6(a)(3)) */
	struct period b = {RULES_FRCP, ymd(2017, 6, 27), -1, 7, UNIT_DAYS, 1, SERVICE_NONE, DATE_NONE, 0};
	assert_int_equal(compute_due(cal, &b), ymd(2017, 6, 21));
	calendar_free(cal);
}

static void hours_across_dst(void **state)
{
	(void)state;
	struct calendar *cal = calendar_new(court_find("nysd"), FAMILY_FEDERAL);
	/* 48 hours from Fri 2024-03-08 10:00 New York: DST starts Sun 03-10, so the
	 * wall clock ends at 11:00 on Sun 03-10, a Sunday: moves to Mon 03-11 11:00. */
	struct period p = {RULES_FRCP, ymd(2024, 3, 8), 600, 48, UNIT_HOURS, 0, SERVICE_NONE, DATE_NONE, 0};
	struct computation c;
	char *err = NULL;
	assert_int_equal(compute_period(cal, &p, &c, &err), 0);
	assert_int_equal(c.due, ymd(2024, 3, 11));
	assert_int_equal(c.due_minute, 11 * 60);
	assert_string_equal(c.end_instant, "2024-03-11T11:00-04:00");
	/* each step cites the hours rule, 6(a)(2)(A)-(C), not the days rule */
	assert_true(has_step(&c, "The event is at 10:00 on Fri 2024-03-08; the hours are counted from that moment",
			     "FRCP 6(a)(2)(A)"));
	assert_true(has_step(&c, "48 hours after 10:00 end at Sun 2024-03-10 11:00", "FRCP 6(a)(2)(B)"));
	assert_true(has_step(&c, "Sun 2024-03-10 is a Sunday", "FRCP 6(a)(2)(C)"));
	assert_true(has_step(&c, "same time on the next day", "FRCP 6(a)(2)(C)"));
	assert_false(has_step(&c, "not counted", NULL));
	assert_int_equal(c.latest, DATE_NONE);
	computation_free(&c);
	/* after service by mail the 3 days of 6(d) may or may not reach a period in
	 * hours: the earlier reading is the date, the later one (3 days on, at the
	 * same time) is given with a warning */
	struct period m = {RULES_FRCP, ymd(2024, 3, 7), 600, 24, UNIT_HOURS, 0, SERVICE_MAIL, DATE_NONE, 0};
	assert_int_equal(compute_period(cal, &m, &c, &err), 0);
	assert_int_equal(c.due, ymd(2024, 3, 8));
	assert_int_equal(c.earliest, ymd(2024, 3, 8));
	assert_int_equal(c.latest, ymd(2024, 3, 11));
	assert_true(has_step(&c, "with them the period would end Mon 2024-03-11 10:00", "FRCP 6(d)"));
	assert_int_equal(c.nwarnings, 1);
	assert_non_null(strstr(c.warnings[0], "arguable: service by mail"));
	computation_free(&c);
	/* served electronically: nothing added, nothing arguable */
	m.service = SERVICE_ELECTRONIC;
	assert_int_equal(compute_period(cal, &m, &c, &err), 0);
	assert_int_equal(c.latest, DATE_NONE);
	assert_int_equal(c.nwarnings, 0);
	computation_free(&c);
	/* 24 hours from Tue 2024-07-02 17:00: Wed 17:00; 48 hours: Thu July 4 -> Fri 17:00 */
	struct period q = {RULES_FRCP, ymd(2024, 7, 2), 17 * 60, 48, UNIT_HOURS, 0, SERVICE_NONE, DATE_NONE, 0};
	assert_int_equal(compute_due(cal, &q), ymd(2024, 7, 5));
	calendar_free(cal);
	/* an hour period without a time is refused */
	cal = calendar_new(court_find("nysd"), FAMILY_FEDERAL);
	struct period bad = {RULES_FRCP, ymd(2024, 7, 2), -1, 48, UNIT_HOURS, 0, SERVICE_NONE, DATE_NONE, 0};
	assert_int_equal(compute_period(cal, &bad, &c, &err), -1);
	assert_non_null(strstr(err, "time of the event"));
	free(err);
	calendar_free(cal);
}

static void texas_state_rules(void **state)
{
	(void)state;
	/* TRCP 4: 5 days or less skip weekends: 5 days after Thu 2024-05-02 = Thu 05-09 */
	assert_string_equal(due("tx", RULES_TX, ymd(2024, 5, 2), 5, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2024-05-09");
	/* 6 days counts every day: Wed 05-08 */
	assert_string_equal(due("tx", RULES_TX, ymd(2024, 5, 2), 6, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2024-05-08");
	/* TRCP 21a: mail adds 3 days; e-service does not */
	assert_string_equal(due("tx", RULES_TX, ymd(2024, 2, 1), 30, UNIT_DAYS, 0, SERVICE_MAIL, NULL),
			    "2024-03-07");
	assert_string_equal(due("tx", RULES_TX, ymd(2024, 2, 1), 30, UNIT_DAYS, 0, SERVICE_ELECTRONIC, NULL),
			    "2024-03-04");
	/* Texas has no Columbus Day: 30 days after 2024-09-14 is Mon 10-14 */
	assert_string_equal(due("tx", RULES_TX, ymd(2024, 9, 14), 30, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2024-10-14");
	assert_string_equal(due("txsd", RULES_FRCP, ymd(2024, 9, 14), 30, UNIT_DAYS, 0, SERVICE_NONE, NULL),
			    "2024-10-15");
	/* a backward Texas period on a weekend: two readings, the earlier calendared */
	struct computation c;
	assert_string_equal(due("tx", RULES_TX, ymd(2024, 5, 13), 9, UNIT_DAYS, 1, SERVICE_NONE, &c),
			    "2024-05-03");
	assert_int_equal(c.latest, ymd(2024, 5, 6));
	computation_free(&c);
}

static void arguable_days_give_two_readings(void **state)
{
	(void)state;
	struct computation c;
	/* 21 days after Tue 2024-12-03 in S.D. Tex. is Tue 12-24: Texas (b)(7) and a
	 * presidential closure, both arguable; latest reading runs to Fri 12-27. */
	assert_string_equal(due("txsd", RULES_FRCP, ymd(2024, 12, 3), 21, UNIT_DAYS, 0, SERVICE_NONE, &c),
			    "2024-12-24");
	assert_int_equal(c.earliest, ymd(2024, 12, 24));
	assert_int_equal(c.latest, ymd(2024, 12, 27));
	assert_true(c.nwarnings >= 1);
	computation_free(&c);
	/* a settled date has no readings */
	due("mad", RULES_FRCP, ymd(2024, 2, 1), 30, UNIT_DAYS, 0, SERVICE_NONE, &c);
	assert_int_equal(c.earliest, DATE_NONE);
	assert_int_equal(c.latest, DATE_NONE);
	computation_free(&c);
	/* a date next to a presidential closure is warned about */
	due("mad", RULES_FRCP, ymd(2018, 11, 5), 30, UNIT_DAYS, 0, SERVICE_NONE, &c); /* Wed 12-05 */
	assert_true(c.nwarnings >= 1);
	computation_free(&c);
}

static void units_and_date_certain(void **state)
{
	(void)state;
	struct computation c;
	assert_string_equal(due("mad", RULES_FRCP, ymd(2024, 2, 1), 2, UNIT_WEEKS, 0, SERVICE_NONE, NULL),
			    "2024-02-15");
	assert_string_equal(due("mad", RULES_FRCP, ymd(2024, 1, 31), 1, UNIT_MONTHS, 0, SERVICE_NONE, &c),
			    "2024-02-29");
	assert_true(c.nwarnings >= 1); /* no Feb 31 */
	computation_free(&c);
	assert_string_equal(due("mad", RULES_FRCP, ymd(2023, 3, 4), 1, UNIT_YEARS, 0, SERVICE_NONE, NULL),
			    "2024-03-04");
	/* 10 court days before Fri 2024-07-12: skipping July 4 -> Thu 06-27 */
	assert_string_equal(due("mad", RULES_FRCP, ymd(2024, 7, 12), 10, UNIT_COURT_DAYS, 1, SERVICE_NONE,
				NULL), "2024-06-27");
	/* a date certain on a Saturday is not moved, but warned about */
	struct calendar *cal = calendar_new(court_find("mad"), FAMILY_FEDERAL);
	memset(&c, 0, sizeof c);
	compute_date_certain(cal, ymd(2008, 6, 7), RULES_FRCP, &c);
	assert_int_equal(c.due, ymd(2008, 6, 7));
	assert_int_equal(c.nwarnings, 1);
	computation_free(&c);
	calendar_free(cal);
}

static void bad_periods(void **state)
{
	(void)state;
	struct calendar *cal = calendar_new(court_find("mad"), FAMILY_FEDERAL);
	struct period p = {RULES_FRCP, ymd(9999, 12, 1), -1, 60, UNIT_DAYS, 0, SERVICE_NONE, DATE_NONE, 0};
	struct computation c;
	char *err = NULL;
	assert_int_equal(compute_period(cal, &p, &c, &err), -1);
	assert_non_null(strstr(err, "outside the years"));
	free(err);
	p.from = ymd(2024, 1, 1);
	p.n = 99999;
	assert_int_equal(compute_period(cal, &p, &c, &err), -1);
	free(err);
	calendar_free(cal);
}

static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint32_t next_random(void)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

static void properties(void **state)
{
	(void)state;
	const char *courts[] = {"txsd", "mad", "dcd", "nysd", "cand", "laed"};
	dl_day lo = ymd(2010, 1, 1), hi = ymd(2060, 12, 31);
	for (size_t ci = 0; ci < 6; ci++) {
		struct calendar *cal = calendar_new(court_find(courts[ci]), FAMILY_FEDERAL);
		for (int i = 0; i < 4000; i++) {
			dl_day from = lo + (dl_day)(next_random() % (uint32_t)(hi - lo));
			long n = 1 + next_random() % 120;
			enum service_method svc = (enum service_method)(next_random() % 6);
			struct period p = {RULES_FRCP, from, -1, n, UNIT_DAYS, 0, svc, DATE_NONE, 0};
			dl_day d = compute_due(cal, &p);
			unsigned f = calendar_flags(cal, d);
			/* forward: never a weekend or a (firm) legal holiday, state ones included */
			assert_false(date_is_weekend(d));
			assert_int_equal(f & (DAY_FEDERAL | DAY_STATE), 0);
			assert_true(d > from + n - 1);
			/* monotone in the trigger */
			p.from = from + 1;
			assert_true(compute_due(cal, &p) >= d);
			/* backward: never on a weekend or federal holiday; state holidays are ignored,
			 * so the result equals the calendar without any state holiday */
			struct period b = {RULES_FRCP, from, -1, n, UNIT_DAYS, 1, SERVICE_NONE, DATE_NONE, 0};
			dl_day e = compute_due(cal, &b);
			assert_false(date_is_weekend(e));
			assert_int_equal(calendar_flags(cal, e) & DAY_FEDERAL, 0);
			assert_true(e <= from - n);
			dl_day x = from - (dl_day)n;
			while (date_is_weekend(x) ||
			       (calendar_flags(cal, x) & (DAY_FEDERAL | DAY_DECLARED)))
				x--;
			assert_int_equal(e, x);
		}
		calendar_free(cal);
	}
}

/* Which rules apply in a court: one policy for every command, over every
 * court of the registry and every kind, with each rule set asked for. */
static void rules_for_every_court_kind(void **state)
{
	(void)state;
	static const enum rule_set own[] = {[COURT_DISTRICT] = RULES_FRCP, [COURT_CIRCUIT] = RULES_FRAP,
					    [COURT_BANKRUPTCY] = RULES_FRBP, [COURT_STATE] = RULES_TX};
	int seen[4] = {0};
	for (size_t i = 0; i < court_count(); i++) {
		const struct court *c = court_at(i);
		enum rule_set r = RULES_FRCP;
		seen[c->kind]++;
		/* none asked for: the court's own */
		assert_int_equal(rules_for_court(c, NULL, &r), 0);
		assert_int_equal(r, own[c->kind]);
		/* asked for: the Texas rules in the Texas state courts and only there */
		for (enum rule_set asked = RULES_FRCP; asked <= RULES_TX; asked++) {
			int fits = (asked == RULES_TX) == (c->kind == COURT_STATE);
			r = RULES_FRCP;
			assert_int_equal(rules_for_court(c, &asked, &r), fits ? 0 : -1);
			if (fits)
				assert_int_equal(r, asked);
		}
	}
	for (int k = COURT_DISTRICT; k <= COURT_STATE; k++)
		assert_true(seen[k] > 0); /* every kind was tried */
	/* the court of no court counts like a district court */
	enum rule_set r;
	assert_int_equal(rules_for_court(court_none(), NULL, &r), 0);
	assert_int_equal(r, RULES_FRCP);
	/* without a court: the Texas rules name the Texas state courts */
	enum rule_set tx = RULES_TX, frap = RULES_FRAP;
	assert_non_null(court_for_rules(&tx));
	assert_int_equal(court_for_rules(&tx)->kind, COURT_STATE);
	assert_null(court_for_rules(&frap));
	assert_null(court_for_rules(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(timing_section7_examples),
		cmocka_unit_test(backward_ignores_state_holidays),
		cmocka_unit_test(service_methods_and_2016_change),
		cmocka_unit_test(older_regimes),
		cmocka_unit_test(pre2009_thresholds_published_examples),
		cmocka_unit_test(no_court_committee_note_examples),
		cmocka_unit_test(inaccessible_clerks_office),
		cmocka_unit_test(hours_across_dst),
		cmocka_unit_test(texas_state_rules),
		cmocka_unit_test(arguable_days_give_two_readings),
		cmocka_unit_test(units_and_date_certain),
		cmocka_unit_test(bad_periods),
		cmocka_unit_test(properties),
		cmocka_unit_test(rules_for_every_court_kind),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
