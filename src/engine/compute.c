/*
 * compute.c: the deadline engine. One routine, count(), applies the rules;
 * with an explanation sink it records each step and its citation, without one
 * it allocates nothing (compute_due, for throughput).
 *
 * FRCP 6(a) (Dec. 1, 2009 on), with FRAP 26(a) and FRBP 9006(a) the same:
 *   exclude the trigger day, count every day, include the last day; a last day
 *   on a Saturday, Sunday or legal holiday moves to the next day that is none
 *   of those, counting forward for periods after an event and backward for
 *   periods before one (6(a)(5)); state holidays count only forward
 *   (6(a)(6)(C)); an inaccessible clerk's office extends forward (6(a)(3)).
 *   Hours: every hour counts; an end on an excluded day moves to the same time
 *   on the next day that is not (6(a)(2)).
 * Three added days (6(d), FRAP 26(c), FRBP 9006(f)): after the period expires
 *   under 6(a), add 3 days, then roll again; mail always, leaving with the
 *   clerk and consented means from Dec. 1, 2001, electronic service only from
 *   Dec. 1, 2001 to Nov. 30, 2016.
 * Before Dec. 1, 2009: short periods exclude intermediate Saturdays, Sundays
 *   and legal holidays, "short" differing by rule set and date (short_rule():
 *   FRCP under 11 days from Aug. 1, 1985, under 7 before; FRAP under 11 days
 *   from Dec. 1, 2002, under 7 before; FRBP under 8 days); state holidays
 *   count in both directions; the roll is forward only.
 * Texas state courts (TRCP 4, 21a): periods of 5 days or less skip Saturdays,
 *   Sundays and legal holidays (since Sept. 1, 1990; every day counted
 *   before); 3 days added for mail only.
 */
#include "compute.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tz.h"
#include "util.h"

enum regime { REGIME_PRE2009, REGIME_2009 };

/* The short-period rule in force for a rule set on a day: periods of fewer
 * than `limit` days (Texas: of `limit` days or fewer) leave out intermediate
 * Saturdays, Sundays and legal holidays; limit 0: every day counts. `words`
 * names the regime, `since` the day it took effect. One table, each row with
 * the text it rests on (the tests cite a court's computation for each). */
struct short_rule {
	enum rule_set rules;
	int y, m, d;          /* in force from this day (until the next row's) */
	int limit, or_less;   /* or_less: "limit days or less" (Texas) */
	const char *words;
};
static const struct short_rule short_rules[] = {
	/* FRCP 6(a): "less than 7 days" (1938-1985); "less than 11 days" (1985
	 * amendment, eff. Aug. 1, 1985); days-are-days from Dec. 1, 2009 */
	{RULES_FRCP, 1600, 1, 1, 7, 0, "the rules before Aug. 1, 1985 (FRCP 6(a): periods of less than 7 "
				       "days leave out weekends and holidays)"},
	{RULES_FRCP, 1985, 8, 1, 11, 0, "the rules from Aug. 1, 1985 to Nov. 30, 2009 (FRCP 6(a): periods "
					"of less than 11 days leave out weekends and holidays)"},
	/* FRAP 26(a): "less than 7 days" until the 2002 amendment (eff. Dec. 1,
	 * 2002) made it "less than 11 days" to match the civil and criminal rules */
	{RULES_FRAP, 1600, 1, 1, 7, 0, "the rules before Dec. 1, 2002 (FRAP 26(a): periods of less than 7 "
				       "days leave out weekends and holidays)"},
	{RULES_FRAP, 2002, 12, 1, 11, 0, "the rules from Dec. 1, 2002 to Nov. 30, 2009 (FRAP 26(a)(2): "
					 "periods of less than 11 days leave out weekends and holidays)"},
	/* FRBP 9006(a): "less than 8 days" until Dec. 1, 2009 */
	{RULES_FRBP, 1600, 1, 1, 8, 0, "the rules before Dec. 1, 2009 (FRBP 9006(a): periods of less than 8 "
				       "days leave out weekends and holidays)"},
	/* TRCP 4: the five-day rule came with the amendment eff. Sept. 1, 1990 */
	{RULES_TX, 1600, 1, 1, 0, 0, "Texas Rules of Civil Procedure 4 (before Sept. 1, 1990: every day "
				     "counted) and 21a"},
	{RULES_TX, 1990, 9, 1, 5, 1, "Texas Rules of Civil Procedure 4 and 21a"},
};

/* The row of short_rules in force for rules on day (the federal rule sets
 * have none from Dec. 1, 2009: NULL). */
static const struct short_rule *short_rule(enum rule_set rules, dl_day day)
{
	const struct short_rule *found = NULL;
	if (rules != RULES_TX && day >= date_from_ymd(2009, 12, 1))
		return NULL;
	for (size_t i = 0; i < sizeof short_rules / sizeof short_rules[0]; i++)
		if (short_rules[i].rules == rules &&
		    day >= date_from_ymd(short_rules[i].y, short_rules[i].m, short_rules[i].d))
			found = &short_rules[i];
	return found;
}

/* Is a period of n days (intermediate weekends and holidays left out) short under rule? */
static int is_short(const struct short_rule *rule, long n)
{
	return rule && rule->limit && (rule->or_less ? n <= rule->limit : n < rule->limit);
}

/* Rule keys, mapped to citations per rule set and regime by cite(). */
enum cite_key { C_EXCLUDE, C_COUNT, C_LAST, C_NEXTDAY, C_FEDERAL, C_DECLARED, C_STATE,
		C_CLOSED, C_END, C_HOURS, C_ADDED, C_SHORT,
		/* a period in hours: it starts at once, counts every hour, and ends
		 * at the same time on the next day when it lands on a weekend or holiday */
		C_HOURS_START, C_HOURS_COUNT, C_HOURS_NEXT };

struct run {
	struct calendar *cal;
	const struct period *p;
	enum regime regime;
	dl_day regime_day;
	int count_arguable;  /* this reading counts arguable holidays */
	int tx_roll_forward; /* Texas backward period read as rolling forward */
	int on_day;	     /* the last day is p->from as the order sets it (a recurring
			      * duty's day of the month): nothing is counted */
	struct computation *out; /* NULL: no explanation */
};

