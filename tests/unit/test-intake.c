/*
 * test-intake.c: the pure parts of intake (src/intake): CM/ECF stamps and the
 * page furniture pages.c removes, rows joined from placed lines, HTML bodies
 * as text, a notice's court named as CM/ECF names it, case numbers in their
 * many forms, dates as CM/ECF writes them, OCR confidence over a span. The
 * strings are those of real orders and notices (tests/intake, tests/orders).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "document.h"
#include "html.h"
#include "nef.h"
#include "pages.h"
#include "util.h"

static void stamp(const char *line, const char *want_case, const char *want_doc,
		  const char *want_date)
{
	char *cn = NULL, *dn = NULL, iso[11];
	dl_day filed;
	assert_int_equal(stamp_parse(line, strlen(line), &cn, &dn, &filed), 1);
	assert_string_equal(cn, want_case);
	assert_string_equal(dn, want_doc);
	assert_string_equal(date_format(filed, iso), want_date);
	free(cn);
	free(dn);
}

static void stamps(void **state)
{
	(void)state;
	stamp("Case 2:16-cv-00435 Document 35 Filed in TXSD on 05/19/17 Page 2 of 3",
	      "2:16-cv-00435", "35", "2017-05-19");
	stamp("Case 2:04-cv-00047-MMH-SPC Document 42 Filed 03/17/2005 Page 1 of 10",
	      "2:04-cv-00047-MMH-SPC", "42", "2005-03-17");
	stamp("Case: 5:14-cv-02331-JRA Doc #: 29 Filed: 01/28/15 2 of 6. PageID #: 151",
	      "5:14-cv-02331-JRA", "29", "2015-01-28");
	/* an attachment's stamp names its document */
	stamp("  Case 3:19-cv-00123-RJC-DSC Document 45-1 Filed 06/01/20 Page 1 of 2  ",
	      "3:19-cv-00123-RJC-DSC", "45", "2020-06-01");
	char *cn = NULL, *dn = NULL;
	dl_day filed;
	static const char *const not_stamps[] = {
		"Case management conference is set for 5/1/2020 at 10:00 a.m.",
		"Case 2:16-cv-00435 Document 35 Filed in TXSD on 05/19/17",  /* no page */
		"Case 2:16-cv-00435 Document 35 Filed 13/45/17 Page 1 of 3", /* no date */
		"Case No. 2:04-cv-47-FtM-33SPC", NULL};
	for (int i = 0; not_stamps[i]; i++)
		assert_int_equal(
			stamp_parse(not_stamps[i], strlen(not_stamps[i]), &cn, &dn, &filed), 0);
}

static void line(struct page *p, const char *s, double x0, double y0, double x1)
{
	page_add_line(p, xstrdup(s), strlen(s), x0, y0, x1, y0 + 12, NULL, 0);
}

/* Three pages as a text layer gives them: a stamp at the top of each, a
 * running footer and a page number at the bottom, a table whose cells came
 * one column after the other, pleading numbers on the second page. */
