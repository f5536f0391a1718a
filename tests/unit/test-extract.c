/*
 * test-extract.c: the order extractor: every time-expression form (absolute
 * dates, times of day, relative periods, numbers in words) including bad ones,
 * segmentation, and whole clauses, operative and not.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "text.h"
#include "timex.h"

static const char *date_of(const char *s)
{
	static char buf[16];
	dl_day d;
	size_t e;
	int r = timex_date(s, 0, &d, &e);
	if (r == DATE_INVALID)
		return "invalid";
	if (r != DATE_FOUND)
		return "none";
	return date_format(d, buf);
}

static void absolute_dates(void **state)
{
	(void)state;
	assert_string_equal(date_of("june 5, 2008"), "2008-06-05");
	assert_string_equal(date_of("june 5 2008"), "2008-06-05");
	assert_string_equal(date_of("june 5th, 2008"), "2008-06-05");
	assert_string_equal(date_of("sept. 6, 2007"), "2007-09-06");
	assert_string_equal(date_of("apr. 16, 1997"), "1997-04-16");
	assert_string_equal(date_of("6/5/2008"), "2008-06-05");
	assert_string_equal(date_of("06/05/08"), "2008-06-05");
	assert_string_equal(date_of("1/30/17"), "2017-01-30");
	assert_string_equal(date_of("07-16-2021"), "2021-07-16");
	assert_string_equal(date_of("2023-05-12"), "2023-05-12");
	assert_string_equal(date_of("5th day of june, 2008"), "2008-06-05");
	assert_string_equal(date_of("22nd day of december 2021"), "2021-12-22");
	assert_string_equal(date_of("5 june 2008"), "2008-06-05");
	assert_string_equal(date_of("28th of august, 2001"), "2001-08-28");
	/* bad ones */
	assert_string_equal(date_of("february 30, 2017"), "invalid");
	assert_string_equal(date_of("2/30/2017"), "invalid");
	assert_string_equal(date_of("13/01/2017"), "invalid");
	assert_string_equal(date_of("june 2008"), "none");
	assert_string_equal(date_of("september 15"), "none");
	assert_string_equal(date_of("may the court"), "none");
	assert_string_equal(date_of("12/2017"), "none");
	assert_string_equal(date_of("42 u.s.c. 1983"), "none");
	assert_string_equal(date_of("2-03-0056"), "none"); /* a docket number, no year 0056 */
	/* found by fuzz-dates: "day of" at the very end of the text was read past */
	assert_string_equal(date_of("5 day of"), "none");
	assert_string_equal(date_of("5th day of"), "none");
	/* (an ordinal's "of" only after an ordinal: "28 of august" is no date) */
	assert_string_equal(date_of("28 of august, 2001"), "none");
	assert_string_equal(date_of("28th of"), "none");
}
/* A day with no year stated takes it from the order's date, written month
 * first ("september 15") or day first ("16 september, and ..."); not where
 * figures follow ("5 june 10"), nor the modal after a number ("count 1 may
 * be dismissed"). */
static void dates_without_a_year(void **state)
{
	(void)state;
	timex_year_reference(date_from_ymd(1999, 7, 5), 0);
	assert_string_equal(date_of("september 15, and"), "1999-09-15");
	assert_string_equal(date_of("16 september, and the"), "1999-09-16");
	assert_string_equal(date_of("3 march;"), "2000-03-03");
	assert_string_equal(date_of("3 may."), "2000-05-03");
	assert_string_equal(date_of("1 may be dismissed"), "none");
	assert_string_equal(date_of("5 june 10"), "none");
	assert_string_equal(date_of("5 june, 10"), "none");
	timex_year_reference(DATE_NONE, 0);
	assert_string_equal(date_of("16 september, and the"), "none");
}

/* A phrase found on word boundaries, and only whole before the end given:
 * the search reads no further ("stay" in "the stay of discovery" before 8
 * is not there; before 12 it is). */
static void phrases_before_an_end(void **state)
{
	(void)state;
	const char *s = "the stay of discovery until the mediation ends";
	assert_int_equal(timex_find_phrase_before(s, "stay", 0, strlen(s)), 4);
	assert_int_equal(timex_find_phrase_before(s, "stay", 0, 8), 4);
	assert_int_equal(timex_find_phrase_before(s, "stay", 0, 7), -1);
	assert_int_equal(timex_find_phrase_before(s, "stay", 5, strlen(s)), -1);
	assert_int_equal(timex_find_phrase_before(s, "until", 0, 20), -1);
	assert_int_equal(timex_find_phrase_before(s, "until", 0, strlen(s)), 22);
	assert_int_equal(timex_find_phrase_before(s, "media", 0, strlen(s)), -1); /* (not a word) */
	assert_int_equal(timex_find_phrase_before(s, "ends", 0, strlen(s)), 42);
	assert_int_equal(timex_find_phrase_before(s, "the", 1, strlen(s)), 28);
}