static const char *cite(const struct run *r, enum cite_key k)
{
	static const char *const frcp[] = {
		"FRCP 6(a)(1)(A)", "FRCP 6(a)(1)(B)", "FRCP 6(a)(1)(C)", "FRCP 6(a)(5)",
		"FRCP 6(a)(6)(A)", "FRCP 6(a)(6)(B)", "FRCP 6(a)(6)(C)", "FRCP 6(a)(3)",
		"FRCP 6(a)(4)",	   "FRCP 6(a)(2)",    "FRCP 6(d)",	 "FRCP 6(a)(1)",
		"FRCP 6(a)(2)(A)", "FRCP 6(a)(2)(B)", "FRCP 6(a)(2)(C)"};
	static const char *const frap[] = {
		"FRAP 26(a)(1)(A)", "FRAP 26(a)(1)(B)", "FRAP 26(a)(1)(C)", "FRAP 26(a)(5)",
		"FRAP 26(a)(6)(A)", "FRAP 26(a)(6)(B)", "FRAP 26(a)(6)(C)", "FRAP 26(a)(3)",
		"FRAP 26(a)(4)",    "FRAP 26(a)(2)",    "FRAP 26(c)",	    "FRAP 26(a)(1)",
		"FRAP 26(a)(2)(A)", "FRAP 26(a)(2)(B)", "FRAP 26(a)(2)(C)"};
	static const char *const frbp[] = {
		"FRBP 9006(a)(1)(A)", "FRBP 9006(a)(1)(B)", "FRBP 9006(a)(1)(C)",
		"FRBP 9006(a)(5)",    "FRBP 9006(a)(6)(A)", "FRBP 9006(a)(6)(B)",
		"FRBP 9006(a)(6)(C)", "FRBP 9006(a)(3)",    "FRBP 9006(a)(4)",
		"FRBP 9006(a)(2)",    "FRBP 9006(f)",	    "FRBP 9006(a)(1)",
		"FRBP 9006(a)(2)(A)", "FRBP 9006(a)(2)(B)", "FRBP 9006(a)(2)(C)"};
	static const char *const tx[] = {
		"Tex. R. Civ. P. 4", "Tex. R. Civ. P. 4", "Tex. R. Civ. P. 4", "Tex. R. Civ. P. 4",
		"Tex. Gov't Code § 662.003", "Tex. Gov't Code § 662.003", "Tex. Gov't Code § 662.003",
		"Tex. R. App. P. 4.1(b) (by analogy)", "Tex. R. Civ. P. 4", "Tex. R. Civ. P. 4",
		"Tex. R. Civ. P. 21a(c)", "Tex. R. Civ. P. 4", "Tex. R. Civ. P. 4", "Tex. R. Civ. P. 4",
		"Tex. R. Civ. P. 4"};
	static const char *const old_frcp[] = {
		"FRCP 6(a) (before Dec. 1, 2009)", "FRCP 6(e) (before Dec. 1, 2009)"};
	static const char *const old_frap[] = {
		"FRAP 26(a) (before Dec. 1, 2009)", "FRAP 26(c) (before Dec. 1, 2009)"};
	static const char *const old_frbp[] = {
		"FRBP 9006(a) (before Dec. 1, 2009)", "FRBP 9006(f) (before Dec. 1, 2009)"};
	enum rule_set rs = r->p->rules;
	if (rs == RULES_TX)
		return tx[k];
	if (r->regime != REGIME_2009 && k != C_DECLARED && k != C_FEDERAL) {
		const char *const *old = rs == RULES_FRAP ? old_frap : rs == RULES_FRBP ? old_frbp : old_frcp;
		return old[k == C_ADDED];
	}
	return (rs == RULES_FRAP ? frap : rs == RULES_FRBP ? frbp : frcp)[k];
}

/* A block of the text a computation keeps: a feed explains tens of
 * thousands of steps, and one allocation per sentence showed. */
struct computation_text {
	struct computation_text *next;
	size_t used, size;
	char data[];
};

/* A copy of the n octets at s, kept by c until computation_free. */
static const char *keep_text(struct computation *c, const char *s, size_t n)
{
	struct computation_text *b = c->text;
	if (!b || b->size - b->used < n + 1) {
		size_t size = n + 1 > 4000 ? n + 1 : 4000;
		b = xmalloc(sizeof *b + size);
		b->used = 0, b->size = size, b->next = c->text;
		c->text = b;
	}
	char *p = b->data + b->used;
	memcpy(p, s, n);
	p[n] = '\0';
	b->used += n + 1;
	return p;
}

/* The formatted text, kept by c (formatted in a buffer kept for the next;
 * one thread computes at a time, as tz.c requires). */
static const char *keep_vformat(struct computation *c, const char *fmt, va_list ap)
{
	static struct buf scratch;
	scratch.len = 0;
	buf_vprintf(&scratch, fmt, ap);
	return keep_text(c, scratch.data, scratch.len);
}