static void pages_furniture_and_rows(void **state)
{
	(void)state;
	struct page pg[3];
	memset(pg, 0, sizeof pg);
	for (int i = 0; i < 3; i++) {
		char s[96];
		pg[i].width = 612, pg[i].height = 792;
		snprintf(s, sizeof s,
			 "Case 2:04-cv-00047-MMH-SPC Document 42 Filed 03/17/2005 Page %d of 3",
			 i + 1);
		line(&pg[i], s, 72, 30, 500);
		line(&pg[i], "Whitney v. Xcentric", 72, 750, 200); /* a running footer */
		snprintf(s, sizeof s, "%d", i + 1);
		line(&pg[i], s, 300, 765, 306);
	}
	line(&pg[0], "CASE MANAGEMENT AND SCHEDULING ORDER", 150, 100, 450);
	/* the dates column first, then the events column, as poppler reads a table */
	line(&pg[0], "MAY 2, 2005", 420, 140, 500);
	line(&pg[0], "NOVEMBER 1, 2005", 420, 160, 520);
	line(&pg[0], "Motions to Add Parties or to Amend Pleadings", 72, 140, 340);
	line(&pg[0], "Discovery Deadline", 72, 160, 180);
	for (int n = 1; n <= 9; n++) {
		char s[64];
		snprintf(s, sizeof s, "%d", n);
		line(&pg[1], s, 40, 100 + 24 * n, 50);
		snprintf(s, sizeof s, "line %d of the text", n);
		if (n != 5) /* a blank line of pleading paper keeps its number only */
			line(&pg[1], s, 90, 100 + 24 * n, 300);
	}
	line(&pg[2], "It is so ORDERED.", 72, 100, 200);
	struct document d;
	document_init(&d);
	pages_text(pg, 3, &d);
	assert_string_equal(d.text, "CASE MANAGEMENT AND SCHEDULING ORDER\n"
				    "Motions to Add Parties or to Amend Pleadings   MAY 2, 2005\n"
				    "Discovery Deadline   NOVEMBER 1, 2005\n"
				    "line 1 of the text\nline 2 of the text\nline 3 of the text\n"
				    "line 4 of the text\nline 6 of the text\nline 7 of the text\n"
				    "line 8 of the text\nline 9 of the text\n"
				    "It is so ORDERED.\n");
	assert_string_equal(d.facts.case_number, "2:04-cv-00047-MMH-SPC");
	assert_string_equal(d.facts.document, "42");
	char iso[11];
	assert_string_equal(date_format(d.facts.filed, iso), "2005-03-17");
	for (int i = 0; i < 3; i++)
		page_free(&pg[i]);
	document_free(&d);
}

/* A one-page document keeps a line at the top that stands there once: only
 * what repeats from page to page is a running header. */
static void single_page_keeps_its_title(void **state)
{
	(void)state;
	struct page pg;
	memset(&pg, 0, sizeof pg);
	pg.width = 612, pg.height = 792;
	line(&pg, "UNITED STATES DISTRICT COURT", 200, 40, 400);
	line(&pg, "Defendants shall respond within 14 days.", 72, 300, 400);
	struct document d;
	document_init(&d);
	pages_text(&pg, 1, &d);
	assert_string_equal(
		d.text, "UNITED STATES DISTRICT COURT\nDefendants shall respond within 14 days.\n");
	assert_null(d.facts.case_number);
	page_free(&pg);
	document_free(&d);
}

/* OCR words keep their offsets in the text, through rows and cuts. */
static void ocr_words_follow_the_text(void **state)
{
	(void)state;
	struct page pg;
	memset(&pg, 0, sizeof pg);
	pg.width = 612, pg.height = 792;
	struct ocr_word *w = xcalloc(2, sizeof *w);
	w[0] = (struct ocr_word){0, 9, 95};
	w[1] = (struct ocr_word){10, 15, 40};
	page_add_line(&pg, xstrdup("Discovery closes"), 16, 72, 300, 300, 312, w, 2);
	struct ocr_word *w2 = xcalloc(1, sizeof *w2);
	w2[0] = (struct ocr_word){0, 11, 90};
	page_add_line(&pg, xstrdup("May 2, 2005"), 11, 400, 300, 480, 312, w2, 1);
	struct document d;
	document_init(&d);
	pages_text(&pg, 1, &d);
	assert_string_equal(d.text, "Discovery closes   May 2, 2005\n");
	assert_int_equal(d.nwords, 3);
	assert_int_equal(d.words[2].start, 19);
	assert_int_equal(d.words[2].end, 30);
	assert_int_equal(document_ocr_confidence(&d, 0, 9), 95);
	/* weighted by length: (9*95 + 5*40) / 14 */
	assert_int_equal(document_ocr_confidence(&d, 0, 15), 75);
	assert_int_equal(document_ocr_confidence(&d, 19, 30), 90);
	assert_int_equal(document_ocr_confidence(&d, 31, 40), -1);
	page_free(&pg);
	document_free(&d);
}

