/*
 * test-reader.c: the order reader, phenomenon by phenomenon, from sentences
 * written for each rule (not taken from the corpus): clean-up, layout (lists,
 * tables), clauses and coordination, the lexicon's word forms, each family of
 * directive frames, operative versus recited, typed time expressions, and the
 * ends of stays. Each case says how many obligations the text makes and what
 * the first one is; a negative case expects none.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

struct expect {
	const char *text;
	int n;             /* obligations; 0 for a negative */
	const char *kind;  /* of the first: deadline hearing until recurring */
	const char *who;
	const char *due;   /* YYYY-MM-DD or NULL */
	long period;       /* its period's n, or 0 */
	const char *unit;  /* its unit, or NULL */
	int before;
	const char *until; /* a prefix of the ending event, or NULL */
};

/* A text that makes no obligation. */
#define NONE(text) {text, 0, NULL, NULL, NULL, 0, NULL, 0, NULL}

static void check(const struct expect *c, int count)
{
	for (int i = 0; i < count; i++) {
		const struct expect *e = &c[i];
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(e->text, strlen(e->text), &opt, &x);
		char due[11] = "";
		if (x.n && x.items[0].due != DATE_NONE)
			date_format(x.items[0].due, due);
		int ok = (int)x.n == e->n;
		if (ok && e->n) {
			const struct extracted *o = &x.items[0];
			ok = !strcmp(o->kind, e->kind) && (!e->who || !strcmp(o->who, e->who)) &&
			     (e->due ? !strcmp(due, e->due) : o->due == DATE_NONE) &&
			     (e->period ? o->has_trigger && o->n == e->period && !strcmp(o->unit, e->unit) &&
						  o->before == e->before
					: !o->has_trigger) &&
			     (!e->until || (o->until && !strncmp(o->until, e->until, strlen(e->until))));
		}
		if (!ok) {
			print_error("case %d: %s\n  want %d obligation(s)", i, e->text, e->n);
			if (e->n)
				print_error(": %s %s due=%s period=%ld %s%s until=%s", e->kind, e->who ? e->who : "*",
					    e->due ? e->due : "-", e->period, e->unit ? e->unit : "", e->before ? " before" : "",
					    e->until ? e->until : "-");
			print_error("\n  got  %zu", x.n);
			for (size_t k = 0; k < x.n; k++) {
				const struct extracted *o = &x.items[k];
				char d[11] = "-";
				if (o->due != DATE_NONE)
					date_format(o->due, d);
				print_error("\n   %s %s due=%s period=%ld %s%s until=%s frame=%s", o->kind, o->who, d,
					    o->has_trigger ? o->n : 0, o->has_trigger ? o->unit : "",
					    o->before ? " before" : "", o->until ? o->until : "-", o->frame);
			}
			print_error("\n");
		}
		extraction_free(&x);
		assert_true(ok);
	}
}

#define CHECK(cases) check(cases, (int)(sizeof cases / sizeof cases[0]))

/* text makes n obligations, and the one at index has exactly this action. */
static void check_action(const char *text, size_t n, size_t index, const char *action)
{
	struct extraction x;
	struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
	extract_order_with(text, strlen(text), &opt, &x);
	size_t got = x.n;
	char *act = index < x.n && x.items[index].action ? strdup(x.items[index].action) : NULL;
	extraction_free(&x);
	assert_int_equal(got, n);
	assert_non_null(act);
	int same = !strcmp(act, action);
	if (!same)
		print_error("action %zu of \"%s\": \"%s\", want \"%s\"\n", index, text, act, action);
	free(act);
	assert_true(same);
}

/* text makes n obligations, and the one at index is of this kind. */
static void check_kind(const char *text, size_t n, size_t index, const char *kind)
{
	struct extraction x;
	struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
	extract_order_with(text, strlen(text), &opt, &x);
	size_t got = x.n;
	int same = index < x.n && !strcmp(x.items[index].kind, kind);
	if (!same)
		print_error("obligation %zu of \"%s\": %s, want %s (of %zu)\n", index, text,
			    index < x.n ? x.items[index].kind : "none", kind, x.n);
	extraction_free(&x);
	assert_int_equal(got, n);
	assert_true(same);
}

/* text makes n obligations, and the one at index is at this minute of its
 * day (-1: no time of day). */
static void check_minute(const char *text, size_t n, size_t index, int minute)
{
	struct extraction x;
	struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
	extract_order_with(text, strlen(text), &opt, &x);
	int ok = x.n == n && index < x.n && x.items[index].minute == minute;
	if (!ok)
		print_error("item %zu of \"%s\" (of %zu): minute %d, want %d\n", index, text, x.n,
			    index < x.n ? x.items[index].minute : -2, minute);
	extraction_free(&x);
	assert_true(ok);
}

/* text makes n obligations (0: none), the one at index due on iso (NULL:
 * none) with this party (NULL: any); read as of the day entered. */
static void check_item_entered(const char *text, dl_day entered, size_t n, size_t index, const char *iso,
			       const char *who)
{
	struct extraction x;
	struct extract_options opt = {.entered = entered};
	extract_order_with(text, strlen(text), &opt, &x);
	char due[11] = "";
	int ok = x.n == n && (n == 0 || index < x.n);
	if (ok && n && x.items[index].due != DATE_NONE)
		date_format(x.items[index].due, due);
	ok = ok && (n == 0 || ((iso ? !strcmp(due, iso) : !due[0]) && (!who || !strcmp(x.items[index].who, who))));
	if (!ok)
		print_error("item %zu of \"%s\" (of %zu): due %s who %s\n", index, text, x.n, due[0] ? due : "-",
			    index < x.n ? x.items[index].who : "-");
	extraction_free(&x);
	assert_true(ok);
}

static void check_item(const char *text, size_t n, size_t index, const char *iso, const char *who)
{
	check_item_entered(text, date_from_ymd(2020, 3, 2), n, index, iso, who);
}

/* A notice of so many days ("on five (5) business days' notice", "Three
 * (3) days notice is required") is given that long before the hearing it
 * notices; a right exercised on notice is no deadline, and "within 10 days
 * of notice" counts after it. */
static void notice_periods(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The movant shall give opposing parties at least five (5) business days' notice of the hearing.", 1,
		 "deadline", "movant", NULL, 5, "business_days", 1, NULL},
		{"Three (3) days notice is required.", 1, "deadline", NULL, NULL, 3, "days", 1, NULL},
		{"Plaintiff shall file the response within 10 days of notice.", 1, "deadline", "plaintiff", NULL, 10,
		 "days", 0, NULL},
		NONE("Respondent may move to vacate the stay on three days' notice."),
		NONE("The motion was heard on ten days' notice."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* A time reopened or extended by a length ("Discovery is reopened for 60
 * days", "the deadline is extended by thirty days"): a window opened now runs
 * from the order, time added to a deadline from that deadline; a day stated
 * beside the length wins; a length asked for ("a motion to extend ... by 90
 * days") or allowed ("may consent to extend ...") is no one's time. */
static void check_widened(const char *text, const char *event, long n, const char *due)
{
	struct extraction x;
	struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
	extract_order_with(text, strlen(text), &opt, &x);
	char d[11] = "";
	if (x.n && x.items[0].due != DATE_NONE)
		date_format(x.items[0].due, d);
	int ok = x.n == 1 && !strcmp(x.items[0].kind, "deadline") &&
		 (due ? !strcmp(d, due)
		      : x.items[0].has_trigger && x.items[0].n == n && x.items[0].event && !strcmp(x.items[0].event, event));
	if (!ok)
		print_error("%s\n  want %s %ld %s, got %zu: %s %s\n", text, event ? event : "-", n, due ? due : "-", x.n,
			    x.n ? x.items[0].kind : "-", x.n && x.items[0].event ? x.items[0].event : d);
	extraction_free(&x);
	assert_true(ok);
}

static void widened_periods(void **state)
{
	(void)state;
	check_widened("Discovery is reopened for sixty (60) days for the limited purpose of deposing Dr. Roe.", "entry",
		      60, NULL);
	check_widened("The Court will reopen discovery for 28 days to allow the depositions of the two witnesses.",
		      "entry", 28, NULL);
	check_widened("Fact discovery is reopened for a period of 45 days.", "entry", 45, NULL);
	check_widened("The discovery deadline is extended by thirty (30) days.", "the current deadline", 30, NULL);
	check_widened("The Court extends the deadline for expert reports by an additional 14 days.",
		      "the current deadline", 14, NULL);
	check_widened("The Court extends the deadline by fourteen days to July 15, 2020 for Defendant to respond.", NULL,
		      0, "2020-07-15");
	check_widened("Discovery is reopened until July 12, 2020.", NULL, 0, "2020-07-12");
	/* (a deadline put off to a length from the order runs from the order) */
	check_widened("The deadline for Plaintiff to submit the summons forms is POSTPONED to 14 days from the date of this "
		      "Order.",
		      "entry", 14, NULL);
	static const struct expect none[] = {
		NONE("Plaintiffs' motion to extend the discovery deadline by 90 days is DENIED."),
		NONE("The parties may consent to extend the time for discovery for an additional 60 days."),
		NONE("Plaintiff moved for an order to stay the case or extend the dispositive motion deadline by 180 days."),
		NONE("Defendant asks the Court to reopen discovery for 30 days."),
		NONE("The trial lasted for 30 days."),
	};
	CHECK(none);
}

/* Two duties joined, each with its own time, the first's before its subject
 * and the second's before its verb ("Within seven days, Respondents shall
 * provide a hearing, and within one business day thereafter shall advise the
 * Court"): two obligations, each with its own period. Joined verbs that share
 * one time stay one duty ("shall confer and, by April 16, advise"). */
static void joined_duties_with_their_own_times(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"Within seven business days of this Order, Respondents shall provide a bond hearing to Petitioner, and "
		 "within one business day thereafter shall advise the Court of its outcome.",
		 2, "deadline", "respondents", NULL, 7, "business_days", 0, NULL},
		{"Within 14 days, Defendant shall produce the records, and within 7 days thereafter shall file a notice "
		 "of compliance.",
		 2, "deadline", "defendant", NULL, 14, "days", 0, NULL},
		{"By March 20, 2020, the parties shall exchange their lists, and within ten days after that shall file "
		 "a joint report.",
		 2, "deadline", "parties", "2020-03-20", 0, NULL, 0, NULL},
		{"Counsel for the government shall confer with defense counsel and, no later than April 16, 2020, "
		 "advise the Court of the length of trial.",
		 1, "deadline", "the government", "2020-04-16", 0, NULL, 0, NULL},
		{"The parties shall meet and, within 14 days, file a joint statement.", 1, "deadline", "parties", NULL, 14,
		 "days", 0, NULL},
	};
	CHECK(cases);
	check_item("Within 14 days, Defendant shall produce the records, and within 7 days thereafter shall file a "
		   "notice of compliance.",
		   2, 1, NULL, "defendant");
}

/* Less common forms of a command: time a party "shall have" as an extension
 * ("shall have an extension of time through May 7, within which to
 * respond"); the court's order said as a necessity ("has no alternative but
 * to require Respondent to file"); a duty in the passive with the thing as
 * its subject ("The following papers are required to be filed within two
 * business days"); a pleading to be redone ("ORDERED to recast his
 * complaint"). Not the court's other necessities ("no choice but to
 * dismiss"), nor what a party asks. */
static void less_common_commands(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"Defendants shall have an extension of time through May 7, 2020, within which to respond to "
		 "Plaintiff's discovery requests.",
		 1, "deadline", "defendants", "2020-05-07", 0, NULL, 0, NULL},
		{"Plaintiff shall have an additional extension of time to April 1, 2020 to file his reply.", 1,
		 "deadline", "plaintiff", "2020-04-01", 0, NULL, 0, NULL},
		{"The Court has no alternative but to require Respondent to file a response to this Order to Show Cause "
		 "within 30 days.",
		 1, "deadline", "respondent", NULL, 30, "days", 0, NULL},
		{"The Court has no choice but to order Plaintiff to show cause within fourteen days why this case should "
		 "not be dismissed.",
		 1, "deadline", "plaintiff", NULL, 14, "days", 0, NULL},
		{"The following papers are required to be filed with the clerk within two (2) business days of the "
		 "petition.",
		 1, "deadline", NULL, NULL, 2, "business_days", 0, NULL},
		{"Initial disclosures are directed to be served by March 30, 2020.", 1, "deadline", NULL, "2020-03-30", 0,
		 NULL, 0, NULL},
		{"Plaintiff is ORDERED to recast his complaint on the Court's standard form within 21 days.", 1, "deadline",
		 "plaintiff", NULL, 21, "days", 0, NULL},
		{"Plaintiff shall refile the motion with its exhibits by March 16, 2020.", 1, "deadline", "plaintiff",
		 "2020-03-16", 0, NULL, 0, NULL},
		NONE("The Court has no choice but to dismiss this action."),
		NONE("Defendants ask for an extension of time through May 7, 2020, within which to respond."),
		NONE("The papers were required to be filed by March 1, 2020."),
	};
	CHECK(cases);
}

/* A time phrase after "ORDERED that" that opens with "but" ("ORDERED that
 * at a reasonable time, but no later than July 15, the parties shall
 * confer") is the clause's time; a tentative ruling that states the court's
 * setting ("The tentative ruling is to continue the hearing ... to
 * September 30 at 10:00 a.m.") sets it. Not a "but" that joins a clause
 * without a time, nor a ruling that continues nothing. */
static void times_after_but_and_tentative_settings(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"ORDERED that at a reasonable date and time, but no later than by March 20, 2020, the parties shall "
		 "confer as to the status of this case.",
		 1, "deadline", "parties", "2020-03-20", 0, NULL, 0, NULL},
		{"It is ORDERED that as soon as possible, but no later than March 27, 2020, counsel shall meet and "
		 "confer.",
		 1, "deadline", "counsel", "2020-03-27", 0, NULL, 0, NULL},
		{"The tentative ruling is to continue the hearing on the Motion for Preliminary Approval to April 24, "
		 "2020 at 10:00 a.m.",
		 1, "hearing", NULL, "2020-04-24", 0, NULL, 0, NULL},
		{"The Court's tentative ruling is to set the final approval hearing for May 8, 2020.", 1, "hearing", NULL,
		 "2020-05-08", 0, NULL, 0, NULL},
		NONE("The tentative ruling is to grant the motion."),
		NONE("ORDERED that petitioner's motion is denied, but the parties may confer as to the status."),
	};
	CHECK(cases);
}

/* A case named by its caption is set to be heard ("Munoz v. Tarlton & Co. is
 * continued to 3:30 p.m. on ..."), at the hour it is moved "to" (not the end
 * of a span of hours); an adjudicating board or commission sets its own
 * events as a court does; a company's initials joined by "&" are one name;
 * a class member, an objector and a licensee are parties. */
static void tribunals_captions_and_parties(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"13CECG03503 Munoz v. Tarlton & Co. is continued to 3:30 p.m. in Department 403 on March 27, 2020.", 1,
		 "hearing", NULL, "2020-03-27", 0, NULL, 0, NULL},
		{"Smith vs. Jones is set for hearing on April 2, 2020.", 1, "hearing", NULL, "2020-04-02", 0, NULL, 0,
		 NULL},
		{"Smith v. Jones is continued to April 2, 2020.", 1, "hearing", NULL, "2020-04-02", 0, NULL, 0, NULL},
		{"v. Jones is continued to April 2, 2020.", 1, "deadline", NULL, "2020-04-02", 0, NULL, 0, NULL},
		{"The Board will hold a conference call on Wednesday, March 25, 2020, at 2:00 p.m.", 1, "hearing", NULL,
		 "2020-03-25", 0, NULL, 0, NULL},
		{"The Commission will conduct a customer hearing on Tuesday, April 14, 2020, at 7:00 p.m.", 1, "hearing",
		 NULL, "2020-04-14", 0, NULL, 0, NULL},
		{"PG&E shall coordinate a conference among the parties on March 27, 2020.", 1, "deadline", "pg&e",
		 "2020-03-27", 0, NULL, 0, NULL},
		{"Any Class Member who wishes to object shall file a written objection by April 14, 2020.", 1, "deadline",
		 "class member", "2020-04-14", 0, NULL, 0, NULL},
		{"Objectors shall file their briefs by April 14, 2020.", 1, "deadline", "objectors", "2020-04-14", 0, NULL,
		 0, NULL},
		{"The Licensee shall file its answer by April 14, 2020.", 1, "deadline", "licensee", "2020-04-14", 0, NULL,
		 0, NULL},
		NONE("Munoz v. Tarlton & Co. was continued to March 27, 2020 at the parties' request last year."),
		NONE("The Board held a conference call on February 25, 2020."),
		NONE("The Commission denied the motion for rehearing."),
	};
	CHECK(cases);
	check_minute("13CECG03503 Munoz v. Tarlton & Co. is continued to 3:30 p.m. in Department 403 on March 27, 2020.",
		     1, 0, 15 * 60 + 30);
	check_minute("The hearing is continued to 3:30 p.m. on March 27, 2020.", 1, 0, 15 * 60 + 30);
	check_minute("The hearing shall be held on March 27, 2020 from 9:00 a.m. to 5:00 p.m.", 1, 0, -1);
	check_minute("The hearing shall be held on March 27, 2020 from 9:00 am to 5:00 pm.", 1, 0, -1);
}

/* An event named with the setting it had, its date, hour and place set off
 * by commas ("The status conference scheduled for June 3, 2020, at 10:00 a.m.
 * in Courtroom 4, ..., Boise, Idaho, is continued to"): the event is the
 * subject, not the last piece of its place, and its action names the event
 * without the date it is moved from. And what is to be received by a day is
 * to be delivered by it. */
static void events_described_and_receipts(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The status conference scheduled for March 3, 2020, at 10:00 a.m. in Courtroom 4, Federal Building, 550 "
		 "West Fort Street, Boise, Idaho, is hereby continued to April 8, 2020, at 10:00 a.m.",
		 1, "hearing", NULL, "2020-04-08", 0, NULL, 0, NULL},
		{"The prehearing conference heretofore scheduled to commence on March 16, 2020, at the Grand Jury Room, "
		 "Franklin County Courthouse, 425 Main Street, Greenfield, MA 01301, is hereby rescheduled to commence at "
		 "9:30 a.m., Tuesday, April 14, 2020.",
		 1, "hearing", NULL, "2020-04-14", 0, NULL, 0, NULL},
		{"Written comments are to be received by the Board no later than April 14, 2020.", 1, "deadline", NULL,
		 "2020-04-14", 0, NULL, 0, NULL},
		{"The courtesy copy should be received by the Clerk's Office within 48 hours.", 1, "deadline", NULL, NULL,
		 48, "hours", 0, NULL},
		NONE("If the Plaintiff has not received any objections, the Plaintiff may submit the proposal."),
		NONE("The Court received the parties' joint report on February 3, 2020."),
		NONE("The status conference scheduled for March 3, 2020, at 10:00 a.m. in Courtroom 4, Boise, Idaho, was "
		     "held as scheduled."),
	};
	CHECK(cases);
	check_action("The status conference scheduled for March 3, 2020, at 10:00 a.m. in Courtroom 4, Federal "
		     "Building, Boise, Idaho, is hereby continued to April 8, 2020, at 10:00 a.m.",
		     1, 0, "attend The status conference");
	check_action("The hearing previously set for March 3, 2020, is continued to April 8, 2020.", 1, 0,
		     "attend The hearing");
	check_action("Written comments are to be received by the Board no later than April 14, 2020.", 1, 0,
		     "deliver Written comments");
	/* a later subject that takes the events up again is the subject: "As
	 * regards the motions now set for March 15, those motions will be set for
	 * hearing on April 27" */
	check_item("As regards the motion for relief from stay now set for March 15, 2020, those motions will be set "
		   "for final evidentiary hearing on April 27, 2020 at 9:00 a.m.",
		   1, 0, "2020-04-27", NULL);
	/* docket text's next setting is its own: "Conference set for ... before
	 * Honorable Sean F Cox, Motion Cut-off set for 4/11/2020" */
	check_action("Final Pretrial Conference set for 9/8/2020 02:00 PM before Honorable Sean F Cox, Motion Cut-off "
		     "set for 4/11/2020, Discovery due by 3/10/2020.",
		     3, 1, "Motion Cut-off");
}

/* A schedule laid out date first, each row a sentence of its own ("July 29,
 * 2020: The parties shall exchange and file witness lists"): the row's duty
 * falls due on the day it opens with, when its clause states no time of its
 * own; a docket entry's own date before its colon ("02/12/2020: ORDER: ...")
 * is the day it was entered, no due date. */
static void rows_date_first(void **state)
{
	(void)state;
	check_item("July 29, 2020: The parties shall exchange and file witness lists and exhibit lists.", 1, 0,
		   "2020-07-29", "parties");
	check_item("August 5, 2020: Defendant shall file its motions in limine.", 1, 0, "2020-08-05", "defendant");
	check_item("August 5, 2020: Plaintiff shall file its reply within 7 days of the response.", 1, 0, NULL,
		   "plaintiff");
	check_item("02/12/2020: ORDER: Defendant shall respond to the motion.", 1, 0, NULL, "defendant");
	check_item_entered("05/12/2020: ORDER: Defendant shall respond to the motion.", DATE_NONE, 1, 0, NULL,
			   "defendant");
	check_item("April 9, 2020: The parties filed their joint report.", 0, 0, NULL, NULL);
}

/* A name that ends in "-ly" right before its verb is the subject ("Italy
 * shall submit", "Kelly must file"), though an unlisted "-ly" word is
 * otherwise an adverb ("Accordingly, ...", "Defendant shall promptly file"). */
/* A notice that invites the public (the Federal Register's "AGENCY:" and
 * "ACTION:" headings, "interested persons", "public comment") asks comments,
 * protests and interventions of any interested person; no party files them.
 * In a case between parties, comments due are still the parties'. */
static void comments_on_a_notice(void **state)
{
	(void)state;
	check_item("AGENCY: Postal Regulatory Commission. ACTION: Notice. DATES: Comments are due: April 27, 2020.", 1,
		   0, "2020-04-27", "interested persons");
	check_item("The Commission invites public comment on the proposal. Reply comments are due by April 27, 2020.", 1,
		   0, "2020-04-27", "interested persons");
	check_item("Interested persons may intervene. Protests are due on April 27, 2020.", 1, 0, "2020-04-27",
		   "interested persons");
	check_item("AGENCY: United States International Trade Commission. ACTION: Notice. Requests to appear at the "
		   "hearing must be filed with the Secretary not later than April 27, 2020.",
		   1, 0, "2020-04-27", "interested persons");
	check_item("Plaintiff filed the proposal. Comments are due: April 27, 2020.", 1, 0, "2020-04-27", "parties");
	check_item("Invites public comment. Defendant shall file its comments by April 27, 2020.", 1, 0, "2020-04-27",
		   "defendant");
	check_item("AGENCY: Postal Regulatory Commission. ACTION: Notice. Comments were due on February 27, 2020.", 0, 0,
		   NULL, NULL);
}

/* Florida's appellate courts keep an appeal and send the lower court a task
 * by relinquishing jurisdiction for a period ("we relinquish jurisdiction to
 * the trial court for sixty days to hold an evidentiary hearing"): the lower
 * court's duty within the period, as a remand's. Not a relinquishment asked
 * for, recited or refused. */
static void relinquished_jurisdiction(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"We relinquish jurisdiction to the trial court for thirty days to enter a final order.", 1, "deadline",
		 "trial court", NULL, 30, "days", 0, NULL},
		{"This Court relinquishes jurisdiction to the lower tribunal for 45 days to rule on the motion.", 1,
		 "deadline", "trial court", NULL, 45, "days", 0, NULL},
		NONE("Appellant asks that we relinquish jurisdiction to the trial court to rule on his motion."),
		NONE("We relinquished jurisdiction to the trial court for thirty days to enter a final order."),
		NONE("The motion to relinquish jurisdiction to the trial court is denied."),
	};
	CHECK(cases);
}

/* An international court extends or fixes a time-limit with the new date
 * first ("Extends to 24 May 2019 the time-limit for the filing of the
 * Memorial of the Islamic Republic of Iran;"), its subject "THE COURT" far
 * above the operative clause; the pleading's owner is the State named after
 * "of the". A title's words after "of" ("Notice of Intent to Change Plea")
 * are no owner, nor is a time-limit the court extended before. */
static void time_limits_extended_date_first(void **state)
{
	(void)state;
	check_item("Having regard to the Order of 10 October 2018;\nExtends to 24 May 2020 the time-limit for the filing "
		   "of the Memorial of the Islamic Republic of Iran;",
		   1, 0, "2020-05-24", "islamic republic of iran");
	check_item("The Court extends to 10 June 2020 the time-limit for the filing of the Counter-Memorial of the "
		   "United States of America.",
		   1, 0, "2020-06-10", "united states of america");
	check_item("The Court extends to April 30, 2020 the deadline for the filing of the brief of the Kingdom of "
		   "Spain.",
		   1, 0, "2020-04-30", "kingdom of spain");
	static const char fixes[] = "Fixes the following time-limits for the filing of the written pleadings:\n"
				    "30 June 2020 for the Memorial of the Government of the Republic of Nicaragua;\n"
				    "17 August 2020 for the Counter-Memorial of the Government of the United States of "
				    "America;";
	check_item(fixes, 2, 0, "2020-06-30", "government of the republic of nicaragua");
	check_item(fixes, 2, 1, "2020-08-17", "government of the united states of america");
	check_item("Having regard to the request of 1 March 2020;\nExtends to 1 July 2020 the time-limit for the filing of "
		   "the Rejoinder of the Commonwealth of Australia;",
		   1, 0, "2020-07-01", "commonwealth of australia");
	check_item("Fixes the following time-limit:\n18 September 2020 for the Reply of the Republic of Chile;", 1, 0,
		   "2020-09-18", "republic of chile");
	/* (the President's other operative verbs, and a comma after the day) */
	static const char president[] = "Having regard to the request of the Agent;\n"
					"Fixes 23 July 2020 as the time-limit for the Counter-Memorial of the Republic "
					"of Ruritania;\n"
					"Postpones to June 30th, 2020, the time-limit for the filing of the Reply of the "
					"Kingdom of the Netherlands;";
	check_item(president, 2, 0, "2020-07-23", "republic of ruritania");
	check_item(president, 2, 1, "2020-06-30", "kingdom of the netherlands");
	/* (a name with a letter beyond ASCII is whole; a long one is cut at a
	 * character's edge) */
	check_item("The Court extends to 10 June 2020 the time-limit for the filing of the Memorial of the Republic of "
		   "Côte d'Ivoire.",
		   1, 0, "2020-06-10", "republic of côte");
	check_item("The Court extends to 10 June 2020 the time-limit for the filing of the Memorial of the Plurinational "
		   "State Of Bolivia And The Other Republics Of América Del Sur Juntas.",
		   1, 0, "2020-06-10", "plurinational state of bolivia and the other re");
	check_item("The Court extends to 10 June 2020 the time-limit for the filing of the Memorial of the Plurinational "
		   "State Of Bolivia And The Other Réblics.",
		   1, 0, "2020-06-10", "plurinational state of bolivia and the other r");
	check_item("Notice of Intent to Change Plea due by April 30, 2020.", 1, 0, "2020-04-30", "parties");
	check_item("By its Order of 7 October 2019 the Court extended to 15 April 2020 the time-limit for the filing "
		   "of the Memorial of Chile.",
		   0, 0, NULL, NULL);
}

/* The Federal Register prints a footnote's mark as its number between
 * backslashes; after a full stop ("(collectively Petitioner).\\1\\ Oral
 * argument will be held ...") it ends the sentence before the next, which
 * is read on its own (not as part of the recital before it). */
static void federal_register_footnote_marks(void **state)
{
	(void)state;
	check_kind("Before the Board is a petition filed by the League (Petitioner).\\1\\ Oral argument will be held on "
		   "April 15, 2020, at 10:00 a.m.",
		   1, 0, "hearing");
	check_item("The motion was filed by the League.\\12\\ The Licensee shall file its answer by April 15, 2020.", 1, 0,
		   "2020-04-15", "licensee");
	check_item("The petition was filed by the League.\\1\\ The Board denied it on February 1, 2020.", 0, 0, NULL,
		   NULL);
}

/* A court names a day first and then what it is for ("The Arbitral
 * Tribunal fixes 15 December 2014 as the date for China to submit its
 * Counter-Memorial"; "sets May 1 as the deadline for filing dispositive
 * motions"): a party's duty or a deadline on that day, not a hearing held on
 * it (which "The Court sets ... on DATE" would be). */
static void day_set_as_a_deadline(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The Arbitral Tribunal fixes 15 December 2020 as the date for China to submit its Counter-Memorial.", 1,
		 "deadline", "china", "2020-12-15", 0, NULL, 0, NULL},
		{"The Court sets May 1, 2020 as the deadline for Plaintiff to file his amended complaint.", 1, "deadline",
		 "plaintiff", "2020-05-01", 0, NULL, 0, NULL},
		{"The Court sets May 1, 2020 as the deadline for filing dispositive motions.", 1, "deadline", "parties",
		 "2020-05-01", 0, NULL, 0, NULL},
		{"The Court sets June 3, 2020 as the date of the pretrial conference.", 1, "hearing", "parties",
		 "2020-06-03", 0, NULL, 0, NULL},
		NONE("The Court set February 1, 2020 as the deadline for Plaintiff to file his amended complaint."),
	};
	CHECK(cases);
}

/* What an earlier paper said or ordered, in the past tense ("That order
 * required the appellant to pay ... within 45 days"; "The January notice
 * stated that initial comments are due on ..."), is recited, as what the
 * court did is; a paper's present tense ("This Order requires ...") still
 * commands. */
static void papers_that_did(void **state)
{
	(void)state;
	check_item("That order required the appellant to pay half of the costs within 45 days.", 0, 0, NULL, NULL);
	check_item("The April notice stated that initial comments are due on May 18, 2020.", 0, 0, NULL, NULL);
	check_item("The Scheduling Order also required Plaintiff to file a pretrial memorandum by May 18, 2020.", 0, 0,
		   NULL, NULL);
	check_item("This Order requires the parties to file a joint status report by May 18, 2020.", 1, 0, "2020-05-18",
		   "parties");
	check_item("The order stated that the deadline had passed. Plaintiff shall file his brief by May 18, 2020.", 1, 0,
		   "2020-05-18", "plaintiff");
}

/* text makes one deadline whose period runs from event (its words). */
static void check_event(const char *text, const char *event)
{
	struct extraction x;
	struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
	extract_order_with(text, strlen(text), &opt, &x);
	int ok = x.n == 1 && x.items[0].has_trigger && x.items[0].event && !strcmp(x.items[0].event, event);
	if (!ok)
		print_error("\"%s\" (of %zu): event %s, want %s\n", text, x.n,
			    x.n && x.items[0].event ? x.items[0].event : "-", event);
	extraction_free(&x);
	assert_true(ok);
}

/* A temporal clause that opens the sentence names the event a bare period
 * runs from ("Once plaintiff receives this information, he must, within 30
 * days, file ..."); a preamble ("Upon consideration of the motion") and a
 * condition ("If ...") name none: the period runs from the order. */
static void fronted_events(void **state)
{
	(void)state;
	check_event("Once plaintiff receives this information, he must, within 30 days, file an amended complaint.",
		    "plaintiff receives this information");
	check_event("Upon receipt of the transcript, appellant shall file the brief within 40 days.",
		    "receipt of the transcript");
	check_event("IT IS ORDERED that when the stay is lifted, the parties shall file a joint status report within "
		    "14 days.",
		    "the stay is lifted");
	check_event("Upon consideration of the motion, plaintiff must file an amended complaint within 30 days.", "entry");
	check_event("If plaintiff receives this information, he must file an amended complaint within 30 days.", "entry");
	/* (a clause with no opener before its comma, from the sentence's first word) */
	check_event("Plaintiff, he must file an amended complaint within 30 days.", "entry");
	check_event("Once the stay is lifted, the parties shall file a joint status report within 14 days of the "
		    "Court's ruling.",
		    "court's ruling");
}

static void names_in_ly(void **state)
{
	(void)state;
	check_item("On or before April 30, 2020, Italy shall submit to India its Memorial.", 1, 0, "2020-04-30",
		   "italy");
	check_item("Kelly must file her response by April 30, 2020.", 1, 0, "2020-04-30", "kelly");
	check_item("Defendant Connolly is ordered to answer the complaint by April 30, 2020.", 1, 0, "2020-04-30",
		   "connolly");
	check_item("Accordingly, the parties shall file a joint report by April 30, 2020.", 1, 0, "2020-04-30",
		   "parties");
	check_action("Defendant shall promptly file its answer by April 30, 2020.", 1, 0, "file its answer");
	check_item("Italy filed its Memorial on February 3, 2020.", 0, 0, NULL, NULL);
	/* an adjective in "-ly" before the paper it describes opens the subject;
	 * before a verb it is still an adverb */
	check_action("Timely objections shall be filed by April 30, 2020.", 1, 0, "file Timely objections");
	check_action("Quarterly reports must be filed by April 30, 2020.", 1, 0, "file Quarterly reports");
	check_action("Defendant shall timely file its answer by April 30, 2020.", 1, 0, "file its answer");
	check_item("Untimely objections were filed on February 3, 2020.", 0, 0, NULL, NULL);
}

/* A stay the court extends, in the active ("the Court will extend the
 * temporary stay of removal until the Court rules on its jurisdiction") or
 * the passive ("The stay is extended until ..."): a stay until that event, not
 * a ruling on a motion. Not a deadline extended, nor a stay asked for. */
static void stays_extended(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The Court will extend the temporary stay of removal until the Court rules on its jurisdiction.", 1,
		 "until", NULL, NULL, 0, NULL, 0, "the Court rules"},
		{"The Court continues the stay of proceedings pending the arbitration.", 1, "until", NULL, NULL, 0, NULL,
		 0, "the arbitration"},
		{"The temporary stay of removal is extended until the Court rules on the petition.", 1, "until", NULL,
		 NULL, 0, NULL, 0, "the Court rules"},
		NONE("Petitioner asks the Court to extend the temporary stay of removal until it rules on the petition."),
		NONE("The Court extended the stay of proceedings until the arbitration ended."),
	};
	CHECK(cases);
}

/* "due" describing a noun is part of its noun phrase: "the due date for
 * petitioner to respond is extended to ...", "Due return should be filed
 * with this court no later than 28 days" (the Alabama Court of Criminal
 * Appeals' remand form). Not "due" as the predicate ("The return is due"),
 * which the due frames read, nor a return recited. */