static void add_step(struct run *r, dl_day day, const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* The room the steps array has for n steps: 8, then the powers of two (its
 * size follows from the count, so none is kept). */
static size_t steps_room(size_t n)
{
	size_t room = 8;
	while (room < n)
		room *= 2;
	return room;
}

/* Append a step whose text is already made (and kept). */
static void push_step(struct computation *c, dl_day day, const char *rule, const char *why)
{
	if (c->nsteps == 0 || c->nsteps == steps_room(c->nsteps))
		c->steps = xrealloc(c->steps, steps_room(c->nsteps + 1) * sizeof *c->steps);
	c->steps[c->nsteps++] = (struct step){day, why, rule};
}

static void add_step(struct run *r, dl_day day, const char *rule, const char *fmt, ...)
{
	if (!r->out)
		return;
	va_list ap;
	va_start(ap, fmt);
	push_step(r->out, day, rule, keep_vformat(r->out, fmt, ap));
	va_end(ap);
}

/* A step, with its arguments evaluated only when someone records steps, and
 * its sentence only when someone reads it (a terse period keeps citations). */
#define STEP(r, day, rule, ...)                                                             \
	do {                                                                                \
		if ((r)->out && (r)->p->terse)                                              \
			push_step((r)->out, (day), (rule), NULL);                           \
		else if ((r)->out)                                                          \
			add_step((r), (day), (rule), __VA_ARGS__);                          \
	} while (0)

static void add_warning(struct computation *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void add_warning(struct computation *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *w = xvasprintf(fmt, ap);
	va_end(ap);
	for (size_t i = 0; i < c->nwarnings; i++)
		if (strcmp(c->warnings[i], w) == 0) {
			free(w);
			return;
		}
	c->warnings = xrealloc(c->warnings, (c->nwarnings + 1) * sizeof *c->warnings);
	c->warnings[c->nwarnings++] = w;
}

static const char *fmt_day(dl_day d, char buf[15])
{
	return date_format_long(d, buf);
}

/* "2017-06-20T23:59-05:00": a day, a minute of it and a UTC offset in
 * minutes (by hand: snprintf cost more than the rest of a computation). */
static void end_instant_text(char out[23], dl_day day, int minute, int offset)
{
	unsigned a = (unsigned)abs(offset);
	date_format(day, out);
	memcpy(out + 10, "T00:00+00:00", 13);
	put_digits(out + 11, (unsigned)minute / 60, 2), put_digits(out + 14, (unsigned)minute % 60, 2);
	out[16] = offset < 0 ? '-' : '+';
	put_digits(out + 17, a / 60, 2), put_digits(out + 20, a % 60, 2);
}

/* Is day a legal holiday in this reading, for a period counted forward or not? */
static int is_holiday(const struct run *r, dl_day day, int forward)
{
	unsigned f = calendar_flags(r->cal, day);
	int state_counts = forward || r->regime != REGIME_2009 || r->p->rules == RULES_TX;
	if (f & DAY_FEDERAL)
		return 1;
	if ((f & DAY_DECLARED) && r->count_arguable)
		return 1;
	if ((f & DAY_STATE) && state_counts)
		return 1;
	if ((f & DAY_STATE_ARGUABLE) && state_counts && r->count_arguable)
		return 1;
	return 0;
}

static int excluded(const struct run *r, dl_day day, int forward)
{
	return date_is_weekend(day) || is_holiday(r, day, forward);
}

/* Say why day is skipped (or, with skipped = 0, why a holiday-like day is not). */
static void explain_day(struct run *r, dl_day day, int forward, int skipped)
{
	char w[15];
	if (!r->out)
		return;
	if (date_is_weekend(day)) {
		STEP(r, day, cite(r, r->p->unit == UNIT_HOURS ? C_HOURS_NEXT : C_LAST), "%s is a %s.", fmt_day(day, w),
			 weekday_name(date_weekday(day)));
		return;
	}
	const struct holiday *h[6];
	size_t n = calendar_holidays_on(r->cal, day, h, 6);
	for (size_t i = 0; i < n; i++) {
		const char *what, *rule;
		char statutory[64] = "";
		if (h[i]->statutory != DATE_NONE) {
			char s[15];
			snprintf(statutory, sizeof statutory, " (observed for %s)", fmt_day(h[i]->statutory, s));
		}
		switch (h[i]->kind) {
		case HOLIDAY_FEDERAL:
		case HOLIDAY_COURT:
			what = "a legal holiday";
			rule = cite(r, C_FEDERAL);
			break;
		case HOLIDAY_DECLARED:
			what = h[i]->counts ? "a day the President closed federal offices; whether it is a "
					      "declared holiday is arguable"
					    : "not a legal holiday";
			rule = cite(r, C_DECLARED);
			break;
		default:
			if (r->p->rules == RULES_TX)
				what = h[i]->arguable ? "a Texas holiday whose legal-holiday status is arguable"
						      : "a Texas legal holiday";
			else if (!forward && r->regime == REGIME_2009)
				what = "a state holiday, which does not count for a period measured backward";
			else if (h[i]->arguable)
				what = "a state holiday whose legal-holiday status is arguable";
			else
				what = forward && r->regime == REGIME_2009
					       ? "a state legal holiday, which counts for a period measured forward"
					       : "a state legal holiday";
			rule = cite(r, C_STATE);
			break;
		}
		if (!skipped && h[i]->counts && !h[i]->arguable && (h[i]->kind != HOLIDAY_STATE || forward))
			continue;
		const char *reading = !h[i]->arguable && h[i]->kind != HOLIDAY_DECLARED ? ""
				      : skipped ? " (counted as a holiday in this reading)"
						: " (not counted as a holiday in this reading)";
		char where[160] = "";
		const struct court *court = calendar_court(r->cal);
		if (h[i]->kind == HOLIDAY_STATE && court->kind == COURT_CIRCUIT)
			snprintf(where, sizeof where, ", a holiday of %s, the state where %s",
				 h[i]->origin ? court->origin->state : court->state,
				 h[i]->origin ? "the district court that rendered the judgment is located"
					      : "the circuit clerk's principal office is");
		char *text = xasprintf("%s is %s%s%s: %s%s.", fmt_day(day, w), h[i]->name, statutory, where,
				       what, reading);
		char *both = xasprintf("%s; %s", h[i]->citation, rule);
		STEP(r, day, keep_text(r->out, both, strlen(both)), "%s", text);
		free(both);
		free(text);
	}
	if (calendar_flags(r->cal, day) & DAY_CLOSED)
		STEP(r, day, cite(r, C_CLOSED), "%s: the clerk's office was inaccessible (%s).",
			 fmt_day(day, w), calendar_closure_reason(r->cal, day));
}

/* Move day in direction dir (+1/-1) until it is not excluded. */
static dl_day roll(struct run *r, dl_day day, int dir, int forward_holidays)
{
	char w[15];
	if (!excluded(r, day, forward_holidays))
		return day;
	explain_day(r, day, forward_holidays, 1);
	STEP(r, day, cite(r, dir > 0 ? C_LAST : C_NEXTDAY),
		 dir > 0 ? "The period continues to the next day that is not a Saturday, Sunday or "
			   "legal holiday."
			 : "Counting backward, the \"next day\" is the one before: the period moves "
			   "back to the first earlier day that is not a Saturday, Sunday or legal holiday.");
	while (excluded(r, day += dir, forward_holidays))
		explain_day(r, day, forward_holidays, 1);
	STEP(r, day, cite(r, C_LAST), "%s is a court day.", fmt_day(day, w));
	return day;
}

/* 6(a)(3)(A) and a clerk's office inaccessible for only part of the last
 * day (from a time on): whether that is "inaccessible on the last day" is
 * arguable. The earliest reading keeps the day, the latest extends it; 1
 * when this reading extends it. */
static int partly_inaccessible(struct run *r, dl_day day)
{
	char w[15];
	int from = calendar_closure_from(r->cal, day);
	int extend = r->count_arguable != r->p->before; /* the reading that gives the later date */
	if (!extend)
		STEP(r, day, cite(r, C_CLOSED),
		     "%s: the clerk's office was inaccessible from %02d:%02d (%s), part of the last "
		     "day: whether that extends the time to the next accessible day is arguable; "
		     "this reading keeps the day (the period ends at midnight for electronic "
		     "filing).",
		     fmt_day(day, w), from / 60, from % 60, calendar_closure_reason(r->cal, day));
	return extend;
}

/* 6(a)(3): an inaccessible clerk's office extends the period forward. */
static dl_day inaccessible(struct run *r, dl_day day)
{
	char w[15];
	unsigned f = calendar_flags(r->cal, day);
	if ((f & DAY_CLOSED_PART) && !(f & DAY_CLOSED) && !partly_inaccessible(r, day))
		return day;
	if (!(f & (DAY_CLOSED | DAY_CLOSED_PART)))
		return day;
	STEP(r, day, cite(r, C_CLOSED),
		 "%s: the clerk's office was inaccessible (%s): the time is extended to the first "
		 "accessible day that is not a Saturday, Sunday or legal holiday.",
		 fmt_day(day, w), calendar_closure_reason(r->cal, day));
	do
		day++;
	while ((calendar_flags(r->cal, day) & (DAY_CLOSED | DAY_CLOSED_PART)) || excluded(r, day, 1));
	STEP(r, day, cite(r, C_CLOSED), "%s is the first accessible court day.", fmt_day(day, w));
	return day;
}

/* 6(a)(3)(B): a period in hours whose last hour the clerk's office was
 * inaccessible in (a closure of the whole day, or from a time before the
 * period ends) runs to the same time on the first accessible day that is
 * not a Saturday, Sunday or legal holiday. */
static dl_day inaccessible_hour(struct run *r, dl_day day, int minute)
{
	char w[15];
	unsigned f = calendar_flags(r->cal, day);
	int from = calendar_closure_from(r->cal, day);
	if (!(f & DAY_CLOSED) && !((f & DAY_CLOSED_PART) && from < minute))
		return day;
	STEP(r, day, cite(r, C_CLOSED),
	     "%s: the clerk's office was inaccessible from %02d:%02d (%s), during the last hour of "
	     "the period: it is extended to the same time on the first accessible day that is not "
	     "a Saturday, Sunday or legal holiday.",
	     fmt_day(day, w), from / 60, from % 60, calendar_closure_reason(r->cal, day));
	do
		day++;
	while ((calendar_flags(r->cal, day) & DAY_CLOSED) ||
	       ((calendar_flags(r->cal, day) & DAY_CLOSED_PART) &&
		calendar_closure_from(r->cal, day) < minute) ||
	       excluded(r, day, 1));
	STEP(r, day, cite(r, C_CLOSED), "%s %02d:%02d is the first accessible time.", fmt_day(day, w),
	     minute / 60, minute % 60);
	return day;
}

/* Count n days skipping excluded ones (court days; short periods before 2009; TRCP 4). */
static dl_day count_court_days(struct run *r, dl_day from, long n, int dir, int forward)
{
	dl_day d = from;
	for (long k = 0; k < n;)
		if (!excluded(r, d += dir, forward))
			k++;
	return d;
}

static int adds_three_days(const struct run *r, const char **why)
{
	const struct period *p = r->p;
	dl_day d = r->regime_day;
	dl_day y2001 = date_from_ymd(2001, 12, 1), y2016 = date_from_ymd(2016, 12, 1);
	*why = NULL;
	switch (p->service) {
	case SERVICE_NONE:
	case SERVICE_PERSONAL:
		return 0;
	case SERVICE_MAIL:
		return 1;
	case SERVICE_ELECTRONIC:
		if (p->rules == RULES_TX) {
			*why = "Texas adds 3 days for service by mail only (Tex. R. Civ. P. 21a(c))";
			return 0;
		}
		if (d >= y2016) {
			*why = "electronic service earns no added days since Dec. 1, 2016";
			return 0;
		}
		if (d < y2001) {
			*why = "electronic service was not a service method under the rules before Dec. 1, 2001";
			return 0;
		}
		return 1;
	case SERVICE_LEAVE_WITH_CLERK:
	case SERVICE_OTHER:
		if (p->rules == RULES_TX) {
			*why = "Texas adds 3 days for service by mail only (Tex. R. Civ. P. 21a(c))";
			return 0;
		}
		if (d < y2001) {
			*why = "this service method earned added days only from Dec. 1, 2001";
			return 0;
		}
		return 1;
	}
	return 0;
}

static const char *unit_words(enum period_unit u, long n)
{
	static const char *const one[] = {"day", "court day", "hour", "week", "month", "year"};
	static const char *const many[] = {"days", "court days", "hours", "weeks", "months", "years"};
	return n == 1 ? one[u] : many[u];
}

/* The core: the last day of the period under one reading. */
/* A period in hours after service by mail (or the like): the added days of
 * 6(d) are written for periods that "expire", and whether they reach one
 * stated in hours is unsettled. The date stays the earlier reading; the
 * steps and a warning give the later one. */
static void hours_and_service(struct run *r, dl_day due, int minute)
{
	const char *no_added;
	if (!r->out || r->p->before || !adds_three_days(r, &no_added))
		return;
	char w[15];
	dl_day later = due + 3;
	while (excluded(r, later, 1) || (calendar_flags(r->cal, later) & DAY_CLOSED))
		later++;
	STEP(r, due, cite(r, C_ADDED),
	     "Service by %s: whether the 3 added days reach a period stated in hours is "
	     "unsettled. They are not added here; with them the period would end %s %02d:%02d.",
	     service_name(r->p->service), fmt_day(later, w), minute / 60, minute % 60);
	r->out->earliest = due;
	r->out->latest = later;
	add_warning(r->out,
		    "arguable: service by %s adds 3 days (%s) to a period that expires, but a period "
		    "stated in hours may not take them; with them it ends %s %02d:%02d. Calendared on "
		    "the earlier",
		    service_name(r->p->service), cite(r, C_ADDED), fmt_day(later, w), minute / 60,
		    minute % 60);
}

/* An instant (seconds) of day + minute wall-clock in zone; with no zone (no
 * court given) the clock is read as running evenly, with no daylight-saving
 * change. */
static int64_t zone_instant(const char *zone, dl_day day, int minute)
{
	return zone ? tz_to_instant(zone, day, minute) : ((int64_t)day * 1440 + minute) * 60;
}

/* The inverse of zone_instant. */
static void zone_wall_clock(const char *zone, int64_t instant, dl_day *day, int *minute)
{
	if (zone) {
		tz_from_instant(zone, instant, day, minute);
		return;
	}
	int64_t m = instant / 60, dd = m / 1440 - (m % 1440 < 0);
	*day = (dl_day)dd;
	*minute = (int)(m - dd * 1440);
}

/* The first step of a period in hours: the moment the count starts. A
 * wall-clock time the clocks skipped (the spring-forward hour) names the
 * instant an hour later (tz_to_instant): say so, with the change, rather
 * than give a time that never was. */
static void hours_start(struct run *r, const char *zone, int64_t start, dl_day day, int minute)
{
	const struct period *p = r->p;
	char w[15], za[16], zb[16];
	if (day == p->from && minute == p->from_minute) {
		STEP(r, p->from, cite(r, C_HOURS_START),
			 "The event is at %02d:%02d on %s; the hours are counted from that moment.",
			 minute / 60, minute % 60, fmt_day(p->from, w));
		return;
	}
	/* the change: the last minute on the old offset, found between the
	 * skipped time read on the old offset and the start */
	int after = tz_offset(zone, start, zb);
	int64_t lo = start - 3 * 3600, hi = start; /* lo on the old offset, hi on the new */
	while (hi - lo > 60) {
		int64_t mid = lo + (hi - lo) / 120 * 60;
		if (tz_offset(zone, mid, za) == after)
			hi = mid;
		else
			lo = mid;
	}
	tz_offset(zone, lo, za);
	dl_day cd;
	int cm;
	tz_from_instant(zone, hi, &cd, &cm);
	int old_cm = cm - (after - tz_offset(zone, lo, za)); /* the old clock at the change */
	STEP(r, p->from, cite(r, C_HOURS_START),
		 "The event is at %02d:%02d on %s, a time the clocks skipped in %s (they went from "
		 "%02d:%02d %s to %02d:%02d %s): the hours are counted from %02d:%02d %s, the "
		 "moment it names.",
		 p->from_minute / 60, p->from_minute % 60, fmt_day(p->from, w), zone, old_cm / 60,
		 old_cm % 60, za, cm / 60, cm % 60, zb, minute / 60, minute % 60, zb);
}

static dl_day count(struct run *r, int *due_minute)
{
	const struct period *p = r->p;
	int dir = p->before ? -1 : 1, forward = !p->before;
	char w[15], w2[15];
	dl_day d = p->from;
	*due_minute = -1;

	if (p->unit == UNIT_HOURS) {
		const char *zone = calendar_court(r->cal)->tz;
		int minute;
		if (!zone) { /* no court given: a clock with no daylight-saving change */
			STEP(r, d, cite(r, C_HOURS_START),
				 "The event is at %02d:%02d on %s; the hours are counted from that moment.",
				 p->from_minute / 60, p->from_minute % 60, fmt_day(d, w));
			int64_t start = zone_instant(zone, d, p->from_minute);
			zone_wall_clock(zone, start + (int64_t)dir * p->n * 3600, &d, &minute);
			STEP(r, d, cite(r, C_HOURS_COUNT),
				 "Counting every hour, including hours on weekends and holidays (in no time "
				 "zone: no court was given), %ld %s %s %02d:%02d end at %s %02d:%02d.",
				 p->n, unit_words(UNIT_HOURS, p->n), forward ? "after" : "before", p->from_minute / 60,
				 p->from_minute % 60, fmt_day(d, w), minute / 60, minute % 60);
		} else {
			int64_t start = tz_to_instant(zone, d, p->from_minute);
			int from_minute;
			dl_day from_day;
			tz_from_instant(zone, start, &from_day, &from_minute);
			if (r->out)
				hours_start(r, zone, start, from_day, from_minute);
			int64_t end = start + (int64_t)dir * p->n * 3600;
			tz_from_instant(zone, end, &d, &minute);
			char za[16], zb[16], moved[96] = "";
			int oa = tz_offset(zone, start, za), ob = tz_offset(zone, end, zb);
			if (r->out && oa != ob) /* the two wall clocks differ by the change */
				snprintf(moved, sizeof moved, " (the clocks went %s from %s to %s in between)",
					 (ob > oa) == forward ? "forward" : "back", forward ? za : zb, forward ? zb : za);
			STEP(r, d, cite(r, C_HOURS_COUNT),
				 "Counting every hour, including hours on weekends and holidays (in %s, so "
				 "daylight-saving changes move the clock), %ld %s %s %02d:%02d end at "
				 "%s %02d:%02d%s.",
				 zone, p->n, unit_words(UNIT_HOURS, p->n), forward ? "after" : "before",
				 from_minute / 60, from_minute % 60, fmt_day(d, w), minute / 60, minute % 60, moved);
		}
		if (excluded(r, d, forward)) {
			explain_day(r, d, forward, 1);
			while (excluded(r, d += dir, forward))
				explain_day(r, d, forward, 1);
			STEP(r, d, cite(r, C_HOURS_NEXT),
				 "The period continues until the same time on the next day that is not "
				 "a Saturday, Sunday or legal holiday: %s %02d:%02d.",
				 fmt_day(d, w), minute / 60, minute % 60);
		}
		d = inaccessible_hour(r, d, minute);
		hours_and_service(r, d, minute);
		*due_minute = minute;
		return d;
	}

	if (r->on_day) {
		STEP(r, d, cite(r, C_LAST),
		     "The duty falls on %s, the day the order sets for it; like the last day "
		     "of a period, it moves off a Saturday, Sunday or legal holiday.",
		     fmt_day(d, w));
		goto last_day;
	}
	STEP(r, d, cite(r, C_EXCLUDE),
		 "The event is on %s; that day is not counted. The period runs %s it.", fmt_day(d, w),
		 forward ? "after" : "before");

	long n = p->unit == UNIT_WEEKS ? p->n * 7 : p->n;
	const struct short_rule *sr = short_rule(p->rules, r->regime_day);
	int skip_intermediate =
		p->unit == UNIT_COURT_DAYS ||
		((p->unit == UNIT_DAYS || (p->rules == RULES_TX && p->unit == UNIT_WEEKS)) &&
		 is_short(sr, n));
	if (skip_intermediate) {
		d = count_court_days(r, d, n, dir, forward);
		if (p->unit == UNIT_COURT_DAYS)
			STEP(r, d, cite(r, C_COUNT),
			     "Count %ld %s, skipping Saturdays, Sundays and legal holidays: the last is %s.",
			     n, unit_words(UNIT_DAYS, n), fmt_day(d, w));
		else
			STEP(r, d, cite(r, C_SHORT),
			     "Count %ld %s, leaving out Saturdays, Sundays and legal holidays (a short "
			     "period: %s%d days%s): the last is %s.",
			     n, unit_words(UNIT_DAYS, n), sr->or_less ? "" : "less than ", sr->limit,
			     sr->or_less ? " or less" : "", fmt_day(d, w));
	} else if (p->unit == UNIT_MONTHS || p->unit == UNIT_YEARS) {
		int clamped;
		long months = p->unit == UNIT_YEARS ? p->n * 12 : p->n;
		d = date_add_months(d, (int)(dir * months), &clamped);
		STEP(r, d, cite(r, C_COUNT), "Count %ld %s %s: the last day is %s.", p->n,
			 unit_words(p->unit, p->n), forward ? "forward" : "backward", fmt_day(d, w));
		if (clamped && r->out) {
			int y, m, dd;
			date_to_ymd(p->from, &y, &m, &dd);
			add_warning(r->out,
				    "the month the period ends in has no day %d: the engine uses its last "
				    "day, %s; check the court's practice",
				    dd, fmt_day(d, w2));
		}
	} else {
		d += (dl_day)(dir * n);
		if (sr && sr->limit && p->unit == UNIT_DAYS)
			STEP(r, d, cite(r, C_COUNT),
			     "Count %ld %s, including every Saturday, Sunday and legal holiday (they are "
			     "left out only of periods of %s%d days%s): day %ld is %s.",
			     n, unit_words(UNIT_DAYS, n), sr->or_less ? "" : "less than ", sr->limit,
			     sr->or_less ? " or less" : "", n, fmt_day(d, w));
		else
			STEP(r, d, cite(r, C_COUNT),
			     "Count %ld %s, including every Saturday, Sunday and legal holiday: day %ld is %s.",
			     n, unit_words(UNIT_DAYS, n), n, fmt_day(d, w));
	}

last_day:;
	/* Roll off a weekend or holiday: backward periods roll back under the 2009
	 * rules (6(a)(5)); before 2009 the roll was forward only. Texas: see below. */
	int roll_dir = dir;
	if (r->regime != REGIME_2009)
		roll_dir = 1;
	if (p->rules == RULES_TX && p->before && r->tx_roll_forward)
		roll_dir = 1;
	d = roll(r, d, roll_dir, forward);
	d = inaccessible(r, d);

	const char *no_added;
	if (adds_three_days(r, &no_added)) {
		if (!forward) {
			STEP(r, d, cite(r, C_ADDED),
				 "No days are added for the manner of service: the period is measured "
				 "before an event.");
		} else {
			d += 3;
			STEP(r, d, cite(r, C_ADDED),
				 "Service by %s: 3 days are added after the period would otherwise "
				 "expire: %s.",
				 service_name(p->service), fmt_day(d, w));
			d = roll(r, d, 1, 1);
			d = inaccessible(r, d);
		}
	} else if (no_added) {
		STEP(r, d, cite(r, C_ADDED), "No days are added: %s.", no_added);
	}
	return d;
}

static enum regime regime_of(dl_day day)
{
	return day < date_from_ymd(2009, 12, 1) ? REGIME_PRE2009 : REGIME_2009;
}

/* Words for the rules applied to a period whose regime day is day. */
static const char *regime_words(enum rule_set rs, dl_day day)
{
	const struct short_rule *sr = short_rule(rs, day);
	return sr ? sr->words : "the time-computation rules in force since Dec. 1, 2009";
}

static void setup_run(struct run *r, struct calendar *cal, const struct period *p)
{
	memset(r, 0, sizeof *r);
	r->cal = cal;
	r->p = p;
	r->regime_day = p->regime != DATE_NONE ? p->regime : p->from;
	r->regime = regime_of(r->regime_day);
}

dl_day compute_due_on_day(struct calendar *cal, const struct period *p)
{
	struct run r;
	int minute;
	setup_run(&r, cal, p);
	r.on_day = 1;
	r.count_arguable = p->before;
	return count(&r, &minute);
}

dl_day compute_due(struct calendar *cal, const struct period *p)
{
	struct run r;
	int minute;
	setup_run(&r, cal, p);
	/* The earliest reading: for a forward period, arguable days are not holidays;
	 * for a backward one, counting them moves the day earlier. */
	r.count_arguable = p->before;
	return count(&r, &minute);
}

static int check_period(const struct period *p, char **err)
{
	if (p->n < 0 || p->n > 36500) {
		*err = xasprintf("the period must be between 0 and 36500 (got %ld)", p->n);
		return -1;
	}
	if (p->unit == UNIT_HOURS && (p->from_minute < 0 || p->from_minute >= 1440)) {
		*err = xstrdup("a period in hours needs the time of the event (--from DATETHH:MM)");
		return -1;
	}
	/* Where the period ends, in its own direction, must be a date of the
	 * calendar, with a month's room for rolling and added days: the result
	 * is checked, not the size of the period. */
	int dir = p->before ? -1 : 1, ok;
	if (p->unit == UNIT_MONTHS || p->unit == UNIT_YEARS) {
		int y, m, d;
		date_to_ymd(p->from, &y, &m, &d);
		long month = (long)y * 12 + (m - 1) + dir * (p->unit == UNIT_YEARS ? p->n * 12 : p->n);
		ok = month > (long)DATE_MIN_YEAR * 12 && month < (long)DATE_MAX_YEAR * 12 + 11;
	} else {
		long days = p->unit == UNIT_WEEKS ? p->n * 7 : p->unit == UNIT_HOURS ? p->n / 24 + 1
			  : p->unit == UNIT_COURT_DAYS ? p->n * 2 + 14 : p->n; /* court days: at most */
		long end = (long)p->from + dir * days;
		ok = end >= (long)date_from_ymd(DATE_MIN_YEAR, 1, 1) + 31 &&
		     end <= (long)date_from_ymd(DATE_MAX_YEAR, 12, 31) - 31;
	}
	if (!ok) {
		*err = xasprintf("the period runs outside the years %d-%d", DATE_MIN_YEAR, DATE_MAX_YEAR);
		return -1;
	}
	return 0;
}

/* The end of a period computed with no court (court_none): the day (or the
 * hour) ends in no time zone, and a warning says what was not applied. */
static void no_court(struct run *r, int end_minute)
{
	struct computation *out = r->out;
	char w[15];
	date_format(out->due, out->end_instant);
	memcpy(out->end_instant + 10, "T00:00", 7);
	put_digits(out->end_instant + 11, (unsigned)end_minute / 60, 2);
	put_digits(out->end_instant + 14, (unsigned)end_minute % 60, 2);
	out->end_zone[0] = '\0';
	STEP(r, out->due, cite(r, out->due_minute >= 0 ? C_HOURS : C_END),
	     "Due %s%s. No court was given, so no time zone: the last %s ends at %02d:%02d in the "
	     "court's time zone, whichever it is.",
	     fmt_day(out->due, w), out->due_minute >= 0 ? " at that time" : "",
	     out->due_minute >= 0 ? "hour" : "day", end_minute / 60, end_minute % 60);
	add_warning(out,
		    "no court given: counted with federal legal holidays only (5 U.S.C. 6103(a) and "
		    "days declared by the President), in no time zone; state holidays (%s), the "
		    "court's time zone (%s) and recorded closures (%s) were not applied: give --court "
		    "CODE for a real deadline",
		    cite(r, C_STATE), cite(r, C_END), cite(r, C_CLOSED));
}

/* compute_period, or with on_day the last day p->from as the order sets it
 * (compute_on_day). */
static int compute(struct calendar *cal, const struct period *p, int on_day, struct computation *out,
		   char **err)
{
	struct run r;
	char w[15], w2[15];
	memset(out, 0, sizeof *out);
	out->due = out->earliest = out->latest = DATE_NONE;
	out->due_minute = -1;
	*err = NULL;
	if (check_period(p, err) != 0)
		return -1;
	const char *zone = calendar_court(cal)->tz;
	if (zone && !tz_known(zone)) {
		*err = xasprintf("time zone data for %s is missing (install the tzdata package)", zone);
		return -1;
	}
	setup_run(&r, cal, p);
	r.on_day = on_day;
	out->tz = zone;
	out->regime = regime_words(p->rules, r.regime_day);

	/* Both readings: without and with the arguable holidays (and, for Texas
	 * backward periods, rolling back and forward). The due date is the earlier. */
	int m0, m1;
	r.count_arguable = p->before;
	r.out = out;
	dl_day first = count(&r, &m0);
	struct run alt = r;
	alt.out = NULL; /* the other reading gives only its date: no steps, no sentences */
	alt.count_arguable = !p->before;
	if (p->rules == RULES_TX && p->before && r.regime == REGIME_2009)
		alt.tx_roll_forward = 1;
	dl_day second = count(&alt, &m1);
	out->due = first;
	out->due_minute = m0;
	if (second != first) {
		out->earliest = first < second ? first : second;
		out->latest = first < second ? second : first;
		if (calendar_flags(cal, out->earliest) & DAY_CLOSED_PART)
			add_warning(out,
				    "arguable: the clerk's office was inaccessible from %02d:%02d on the "
				    "last day, %s (%s): whether that extends the time (FRCP 6(a)(3)(A)) is "
				    "arguable; the latest reading gives %s. Calendared on the earlier",
				    calendar_closure_from(cal, out->earliest) / 60,
				    calendar_closure_from(cal, out->earliest) % 60, fmt_day(out->earliest, w),
				    calendar_closure_reason(cal, out->earliest), fmt_day(out->latest, w2));
		else if (alt.tx_roll_forward)
			add_warning(out,
				    "arguable: Tex. R. Civ. P. 4 says a last day on a weekend or holiday "
				    "runs to the \"next day\"; counting backward that is read here as the "
				    "day before (%s), but it may be read as the day after (%s). "
				    "Calendared on the earlier",
				    fmt_day(out->earliest, w), fmt_day(out->latest, w2));
		else
			add_warning(out,
				    "arguable: a day in this period is a holiday only on one reading of "
				    "the law (see the steps); the earliest reading gives %s, the latest "
				    "%s. Calendared on the earlier",
				    fmt_day(out->earliest, w), fmt_day(out->latest, w2));
	}

	/* Warn about presidential closures and non-holidays on or next to the day. */
	for (dl_day d = out->due - 1; d <= out->due + 1; d++) {
		const struct holiday *h[6];
		size_t n = calendar_holidays_on(cal, d, h, 6);
		for (size_t i = 0; i < n; i++)
			if (h[i]->kind == HOLIDAY_DECLARED || !h[i]->counts)
				add_warning(out, "%s %s %s (%s): %s", fmt_day(d, w),
					    d == out->due ? "is" : d < out->due ? "is the day before, and is"
									: "is the day after, and is",
					    h[i]->name, h[i]->citation,
					    h[i]->counts ? "courts differ on whether it is a legal holiday"
							 : "not a legal holiday");
	}

	/* Say so when the due day is a holiday only on the other reading. */
	if (calendar_flags(cal, out->due) & (DAY_DECLARED | DAY_STATE_ARGUABLE | DAY_NOTED))
		explain_day(&r, out->due, !p->before, 0);

	/* 6(a)(4): when the last day ends, in the court's time zone. */
	int end_minute = out->due_minute >= 0 ? out->due_minute : 23 * 60 + 59;
	if (!zone) {
		no_court(&r, end_minute);
		return 0;
	}
	int64_t instant = tz_to_instant(zone, out->due, end_minute);
	int off = tz_offset(zone, instant, out->end_zone);
	end_instant_text(out->end_instant, out->due, end_minute, off);
	if (out->due_minute >= 0)
		STEP(&r, out->due, cite(&r, C_HOURS), "Due %s at %02d:%02d %s (%s).",
			 fmt_day(out->due, w), end_minute / 60, end_minute % 60, out->end_zone, zone);
	else
		STEP(&r, out->due, cite(&r, C_END),
			 "Due %s. For electronic filing the day ends at midnight in the court's time "
			 "zone (11:59 p.m. %s, %s); for paper filing, when the clerk's office closes.",
			 fmt_day(out->due, w), out->end_zone, zone);
	return 0;
}

int compute_period(struct calendar *cal, const struct period *p, struct computation *out,
		   char **err)
{
	return compute(cal, p, 0, out, err);
}

int compute_on_day(struct calendar *cal, const struct period *p, struct computation *out, char **err)
{
	return compute(cal, p, 1, out, err);
}

void compute_date_certain(struct calendar *cal, dl_day day, enum rule_set rules,
			  struct computation *out)
{
	char w[15];
	struct run r;
	struct period p = {rules, day, -1, 0, UNIT_DAYS, 0, SERVICE_NONE, DATE_NONE, 0};
	setup_run(&r, cal, &p);
	r.out = out;
	r.count_arguable = 1;
	out->due = day;
	STEP(&r, day, "date certain",
		 "The court set %s as a date certain: it is not computed and never moved.",
		 fmt_day(day, w));
	if (excluded(&r, day, 1) || (calendar_flags(cal, day) & DAY_CLOSED)) {
		explain_day(&r, day, 1, 1);
		add_warning(out,
			    "the date certain %s falls on a weekend, holiday or closure; a date set "
			    "by the court is not moved: confirm with the court",
			    fmt_day(day, w));
	}
}

void computation_note(struct computation *c, dl_day day, const char *rule, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	push_step(c, day, rule, keep_vformat(c, fmt, ap));
	va_end(ap);
}

void computation_absorb(struct computation *c, struct computation *from)
{
	/* (memcpy from a NULL array is undefined even for 0 bytes) */
	if (from->nsteps) {
		c->steps = xrealloc(c->steps, steps_room(c->nsteps + from->nsteps) * sizeof *c->steps);
		memcpy(c->steps + c->nsteps, from->steps, from->nsteps * sizeof *c->steps);
		c->nsteps += from->nsteps;
	}
	if (from->nwarnings) {
		c->warnings = xrealloc(c->warnings, (c->nwarnings + from->nwarnings) * sizeof *c->warnings);
		memcpy(c->warnings + c->nwarnings, from->warnings, from->nwarnings * sizeof *c->warnings);
		c->nwarnings += from->nwarnings;
	}
	if (from->text) { /* from's blocks before c's */
		struct computation_text *last = from->text;
		while (last->next)
			last = last->next;
		last->next = c->text;
		c->text = from->text;
	}
	c->due = from->due;
	c->due_minute = from->due_minute;
	if (from->latest != DATE_NONE) {
		c->earliest = from->earliest;
		c->latest = from->latest;
	}
	memcpy(c->end_instant, from->end_instant, sizeof c->end_instant);
	memcpy(c->end_zone, from->end_zone, sizeof c->end_zone);
	free(from->steps);
	free(from->warnings);
	memset(from, 0, sizeof *from);
}

void computation_free(struct computation *c)
{
	for (size_t i = 0; i < c->nwarnings; i++)
		free(c->warnings[i]);
	for (struct computation_text *b = c->text, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	free(c->steps);
	free(c->warnings);
	memset(c, 0, sizeof *c);
}

int rules_for_court(const struct court *c, const enum rule_set *asked, enum rule_set *out)
{
	static const enum rule_set own[] = {[COURT_DISTRICT] = RULES_FRCP, [COURT_CIRCUIT] = RULES_FRAP,
					    [COURT_BANKRUPTCY] = RULES_FRBP, [COURT_STATE] = RULES_TX};
	if (!asked) {
		*out = own[c->kind];
		return 0;
	}
	if ((*asked == RULES_TX) != (c->kind == COURT_STATE))
		return -1;
	*out = *asked;
	return 0;
}

const struct court *court_for_rules(const enum rule_set *asked)
{
	return asked && *asked == RULES_TX ? court_find("tx") : NULL;
}

enum holiday_family rules_family(enum rule_set r)
{
	return r == RULES_TX ? FAMILY_TEXAS_STATE : FAMILY_FEDERAL;
}

static const char *const rule_names[] = {"frcp", "frap", "frbp", "tx"};
static const char *const unit_names[] = {"days", "court_days", "hours", "weeks", "months", "years"};
static const char *const service_names[] = {"none", "personal", "electronic", "mail",
					    "leave-with-clerk", "other"};

const char *rule_set_name(enum rule_set r) { return rule_names[r]; }
const char *unit_name(enum period_unit u) { return u == UNIT_NONE ? NULL : unit_names[u]; }
const char *service_name(enum service_method s) { return service_names[s]; }

static int lookup(const char *s, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (streq_ci(s, names[i]))
			return i;
	return -1;
}

int rule_set_parse(const char *s, enum rule_set *out)
{
	int i = lookup(s, rule_names, 4);
	if (i < 0)
		return -1;
	*out = (enum rule_set)i;
	return 0;
}

int unit_parse(const char *s, enum period_unit *out)
{
	int i = lookup(s, unit_names, 6);
	if (i < 0 && (streq_ci(s, "business_days") || streq_ci(s, "court-days")))
		i = UNIT_COURT_DAYS;
	if (i < 0 && streq_ci(s, "calendar_days"))
		i = UNIT_DAYS;
	if (i < 0)
		return -1;
	*out = (enum period_unit)i;
	return 0;
}

int service_parse(const char *s, enum service_method *out)
{
	int i = lookup(s, service_names, 6);
	if (i < 0)
		return -1;
	*out = (enum service_method)i;
	return 0;
}