static void times_of_day(void **state)
{
	(void)state;
	size_t e;
	assert_int_equal(timex_time("10:00 a.m.", 0, &e), 600);
	assert_int_equal(timex_time("5:00 p.m.", 0, &e), 17 * 60);
	assert_int_equal(timex_time("5 p.m.", 0, &e), 17 * 60);
	assert_int_equal(timex_time("12:30 pm", 0, &e), 12 * 60 + 30);
	assert_int_equal(timex_time("12:00 a.m.", 0, &e), 0);
	assert_int_equal(timex_time("17:00", 0, &e), 17 * 60);
	assert_int_equal(timex_time("noon", 0, &e), 12 * 60);
	assert_int_equal(timex_time("13 p.m.", 0, &e), -1);
	assert_int_equal(timex_time("25:00", 0, &e), -1);
	assert_int_equal(timex_time("10:75 a.m.", 0, &e), -1);
	assert_int_equal(timex_time("17", 0, &e), -1);
	/* a figure with a leading zero is no time either: "$402.00 filing fee",
	 * "14,000 words", "No. 05 cv" */
	assert_int_equal(timex_time("00 filing fee", 0, &e), -1);
	assert_int_equal(timex_time("000 words", 0, &e), -1);
	assert_int_equal(timex_time("05 cv", 0, &e), -1);
	assert_int_equal(timex_time("09:30", 0, &e), 9 * 60 + 30);
	assert_int_equal(timex_time("09 a.m.", 0, &e), 9 * 60);
}

static void numbers(void **state)
{
	(void)state;
	long n;
	size_t e;
	assert_true(timex_number("fourteen (14) days", 0, &n, &e));
	assert_int_equal(n, 14);
	assert_true(timex_number("forty-five (45) days", 0, &n, &e));
	assert_int_equal(n, 45);
	assert_true(timex_number("thirty days", 0, &n, &e));
	assert_int_equal(n, 30);
	assert_true(timex_number("twenty one days", 0, &n, &e));
	assert_int_equal(n, 21);
	assert_true(timex_number("one hundred twenty days", 0, &n, &e));
	assert_int_equal(n, 120);
	assert_true(timex_number("(60) days", 0, &n, &e));
	assert_int_equal(n, 60);
	assert_true(timex_number("ten (10) days", 0, &n, &e)); /* digits win */
	assert_int_equal(n, 10);
	assert_false(timex_number("often", 0, &n, &e));
	assert_false(timex_number("someone", 0, &n, &e));
}

static struct timex_period period_of(const char *s, int *found)
{
	struct timex_period p;
	memset(&p, 0, sizeof p);
	*found = timex_period(s, 0, &p);
	return p;
}

/* (a copy just the text's size, so that the sanitizer sees a read past it) */
static struct timex_period period_of_copy(const char *s, int *found)
{
	char *copy = strdup(s);
	assert_non_null(copy);
	struct timex_period p = period_of(copy, found);
	free(copy);
	return p;
}