static void due_as_a_modifier(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"Due return should be filed with this court no later than 28 days from the date of this opinion.", 1,
		 "deadline", NULL, NULL, 28, "days", 0, NULL},
		{"Due return shall be made within 42 days of this decision.", 1, "deadline", NULL, NULL, 42, "days", 0,
		 NULL},
		{"The due date for petitioner to respond is extended to March 30, 2020.", 1, "deadline", "petitioner",
		 "2020-03-30", 0, NULL, 0, NULL},
		{"The return is due within 56 days.", 1, "deadline", NULL, NULL, 56, "days", 0, NULL},
		NONE("Due return was filed with this court on February 1, 2020."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* A paper named with its side and a docket number in brackets
 * ("Defendants' Reply to the Motion to Stay (Dkt. 13) is due"): the noun
 * phrase is the whole, its side the party; a phrase opened inside the
 * brackets ("Dkt. 13) is due") is none. A side in brackets after "due"
 * ("Appeal Transcript Due (Appellant)") is whose the paper is. */
static void papers_with_docket_numbers(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"Defendants' Reply to the Motion to Stay (Dkt. 13) is due by March 30, 2020.", 1, "deadline",
		 "defendants", "2020-03-30", 0, NULL, 0, NULL},
		{"Plaintiff's response to Defendant's Motion to Dismiss (ECF No. 21) is due by March 23, 2020.", 1,
		 "deadline", "plaintiff", "2020-03-23", 0, NULL, 0, NULL},
		{"Respondent's Response to Stay Motion (Filed with PFR) due 3/20/2020.", 1, "deadline", "respondent",
		 "2020-03-20", 0, NULL, 0, NULL},
		{"Defendant's answer (see Doc. 4) is due by April 1, 2020.", 1, "deadline", "defendant", "2020-04-01",
		 0, NULL, 0, NULL},
		{"Appeal Transcript Due (Appellant) 4/20/2020.", 1, "deadline", "appellant", "2020-04-20", 0, NULL, 0,
		 NULL},
		{"Motion for Judgment on the Record filed by 4/7/2020 (Defendant).", 1, "deadline", "defendant",
		 "2020-04-07", 0, NULL, 0, NULL},
		NONE("Defendants' Reply (Dkt. 13) was due on February 10, 2020."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* Suspensions and tolling that end on a day: "through Friday, July 3,
 * 2020" (the weekday names the day), "tolls all ... time limits through
 * April 6"; not a tolling recited, nor time the Speedy Trial Act
 * excludes (no party's act waits for it). */
static void suspensions_and_tolling(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The suspension of jury trials shall remain in effect through Friday, July 3, 2020.", 1, "until", NULL,
		 "2020-07-03", 0, NULL, 0, "July 3, 2020"},
		{"All in-person proceedings are suspended from March 13, 2020 through Tuesday, March 31, 2020.", 1,
		 "until", NULL, "2020-03-31", 0, NULL, 0, "March 31, 2020"},
		{"The Court hereby tolls all rules and procedures setting time limits for filing appeals through "
		 "April 6, 2020.", 1, "until", NULL, "2020-04-06", 0, NULL, 0, "April 6, 2020"},
		{"All time limits for filing are tolled until further order of the Court.", 1, "until", NULL, NULL, 0,
		 NULL, 0, "further order"},
		/* (a case name's "v." ends no event) */
		{"This appeal is held in abeyance pending the decision in Smith v. Jones.", 1, "until", NULL, NULL, 0,
		 NULL, 0, "the decision in Smith v. Jones"},
		NONE("The speedy trial clock is tolled until April 20, 2020."),
		NONE("The statute of limitations was tolled during the pendency of the prior action."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* A subject that "no" opens denies what its verb would set or command
 * ("No hearing will be held on ..."): nothing to calendar. Not a time said
 * first ("No later than ..."). A stay "until at least" a day ends that day. */
static void negated_subjects(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"No later than March 20, 2020, plaintiff shall file a status report.", 1, "deadline", "plaintiff",
		 "2020-03-20", 0, NULL, 0, NULL},
		{"No fewer than 7 days before the hearing, the parties shall file a joint exhibit list.", 1,
		 "deadline", "parties", NULL, 7, "days", 1, NULL},
		{"Jury trials in criminal cases are suspended until at least September 1, 2020.", 1, "until", NULL,
		 "2020-09-01", 0, NULL, 0, "September 1, 2020"},
		NONE("No hearing will be held on March 20, 2020."),
		NONE("No depositions shall be taken before June 30, 2020."),
		NONE("No trial shall commence before July 6, 2020."),
		NONE("No further extensions will be granted to file the response by April 1, 2020."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* A court's request is its command in a courteous form: "the Court
 * requests X to file", "requests that X file", and in the passive with its
 * time, "X is requested to file ... within 10 days". Not what a party
 * requests, not a request made before ("was requested"), not a passive
 * request with no time (advice: "Counsel is requested to advise their
 * clients"), not an invitation (a right, not a duty). */
static void requests_as_commands(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The Court requests the real party in interest to file a response to the petition on or before "
		 "March 20, 2020.", 1, "deadline", "real party in interest", "2020-03-20", 0, NULL, 0, NULL},
		{"We request Mr. Haynes to advise the defendants of these directions by March 16, 2020.", 1,
		 "deadline", "haynes", "2020-03-16", 0, NULL, 0, NULL},
		{"The Court requests that relators notify the Court when the successor judge has ruled.", 1,
		 "deadline", "relators", NULL, 0, NULL, 0, NULL},
		{"The parties are requested to file a joint status report with the Court within 10 days.", 1,
		 "deadline", "parties", NULL, 10, "days", 0, NULL},
		{"Defendant is asked to produce the policy on or before March 27, 2020.", 1, "deadline", "defendant",
		 "2020-03-27", 0, NULL, 0, NULL},
		NONE("Plaintiff requests that the Court extend the deadline to March 30, 2020."),
		NONE("Defendant requests the Court to set a hearing on March 30, 2020."),
		NONE("Defendant was requested to file a response by February 10, 2020."),
		NONE("Counsel is requested to advise their clients of the following."),
		NONE("The Taxation Section of the State Bar is invited to file a brief amicus curiae."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* An order that recites a motion for a stay ("having moved for a stay ...
 * pending the determination of the appeal"; "Motion by appellants for a
 * stay pending ...") and grants "the motion" grants the stay; not one that
 * denies it, nor the grant of another motion it names ("The motion to
 * dismiss is granted"). */
static void stays_by_the_motion_granted(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"Defendants-appellants having moved for a stay of enforcement of the order pending the hearing and "
		 "determination of the appeal, it is ordered that the motion is granted.", 1, "until", NULL, NULL, 0,
		 NULL, 0, NULL},
		{"Motion by appellants for a stay pending the determination of an appeal. Upon the papers filed, it is "
		 "ORDERED that the motion is granted.", 1, "until", NULL, NULL, 0, NULL, 0, NULL},
		/* (a stay for a period: its unit as the order says it) */
		{"The release from custody is stayed for seventy-two hours.", 1, "until", NULL, NULL, 72, "hours", 0,
		 "72 hours after entry"},
		{"The appeal is stayed for a period of two weeks.", 1, "until", NULL, NULL, 2, "weeks", 0,
		 "2 weeks after entry"},
		NONE("Defendants having moved for a stay pending appeal, it is ordered that the motion is denied."),
		NONE("Plaintiff moved for a stay pending appeal. The motion to dismiss is granted and the motion for a "
		     "stay is denied as moot."),
		NONE("Plaintiff moved for a stay pending appeal. The motion for leave to amend is granted."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* A passive infinitive after a noun describes it ("exhibits to be used at
 * trial"): the noun phrase goes on through it to its own verb. Not where
 * the infinitive is what a party asked for, nor in a clause reported. */
static void infinitive_modifiers(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"All exhibits to be used at trial shall be exchanged by March 10, 2020.", 1, "deadline", NULL,
		 "2020-03-10", 0, NULL, 0, NULL},
		{"Any exhibits to be offered at trial must be marked no later than March 10, 2020.", 1, "deadline", NULL,
		 "2020-03-10", 0, NULL, 0, NULL},
		{"Witnesses to be called at trial shall be disclosed by March 10, 2020.", 1, "deadline", NULL,
		 "2020-03-10", 0, NULL, 0, NULL},
		{"All documents to be considered must be received by chambers at least 5 business days prior to the "
		 "hearing.", 1, "deadline", NULL, NULL, 5, "business_days", 1, NULL},
		NONE("Plaintiff asked for the documents to be produced by March 10, 2020."),
		NONE("The exhibits to be used at the hearing were filed on March 10, 2020."),
		NONE("The parties have agreed that the documents to be produced will be delivered by March 10, 2020."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* A minute order's or tentative ruling's command with its verb left out,
 * opening the sentence with the party's role ("Moving party to give
 * notice."), is a duty with or without a time; not a longer noun phrase
 * before "to" (what a party is invited or failed to do), nor an act no
 * clerk dockets with no time. */
static void verbless_commands(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		/* (the moving party: the side whose motion the paragraph names, else the movant) */
		{"The motion to compel is granted. Moving party to give notice.", 1, "deadline", "movant", NULL, 0, NULL,
		 0, NULL},
		{"Defendant's motion to compel is granted. Moving party to give notice.", 1, "deadline", "defendant",
		 NULL, 0, NULL, 0, NULL},
		{"Plaintiff to give notice.", 1, "deadline", "plaintiff", NULL, 0, NULL, 0, NULL},
		{"Defendants to file an answer within 10 days.", 1, "deadline", "defendants", NULL, 10, "days", 0,
		 NULL},
		{"The demurrer is overruled. Defendant to serve its answer.", 1, "deadline", "defendant", NULL, 0, NULL,
		 0, NULL},
		NONE("The Court invites amicus counsel to submit briefing on the question."),
		NONE("However, appellant failed to file a brief by the extended deadline."),
		NONE("The only defendant to respond to the motion is Peterson Ross."),
		NONE("Plaintiff to give the defendant a copy of the letter."),
		NONE("Defendant to remain in custody."),
		/* (its time set off by commas between the role and its "to", an
		 * item of the court's list of commands) */
		{"This Court ORDERS:\n1. Defendants, no later than May 10, 2020, to file and serve their papers;\n", 1,
		 "deadline", "defendants", "2020-05-10", 0, NULL, 0, NULL},
		{"Plaintiff, within 14 days, to file an amended complaint.", 1, "deadline", "plaintiff", NULL, 14, "days",
		 0, NULL},
		/* a title's "ORDER FOR X TO V", with its time: the command; with no
		 * time it repeats or describes one; "in order for" is a purpose */
		{"ORDER FOR DEFENDANT NORTHCUTT TO RESPOND TO INTERROGATORIES BY OCTOBER 21, 2020", 1, "deadline",
		 "northcutt", "2020-10-21", 0, NULL, 0, NULL},
		{"ORDER for the Plaintiff to explain the delay in service of process within fourteen days from the date of "
		 "this Order.", 1, "deadline", "plaintiff", NULL, 14, "days", 0, NULL},
		NONE("ORDER FOR DEFENDANT TO SHOW CAUSE"),
		NONE("In order for the Court to rule on the motion by June 1, 2020, it needs the record."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
	check_item("Plaintiff's motion is continued to May 5, 2020. The setting party shall serve notice of the new "
		   "date within 5 days.", 2, 1, NULL, "plaintiff");
}

/* A duty whose only time is an event of the case the court holds ("prior
 * to the settlement conference", "the Thursday prior to the week of trial",
 * "on or before the date of the final pretrial conference") is calendared
 * against that event, whatever its act; "the day before" the event is one
 * day. Not a right ("may ... prior to"), advice ("should review ... before"),
 * nor a conduct rule bounded by a point of the schedule ("before the close
 * of discovery"). */
static void duties_before_an_event(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"Prior to the settlement conference, counsel shall discuss settlement with their clients.", 1,
		 "deadline", "counsel", NULL, 0, NULL, 0, NULL},
		{"All parties must make an announcement of their readiness for trial on the Thursday prior to the week "
		 "of the trial.", 1, "deadline", "parties", NULL, 0, NULL, 0, NULL},
		{"Plea agreements should be filed with the court on or before the date of the telephone final pretrial "
		 "conference.", 1, "deadline", NULL, NULL, 0, NULL, 0, NULL},
		{"Counsel should submit their joint status letter no later than the Friday before the conference.", 1,
		 "deadline", "counsel", NULL, 0, NULL, 0, NULL},
		{"The parties shall file jury instructions the day before the pretrial conference.", 1, "deadline",
		 "parties", NULL, 1, "days", 1, NULL},
		{"The final pretrial order is due the day prior to the final pretrial conference.", 1, "deadline", NULL,
		 NULL, 1, "days", 1, NULL},
		{"Leave must be obtained at least one work day before the final pretrial conference.", 1, "deadline",
		 NULL, NULL, 1, "business_days", 1, NULL},
		NONE("Defendant may request a plea hearing with the magistrate judge prior to the trial date."),
		NONE("Before the case management conference, counsel should review the Federal Rules."),
		NONE("Counsel shall ensure that the witnesses are courteous before the close of discovery."),
		NONE("Counsel shall discuss settlement with their clients prior to the trial court's ruling."),
	};
	check(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* A hearing on the day the order is entered (2020-03-02 here) is set only
 * when the clause sets it ahead ("set for", "scheduled for", "continued to",
 * "to be held on", "setting ... for"); otherwise it is the record of one
 * held that day. */
static void settings_on_the_entry_day(void **state)
{
	(void)state;
	check_item("Status Conference scheduled for 3/2/2020 at 2:00 PM in Courtroom 4.", 1, 0, "2020-03-02", NULL);
	check_item("Motion Hearing set for 3/2/2020 03:30 PM before Magistrate Judge Doe.", 1, 0, "2020-03-02", NULL);
	check_item("The pretrial conference is continued to March 2, 2020 at 4:00 p.m.", 1, 0, "2020-03-02", NULL);
	check_item("A settlement conference is to be held on March 2, 2020 at 1:30 p.m.", 1, 0, "2020-03-02", NULL);
	check_item("Motion Hearing held on 3/2/2020. The motion is taken under advisement.", 0, 0, NULL, NULL);
	check_item("ORDER Setting Status Conference signed on 3/2/2020.", 0, 0, NULL, NULL);
	/* (the court's act in the gerund, words between it and its "for") */
	check_item("IT IS ORDERED setting an ex parte hearing in this matter for March 2, 2020, at 2:30 p.m.", 1, 0,
		   "2020-03-02", NULL);
	check_item("ORDER Setting Settlement Conference signed by Magistrate Judge Jane Doe on 3/2/2020.", 0, 0, NULL,
		   NULL);
	check_item("Initial Appearance as to John Doe held on 3/2/2020.", 0, 0, NULL, NULL);
	/* the day after the entry is ahead in any form */
	check_item("The status conference will be held on March 3, 2020 at 9:00 a.m.", 1, 0, "2020-03-03", NULL);
}

/* A schedule typeset with dot leaders between label and date, each row
 * under a bullet glyph on a line of its own, a footnote's number set against
 * a label's last word: one obligation a row, none of them the party of the
 * row before (a label naming an act done by then is a deadline). */
static void dot_leaders(void **state)
{
	(void)state;
	static const char sched[] = "Pursuant to Federal Rule of Civil Procedure 16(b), the Court orders:\n!\n"
				    "Joint status report due . . . . . . . . . . . 3 April 2020\n!\n"
				    "Plaintiff shall identify all\nexpert witnesses by . . . . . . . . 4 May 2020\n!\n"
				    "Discovery cutoff . . . . . . . . . . . . . . . 5 June 2020\n!\n"
				    "Dispositive motions due1 . . . . . . . . . 6 July 2020\n!\n"
				    "Deposition designations exchanged2 . . . . 7 August 2020\n";
	check_item(sched, 5, 0, "2020-04-03", "parties");
	check_item(sched, 5, 1, "2020-05-04", "plaintiff");
	check_item(sched, 5, 2, "2020-06-05", "parties");
	check_item(sched, 5, 3, "2020-07-06", "parties");
	check_item(sched, 5, 4, "2020-08-07", "parties");
	static const struct expect cases[] = {
		{"Deposition designations exchanged . . . . . . 7 August 2020\nDiscovery cutoff . . . . 5 June 2020\n", 2,
		 "deadline", NULL, "2020-08-07", 0, NULL, 0, NULL},
		{"Final pretrial conference . . . . . . 7 August 2020 at 9:00 a.m.\nDiscovery cutoff . . . . 5 June 2020\n", 2,
		 "hearing", NULL, "2020-08-07", 0, NULL, 0, NULL},
		/* an ellipsis of three dots in prose is no leader */
		NONE("The Court ... denies the motion filed March 1, 2019."),
	};
	CHECK(cases);
	/* a prose party before a row with no party of its own: the row after a
	 * sentence, not one of its rows, keeps it */
	check_item("Plaintiff shall serve the disclosures by April 1, 2020. The reply is due by April 15, 2020.", 2, 1,
		   "2020-04-15", "plaintiff");
}

/* Of two sentences on one setting, the one kept is the one that states its
 * date, not one whose frame reached the date across another clause. */
static void repeats_keep_the_dated(void **state)
{
	(void)state;
	static const char text[] = "So Ordered Stipulation signed on 3/2/2020 Setting Briefing Schedule and Adjourning "
				   "the Hearing on Defendant Fund SPC's Motion to Dismiss the Amended Complaint (related "
				   "document(s) 10 ). with Adjourned Pre-Trial Conference to be held on 4/12/2020 at 10:00 "
				   "AM at Courtroom 623 (BRL).";
	struct extraction x;
	struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
	extract_order_with(text, strlen(text), &opt, &x);
	assert_int_equal(x.n, 1);
	assert_non_null(strstr(x.items[0].quote, "to be held on 4/12/2020"));
	extraction_free(&x);
}

/* A duty the opening summary or a docket line states, and the order's
 * sentence states again, is one, though the two write a date in its paper's
 * name differently ("2/23/2020", "February 23, 2020") or name the paper by
 * that date alone. */
static void restatements_across_paragraphs(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"ORDERED that on or before 3/17/2020 Plf shall file a supplement to his 2/23/2020 amended complaint, as "
		"further set out in order. Signed by Honorable Terry F. Moorer on 3/2/2020.\n\nDoc. 10\n\nAccordingly, it is ORDERED that on or before March 17, 2020 Plaintiff "
		"shall file a supplement to his February 23, 2020 amended complaint.",
		"For the reasons stated herein, plaintiff is granted thirty days to respond to the February 24, 2020 "
		"order.\n\nThe undersigned grants plaintiff thirty days from the date of this order to file a response "
		"to the February 24, 2020 order.",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(texts[i], strlen(texts[i]), &opt, &x);
		if (x.n != 1)
			print_error("case %zu: want 1 obligation, got %zu\n", i, x.n);
		assert_int_equal(x.n, 1);
		extraction_free(&x);
	}
}

/* Two events set for one hour are two, each in its own sentence of one
 * paragraph; a restatement of one (a docket summary after the order's
 * sentence, naming the same event) is one. The court's verb names its event. */
static void events_at_one_hour(void **state)
{
	(void)state;
	const char *two = "As requested by defense counsel a Change of Plea Hearing is set for 4/12/2020 01:30 PM before "
			  "Magistrate Judge Jane Roe. Sentence Without PSR set for 4/12/2020 01:30 PM before Magistrate "
			  "Judge Jane Roe.";
	check_item(two, 2, 0, "2020-04-12", NULL);
	check_item(two, 2, 1, "2020-04-12", NULL);
	check_item("ORDER: The initial pre-trial conference in this matter is adjourned to April 30, 2020 at 3:00 p.m. "
		   "Initial Conference set for 4/30/2020 at 03:00 PM before Judge Jane Roe.",
		   1, 0, "2020-04-30", NULL);
	check_item("The Court will hold a status conference on April 30, 2020 at 3:00 p.m. (Status Conference set for "
		   "4/30/2020 at 03:00 PM before Judge Jane Roe.)",
		   1, 0, "2020-04-30", NULL);
	check_action("The Court will hold a final pretrial conference in this case on Friday, May 22, 2020, at 1:00 p.m.",
		     1, 0, "attend a final pretrial conference");
}

/* Bankruptcy notices in docket text: the meeting of creditors is an event
 * the debtor attends, a deadline's cell after it is a row of its own, a time
 * with no a.m. or p.m. is a court's afternoon hour, and a certificate of
 * mailing only refers to the entry it mailed. */
static void bankruptcy_notices(void **state)
{
	(void)state;
	const char *nibs = "First Meeting of Creditors Scheduled For 2:10 4/9/20 At 300 W Pratt, #375 Baltimore MD Last "
			   "Day To Oppose Discharge: 6/8/20 (formeremployee) (Entered: 03/02/2020)";
	check_item(nibs, 2, 0, "2020-04-09", "debtor");
	check_minute(nibs, 2, 0, 14 * 60 + 10);
	check_item(nibs, 2, 1, "2020-06-08", NULL);
	/* a notice that sets an event, in docket text: a hearing, or a motion's
	 * presentment in court */
	check_item("NOTICE of Motion by James Joseph Mcquaid for presentment of motion for preliminary injunction 5 "
		   "before Honorable Robert M. Dow Jr. on 8/28/2020 at 09:15 AM. (Mcquaid, James) (Entered: 03/02/2020)",
		   1, 0, "2020-08-28", "parties");
	check_action("NOTICE of hearing on motion to dismiss before Judge Roe on 8/28/2020 at 09:15 AM.", 1, 0,
		     "attend hearing");
	/* docket text's "to be held", "will be held" before the day (not "was held") */
	check_item("Interim Order on Motion to Use Cash Collateral and scheduling further hearing to be held October 19, "
		   "2020 at 1:00 p.m., Courtroom 8A (related document(s) 4 ).",
		   1, 0, "2020-10-19", "parties");
	check_item("A telephonic status conference will be held October 7, 2020, at 4:00pm.", 1, 0, "2020-10-07", "parties");
	check_item("A telephonic status conference was held October 7, 2019.", 0, 0, NULL, NULL);
	/* "by the end of the business day": the day of entry */
	check_item("Plaintiff Carolyn Ford is directed to E-File the Complaint and cover sheet and pay the filing fee of "
		   "$ 400.00 by the end of the business day.",
		   1, 0, "2020-03-02", "ford");
	check_item("BNC Certificate of Mailing (Re: 2 Meeting of Creditors to be held on 04/06/2020 at 10:00 AM at 299 E "
		   "Broward Blvd Room 411) Notice Date 03/02/2020.",
		   0, 0, NULL, NULL);
	/* (a label that only ends with a limit, a date noted in the row's own
	 * parenthesis, is no row by itself) */
	check_item("Filing Deadline: 4/1/20", 0, 0, NULL, NULL);
	check_minute("The hearing is set for April 9, 2020 at 9:30.", 1, 0, 9 * 60 + 30);
	/* a notice's rows that say where after the date and time */
	const char *placed = "Meeting of Creditors: 04/25/2020, 10:00 AM, Office of the U.S. Trustee, 600 East Main St., "
			     "Suite 120, Richmond, Virginia. Proofs of Claim due by 08/23/2020. Confirmation hearing: "
			     "06/14/2020, 09:30 AM, Chief Judge Roe's Courtroom, 1100 East Main Street, Room 335.";
	check_item(placed, 3, 0, "2020-04-25", "debtor");
	check_item(placed, 3, 2, "2020-06-14", NULL);
	check_item("Joint proposed pretrial order: September 6, 2020, or 30 days after the ruling, whichever is later.",
		   0, 0, NULL, NULL);
	/* a docket entry marked void commands nothing; the next entry does */
	check_item("(ENTERED IN ERROR) Document re: Proposed Form Of Order (related document: 16 Motion). Hearing "
		   "scheduled for 4/19/2020 at 10:00 AM at Courtroom 3A.\n\nHearing scheduled for 4/20/2020 at 10:00 AM at "
		   "Courtroom 3A.",
		   1, 0, "2020-04-20", NULL);
	check_item("ENTERED IN ERROR.....Redacted Transcript Deadline set for 4/14/2020.", 0, 0, NULL, NULL);
	/* "as set" of another thing, before the setting, keeps nothing from it;
	 * a setting for the day of entry with its hour before its date */
	check_item("MINUTES: all conditions of release remain as set from the USDC, Northern District status hearing "
		   "set for 9:00 3/2/20, dept 1, for John Doe;", 1, 0, "2020-03-02", NULL);
	check_item("This trial shall commence as scheduled on April 9, 2020.", 0, 0, NULL, NULL);
	/* an event's hour and time zone between its cue and its day ("beginning
	 * at 10:00a.m. (EST) Tuesday, May 30"); an event named before a
	 * parenthesis keeps its name */
	check_item("ORDERED that this case is calendared for trial, at a special trial session of the Court, beginning "
		   "at 10:00a.m. (EST) Tuesday, May 26, 2020 at the United States Tax Court.",
		   1, 0, "2020-05-26", "parties");
	check_minute("ORDERED that this case is calendared for trial, at a special trial session of the Court, beginning "
		     "at 10:00a.m. (EST) Tuesday, May 26, 2020.",
		     1, 0, 10 * 60);
	check_action("ORDERED that a video status conference (on Microsoft Teams) with the Court and the parties herein "
		     "is set for April 13, 2020, at 11:00a.m. (EST) to discuss trial preparation.",
		     1, 0, "attend a video status conference (on Microsoft Teams) with the Court and the parties herein");
	/* two settings run on without a stop: each keeps its own date (the
	 * second's noun phrase begins where the first ends); a phrase that a
	 * finite verb takes as its subject is still one phrase */
	const char *runon = "First Meeting of Creditors Scheduled For 10:30 4/9/20 At 300 W Pratt, #375 Baltimore MD "
			    "Confirmation Hearing Set For 2:15 5/15/20 At Crtrm 9-C, Baltimore ;";
	check_item(runon, 2, 0, "2020-04-09", "debtor");
	check_item(runon, 2, 1, "2020-05-15", NULL);
	check_item("The jury trial now set for May 16, 2020, is continued to August 17, 2020.", 1, 0, "2020-08-17",
		   NULL);
	check_item("Hearing Scheduled For 3/2/20 Not Held.", 0, 0, NULL, NULL);
	/* a small business debtor's reports, its pay advices, the petition's
	 * exhibit and declaration, a paper under Rule 1007: the debtor's in a
	 * bankruptcy case; a balance sheet elsewhere is no debtor's */
	const char *deficient = "In re Roe, Debtor. Chapter 11. Balance Sheet Due 4/1/2020. Cash Flow Statement Due "
				"4/1/2020. Small Business Tax Return Due 4/1/2020. Payment Advices due by 4/1/2020. "
				"Exhibit D due: 4/1/2020. Local Rule 1007-2 Affidavit due by: 4/1/2020. Declaration re: "
				"Electronic Filing due by 4/1/2020.";
	for (size_t i = 0; i < 7; i++)
		check_item(deficient, 7, i, "2020-04-01", "debtor");
	check_item("The balance sheet is due April 1, 2020.", 1, 0, "2020-04-01", "parties");
	check_item("Exhibit D to the motion is due April 1, 2020.", 1, 0, "2020-04-01", "parties");
	/* what a petition's docket entry or a notice of deficiency lists as due
	 * is the debtor's, whatever its title; not elsewhere */
	const char *petition = "In re Doe, Debtor. Chapter 7 Voluntary Petition filed by Jane Doe. Statement of "
			       "Related Cases due 5/4/2020. Venue Disclosure due 5/4/2020.";
	check_item(petition, 2, 0, "2020-05-04", "debtor");
	check_item(petition, 2, 1, "2020-05-04", "debtor");
	check_item("In re Doe, Debtor. Notice of Deficient Filing. Corporate Resolution due by 5/4/2020.", 1, 0,
		   "2020-05-04", "debtor");
	check_item("In re Doe, Debtor. Trustee's Motion to Sell Property. Objections due by 5/11/2020.", 1, 0,
		   "2020-05-11", "parties");
	check_item("Notice of deficiency. Corrected brief due by 5/4/2020.", 1, 0, "2020-05-04", "parties");
	/* a response or objection to a motion for relief from the stay: the
	 * debtor's, whom the stay protects; a reply is the movant's, not the
	 * debtor's */
	check_item("In re Doe, Debtor. Motion for Relief from the Automatic Stay filed by First Bank as to 12 Elm "
		   "Street. Objections due by 5/11/2020.",
		   1, 0, "2020-05-11", "debtor");
	check_item("In re Doe, Debtor. Motion for Relief from Stay filed by a creditor. Response due by 5/11/2020.", 1,
		   0, "2020-05-11", "debtor");
	check_item("In re Doe, Debtor. Motion to Lift Stay filed by a creditor. Reply due by 5/18/2020.", 1, 0,
		   "2020-05-18", "parties");
	check_item("Motion for relief from stay of the injunction. Response due by 5/11/2020.", 1, 0, "2020-05-11",
		   "parties");
	/* in a class settlement, objections to it are the class members'; the
	 * response to them, and objections to a recommendation, are not */
	check_item("The Court grants preliminary approval of the class settlement. Objections to the settlement are "
		   "due by April 22, 2020.",
		   1, 0, "2020-04-22", "class members");
	check_item("The fairness hearing is set for June 1, 2020. Any response to the objections is due by May 6, "
		   "2020.",
		   2, 1, "2020-05-06", "parties");
	check_item("Objections to the Report and Recommendation are due by April 22, 2020.", 1, 0, "2020-04-22",
		   "parties");
	/* the debtor's reaffirmation hearing and income statement; a report of
	 * disposable income outside a bankruptcy case is no debtor's */
	check_item("In re Doe, Debtor. Reaffirmation Hearing set for 5/5/2020 at 9:30 AM in Courtroom 2.", 1, 0,
		   "2020-05-05", "debtor");
	check_item("In re Doe, Debtor. Chapter 13 Statement of Disposable Income due 5/5/2020.", 1, 0, "2020-05-05",
		   "debtor");
	check_item("Disposable income report due by 5/5/2020.", 1, 0, "2020-05-05", "parties");
	check_item("Financial Management Certificate due by 7/8/2020 or the case may be closed without a discharge.", 1,
		   0, "2020-07-08", "debtor");
	check_item("In re Doe, Debtor. List of all creditors due 5/4/2020.", 1, 0, "2020-05-04", "debtor");
}

/* Whose a civil paper is when the order names no party: the plaintiff's
 * complaint, the defendant's answer, a response the other side's, a reply
 * the same side's; not when the paper only qualifies what is due. */
static void civil_papers(void **state)
{
	(void)state;
	check_item("Amended Complaint due by 4/29/2020.", 1, 0, "2020-04-29", "plaintiff");
	check_item("Answer to Amended Complaint due by 5/13/2020.", 1, 0, "2020-05-13", "defendant");
	check_item("Responsive pleadings due by 5/29/2020.", 1, 0, "2020-05-29", "defendant");
	check_item("Response to Motion to Dismiss due by 6/1/2020. Reply in support of Motion to Dismiss due by "
		   "6/15/2020.", 2, 0, "2020-06-01", "plaintiff");
	check_item("Response to Motion to Dismiss due by 6/1/2020. Reply in support of Motion to Dismiss due by "
		   "6/15/2020.", 2, 1, "2020-06-15", "defendant");
	check_item("The deadline to file a motion for class certification is extended to July 6, 2020.", 1, 0,
		   "2020-07-06", "plaintiff");
	check_item("Any opposition to class certification shall be filed by August 3, 2020.", 1, 0, "2020-08-03",
		   "defendant");
	check_item("Infringement contentions shall be served by May 4, 2020; invalidity contentions by June 18, 2020.",
		   2, 0, "2020-05-04", "plaintiff");
	/* (what the paper qualifies is anyone's; a named party wins) */
	check_item("All discovery related to the motion for class certification shall be completed by July 6, 2020.",
		   1, 0, "2020-07-06", "parties");
	check_item("A hearing on the Motion to Dismiss is set for June 22, 2020 at 10:00 a.m.", 1, 0, "2020-06-22",
		   "parties");
	check_item("Plaintiff's answer to the counterclaim is due May 1, 2020.", 1, 0, "2020-05-01", "plaintiff");
	/* the fee to file the case, and the application not to prepay it, are
	 * the filer's: the plaintiff's, on a petition the petitioner's */
	check_item("Filing fee or IFP application due by 7/18/2020.", 1, 0, "2020-07-18", "plaintiff");
	check_item("Initial partial filing fee of $ 6.27 assessed. (Initial partial filing fee due by 4/24/2020.)", 1,
		   0, "2020-04-24", "plaintiff");
	check_item("Petitioner: John Doe. Filing fee due by 4/24/2020.", 1, 0, "2020-04-24",
		   "petitioner");
	/* the agency's record: the respondent's on a petition for review, the
	 * defendant's in a district court; not what a motion is about */
	check_item("Petitioner: Jose Lopez. Certified Administrative Record due 5/9/2020.", 1, 0, "2020-05-09",
		   "respondent");
	check_item("The Administrative Record shall be filed by May 9, 2020.", 1, 0,
		   "2020-05-09", "defendant");
	check_item("Any motion regarding the completeness of the administrative record shall be filed by May 9, 2020.",
		   1, 0, "2020-05-09", "parties");
	/* (a label's capitalised "Deadline" names no one) */
	check_item("Deadline to Amend Pleadings: 05/23/2020\nDeadline to Complete Discovery: 08/23/2020\n", 2, 0,
		   "2020-05-23", "parties");
	check_item("Cut-Off to Complete Discovery: 08/23/2020\nDeadline for Dispositive Motions: 10/23/2020\n", 2, 0,
		   "2020-08-23", "parties");
	/* (in a bankruptcy case, an adversary defendant's answer; the debtor's
	 * response to the trustee's motion) */
	check_item("Debtor: John Smith, Chapter 13. Responses to the Trustee's Motion to Dismiss due by May 28, 2020.", 1,
		   0, "2020-05-28", "debtor");
	check_item("Debtor: John Smith, Chapter 7. Adversary proceeding. Answer due on May 28, 2020.", 1, 0,
		   "2020-05-28", "defendant");
	check_item("Workfront's deadline to file a response to Plaintiff's Complaint is extended to May 4, 2020.", 1, 0,
		   "2020-05-04", "workfront");
	/* a person the court commands with a role in apposition is named by
	 * surname (ANNOTATION.md); a role alone is the role */
	check_item("We order Hipolita Lopez, the official court reporter, to file the reporter's record on or before "
		   "May 3, 2020.", 1, 0, "2020-05-03", "lopez");
	check_item("We order the court reporter to file the record by May 3, 2020.", 1, 0, "2020-05-03",
		   "court reporter");
	check_item("We ORDER court reporter Luis Duran Jr. to file the reporter's record by May 3, 2020.", 1, 0,
		   "2020-05-03", "duran");
	/* (a person by an honorific, commanded with the court's other act) */
	check_item("Accordingly, the Court grants appellant's second motion for extension and orders the Honorable "
		   "Traci Evans to file appellant's brief on or before November 4, 2020.", 1, 0, "2020-11-04", "evans");
	/* what may not be done after a day is due by it, by the party named */
	check_item("No parties may be added by plaintiff(s) after 5/4/2020.", 1, 0, "2020-05-04", "plaintiffs");
	check_item("No motions to amend shall be filed after June 1, 2020.", 1, 0, "2020-06-01", "parties");
	check_item("No party filed anything after June 1, 2019.", 0, 0, NULL, NULL);
	check_item("Expert reports are due from plaintiff(s) by May 6, 2020.", 1, 0, "2020-05-06", "plaintiffs");
	/* a paper named by a possessive pronoun is the movant's */
	check_item("Appellant Mom's motion is GRANTED. Her brief is due on November 4, 2020.", 1, 0, "2020-11-04",
		   "appellant");
	check_item("Defendant's motion for leave is granted. Its answer is due on May 4, 2020.", 1, 0, "2020-05-04",
		   "defendant");
	/* the party whose time it is, its noun phrase cut at a joined verb */
	check_item("ORDERED that the respondent's time to serve and file a brief is enlarged until May 4, 2020.", 1, 0,
		   "2020-05-04", "respondent");
	check_item("ORDERED that defendants' deadline to answer and move is extended to May 4, 2020.", 1, 0,
		   "2020-05-04", "defendants");
	/* (an appeal's papers are the appellant's and the appellee's) */
	struct extraction x;
	struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2), .appellate = 1};
	const char *appeal = "The answer brief is due April 30, 2020.";
	extract_order_with(appeal, strlen(appeal), &opt, &x);
	assert_int_equal(x.n, 1);
	assert_string_not_equal(x.items[0].who, "defendant");
	extraction_free(&x);
}

/* The court moving a date in its own words ("The Court extends ... to
 * DATE"), and an order whose reasoning announces what its decretal part
 * then orders: one obligation, the decree's. */
static void court_moves_dates(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The Court extends Defendant's deadline to respond to the complaint to June 1, 2020.", 1, "deadline",
		 "defendant", "2020-06-01", 0, NULL, 0, NULL},
		{"The Court sua sponte extends the time for Plaintiffs to file their reply to May 15, 2020.", 1,
		 "deadline", NULL, "2020-05-15", 0, NULL, 0, NULL},
		{"The court extends the mediation deadline to 7/8/2020.", 1, "deadline", "parties", "2020-07-08", 0, NULL,
		 0, NULL},
		{"The Court hereby continues the status conference to April 20, 2020 at 10:00 a.m.", 1, "hearing", NULL,
		 "2020-04-20", 0, NULL, 0, NULL},
		{"The Court resets the final pretrial conference to May 4, 2020.", 1, "hearing", NULL, "2020-05-04", 0,
		 NULL, 0, NULL},
		{"Accordingly, the Court will extend the discovery deadline from March 26, 2020 to June 29, 2020.", 1,
		 "deadline", "parties", "2020-06-29", 0, NULL, 0, NULL},
		/* the extension the court grants of a deadline, to its new day; "it"
		 * for the court in a clause joined to the court's */
		{"The Court grants a thirty-day extension of the discovery deadline to June 1, 2020.", 1, "deadline",
		 "parties", "2020-06-01", 0, NULL, 0, NULL},
		{"Accordingly, the Court will grant a 45-Day extension of discovery until November 14, 2020, and it will "
		 "extend the deadline for dispositive motions to December 21, 2020.",
		 2, "deadline", "parties", "2020-11-14", 0, NULL, 0, NULL},
		NONE("Defendant states that it will extend its offer to June 1, 2020."),
		/* (what happened, or what a party asks, is no new date) */
		NONE("On February 3, 2020, the Court extended the deadline to respond to March 30, 2020."),
		NONE("The motion requests that the Court extend the discovery deadline until July 31, 2020."),
		NONE("Plaintiff asks the Court to continue the hearing to May 9, 2020."),
		NONE("The Court continues to believe that the parties can settle."),
		/* time granted, said as what the court will do, from "this date" */
		{"The court will grant an extension of time for the filing of appellant's brief for a period of thirty "
		 "days from this date.", 1, "deadline", "appellant", NULL, 30, "days", 0, NULL},
		NONE("The Court will grant an extension of time if the parties so move."),
		/* the reasoning announces the decree: the decree's sentence is kept */
		{"ORDER\nThe parties stipulated to an extension. Because the parties are working towards settlement, "
		 "the Court will extend Defendants' time to answer to November 3, 2020.\n"
		 "IT IS FURTHER ORDERED that Defendants must answer or otherwise respond no later than November 3, "
		 "2020.\nSO ORDERED.", 1, "deadline", "defendants", "2020-11-03", 0, NULL, 0, NULL},
	};
	CHECK(cases);
	/* (and of two sentences that set the same event, the one stated without
	 * a condition) */
	check_action("IT IS ORDERED that the motion is granted in part. If the parties are unable to settle, the Court "
		     "will hold a jury trial beginning on May 4, 2020. IT IS FURTHER ORDERED that this action is set for a "
		     "jury trial on May 4, 2020, at 9:00 a.m.",
		     1, 0, "attend a jury trial");
	/* (the one kept is the decree's own sentence) */
	check_action("ORDER\nThe Court will extend Defendants' time to answer to November 3, 2020.\nIT IS FURTHER "
		     "ORDERED that Defendants must answer the complaint no later than November 3, 2020.",
		     1, 0, "answer the complaint");
	/* a duty with no time in the reasoning of an order with a decree is not
	 * one; in an order titled ORDER and nothing more it is */
	check_item("ORDER\nCounsel shall confer before the hearing to narrow the issues.", 1, 0, NULL, "counsel");
	check_item("ORDER\nThe Court has reviewed the motion. The parties shall confer about the remaining issues.\n"
		   "IT IS ORDERED that the motion is granted and the parties shall file a joint report by April 6, 2020.",
		   1, 0, "2020-04-06", "parties");
	/* ("SO ORDERED" signs the order off; it opens nothing) */
	check_item("ORDER\nCounsel shall confer before the hearing to narrow the issues.\nSO ORDERED.", 1, 0, NULL,
		   "counsel");
}

/* The court as subject, duties, "ordered that", grants of time, show cause. */
static void duty_frames(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		/* this court's clerk's acts with no time are not calendared; a lower
		 * court's clerk's are */
		NONE("The Clerk is directed to file the lodged response."),
		NONE("IT IS ORDERED that the Clerk shall designate a certified mediator on a blind rotation basis."),
		NONE("The Clerk's Office is directed to amend docket entries 15 and 16."),
		{"The district clerk shall file a supplemental clerk's record within thirty days of this order.", 1,
		 "deadline", "clerk", NULL, 30, "days", 0, NULL},
		/* time granted by saying when a late paper will still count */
		{"The brief will be accepted as timely filed if submitted on or before April 3, 2020.", 1,
		 "deadline", "parties", "2020-04-03", 0, NULL, 0, NULL},
		{"The amicus brief will be accepted for filing if submitted on or before April 15, 2020.", 1,
		 "deadline", NULL, "2020-04-15", 0, NULL, 0, NULL},
		NONE("Appellant's brief will be accepted as timely filed."),
		/* what the court orders after "as follows:" is not the ruling
		 * before the colon */
		{"We DENY the motion and order as follows: We order Jane Roe to file the record in this appeal by "
		 "April 11, 2020.", 1, "deadline", "roe", "2020-04-11", 0, NULL, 0, NULL},
		/* an event moved, named by the noun of the move */
		{"Notice of Adjournment of Pre-trial Conference from 3/11/2020 to 4/27/2020 at 10:00 a.m.", 1,
		 "hearing", "parties", "2020-04-27", 0, NULL, 0, NULL},
		/* docket shorthand for "within": "w/in", as "w/i" */
		{"Terex to provide information w/in 10 days and prepare a privilege log.", 1, "deadline", "terex", NULL,
		 10, "days", 0, NULL},
		/* docket text drops the "is" of a command ("Plaintiff ordered to
		 * file ..."); not a court that ordered something */
		{"Plaintiff ordered to file an amended complaint by 5/1/2020.", 1, "deadline", "plaintiff",
		 "2020-05-01", 0, NULL, 0, NULL},
		{"Defendants directed to respond within 14 days.", 1, "deadline", "defendants", NULL, 14, "days", 0,
		 NULL},
		NONE("The court ordered to file nothing further."),
		/* docket text that opens with the participle, its case understood */
		{"SET FOR ARGUMENT ON Wednesday, April 15, 2020.", 1, "hearing", "parties", "2020-04-15", 0, NULL, 0,
		 NULL},
		{"Scheduled for hearing on 4/6/2020 at 10:00 AM.", 1, "hearing", "parties", "2020-04-06", 0, NULL, 0,
		 NULL},
		NONE("The motion, set for hearing on April 6, 2020, is denied."),
		/* time given to a day, as a period is given ("gives Plaintiff thirty
		 * days to ..."): the court or its order the subject */
		{"The Court gives Plaintiff until March 6, 2020 to file an amended complaint.", 1, "deadline",
		 "plaintiff", "2020-03-06", 0, NULL, 0, NULL},
		{"This order gives Mr. Turner until March 6, 2020, to file an amended complaint.", 1, "deadline",
		 "turner", "2020-03-06", 0, NULL, 0, NULL},
		{"We grant appellant until March 6, 2020, in which to pay the filing fee.", 1, "deadline", "appellant",
		 "2020-03-06", 0, NULL, 0, NULL},
		{"Order giving plaintiff until 3/6/2020 to perfect service.", 1, "deadline", "plaintiff", "2020-03-06", 0,
		 NULL, 0, NULL},
		NONE("Rule 6 gives a party until the next day to file."),
		NONE("The Court previously gave Plaintiff until March 6, 2020 to file an amended complaint."),
		/* a period that ends, commanded or foretold ("shall close", "will
		 * end") as well as stated ("closes") */
		{"Discovery shall close on November 2, 2020.", 1, "deadline", "parties", "2020-11-02", 0, NULL, 0, NULL},
		{"Plaintiff's motion will be granted, and discovery will close on November 2, 2020.", 1, "deadline",
		 "parties", "2020-11-02", 0, NULL, 0, NULL},
		{"Fact discovery must end by November 2, 2020.", 1, "deadline", "parties", "2020-11-02", 0, NULL, 0,
		 NULL},
		NONE("The Clerk shall close this case on November 2, 2020."),
		NONE("Discovery closed on November 2, 2019."),
		/* "once again", "once more" are adverbs of the command, not the
		 * condition "once" */
		{"Petitioner is once again ORDERED TO SHOW CAUSE, in writing, no later than October 16, 2020, why this "
		 "action should not be dismissed.", 1, "deadline", "petitioner", "2020-10-16", 0, NULL, 0, NULL},
		{"Once again, the parties shall file a joint status report by May 1, 2020.", 1, "deadline", "parties",
		 "2020-05-01", 0, NULL, 0, NULL},
		{"Plaintiff is once more directed to serve the summons within 30 days.", 1, "deadline", "plaintiff",
		 NULL, 30, "days", 0, NULL},
		/* the time set off by commas between the party and its modal */
		{"Counsel for Plaintiffs, not later than September 1, 2020, shall file a status report.", 1, "deadline",
		 "plaintiffs", "2020-09-01", 0, NULL, 0, NULL},
		{"Defendant, within 14 days of this order, shall serve its responses.", 1, "deadline", "defendant", NULL,
		 14, "days", 0, NULL},
		NONE("The Court, on May 1, 2020, shall rule on the motion."),
		/* a cutoff date stated as a fact, in a compound */
		{"The new plea cutoff date is May 19, 2020.", 1, "deadline", NULL, "2020-05-19", 0, NULL, 0, NULL},
		/* (not a phrase of manner after the party: "in person or by counsel") */
		{"The parties, in person or by counsel, must confer by April 13, 2020.", 1, "deadline", "parties",
		 "2020-04-13", 0, NULL, 0, NULL},
		/* a lawyer commanded by name, the role in apposition: the surname */
		{"Therefore we order appointed counsel, William M. Thursland, to file a brief by April 13, 2020.", 1,
		 "deadline", "thursland", "2020-04-13", 0, NULL, 0, NULL},
		/* the court's verb governs an infinitive whose noun is a name with initials */
		{"We therefore order appellant A.A. to file her brief by April 27, 2020.", 1, "deadline", "appellant",
		 "2020-04-27", 0, NULL, 0, NULL},
		/* an abatement and the trial court's duty on remand, in one sentence */
		{"We abate this appeal and remand the cause to the trial court to conduct a hearing within 30 days of the "
		 "date of this order.", 2, "until", NULL, NULL, 0, NULL, 0, NULL},
		{"The Court ORDERS the Defendant to answer the amended complaint by April 10, 2020.", 1,
		 "deadline", "defendant", "2020-04-10", 0, NULL, 0, NULL},
		/* a citation to "id." ends its sentence; a subjunctive "be held" within a period */
		{"See id. The court ORDERS that the mediation be held within 60 days of the date of this order.", 1,
		 "deadline", "parties", NULL, 60, "days", 0, NULL},
		/* a right to object or ask by a date, else what the order says follows */
		{"Absent objection on or before May 25, 2020, the informal response will be deemed the return.", 1,
		 "deadline", "parties", "2020-05-25", 0, NULL, 0, NULL},
		/* a duty stated as the condition that averts a sanction, from "this decision and order" */
		{"Plaintiffs are precluded from offering evidence at trial unless plaintiffs serve a bill of particulars "
		 "within 30 days of the date of this decision and order.", 1, "deadline", "plaintiffs", NULL, 30, "days", 0,
		 NULL},
		/* the lower court by its name, in a remand */
		{"The district court shall hear and decide the matter within 56 days of the date of this order.", 1,
		 "deadline", "trial court", NULL, 56, "days", 0, NULL},
		NONE("The district court is further ordered to provide a copy of its ruling to relator and to this court."),
		/* a remand tells the lower court what to do, dated or not; "for further
		 * proceedings" and a remand recited in the past command nothing */
		{"Accordingly, we remand this cause to the trial court for an evidentiary hearing to determine whether "
		 "the claim was timely.", 1, "deadline", "trial court", NULL, 0, NULL, 0, NULL},
		{"We hereby remand to the lower court with instructions to correct the record.", 1, "deadline",
		 "trial court", NULL, 0, NULL, 0, NULL},
		{"This appeal is hereby REMANDED to the trial court to determine and certify what transpired below.", 1,
		 "deadline", "trial court", NULL, 0, NULL, 0, NULL},
		{"We remand this case to the circuit court to settle the record within thirty days.", 1, "deadline",
		 "trial court", NULL, 30, "days", 0, NULL},
		NONE("We reverse the judgment and remand the case to the trial court for further proceedings consistent "
		     "with this opinion."),
		NONE("In 2019 we remanded the case to the trial court to hold a hearing on the motion."),
		/* (the Texas abatement's remand "for entry of findings" is the stay's,
		 * not a duty of its own) */
		{"The appeal is abated and the cause is remanded to the trial court for entry of written findings.", 1,
		 "until", NULL, NULL, 0, NULL, 0, NULL},
		/* a right to stop what the order will do, by a time */
		{"The appeal is referred to mediation unless any party to the appeal files an objection with the Clerk "
		 "within ten days after receiving this order.", 1, "deadline", "parties", NULL, 10, "days", 0, NULL},
		{"We order the trial court to conduct a hearing within thirty days of the date of this order.", 1,
		 "deadline", "trial court", NULL, 30, "days", 0, NULL},
		{"The respondent shall file an answer within sixty (60) days of service of this order.", 1,
		 "deadline", "respondent", NULL, 60, "days", 0, NULL},
		{"IT IS ORDERED that the plaintiffs file their reply brief no later than April 3, 2020.", 1,
		 "deadline", "plaintiffs", "2020-04-03", 0, NULL, 0, NULL},
		{"Petitioner is granted twenty-one days from the date of this order to file objections.", 1,
		 "deadline", "petitioner", NULL, 21, "days", 0, NULL},
		{"The appellant shall have until May 1, 2020 to file her brief.", 1, "deadline", "appellant",
		 "2020-05-01", 0, NULL, 0, NULL},
		/* the presentence report is the probation officer's; objections to it
		 * and the sentencing it serves are not */
		{"Final PSI due by 6/20/2020", 1, "deadline", "probation officer", "2020-06-20", 0, NULL, 0, NULL},
		{"On or before June 27, 2020, the PSR must be submitted to counsel.", 1, "deadline", "probation officer",
		 "2020-06-27", 0, NULL, 0, NULL},
		{"Objections to the PSR due by 7/22/2020", 1, "deadline", "parties", "2020-07-22", 0, NULL, 0, NULL},
		{"Sentence With PSR set for 8/24/2020 09:00 AM in Courtroom 3C.", 1, "hearing", "parties", "2020-08-24", 0,
		 NULL, 0, NULL},
		/* (an ordinal opens a paper's name: a word, not a number) */
		{"2nd-Disclosure PSI due 8/1/2020", 1, "deadline", NULL, "2020-08-01", 0, NULL, 0, NULL},
		{"Defendant shall have to and including May 25, 2020 to file any pretrial motions.", 1, "deadline",
		 "defendant", "2020-05-25", 0, NULL, 0, NULL},
		NONE("Plaintiff has to file a response to the motion."),
		{"On or before 4/11/2020, counsel are to email the ex parte settlement letters to chambers.", 1,
		 "deadline", "counsel", "2020-04-11", 0, NULL, 0, NULL},
		{"Defendant is hereby ORDERED TO SHOW CAUSE in writing within 14 days why sanctions should not issue.",
		 1, "deadline", "defendant", NULL, 14, "days", 0, NULL},
		{"Counsel for both sides are directed to submit a joint status report on or before March 20, 2020.", 1,
		 "deadline", "counsel", "2020-03-20", 0, NULL, 0, NULL},
		{"Defendants are to produce the withheld documents by March 31, 2020.", 1, "deadline", "defendants",
		 "2020-03-31", 0, NULL, 0, NULL},
		{"Smith shall pay the sanction of $500 within ten days.", 1, "deadline", "smith", NULL, 10, "days", 0,
		 NULL},
		/* the court grants a party time, the party named as object or after "for" */
		{"The Court grants appellant an extension of time until April 30, 2020 to file the brief.", 1, "deadline",
		 "appellant", "2020-04-30", 0, NULL, 0, NULL},
		{"This Court GRANTS, however, an extension of time for Danielle Rollins to file a discretionary "
		 "application until April 30, 2020.", 1, "deadline", "rollins", "2020-04-30", 0, NULL, 0, NULL},
		NONE("The Court previously granted an extension of time for plaintiff to file the brief until February "
		     "28, 2020."),
		/* the disposition said with "is to remand" is the remand */
		{"The proper remedy is to remand this case to the circuit court to conduct an evidentiary hearing.", 1,
		 "deadline", "trial court", NULL, 0, NULL, 0, NULL},
		/* a remand spoken of, or the usual disposition, commands nothing */
		NONE("We decline to remand the case to the trial court to hold another hearing."),
		NONE("It is unnecessary to remand this case to the trial court for a new sentencing hearing."),
		NONE("A remand to the trial court to make findings would serve no purpose."),
		NONE("The case is remanded to the trial court with costs to be taxed against appellant."),
		NONE("The cause is remanded to the district court to proceed in a manner consistent with this opinion."),
		/* an act in the subject's own phrase is not the duty's act */
		NONE("ORDER requiring the party filing the motion to cooperate with opposing counsel."),
		/* "should" as what the court notes, or a hope */
		NONE("The Court notes that plaintiff should respond to discovery within 30 days under Rule 33."),
		NONE("Ideally, the parties should complete mediation within 60 days, but the Court will not require it."),
		/* "should" with a time of its own is a softer command; without one, or
		 * as "would"/"could", it is advice */
		{"The plaintiff should respond within 30 days from receipt of this order.", 1, "deadline", "plaintiff",
		 NULL, 30, "days", 0, NULL},
		{"The hearing should be conducted within thirty days of the date of this order.", 1, "deadline", NULL,
		 NULL, 30, "days", 0, NULL},
		NONE("If a dispute arises, the parties should immediately contact the court for advice."),
		NONE("The defendant would respond within 30 days if the motion were granted."),
		/* a duty with no time is calendared when it is an act: holding an event,
		 * giving notice; not conduct ("give careful thought", "hold questions") */
		{"We direct the trial court to conduct an evidentiary hearing on the question of indigence.", 1,
		 "deadline", "trial court", NULL, 0, NULL, 0, NULL},
		{"The moving party is ordered to give notice of this ruling.", 1, "deadline", "movant", NULL, 0, NULL,
		 0, NULL},
		{"THE PLAINTIFF SHALL GIVE WRITTEN NOTICE OF THE HEARING TO ALL CREDITORS.", 1, "deadline",
		 "plaintiff", NULL, 0, NULL, 0, NULL},
		/* the act is the frame's own verb ("is to serve", "must be filed") */
		{"The moving party is to serve this order on parties not receiving electronic notice.", 1, "deadline",
		 "movant", NULL, 0, NULL, 0, NULL},
		{"Counsel are to file their notices of appearance with the Clerk.", 1, "deadline", "counsel", NULL, 0,
		 NULL, 0, NULL},
		NONE("The parties are to remember the Court's rules on courtesy copies."),
		NONE("The defendant shall give careful thought to the terms of any settlement."),
		NONE("The parties shall hold their questions for the witness until cross-examination."),
		/* when a rule takes effect is no one's duty */
		NONE("This amendment shall be effective 30 days after the publication in the Pennsylvania Bulletin."),
		/* to serve in a role is no service of a paper */
		NONE("Anthony Gennaro, Jr. and James D. Gerson shall serve as co-lead plaintiffs in the Consolidated Action."),
		/* what a party agrees to do by a time, in a decree or a stipulated
		 * order the court enters; not what it agrees that, nor to a thing */
		{"The parties agree to exchange initial disclosures by May 1, 2020.", 1, "deadline", "parties",
		 "2020-05-01", 0, NULL, 0, NULL},
		{"Defendant agrees to make a payment of $30,000.00 within thirty calendar days of the Effective Date.", 1,
		 "deadline", "defendant", NULL, 30, "calendar_days", 0, NULL},
		/* the time the court says it will give a party is the party's; on a
		 * condition, a warning */
		{"The Court will allow plaintiff 30 days to file an amended complaint.", 1, "deadline", "plaintiff",
		 NULL, 30, "days", 0, NULL},
		{"The Court will give Plaintiff until March 6, 2021, to file an amended complaint.", 1, "deadline",
		 "plaintiff", "2021-03-06", 0, NULL, 0, NULL},
		NONE("If plaintiff fails to respond, the Court will allow defendant 30 days to move for dismissal."),
		/* a gerund after a preposition is part of the thing's noun phrase */
		{"All evidentiary disputes capable of being resolved by in limine motions shall be filed no later "
		 "than December 15, 2020.", 1, "deadline", "parties", "2020-12-15", 0, NULL, 0, NULL},
		NONE("Plaintiff agrees that defendant may respond by May 1, 2020."),
		NONE("Plaintiff agreed to respond by May 1, 2020."),
		NONE("The parties agree to the relief afforded by the order by May 1, 2020."),
	};
	CHECK(cases);
}

/* Passive duties and things due: "X shall be filed by", "Responses are due". */
static void due_frames(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		/* a citation's subdivisions inside the thing due do not open a clause */
		{"Payment Advices Declaration Required by 11 USC Section 521(a)(1)(B)(iv) due by 4/22/2020.", 1, "deadline",
		 NULL, "2020-04-22", 0, NULL, 0, NULL},
		{"ORDER: Any response to the petition shall be filed on or before April 27, 2020.", 1, "deadline",
		 "respondent", "2020-04-27", 0, NULL, 0, NULL},
		/* a paper its owner names by possession */
		{"The motion to expedite is granted in part. Mylan's initial brief is due no later than April 27, 2020.", 1,
		 "deadline", "mylan", "2020-04-27", 0, NULL, 0, NULL},
		/* a cycle written as N-day intervals, beginning on a stated day */
		{"Respondent is directed to file status reports at 90-day intervals beginning April 27, 2020.", 1,
		 "recurring", "respondent", "2020-04-27", 90, "days", 0, NULL},
		/* "by the close of business on" a weekday and date */
		{"Any motion requiring an evidentiary hearing shall be filed by the close of business on Tuesday, "
		 "September 29, 2020.", 1, "deadline", NULL, "2020-09-29", 0, NULL, 0, NULL},
		/* a bankruptcy court's show-cause response: the debtor's, quoted with its order */
		{"Order to Show Cause Why Chapter 7 Case Should Not Be Dismissed for Failure to Complete Required Filings, . "
		 "Response to Show Cause Order due by 3/9/2020.", 1, "deadline", "debtor", "2020-03-09", 0, NULL, 0, NULL},
		/* a friend of the court's paper */
		{"Amicus curiae briefs shall be filed by 5:00 p.m. on April 21, 2020.", 1, "deadline", "amici", "2020-04-21",
		 0, NULL, 0, NULL},
		/* a paper that answers a motion it names: the other side's, or the movant's reply */
		{"Any opposition to Defendant's motion to dismiss is due by March 9, 2020.", 1, "deadline", "plaintiff",
		 "2020-03-09", 0, NULL, 0, NULL},
		{"Any reply in support of Plaintiffs' motion for class certification is due by March 23, 2020.", 1,
		 "deadline", "plaintiffs", "2020-03-23", 0, NULL, 0, NULL},
		/* a cycle with no number */
		{"The parties shall report to the court once a month beginning on or before July 20, 2020.", 1,
		 "recurring", "parties", "2020-07-20", 1, "months", 0, NULL},
		/* docket text: the duty, then its paper's date (with a time and its zone) */
		{"ORDER directing Defendants to file a response to Plaintiffs' Emergency Motion. Response due no later "
		 "than 4:30 p.m., Pacific Daylight Time, on March 14, 2020.", 1, "deadline", "defendants", "2020-03-14", 0,
		 NULL, 0, NULL},
		{"Fact discovery closes 115 days before the trial setting.", 1, "deadline", "parties", NULL, 115, "days", 1,
		 NULL},
		{"The following dates apply: a. fact discovery closes on June 1, 2020 b. expert discovery closes on "
		 "July 1, 2020 c. dispositive motions due by August 3, 2020", 3, "deadline", "parties", "2020-06-01", 0,
		 NULL, 0, NULL},
		{"All dispositive motions shall be filed by August 14, 2020.", 1, "deadline", "parties",
		 "2020-08-14", 0, NULL, 0, NULL},
		{"Plaintiff's opposition is due on or before April 17, 2020.", 1, "deadline", "plaintiff",
		 "2020-04-17", 0, NULL, 0, NULL},
		{"Answer due 4/6/2020.", 1, "deadline", NULL, "2020-04-06", 0, NULL, 0, NULL},
		{"Expert reports will be exchanged by June 1, 2020.", 1, "deadline", "parties", "2020-06-01", 0,
		 NULL, 0, NULL},
		{"The deadline for amending the pleadings is May 15, 2020.", 1, "deadline", NULL, "2020-05-15", 0,
		 NULL, 0, NULL},
		{"Discovery shall be completed within 120 days after the scheduling conference.", 1, "deadline",
		 NULL, NULL, 120, "days", 0, NULL},
		{"Replies are due seven days after service of the response.", 1, "deadline", NULL, NULL, 7, "days",
		 0, NULL},
		/* a deadline stated as a fact before the decretal part recites the
		 * schedule, unless it says the deadline is new */
		{"Defendant asks for more time. The new deadline is April 14, 2020. IT IS SO ORDERED.", 1,
		 "deadline", NULL, "2020-04-14", 0, NULL, 0, NULL},
		NONE("The discovery deadline is April 14, 2020. IT IS ORDERED that the motion is DENIED."),
		/* negatives: no time, or conduct rather than an act */
		NONE("All filings shall be made electronically."),
		NONE("Motions in limine shall be governed by the Local Rules."),
		/* docket text that labels a paper's deadline with no verb: the
		 * sentence's one date; not a caption run on into it */
		{"Plaintiff's motion is granted in part. Response deadline 4/25/2020. Plaintiff's motion is denied in "
		 "all other respects.",
		 1, "deadline", NULL, "2020-04-25", 0, NULL, 0, NULL},
		{"Mediation deadline 12/10/20.", 1, "deadline", NULL, "2020-12-10", 0, NULL, 0, NULL},
		/* with its hour and a note of the zone after the date */
		{"Objection Deadline: November 3, 2020 at 4:00 p.m. (prevailing Eastern Time)", 1, "deadline", NULL,
		 "2020-11-03", 0, NULL, 0, NULL},
		NONE("Response deadline 9/25/2020 for the motion of defendant."),
		NONE("EDWARD JOHNSON, Plaintiff, v. GERALD JOHNSON, Defendant. Deadline extended."),
	};
	CHECK(cases);
	/* a notice's label lines, each with its hour and zone, stay rows of their
	 * own (the "p.m." keeps its full stop) */
	check_item("Hearing Date and Time: November 10, 2020 at 10:00 a.m. (prevailing Eastern Time)\n"
		   "Objection Deadline: November 3, 2020 at 4:00 p.m. (prevailing Eastern Time)\n",
		   2, 1, "2020-11-03", NULL);
	/* an event's "Date and Time:" (or "Date/Time:") label sets it; a
	 * paper's, though its row has an hour, is a deadline */
	check_item("Hearing Date and Time: November 10, 2020 at 10:00 a.m.\n", 1, 0, "2020-11-10", NULL);
	check_item("Hearing Date/Time: November 10, 2020 at 10:00 a.m.\n", 1, 0, "2020-11-10", NULL);
	check_kind("Hearing Date and Time: November 10, 2020 at 10:00 a.m.\n"
		   "Objection Date and Time: November 3, 2020 at 4:00 p.m.\n",
		   2, 1, "deadline");
	/* in docket text, the thing due runs from its first word through the
	 * citation's subdivisions: not "iv)" */
	static const char cited[] = "Schedules due by 4/22/2020, Payment Advices Declaration Required by 11 USC "
				    "Section 521(a)(1)(B)(iv) due by 4/22/2020, Chapter 13 Plan due 4/22/2020, . "
				    "(Leary, Sharon) (Entered: 03/11/2020)";
	check_action(cited, 3, 1, "file Payment Advices Declaration Required by 11 USC Section 521(a)(1)(B)(iv)");
}

/* Settings: set, reset, continued, held, docket text. */
static void setting_frames(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		/* the day the noun's participle recites gives way to the day after
		 * "to" (past a weekday) */
		{"The Court CONTINUES the jury trial scheduled for August 25, 2020, to Monday, October 20, 2020 at 9:00 "
		 "a.m.", 1, "hearing", "parties", "2020-10-20", 0, NULL, 0, NULL},
		{"Resetting Forfeiture Hearing now set for 5/19/20 to 5/9/2020 10:00 AM.", 1, "hearing", NULL,
		 "2020-05-09", 0, NULL, 0, NULL},
		/* an event said to be ("there shall be"), and a setting the order
		 * confirms ("ORDERED affirming jury trial set for") */
		{"On 5/8/2020 at 10:30 AM there shall be an Initial Scheduling Conference before Magistrate Judge Jose "
		 "R. Almonte, etc.", 1, "hearing", "parties", "2020-05-08", 0, NULL, 0, NULL},
		{"Final Pretrial Conference held on 3/1/2020. IT IS ORDERED affirming jury trial set for 3/17/2020 at "
		 "9:00 a.m.", 1, "hearing", "parties", "2020-03-17", 0, NULL, 0, NULL},
		/* (a party and the past of its deed is history, not a schedule's row) */
		NONE("Claimant filed a bankruptcy petition on June 29, 2020.\nClaimant filed objections to all three "
		     "disallowances on June 12, 2020.\n"),
		/* a relative clause set off by commas between the event and its
		 * verb: the event is set on the day after the clause, and what the
		 * clause recites stays inside it */
		{"Jury trial of this matter, which previously was scheduled to begin on August 19, 2020, shall instead "
		 "commence at 8:30 a.m. on November 12, 2020 because of a conflict in the Court's schedule.", 1,
		 "hearing", "parties", "2020-11-12", 0, NULL, 0, NULL},
		{"The status conference, which was set for June 5, 2020, is continued to July 9, 2020 at 10:00 a.m.", 1,
		 "hearing", "parties", "2020-07-09", 0, NULL, 0, NULL},
		{"Plaintiff, who is proceeding pro se, shall file a response by June 5, 2020.", 1, "deadline",
		 "plaintiff", "2020-06-05", 0, NULL, 0, NULL},
		NONE("Jury trial, which was scheduled to begin on August 19, 2019, is vacated."),
		/* (and a concessive clause: the subject goes on after it) */
		{"All depositions, whether or not they are intended to be used at trial, shall be completed by "
		 "September 25, 2020.", 1, "deadline", "parties", "2020-09-25", 0, NULL, 0, NULL},
		NONE("All depositions, whether or not they were used at trial, were completed by September 25, 2019."),
		/* a restrictive relative clause on the party, with its own modal:
		 * the duty's verb is the main clause's ("who will try the case |
		 * shall appear"), and the clause's place names no party
		 * ("Maricopa County") */
		{"All Counsel who will try the case shall appear for a pretrial conference on November 30, 2020 at "
		 "1:00 p.m.", 1, "hearing", "counsel", "2020-11-30", 0, NULL, 0, NULL},
		{"Any defendant who has not answered shall answer the complaint by November 30, 2020.", 1, "deadline",
		 "defendant", "2020-11-30", 0, NULL, 0, NULL},
		{"All counsel who office outside Maricopa County must advise the Court by June 5, 2020 if they plan to "
		 "participate by telephone.", 1, "deadline", "counsel", "2020-06-05", 0, NULL, 0, NULL},
		/* (with no time, such a subject is a condition: a rule of conduct,
		 * not a calendar entry; but "who shall" is the duty's own subject) */
		NONE("Any other counsel who wishes to appear in the lead case shall file a notice of appearance."),
		NONE("Parties who do not intend to participate in the appeal must notify the Court in writing."),
		/* a participle of wanting is the same condition */
		NONE("Thus, the party wishing to file a sur-reply must file a motion for leave."),
		NONE("Unless otherwise ordered, a party intending to call such a witness must serve a report."),
		{"Plaintiff, wishing to avoid delay, shall file the report by April 20, 2020.", 1, "deadline",
		 "plaintiff", "2020-04-20", 0, NULL, 0, NULL},
		NONE("Unless exempted, attorneys who are not admitted to practice in this district must seek admission "
		     "promptly."),
		{"The Clerk shall issue a summons and mail it to Plaintiff who shall serve it in accordance with Fed. R. "
		 "Civ. P. 4.", 1, "deadline", "plaintiff", NULL, 0, NULL, 0, NULL},
		/* the past of an active verb with its object is no setting; its
		 * participle is */
		NONE("Defendant's doctor scheduled a hip replacement surgery on January 14, 2021."),
		NONE("The Order to Show Cause scheduled a status conference in this case on April 20, 2020."),
		{"Status Conference scheduled for June 5, 2020 at 10:00 AM.", 1, "hearing", NULL, "2020-06-05", 0, NULL,
		 0, NULL},
		/* a case's place on the calendar, stated as a fact before the
		 * decretal part, recites the setting in force; ordered, it sets it */
		{"ORDER\nThis case is calendared for trial at the Session of the Court commencing April 25, 2020, in "
		 "Houston, Texas. On March 1, 2020, the parties filed a motion for continuance.\nORDERED that the "
		 "parties shall file a status report by April 10, 2020.", 1, "deadline", "parties", "2020-04-10", 0, NULL,
		 0, NULL},
		{"ORDERED that this case is calendared for trial at the remote session of the Court scheduled to "
		 "commence on June 12, 2020.", 1, "hearing", NULL, "2020-06-12", 0, NULL, 0, NULL},
		/* a restraint on anyone at all is a rule of conduct */
		NONE("The Court reminds all participants that everyone is strictly prohibited from recording or "
		     "broadcasting any hearing, in whole or in part, in any fashion."),
		/* the clerk's note that ends a docket entry restates the order's
		 * period with the day it ends: one duty, in the order's terms */
		{"IT IS ORDERED that plaintiff shall file an amended complaint within thirty (30) days of the date of "
		 "this order. Failure to do so will result in dismissal. (Amended Pleadings due by 4/1/2020.)", 1,
		 "deadline", "plaintiff", NULL, 30, "days", 0, NULL},
		/* and so does the docket's event of its own in the entry's paragraph
		 * (not one in a paragraph of its own: that may be another paper) */
		{"IT IS ORDERED that plaintiff shall file an amended complaint within thirty (30) days of the date of "
		 "this order. Amended/Supplemental Pleadings due by 4/1/2020. Signed by Judge Jane Roe on 3/2/2020.", 1,
		 "deadline", "plaintiff", NULL, 30, "days", 0, NULL},
		{"IT IS ORDERED that plaintiff shall file an amended complaint within thirty (30) days of the date of "
		 "this order.\n\nPlaintiff's brief due by 4/1/2020.", 2,
		 "deadline", "plaintiff", NULL, 30, "days", 0, NULL},
		/* the court's own motion set off by commas before "that" */
		{"It is ORDERED, on the court's own motion, that amici curiae show cause within 30 days why the brief "
		 "should not be stricken.", 1, "deadline", "amici", NULL, 30, "days", 0, NULL},
		/* a dotted citation ends its sentence before "The" */
		{"On March 3, 2020, the Supreme Court issued a rule to show cause why the trial court did not err under "
		 "section 13-21-111.6, C.R.S. The respondents are directed to file a written answer on or before March "
		 "31, 2020.", 1, "deadline", "respondents", "2020-03-31", 0, NULL, 0, NULL},
		/* time given to a day, "time" said */
		{"The defendant shall have time until April 8, 2020 to respond to the pretrial motions.", 1, "deadline",
		 "defendant", "2020-04-08", 0, NULL, 0, NULL},
		/* a fronted period that ends at its event, the party right after it */
		{"THEREFORE, IT IS ORDERED that within 30 days of the date of this order respondent answer the "
		 "petition, complying with Rule 5 of the Rules Governing Section 2254 Cases.", 1, "deadline",
		 "respondent", NULL, 30, "days", 0, NULL},
		/* a phrase of authority set off by commas before "that" or the verb */
		{"It is ORDERED, pursuant to Rule 4 of the Rules Governing Section 2254 Cases in the United States "
		 "District Courts (\"Habeas Rules\"), that Respondent file an answer to the amended Petition no later "
		 "than twenty-eight days from the date of this order.", 1, "deadline", "respondent", NULL, 28, "days", 0,
		 NULL},
		{"Plaintiff shall, in accordance with Local Rule 16.1, serve initial disclosures by April 5, 2020.", 1,
		 "deadline", "plaintiff", "2020-04-05", 0, NULL, 0, NULL},
		/* a command in the imperative, its verb opening the sentence, with a time */
		{"File all documents for Pretrial Conference 10 days before the Pretrial Conference.", 1, "deadline",
		 "parties", NULL, 10, "days", 1, NULL},
		{"Submit Discovery Control Plan by 3/13/20 for adversary proceeding #09-1234.", 1, "deadline", "parties",
		 "2020-03-13", 0, NULL, 0, NULL},
		/* (not a label before its colon, nor an imperative with no time) */
		{"File Size: 42.6 kB\nPages: 1\nDate: March 14, 2020", 0, NULL, NULL, NULL, 0, NULL, 0, NULL},
		{"Answer the complaint.", 0, NULL, NULL, NULL, 0, NULL, 0, NULL},
		/* a statute quoted in single quotes commands nothing in this case */
		NONE("C.C.P. section 1008(a) states: 'When an application for an order has been made to a judge, any "
		     "party affected by the order may, within 10 days after service upon the party of written notice of "
		     "entry of the order, make application to reconsider.'"),
		NONE("Section 1008(a) provides: 'Any party affected by the order may, within 10 days after service upon "
		     "the party of written notice of entry of the order, make application to reconsider"),
		/* (a possessive's apostrophe opens no quotation) */
		{"The parties' joint report shall be filed by March 5, 2020.", 1, "deadline", "parties", "2020-03-05", 0,
		 NULL, 0, NULL},
		/* the infinitive of obligation with a choice of acts */
		{"Within seven days of this Order, Respondents are to either (1) afford Petitioner a bond hearing or (2) "
		 "release him.", 1, "deadline", "respondents", NULL, 7, "days", 0, NULL},
		/* a command not to act until an end restrains until it; with no end
		 * it is a rule of conduct */
		{"The Government is directed not to remove any member of the putative class of detainees from the United "
		 "States until further order of this Court.", 1, "until", NULL, NULL, 0, NULL, 0, NULL},
		{"Parties directed not to use speakerphones for this conference.", 0, NULL, NULL, NULL, 0, NULL, 0, NULL},
		/* the command the order states as what the court will do, with its time */
		{"The Court will require Plaintiff to file an amended complaint, providing a more definite statement of "
		 "his claims, within 30 days of the date of this order.", 1, "deadline", "plaintiff", NULL, 30, "days", 0,
		 NULL},
		/* (but on a condition, said with "if" or by inversion, it warns) */
		{"If Plaintiff fails to respond, the Court will order Plaintiff to show cause within 14 days.", 0, NULL,
		 NULL, NULL, 0, NULL, 0, NULL},
		{"Should Defendants move to dismiss, then the Court will stay the deadline for the joint status report.", 0,
		 NULL, NULL, NULL, 0, NULL, 0, NULL},
		/* (nor is a thing that will become effective a party's duty) */
		{"These Revisions shall become effective thirty (30) days from the date of publication in the "
		 "Pennsylvania Bulletin.", 0, NULL, NULL, NULL, 0, NULL, 0, NULL},
		/* a party's possessive before a noun a comma ends owns the noun, no
		 * verb of its: what follows is the court's setting, not reported */
		{"Pursuant to Plaintiffs' request, the Court hereby sets a new hearing date on the matter for Tuesday, "
		 "April 7, 2020, at 8:00 a.m.", 1, "hearing", NULL, "2020-04-07", 0, NULL, 0, NULL},
		/* (but a party's request that the court act is what it asks) */
		{"Plaintiff's request that the Court set a hearing for April 7, 2020 is denied.", 0, NULL, NULL, NULL, 0,
		 NULL, 0, NULL},
		/* a phrase of time set off by commas between the command and its "to" */
		{"Plaintiff is ordered, by no later than 3/14/2020 at 1:30 p.m., to either (1) notify the Court that he "
		 "has retained counsel, or (2) file a notice that he will proceed pro se.", 1, "deadline", "plaintiff",
		 "2020-03-14", 0, NULL, 0, NULL},
		{"Defendants are directed, within 14 days, to file a status report.", 1, "deadline", "defendants", NULL,
		 14, "days", 0, NULL},
		/* (a comma set off by spaces, as a scan spaces it, inside a date) */
		{"The Court GRANTS Charles Scott until November 7 , 2020 , to file an amended complaint.", 1, "deadline",
		 "scott", "2020-11-07", 0, NULL, 0, NULL},
		/* a side joined with its lawyers is that side */
		{"IT IS HEREBY ORDERED that all parties and counsel who will try the case shall appear before me on "
		 "March 30, 2020, at 10:30 a.m.", 1, "hearing", "parties", "2020-03-30", 0, NULL, 0, NULL},
		/* the court's second verb of setting, joined to its first */
		{"The Court GRANTS Plaintiff's request for a continuance and CONTINUES the hearing on the motion for "
		 "summary judgment to May 9, 2020, at 8:30 a.m.",
		 1, "hearing", NULL, "2020-05-09", 0, NULL, 0, NULL},
		{"The Court denies the motion to compel and sets a status conference for June 2, 2020.", 1, "hearing", NULL,
		 "2020-06-02", 0, NULL, 0, NULL},
		NONE("The Court granted the request and continued the hearing to May 9, 2019."),
		NONE("Plaintiff asks that the Court grant a continuance and continue the hearing to May 9, 2020."),
		/* the command's own addressee, a middle initial in the name: one duty */
		{"The Court GRANTS the motion and ORDERS the Honorable Gabi S. Canales to file the brief on or before "
		 "April 27, 2020.", 1, "deadline", "canales", "2020-04-27", 0, NULL, 0, NULL},
		/* who attends: with no time of its own, the event just set */
		{"A Calendar Call will be held on April 15, 2020 at 1:15 p.m. ALL COUNSEL MUST BE PRESENT.", 1, "hearing",
		 NULL, "2020-04-15", 0, NULL, 0, NULL},
		{"Counsel shall be present at the hearing on April 15, 2020 at 9:00 a.m.", 1, "hearing", "counsel",
		 "2020-04-15", 0, NULL, 0, NULL},
		NONE("Counsel were present at the hearing on February 15, 2020."),
		/* an Early Neutral Evaluation is a conference the court holds */
		{"IT IS HEREBY ORDERED that an Early Neutral Evaluation of your case will be held on April 2, 2020, at "
		 "1:30 PM in the chambers of Magistrate Judge Jane Roe.", 1, "hearing", NULL, "2020-04-02", 0, NULL, 0,
		 NULL},
		/* docket text of an order extending a time, in the gerund */
		{"So Ordered Stipulation signed on 3/2/2020 extending defendants' time to answer to 4/5/2020.", 1,
		 "deadline", "defendants", "2020-04-05", 0, NULL, 0, NULL},
		{"RE: Extending Defendants' Time to Move, Answer, or Otherwise Respond to the Complaint up to and Including "
		 "4/24/2020.", 1, "deadline", "defendants", "2020-04-24", 0, NULL, 0, NULL},
		{"Stipulated Order Extending Time For Trustee To File An Objection to the Discharge of Debtor(s) until "
		 "6/30/2020.", 1, "deadline", "trustee", "2020-06-30", 0, NULL, 0, NULL},
		NONE("ORDER Extending Deadline for Filing Section 727 Objection to Discharge signed on 3/2/2020."),
		/* the event a case is set for, its date past the judge */
		{"This case is SET for the Initial Rule 16 Management Conference before the undersigned on Tuesday, "
		 "April 7, 2020, at 2:00 p.m. at the Paul Brown United States Courthouse.", 1, "hearing", NULL,
		 "2020-04-07", 0, NULL, 0, NULL},
		{"This case is set for a settlement conference before Magistrate Judge Jane Roe on May 13, 2020 at 1:30 "
		 "p.m. in Courtroom 26.", 1, "hearing", NULL, "2020-05-13", 0, NULL, 0, NULL},
		NONE("This case was set for a settlement conference before Magistrate Judge Jane Roe on May 13, 2019."),
		NONE("This case is set for a settlement conference before Magistrate Judge Jane Roe."),
		/* an event set to begin, its date past the judge and the courtroom */
		{"The trial of this case is set to commence before the Honorable Jane Roe, United States District Judge, "
		 "in Courtroom 1, United States Courthouse, Lincoln, Nebraska, at 9:00 a.m. on April 6, 2020.",
		 1, "hearing", NULL, "2020-04-06", 0, NULL, 0, NULL},
		{"The hearing is scheduled to begin at 10:00 a.m. on June 5, 2020 in Courtroom 3.", 1, "hearing", NULL,
		 "2020-06-05", 0, NULL, 0, NULL},
		NONE("The trial was set to commence on April 6, 2019 before Judge Roe."),
		NONE("Trial is set to commence on a date to be determined."),
		/* a setting in the weaker modal, as the court rules it; not what
		 * should have been done, nor what a party argues */
		{"IT IS ORDERED that the trial should be reset on June 5, 2020 at 9:00 a.m.", 1, "hearing", NULL,
		 "2020-06-05", 0, NULL, 0, NULL},
		{"The status conference should be continued to June 8, 2020.", 1, "hearing", NULL, "2020-06-08", 0, NULL,
		 0, NULL},
		NONE("The hearing should have been set on June 5, 2020, but it was not."),
		/* a verb that announces the rows after its colon sets no date itself;
		 * an event set so does */
		{"The hearing is set as follows: June 5, 2020 at 10:00 a.m. in Courtroom 3.", 1, "hearing", NULL,
		 "2020-06-05", 0, NULL, 0, NULL},
		NONE("The plaintiff argues that the trial should be continued to June 5, 2020."),
		/* an event that starts, its hour before its day */
		{"The settlement conference will start at 10:00 a.m. on May 5, 2020 and will end by noon.", 1, "hearing",
		 NULL, "2020-05-05", 0, NULL, 0, NULL},
		{"Jury selection starts on May 5, 2020 at 9:00 a.m.", 1, "hearing", NULL, "2020-05-05", 0, NULL, 0, NULL},
		NONE("The proceedings started at 2:19 p.m. and ended at 2:43 p.m."),
		NONE("The settlement conference started on May 5, 2019 and was adjourned."),
		/* the court holds an event named at length; not "we hold that ..." */
		{"The court shall hold a Rule 16(b) initial pretrial scheduling/discovery conference on April 6, 2020 "
		 "at 10:00 a.m.", 1, "hearing", NULL, "2020-04-06", 0, NULL, 0, NULL},
		/* a time extended by a period, from the order or an event; its party is
		 * the one "for" whom the time runs */
		{"The time for cross-appellant to order a transcript of that hearing is EXTENDED until 21 days after "
		 "the date of this order.", 1, "deadline", "cross-appellant", NULL, 21, "days", 0, NULL},
		{"The discovery deadline is extended by forty-five days from the date of this Order.", 1, "deadline",
		 "parties", NULL, 45, "days", 0, NULL},
		/* (an extension by a period of a date the order does not state counts
		 * from that earlier deadline, whose date a clerk must supply: see
		 * widened_periods) */
		{"The time for defendants to answer the complaint shall be enlarged by an additional 14 days.", 1,
		 "deadline", "defendants", NULL, 14, "days", 0, NULL},
		NONE("The deadline was extended by thirty days at the parties' request."),
		/* an event named with a number first; the meeting of creditors is the
		 * debtor's to attend (11 U.S.C. 343) */
		{"341 Meeting Continued on 4/20/2020 at 10:00 AM at 341s - Foley Bldg.", 1, "hearing", "debtor",
		 "2020-04-20", 0, NULL, 0, NULL},
		{"Meeting of Creditors continued to April 21, 2020 at 9:00 a.m.", 1, "hearing", "debtor", "2020-04-21", 0,
		 NULL, 0, NULL},
		/* the event's noun phrase with a citation in it, before "shall be held" */
		{"IT IS ORDERED that a Scheduling/Planning Conference pursuant to Fed. R. Civ. P. 16(b) and "
		 "D.C.COLO.LCivR 16.1 shall be held on April 6, 2020, at 9:30 a.m.", 1, "hearing", NULL, "2020-04-06", 0,
		 NULL, 0, NULL},
		NONE("Having reviewed the record on remand, we hold that although the parties agreed to it, the order of "
		     "October 28, 2020 cannot stand."),
		/* a date moved from one day to another: the new one */
		{"The Dispositive Motions Deadline has been moved from August 26, 2020, to August 5, 2020.", 1,
		 "deadline", NULL, "2020-08-05", 0, NULL, 0, NULL},
		/* a minute entry's "Court set the matter for" (the court's act of
		 * setting, not the court as the thing set); a time after a day is no
		 * day */
		{"Court set the matter for a status conference on 6/18/2020 at 09:00 AM in Room 248.", 1, "hearing", NULL,
		 "2020-06-18", 0, NULL, 0, NULL},
		NONE("The Court will set a status conference for some time after April 1, 2020."),
		/* a defendant's initial appearance is a hearing */
		{"Initial Appearance set for 6/12/2020 before Magistrate Judge David H. Bartick.", 1, "hearing", NULL,
		 "2020-06-12", 0, NULL, 0, NULL},
		/* a length in brackets inside the thing set */
		{"Jury Trial (5 days) set for 9/9/2020 10:00 AM in Courtroom 2.", 1, "hearing", NULL, "2020-09-09", 0, NULL,
		 0, NULL},
		{"Bench Trial (ETT 2 weeks) reset for 10/5/2020 at 9:00 AM.", 1, "hearing", NULL, "2020-10-05", 0, NULL, 0,
		 NULL},
		/* a phrase set off by commas between the event and its verb */
		{"A telephone status hearing, to be initiated by the parties, is set for April 17, 2020 at 9:00 a.m.", 1,
		 "hearing", NULL, "2020-04-17", 0, NULL, 0, NULL},
		{"The settlement conference, if still needed, shall be reset to May 5, 2020 at 1:30 p.m.", 1, "hearing",
		 NULL, "2020-05-05", 0, NULL, 0, NULL},
		NONE("The settlement conference, if the parties agree, was set for May 5, 2019."),
		/* what will be heard, and when */
		{"Any plea agreement shall be heard at 1:30 p.m., Monday, October 19, 2020.", 1, "hearing", NULL,
		 "2020-10-19", 0, NULL, 0, NULL},
		/* a case set for a day is set to be heard */
		{"This appeal shall be calendared during the week of December 7, 2020, at the Pasadena courthouse.", 1,
		 "hearing", NULL, "2020-12-07", 0, NULL, 0, NULL},
		/* the order's new date said as what the Court will do */
		{"Accordingly, the Court will extend the discovery deadline from March 26, 2020 to June 29, 2020.", 1,
		 "deadline", NULL, "2020-06-29", 0, NULL, 0, NULL},
		/* a clerk's notice of a setting, its time before the day in capitals */
		{"The Court has accepted jurisdiction and set the above case for oral argument at 9 a.m. MONDAY, "
		 "NOVEMBER 4, 2020.", 1, "hearing", NULL, "2020-11-04", 0, NULL, 0, NULL},
		{"A status conference is set for April 8, 2020 at 10:30 a.m. in Courtroom 4.", 1, "hearing",
		 "parties", "2020-04-08", 0, NULL, 0, NULL},
		{"Motion Hearing set for 4/21/2020 02:00 PM before Judge Doe.", 1, "hearing", "parties",
		 "2020-04-21", 0, NULL, 0, NULL},
		{"The final pretrial conference is continued to May 5, 2020 at 9:00 a.m.", 1, "hearing", NULL,
		 "2020-05-05", 0, NULL, 0, NULL},
		{"Oral argument will be held on June 2, 2020.", 1, "hearing", NULL, "2020-06-02", 0, NULL, 0, NULL},
		{"The Court will hold a scheduling conference on April 1, 2020 at 11:00 a.m.", 1, "hearing", NULL,
		 "2020-04-01", 0, NULL, 0, NULL},
		{"The hearing set for March 20, 2020 is reset to April 20, 2020 at 1:00 p.m.", 1, "hearing", NULL,
		 "2020-04-20", 0, NULL, 0, NULL},
		{"Plaintiff shall appear in person at the show cause hearing on April 9, 2020.", 1, "hearing",
		 "plaintiff", "2020-04-09", 0, NULL, 0, NULL},
		/* a relief granted on condition that a paper is filed in time */
		{"The motion is granted on condition that the brief is filed on or before April 17, 2020.", 1,
		 "deadline", NULL, "2020-04-17", 0, NULL, 0, NULL},
		/* the role that opens a list of names; "govt." in docket text */
		{"Defendants Acme Corp., Widget Co., and Jones & Sons, Inc. shall have until April 8, 2020 to "
		 "answer the complaint.", 1, "deadline", "defendants", "2020-04-08", 0, NULL, 0, NULL},
		{"ORDER that on or before 15 days from entry of this Order, govt. shall respond to the petition.", 1,
		 "deadline", "the government", NULL, 15, "days", 0, NULL},
		/* an official sued in office is the side the caption gives it */
		{"JANE ROE, Plaintiff, v. COMMISSIONER OF SOCIAL SECURITY, Defendant.\n\nThe Commissioner shall "
		 "file the administrative record within 60 days.", 1, "deadline", "defendant", NULL, 60, "days", 0,
		 NULL},
		{"JOHN DOE, Claimant-Appellant, v. JANE ROE, SECRETARY OF VETERANS AFFAIRS, Respondent-Appellee.\n\n"
		 "The Secretary shall respond within 14 days.", 1, "deadline", "appellee", NULL, 14, "days", 0, NULL},
		/* (the caption's comma lost, as a web page prints it: every word
		 * capitalised from the official to the side) */
		{"Jane Roe Petitioner v. Commissioner of Internal Revenue Respondent\nORDER\nORDERED that, no later than "
		 "March 4, 2020, the Commissioner shall file a reply.", 1, "deadline", "respondent", "2020-03-04", 0,
		 NULL, 0, NULL},
		{"The Commissioner of Internal Revenue told the respondent nothing. ORDERED that, no later than March 4, "
		 "2020, the Commissioner shall file a reply.", 1, "deadline", "commissioner", "2020-03-04", 0, NULL, 0,
		 NULL},
		/* counsel for a side binds that side */
		{"Counsel for defendants shall produce the medical records by April 20, 2020.", 1, "deadline",
		 "defendants", "2020-04-20", 0, NULL, 0, NULL},
		/* docket titles that set by a gerund (not "SCHEDULING ORDER") */
		{"Order Resetting Hearing for 04-16-20 at 2:30 P.M.", 1, "hearing", "parties", "2020-04-16", 0, NULL, 0,
		 NULL},
		NONE("SCHEDULING ORDER entered April 16, 2020."),
		/* adjourned to a new day; a time of day run on to its meridiem */
		{"The initial conference is adjourned to 6/10/20 @ 2:00PM in Courtroom 9.", 1, "hearing", "parties",
		 "2020-06-10", 0, NULL, 0, NULL},
		/* the old date of an event the sentence moves is not a setting */
		{"The trial set to begin on May 4, 2020 is postponed to June 8, 2020.", 1, "hearing", NULL,
		 "2020-06-08", 0, NULL, 0, NULL},
		NONE("The pretrial conference set for April 2, 2020 is continued."),
		/* ... after the event's time, place and judge, or after a second
		 * event joined to it when the verb is plural; a singular verb
		 * after "and" is another subject's, and a setting with a
		 * semicolon before the verb stands */
		NONE("The Motion hearing set for April 16, 2020, at 10:30 AM in Courtroom 3C before Magistrate Judge "
		     "Elsa M. Bullard is CANCELLED."),
		NONE("The trial preparation conference set for 4/7/2020 and the jury trial set to begin 5/1/2020 are "
		     "hereby VACATED."),
		{"Status conference set for April 7, 2020 at 9:00 a.m., and the motion to compel is denied.", 1,
		 "hearing", "parties", "2020-04-07", 0, NULL, 0, NULL},
		{"Status conference set for April 7, 2020 at 9:00 a.m. and the deadline to respond is extended.", 1,
		 "hearing", "parties", "2020-04-07", 0, NULL, 0, NULL},
		{"Status conference set for April 7, 2020 at 9:00 a.m.; the stay is continued.", 1, "hearing",
		 "parties", "2020-04-07", 0, NULL, 0, NULL},
		/* an event the court names for what it will do there is set; one it
		 * will take off the calendar is not */
		{"The Court will decide the motion at a hearing scheduled for April 14, 2020, at 10:00 a.m.", 1,
		 "hearing", "parties", "2020-04-14", 0, NULL, 0, NULL},
		NONE("The Court will vacate the hearing scheduled for April 14, 2020."),
		/* after a case number heading the text; who attends an event set
		 * before is no second event */
		{"NO. 3:12-0913 This case is set for a jury trial on April 20, 2020. All lawyers who will try the "
		 "case must attend the pretrial conference. The pretrial conference is set for April 6, 2020.", 2,
		 "hearing", NULL, "2020-04-20", 0, NULL, 0, NULL},
		/* how to attend the event just set is no second event */
		{"A status conference is set for April 8, 2020 at 10:00 a.m. Counsel shall appear in person at the "
		 "federal courthouse, Room 9.", 1, "hearing", "parties", "2020-04-08", 0, NULL, 0, NULL},
		/* a hearing held, a hearing on the entry day, a date before entry: history */
		NONE("Status Conference held on 3/2/2020."),
		NONE("The motion hearing was set for February 3, 2020."),
		/* the perfect passive of plural subjects ("have been continued");
		 * the perfect active of a party is what the party has arranged */
		{"Both motions have been continued from 03/03/2020 10:30:00 AM to 03/18/2020 09:00:00 AM before DAE.", 1,
		 "hearing", "parties", "2020-03-18", 0, NULL, 0, NULL},
		NONE("Plaintiff has scheduled the deposition of Dr. Smith for March 23, 2020."),
		NONE("The parties have scheduled mediation for March 23, 2020."),
		/* a party named after the event is what the event is about: the
		 * event is every party's */
		{"The hearing on defendants Motion for Summary Judgment 13 is CONTINUED to 3/15/20.", 1, "hearing",
		 "parties", "2020-03-15", 0, NULL, 0, NULL},
		{"Defendant's time to answer is extended to 3/15/20.", 1, "deadline", "defendant", "2020-03-15", 0, NULL,
		 0, NULL},
		/* the California courts' conferences by their abbreviations */
		{"Trial is set for March 21, 2020 at 8:30 a.m. and the FSC is set for March 7, 2020 at 10:00 a.m.", 2,
		 "hearing", "parties", "2020-03-21", 0, NULL, 0, NULL},
		/* the court's own setting said in the perfect; a day before entry is
		 * history */
		{"The Court has scheduled a Final Approval Hearing on September 30, 2020 at 10:00 a.m.", 1, "hearing",
		 "parties", "2020-09-30", 0, NULL, 0, NULL},
		NONE("The Court has scheduled a hearing for March 1, 2020, which was continued."),
		/* and the federal courts' pretrial conferences by theirs */
		{"The FPTC/TPC will be held on August 6, 2020 at 10:30 a.m. in Courtroom A401.", 1, "hearing", "parties",
		 "2020-08-06", 0, NULL, 0, NULL},
		{"The parties shall exchange exhibit lists fourteen (14) days before the PTC.", 1, "deadline", "parties",
		 NULL, 14, "days", 1, NULL},
		/* an event that will take place, happen or occur */
		{"ENDORSEMENT: Oral argument will happen on 9/20/20, at 11 am.", 1, "hearing", "parties", "2020-09-20", 0,
		 NULL, 0, NULL},
		/* the court's second verb sets the event */
		{"THE COURT SHORTENS THE TIME FOR A HEARING ON THE MOTION, AND WILL CONDUCT A HEARING ON THE MOTION ON "
		 "3/30/20 AT 10:00 AM.",
		 1, "hearing", "parties", "2020-03-30", 0, NULL, 0, NULL},
		/* docket text that opens with the participle that moves its matter */
		{"Order Regarding Emergency Motion for Sale of Property. CONTINUED TO APRIL 6, 2020 AT 9:00 AM IN "
		 "SPRINGFIELD.",
		 1, "hearing", "parties", "2020-04-06", 0, NULL, 0, NULL},
		{"Order to Extend Time to File Documents; Extended to June 19, 2020.", 1, "deadline", "parties",
		 "2020-06-19", 0, NULL, 0, NULL},
		NONE("The hearing was continued to March 1, 2020."),
		/* a clause may open after a docket entry's number in brackets */
		{"Notice of Motion by Creditor Acme Corporation With Hearing Re: [72-1] Motion For Protective Order "
		 "scheduled For 10:30 4/25/2020 at Rm 328",
		 1, "hearing", "parties", "2020-04-25", 0, NULL, 0, NULL},
	};
	CHECK(cases);
}

/* Stays and abatements, and what ends them. */
static void until_frames(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		/* a restraint the court extends to a day lasts until that day; a
		 * deadline it extends is a deadline */
		{"The Court extends the TRO until 9/19/20, and denies the motion to dissolve it.", 1, "until", NULL,
		 "2020-09-19", 0, NULL, 0, NULL},
		{"The Court extends Defendant's deadline to answer to June 1, 2020.", 1, "deadline", "defendant",
		 "2020-06-01", 0, NULL, 0, NULL},
		/* a stay said in the future is a stay; after "if", "unless" or an
		 * inverted "should", a warning; in the reasoning, the decretal
		 * part's stay announced */
		{"This action will be STAYED for 45 days to allow the parties an opportunity to settle.", 1, "until",
		 NULL, NULL, 45, "days", 0, NULL},
		{"Once defendants have appeared, discovery will be stayed until the exhaustion issue is resolved.", 1,
		 "until", NULL, NULL, 0, NULL, 0, "the exhaustion issue is resolved"},
		NONE("If the parties agree, the case will be stayed pending arbitration."),
		NONE("It is FURTHER ORDERED that should appellant file a request for counsel, the appeal will be abated."),
		{"For these reasons, discovery will be stayed pending consideration of the motion. IT IS THEREFORE "
		 "ORDERED that the motion is GRANTED and discovery is stayed until further order of the Court.",
		 1, "until", NULL, NULL, 0, NULL, 0, "further order of the Court"},
		/* the schedule in force, whatever its sentence recites before the
		 * verb; not a restraint that a schedule's word precedes */
		NONE("Except as modified by this order, the case management plan entered on March 1, 2020, Dkt. No. 50, "
		     "remains in full force and effect."),
		NONE("The amended scheduling order shall remain in effect."),
		{"Pending the hearing on the deadlines, the stay of discovery shall remain in effect.", 1, "until", NULL,
		 NULL, 0, NULL, 0, NULL},
		{"The temporary restraining order shall remain in effect until the hearing on the motion.", 1, "until",
		 NULL, NULL, 0, NULL, 0, "the hearing on the motion"},
		/* one abatement in several sentences, one of them stating its end */
		{"We ABATE the appeal. All appellate deadlines are suspended.\n\nThe appeal shall remain abated until "
		 "August 2, 2020, when it will be reinstated.", 1, "until", NULL, "2020-08-02", 0, NULL, 0, NULL},
		/* a motion that seeks a stay, granted */
		{"It is Ordered that the motion seeking to stay the trial pending the determination of the appeal is "
		 "granted.", 1, "until", NULL, NULL, 0, NULL, 0, "the determination of the appeal"},
		/* a grant that names no motion, in an order that names only a
		 * motion to stay: the stay that motion asks, until its end */
		{"ORDER GRANTING DEFENDANT'S MOTION TO STAY DISCOVERY\n\nDefendant has filed a Motion to Stay Discovery "
		 "(Doc. 14) until the court rules on his Motion to Dismiss (Doc. 8). Plaintiff opposes the motion.\n\n"
		 "Defendant's motion is granted.", 1, "until", "parties", NULL, 0, NULL, 0, "the court rules on his Motion"},
		{"By these motions, defendants seek an order staying discovery until the court resolves pending motions "
		 "to dismiss. The motions are opposed. For reasons assigned below, the motions are GRANTED.", 1, "until",
		 NULL, NULL, 0, NULL, 0, "the court resolves pending motions"},
		/* (not where no stay is asked: a grant that dismisses unless) */
		{"It is hereby ORDERED that respondents' motion is granted, and the appeals are dismissed without "
		 "further order unless the appeals are perfected on or before June 8, 2020.", 1, "deadline", NULL,
		 "2020-06-08", 0, NULL, 0, NULL},
		NONE("Defendant has filed a motion to stay discovery until the court rules on the motion to dismiss. "
		     "Defendant's motion is denied."),
		/* a restraining order's expiry, in a sentence of its own, ends it */
		{"Defendant is TEMPORARILY RESTRAINED from enforcing the statute. This Temporary Restraining Order "
		 "shall expire on October 13, 2020 at 5:00 p.m., unless extended by the parties and the Court.", 1,
		 "until", "defendant", "2020-10-13", 0, NULL, 0, "October 13, 2020"},
		/* (the present tense describes an order already in force) */
		NONE("The Court recognizes that the existing Temporary Restraining Order expires on April 14, 2020."),
		/* the appellate courts' form: off the active docket until a day; one
		 * end named twice is one stay */
		{"1. The motion to abate is granted, and this case is ABATED to allow the parties to proceed with "
		 "settlement negotiations.\n2. This case is removed from the Court's active docket until August 1, "
		 "2020.", 1, "until", NULL, "2020-08-01", 0, NULL, 0, NULL},
		{"We grant the motion and abate the appeals until August 2, 2020. All appellate deadlines, including the "
		 "deadline for appellants' briefs, are suspended. The cases will be removed from our active docket and "
		 "treated as suspended cases until August 2, 2020.", 1, "until", NULL, "2020-08-02", 0, NULL, 0, NULL},
		NONE("The case was removed from the active docket in 2018."),
		/* the court's verbs in a series, the stay among them */
		{"Accordingly, we GRANT appellant's motion, ABATE this appeal, and remove it from the active docket.", 1,
		 "until", NULL, NULL, 0, NULL, 0, NULL},
		NONE("Accordingly, we GRANT appellant's motion, DENY the motion to abate, and set the case for argument."),
		/* (two restraints, one of them until further order, stay two) */
		{"Respondents are enjoined from removing any case until further order. Any removals now pending are "
		 "STAYED.", 2, "until", NULL, NULL, 0, NULL, 0, NULL},
		/* what a party's motion asks, its verbs joined, is reported; "pending
		 * before this Court" says where a thing waits, not until when */
		{"ORDER GRANTING STAY Pending before this Court is Appellant's Motion for Reconsideration of the Motion "
		 "to Stay Appeals, which requests that we abate and stay these appeals pending the Texas Supreme Court's "
		 "review of Davis v. Morath. We grant the motion and abate the appeals until August 2, 2020.", 1, "until",
		 NULL, "2020-08-02", 0, NULL, 0, NULL},
		/* a stay asked beside another relief in one motion, granted */
		{"The Defendants' motions to compel and to stay the consolidated action are granted.", 1, "until", NULL,
		 NULL, 0, NULL, 0, NULL},
		NONE("The Defendants' motions to compel and to lift the stay are granted."),
		/* the stay the order states as what the court will do; not one it
		 * will impose if a duty is not met, nor one it will not */
		{"The Court will STAY this action to allow the parties to investigate the effect of the bankruptcy.", 1,
		 "until", NULL, NULL, 0, NULL, 0, NULL},
		{"The Court GRANTS the motion and will briefly stay discovery until it decides the motion to dismiss.", 1,
		 "until", NULL, NULL, 0, NULL, 0, "it decides"},
		{"We will abate the appeal until June 15, 2020.", 1, "until", NULL, "2020-06-15", 0, NULL, 0, NULL},
		{"If appellant's brief is not filed by April 22, 2020, we will abate the appeal.", 1, "deadline",
		 "appellant", "2020-04-22", 0, NULL, 0, NULL},
		NONE("The Court will not stay this action."),
		NONE("The Court will consider whether to stay this action."),
		/* a stay as the thing granted, issued or entered */
		{"A temporary stay is granted pending further order of the Court.", 1, "until", NULL, NULL, 0, NULL, 0,
		 "further order"},
		{"A stay is hereby entered pending the decision of the Supreme Court.", 1, "until", NULL, NULL, 0, NULL, 0,
		 "the decision of the Supreme Court"},
		NONE("A stay was entered on May 1, 2019 pending appeal."),
		NONE("A stay is not warranted here."),
		/* the court staying the case, said as what it grants */
		{"The Court will grant a stay until May 1, 2020.", 1, "until", NULL, "2020-05-01", 0, NULL, 0, "May 1, 2020"},
		{"The Court grants a brief stay of all proceedings pending the mediation.", 1, "until", NULL, NULL, 0, NULL,
		 0, "the mediation"},
		NONE("The Court granted a stay until May 1, 2019, which has expired."),
		NONE("The Court will grant a stay only if the parties file a joint motion."),
		/* a stay whose end is not stated repeats the one of its paragraph
		 * that states it */
		{"The Court will grant a brief stay to allow the parties to pursue settlement. The Court will grant a "
		 "stay until May 1, 2020.",
		 1, "until", NULL, "2020-05-01", 0, NULL, 0, "May 1, 2020"},
		/* docket text: a stay with no verb 'to be' */
		{"MOTION TO STAY REMOVAL filed by Petitioner(s); REMOVAL STAYED pending further order of the court.", 1,
		 "until", NULL, NULL, 0, NULL, 0, "further order of the court"},
		/* docket text of a stay whose words stand around its object; a reference ends the event */
		{"Order signed on 4/9/2020 holding all proceedings and deadlines in abeyance pending Court's ruling on "
		 "motion of Reorganized Debtors for entry of approval order (see documents 31520 and 31525).", 1, "until",
		 NULL, NULL, 0, NULL, 0, "Court's ruling on motion of Reorganized Debtors for entry of approval order"},
		/* an abatement and the day the appeal is reinstated: one, which ends then */
		{"This appeal is ABATED to allow the trial court to comply with the above order. The appeal shall be "
		 "reinstated thirty days from the date of this order or when the findings are received, whichever is "
		 "earlier.", 1, "until", NULL, NULL, 30, "days", 0, NULL},
		{"Discovery is STAYED pending resolution of the motion to dismiss.", 1, "until", "parties", NULL,
		 0, NULL, 0, "resolution of the motion to dismiss"},
		{"This action is hereby stayed until the arbitration is completed.", 1, "until", NULL, NULL, 0,
		 NULL, 0, "the arbitration is completed"},
		{"We abate the appeal and remand the cause to the trial court.", 1, "until", NULL, NULL, 0, NULL,
		 0, "further order"},
		{"The appeal is held in abeyance pending the decision in No. 19-1234.", 1, "until", NULL, NULL, 0,
		 NULL, 0, "the decision"},
		{"Defendants are protected from discovery until the Court rules on qualified immunity.", 1, "until",
		 "defendants", NULL, 0, NULL, 0, "the Court rules"},
		{"The case is stayed until May 1, 2020.", 1, "until", NULL, "2020-05-01", 0, NULL, 0, "May 1"},
		{"We grant the motion and abate the appeal until December 2, 2020.", 1, "until", NULL, "2020-12-02", 0,
		 NULL, 0, "December 2, 2020"},
		/* installments of a debtor's filing fee */
		{"Debtor's application granted. Second Installment Payment due by 4/15/2020.", 1, "deadline", "debtor",
		 "2020-04-15", 0, NULL, 0, NULL},
		{"ORDER granting Motion to Stay Pending Appeal.", 1, "until", NULL, NULL, 0, NULL, 0, "Appeal"},
		/* a grant takes its ending event from the reason just before it */
		{"We conclude that discovery should be stayed pending disposition of the motion to dismiss. "
		 "Accordingly, defendants' motion for a stay of discovery is granted.", 1, "until", NULL, NULL, 0,
		 NULL, 0, "disposition of the motion to dismiss"},
		/* the ending event fronted; a case held until something arrives */
		{"Until the mediation is concluded, this action will remain STAYED.", 1, "until", NULL, NULL, 0,
		 NULL, 0, "the mediation is concluded"},
		{"This appeal shall not proceed until the filing fee is paid.", 1, "until", NULL, NULL, 0, NULL, 0,
		 "the filing fee is paid"},
		/* negatives: a stay denied, argued, or reasoned about; what the
		 * court would do ("will be stayed") */
		NONE("If the parties agree to arbitrate, the case will be stayed pending arbitration."),
		NONE("Defendant's motion to stay is DENIED."),
		{"Plaintiff argues that the case should be stayed pending appeal.", 0, NULL, NULL, NULL, 0, NULL,
		 0, NULL},
		/* abated for a period, the court ordering it so; a period that ends
		 * the stay sooner than "further order" */
		{"Accordingly, we abate the appeal and remand the case to the trial court for a period of thirty days "
		 "to allow further proceedings.", 1, "until", NULL, NULL, 30, "days", 0, "30 days after entry"},
		{"We order the case abated and remanded to the trial court for a period of sixty days so that the "
		 "trial court may clarify its order.", 1, "until", NULL, NULL, 60, "days", 0, "60 days after entry"},
		{"The case shall be abated, and removed from the Court's active docket, for ninety days, or until "
		 "further order of the Court.", 1, "until", NULL, NULL, 90, "days", 0, "90 days after entry, or further"},
		/* docket references inside the noun phrase of what is held */
		{"IT IS ORDERED that Defendants' three motions [Dkt. ## 29, 31, 34] and Plaintiff's motion to strike "
		 "[Dkt. # 30] are HELD IN ABEYANCE until further order of the court.", 1, "until", NULL, NULL, 0, NULL,
		 0, "further order"},
		/* an order's title that stays, and the same stay stated in the order */
		{"ORDER STAYING This Action Pending Consideration of Petition for Certiorari.", 1, "until", NULL, NULL,
		 0, NULL, 0, "Consideration of Petition"},
		{"ORDER STAYING CASE PENDING ARBITRATION\nIT IS ORDERED that this action is STAYED pending the "
		 "completion of arbitration.", 1, "until", NULL, NULL, 0, NULL, 0, "the completion of arbitration"},
		/* a docket summary's stay and the order's own, with a word more, are one stay */
		{"STATUS REPORT ORDER: All further briefings are stayed until discovery concludes on all issues "
		 "pertaining to the motion.\n\nORDER\n2. All further briefings are STAYED until discovery concludes on "
		 "all issues pertaining to the likely motion.", 1, "until", NULL, NULL, 0, NULL, 0, "discovery concludes"},
		/* docket text of a stay for a period, in capitals, its verb 'to be'
		 * left out */
		{"ORAL ORDER STAYING CASE. CASE STAYED FOR 30 DAYS.", 1, "until", NULL, NULL, 30, "days", 0, NULL},
		/* a stay among docket text's rulings set apart by semicolons; not a
		 * gerund that is its sentence's subject */
		{"ORDER granting Motion for Leave to Proceed in forma pauperis; staying the case until 10/30/2020.", 1,
		 "until", NULL, "2020-10-30", 0, NULL, 0, NULL},
		NONE("Staying discovery pending the ruling would prejudice plaintiff."),
		/* what is put off with no date is held until the order that resumes it */
		{"All discovery deadlines are continued until further order of the court.", 1, "until", NULL, NULL, 0,
		 NULL, 0, "further order"},
		/* so is a whole class of events put off to a day or an order; one
		 * hearing moved to a day is a setting */
		{"All civil and criminal proceedings in the District are continued until April 15, 2020.", 1, "until",
		 NULL, "2020-04-15", 0, NULL, 0, NULL},
		{"All hearings, jury trials, and jury selection proceedings are postponed until further notice.", 1,
		 "until", NULL, NULL, 0, NULL, 0, "further notice"},
		{"The hearing is continued until April 15, 2020.", 1, "hearing", NULL, "2020-04-15", 0, NULL, 0, NULL},
		/* a motion continued to a day is heard then; the time to respond
		 * to it, moved, is a deadline */
		{"Motion for Reconsideration CONTINUED to the law and motion calendar of July 8, 2020, in Department 16.",
		 1, "hearing", NULL, "2020-07-08", 0, NULL, 0, NULL},
		{"The deadline to respond to the motion is continued to July 8, 2020.", 1, "deadline", NULL,
		 "2020-07-08", 0, NULL, 0, NULL},
		/* a party barred from an act until an end is held until then; a
		 * bar with no end is a rule of conduct, and what will not happen
		 * is no bar */
		{"Defendants SHALL NOT REMOVE Petitioners from the District of Colorado unless or until this Court "
		 "vacates this order.", 1, "until", "defendants", NULL, 0, NULL, 0, "this Court vacates this order"},
		{"Champlin may not provide the expert report to its retained expert until after June 15, 2020.", 1,
		 "until", "champlin", "2020-06-15", 0, NULL, 0, NULL},
		NONE("Plaintiff shall not file any further motions."),
		NONE("Discovery will not be stayed pending a ruling on the Motions to Dismiss."),
		NONE("Chambers personnel will not handle questions relating to the status of motions until they are ruled on."),
		/* what may not go forward until an event, the negation in its
		 * subject, is held until then */
		{"No formal discovery shall proceed until the entry of a scheduling order.", 1, "until", NULL, NULL, 0,
		 NULL, 0, "the entry of a scheduling order"},
		{"No discovery may be conducted until the Court rules on the motion to dismiss.", 1, "until", NULL, NULL,
		 0, NULL, 0, "the Court rules on the motion"},
		NONE("No discovery was conducted until the Court ruled on the motion."),
		NONE("No party shall file a motion until the conference."),
		/* a restraint named in one word lasts until the day it expires;
		 * an order's own end is no restraint's */
		{"This TRO will expire on May 6, 2020.", 1, "until", NULL, "2020-05-06", 0, NULL, 0, NULL},
		{"The stay shall terminate on June 1, 2020.", 1, "until", NULL, "2020-06-01", 0, NULL, 0, NULL},
		{"The temporary restraining order shall expire on May 6, 2020 at 5:00 p.m.", 1, "until", NULL,
		 "2020-05-06", 0, NULL, 0, NULL},
		NONE("The requirements of the Amended General Order will expire on March 31, 2020."),
		NONE("This Order shall expire on May 6, 2020."),
		/* a subject's relative clause opened by a preposition and "which",
		 * set off by commas, leaves the subject whole */
		{"All proceedings in any case pending before this Court, in which the briefing schedule has not yet been "
		 "completed, are hereby STAYED until sixty(60) days from the date of this Order.",
		 1, "until", NULL, NULL, 60, "days", 0, "sixty(60) days"},
		{"The final pretrial conference, at which lead counsel shall appear, is set for June 5, 2020.", 1,
		 "hearing", NULL, "2020-06-05", 0, NULL, 0, NULL},
	};
	CHECK(cases);
}

/* Operative versus recited: tense, subject, reported speech, quotations,
 * conditions, warnings, law. */
static void recited_and_reported(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		/* a duty's passive with its day after "on"; a past one is history */
		{"All dispositive motions shall be filed on June 12, 2020.", 1, "deadline", NULL, "2020-06-12", 0, NULL,
		 0, NULL},
		NONE("The dispositive motions were filed on June 12, 2019."),
		NONE("The motion has been filed on February 12, 2020 and is pending."),
		/* and in the active voice, after the command's object; not the day
		 * of a thing the object names, nor of a clause of its own */
		{"Plaintiff shall file his opposition to the motion to stay on October 9, 2020, and defendants shall "
		 "file their reply, if any, on October 26, 2020.",
		 2, "deadline", "plaintiff", "2020-10-09", 0, NULL, 0, NULL},
		{"Defendants shall file their reply, if any, to plaintiff's opposition on October 26, 2020.", 1,
		 "deadline", "defendants", "2020-10-26", 0, NULL, 0, NULL},
		/* the court's direction is the duty's modal; a docket entry's
		 * signature dates nothing */
		{"The parties are directed to file a joint status report on October 8, 2020 giving their positions.", 1,
		 "deadline", "parties", "2020-10-08", 0, NULL, 0, NULL},
		NONE("The Clerk is DIRECTED to term the motion [Doc. 105].Signed by Magistrate Judge Sue Smith on 4/1/2020."),
		{"Defendants shall file a response to the motion filed on May 1, 2020.", 1, "deadline", "defendants",
		 NULL, 0, NULL, 0, NULL},
		{"Defendants shall file the transcript of the hearing on May 1, 2020.", 1, "deadline", "defendants", NULL,
		 0, NULL, 0, NULL},
		NONE("Filings due while the court is closed shall be deemed timely filed if filed when the court opens "
		     "for regular business on Monday, November 30, 2020."),
		/* a list a motion's words head is what the motion asks, no schedule;
		 * one the court adopts is; a motion's participle reports nothing */
		NONE("The Motion seeks the following relief: (1) extension of the deadline to designate experts by 30 "
		     "days, from July 3, 2020 to August 3, 2020; (2) extension of the discovery cut-off by 60 days, from "
		     "August 21, 2020, to October 21, 2020."),
		{"The parties propose the following schedule, which the Court adopts: (1) Expert reports due by May 1, "
		 "2020; (2) Discovery cut-off June 1, 2020.", 2, "deadline", "parties", "2020-05-01", 0, NULL, 0, NULL},
		{"All motions requesting leave to amend the pleadings shall be filed by May 1, 2020.", 1, "deadline",
		 "parties", "2020-05-01", 0, NULL, 0, NULL},
		/* docket text's passive with its day and no "on": the same duty */
		{"Amended Plan shall be filed 6/12/2020.", 1, "deadline", NULL, "2020-06-12", 0, NULL, 0, NULL},
		{"The joint report will be served 7/1/2020.", 1, "deadline", NULL, "2020-07-01", 0, NULL, 0, NULL},
		NONE("The amended plan was filed 6/12/2020."),
		NONE("The joint report has been served 7/1/2020 and is before the court."),
		/* a hyphen in the verb of setting */
		{"Trial of this matter is re-scheduled for April 29, 2020, before Chief Judge Jane Roe and a jury.", 1,
		 "hearing", NULL, "2020-04-29", 0, NULL, 0, NULL},
		/* a list of questions under the duty to answer them: one duty */
		{"The Court therefore DIRECTS Gordon, by no later than April 10, 2020, to file a supplement with the "
		 "Court that answers the following questions:\n1. Has a vaccine been made available to prisoners at FCI "
		 "Greenville?\n2. Have you been offered a vaccine?\n", 1, "deadline", "gordon", "2020-04-10", 0, NULL,
		 0, NULL},
		/* the court's promise that is its command: "we will grant the motion
		 * and order X to file"; the warning after it restates the duty */
		{"In this instance, we will grant the motion and order Terry Wesley Baker to file appellant's brief no "
		 "later than April 7, 2020. If the brief is not filed by that date, counsel may be required to show "
		 "cause why he should not be held in contempt of court.", 1, "deadline", "baker", "2020-04-07", 0, NULL,
		 0, NULL},
		/* a party's motion told in the perfect tense is what it asked */
		NONE("The defendant has moved to continue the May 2, 2006 trial in the above case to allow time to "
		     "complete a plea hearing now scheduled for May 30, 2006."),
		NONE("The defendant, through counsel, has moved to continue the trial scheduled for December 1, 2009."),
		/* a report's contents listed after the participle that describes
		 * it ("advising the Court of:") are not papers of their own */
		{"In the event that the parties proceed to mediation, the parties and the mediator shall file a report "
		 "within forty-eight (48) hours of the conclusion of mediation advising the Court of:\n"
		 "\xe2\x80\xa2 full, partial, or no resolution of the case;\n"
		 "\xe2\x80\xa2 whether further negotiations are planned; and\n"
		 "\xe2\x80\xa2 compensation paid to the mediator and by whom.\n",
		 1, "deadline", "parties", NULL, 48, "hours", 0, NULL},
		/* a possessive before a participle is no one speaking: "the
		 * defendants' proposed Motions" are the thing due */
		{"Based on the parties' report and the court's review of the case, the following dates are adopted: "
		 "Pleadings: The defendants' proposed Motions to Dismiss shall be filed on or before April 30, 2020.", 1,
		 "deadline", "defendants", "2020-04-30", 0, NULL, 0, NULL},
		NONE("Plaintiff's request that the Court order Defendant to produce the ledger by April 30, 2020 is "
		     "denied."),
		/* a setting cancelled by the notice that names it */
		NONE("NOTICE canceling Case Management Hearing scheduled for 4/11/2020 (SAT) (Entered: 03/02/2020)"),
		/* an event already set, named as the object of another word */
		NONE("Nor does it remove the pretrial conference scheduled for January 10, 2021 from the calendar."),
		NONE("The Court finds no reason to wait given the settings in this case, including mediation set for "
		     "October 13, 2020."),
		NONE("The Court has no option but to strike the upcoming trial set for October 1, 2020."),
		{"The Court will resolve the disputes at an in-person conference scheduled for April 24, 2020 at 10:00 a.m.",
		 1, "hearing", NULL, "2020-04-24", 0, NULL, 0, NULL},
		{"Granted; a hearing on continued use of cash collateral is scheduled for April 23, 2020 at 10:00 a.m.",
		 1, "hearing", NULL, "2020-04-23", 0, NULL, 0, NULL},
		/* the schedule in force, "currently" so */
		NONE("The trial is currently set for April 21, 2020."),
		NONE("The parties are presently scheduled to appear for a status conference on May 4, 2020."),
		{"The hearing currently set for May 1, 2020 is continued to June 5, 2020 at 10:00 a.m.", 1, "hearing", NULL,
		 "2020-06-05", 0, NULL, 0, NULL},
		/* a docket entry's cross-reference names another entry; one left
		 * open ends at a dash, after which the entry speaks */
		NONE("Order (Related Document(s): 55 Order Setting Hearing on Motion, Hearing set for 4/20/2020).\n"),
		{"Hearing on Motion (Related Document(s): 1255 Motion to Postpone filed by Andrew G. Smith for Attorney "
		 "Official Committee of Unsecured Creditors - Hearing Scheduled For 4/25/2020 at 09:30 AM at Courtroom 3 "
		 "(Clerk, Jane)\n",
		 1, "hearing", NULL, "2020-04-25", 0, NULL, 0, NULL},
		/* an event kept as an earlier order set it is no new setting */
		NONE("This trial shall commence as scheduled on April 10, 2020."),
		NONE("The hearing will proceed as previously scheduled on April 10, 2020."),
		/* the event and when it is */
		{"A telephonic status conference will be at 1:30 p.m. on April 6, 2020 before the undersigned.", 1,
		 "hearing", NULL, "2020-04-06", 0, NULL, 0, NULL},
		NONE("The status conference will be at the courthouse."),
		/* the court's own act on an event is no row of a schedule */
		NONE("The Court CANCELS the status conference currently scheduled for April 17, 2020."),
		/* a clause conceded states what is so, whatever "and" joins in it;
		 * the main clause commands */
		{"Although the motion for summary judgment and the opposition thereto is scheduled for hearing on April 7, "
		 "2020, this adversary proceeding shall proceed to trial on May 7, 2020, at 9:00 a.m.",
		 1, "hearing", NULL, "2020-05-07", 0, NULL, 0, NULL},
		/* what a party reports runs on through a second "that" clause, and
		 * what it asks is no row of a schedule */
		NONE("Plaintiffs argue that Defendants appeared on March 1, 2020, and that a scheduling order must be "
		     "issued no later than April 6, 2020."),
		NONE("Plaintiffs also request that the Court order the parties to participate in a Rule 26 conference no "
		     "later than April 6, 2020."),
		/* (what the parties agree, a stipulated order adopts) */
		{"Counsel agree to the following modification of the briefing schedule: motion to suppress due on or "
		 "before April 6, 2020; opposition due on or before May 4, 2020.",
		 2, "deadline", NULL, "2020-04-06", 0, NULL, 0, NULL},
		NONE("The Court previously ordered Plaintiff to file an amended complaint within 30 days."),
		NONE("On January 6, 2020, the Court directed the parties to meet and confer by January 20, 2020."),
		NONE("Plaintiff was ordered to respond to the interrogatories by February 1, 2020."),
		NONE("Defendants contend that Plaintiff must produce the tax returns by April 1, 2020."),
		NONE("Plaintiff asks the Court to order the defendant to answer within ten days."),
		NONE("The rule provides that \"any objection shall be filed within fourteen days after service.\""),
		NONE("If Plaintiff fails to respond by April 1, 2020, the Court will dismiss this action."),
		NONE("Failure to comply with this order will result in sanctions."),
		NONE("Generally, a party must serve its answers within 30 days after being served."),
		NONE("The case is before the Court upon the magistrate judge's recommendation [Doc. 7], filed March 1, "
		     "2020, that plaintiff be ordered to pay the $402.00 filing fee."),
		NONE("Failure to pay the full filing fee within that time will result in dismissal of the Complaint."),
		NONE("Order Denying Motion For Relief From Automatic Stay due to Noncompliance with Local Rule. Signed on 4/11/2020."),
		NONE("Is the order a final order as to which Petitioner must file post-trial motions within 10 days?"),
		NONE("(Final Pretrial conference previously set for 2/15/2020; Bench Trial previously set for 2/19/2020)."),
		/* a section that tells the case's history */
		NONE("IT IS ORDERED that the motion to continue the trial is DENIED.\nBACKGROUND\nThis matter is set for a "
		     "non-jury trial on May 25, 2020. Discovery closes on April 13, 2020."),
		/* (and the order's own part after it) */
		{"BACKGROUND\nThis matter was set for trial on May 25, 2020.\nORDER\nTrial is reset for June 22, 2020 at "
		 "9:00 a.m.", 1, "hearing", NULL, "2020-06-22", 0, NULL, 0, NULL},
		/* what happened on the order's own day, before it */
		NONE("On March 2, 2020, the parties filed a stipulated request to extend the time for Defendants to file a "
		     "responsive pleading."),
		/* an infinitive whose noun is no party, in a sentence that names one */
		NONE("The magistrate judge gave the parties instructions, including the instruction to file pretrial "
		     "memoranda by April 17, 2020."),
		/* and the same duties made by this order */
		{"Plaintiff shall file an amended complaint within 30 days.", 1, "deadline", "plaintiff", NULL, 30,
		 "days", 0, NULL},
		/* a '?' that ends a sentence which asks nothing (bytes that were no UTF-8) */
		{"Defendant shall respond to the interrogatories by April 5, 2020. ?? caf?", 1, "deadline", "defendant",
		 "2020-04-05", 0, NULL, 0, NULL},
		{"Plaintiff shall have twenty*eight (28) days from receipt of this Order to pay the filing fee.", 1,
		 "deadline", "plaintiff", NULL, 28, "days", 0, NULL},
		{"Sentencing previously set for 3/3/2020, is RESET for Friday, 3/13/2020, at 10:30 AM.", 1, "hearing",
		 NULL, "2020-03-13", 0, NULL, 0, NULL},
		{"Although the Court previously set May 1, 2020, Defendant shall now answer by May 15, 2020.", 1,
		 "deadline", "defendant", "2020-05-15", 0, NULL, 0, NULL},
		{"If Plaintiff wishes to proceed, an amended complaint must be filed within 21 days.", 1,
		 "deadline", NULL, NULL, 21, "days", 0, NULL},
		/* what a noun's "set forth" or "set out" says was stated is no
		 * setting; a duty to set a thing forth is a duty */
		NONE("The Court amends as follows the deadlines set forth by the Magistrate Judge on February 25 and 26, "
		     "2020."),
		NONE("For the reasons set forth on the record on April 21, 2020, the motion is denied."),
		{"All evidentiary disputes shall be set forth in such motions no later than 4:30 p.m. on September 9, "
		 "2020.", 1, "deadline", NULL, "2020-09-09", 0, NULL, 0, NULL},
	};
	CHECK(cases);
	/* a heading that announces findings opens no decretal part: the deadline
	 * after it is recited; one that sets dates "as follows" does */
	check_item("The Court finds that the following facts are established:\nThe deadline for expert reports is June 1, "
		   "2020.\nThe Court ORDERS the parties to file a joint report by July 1, 2020.\n", 1, 0, "2020-07-01",
		   NULL);
	check_item("Case-management dates and deadlines are set as follows:\nThe last date to file any discovery motion "
		   "is June 1, 2020.\nThe Court requires a minimum of 120 days between the motions and trial.\n", 1, 0,
		   "2020-06-01", NULL);
}

/* Clauses: several duties in one sentence, joined verbs and addressees. */
static void clauses_and_coordination(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		/* a gapped clause: the verb before, left out; its own party first */
		{"Expert reports are due by July 1, 2020, and rebuttal reports by August 3, 2020.", 2, "deadline", NULL,
		 "2020-07-01", 0, NULL, 0, NULL},
		{"Plaintiff shall file its brief by May 1, 2020, and defendant its response by June 1, 2020.", 2,
		 "deadline", "plaintiff", "2020-05-01", 0, NULL, 0, NULL},
		/* (not a clause of its own, nor "in any event") */
		{"Responses will be filed within 30 days, and in any event by December 28, 2020.", 1, "deadline", NULL,
		 "2020-12-28", 30, "days", 0, NULL},
		{"Defendant shall file its brief within 7 days and serve it on Plaintiff within 14 days.", 2,
		 "deadline", "defendant", NULL, 7, "days", 0, NULL},
		{"Plaintiff is directed to file a response by April 2, 2020 and to appear before the Court on "
		 "April 9, 2020 at 10:00 a.m.", 2, "deadline", "plaintiff", "2020-04-02", 0, NULL, 0, NULL},
		{"Plaintiff shall file a reply by April 3, 2020, and Defendant shall file a sur-reply by April 10, "
		 "2020.", 2, "deadline", "plaintiff", "2020-04-03", 0, NULL, 0, NULL},
		{"The trial court clerk shall: (1) prepare a supplemental record; and (2) file it within 30 days.",
		 2, "deadline", "clerk", NULL, 0, NULL, 0, NULL},
		NONE("The Clerk is directed to send a copy of this order to Plaintiff."),
		NONE("Defendant shall not file any further motions without leave."),
		/* "complete ... to amend" is no party told to act: the clause runs on to its date */
		{"Plaintiff shall file a single, complete first amended complaint with the changes reflected in her "
		 "motion to amend, not later than April 22, 2020.", 1, "deadline", "plaintiff", "2020-04-22", 0, NULL, 0,
		 NULL},
		/* verbs that share one object and a time stated before them: one duty */
		{"On or before May 2, 2020, plaintiff shall serve, file, and submit to the Magistrate Judge a brief "
		 "setting forth all errors which the plaintiff contends entitle the plaintiff to relief.", 1, "deadline",
		 "plaintiff", "2020-05-02", 0, NULL, 0, NULL},
	};
	CHECK(cases);
	/* a list of subjunctive duties after one verb of command, each item its
	 * own subject and verb, "that date" the date before */
	static const char listed[] = "We direct the defendant to file an appearance by November 23, 2020; that the "
				     "defendants answer or otherwise plead by that date; and that the defendants "
				     "comply with outstanding discovery by that date.";
	check_action(listed, 2, 1, "answer or otherwise plead"); /* (to comply is no act to calendar) */
	static const struct expect items[] = {
		{"We direct the defendant to file an appearance by November 23, 2020; that the defendants answer or "
		 "otherwise plead by that date.", 2, "deadline", "defendant", "2020-11-23", 0, NULL, 0, NULL},
		NONE("That the plaintiff has failed to respond by May 1, 2020 is undisputed."),
	};
	CHECK(items);
	/* the gapped obligation itself: its verb, thing, date and party */
	check_action("Expert reports are due by July 1, 2020, and rebuttal reports by August 3, 2020.", 2, 1,
		     "file rebuttal reports");
	check_item("Expert reports are due by July 1, 2020, and rebuttal reports by August 3, 2020.", 2, 1, "2020-08-03",
		   NULL);
	check_action("Plaintiff shall file its brief by May 1, 2020, and defendant its response by June 1, 2020.", 2, 1,
		     "file its response");
	check_item("Plaintiff shall file its brief by May 1, 2020, and defendant its response by June 1, 2020.", 2, 1,
		   "2020-06-01", "defendant");
	/* (the gapped clause's party with its article: "and the defendant its
	 * response") */
	check_item("Plaintiff shall file its brief by May 1, 2020, and the defendant its response by June 1, 2020.", 2,
		   1, "2020-06-01", "defendant");
	check_action("IT IS ORDERED that Plaintiff shall file the opening brief by May 1, 2020, and the reply by June 1, "
		     "2020.", 2, 1, "file the reply");
	/* (a phrase that is only a party does what the clause before does) */
	check_action("IT IS ORDERED that plaintiff shall file its expert report by May 1, 2020, and defendant by June 1, "
		     "2020.", 2, 1, "file its expert report");
	check_item("IT IS ORDERED that plaintiff shall file its expert report by May 1, 2020, and defendant by June 1, "
		   "2020.", 2, 1, "2020-06-01", "defendant");
	/* "After that defendant shall": "that" is the pronoun, the clause its own */
	check_item("IT IS ORDERED that plaintiff shall file its motion by June 1, 2020. After that defendant shall "
		   "respond within 14 days.", 2, 1, NULL, "defendant");
}

/* Tables and lists: rows of a schedule, ruled, tabbed or aligned. */
static void schedules(void **state)
{
	(void)state;
	/* the court's order with the time set off between the party and its
	 * infinitive; a paper ordered done by a time, over the warning that
	 * restates it */
	check_item("We therefore order appellant, not later than April 23, 2020 to pay the filing fee.", 1, 0,
		   "2020-04-23", "appellant");
	check_item("We ORDER appellant's brief filed by 5:00 p.m. on April 8, 2020. If appellant's brief is not filed by "
		   "that date, the Court will abate the appeal.",
		   1, 0, "2020-04-08", "appellant");
	check_action("We ORDER appellant's brief filed by 5:00 p.m. on April 8, 2020.", 1, 0, "file appellant's brief");
	/* a stay's end stated in a sentence of its own, not a schedule's term */
	check_item("The Court ORDERS that the trial court proceeding is stayed. This stay is effective until the "
		   "petition in this Court is finally decided.",
		   1, 0, NULL, NULL);
	check_item("It is ORDERED that the following schedule of deadlines is in effect until further order of the "
		   "Court.",
		   0, 0, NULL, NULL);
	check_item("The amendments are effective upon entry of this order.", 0, 0, NULL, NULL);
	/* the day of the event a duty comes before */
	check_item("In advance of the 4/8/2020 conference the Government shall advise the Court of its position.", 1, 0,
		   "2020-04-08", "the government");
	check_item("Prior to the April 8, 2020 hearing, the parties shall meet and confer.", 1, 0, "2020-04-08", "parties");
	/* the subjunctive with its time set off before the party */
	check_item("ORDER that on or before April 20, 2020, plaintiff either cause process to be served upon defendant or "
		   "file a report.",
		   1, 0, "2020-04-20", "plaintiff");
	check_item("ORDERED that within 14 days of this order, Defendants produce the documents.", 1, 0, NULL,
		   "defendants");
	check_item("IT IS FURTHER ORDERED that, by April 9, 2020, the parties submit a joint letter.", 1, 0, "2020-04-09",
		   "parties");
	check_item("IT IS ORDERED that, no later than Monday, April 20, 2020, Plaintiff submit a letter.", 1, 0,
		   "2020-04-20", "plaintiff");
	/* (whom counsel act for, with its determiner: "counsel for all parties") */
	check_item("IT IS ORDERED that counsel for all parties appear for a status conference on April 16, 2020.", 1, 0,
		   "2020-04-16", "counsel");
	check_item("ORDER that on or before 15 days from entry of this Order, govt. shall respond as to the necessity "
		   "of a hearing.",
		   1, 0, NULL, NULL);
	/* the infinitive of obligation in the perfect, joined to another */
	check_item("No later than April 6, 2020, the parties are to have consulted and are to provide the court with a "
		   "joint status report.",
		   1, 0, "2020-04-06", "parties");
	check_item("The mediation shall be completed within 60 days and is no later than the trial date.", 1, 0, NULL,
		   NULL);
	/* a numbered list run into its heading's line: one duty per paper, the
	 * first quoted from the heading */
	const char *inline_list = "The parties are directed to submit the following materials no later than April 6, "
				  "2020: (1) the joint pretrial order, (2) a proposed description of the case, to be "
				  "read to the venire, and (3) a proposed overview of the applicable law.";
	check_item(inline_list, 3, 0, "2020-04-06", "parties");
	check_item(inline_list, 3, 2, "2020-04-06", "parties");
	check_action(inline_list, 3, 1, "submit a proposed description of the case, to be read to the venire");
	/* (numbers with no colon before the first are not split: "shall (1) ...") */
	check_item("Plaintiff shall (1) file the brief and (2) serve it by April 6, 2020.", 1, 0, "2020-04-06",
		   "plaintiff");
	/* a deadline extended whose noun phrase is long (up to 28 words) */
	check_item("ORDERED that the deadline for Defendants to reply in support of their Motions to Dismiss and for "
		   "Defendant Smith to reply in support of his Motion for Sanctions is hereby extended to and including "
		   "May 13, 2020.",
		   1, 0, "2020-05-13", "defendants");
	/* docket text run on past a time of day: each setting its own */
	const char *run_on = "EO: MINUTES: Final Pretrial Conference has been continued from 12/27/2019 10:00:00 AM to "
			     "04/22/2020 10:00:00 AM Jury Selection/Trial to Follow has been continued from 01/25/2020 "
			     "09:00:00 AM to 05/22/2020 09:00:00 AM before DAE.";
	check_item(run_on, 2, 1, "2020-05-22", NULL);
	check_item("Status Conference set for 4/22/2020 10:00 AM Courtroom 3 before Judge Smith.", 1, 0, "2020-04-22",
		   NULL);
	/* a time of day just before the date, as some docket text puts it; a
	 * notice "by" its clerk is no verb of the court's */
	check_minute("COURT NOTICE by D Smith of CONTINUANCE of status hearing set for 9:00 4/9/20, dept 1, for dft "
		     "John Doe (cc: all counsel)", 1, 0, 9 * 60);
	check_minute("Motion Hearing set for 10:30 AM 4/9/2020 in Courtroom 2.", 1, 0, 10 * 60 + 30);
	check_minute("Filed 3/2/2020 9:00 AM. Motion Hearing set for 4/9/2020 in Courtroom 2.", 1, 0, -1);
	check_minute("Motion Hearing set for 4/9/2020 in Courtroom 2, estimated 2:00 hours.", 1, 0, -1);
	/* docket text's abbreviations of the sides; a trial's length before its
	 * judge is no period, and the hour counsel come names no party */
	check_item("Govt's Responses to the pending motions due by 4/28/2020, Dft's Replies due by 5/13/2020.", 2, 1,
		   "2020-05-13", "defendant");
	check_item("Jury Trial reset for 5/17/2020 at 09:00 AM, 08:30 AM for counsel, for 4 days before Judge David G "
		   "Campbell.",
		   1, 0, "2020-05-17", "parties");
	/* docket text's cells, each with its own verb or participle */
	const char *cells = "Discovery Motions due by 3/10/2020, Discovery completed by 4/10/2020, Expert reports served "
			    "by 5/8/2020, Motions in Limine due by 8/4/2020.";
	check_item(cells, 4, 1, "2020-04-10", NULL);
	check_item(cells, 4, 2, "2020-05-08", NULL);
	check_item("The motion filed by Plaintiff on March 1, 2020 is denied.", 0, 0, NULL, NULL);
	/* rows listed date first after the day of the week, run into the sentence
	 * that announces them */
	const char *weekdays = "In consultation with the parties, the Court set the following case management "
			       "deadlines: Friday, April 24, 2020: deadline for Defendants to file a motion for "
			       "reconsideration; Monday, May 11, 2020: cutoff deadline for discovery; Friday, June 5, "
			       "2020: HEARING regarding class certification at 4:00 PM in Courtroom 4.";
	check_item(weekdays, 3, 0, "2020-04-24", NULL);
	check_item(weekdays, 3, 1, "2020-05-11", NULL);
	check_item(weekdays, 3, 2, "2020-06-05", NULL);
	/* (a day of the week before a date in prose is no row) */
	check_item("The Court held a hearing on Friday, February 7, 2020: the motion was argued.", 0, 0, NULL, NULL);
	/* rows listed date first, each on its line under a heading in capitals */
	const char *date_first = "EXPERT DEADLINES:\nApril 6, 2020: Plaintiff's expert disclosures\n"
				 "May 4, 2020: Defendant's expert disclosures.\nJune 1, 2020: Rebuttal expert reports.\n"
				 "DISCOVERY CUT OFF: June 29, 2020\n";
	check_item(date_first, 4, 0, "2020-04-06", "plaintiff");
	check_item(date_first, 4, 2, "2020-06-01", NULL);
	/* rows listed date first, run into one line after the heading (the
	 * first, joined to the heading, is not read) */
	const char *run_in = "I. DEADLINES April 6,2020: Deadline for requests for modification of the order April 6,2020: "
			     "Joint request for early settlement conference May 4, 2020: Report about deposition hours\n";
	check_item(run_in, 2, 0, "2020-04-06", NULL);
	check_item(run_in, 2, 1, "2020-05-04", NULL);
	/* rows listed date first with no colon, a blank line between, one
	 * label a passive infinitive; a page's footer between rows is furniture */
	const char *no_colon = "DEADLINES\n\nApril 6, 2020 Initial Disclosures to be served.\n\nMay 4, 2020 Join "
			       "Additional Parties\n\nDockets.Justia.com\nJune 1, 2020 Privilege Logs to be exchanged by "
			       "parties\n";
	check_item(no_colon, 3, 0, "2020-04-06", NULL);
	check_item(no_colon, 3, 2, "2020-06-01", NULL);
	/* (a label and its date on the next line stay one row; a date after a
	 * verb's past tells when it was done) */
	check_item("SCHEDULE\n\nDiscovery Deadline\n\nJUNE 1, 2020\n\nMediation Deadline\n\nJULY 1, 2020\n", 2, 1,
		   "2020-07-01", NULL);
	check_item("Note: Source - R. 4:28; amended July 13, 1994 to be effective September 1, 1994; amended January "
		   "21, 1999 to be effective April 5, 1999.\n",
		   0, 0, NULL, NULL);
	/* (a row's label may run on to the next line in lower case) */
	check_item("DEADLINES:\nApril 6, 2020: Plaintiff's expert disclosures\nand reports.\nMay 4, 2020: "
		   "Defendant's expert disclosures.\n",
		   2, 1, "2020-05-04", "defendant");
	static const struct expect cases[] = {
		/* rows that follow a row, each with its note, one with its label
		 * wrapped past its date (three obligations) */
		{"ORDERED that the following briefing schedule apply:\n\nJoint Brief for Petitioners 10/02/20\n"
		 "(not to exceed 8,750 words)\n\nJoint Brief of Amici Curiae in Support 10/09/20\nof Petitioners\n"
		 "(not to exceed 2,000 words)\n\nBrief for Respondent 01/07/21\n(not to exceed 27,500 words)\n", 3,
		 "deadline", NULL, "2020-10-02", 0, NULL, 0, NULL},
		/* rows on the line below the heading, each with a note in parentheses after its date */
		{"FURTHER ORDERED that the following briefing schedule will now apply:\n\nAppellant's Brief October 7, 2020 "
		 "(not to exceed 14,000 words) Appellees' Brief(s) November 9, 2020 (not to exceed 14,000 words) Deferred "
		 "Appendix November 30, 2020\n", 3, "deadline", "appellant", "2020-10-07", 0, NULL, 0, NULL},
		/* a full stop that closes a parenthesis inside a row ends no sentence */
		{"SCHEDULE\nInitial Expert Designation & Report (\xc2\xb6 4 a.) March 31, 2020\nResponsive Expert "
		 "Designation & Report (\xc2\xb6 4 b.) April 29, 2020\n", 2, "deadline", NULL, "2020-03-31", 0, NULL, 0,
		 NULL},
		/* rows listed date first under a heading that names the schedule */
		{"I.\nDEADLINES\nJune 16, 2020:\nDeadline for disclosure of damages and relief sought, as\nrequired by the "
		 "Discovery Order\nJune 23, 2020 @ 1:00 p.m.:\nRule 16 conference\n", 2, "deadline", NULL, "2020-06-16", 0,
		 NULL, 0, NULL},
		/* dated rows run into the line after a heading that announces them */
		{"Accordingly, the new deadlines are as follows: Discovery completed July 1, 2020 Plaintiff's expert "
		 "designation August 17, 2020 Dispositive motions filed by December 1, 2020", 3, "deadline", NULL,
		 "2020-07-01", 0, NULL, 0, NULL},
		/* "on or about" a date */
		{"The parties MUST file with the Clerk of Court a Rule 26(f) report on or about December 2, 2020.", 1,
		 "deadline", "parties", "2020-12-02", 0, NULL, 0, NULL},
		{"IT IS ORDERED that the following deadlines apply:\n"
		 "Joinder of parties: April 15, 2020\n"
		 "Close of discovery: September 30, 2020\n"
		 "Final pretrial conference: November 9, 2020 at 9:00 a.m.\n",
		 3, "deadline", "parties", "2020-04-15", 0, NULL, 0, NULL},
		{"SCHEDULE\nEvent | Deadline\nAmend pleadings | 5/1/2020\nExpert disclosures | 7/1/2020\n", 2,
		 "deadline", "parties", "2020-05-01", 0, NULL, 0, NULL},
		{"The deadlines are CONTINUED as follows:\nExpert disclosure: | June 1, 2020 |\n"
		 "Expert discovery: | July 1, 2020 |\nThe trial date is unchanged.\n", 2, "deadline", "parties",
		 "2020-06-01", 0, NULL, 0, NULL},
		{"Deadline to amend\tJune 1, 2020\nDispositive motions\tOctober 1, 2020\n", 2, "deadline",
		 "parties", "2020-06-01", 0, NULL, 0, NULL},
		{"1. Plaintiff's expert disclosures       July 1, 2020\n"
		 "2. Defendant's expert disclosures      August 3, 2020\n", 2, "deadline", "plaintiff",
		 "2020-07-01", 0, NULL, 0, NULL},
		/* a row's label broken over blank lines after a rule's abbreviation */
		{"The Court enters this amended case management and scheduling order:\n\nMandatory Initial Disclosures "
		 "(pursuant to Fed.R.Civ.P.\n\n\n26(a)(1) as amended effective December 1, 2000) APRIL 23, 2020\n", 1,
		 "deadline", "parties", "2020-04-23", 0, NULL, 0, NULL},
		/* a row due at once ends its line: the next row is not joined to it */
		{"The Court enters this amended case management and scheduling order:\n\nCertificate of Interested "
		 "Persons and Corporate Disclosure\nStatement by all parties who have not previously filed IMMEDIATELY\n"
		 "Motions to Add Parties or to Amend Pleadings MAY 9, 2020\nDispositive Motions NOVEMBER 5, 2020\n", 2,
		 "deadline", "parties", "2020-05-09", 0, NULL, 0, NULL},
		/* rows that state their date first, for the party the heading names;
		 * a paper "of Counsel" is the heading party's */
		{"It is ORDERED that appellee shall file the following documents by the indicated dates: "
		 "4/1/20 Certificate of Counsel. 4/1/20 Entry of Appearance form. 4/20/20 Dispositive motions, "
		 "if any.", 3, "deadline", "appellee", "2020-04-01", 0, NULL, 0, NULL},
		/* a heading with a time whose items are the papers due then: the
		 * items, not the heading (bullets and numbers alike) */
		{"On or before April 24, 2020, each party shall file:\n\xe2\x80\xa2 a witness list;\n"
		 "\xe2\x80\xa2 an exhibit list; and\n\xe2\x80\xa2 proposed findings of fact.\n", 3, "deadline",
		 "parties", "2020-04-24", 0, NULL, 0, NULL},
		{"The parties shall also submit to the Court, by April 27, 2020, the following:\n(1) witness lists;\n"
		 "(2) exhibit lists; and\n(3) any stipulations.\n", 3, "deadline", "parties", "2020-04-27", 0, NULL, 0,
		 NULL},
		/* so are a passive heading's, the papers it says will be filed
		 * (its verb made active for each: "file proposed jury instructions") */
		{"By December 15, 2020, the following documents shall be filed:\n(1) proposed jury instructions;\n"
		 "(2) proposed voir dire questions;\n(3) trial briefs.\n", 3, "deadline", "parties", "2020-12-15", 0,
		 NULL, 0, NULL},
		{"No later than five court days before trial, the following documents shall be filed:\n(1) trial "
		 "briefs;\n(2) proposed voir dire questions.\n", 2, "deadline", "parties", NULL, 5, "business_days", 1,
		 NULL},
		/* what a paper must say is no list of papers */
		{"Plaintiff shall serve on defense counsel by April 27, 2020 a letter that sets forth the following "
		 "information:\n(a) a brief summary of the evidence;\n(b) an itemization of damages.\n", 1, "deadline",
		 "plaintiff", "2020-04-27", 0, NULL, 0, NULL},
		/* a docket line of several cells, each with its date */
		{"Government Sentencing Memo Deadline 4/14/2020, Defendant Sentencing Memo Deadline 4/21/2020.", 2,
		 "deadline", "the government", "2020-04-14", 0, NULL, 0, NULL},
		/* a debtor's papers named by number or letter */
		{"Order granting extension. Chapter 13 Plan due by 4/6/2020. Schedule A due 4/6/2020.", 2,
		 "deadline", "debtor", "2020-04-06", 0, NULL, 0, NULL},
		/* the debtor's meeting and plan in a bankruptcy case; the appellant's
		 * docketing statement in a court of appeals */
		{"Notice of Chapter 7 Bankruptcy Case. 341(a) meeting to be held on 4/15/2020 at 10:00 AM.", 1,
		 "hearing", "debtor", "2020-04-15", 0, NULL, 0, NULL},
		{"Debtor's case converted. Plan Due 4/14/2020.", 1, "deadline", "debtor", "2020-04-14", 0, NULL, 0,
		 NULL},
		{"Case docketed. Docketing Statement due 04/10/2020.", 1, "deadline", "appellant", "2020-04-10", 0,
		 NULL, 0, NULL},
		/* dashes as bullets, the last item after a time of day */
		{"It is hereby ORDERED as follows: -Motions are to be filed not later than 4/17/2020. -The next "
		 "status conference is scheduled for 5/8/2020, at 11:00 a.m. -Trial shall commence on 6/4/2020, at "
		 "9:00 a.m. -As set forth on the record, time is excluded.", 3, "deadline", "parties", "2020-04-17", 0,
		 NULL, 0, NULL},
		/* CM/ECF's cross-reference names other entries; the setting is after it */
		{"Hearing on Approval of Disclosure Statement (related document(s) 189 Disclosure Statement, 198 Order "
		 "Setting Hearing on Disclosure Statement) Hearing set for 4/18/2020 at 11:00 AM at Courtroom 603.", 1,
		 "hearing", NULL, "2020-04-18", 0, NULL, 0, NULL},
		/* a due date extended, whose duty is what the time is for */
		{"ORDERED that the due date for petitioner to respond to the Court's Order to Show Cause is extended "
		 "to April 24, 2020.", 1, "deadline", "petitioner", "2020-04-24", 0, NULL, 0, NULL},
		/* "it", opening a clause after an event, is the event; a footnote's
		 * number after a full stop ends the sentence */
		{"The response shall state whether a hearing is requested on the OSC.2 If a hearing is requested, it "
		 "will be held on April 20, 2020, at 9:00 a.m.", 1, "hearing", "parties", "2020-04-20", 0, NULL, 0,
		 NULL},
		/* an appeal's or a petition's briefs: the reply is the opener's */
		{"The respondent's answering brief is due April 7, 2020. The optional reply brief is due April 28, 2020.",
		 2, "deadline", "respondent", "2020-04-07", 0, NULL, 0, NULL},
		{"Appellee's brief was filed. The reply brief is due April 28, 2020.", 1, "deadline", "appellant",
		 "2020-04-28", 0, NULL, 0, NULL},
		/* a command in capitals is read, a title in capitals is not */
		{"Endorsed Order Granting Motion To Vacate. ALLOWED. DEBTOR IS TO FILE PROOF OF INSURANCE WITHIN 7 DAYS "
		 "OF THE DATE OF THIS ORDER.", 1, "deadline", "debtor", NULL, 7, "days", 0, NULL},
		/* "Plaintiff(s)": the role that opens a paper's title */
		{"Plaintiff(s) Expert Witness Disclosures and Reports due by 3/30/2020.", 1, "deadline", "plaintiffs",
		 "2020-03-30", 0, NULL, 0, NULL},
		/* in motion practice the response is the other side's, the reply the movant's */
		{"Plaintiff's Motion for Summary Judgment with Notice of Hearing. Response due by 4/17/2020.", 1,
		 "deadline", "defendant", "2020-04-17", 0, NULL, 0, NULL},
		{"ORDER GRANTING STIPULATION SETTING BRIEFING SCHEDULE as to 99 MOTION to Dismiss. Replies due by "
		 "4/20/2020.", 1, "deadline", "defendant", "2020-04-20", 0, NULL, 0, NULL},
		{"Defendant's motion to compel. Show Cause Response due by 4/20/2020.", 1, "deadline", "parties",
		 "2020-04-20", 0, NULL, 0, NULL},
		/* an extension's duty is the movant's, or the owner of its paper */
		{"ORDER granting motion to extend time to file brief [18] filed by Appellee Apple Inc. The response "
		 "brief is due 4/28/2020.", 1, "deadline", "appellee", "2020-04-28", 0, NULL, 0, NULL},
		{"Order Granting Motion To Extend Deadline to File Schedules or Provide Required Information due by "
		 "April 11, 2020.", 1, "deadline", "debtor", "2020-04-11", 0, NULL, 0, NULL},
		/* the order's own date and a signature line are no rows */
		NONE("Dated: March 2, 2020\nSigned by Judge Doe on 3/2/2020.\n"),
		NONE("Filed: 3/2/2020 (Entered: 03/02/2020 at 14:38:23)"),
	};
	CHECK(cases);
	/* a label wrapped past its date on the row's own line; the rows' third is read */
	check_item("ORDERED that the following briefing schedule apply:\n\nJoint Brief for Petitioners 10/02/20\n"
		   "(not to exceed 8,750 words)\n\nJoint Brief of Amici Curiae in Support 10/09/20\nof Petitioners\n"
		   "(not to exceed 2,000 words)\n\nBrief for Respondent 01/07/21\n(not to exceed 27,500 words)\n", 3, 2,
		   "2021-01-07", "respondent");
	check_action("The following briefing schedule shall apply:\nJoint Brief for Petitioners 10/02/20 (not to exceed "
		     "8,750 words)\nJoint Brief of Medical Amici Curiae in Support 10/09/20 of Petitioners (not to exceed "
		     "2,000 words)\n", 2, 1, "Joint Brief of Medical Amici Curiae in Support");
	/* (not a narrative sentence beside a dated line) */
	check_item("IT IS ORDERED that the status conference is set for June 1, 2020.\nThe parties anticipate "
		   "completing discovery 9/1/2020 without any further extension.\n", 1, 0, "2020-06-01", NULL);
}

/* The action a clause gives: verbs that share one object keep it ("serve,
 * file, and submit ... a brief", not "serve, file"). */
static void actions(void **state)
{
	(void)state;
	static const struct {
		const char *text, *action;
	} cases[] = {
		/* a deadline stated as a fact: its own words */
		{"The last date to file any discovery motion is March 3, 2020.", "last date to file any discovery motion"},
		{"The deadline for filing dispositive motions is June 5, 2020.", "deadline for filing dispositive motions"},
		{"The due date for oppositions to motions in limine is July 7, 2020.",
		 "due date for oppositions to motions in limine"},
		/* "counsel for appellant" is one noun phrase, and the court's words may stand before "that" */
		{"IT IS ORDERED by the court, sua sponte, effective September 1, 2020, that counsel for appellant file a "
		 "merit brief no later than September 21, 2020.",
		 "file a merit brief"},
		/* a period that ends, stated as a fact; a lettered list run into one line */
		{"The following dates apply: a. fact discovery closes on June 1, 2020 b. expert discovery closes on "
		 "July 1, 2020 c. dispositive motions due by August 3, 2020",
		 "complete fact discovery"},
		{"On or before May 2, 2020, plaintiff shall serve, file, and submit to the Magistrate Judge a brief "
		 "setting forth all errors which the plaintiff contends entitle the plaintiff to relief.",
		 "serve, file, and submit to the Magistrate Judge a brief"},
		{"Defendants shall answer the complaint, and plaintiff shall reply by May 2, 2020.",
		 "answer the complaint"},
		/* papers joined by "and" before "due" are one thing due; clauses joined
		 * are not */
		{"Statement of Income and Expenses due by 4/22/2020.", "file Statement of Income and Expenses"},
		/* a time before the first of two verbs is both verbs' */
		{"Plaintiff shall, on or before April 16, 2020, file and serve an opposition to the motion.",
		 "file and serve an opposition to the motion"},
		/* a date after a determiner names the paper, not its time */
		{"Plaintiff shall respond to the August 24, 2020 order within thirty days.",
		 "respond to the August 24, 2020 order"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(cases[i].text, strlen(cases[i].text), &opt, &x);
		int ok = x.n >= 1 && x.items[0].action &&
			 !strncmp(x.items[0].action, cases[i].action, strlen(cases[i].action));
		if (!ok)
			print_error("case %zu: want action '%s', got '%s'\n", i, cases[i].action,
				    x.n ? x.items[0].action : "(nothing)");
		extraction_free(&x);
		assert_true(ok);
	}
	/* the whole action, with no preposition its time took away (the cases
	 * above compare beginnings) */
	static const char at[] = "Respondent is directed to file status reports at 90-day intervals beginning "
				 "April 27, 2020.";
	check_action(at, 1, 0, "file status reports");
}

/* Typed time expressions attached to their clause. */
static void times(void **state)
{
	(void)state;
	{
		/* the quote of a duty whose time a phrase before its clause states
		 * begins with that phrase */
		static const char text[] = "IT IS FURTHER ORDERED that within ten (10) days of the date of this Order the "
					   "Appellant shall electronically file a revised brief.";
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(text, strlen(text), &opt, &x);
		assert_int_equal(x.n, 1);
		assert_non_null(strstr(x.items[0].quote, "within ten (10) days of the date of this Order the Appellant"));
		extraction_free(&x);
	}
	{
		/* a clause of a few words that its sentence goes on from is quoted
		 * on into the sentence (what the abatement is for), not with the
		 * sentence before it; a row with a time of its own after it is not
		 * drawn in */
		static const char text[] = "Counsel's motion is well-taken. Consequently, we abate the appeal so that "
					   "Appellant and his father, if indigent, may file in the trial court proper "
					   "affidavits of indigence or statements of inability to afford costs.\n\n"
					   "Joinder of Parties due by 5/31/2020, Discovery due by 7/1/2020, Dispositive "
					   "motions due by 8/3/2020, Motions in limine due by 9/1/2020, Pretrial order due "
					   "by 10/1/2020.";
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(text, strlen(text), &opt, &x);
		assert_int_equal(x.n, 6);
		assert_string_equal(x.items[0].kind, "until");
		assert_non_null(strstr(x.items[0].quote, "we abate the appeal so that Appellant and his father"));
		assert_null(strstr(x.items[0].quote, "well-taken"));
		assert_non_null(strstr(x.items[2].quote, "Discovery due by 7/1/2020"));
		assert_null(strstr(x.items[2].quote, "Dispositive"));
		extraction_free(&x);
	}
	{
		/* a list's first item quotes its heading, on its own line or not:
		 * the heading says who and when */
		static const char text[] = "2. On or before November 4, 2020, the parties shall electronically file:\n\n"
					   "(A) A single joint jury instruction document, and\n"
					   "(B) A single joint verdict form.\n";
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(text, strlen(text), &opt, &x);
		assert_int_equal(x.n, 2);
		assert_non_null(strstr(x.items[0].quote, "On or before November 4, 2020, the parties shall"));
		assert_null(strstr(x.items[1].quote, "On or before"));
		extraction_free(&x);
	}
	{
		/* "today's date" and "this Court's order" are the order's entry;
		 * "this Court's order of dismissal" is another order */
		static const char *const texts[][2] = {
			{"Defendant is ordered to pay counsel $3,290.50 within thirty days of today's date.", "entry"},
			{"Respondent shall file the affidavit within thirty days of this Court's order.", "entry"},
			{"Respondent shall file the affidavit within thirty days of this Court's order of dismissal.",
			 "this court's order of dismissal"},
		};
		for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
			struct extraction x;
			struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
			extract_order_with(texts[i][0], strlen(texts[i][0]), &opt, &x);
			assert_int_equal(x.n, 1);
			assert_true(x.items[0].has_trigger && x.items[0].n == 30);
			assert_string_equal(x.items[0].event, texts[i][1]);
			extraction_free(&x);
		}
	}
	{
		/* the event ends where a participle says what the paper tells */
		static const char text[] = "The parties shall file a report within forty-eight (48) hours of the "
					   "conclusion of mediation advising the Court of the result.";
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(text, strlen(text), &opt, &x);
		assert_int_equal(x.n, 1);
		assert_true(x.items[0].has_trigger && x.items[0].n == 48);
		assert_string_equal(x.items[0].event, "conclusion of mediation");
		extraction_free(&x);
	}
	{
		static const char text[] = "Oppositions are due fourteen days after service; replies are due seven "
					   "days thereafter.";
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(text, strlen(text), &opt, &x);
		assert_int_equal(x.n, 2);
		assert_true(x.items[1].has_trigger && x.items[1].n == 7 && !x.items[1].before);
		assert_string_equal(x.items[1].event, "the deadline to file Oppositions");
		extraction_free(&x);
	}
	static const struct expect cases[] = {
		{"Defendant shall respond within five business days.", 1, "deadline", "defendant", NULL, 5,
		 "business_days", 0, NULL},
		/* the day the order is entered (2020-03-02 in these cases) and the next */
		{"No later than 5:00 p.m. today, the parties shall file a joint letter.", 1, "deadline", "parties",
		 "2020-03-02", 0, NULL, 0, NULL},
		{"The plaintiff shall serve the notice by tomorrow.", 1, "deadline", "plaintiff", "2020-03-03", 0, NULL,
		 0, NULL},
		{"As of today, the defendant shall file its brief within 14 days.", 1, "deadline", "defendant", NULL, 14,
		 "days", 0, NULL},
		/* "thereafter": after the time stated before it (two obligations; the
		 * first checked here, the second below) */
		{"Oppositions are due fourteen days after service; replies are due seven days thereafter.", 2,
		 "deadline", NULL, NULL, 14, "days", 0, NULL},
		/* a time set off before its clause, after a decretal verb or a comma;
		 * not one that ends a clause of its own */
		{"The first status report is due on or before April 14, 2020, and shall include the cause number.", 1,
		 "deadline", NULL, "2020-04-14", 0, NULL, 0, NULL},
		/* "within a week", "within an hour": one; "within a reasonable time": none */
		{"The receiver shall produce the ledger within a week of its becoming available.", 1, "deadline",
		 "receiver", NULL, 1, "weeks", 0, NULL},
		{"The defendant shall answer within a month.", 1, "deadline", "defendant", NULL, 1, "months", 0, NULL},
		{"The defendant shall answer within a reasonable time.", 1, "deadline", "defendant", NULL, 0, NULL, 0,
		 NULL},
		/* court days and judicial days are business days (the engine counts
		 * them alike; ANNOTATION.md's unit for them is business_days) */
		{"Defendant has 5 court days to answer.", 1, "deadline", "defendant", NULL, 5, "business_days", 0, NULL},
		{"The parties shall exchange exhibit lists ten days before the final pretrial conference.", 1,
		 "deadline", "parties", NULL, 10, "days", 1, NULL},
		{"Plaintiff shall file the notice within 48 hours of the ruling.", 1, "deadline", "plaintiff", NULL,
		 48, "hours", 0, NULL},
		{"The receiver shall file a report within two weeks.", 1, "deadline", "receiver", NULL, 2, "weeks",
		 0, NULL},
		{"The parties shall file a joint status report every 90 days.", 1, "recurring", "parties", NULL, 90,
		 "days", 0, NULL},
		{"Plaintiff shall file the response by June 5, 2020, or within 14 days of the deposition, "
		 "whichever is later.", 1, "deadline", "plaintiff", "2020-06-05", 14, "days", 0, NULL},
		{"Defendant shall answer within 21 days. The third-party defendant is also directed to answer by "
		 "that date.", 2, "deadline", "defendant", NULL, 21, "days", 0, NULL},
		{"The third-party defendant is also directed to answer by that date.", 1, "deadline",
		 "third-party defendant", NULL, 0, NULL, 0, NULL},
		{"Plaintiff shall file the brief by February 30, 2020.", 1, "deadline", "plaintiff", NULL, 0, NULL,
		 0, NULL},
		/* a clause that opens with its day */
		{"On Monday, April 6, 2020, counsel shall jointly call chambers to schedule the hearing.", 1,
		 "deadline", "counsel", "2020-04-06", 0, NULL, 0, NULL},
		/* a row with a time of day is an event, whatever its label */
		{"Dates set:\nJS/JT 5-18-20 @ 9 a.m.\nFPT 5-4-20 @ 10 a.m.\n", 2, "hearing", "parties",
		 "2020-05-18", 0, NULL, 0, NULL},
		/* a day and month with no year: the year of the order's entry (2020-03-02),
		 * or the next for a day long before it */
		{"The parties shall file a brief joint letter on or before April 18 explaining which motions remain.", 1,
		 "deadline", "parties", "2020-04-18", 0, NULL, 0, NULL},
		{"Plaintiff shall file the report by January 5.", 1, "deadline", "plaintiff", "2021-01-05", 0, NULL, 0,
		 NULL},
		/* a prohibition's clause ends where the next clause begins with its "and" */
		{"A jury will not be summoned on March 30 and the trial will be continued one day to March 31, 2020, "
		 "commencing at 9 a.m.", 1, "hearing", NULL, "2020-03-31", 0, NULL, 0, NULL},
		/* a series "until" a date: the date is its end, not a date it is due */
		{"The parties shall file a joint status report every 30 days until December 2, 2020.", 1, "recurring",
		 "parties", NULL, 30, "days", 0, NULL},
	};
	CHECK(cases);
	/* things joined after a comma: the phrase from the comma, exactly */
	check_action("Schedules, Statement of Income and Expenses due by 4/22/2020.", 1, 0,
		     "file Statement of Income and Expenses");
	/* a remand's directed act, and the event a remand is for */
	check_action("This case is remanded to the trial court with directions to enter judgment for the defendant.", 1,
		     0, "enter judgment for the defendant");
	check_action("We remand the case to the trial court for an evidentiary hearing.", 1, 0,
		     "hold an evidentiary hearing");
	/* a time set off before its clause after an earlier frame's words; not
	 * "the Scheduling Order by June 1, 2020, and ...", a clause of its own */
	check_item("ORDER to SHOW CAUSE signed by Magistrate Judge Edmund F. Brennan on 3/1/2020 ORDERING on or before "
		   "8/4/2020, defendant shall file a status report.", 1, 0, "2020-08-04", "defendant");
	check_item("IT IS ORDERED: Defendant shall file the report required by the Scheduling Order by June 1, 2020, "
		   "and plaintiff shall file a reply.", 2, 1, NULL, "plaintiff");
	/* "thereafter" names only an obligation of its own or the sentence before */
	{
		static const char text[] = "Defendant shall file its answer by May 1, 2020.\n\nThe Court notes the history "
					   "of the case.\n\nIf the Court grants leave to amend, plaintiff shall file "
					   "the amended complaint within 14 days thereafter.";
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(text, strlen(text), &opt, &x);
		int ok = x.n == 2 && x.items[1].has_trigger && !strcmp(x.items[1].event, "the time stated before it");
		extraction_free(&x);
		assert_true(ok);
	}
}

/* The court gives a party a period to act: "gives Plaintiff thirty days to
 * file", "grant Enow twenty-eight days to pay", docket text "...; giving
 * Petitioner 30 days to notify the Court". */
static void periods_given(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The Court gives Plaintiff thirty (30) days to file an amended complaint.", 1, "deadline", "plaintiff",
		 NULL, 30, "days", 0, NULL},
		{"The Court will deny the motion and grant Plaintiff twenty-eight days to pay the filing fee.", 1,
		 "deadline", "plaintiff", NULL, 28, "days", 0, NULL},
		{"We grant appellant fourteen days in which to pay the filing fee.", 1, "deadline", "appellant", NULL,
		 14, "days", 0, NULL},
		{"I overrule the objection and give Defendant 15 days to produce the documents.", 1, "deadline",
		 "defendant", NULL, 15, "days", 0, NULL},
		{"ORDER granting in part the Motion to Dismiss;\ngiving Petitioner 30 days to notify the Court of his "
		 "election.", 1, "deadline", "petitioner", NULL, 30, "days", 0, NULL},
		/* what the period runs from may stand between it and the act */
		{"The Court grants plaintiff 21 days from the date of this order to serve Dr. Noyes.", 1, "deadline",
		 "plaintiff", NULL, 21, "days", 0, NULL},
		/* a ruling's list of what the court does, the court its subject before */
		{"For the reasons that follow, the Court (1) DENIES the Motions; (2) sua sponte GRANTS Defendants an "
		 "additional fourteen days from this Order to serve their responses; and (3) extends the deadlines.",
		 1, "deadline", "defendants", NULL, 14, "days", 0, NULL},
		/* several named jointly are named by the first */
		{"The Court GRANTS Governor Grisham and the NMCD Officials fourteen days to serve their responses.", 1,
		 "deadline", "grisham", NULL, 14, "days", 0, NULL},
		/* the law gives time, and a recital of time given, command nothing */
		NONE("Rule 6 gives a party 14 days to respond to a motion."),
		NONE("Plaintiff needs 30 days to review the documents."),
		NONE("The Court granted the application on September 4, 2012, allowing Plaintiff 30 days to amend."),
		/* a period before a date is no time given to act */
		{"The trial will be continued one day to August 31, 2020, commencing at 9:00 a.m.", 1, "hearing", NULL,
		 "2020-08-31", 0, NULL, 0, NULL},
	};
	CHECK(cases);
}