static void html_bodies(void **state)
{
	(void)state;
	/* from tests/intake/nef/txsd_1.eml */
	const char *h =
		"<p align=center><strong>U.S. District Court</strong></p>\n"
		"<p align=center><strong>SOUTHERN DISTRICT OF TEXAS</strong></p>\n"
		"<script>alert(1)</script><style>p{}</style><!-- a comment -->"
		"<tr><td><strong>Case Name:</strong>\n</td><td>United States of America, ex \n"
		"rel et al v. Merida</td></tr>"
		"<tr><td><strong>Document Number:</strong></td>\n<td>\n"
		"<a "
		"href=\"https://ecf.txsd.uscourts.gov/doc1/"
		"179041128562?caseid=1263056&amp;de_seq_num=81\" \n>32</a>"
		"</td></tr>Recipient &nbsp &nbsp a&amp;b &lt;x&gt; &#8203;&#x2019;s&hellip;";
	size_t n;
	char *links = NULL, *t = html_to_text(h, strlen(h), &n, &links);
	assert_string_equal(t, "U.S. District Court\nSOUTHERN DISTRICT OF TEXAS\n"
			       "Case Name: United States of America, ex rel et al v. Merida\n"
			       "Document Number: 32\nRecipient a&b <x> \xE2\x80\x99s\xE2\x80\xA6");
	assert_int_equal(n, strlen(t));
	assert_string_equal(
		links,
		"https://ecf.txsd.uscourts.gov/doc1/179041128562?caseid=1263056&de_seq_num=81\n");
	free(t);
	free(links);
}