static void relative_periods(void **state)
{
	(void)state;
	int f;
	/* "the day before the conference" is one day; a notice's days are
	 * before the hearing; texts that end inside either are read within
	 * their bounds (a fuzzer found "the day" at the end read past it) */
	struct timex_period q = period_of_copy("file it the day before the pretrial conference", &f);
	assert_true(f);
	assert_int_equal(q.n, 1);
	assert_true(q.before);
	q = period_of_copy("on five (5) business days' notice", &f);
	assert_true(f);
	assert_int_equal(q.n, 5);
	assert_true(q.before);
	assert_true(q.notice);
	assert_string_equal(q.event, "hearing");
	period_of_copy("the day", &f);
	assert_false(f);
	period_of_copy("ten days written", &f);
	period_of_copy("ten days' written", &f);
	struct timex_period p = period_of("within fourteen (14) days of the date of this order", &f);
	assert_true(f);
	assert_int_equal(p.n, 14);
	assert_string_equal(p.unit, "days");
	assert_string_equal(p.event, "entry");
	assert_false(p.before);
	p = period_of("thirty days from service of this order", &f);
	assert_true(f);
	assert_string_equal(p.event, "service");
	p = period_of("within fifteen business days of the united states' receipt of them", &f);
	assert_string_equal(p.unit, "business_days");
	assert_string_equal(p.event, "receipt");
	p = period_of("ten business days before the conference", &f);
	assert_true(f);
	assert_true(p.before);
	assert_string_equal(p.event, "conference");
	p = period_of("at least ten business days prior to the date of the settlement conference", &f);
	assert_true(p.before);
	assert_string_equal(p.event, "settlement conference");
	p = period_of("within 48 hours", &f);
	assert_string_equal(p.unit, "hours");
	assert_string_equal(p.event, "entry");
	p = period_of("a status report every 120 days", &f);
	assert_true(f);
	assert_true(p.recurring);
	assert_int_equal(p.n, 120);
	p = period_of("within three (3) calendar days of the entry of this order", &f);
	assert_string_equal(p.unit, "calendar_days");
	assert_string_equal(p.event, "entry");
	p = period_of("within thirty (30) days of the date respondent's answer is filed", &f);
	assert_string_equal(p.event, "respondent's answer is filed");
	p = period_of("w/i 10 days of the conclusion of arbitration", &f);
	assert_int_equal(p.n, 10);
	assert_string_equal(p.event, "conclusion of arbitration");
	/* not deadlines */
	period_of("a forty-five (45) day period of time", &f);
	assert_false(f);
	period_of("far more than 30 days has passed", &f);
	assert_false(f);
	period_of("a year and three months", &f);
	assert_false(f);
	period_of("no time at all", &f);
	assert_false(f);
}

static void segmentation(void **state)
{
	(void)state;
	const char *src = "Plaintiff filed suit. See Smith v. Jones, 1 F.3d 2 (5th Cir. 1999). "
			  "Fed. R. Civ. P. 33 applies.\nIT IS ORDERED:\n1. Defendant shall answer "
			  "by June\n5, 2008;\n2. Plaintiff shall reply.\n12\nThe end.";
	struct text t;
	struct segment *seg;
	text_init(&t, src, strlen(src));
	size_t n = text_segments(&t, &seg);
	char got[8][80];
	for (size_t i = 0; i < n && i < 8; i++)
		snprintf(got[i], sizeof got[i], "%.*s", (int)(seg[i].end - seg[i].start), t.norm + seg[i].start);
	assert_int_equal(n, 7);
	assert_string_equal(got[0], "Plaintiff filed suit.");
	assert_string_equal(got[1], "See Smith v. Jones, 1 F.3d 2 (5th Cir. 1999).");
	assert_string_equal(got[2], "Fed. R. Civ. P. 33 applies.");
	assert_string_equal(got[3], "IT IS ORDERED:");
	assert_string_equal(got[4], "Defendant shall answer by June 5, 2008;");
	assert_true(seg[4].list_item);
	assert_string_equal(got[5], "Plaintiff shall reply.");
	assert_string_equal(got[6], "The end."); /* the bare line number 12 is gone */
	/* offsets point into the original */
	assert_int_equal(text_orig(&t, seg[4].start), (size_t)(strstr(src, "Defendant shall") - src));
	free(seg);
	text_free(&t);
}

static struct extraction run(const char *s)
{
	struct extraction x;
	extract_order(s, strlen(s), &x);
	return x;
}