/* What an appellate court tells the lower court to do: the lower court by
 * its kind or place ("the PCRA court", "the Jefferson Family Court") is the
 * trial court; a remand for an event names no court, and the trial court
 * holds it. */
static void lower_courts(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The PCRA court is further directed to prepare a thorough opinion supporting its decision.", 1,
		 "deadline", "trial court", NULL, 0, NULL, 0, NULL},
		{"We direct the habeas court to file its findings within thirty days.", 1, "deadline", "trial court",
		 NULL, 30, "days", 0, NULL},
		{"We order the Jefferson Family Court to file a corrected order within ten days.", 1, "deadline",
		 "trial court", NULL, 10, "days", 0, NULL},
		{"Accordingly, we reverse the judgment and remand the case for an evidentiary hearing on the petition.",
		 1, "deadline", "trial court", NULL, 0, NULL, 0, NULL},
		{"We vacate the order and remand the case sub judice for an evidentiary hearing on that claim.", 1,
		 "deadline", "trial court", NULL, 0, NULL, 0, NULL},
		/* a paper addressed to the court is no lower court's: the docket's
		 * "Response to Court" is a party's, the party unnamed */
		{"Response to Court due by 8/17/2020.", 1, "deadline", "parties", "2020-08-17", 0, NULL, 0, NULL},
		/* not this court, nor a remand spoken of, nor one for proceedings at large */
		NONE("This Court shall retain jurisdiction over the appeal."),
		NONE("We decline to remand the case for a hearing."),
		NONE("We remand the case for further proceedings consistent with this opinion."),
	};
	CHECK(cases);
	check_action("We remand the case for an evidentiary hearing on the ineffective-assistance claim.", 1, 0,
		     "hold an evidentiary hearing");
}