static void notice_courts(void **state)
{
	(void)state;
	static const char *const cases[][3] = {
		{"District", "Eastern District of Arkansas", "ared"},
		{"District", "SOUTHERN DISTRICT OF TEXAS", "txsd"},
		{"District", "Alabama Middle District", "almd"},
		{"District", "California Northern District", "cand"},
		{"District", "District of Columbia", "dcd"},
		{"District", " [LIVE] Western District of Texas", "txwd"},
		{"District", "Northern District of Illinois - CM/ECF LIVE, Ver 6.3.3", "ilnd"},
		{"District", "Eastern District of Virginia -", "vaed"},
		{"District", " for the Northern District of Oklahoma", "oknd"},
		{"Bankruptcy", "District of New Hampshire Live Database", "nhb"},
		{"Bankruptcy", " United States Bankruptcy Court for the District of Columbia",
		 "dcb"},
		{"Bankruptcy", "WESTERN DISTRICT OF PENNSYLVANIA", "pawb"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *code = nef_court_code(cases[i][0], cases[i][1]);
		assert_non_null(code);
		assert_string_equal(code, cases[i][2]);
	}
	assert_null(nef_court_code("District", "Judicial Panel on Multidistrict Litigation"));
	assert_null(nef_court_code("District", "Eastern District of Atlantis"));
	/* a district court's name is no bankruptcy court's */
	assert_null(nef_court_code("Bankruptcy", "District of Guam Territory"));
}

/* A notice's text: the plain-text form of tests/intake/nef/almd_3_plain.eml. */
static void notice_text(void **state)
{
	(void)state;
	const char *t =
		"This is an automatic e-mail message generated by the CM/ECF system.\n\n"
		"U.S. District Court\nDistrict of Columbia\n\nNotice of Electronic Filing\n"
		"The following transaction was entered  by Weissmann, Andrew  on 3/15/2019\n"
		"9:52 AM  and filed on 3/14/2019\n\n\nCase Name: USA v. MANAFORT et al\n\n"
		"Case Number: 1:17-cr-00201-ABJ "
		"https://ecf.dcd.uscourts.gov/cgi-bin/DktRpt.pl?190596\n\n"
		"Filer:  USA\n\n\nDocument Number: 551\n\n"
		"https://ecf.dcd.uscourts.gov/doc1/04517059984?caseid=20190598\n\n\n"
		"Docket Text:\nJoint  STATUS REPORT   by USA\nas to RICHARD W. GATES, III "
		"(Weissmann, Andrew)\n\n\n\n"
		"1:17-cr-00201-ABJ-2 Notice has been electronically mailed to:\nAdam C. Jed\n";
	struct notice n;
	char *why = NULL, iso[11];
	assert_int_equal(
		nef_parse(t, strlen(t),
			  "Activity in Case 1:17-cr-00201-ABJ USA v. MANAFORT et al Status Report",
			  NULL, &n, &why),
		NEF_OK);
	assert_string_equal(n.facts.court, "dcd");
	assert_string_equal(n.facts.case_number, "1:17-cr-00201-ABJ");
	assert_string_equal(n.facts.case_name, "USA v. MANAFORT et al");
	assert_string_equal(n.facts.document, "551");
	assert_string_equal(n.facts.filer, "USA");
	assert_string_equal(date_format(n.facts.entered, iso), "2019-03-15");
	assert_string_equal(date_format(n.facts.filed, iso), "2019-03-14");
	assert_string_equal(
		n.docket_text,
		"Joint  STATUS REPORT   by USA\nas to RICHARD W. GATES, III (Weissmann, Andrew)");
	assert_string_equal(n.facts.description, "Status Report");
	assert_string_equal(n.facts.links,
			    "https://ecf.dcd.uscourts.gov/doc1/04517059984?caseid=20190598\n");
	notice_free(&n);
	/* the same without its docket text, and without its title */
	const char *cut = strstr(t, "Docket Text:");
	assert_int_equal(nef_parse(t, (size_t)(cut - t), NULL, NULL, &n, &why), NEF_NO_DOCKET_TEXT);
	assert_string_equal(
		why,
		"is a notice of electronic filing in case 1:17-cr-00201-ABJ with no docket text");
	free(why);
	const char *plain = "Good afternoon - who plans to attend on January 12?";
	assert_int_equal(nef_parse(plain, strlen(plain), NULL, NULL, &n, &why), NEF_NOT_NOTICE);
	free(why);
}

static void case_numbers(void **state)
{
	(void)state;
	assert_true(case_number_same("2:16-cv-00435", "2:16-CV-435"));
	assert_true(case_number_same("2:16-cv-00435-BSM", "2:16cv435"));
	assert_true(case_number_same("16-cv-435", "2:16-cv-00435"));
	assert_true(case_number_same("24-04888-CL7", "24-04888"));
	assert_true(case_number_same("1-23-42603-nhl", "1:23-42603"));
	assert_false(case_number_same("2:16-cv-00435", "2:16-cr-00435"));
	assert_false(case_number_same("2:16-cv-00435", "3:16-cv-00435"));
	assert_false(case_number_same("24-04888", "24-04889"));
	assert_false(case_number_same("MDL No. 2967", "MDL No. 2968"));
	static const char *const bases[][2] = {
		{"2:20-cv-00082-BSM", "2:20-cv-00082"}, {"24-04888-CL7", "24-04888"},
		{"1-23-42603-nhl", "1-23-42603"},	{"25-03768-JMC-13", "25-03768"},
		{"22-00105-5-JNC", "22-00105"},		{"1:17-cr-00201-ABJ", "1:17-cr-00201"},
		{"MDL No. 2967", "MDL No. 2967"},
	};
	for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
		char *b = case_number_base(bases[i][0]);
		assert_string_equal(b, bases[i][1]);
		free(b);
	}
}

static void us_dates(void **state)
{
	(void)state;
	size_t used;
	dl_day d;
	char iso[11];
	assert_int_equal(us_date_parse("6/20/2022 09:00 AM", &used, &d), 1);
	assert_int_equal(used, 9);
	assert_string_equal(date_format(d, iso), "2022-06-20");
	assert_int_equal(us_date_parse("05/19/17 Page", &used, &d), 1);
	assert_string_equal(date_format(d, iso), "2017-05-19");
	assert_int_equal(us_date_parse("2/30/2022", &used, &d), 0);
	assert_int_equal(us_date_parse("1/2/123", &used, &d), 0);
	assert_int_equal(us_date_parse("Page 1 of 3", &used, &d), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(stamps),
		cmocka_unit_test(pages_furniture_and_rows),
		cmocka_unit_test(single_page_keeps_its_title),
		cmocka_unit_test(ocr_words_follow_the_text),
		cmocka_unit_test(html_bodies),
		cmocka_unit_test(notice_courts),
		cmocka_unit_test(notice_text),
		cmocka_unit_test(case_numbers),
		cmocka_unit_test(us_dates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