static void clauses(void **state)
{
	(void)state;
	struct extraction x = run("It is therefore ORDERED that Defendants shall respond to Plaintiff's "
				  "discovery requests by 5:00 p.m. on Friday, June 5, 2008.");
	assert_int_equal(x.n, 1);
	assert_string_equal(x.items[0].kind, "deadline");
	assert_string_equal(x.items[0].who, "defendants");
	assert_string_equal(x.items[0].action, "respond to Plaintiff's discovery requests");
	assert_int_equal(x.items[0].due, date_from_ymd(2008, 6, 5));
	assert_int_equal(x.items[0].minute, 17 * 60);
	extraction_free(&x);

	x = run("The hearing is set for March 3, 2025 at 9:30 a.m. in Courtroom 8.");
	assert_int_equal(x.n, 1);
	assert_string_equal(x.items[0].kind, "hearing");
	assert_int_equal(x.items[0].minute, 9 * 60 + 30);
	extraction_free(&x);

	x = run("Discovery is STAYED pending resolution of the motion to dismiss.");
	assert_int_equal(x.n, 1);
	assert_string_equal(x.items[0].kind, "until");
	assert_string_equal(x.items[0].until, "resolution of the motion to dismiss");
	extraction_free(&x);

	x = run("This case is stayed until further order of the Court.");
	assert_string_equal(x.items[0].until, "further order of the Court");
	extraction_free(&x);

	x = run("The parties shall file a joint status report every ninety (90) days.");
	assert_string_equal(x.items[0].kind, "recurring");
	assert_int_equal(x.items[0].n, 90);
	extraction_free(&x);

	x = run("Plaintiff shall file the response by June 5, 2025, or within 14 days of the "
		"deposition, whichever is later.");
	assert_string_equal(x.items[0].whichever, "later");
	assert_int_equal(x.items[0].due, date_from_ymd(2025, 6, 5));
	assert_int_equal(x.items[0].n, 14);
	extraction_free(&x);

	x = run("Defendant shall immediately produce the contract.");
	assert_true(x.items[0].immediately);
	extraction_free(&x);

	x = run("Flores shall appear for deposition on May 2, 2024.");
	assert_string_equal(x.items[0].who, "flores");
	extraction_free(&x);

	/* a stated date that does not exist: no date, a warning */
	x = run("Plaintiff shall file the brief by February 30, 2017.");
	assert_int_equal(x.n, 1);
	assert_int_equal(x.items[0].due, DATE_NONE);
	assert_non_null(x.items[0].warning);
	extraction_free(&x);

	/* not obligations */
	const char *nots[] = {
		"The Court previously ordered Plaintiff to file an amended complaint within 30 days.",
		"Plaintiff's motion to compel is DENIED.",
		"Any relief requested not specifically granted in this order is denied without prejudice.",
		"Defendants may file a reply brief.",
		"See Fed. R. Civ. P. 33(b)(2) (answers shall be served within 30 days).",
		"Failure to comply with this order will result in dismissal.",
		"On June 3, 2021, the court issued a scheduling order requiring plaintiff to file a motion.",
		"Discovery shall be limited to the conduct of Defendants.",
		"The Court will provide the parties with the dial-in information.",
		"Plaintiff tells us he \"must file his motion within ten days of the ruling, or else lose it forever.\"",
		"", "\xff\xfe\x01 binary junk \x80\x80",
		NULL};
	for (int i = 0; nots[i]; i++) {
		x = run(nots[i]);
		if (x.n)
			print_error("extracted from: %s\n", nots[i]);
		assert_int_equal(x.n, 0);
		extraction_free(&x);
	}

	/* a quote ends inside the text even when the text ends in half a UTF-8
	 * character (found by fuzz-extract) */
	const char *cut = "The hearing is set for March 3, 2025 at 9:30 a.m. \xd2n Courtroom 8\xd4";
	x = run(cut);
	assert_int_equal(x.n, 1);
	assert_true(x.items[0].quote_end <= strlen(cut));
	assert_int_equal(x.items[0].quote_end, strlen(cut));
	extraction_free(&x);
}

/* Every input fuzz-extract ever found a fault with (fuzz/found/extract/) is
 * read again, as the harness reads it: no crash (ASan and UBSan watch in the
 * sanitizer build), and every quote inside the text. */
static void fuzz_findings(void **state)
{
	(void)state;
	const char *srcdir = getenv("DL_SRCDIR");
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/fuzz/found/extract", srcdir ? srcdir : ".");
	DIR *d = opendir(dir);
	assert_non_null(d);
	int n = 0;
	for (struct dirent *de; (de = readdir(d));) {
		if (de->d_name[0] == '.')
			continue;
		char path[8192];
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		FILE *f = fopen(path, "rb");
		assert_non_null(f);
		static char text[65537];
		size_t len = fread(text, 1, sizeof text - 1, f);
		fclose(f);
		for (size_t i = 0; i < len; i++)
			if (!text[i])
				text[i] = ' ';
		text[len] = '\0';
		struct extraction x;
		extract_order(text, len, &x);
		for (size_t i = 0; i < x.n; i++) {
			assert_true(x.items[i].quote_start <= x.items[i].quote_end);
			assert_true(x.items[i].quote_end <= len);
		}
		extraction_free(&x);
		n++;
	}
	closedir(d);
	assert_true(n >= 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(absolute_dates), cmocka_unit_test(times_of_day), cmocka_unit_test(phrases_before_an_end),
		cmocka_unit_test(dates_without_a_year),
		cmocka_unit_test(numbers),	  cmocka_unit_test(relative_periods),
		cmocka_unit_test(segmentation),	  cmocka_unit_test(clauses),
		cmocka_unit_test(fuzz_findings),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