/* A firm the order introduces by its side is named by that side; a person
 * keeps the name. */
static void introduced_parties(void **state)
{
	(void)state;
	/* a body or an office named after an article, commanded by the court,
	 * is bound by name; what it will do is no duty of the order's */
	check_item("The Department of Education is ORDERED to respond to Plaintiffs' request for production by May "
		   "11, 2020.",
		   1, 0, "2020-05-11", "department of education");
	check_item("The BOP shall disclose to Plaintiff all non-exempt portions of his Central File by May 11, 2020.", 1,
		   0, "2020-05-11", "bop");
	/* a name with its office set off after it is bound by the name */
	check_item("Mr. Sana, as Chuuk Acting Director of Treasury, is therefore ordered to pay the judgment no later "
		   "than May 11, 2020.",
		   1, 0, "2020-05-11", "sana");
	check_item("Defendant, as trustee of the fund, is ordered to pay the judgment no later than May 11, 2020.", 1, 0,
		   "2020-05-11", "defendant");
	/* an agency by its acronym alone, in a sentence not in capitals */
	check_item("The Court directs EOIR to file, by May 11, 2020, a detailed affidavit explaining its withholdings.",
		   1, 0, "2020-05-11", "eoir");
	check_item("The Court anticipates that the Maine Legislature will complete its redistricting by September 30, "
		   "2020.",
		   0, 0, NULL, NULL);
	check_item("Plaintiffs move for a protective order from Defendant Laramie Enterprises, Inc.\n\nLaramie "
		   "must respond to the motion by December 4, 2020.",
		   1, 0, "2020-12-04", "defendant");
	check_item("This dispute is between plaintiff Fidelity and Deposit Company and defendant Travelers Casualty and "
		   "Surety Company.\n\nTravelers shall produce the documents by June 1, 2020.",
		   1, 0, "2020-06-01", "defendant");
	check_item("Plaintiff Jane Miller filed this action.\n\nMiller shall file an amended complaint by May 1, 2020.", 1,
		   0, "2020-05-01", "miller");
	check_item("Acme shall file its answer by May 1, 2020.", 1, 0, "2020-05-01", "acme");
	/* a body the caption names before its side is that side, by a word of
	 * its name or by its initials; a body no caption names keeps its name */
	check_item("COMMODITY FUTURES TRADING COMMISSION,\nPlaintiff,\nv.\nJOHN DOE,\nDefendant.\n\nThe CFTC is "
		   "directed to submit a proposed judgment by April 3, 2020.",
		   1, 0, "2020-04-03", "plaintiff");
	check_item("JOHN DOE,\nPetitioner,\nv.\nMERIT SYSTEMS PROTECTION BOARD,\nRespondent.\n\nThe Board's "
		   "responsive brief is due by April 3, 2020.",
		   1, 0, "2020-04-03", "respondent");
	check_item("The CFTC is directed to submit a proposed judgment by April 3, 2020.", 1, 0, "2020-04-03", "cftc");
	/* a government party by its kind: the side the caption gives it, else
	 * its kind; not inside a longer name */
	check_item("UNITED STATES OF AMERICA,\nPlaintiff,\nv.\nCITY OF CLEVELAND,\nDefendant.\n\nWithin 180 days "
		   "of the Effective Date, the City will file with the Court a status report.",
		   1, 0, NULL, "defendant");
	check_item("The County shall pay the fees within 30 days.", 1, 0, NULL, "county");
	check_item("Beginning April 3, 2020, the Wayne County Civil Division judges shall work remotely.", 0, 0, NULL,
		   NULL);
	/* in a petition against a government body, the body by its kind is
	 * the respondent; outside one, it keeps its word */
	check_item("John Doe, Petitioner, v. Department of Homeland Security, Respondent.\n\nThe Agency's informal "
		   "response brief is due no later than April 3, 2020.",
		   1, 0, "2020-04-03", "respondent");
	check_item("The Department's brief is due no later than April 3, 2020. Petitioner may reply.", 1, 0,
		   "2020-04-03", "respondent");
	check_item("The agency shall file the administrative record by April 3, 2020.", 1, 0, "2020-04-03", "agency");
	/* (so is one after the "and" that joins its clause to a ruling) */
	check_item("The motion is GRANTED, and the Department of Education shall respond by May 11, 2020.", 1, 0,
		   "2020-05-11", "department of education");
	/* two sides joined by "and" are every party: possessives, whole noun
	 * phrases, a subject cut at its conjunction; not a side a preposition
	 * names after "and", nor an "and" that joins two clauses */
	check_item("The Plaintiffs' and Defendants' liaison committees shall confer by June 1, 2020.", 1, 0,
		   "2020-06-01", "parties");
	check_item("Plaintiff's counsel and defendant's counsel shall file a joint report by June 1, 2020.", 1, 0,
		   "2020-06-01", "parties");
	check_item("Appellants and appellees shall file simultaneous letter briefs by June 1, 2020.", 1, 0,
		   "2020-06-01", "parties");
	check_item("Plaintiffs and Defendants shall confer by June 1, 2020.", 1, 0, "2020-06-01", "parties");
	/* a time phrase set off before ", and to ..." ends the clause before
	 * the conjunction, not the one after it */
	const char *two = "The parties are directed to disclose all expert witnesses, in writing, on or before 12/31/2020, "
			  "and to disclose all rebuttal experts on or before 1/29/2021.";
	check_item_entered(two, date_from_ymd(2020, 4, 1), 2, 0, "2020-12-31", "parties");
	check_item_entered(two, date_from_ymd(2020, 4, 1), 2, 1, "2021-01-29", "parties");
	/* a line wrapped, or a double-spaced PDF's blank line inside a
	 * sentence, breaks no paragraph: two duties of one paragraph on one day
	 * are two, not a summary that restates the other */
	const char *wrapped = "a. All\nnon-expert discovery shall be completed by September 19,\n2020.\nb.\nExperts shall "
			      "be disclosed and reports provided by September\n19, 2020.";
	check_item_entered(wrapped, date_from_ymd(2020, 4, 1), 2, 0, "2020-09-19", "parties");
	check_item_entered(wrapped, date_from_ymd(2020, 4, 1), 2, 1, "2020-09-19", "parties");
	check_item("Objections, if\n\nany, are due within fourteen (14) days from service of the Findings and "
	      "Recommendation. If\n\nobjections are filed, a response is due within fourteen (14) days after being "
	      "served with a copy of\n\nthe objections.",
	      2, 1, NULL, "parties");
	/* a command to appear on the day the order is entered sets the event
	 * ahead; a hearing held that day is the minute entry's history */
	check_item_entered("It is further ORDERED that the parties shall appear for a Zoom conference on March 2, 2020, "
			   "at 12:30 p.m.",
			   date_from_ymd(2020, 3, 2), 1, 0, "2020-03-02", "parties");
	check_item_entered("Status conference held on March 2, 2020, at 12:30 p.m. Counsel appeared by telephone.",
			   date_from_ymd(2020, 3, 2), 0, 0, NULL, NULL);
	/* "that date" points back to the date the sentence before names, even
	 * where that sentence recites (a setting still ahead) */
	check_item_entered("On March 2, 2020, the Court set trial in this matter for June 1, 2020. Counsel shall be "
			   "present on that date at 8:30 a.m. to resolve any remaining matters.",
			   date_from_ymd(2020, 4, 1), 1, 0, "2020-06-01", "counsel");
	/* the rows a schedule announces are the duties, not the announcement */
	check_item("The schedule is set as follows: Opening brief due on 06/01/2020. Answering brief due on 07/01/2020.",
		   2, 0, "2020-06-01", NULL);
	/* (docket text's abbreviations of the sides) */
	check_item("The Ptffs' and Defts' committees shall confer by June 1, 2020.", 1, 0, "2020-06-01", "parties");
	check_item("Plf shall file her reply by June 1, 2020.", 1, 0, "2020-06-01", "plaintiff");
	check_item("Plaintiffs' reply and opposition to Defendants' motion shall be filed by June 1, 2020.", 1, 0,
		   "2020-06-01", "plaintiffs");
	check_item("Defendant shall respond to the motion of plaintiff and defendant shall file its answer by June 1, "
		   "2020.",
		   1, 0, "2020-06-01", "defendant");
	/* a firm by its last word, or by the suffix set off after it */
	check_item("Defendant OSL Holdings, Inc. has through and including May 5, 2020 to answer the complaint.", 1, 0,
		   "2020-05-05", "defendant");
	/* a period that closes closes for every party, not the one named before */
	check_item("The defendant shall file its answer by April 21, 2020. Fact discovery will close on June 28, 2020.",
		   2, 1, "2020-06-28", "parties");
	check_item("Fact discovery pertaining to issues of class certification shall end on August 30, 2020.", 1, 0,
		   "2020-08-30", "parties");
	/* the clerk's parenthesis that ends a docket entry restates the entry's
	 * duty (its party too, when the entry's sentence left it assumed); the
	 * papers a parenthesis lists, due the same day, are each a duty */
	check_item_entered("TEXT ORDER: the Court directs Plaintiffs to file an additional Status Report by the close "
			   "of business on 7/3/20. (Status Report due by 7/3/2020) (SKR, ilcd)",
			   date_from_ymd(2020, 4, 6), 1, 0, "2020-07-03", "plaintiffs");
	check_item_entered("Minute Entry. The Court corrects the 6/15/20 Text Order in that the Plaintiff's deadline to "
			   "disclose expert witnesses is 6/29/20. ( Plaintiff's Expert Disclosure due by 6/29/2020.)",
			   date_from_ymd(2020, 4, 6), 1, 0, "2020-06-29", "plaintiff");
	check_item_entered("Chapter 7 Voluntary Petition. (Schedules A-J due 6/12/2020, Statement of Financial Affairs "
			   "due 6/12/2020) (Entered: 05/28/2020)",
			   date_from_ymd(2020, 5, 28), 2, 1, "2020-06-12", NULL);
	/* each item of the parenthesis restates the entry's own duty of its
	 * day, not only the first; an item of a day of its own stays */
	const char *summary = "ORDER: The parties must file their joint pretrial order no later than June 1, 2020. Any "
			      "motions in limine must be filed no later than June 8, 2020. (Proposed Pretrial Order due "
			      "by 6/1/2020., Motions due by 6/8/2020., Discovery due by 9/1/2020.) (Signed by Judge Roe)";
	check_item_entered(summary, date_from_ymd(2020, 5, 1), 3, 0, "2020-06-01", "parties");
	check_item_entered(summary, date_from_ymd(2020, 5, 1), 3, 1, "2020-06-08", "parties");
	check_item_entered(summary, date_from_ymd(2020, 5, 1), 3, 2, "2020-09-01", NULL);
	/* (the entry's own sentence is kept over the note, even when a
	 * condition opens it; a note that names no party restates whoever's
	 * duty falls on its day) */
	const char *conditioned = "If Plaintiff files an amended complaint, Defendant shall answer or seek leave to file a "
				  "motion on or before June 5, 2020. The Clerk of Court is directed to terminate the "
				  "motion. SO ORDERED. ( Amended Pleadings due by 5/15/2020. Motions due by 6/5/2020.)";
	check_item_entered(conditioned, date_from_ymd(2020, 5, 1), 2, 0, "2020-06-05", "defendant");
	check_action(conditioned, 2, 0, "answer or seek leave to file a motion");
	/* a name that opens in lower case before its capital */
	check_item("On or before May 1, 2020, e-Numerate shall provide the government with its contentions.", 1, 0,
		   "2020-05-01", "e-numerate");
	/* a pronoun stands for the party its own sentence names before it (not
	 * a possessive: "defendants' motion"), before the one the sentence
	 * before names */
	check_item("Defendants shall file an opposition no later than March 8, 2020. If plaintiff wishes to file a "
		   "reply, he shall do so no later than March 9, 2020.",
		   2, 1, "2020-03-09", "plaintiff");
	check_item("Defendant shall answer by March 8, 2020. If plaintiff intends to file a response to defendants' "
		   "motion, he must file it on or before March 9, 2020.",
		   2, 1, "2020-03-09", "plaintiff");
	check_item("Per the parties' 24 Status Report, the Court ORDERS that they shall, by November 8, 2020, submit a "
		   "further joint report.",
		   1, 0, "2020-11-08", "parties");
}

/* A line of schedule cells, each "label: date" ("Discovery Cut-Off: 4/23/10
 * Cross-Dispositive Motion Filing Deadline: 6/14/10 ..."): a row each,
 * quoted with the line. */
static void cells_in_a_line(void **state)
{
	(void)state;
	static const char line[] = "SCHEDULE\nDiscovery Cut-Off: 4/23/20 Dispositive Motion Filing Deadline: 6/14/20 "
				   "Hearing Date for Dispositive Motions: 7/27/20 9:00\n";
	check_item(line, 3, 0, "2020-04-23", NULL);
	check_item(line, 3, 1, "2020-06-14", NULL);
	check_item(line, 3, 2, "2020-07-27", NULL);
	/* one cell is a sentence's, not a line of cells */
	check_item("The deadline for expert reports is extended to the following date: 6/14/20 for all parties.\n", 1, 0,
		   "2020-06-14", NULL);
	/* cells with no colon and nothing between a date and the next label, a
	 * schedule flattened into one line under its heading */
	static const char run_on[] = "1. This case shall proceed with the following deadlines:\n\nNon-expert discovery "
				     "closed 6/9/20 Plaintiff's expert witness designations 7/7/20 Defendant's expert "
				     "witness designations 8/4/20 Reply 11/10/20\n";
	check_item(run_on, 4, 1, "2020-07-07", "plaintiff");
	check_item(run_on, 4, 3, "2020-11-10", NULL);
	/* (not a sentence with two dates in it) */
	check_item("Discovery closed on 6/9/20 Plaintiff filed a motion on 7/7/20.\n", 0, 0, NULL, NULL);
}

/* A schedule flattened from a PDF: each label and its date on lines of their
 * own with blank lines between, a note in parentheses after a date (run over
 * blank lines), a period for a date, and the CM/ECF stamp between pages. */
static void flattened_schedules(void **state)
{
	(void)state;
	static const char text[] =
		"SCHEDULING ORDER\nI. SUMMARY OF CRITICAL DATES\n\nDeadline for Motions to Amend Pleadings ( 2)\n\n"
		"March 09, 2020\n\nDeadline for Expert Objections ( 4 d)\n\nOctober 05, 2020 (but not before "
		"Dispositive\n\n\nMotions deadline)\n\nDeadline for Completion of Mediation ( 6)\n\nJuly 07, 2020\n\n"
		"Case 3:16-cv-02579-B Document 12 Filed 12/15/19\n\nPage 2 of 9 PageID 138\n\n"
		"Deadline for Dispositive Motions ( 3)\n\nSeptember 05, 2020\n";
	check_item(text, 4, 0, "2020-03-09", "parties");
	check_item(text, 4, 1, "2020-10-05", "parties");
	check_item(text, 4, 2, "2020-07-07", "parties");
	check_item(text, 4, 3, "2020-09-05", "parties");
	/* a ruled table flattened one cell to a line: the rule between a label
	 * and its date joins them, the rule after the date ends the row */
	static const char ruled[] =
		"IT IS ORDERED THAT:\nCASE MANAGEMENT SCHEDULE\nDeadline to Amend Pleadings:\n|\nAugust 12, 2020\n|\n"
		"Further Case Management Conference:\n|\nJanuary 19, 2021 at 1:30 p.m.\n|\nFact Discovery Cut-Off:\n|\n"
		"March 17, 2021\n|\nIf any defendant files a dispositive motion early, the parties shall confer.\n";
	check_item(ruled, 3, 0, "2020-08-12", "parties");
	check_item(ruled, 3, 1, "2021-01-19", NULL);
	check_item(ruled, 3, 2, "2021-03-17", "parties");
	/* a table's cells with no commas, the time and the courtroom after the
	 * date ("Settlement Conference Date: 2/6/08 10:00 Ctrm. 8") */
	check_item("Settlement Conference Date: 4/6/20 10:00 Ctrm. 8\n", 1, 0, "2020-04-06", NULL);
	check_minute("Trial Date: 8/26/20 9:00 Ctrm. 3 (JT-14 days)\n", 1, 0, 9 * 60);
	check_item("Settlement Conference Date: 4/6/20 10:00 the parties met.\n", 0, 0, NULL, NULL);
	/* a date the order changes with its own verb ("is amended to DATE") */
	check_item("ORDER - The dispositive motion deadline is amended to December 1, 2020.", 1, 0, "2020-12-01",
		   "parties");
	check_item("The complaint is amended to add a claim that arose on December 1, 2019.", 0, 0, NULL, NULL);
	/* a ruled table whose label ends in its cue ("on or before: | DATE |"):
	 * the cue is the date's; an event held by a date is a deadline */
	static const char cued[] = "IT IS ORDERED:\nAttorney conference to discuss preparation of the final pretrial "
				   "order shall be conducted on or before: | March 23, 2020 |\nProposed final pretrial order "
				   "shall be filed on or before: | April 1, 2020 |\nMediation held no later than | April 20, "
				   "2020 |\nAll motions in limine must be filed by | May 11, 2020 |\n";
	check_item(cued, 4, 0, "2020-03-23", NULL);
	check_item(cued, 4, 1, "2020-04-01", "parties");
	check_item(cued, 4, 3, "2020-05-11", "parties");
	{
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(cued, strlen(cued), &opt, &x);
		assert_int_equal(x.n, 4);
		assert_string_equal(x.items[0].kind, "deadline");
		assert_string_equal(x.items[2].kind, "deadline");
		extraction_free(&x);
	}
	/* numbered cells run into one line: each number begins a row */
	static const char numbered[] = "CALENDAR ORDER This case shall proceed as follows: 1. Deadline to file motion for "
				       "leave to amend the complaint: November 3, 2020 2. Deadline for motions relative to "
				       "the pleadings: December 1, 2020 3. Dispositive motion deadline: May 1, 2021\n";
	check_item(numbered, 3, 0, "2020-11-03", "plaintiff");
	check_item(numbered, 3, 1, "2020-12-01", "parties");
	check_item(numbered, 3, 2, "2021-05-01", "parties");
	/* cells run into one line after a sentence that announces them: each
	 * label keeps its date (a cell's colon is no heading of its own) */
	static const char glance[] = "For good cause shown, the Court hereby enters the following Pretrial Order. "
				     "DEADLINES AT A GLANCE Supplemental Expert Designations: May 25, 2020 Discovery "
				     "Completion: July 15, 2020 Daubert Objections: July 15, 2020 Motions in Limine: August "
				     "17, 2020\n";
	check_item(glance, 4, 0, "2020-05-25", "parties");
	check_item(glance, 4, 2, "2020-07-15", "parties");
	check_item(glance, 4, 3, "2020-08-17", "parties");
	/* rows under a second heading on the line keep the breaks the first
	 * gave them */
	static const char governs[] = "The deadlines are amended as follows: 1. The following schedule will govern all "
				      "further pretrial proceedings: Joint Status Report April 6, 2020 Summary "
				      "Judgment Motion Deadline May 14, 2020 Joint Motion to Court: Case Ready for "
				      "Settlement Conference June 18, 2020 Settlement Deadline: September 10, 2020\n";
	check_item(governs, 4, 1, "2020-05-14", "parties");
	check_item(governs, 4, 3, "2020-09-10", "parties");
	/* bullets run into one line are items of their own */
	static const char bullets[] = "The Discovery Plan is approved with the following changes: \xe2\x80\xa2 Close of "
				      "discovery - March 1, 2021 \xe2\x80\xa2 Expert disclosures - January 15, 2021 "
				      "\xe2\x80\xa2 Jury trial.\n";
	check_item(bullets, 2, 0, "2021-03-01", "parties");
	check_item(bullets, 2, 1, "2021-01-15", "parties");
	/* a row whose label says its date is a limit is a deadline, whatever
	 * event it names */
	static const char limits[] = "Event | Date |\nMediation held no later than | January 20, 2021 |\n"
				     "Proposed Pretrial Order due | February 17, 2021 |\n"
				     "Pretrial conference scheduled at 10:00 am on | February 24, 2021 |\n";
	struct extraction lx;
	struct extract_options lo = {.entered = date_from_ymd(2020, 3, 2)};
	extract_order_with(limits, strlen(limits), &lo, &lx);
	assert_int_equal(lx.n, 3);
	assert_string_equal(lx.items[0].kind, "deadline");
	assert_string_equal(lx.items[1].kind, "deadline");
	assert_string_equal(lx.items[2].kind, "hearing");
	extraction_free(&lx);
	/* two ruled cells to a line, and a last cell with no date */
	static const char pairs[] = "Schedule:\nService Date: | 05/06/2020 | Disposition: | 11/27/2021 |\n"
				    "Answer Date: | 06/05/2020 | Jury Trial: | NO |\n";
	check_item(pairs, 3, 0, "2020-05-06", "parties");
	check_item(pairs, 3, 1, "2021-11-27", "parties");
	check_item(pairs, 3, 2, "2020-06-05", NULL);
	/* "35 days from today)": the order's entry, the bracket no part of it */
	static const struct expect cases[] = {
		{"The parties shall file a joint report naming the mediator (due 35 days from today).", 1, "deadline",
		 "parties", NULL, 35, "days", 0, NULL},
	};
	CHECK(cases);
}

/* Motion practice: the response is the other side's, the reply the movant's
 * (a class certification motion is the plaintiffs'; "Defendants may file a
 * motion" names its movant); a paper a party owns is that party's. */
static void briefing_sides(void **state)
{
	(void)state;
	static const char schedule[] = "The deadline to file the motion for class certification is extended to "
				       "October 31, 2020; opposition due December 18, 2020; reply due January 15, 2021.";
	check_item(schedule, 3, 1, "2020-12-18", "defendant");
	check_item(schedule, 3, 2, "2021-01-15", "plaintiff");
	static const char sj[] = "Defendants may file a motion for summary judgment by July 1, 2020; opposition due "
				 "August 3, 2020; reply due August 17, 2020.";
	check_item(sj, 3, 1, "2020-08-03", "plaintiff");
	check_item(sj, 3, 2, "2020-08-17", "defendants");
	check_item("Plaintiffs' motion for class certification shall be refiled by June 1, 2020; Defendant's response "
		   "brief to the motion is due July 1, 2020.",
		   2, 1, "2020-07-01", "defendant");
	/* a briefing schedule with no motion: the response answers the brief
	 * a side was given before it, the reply is that side's */
	static const char merits[] = "Brief on the merits requested: Petitioner's brief due April 20, 2020; Response "
				     "brief due May 11, 2020; Reply brief due May 29, 2020.";
	check_item(merits, 3, 1, "2020-05-11", "respondent");
	check_item(merits, 3, 2, "2020-05-29", "petitioner");
	check_item("Appellant's brief is due April 20, 2020; the response brief is due May 11, 2020.", 2, 1,
		   "2020-05-11", "appellee");
	check_item("The response brief is due May 11, 2020.", 1, 0, "2020-05-11", "parties");
}

/* A time set off before its clause, and a list's heading whose items are
 * one duty's alternatives ("shall either:", "...; or (3) ..."). */
static void leading_times_and_alternatives(void **state)
{
	(void)state;
	/* a modal left without its verb heads numbered items, each with its own
	 * time set off before its verb; a verb joined inside an item stays the
	 * item's */
	const char *steps = "If the respondents contest the petition, Respondents must,\n"
			    "(1) within 30 days of service, file a response;\n"
			    "(2) within 60 days of filing the response, lodge and serve the state court record; and\n"
			    "(3) within 75 days of filing the response, file a brief on the merits.\n";
	check_item(steps, 3, 0, NULL, "respondents");
	check_action(steps, 3, 1, "lodge and serve the state court record");
	check_item("Plaintiffs shall,\n(a) by June 1, 2020, serve the expert reports;\n(b) by July 1, 2020, produce the "
		   "experts for deposition.\n",
		   2, 1, "2020-07-01", "plaintiffs");
	/* the movant of an extension owns the paper its docket text makes due,
	 * past a citation between them; the quote shows the grant */
	check_item("ORDER granting Plaintiff's unopposed motion for extension of time to respond to the motion. "
		   "(Doc. # 12 ). Response due April 6, 2020.",
		   1, 0, "2020-04-06", "plaintiff");
	/* (not a modal with its verb, nor items with no verb) */
	check_item("Defendants must file the following:\n(1) the answer;\n(2) the record.\n", 0, 0, NULL, NULL);
	check_item("The Court finds that the parties must,\n(a) under the rule, the motion;\n(b) the reply.\n", 0, 0, NULL,
		   NULL);
	static const struct expect cases[] = {
		/* a time phrase that leads its clause with no comma, naming its
		 * event; after a condition, the duty's clause its own */
		{"Within 7 days of the ruling the parties shall submit a joint scheduling order.", 1, "deadline",
		 "parties", NULL, 7, "days", 0, NULL},
		{"If the motion to remand is denied, within 7 days of the District Court's ruling the parties shall "
		 "confer and submit a joint scheduling order.",
		 1, "deadline", "parties", NULL, 7, "days", 0, NULL},
		/* a condition ended by its passive verb with no comma, before the
		 * duty's clause */
		{"If no motions are filed plaintiff's pretrial statement shall be filed on or before February 28, "
		 "2021.", 1, "deadline", "plaintiff", "2021-02-28", 0, NULL, 0, NULL},
		/* the absolute phrase of a schedule: a paper and its time after the
		 * duty it answers (the first obligation is the duty) */
		{"The final pretrial schedule is that motions for summary judgment shall be filed on or before January "
		 "31, 2021, with responses filed on or before March 3, 2021.", 2, "deadline", NULL, "2021-01-31", 0,
		 NULL, 0, NULL},
		/* the object of a ruling in docket text, its possessive lost, is no
		 * party speaking */
		{"LETTER ORDER granting 49 Defendants request for an extension of time to exchange evidence, on or "
		 "before 10/2/2020.", 1, "deadline", "defendants", "2020-10-02", 0, NULL, 0, NULL},
		/* (its number in brackets; a movant unnamed, whose time its act tells) */
		{"MINUTE ORDER granting [12] defendants' consent motion for extension of time up to and including "
		 "September 17, 2020 to answer.", 1, "deadline", "defendants", "2020-09-17", 0, NULL, 0, NULL},
		{"ORDER granting 11 Motion for Extension of Time to answer the complaint up to and including June 19, "
		 "2020.", 1, "deadline", NULL, "2020-06-19", 0, NULL, 0, NULL},
		/* (and worded with the verb, extended "to" a date; never "by" a period,
		 * which moves a deadline the text does not state) */
		{"MINUTE ORDER : by Judge Richard P. Matsch granting motion to extend time to answer cmp to 10/10/20 "
		 "[5-1] (cc: all counsel)", 1, "deadline", "defendant", "2020-10-10", 0, NULL, 0, NULL},
		{"ORDER granting 5 Plaintiff's Motion to Extend Time to respond to 6/10/20.", 1, "deadline", "plaintiff",
		 "2020-06-10", 0, NULL, 0, NULL},
		NONE("ORDER granting motion to extend time to file brief by 60 days."),
		/* a state e-filing stamp inside the sentence is page furniture */
		{"The Responsible Attorney must schedule the case management conference to occur within\nDATE FILED: "
		 "April 7, 2020 9:41 AM\nCASE NUMBER: 2020CV30130\n2\n49 days from the date of this order.", 1,
		 "deadline", NULL, NULL, 49, "days", 0, NULL},
		/* a stay that goes on, to its new end (not an event set) */
		{"Therefore, the abatement of this case is continued for an additional thirty days from the date of this "
		 "order.", 1, "until", "parties", NULL, 30, "days", 0, NULL},
		{"The stay is extended until June 5, 2020.", 1, "until", "parties", "2020-06-05", 0, NULL, 0, NULL},
		{"The stay hearing is continued to November 5, 2020.", 1, "hearing", "parties", "2020-11-05", 0, NULL, 0,
		 NULL},
		/* due, with its act in the passive (not "due to" a cause) */
		{"A joint proposed discovery plan is due to be filed at least 4 business days prior to the conference.", 1,
		 "deadline", NULL, NULL, 4, "business_days", 1, NULL},
		NONE("The motion was denied due to noncompliance with the local rules."),
		/* a setting the court orders ("is ORDERED set for") */
		{"Accordingly, on the basis of good cause, the evidentiary hearing is ORDERED set for April 13, 2020, at "
		 "10:00 a.m.", 1, "hearing", NULL, "2020-04-13", 0, NULL, 0, NULL},
		/* chambers' internal deadline is no party's */
		NONE("ORDER granting leave to file a response. (Internal deadline for referral to judge if response not "
		     "filed by 12/20/2020).)"),
		/* nor is the clerk's tickler, a date then "check for" (the clerk
		 * looks whether a paper came in), in a sentence or a row; the
		 * party's duty beside it stands */
		NONE("The clerk of the court is directed to set a pro se case management deadline in this case using the "
		     "following text: May 4, 2020: check for Respondent's answer and separate brief."),
		{"Respondent must file an answer no later than April 20, 2020.\nMay 20, 2020:check for Respondent's "
		 "answer.", 1, "deadline", "respondent", "2020-04-20", 0, NULL, 0, NULL},
		{"Counsel shall check for conflicts by April 20, 2020.", 1, "deadline", "counsel", "2020-04-20", 0, NULL,
		 0, NULL},
		/* a docket stamp's date is no time of a duty */
		NONE("Stipulation to be prepared by counsel. (Entered: 03/26/2020)"),
		/* a clock's "a. m." spaced out is one time, and does not end the sentence */
		{"Pretrial Conference previously set for 1/18/2020 at 10:30 a. m. is reset for 4/21/2020 10:00 AM in "
		 "Abingdon.", 1, "hearing", NULL, "2020-04-21", 0, NULL, 0, NULL},
		/* a time phrase before the clause with no comma after it, ended by
		 * the word that ends a period from the order, or by a date */
		{"IT IS FURTHER ORDERED that within ten (10) days of the date of this Order the Appellant shall "
		 "electronically file with the Clerk of this Court a revised brief.", 1, "deadline", "appellant", NULL,
		 10, "days", 0, NULL},
		{"Accordingly, it is ORDERED that on or before June 21, 2020 the plaintiff shall show cause in writing "
		 "why this matter should not be dismissed.", 1, "deadline", "plaintiff", "2020-06-21", 0, NULL, 0, NULL},
		/* the phrase before the comma states the clause's time */
		{"Within twenty-one (21) days of receipt of this order, Plaintiff shall file an amended complaint.", 1,
		 "deadline", "plaintiff", NULL, 21, "days", 0, NULL},
		{"By noon October 21, 2020, Defendant shall provide the list of custodians.", 1, "deadline",
		 "defendant", "2020-10-21", 0, NULL, 0, NULL},
		{"On October 25, 2020, Plaintiff shall file a declaration regarding the first witness.", 1, "deadline",
		 "plaintiff", "2020-10-25", 0, NULL, 0, NULL},
		{"No later than thirty days after entry of this order, the parties shall submit a joint report.", 1,
		 "deadline", "parties", NULL, 30, "days", 0, NULL},
		/* (a weekday before the phrase's date; a "that" said again after the phrase) */
		{"IT IS THEREFORE ORDERED THAT no later than Monday, June 22, 2020, Plaintiff shall file a "
		 "certificate of service.", 1, "deadline", "plaintiff", "2020-06-22", 0, NULL, 0, NULL},
		{"It is Ordered that within 14 days of the date of this order that all parties to this action shall "
		 "file a joint status report.", 1, "deadline", "parties", NULL, 14, "days", 0, NULL},
		/* not a recital's date before the clause, nor a phrase of its own clause */
		{"In light of the hearing held on June 5, 2020, defendant shall produce the documents.", 1, "deadline",
		 "defendant", NULL, 0, NULL, 0, NULL},
		{"The motion, filed by plaintiff on May 1, 2020, is granted, and defendant shall answer the complaint.",
		 1, "deadline", "defendant", NULL, 0, NULL, 0, NULL},
		/* a heading's time reaches its items */
		{"IT IS ORDERED:\nWithin fourteen (14) days of the date of this order, the trial court clerk shall:\n"
		 "(1) prepare a supplemental record;\n", 1, "deadline", "clerk", NULL, 14, "days", 0, NULL},
		/* the figures of a number word on the next line are no list's
		 * marker; "today's date" and "this Court's order" are the order's
		 * entry */
		{"Defendant Jefferson is ordered to appear for deposition within thirty\n(30) days of today's date.", 1,
		 "deadline", "jefferson", NULL, 30, "days", 0, NULL},
		{"Respondent shall file the affidavit within thirty days of this Court's order.", 1, "deadline",
		 "respondent", NULL, 30, "days", 0, NULL},
		/* "within the next twenty days": within, from the order */
		{"Accordingly, within the next twenty days plaintiff shall file a jurisdictional statement.", 1,
		 "deadline", "plaintiff", NULL, 20, "days", 0, NULL},
		{"Defendant shall serve its answers within the following 14 days.", 1, "deadline", "defendant", NULL, 14,
		 "days", 0, NULL},
		/* alternatives: one duty */
		{"Within twenty-one (21) days of receipt of this order, Plaintiff shall either:\n(1) complete the "
		 "attached application to proceed in forma pauperis; or\n(2) pay the $402.00 filing fee.\n", 1,
		 "deadline", "plaintiff", NULL, 21, "days", 0, NULL},
		{"Within 21 days after service of the amended complaint, Defendant shall: (1) file an answer; (2) file "
		 "a new motion to dismiss; or (3) file a letter stating that it relies on its motion.", 1, "deadline",
		 "defendant", NULL, 21, "days", 0, NULL},
	};
	CHECK(cases);
	/* a figure's cents are no time of day, and the action keeps them */
	check_action("Plaintiff shall pay the $402.00 filing fee within 30 days.", 1, 0, "pay the $402.00 filing fee");
	/* a ruling whose full stop a scan lost runs into the next sentence */
	check_item("IT IS ORDERED THAT:\nThe motion is denied Banks' opening brief, not to exceed 14,000 words, is due "
		   "on May 1, 2020.", 1, 0, "2020-05-01", NULL);
	check_item("The motion is GRANTED IN PART. Defendant shall answer by May 1, 2020.", 1, 0, "2020-05-01",
		   "defendant");
	/* items that are each a duty stay apart */
	check_action("Within 21 days after service, Defendant shall: (1) file an answer; (2) serve its initial "
		     "disclosures; and (3) file a notice of related cases.",
		     3, 1, "serve its initial disclosures");
	check_action("Within twenty-one (21) days of receipt of this order, Plaintiff shall either:\n(1) complete the "
		     "attached application; or\n(2) pay the $402.00 filing fee.\n",
		     1, 0, "complete the attached application, or pay the $402.00 filing fee");
	/* a heading that ends with its verb of command, the items in the
	 * infinitive, each the party's duty */
	check_item("It is ordered that respondent is suspended until further order of this Court, and respondent is "
		   "ordered:\n\na. To file the requisite affidavit within thirty days of this order.\n\nb. To pay the "
		   "costs by May 1, 2020.",
		   3, 2, "2020-05-01", "respondent");
	check_action("The petition is approved and respondent is ordered:\n\na. To file the requisite affidavit "
		     "within thirty days of this order.\n\nb. To pay the costs by May 1, 2020.",
		     2, 0, "file the requisite affidavit");
	/* a heading whose modal ends it, its time set off by commas, the items
	 * numbered in small roman numerals after a lettered marker */
	check_item("a) Counsel for Plaintiffs, not later than April 1, 2020, shall:\ni. file a joint list of exhibits "
		   "and depositions.\nii. serve their witness disclosures.",
		   2, 1, "2020-04-01", "plaintiffs");
	/* items of one heading due its day are each a duty, whatever noun they
	 * share with the item before */
	check_action("Counsel for Plaintiffs, not later than April 1, 2020, shall:\n1. file a joint list of exhibits "
		     "and depositions.\n2. serve the list on all parties.",
		     2, 1, "serve the list");
	check_item("The parties shall:\n\n1. file a joint report by May 1, 2020.\n\n2. serve their disclosures by "
		   "May 8, 2020.",
		   2, 1, "2020-05-08", "parties");
	/* (a colon after "ordered" alone opens the decretal part, no party's list) */
	check_item("IT IS HEREBY ORDERED:\n\n1. Plaintiff shall file a joint report by May 1, 2020.", 1, 0,
		   "2020-05-01", "plaintiff");
}

/* Clean-up: page stamps, pleading-paper line numbers, a cut-off excerpt. */
static void clean_up(void **state)
{
	(void)state;
	/* a caption read to the text's last byte and no further (the official's
	 * side looked for in the words after it: AddressSanitizer checks) */
	check_item("WARDEN x", 0, 0, NULL, NULL);
	check_item("Petitioner v. Commissioner of Internal Revenue R", 0, 0, NULL, NULL);
	/* a firm's name ends its sentence when the next goes on in lower case;
	 * it runs on when the name goes on in capitals */
	check_item_entered("MOTION to Dismiss for Failure to State a Claim by Volvo Construction Equipment North "
			   "America LLC. Responses due by 5/12/2014",
			   date_from_ymd(2014, 4, 28), 1, 0, "2014-05-12", NULL);
	check_item_entered("MOTION to Dismiss for Failure to State a Claim by Acme Corp. Retirement Plan. Responses "
			   "due by 5/12/2014",
			   date_from_ymd(2014, 4, 28), 1, 0, "2014-05-12", NULL);
	/* a word a text layer split is joined when the order writes it whole
	 * elsewhere and one piece stands nowhere else; two words that each
	 * stand alone elsewhere stay two */
	check_item("Plaintiff filed a complaint. Pla intiff shall file an amended complaint by April 1, 2020. The "
		   "plaintiff may also file exhibits.", 1, 0, "2020-04-01", "plaintiff");
	check_item("Defendants moved to dismiss. By April 1, 2020, Defendan ts shall answer. The defendants shall "
		   "serve the answer.", 2, 0, "2020-04-01", "defendants");
	check_item("Responses due b y 4/14/2020. Replies due by 4/21/2020, by the parties.", 2, 0, "2020-04-14", NULL);
	check_item("The parties met. The par ties shall confer by April 1, 2020.", 0, 0, NULL, NULL);
	/* (each split counted: joined only when the word stands whole more often
	 * than split at that letter) */
	check_item("Plaintiff filed a complaint. Plaintiff moved. Pla intiff shall file a brief by April 1, 2020. Pla "
		   "intiff shall serve it by April 8, 2020. The plaintiff may reply.", 2, 1, "2020-04-08", "plaintiff");
	check_item("Plaintiff filed a complaint. Pla intiff shall file a brief by April 1, 2020. Pla intiff shall "
		   "serve it by April 8, 2020. The plaintiff may reply.", 0, 0, NULL, NULL);
	/* a deed told with its owner is history, not a schedule's row, even
	 * when the order states no day of its own to tell it by */
	check_item_entered("BY ORDER OF THE COURT:\nORDER DISMISSING APPEAL\nTyler appeals a final order. Tyler filed "
			   "his notice of appeal on September 30, 1996. Because the notice was untimely, we dismiss the "
			   "appeal.",
			   DATE_NONE, 0, 0, NULL, NULL);
	check_item_entered("ORDERED:\nThe company served its objections on May 4, 2020. The Court overrules them.",
			   DATE_NONE, 0, 0, NULL, NULL);
	check_item_entered("SCHEDULE\n\n1. Defendant to serve its objections: May 4, 2020\n", DATE_NONE, 1, 0,
			   "2020-05-04", "defendant");
	/* a phrase that limits the paper, set off by commas, is the paper's:
	 * the duty is still its owner's, and no clause begins inside it */
	check_item("Plaintiff's Opening Brief, limited to 18 pages or 6300 words whichever is less, is due March 7, "
		   "2020.", 1, 0, "2020-03-07", "plaintiff");
	check_item("Plaintiff's Opening Brief, limited to 18 pages, is due March 7, 2020.", 1, 0, "2020-03-07",
		   "plaintiff");
	check_item("Defendant's reply brief, including exhibits, must be filed by March 7, 2020.", 1, 0, "2020-03-07",
		   "defendant");
	check_item("All motions, including motions in limine, shall be filed by March 7, 2020.", 1, 0, "2020-03-07",
		   "parties");
	/* a rule for every paper of the case, with no time, is conduct; the
	 * same act with a time, or of one paper, is a duty */
	check_item("The parties shall serve all pleadings and motions filed in this action upon the United States.", 0,
		   0, NULL, NULL);
	check_item("Attorneys are required to file all documents electronically.", 0, 0, NULL, NULL);
	check_item("The parties shall serve all motions on the United States by April 1, 2020.", 1, 0, "2020-04-01",
		   "parties");
	check_item("Relators shall serve the complaint upon the defendants.", 1, 0, NULL, "relators");
	/* a brace is a bracket mistyped */
	check_item("ORDER ON ARRAIGNMENT (Time excluded from 3/27/2020 until 9/9/2020} Pretrial Conference set for "
		   "5/23/2020 03:00 PM in Courtroom 5B.", 1, 0, "2020-05-23", NULL);
	/* a colon run into a bracket opens the bracket's clause */
	check_item("STIPULATION AND ORDER Extending Response Deadline re: [30] MOTION for Summary Judgment :( Response "
		   "due by 9/18/2020) Signed by District Judge Laurie J. Michelson. (JJoh)",
		   1, 0, "2020-09-18", NULL);
	/* two passive duties joined by ", and": each names its own paper */
	check_action("Plaintiff's pretrial statement shall be filed on or before February 28, 2021, and defendant's "
		     "pretrial statement shall be filed on or before March 14, 2021.",
		     2, 1, "file defendant's pretrial statement");
	check_item("The final pretrial schedule is that motions for summary judgment shall be filed on or before "
		   "January 31, 2021, with responses filed on or before March 3, 2021.",
		   2, 1, "2021-03-03", NULL);
	/* a verb that moves another event, its noun just before it, does not
	 * move the one set before it */
	check_item("Defense oral motion to continue hearing granted.( Preliminary Hearing continued to 1/15/2021 01:30 PM "
		   "in Courtroom 1B before Magistrate Judge Bernard G. Skomal.)( Arraignment reset for 1/15/2021 01:30 PM "
		   "in Courtroom 1B before Magistrate Judge Bernard G. Skomal.).",
		   2, 0, "2021-01-15", NULL);
	/* an item that opens with its day and says "by this date" */
	check_item("B. March 10, 2021: By this date, Plaintiff shall raise with Defendants any concerns about the "
		   "record.\nC. March 31, 2021: By this date, Plaintiff shall file any motions to supplement the record.\n",
		   2, 1, "2021-03-31", "plaintiff");
	/* a schedule's first row after the run-in heading that opens it, and a
	 * row that asks for a request to appear at a hearing: a deadline, not
	 * the hearing */
	static const char rows_under_heading[] =
		"DATES: April 21, 2020: To be assured of consideration, submit requests to appear at a hearing, "
		"along with a summary of the testimony, by this date.\nApril 30, 2020: To be assured of "
		"consideration, submit written comments by this date.\n";
	check_item(rows_under_heading, 2, 0, "2020-04-21", NULL);
	check_item(rows_under_heading, 2, 1, "2020-04-30", NULL);
	check_kind(rows_under_heading, 2, 0, "deadline");
	/* a time-limit extended, said in the perfect, with the date it moves
	 * from: the new date, the paper's owner named after "of the"; one
	 * already past is history */
	check_item("The Court, by an Order dated 19 February 2020, has extended from 16 March 2020 to 16 June 2020 "
		   "the time-limit for the filing of the Counter-Memorial of the Republic of India.",
		   1, 0, "2020-06-16", "republic of india");
	check_item("The President has extended the time-limit for the filing of the Rejoinder of the Republic of "
		   "Colombia from 1 April 2020 to 1 June 2020.",
		   1, 0, "2020-06-01", "republic of colombia");
	check_item("The President has extended the time-limit for the filing of the Rejoinder from 1 January 2020 to "
		   "1 February 2020.",
		   0, 0, NULL, NULL);
	/* the court's verb in capitals after it is no plural noun ("the court
	 * SCHEDULES trial to begin ..."), and an event's hour said before its
	 * day is the event's ("at 10:00 a.m., Monday, May 4, 2020") */
	check_item("Accordingly, the court SCHEDULES trial to begin Monday, May 4, 2020, at 9:30 a.m. in Portland, "
		   "Oregon.",
		   1, 0, "2020-05-04", NULL);
	check_minute("Trial will commence with opening arguments at 10:00 a.m., Monday, May 4, 2020, in New Orleans.", 1,
		     0, 600);
	check_item("Trial will commence with opening arguments at 10:00 a.m., Monday, May 4, 2020, in New Orleans.", 1,
		   0, "2020-05-04", NULL);
	/* a close said with its modal and its day, no "on" between ("shall close
	 * Friday, September 25, 2020"): that day, not a later sentence's */
	check_item("Written discovery shall close Friday, September 25, 2020. All discovery shall close Wednesday, "
		   "November 4, 2020.",
		   2, 0, "2020-09-25", NULL);
	/* a limit moved is a deadline, whatever event its words name ("Motion"),
	 * and a motion moved is heard */
	check_kind("Dispositive Motion Cutoff re-set for 12/3/2020.", 1, 0, "deadline");
	check_kind("Motion to Compel re-set for 12/3/2020.", 1, 0, "hearing");
	/* a line that names an event's date, its time and place saying "at" */
	check_item("Previously set trial dates are VACATED.\nTRIAL DATE: December 10, 2020, at 9:00 A.M., at the "
		   "Federal Courthouse at 3140 Boeing Avenue in McKinleyville, California.\n",
		   1, 0, "2020-12-10", "parties");
	/* a year's last digit a scan set apart ("June 9, 201 4") */
	check_item("The Court SETS a status conference for Monday, June 9, 202 0 at 1:30 PM.", 1, 0, "2020-06-09", NULL);
	static const struct expect cases[] = {
		/* a period restated as its last day after ", that is,": one
		 * duty, counted from the order ("the date of this order, that is,
		 * on or before ..." is no deadline of its own) */
		{"Johnson's brief is due within twenty-one days of the date of this order, that is, on or before "
		 "Monday, March 23, 2020.", 1, "deadline", "johnson", "2020-03-23", 21, "days", 0, NULL},
		/* a court of appeals' page stamp run into the page's first
		 * sentence is dropped, and the sentence read */
		{"Appellate Case: 20-702 Document: 01019047521 Date Filed: 03/02/2020 Page: 2 The parties shall file "
		 "entries of appearance within seven days from the date of this order.", 1, "deadline", "parties", NULL,
		 7, "days", 0, NULL},
		{"USCA11 Case: 20-10280 Document: 10-1 Date Filed: 03/02/2020 Page: 2 of 3 Appellant shall file a reply "
		 "brief by April 1, 2020.", 1, "deadline", "appellant", "2020-04-01", 0, NULL, 0, NULL},
		/* (not a case number that only begins like one) */
		{"Appellate Case: 20-702 is consolidated with this one. Appellant shall file a reply brief by April 1, "
		 "2020.", 1, "deadline", "appellant", "2020-04-01", 0, NULL, 0, NULL},
		{"Case 1:20-cv-00001 Document 12 Filed 03/02/20 Page 1 of 2\n"
		 "Defendant shall produce the ledger by April 1, 2020.\n"
		 "Case 1:20-cv-00001 Document 12 Filed 03/02/20 Page 2 of 2\n", 1, "deadline", "defendant",
		 "2020-04-01", 0, NULL, 0, NULL},
		{"1\n2\nPlaintiff shall file the\n3\namended complaint by April 1, 2020.\n4\n", 1, "deadline",
		 "plaintiff", "2020-04-01", 0, NULL, 0, NULL},
		{"Defendant shall file its answer by April 1, 2020. Plaintiff shall then", 1, "deadline",
		 "defendant", "2020-04-01", 0, NULL, 0, NULL},
		/* sentences after a.m./p.m. and after a full stop that lost its space */
		{"The conference is set for April 8, 2020 at 10:00 a.m. The parties shall file a joint statement "
		 "by April 1, 2020.", 2, "hearing", "parties", "2020-04-08", 0, NULL, 0, NULL},
		{"Read both forms.Within seven (7) days, Plaintiff must file the completed form.", 1, "deadline",
		 "plaintiff", NULL, 7, "days", 0, NULL},
		/* numbered items run into the sentence before them: each its own */
		{"ORDER as to defendant John Doe.1) A status conference will be held at 1:30 p.m. on April 6, 2020.2) "
		 "Defendant shall file his motions by March 20, 2020.", 2, "hearing", "parties", "2020-04-06", 0, NULL, 0,
		 NULL},
		{"The motion is granted.2) Plaintiff shall file the amended complaint by April 1, 2020.", 1, "deadline",
		 "plaintiff", "2020-04-01", 0, NULL, 0, NULL},
		/* (a number in parentheses after a section is not an item) */
		{"Plaintiff shall serve the disclosures of Fed. R. Civ. P. 26(a)(1) by April 1, 2020.", 1, "deadline", "plaintiff", "2020-04-01",
		 0, NULL, 0, NULL},
		/* "by end of day", a filler before the date */
		{"Plaintiff to file amended complaint by end of day 4/19/2020; failure to file by deadline will result "
		 "in dismissal.", 1, "deadline", "plaintiff", "2020-04-19", 0, NULL, 0, NULL},
		/* (a time zone after p.m. does not end the sentence) */
		{"Objections are due by 5:00 p.m. Eastern Time on April 3, 2020.", 1, "deadline", NULL,
		 "2020-04-03", 0, NULL, 0, NULL},
		/* (nor its short name defined after it, in quotation marks) */
		{"Plaintiffs and Defendants shall each file a separate memorandum no later than 12:00 p.m., Pacific "
		 "Standard Time (\"PST\") on Monday, April 13, 2020.", 1, "deadline", "parties", "2020-04-13", 0, NULL,
		 0, NULL},
		/* (an hour after "due at", before the day) */
		{"The responses to the motions to expedite and to consolidate are due at 12:00 p.m. Pacific Time on "
		 "April 3, 2020.", 1, "deadline", NULL, "2020-04-03", 0, NULL, 0, NULL},
		/* a scan that marks each line with a backtick: marks, not text */
		{"` `NOTICE OF PRETRIAL CONFERENCE ` `\n`A pretrial conference\n`will be held on April 9, 2020 at 2:00 "
		 "p.m.\n` `", 1, "hearing", NULL, "2020-04-09", 0, NULL, 0, NULL},
		/* (a backtick before a word mid-line opens a quotation) */
		NONE("The motion `calls into question the correctness of the judgment' and is timely."),
	};
	CHECK(cases);
	/* a space a scan put inside a time after its colon; a motion scheduled
	 * at an hour before its date is heard then */
	check_minute("Jury Trial set for 4/3/2020, at 08: 30 AM in Courtroom 7.", 1, 0, 8 * 60 + 30);
	check_minute("Responses are due at 12:00 p.m. Pacific Time on April 3, 2020.", 1, 0, 12 * 60);
	check_minute("Counsel is ORDERED to file a brief on or before 3:00 p.m. on Tuesday, April 22, 2020.", 1, 0,
		     15 * 60);
	/* to apply for something is to ask for it; a rule that applies is none */
	check_item("Not later than Monday, April 6, 2020, Plaintiff must apply for a certificate of default.", 1, 0,
		   "2020-04-06", "plaintiff");
	check_item("The Local Rules shall apply to all filings made by April 6, 2020.", 0, 0, NULL, NULL);
	/* "the last day to X is DATE", as "the deadline to X is" */
	check_item("Last Day to Amend Pleadings or add parties is 4/16/2020.", 1, 0, "2020-04-16", "parties");
	/* a time set off between the verb of command and its infinitive */
	check_item("Plaintiff, therefore, is ORDERED by April 1, 2020, to complete and file the Court's form complaint.",
		   1, 0, "2020-04-01", "plaintiff");
	/* a pronoun for the person a condition names */
	check_item("If Walker would like to pursue this action, he must, within twenty-one (21) days of the date of "
		   "this order, file a motion for leave to proceed in forma pauperis.",
		   1, 0, NULL, "walker");
	/* a term defined in parentheses between the object and its day */
	check_item("Defendant shall hold an annual meeting of stockholders (the \"Stockholders' "
		   "Meeting\") on Thursday, April 23, 2020, in Houston, Texas.",
		   1, 0, "2020-04-23", "defendant");
	/* a weekday before the date a notice names */
	check_item("NOTICE of fairness hearing on Thursday, April 23, 2020, at 9:00 a.m.", 1, 0, "2020-04-23", NULL);
	/* a time said a second way between the period and the act */
	check_item("Defendant shall have 14 days from the entry of this Order, or through and including March 16, 2020, "
		   "to provide Plaintiffs with a database of the potential members.",
		   1, 0, "2020-03-16", "defendant");
	/* "granted to and including DATE, to show cause": the act after the
	 * time, and the period in what cause is shown about is not its time */
	check_item("Defendants are granted to and including June 19, 2020, to show good cause why they should not be "
		   "ordered to respond to the complaint within twenty-one (21) days.",
		   1, 0, "2020-06-19", "defendants");
	check_action("Defendants are granted to and including June 19, 2020, to show good cause why they should not be "
		     "ordered to respond to the complaint within twenty-one (21) days.",
		     1, 0, "show good cause why they should not be ordered to respond to the complaint");
	/* a firm's suffix set off by its comma: the firm is the subject */
	check_item("Acme, Inc. shall obtain new counsel by April 9, 2020.", 1, 0, "2020-04-09", "acme");
	/* a relative clause before a colon lists what the paper holds: the
	 * items are no papers of their own */
	check_item("Plaintiff shall serve upon Defendant by April 1, 2020, \"Plaintiffs' Claim Chart,\" which shall "
		   "identify: (1) which claims it alleges are infringed; (2) which products infringe each claim; and (3) "
		   "where each element of each claim is found in each product.",
		   1, 0, "2020-04-01", "plaintiff");
	/* (and so does a participle of what it holds: "a Joint Status Report
	 * outlining:") */
	check_item("If the parties are unable to reach a settlement, they shall file, on or before April 6, 2020, a Joint "
		   "Status Report outlining: (i) the issues on which the parties have reached agreement; (ii) the precise "
		   "issues to be decided by the Court; and (iii) a proposed briefing schedule.",
		   1, 0, "2020-04-06", "parties");
	/* a name with an initial after a condition is the duty's subject */
	check_item("If the brief has not been filed by April 22, 2020, Landon H. Thompson is ORDERED to appear in "
		   "person on April 23, 2020.",
		   1, 0, "2020-04-23", "thompson");
	check_item("AMENDED Notice of Motion by Gray Cary Ware & Freidenrich, counsel for the chapter 7 trustee, for "
		   "allowance of fees scheduled For 2:00 4/13/20 at Rm 328, Weinberger Courthouse", 1, 0, "2020-04-13",
		   NULL);
	{
		const char *m = "AMENDED Notice of Motion by Gray Cary Ware & Freidenrich, counsel for the chapter 7 "
				"trustee, for allowance of fees scheduled For 2:00 4/13/20 at Rm 328, Weinberger "
				"Courthouse";
		struct extraction mx;
		struct extract_options mopt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(m, strlen(m), &mopt, &mx);
		assert_int_equal(mx.n, 1);
		assert_string_equal(mx.items[0].kind, "hearing");
		assert_int_equal(mx.items[0].minute, 14 * 60);
		extraction_free(&mx);
	}
	/* a space a scan put inside a date after its slash */
	check_item("Status Report due by 4/ 26/2020. Discovery due by 5/26/2020.", 2, 0, "2020-04-26", NULL);
	/* a row that opens with the act to do, or names a proposed order, is a
	 * deadline whatever event it names; an order to show cause is a hearing's */
	const char *acts = "Attorney Conference to Prepare proposed Final Pretrial Order . . . . . week of August 27, 2020\n"
			   "Lodge proposed Final Pretrial Order, Exhibits, Trial Briefs . . . . . September 7, 2020\n"
			   "Final Pretrial Conference . . . . . September 19, 2020\n";
	check_item(acts, 3, 1, "2020-09-07", NULL);
	{
		struct extraction ax;
		struct extract_options aopt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(acts, strlen(acts), &aopt, &ax);
		assert_int_equal(ax.n, 3);
		assert_string_equal(ax.items[0].kind, "deadline");
		assert_string_equal(ax.items[1].kind, "deadline");
		assert_string_equal(ax.items[2].kind, "hearing");
		extraction_free(&ax);
	}
	/* double-spaced PDF text: a blank line after a word no sentence ends with
	 * ("before the", "held on") is no paragraph's end */
	check_item("PLEASE TAKE NOTICE that the cause is set for Trial before the\n\nHonorable Jane Roe, United States "
		   "District Judge, at Courtroom 7, during the\n\ntwo-week trial period commencing April 20, 2020 at 9:00 "
		   "a.m.\n\nA Calendar Call will be held on\n\nWednesday, April 15, 2020 at 1:15 p.m.\n", 2, 1,
		   "2020-04-15", NULL);
	check_item("PLEASE TAKE NOTICE that the cause is set for Trial before the\n\nHonorable Jane Roe, United States "
		   "District Judge, at Courtroom 7, on\n\nApril 20, 2020 at 9:00 a.m.\n", 1, 0, "2020-04-20", NULL);
	check_item("The parties shall file the report by April 1, 2020.\n\nThe hearing is vacated.\n\n"
		   "Counsel shall appear on April 9, 2020 at 9:00 a.m.\n", 2, 1, "2020-04-09", "counsel");
	/* (a blank line after a full stop still ends the paragraph) */
	check_item("The motion is GRANTED in part.\n\nThe Court sets a hearing for April 9, 2020.\n", 1, 0, "2020-04-09",
		   NULL);
	/* a page's whole text run into one line after its CM/ECF stamp is text,
	 * not page furniture */
	check_item("Case 1:20-cv-00117 Document 34 Filed 03/02/20 Page 1 of 2 PageID UNITED STATES DISTRICT COURT "
		   "DISTRICT OF MAINE ORDER ON PLAN FOR REDISTRICTING Having considered the parties' submissions, the Court now "
		   "hereby ORDERS: 1. The first status report shall be filed on or before April 5, 2020.",
		   1, 0, "2020-04-05", NULL);
	/* (a sentence with "will" in a schedule is no row of it) */
	check_item("Discovery cutoff: April 1, 2020\nThe Court anticipates that the Legislature will complete its work "
		   "no later than September 30, 2020.\nDispositive motions: May 1, 2020\n", 2, 1, "2020-05-01", NULL);
	/* a plural possessive that ends the text: its quote ends with it, not past
	 * it (tok_b read one byte beyond the text; the fuzzer found it) */
	static const char tail[] = "The parties shall file the joint report by May 5, 2020, with the parties'";
	struct extraction x;
	struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
	extract_order_with(tail, strlen(tail), &opt, &x);
	assert_int_equal(x.n, 1);
	assert_true(x.items[0].quote_end <= strlen(tail));
	assert_string_equal(x.items[0].quote, tail);
	extraction_free(&x);
}

/* The lexicon lists each word once with all its forms. */
static void word_forms(void **state)
{
	(void)state;
	static const struct expect cases[] = {
		{"The Court abates the appeal.", 1, "until", NULL, NULL, 0, NULL, 0, NULL},
		{"The appeal is abated.", 1, "until", NULL, NULL, 0, NULL, 0, NULL},
		{"All proceedings are suspended until the Court rules.", 1, "until", NULL, NULL, 0, NULL, 0, NULL},
		{"Plaintiff is directed to file the report by April 1, 2020.", 1, "deadline", "plaintiff",
		 "2020-04-01", 0, NULL, 0, NULL},
		{"Plaintiff is required to file the report by April 1, 2020.", 1, "deadline", "plaintiff",
		 "2020-04-01", 0, NULL, 0, NULL},
		{"Plaintiff is instructed to file the report by April 1, 2020.", 1, "deadline", "plaintiff",
		 "2020-04-01", 0, NULL, 0, NULL},
	};
	CHECK(cases);
}

/* The reader's doubts and the confidence they give: each sentence has one
 * obligation, with exactly these doubts. */
static void confidence(void **state)
{
	(void)state;
	static const struct {
		const char *text, *level;
		unsigned doubts;
	} cases[] = {
		{"Plaintiff shall file the amended complaint by April 20, 2020.", "high", 0},
		{"This action is STAYED pending arbitration.", "high", 0},
		{"Responses due by 4/20/2020.", "medium", DOUBT_PARTY},
		/* the party is the other side of the motion the order grants: inferred */
		{"Defendant's motion for an extension of time is GRANTED. The response is due by April 20, 2020.",
		 "medium", DOUBT_PARTY_INFERRED},
		{"If plaintiff seeks fees, plaintiff shall file a motion by April 20, 2020.", "medium", DOUBT_CONDITION},
		{"As previously ordered, plaintiff shall file the report by April 20, 2020.", "medium", DOUBT_RECITAL},
		{"The parties shall exchange exhibit lists 10 days before the pretrial conference.", "medium",
		 DOUBT_EVENT},
		{"The case is stayed.", "medium", DOUBT_OPEN_STAY},
		{"Defendants shall respond to the discovery requests.", "low", DOUBT_PRESUMED},
		{"Plaintiff shall appear at the settlement conference.", "low", DOUBT_NO_TIME},
		{"Plaintiff shall file the brief by February 30, 2020.", "low", DOUBT_BAD_DATE | DOUBT_NO_TIME},
		{"The motion is granted. Plaintiff shall file the brief by April 20, 2020, and", "medium", DOUBT_CUT},
		/* a weaker form of command: the future tense may foretell */
		{"The parties will file a joint status report by April 20, 2020.", "medium", DOUBT_WEAK_FORM},
		/* a party that is counsel, or a name with no side */
		{"Counsel shall file the joint status report by April 20, 2020.", "medium", DOUBT_PARTY_UNPLACED},
		{"Mr. Robinson is ORDERED to file a notice by April 20, 2020.", "medium", DOUBT_PARTY_UNPLACED},
		{"The trial court shall file its findings by April 20, 2020.", "high", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(cases[i].text, strlen(cases[i].text), &opt, &x);
		int ok = x.n == 1 && !strcmp(extract_confidence(&x.items[0]), cases[i].level) &&
			 x.items[0].doubts == cases[i].doubts;
		if (!ok)
			print_error("case %zu: %s\n  want %s %#x, got %zu obligation(s)%s%s %#x\n", i, cases[i].text,
				    cases[i].level, cases[i].doubts, x.n, x.n ? ": " : "",
				    x.n ? extract_confidence(&x.items[0]) : "", x.n ? x.items[0].doubts : 0);
		extraction_free(&x);
		assert_true(ok);
	}
	/* the confidence of each part: a sure date with a party to check, a sure
	 * party with a date in doubt */
	static const struct {
		const char *text, *date, *party;
	} parts[] = {
		{"Counsel shall file the joint status report by April 20, 2020.", "high", "medium"},
		{"Responses due by 4/20/2020.", "high", "medium"},
		{"If plaintiff seeks fees, plaintiff shall file a motion by April 20, 2020.", "medium", "high"},
		{"Plaintiff shall appear at the settlement conference.", "low", "high"},
		{"Plaintiff shall file the amended complaint by April 20, 2020.", "high", "high"},
	};
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2)};
		extract_order_with(parts[i].text, strlen(parts[i].text), &opt, &x);
		assert_int_equal(x.n, 1);
		assert_string_equal(extract_confidence_date(&x.items[0]), parts[i].date);
		assert_string_equal(extract_confidence_party(&x.items[0]), parts[i].party);
		extraction_free(&x);
	}
	/* every doubt has a reason a clerk can read; no other bit has one */
	for (int b = 0; b < DOUBT_COUNT; b++)
		assert_non_null(extract_doubt_text(1u << b));
	assert_null(extract_doubt_text(1u << DOUBT_COUNT));
}

/* With the order's own date unknown, a date with no year is read in the year
 * of the last date the order states before it (before the first, the first's);
 * a clause that opens with such a day commands when its verb does. */
static void years_from_context(void **state)
{
	(void)state;
	/* the conference's year */
	check_item_entered("The Court held a status conference on November 30, 2018. By December 14, plaintiff shall "
			   "serve its supplemental responses.",
			   DATE_NONE, 1, 0, "2018-12-14", "plaintiff");
	/* a day a month or more before the stated one is the next year's */
	check_item_entered("At the hearing held on March 3, 2015, the parties agreed to a schedule. Defendant shall "
			   "answer by January 20.",
			   DATE_NONE, 1, 0, "2016-01-20", "defendant");
	/* the last date before, not the first: a recital's old year gives way */
	check_item_entered("The complaint was filed on May 1, 2009. The Court heard argument on June 2, 2011. "
			   "Plaintiff shall file the amended complaint on or before July 15.",
			   DATE_NONE, 1, 0, "2011-07-15", "plaintiff");
	/* no date before it: the year nearest the first the order states after it */
	check_item_entered("Defendants shall produce the documents by April 9. Trial remains set for June 14, 2022.",
			   DATE_NONE, 1, 0, "2022-04-09", "defendants");
	/* no full date anywhere: no date is guessed */
	check_item_entered("Plaintiff shall file the report by January 5.", DATE_NONE, 1, 0, NULL, "plaintiff");
	/* a clause opening with its day commands ("shall"), or tells ("filed") */
	check_item_entered("The Court held a call on October 3, 2016. On October 7, Plaintiff shall file a "
			   "declaration describing the search.",
			   DATE_NONE, 1, 0, "2016-10-07", "plaintiff");
	check_item_entered("On June 5, 2023, the parties shall appear for a settlement conference.", DATE_NONE, 1, 0,
			   "2023-06-05", "parties");
	check_item_entered("The Court held a call on October 3, 2016. On October 7, Plaintiff filed a declaration "
			   "that the Court ordered Plaintiff to file.",
			   DATE_NONE, 0, 0, NULL, NULL);
	/* the order's date, when known, wins over the dates it recites */
	check_item_entered("The complaint was filed on May 1, 2009. Plaintiff shall reply by April 10.",
			   date_from_ymd(2020, 3, 2), 1, 0, "2020-04-10", "plaintiff");
}

/* A court of appeals' docket names its briefs by kind, in brackets; the
 * court says the case is an appeal when the text does not. */
static void appellate_briefs(void **state)
{
	(void)state;
	const char *text = "BRIEF [Opening] due: 04/18/2020\nBRIEF [Response] due: 05/18/2020\n";
	const char *want[] = {"appellant", "appellee"};
	for (int appellate = 0; appellate <= 1; appellate++) {
		struct extraction x;
		struct extract_options opt = {.entered = date_from_ymd(2020, 3, 2), .appellate = appellate};
		extract_order_with(text, strlen(text), &opt, &x);
		assert_int_equal(x.n, 2);
		for (size_t i = 0; i < 2; i++)
			assert_string_equal(x.items[i].who, appellate ? want[i] : "parties");
		extraction_free(&x);
	}
	/* a brief whose kind gives its side is that side's, whoever moved for
	 * the extension the sentence before it grants */
	check_item("Request by Appellee Acme to extend time to file its brief is approved. Appellee's answering brief "
		   "due 10/23/2020. The optional reply brief is due 11/13/2020.",
		   2, 1, "2020-11-13", "appellant");
	check_item("Request by Appellee Acme to extend time to file its brief is approved. Appellee's answering brief "
		   "due 10/23/2020. The optional reply brief is due 11/13/2020.",
		   2, 0, "2020-10-23", "appellee");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(confidence),
		cmocka_unit_test(duty_frames),	      cmocka_unit_test(due_frames),
		cmocka_unit_test(setting_frames),     cmocka_unit_test(until_frames),
		cmocka_unit_test(recited_and_reported), cmocka_unit_test(clauses_and_coordination),
		cmocka_unit_test(schedules),	      cmocka_unit_test(times), cmocka_unit_test(actions),
		cmocka_unit_test(clean_up),	      cmocka_unit_test(word_forms),
		cmocka_unit_test(leading_times_and_alternatives), cmocka_unit_test(periods_given),
		cmocka_unit_test(lower_courts),       cmocka_unit_test(introduced_parties),
		cmocka_unit_test(briefing_sides),     cmocka_unit_test(cells_in_a_line),
		cmocka_unit_test(flattened_schedules), cmocka_unit_test(years_from_context),
		cmocka_unit_test(settings_on_the_entry_day), cmocka_unit_test(dot_leaders), cmocka_unit_test(repeats_keep_the_dated), cmocka_unit_test(restatements_across_paragraphs), cmocka_unit_test(events_at_one_hour), cmocka_unit_test(bankruptcy_notices),
		cmocka_unit_test(appellate_briefs),   cmocka_unit_test(court_moves_dates),
		cmocka_unit_test(civil_papers),       cmocka_unit_test(duties_before_an_event),
		cmocka_unit_test(verbless_commands),
		cmocka_unit_test(infinitive_modifiers),
		cmocka_unit_test(stays_by_the_motion_granted),
		cmocka_unit_test(notice_periods),
		cmocka_unit_test(widened_periods),
		cmocka_unit_test(requests_as_commands),
		cmocka_unit_test(negated_subjects),
		cmocka_unit_test(suspensions_and_tolling),
		cmocka_unit_test(papers_with_docket_numbers),
		cmocka_unit_test(due_as_a_modifier),
		cmocka_unit_test(joined_duties_with_their_own_times),
		cmocka_unit_test(less_common_commands),
		cmocka_unit_test(stays_extended),
		cmocka_unit_test(times_after_but_and_tentative_settings),
		cmocka_unit_test(tribunals_captions_and_parties),
		cmocka_unit_test(events_described_and_receipts),
		cmocka_unit_test(rows_date_first),
		cmocka_unit_test(names_in_ly),
		cmocka_unit_test(comments_on_a_notice),
		cmocka_unit_test(relinquished_jurisdiction),
		cmocka_unit_test(time_limits_extended_date_first),
		cmocka_unit_test(federal_register_footnote_marks),
		cmocka_unit_test(day_set_as_a_deadline),
		cmocka_unit_test(papers_that_did),
		cmocka_unit_test(fronted_events),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
