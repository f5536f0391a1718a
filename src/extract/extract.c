/*
 * extract.c: which frames of an order are operative, and the obligations they
 * make (see extract.h for the stages): the reading of an order, segment by
 * segment, and what is done once every segment is read. Its parts are in
 * files of their own; reader.h declares what they share.
 *
 * For each segment (a sentence, list item or table row):
 *   1. its tokens are matched against every frame (frames.c);
 *   2. a frame that is not operative vetoes the operative ones that begin in
 *      its clause: "the Court ordered that X shall ..." (recited), "Plaintiff
 *      argues that X must ..." (reported), "if X fails to ..." (condition), the
 *      clerk's ministerial acts, "shall not" (a rule of conduct) (vetoes.c);
 *   3. an operative frame inside another's noun phrase ("the hearing set for
 *      June 5 is continued to ...") describes that noun, and is dropped;
 *   4. each remaining frame's clause — from where it begins to where the next
 *      one begins — gives the time (times.c), the party (party.c, whose.c)
 *      and, for a stay, its end (until.c); a date before the order's entry is
 *      history;
 *   5. a duty with no time at all is kept only in the decretal part (after
 *      "IT IS ORDERED" and the like), where it gets a presumed period if one
 *      of the defaults applies (when.c, which also reads each clause's time).
 * A segment no frame matched that reads as a row of a schedule ("Discovery
 * cutoff ........ June 5, 2020") in a list or table becomes a deadline, or a
 * hearing when its label names an event (rows.c). Every obligation carries
 * its quote, and every clause not taken a note (output.c). Once every segment
 * is read, repeats are dropped and each obligation gets its confidence
 * (tidy.c).
 */
#include "extract.h"
#include "reader.h"

#include "ascii.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "rule-default.h"
#include "series-end.h"
#include "timex.h"
#include "until.h"
#include "util.h"

/* ---- text helpers ---- */

char *trimmed_copy(const struct text *t, size_t a, size_t b)
{
	const char *s = t->low; /* (the stops are the same in either case) */
	if (b < a)
		b = a; /* (an empty span, never a negative one) */
	while (a < b && (s[a] == ' ' || s[a] == ',' || s[a] == ':'))
		a++;
	while (b > a && strchr(" ,.;:", s[b - 1]))
		b--;
	return text_copy(t, a, b);
}

int match_has_class(const struct reader *r, size_t a, size_t b, int cls)
{
	for (size_t i = a; i < b; i++)
		if (token_has(&r->tk.v[i], cls, 0))
			return 1;
	return 0;
}

/* How many times word occurs in s (as any part of a word: "appeal" in
 * "appellant" no, in "appeals" yes). */
static size_t count_of(const char *s, const char *word)
{
	size_t n = 0, len = strlen(word);
	for (const char *p = s; (p = strstr(p, word)) != NULL; p += len)
		n++;
	return n;
}

int has_time_token(const struct reader *r, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (r->tk.v[i].type == TK_DATE || r->tk.v[i].type == TK_PERIOD)
			return 1;
	return 0;
}

/* Where match m's clause begins: at its first word, or before the time
 * phrase that leads it (", and at least ten days before the conference, the
 * parties shall ..."): the phrase is this clause's, not the one before's. */
static size_t clause_lead(const struct reader *r, const struct frame_match *m)
{
	size_t c = m->start;
	if (c < 2 || r->tk.v[c - 1].type != TK_PUNCT || r->t.low[r->tk.v[c - 1].a] != ',')
		return c;
	/* (not before a clause that opens with its conjunction: "to disclose
	 * all experts, in writing, on or before 12/31/2013, and to disclose all
	 * rebuttal experts on or before 1/29/2014": the phrase ends the clause
	 * before the "and") */
	if (token_is(&r->t, &r->tk.v[c], "and") || token_is(&r->t, &r->tk.v[c], "or"))
		return c;
	size_t k = c - 1;
	while (k > 0 && c - k < 16) {
		const struct token *t = &r->tk.v[k - 1];
		if ((t->type == TK_PUNCT && strchr(",;:", r->t.low[t->a])) || token_is(&r->t, t, "and"))
			break;
		k--;
	}
	if (c - k >= 16 || !has_time_token(r, k, c - 1))
		return c;
	/* a time phrase, not a clause of its own ("The report is due on June 5,
	 * and shall include ..."): it opens with its preposition, perhaps after
	 * "ORDERED that" */
	static const char *const preps[] = {"on", "by", "within", "no", "not", "at", "before", "after", "upon",
					    "until", "in", NULL};
	size_t q = k;
	int cls_order = lexicon_class("order"), cls_marker = lexicon_class("marker"), cls_court = lexicon_class("court");
	/* (or "The court FURTHER ORDERS that within 48 hours of ..., the parties
	 * shall"; or after "but": "ORDERED that at a reasonable time, but no
	 * later than July 15, the parties shall") */
	while (q < c - 1 && (token_is(&r->t, &r->tk.v[q], "that") || token_has(&r->tk.v[q], cls_order, 0) ||
			     token_is(&r->t, &r->tk.v[q], "but") ||
			     token_is(&r->t, &r->tk.v[q], "the") || token_has(&r->tk.v[q], cls_court, 0) ||
			     token_has(&r->tk.v[q], cls_marker, 0) || token_is(&r->t, &r->tk.v[q], "it") ||
			     token_is(&r->t, &r->tk.v[q], "is") || token_is(&r->t, &r->tk.v[q], "further") ||
			     token_is(&r->t, &r->tk.v[q], "hereby")))
		q++;
	return token_among(&r->t, &r->tk.v[q], preps) ? k : c;
}

/* ---- one obligation ---- */

/* Does normalised [a, b) refer to the date stated before ("by that date")? */
/* Does normalised [a, b) hold one of phrases? */
static int says_any(struct reader *r, size_t a, size_t b, const char *const *phrases)
{
	char saved = r->t.low[b];
	r->t.low[b] = '\0';
	int yes = timex_find_any(r->t.low + a, phrases, 0, NULL) >= 0;
	r->t.low[b] = saved;
	return yes;
}

/* The last date the sentence before names, in the same paragraph, on or
 * after the order's entry ("On June 2, 2014, the Court set trial in this
 * matter for January 21, 2015. Counsel shall be present on that date at
 * 8:30 a.m."), or DATE_NONE. */
static dl_day date_named_before(const struct reader *r)
{
	if (r->cur_seg == 0 || r->entered == DATE_NONE)
		return DATE_NONE;
	const struct segment *p = &r->seg[r->cur_seg - 1], *c = &r->seg[r->cur_seg];
	if (memchr(r->t.low + p->end, '\n', c->start - p->end))
		return DATE_NONE;
	dl_day last = DATE_NONE;
	for (size_t i = p->start; i < p->end; i++) {
		dl_day d;
		size_t e;
		if (timex_word_start(r->t.low, i) && timex_date(r->t.low, i, &d, &e) == DATE_FOUND && e <= p->end) {
			if (d >= r->entered)
				last = d;
			i = e;
		}
	}
	return last;
}

static int refers_back(struct reader *r, size_t a, size_t b)
{
	static const char *const phrases[] = {"that date", "the same date", "that time", "the same time",
					      "the same deadline", "that deadline", "simultaneously",
					      "contemporaneously", "at the same time", NULL};
	return says_any(r, a, b, phrases);
}

/* Does a condition ("if", "when", "upon", "whenever") open the clause before
 * the duty ("If counsel seeks fees above the limit, counsel shall ...")? */
int inverted_condition(const struct reader *r, size_t i)
{
	return token_is(&r->t, &r->tk.v[i], "should") && i + 1 < r->tk.n && token_has(&r->tk.v[i + 1], r->cls_party, 0);
}

int conditional(const struct reader *r, size_t from, size_t end)
{
	static const char *const words[] = {"when", "whenever", "once", NULL};
	int cls_cond = lexicon_class("cond");
	for (size_t i = from; i < end; i++) {
		if (token_has(&r->tk.v[i], cls_cond, 0))
			return 1;
		if (i + 1 < end && inverted_condition(r, i))
			return 1;
		for (int k = 0; words[k]; k++)
			if (token_is(&r->t, &r->tk.v[i], words[k]))
				return 1;
	}
	return 0;
}

/* The obligation of operative match mi, whose clause is tokens [ra, rb);
 * prev is the obligation the sentence made before (for "and to ..."). */
static void obligation(struct reader *r, size_t mi, size_t ra, size_t rb, struct extracted *prev,
		       size_t *made)
{
	const struct frame_match *m = &r->fm.v[mi];
	enum frame_kind kind = frame_kind(m->frame);
	unsigned flags = frame_flags(m->frame);
	size_t ba = tok_a(r, ra), bb = tok_b(r, rb - 1), banchor = tok_a(r, m->anchor);
	const char *fname = frame_name(m->frame);
	*made = 0;
	const char *refused = form_refusal(r, m, ra, prev);
	if (refused) {
		if (*refused)
			add_note(r, ba, bb, fname, xstrdup(refused));
		return;
	}
	/* "The Court extends the TRO until 9/19/23": a restraint extended lasts
	 * until the day, a stay with its end */
	if (kind == FK_UNTIL ||
	    (!strcmp(fname, "court-extends") && names_restraint(r, m->slot_a[SLOT_WHAT], m->slot_b[SLOT_WHAT]))) {
		*made = (size_t)stay_obligation(r, m, rb, ba, bb);
		return;
	}
	/* who */
	char who[48] = "";
	enum party_how how = commanded_party(r, m, ra, who, sizeof who);
	/* "we remand the case for an evidentiary hearing": the lower court, unnamed */
	if (how == PARTY_NONE && !strcmp(fname, "remand-for-event")) {
		snprintf(who, sizeof who, "trial court");
		how = PARTY_ROLE;
	}
	/* (a body named is commanded only by the court's own command: "The BOP
	 * shall disclose ...", "The Department of Education is ORDERED to ...";
	 * what it will do, may do or is sent back to do is not the order's duty
	 * for counsel: "The Court anticipates that the Maine Legislature will
	 * complete ...") */
	static const char *const body_frames[] = {"will", "should", "to-do", "to-do-opening", "may-within", "remand-for", "remand-to",
						  "remanded-to", "unless-objects", "unless-does", NULL};
	if (how == PARTY_BODY) {
		for (int i = 0; body_frames[i]; i++)
			if (!strcmp(fname, body_frames[i]))
				how = PARTY_NONE;
		if (how == PARTY_NONE)
			*who = '\0';
	}
	if ((flags & FF_PARTY) && how == PARTY_NONE) {
		add_note(r, ba, bb, fname, xstrdup("its subject is not a party"));
		return;
	}
	/* "The SPTO gave the parties instructions ..., including the instruction
	 * to file ...": a bare infinitive's subject must name the party */
	if (!strncmp(fname, "to-do", 5) && !infinitive_subject(r, m)) {
		add_note(r, ba, bb, fname, xstrdup("the noun before its infinitive is not a party"));
		return;
	}
	if (how != PARTY_NONE)
		utf8_copy(r->sentence_who, sizeof r->sentence_who, who);
	size_t gap_thing = 0;
	if (!strcmp(fname, "and-gapped"))
		gap_thing = gapped_party(r, m, who, sizeof who, &how);
	if (how == PARTY_NONE && kind == FK_COORD)
		utf8_copy(who, sizeof who, prev ? prev->who : r->sentence_who);
	enum who_basis basis = obligation_party(r, m, kind, fname, ra, rb, how, who, sizeof who);
	int who_assumed = basis == WHO_ASSUMED, who_inferred = basis == WHO_INFERRED;

	if (heads_list(r, m, fname, who, ra, rb))
		return;

	/* the clerk's own acts (sending, serving, docketing) are not calendared */
	size_t act_at = m->slot_a[SLOT_ACTION] < m->slot_b[SLOT_ACTION] ? m->slot_a[SLOT_ACTION] : rb;
	if (!strcmp(who, "clerk") && act_at < rb && clerk_ministerial(r, act_at)) {
		add_note(r, ba, bb, fname, xstrdup("the clerk's ministerial act"));
		return;
	}
	/* (nor chambers' own: "(Internal deadline for referral to judge if
	 * response not filed by 12/20/2017)"; "... using the following text:
	 * February 3, 2021: check for Respondents' answer") */
	static const char *const internal[] = {"internal deadline", NULL};
	if (says_any(r, ba, bb, internal) || court_tickler(r, ra, rb)) {
		add_note(r, ba, bb, fname, xstrdup("chambers' internal deadline, no party's"));
		return;
	}
	/* (and whatever this court's own clerk is told to do with no time:
	 * "The Clerk is directed to file the lodged response") */
	if (!strcmp(who, "clerk") && own_clerk(r, m, ra) && !has_time_token(r, ra, rb)) {
		add_note(r, ba, bb, fname, xstrdup("this court's clerk's act, with no time of its own"));
		return;
	}

	/* kind */
	const char *k = "deadline";
	int hearing = 0;
	const char *not_set = event_kind(r, m, rb, act_at, prev, &hearing);
	if (not_set) {
		add_note(r, ba, bb, fname, xstrdup(not_set));
		return;
	}

	struct times tm;
	size_t subject = m->start; /* (with its article: "... ruling the parties shall") */
	if (subject > ra && is_article(&r->t, &r->tk.v[subject - 1]))
		subject--;
	clause_times(r, ba, tok_a(r, subject), banchor, bb, hearing, &tm);
	size_t lead = SIZE_MAX; /* (where a time phrase before the clause begins: the quote's start) */
	if (tm.due == DATE_NONE && !tm.has_period)
		lead = leading_time(r, ra, hearing, &tm);
	fronted_event(r, subject, &tm);
	/* "No parties may be added after 5/4/2012": the last day is the one after
	 * which it may not be done */
	if (!strcmp(fname, "no-after") && tm.due == DATE_NONE && r->tk.v[m->end - 1].type == TK_DATE)
		tm.due = r->tk.v[m->end - 1].day;
	if (kind == FK_SETTING || kind == FK_HEARING)
		setting_day(r, m, rb, &tm);
	/* "by that date", "on the same date": the time of the duty before; in the
	 * same sentence, for the same party, it restates that duty ("the time to
	 * perfect is extended to June 6, and the brief must be filed on or before
	 * that date") */
	int restated = 0;
	/* "B. March 10, 2017: By this date, Plaintiff shall ...", "July 29,
	 * 2019: The parties shall exchange and file witness lists": a schedule
	 * laid out date first, its row's duty due on the day the row opens with
	 * (a day still to come: a docket entry's own date, "05/12/2017: ORDER
	 * ...", is when it was entered; with no day of entry known, none is
	 * still to come) */
	size_t row_date = after_run_in_heading(r); /* (after "DATES:") */
	if (tm.due == DATE_NONE && !tm.has_period && r->tk.n > row_date + 2 && r->tk.v[row_date].type == TK_DATE &&
	    r->tk.v[row_date].day != DATE_NONE && r->tk.v[row_date + 1].type == TK_PUNCT &&
	    r->t.low[r->tk.v[row_date + 1].a] == ':') {
		static const char *const this_date[] = {"this date", NULL};
		if (says_any(r, tok_a(r, row_date + 2), bb, this_date) ||
		    (r->entered != DATE_NONE && r->tk.v[row_date].day > r->entered))
			tm.due = r->tk.v[row_date].day;
	}
	if (tm.due == DATE_NONE && !tm.has_period && refers_back(r, ba, bb)) {
		/* (the date the sentence before names, when this sentence has no
		 * duty before it: what "that date" points back to) */
		static const char *const a_day[] = {"that date", "the same date", "that deadline", "the same deadline",
						    NULL};
		dl_day named = prev || !says_any(r, ba, bb, a_day) ? DATE_NONE : date_named_before(r);
		if (named != DATE_NONE) {
			tm.due = named;
		} else if (r->have_last_time) {
			tm = r->last_time;
			restated = prev != NULL;
		}
	}
	if (restated) {
		add_note(r, ba, bb, fname, xstrdup("restates the duty before it in this sentence ('that date')"));
		return;
	}
	int has_time = tm.due != DATE_NONE || tm.has_period;
	/* an urgent duty, or one due before an event with no period, has a time
	 * of its own though no date ("Proof of service shall be filed promptly") */
	int timed = has_time || tm.immediately || tm.event_bound;
	if (r->cut && !has_time) {
		add_note(r, ba, bb, fname, xstrdup("cut off before it states a time"));
		return;
	}
	if (has_time) {
		r->last_time = tm;
		r->have_last_time = 1;
	}
	/* (a right bounded only by an event is no deadline: "Defendant may
	 * request a plea hearing prior to the trial date"; nor one exercised on
	 * notice: "respondent may move to vacate the stay on three days'
	 * notice") */
	int notice_only = tm.has_period && tm.period.notice && tm.due == DATE_NONE;
	if ((flags & FF_TIME) &&
	    (!timed || ((flags & FF_OPTIONAL) && ((!has_time && !tm.immediately) || notice_only))))
		return;
	/* "should" commands only with a date, a period or an event of its own
	 * ("should respond within 30 days", "should submit ... no later than the
	 * Thursday prior to the conference"); "they should immediately contact
	 * the court" is advice */
	if (!strncmp(fname, "should", 6) && !has_time && !tm.event_bound)
		return;
	/* (nor in what the court notes or believes, "The Court notes that
	 * plaintiff should respond ...", nor a hope, "Ideally, ...") */
	if (!strncmp(fname, "should", 6) &&
	    ((m->start > 0 && token_is(&r->t, &r->tk.v[m->start - 1], "that")) ||
	     timex_find_phrase(r->t.low + ba, "ideally", 0) >= 0 || timex_find_phrase(r->t.low + ba, "not require", 0) >= 0)) {
		add_note(r, ba, bb, fname, xstrdup("'should' as advice, not a command"));
		return;
	}
	if ((flags & FF_DATE) && tm.due == DATE_NONE) {
		add_note(r, ba, bb, fname, xstrdup("its form needs a date, and its clause states none"));
		return;
	}
	const char *untimed = has_time ? NULL : untimed_refusal(r, m, who, ra, rb, act_at, &tm);
	if (untimed) {
		add_note(r, ba, bb, fname, xstrdup(untimed));
		return;
	}
	/* a duty with no time, before the decretal part: kept only if the order
	 * turns out to have none (a short order, docket text) */
	/* (1 before the decretal part, 2 after a title only: kept if no decretal
	 * verb follows) */
	int provisional = !has_time && r->decretal != DECRETAL_MARKED && !tm.invalid ? 1 + (r->decretal == DECRETAL_TITLE) : 0;
	/* a deadline stated as a fact ("The discovery deadline is January 22"),
	 * before the decretal part, recites the schedule in force */
	static const char *const facts[] = {"deadline-is", "deadline-is-period", "required-by", NULL};
	/* (unless it says the deadline is new: "The new deadline is April 14";
	 * "The deadline ... is now March 15") */
	static const char *const changed[] = {"new", "now", "hereby", "revised", "amended", NULL};
	int is_new = 0;
	for (size_t i = ra; i < rb && !is_new; i++)
		is_new = token_among(&r->t, &r->tk.v[i], changed);
	for (int i = 0; facts[i] && !r->decretal && !is_new; i++)
		provisional |= !strcmp(fname, facts[i]);
	/* and so does a case's place on a calendar stated as a fact ("This case
	 * is calendared for trial at the ... Trial Session"): "calendared" says
	 * where the case stands, as "set" does not */
	int cls_calendar_be = lexicon_class("be");
	for (size_t i = ra; i + 1 < rb && r->decretal != DECRETAL_MARKED && !is_new && !strcmp(fname, "setting"); i++)
		if (token_has(&r->tk.v[i], cls_calendar_be, LF_PRES) && token_is(&r->t, &r->tk.v[i + 1], "calendared"))
			provisional = 1 + (r->decretal == DECRETAL_TITLE);
	/* a date before the order's entry is history; so is a hearing on the day
	 * itself (the minute entry of a hearing held), unless the clause sets it
	 * ahead ("Mediation Conference scheduled for 9/12/2022 at 11:00 AM") */
	if (tm.due != DATE_NONE && r->entered != DATE_NONE &&
	    (tm.due < r->entered || (hearing && tm.due == r->entered && !set_ahead(r, m, tm.due)))) {
		char iso[11];
		add_note(r, ba, bb, fname,
			 xasprintf("its date, %s, is before the order was entered: history", date_format(tm.due, iso)));
		return;
	}
	/* attending an event is a hearing, dated or not ("appear at the settlement
	 * conference"); a period makes it a deadline ("appear within 14 days"), and
	 * so does a date it must happen by ("must be held no later than ...") */
	if (hearing && !tm.has_period && !held_by(r, m, tm.due))
		k = "hearing";
	/* "The parties shall appear in person at the ... Courthouse": with no time
	 * and no event of its own, how to attend the event just set */
	if (!strcmp(k, "hearing") && !timed && r->out->n && !strcmp(r->out->items[r->out->n - 1].kind, "hearing") &&
	    r->out->items[r->out->n - 1].due != DATE_NONE && !match_has_class(r, ra, rb, r->cls_event)) {
		add_note(r, ba, bb, fname, xstrdup("says how to attend the event set before it"));
		return;
	}
	/* "All lawyers who will participate in the trial must attend the pretrial
	 * conference": with no time, who attends an event the order has set */
	if (!strcmp(k, "hearing") && !timed && event_set_before(r, ra, rb)) {
		add_note(r, ba, bb, fname, xstrdup("says who attends an event the order set before"));
		return;
	}

	/* "(Final Pretrial conference previously set for 2/15/2019; ...)": the
	 * setting an earlier order made, recited */
	if (m->anchor > 0 && token_has(&r->tk.v[m->anchor - 1], lexicon_class("adv-past"), 0)) {
		add_note(r, ba, bb, fname, xstrdup("an earlier setting, recited ('previously set for')"));
		return;
	}
	/* "This trial shall commence as scheduled on OCTOBER 10, 2012": an event
	 * the order keeps where an earlier one set it ("as scheduled", "as
	 * previously set"; from the frame on: "conditions of release remain as
	 * set ... status hearing set for 9:00 2/2/04" sets the hearing) */
	for (size_t i = m->start > ra ? m->start : ra; !strcmp(k, "hearing") && i + 1 < rb; i++)
		if (token_is(&r->t, &r->tk.v[i], "as") &&
		    (token_has(&r->tk.v[i + 1], r->cls_set, LF_PP) ||
		     (i + 2 < rb && token_has(&r->tk.v[i + 1], lexicon_class("adv-past"), 0) &&
		      token_has(&r->tk.v[i + 2], r->cls_set, LF_PP)))) {
			add_note(r, ba, bb, fname, xstrdup("an event kept as an earlier order set it ('as scheduled')"));
			return;
		}
	/* (made before new_item, which may move the items prev points into) */
	char *action = obligation_action(r, m, !strcmp(k, "hearing"), ra, rb, gap_thing, prev);
	struct extracted *e = new_item(r);
	e->kind = k;
	e->frame = fname;
	e->provisional = provisional;
	if (who_assumed && !strcmp(k, "deadline"))
		e->doubts |= DOUBT_PARTY;
	if (who_inferred && (!strcmp(k, "deadline") || !strcmp(k, "hearing")))
		e->doubts |= DOUBT_PARTY_INFERRED;
	if (kind == FK_COORD)
		e->doubts |= DOUBT_JOINED;
	if (conditional(r, ra, m->start))
		e->doubts |= DOUBT_CONDITION;
	if (match_has_class(r, ra, rb, lexicon_class("adv-past")))
		e->doubts |= DOUBT_RECITAL;
	e->who = xstrdup(who);
	if (how == PARTY_ROLE || how == PARTY_NAME || how == PARTY_BODY)
		utf8_copy(r->pc.last, sizeof r->pc.last, who);
	e->action = action;
	fill_times(e, &tm);
	if (!strcmp(e->kind, "hearing") && e->has_trigger && tm.due == DATE_NONE)
		e->kind = "deadline";
	if (e->minute >= 0 && strcmp(e->kind, "hearing") && e->due == DATE_NONE && !e->has_trigger)
		e->minute = -1;
	e->optional = (flags & FF_OPTIONAL) != 0;
	if (r->scope && (strstr(r->t.low + ba, "parameters set forth") || strstr(r->t.low + ba, "limits set forth") ||
			 strstr(r->t.low + ba, "scope set forth") || strstr(r->t.low + ba, "as limited above")))
		e->scope = xstrdup(r->scope);
	if (!strcmp(e->basis, "none") && !strcmp(e->kind, "deadline"))
		presume_period(e);
	set_quote(r, e, lead < ba ? lead : ba, bb);
	rule_default_apply(e); /* the rule the clause names, if it names one */
	series_end_apply(e);   /* a recurring duty's end, if its sentence states one */
	mark_used(r, m);
	*made = 1;
	/* "The parties shall submit to the Court, by January 27, 2014, the
	 * following:": its items are the papers, due then */
	if (rb == r->tk.n && r->tk.v[rb - 1].type == TK_PUNCT && r->t.low[r->tk.v[rb - 1].a] == ':' && has_time &&
	    m->slot_a[SLOT_ACTION] < m->slot_b[SLOT_ACTION])
		list_heading(r, who, fname, m->slot_a[SLOT_ACTION], ra, ba, banchor, bb, r->out->n - 1);
}

/* ---- segments ---- */

static int is_marker_kind(int f)
{
	return frame_kind(f) == FK_MARKER;
}

static void read_segment_bounded(struct reader *r, size_t si, int in_table);

/* Every search in a segment stops at its end: the text is cut there while it
 * is read (so that reading stays linear in the order's length). */
static void read_segment(struct reader *r, size_t si, int in_table)
{
	const struct segment *sg = &r->seg[si];
	r->cur_seg = si;
	char saved = r->t.low[sg->end];
	r->seg_end_char = saved;
	r->t.low[sg->end] = '\0';
	read_segment_bounded(r, si, in_table);
	r->t.low[sg->end] = saved;
}

/* A caption or a title in capitals ("ORDER TO SHOW CAUSE ... RESPONSE DUE
 * WITHIN 14 DAYS") names what the order does; the order's sentences say it. */
static int caption(const struct reader *r, const struct segment *sg)
{
	size_t upper = 0, letters = 0;
	for (size_t k = sg->start; k < sg->end; k++)
		if (ascii_isalpha((unsigned char)r->t.low[k])) {
			letters++;
			upper += text_is_upper(&r->t, k);
		}
	if (letters < 12 || upper * 10 < letters * 6)
		return 0; /* (not in capitals, even as a caption block's may be) */
	/* the caption block: "JANE DOE, Plaintiff, v. ACME, Defendant." */
	int versus = timex_find_phrase(r->t.low + sg->start, "v.", 0) >= 0 || timex_find_phrase(r->t.low + sg->start, "vs.", 0) >= 0;
	int roles = timex_find_phrase(r->t.low + sg->start, "plaintiff", 0) >= 0 + (timex_find_phrase(r->t.low + sg->start, "defendant", 0) >= 0 ||
		    timex_find_phrase(r->t.low + sg->start, "defendants", 0) >= 0 || timex_find_phrase(r->t.low + sg->start, "respondent", 0) >= 0);
	if (letters < 12 || upper * 10 < letters * (versus && roles ? 6 : 9))
		return 0;
	/* a notice in capitals that dates an event is read ("... ON MAY 31, 2007") */
	for (size_t k = sg->start; k < sg->end; k++) {
		dl_day d;
		size_t e;
		if (timex_word_start(r->t.low, k) && timex_date(r->t.low, k, &d, &e) == DATE_FOUND && e <= sg->end)
			return 0;
	}
	/* a command in capitals is read ("DEBTOR IS TO FILE PROOF OF INSURANCE
	 * WITHIN 7 DAYS"; "CASE STAYED FOR 30 DAYS"): a title has no verb of
	 * duty, nor a participle of a stay (its title says "staying") */
	static const char *const commands[] = {"shall", "ordered", "must", "is to", "are to", "stayed", NULL};
	return !timex_any_phrase(r->t.low + sg->start, commands);
}

static void read_segment_bounded(struct reader *r, size_t si, int in_table)
{
	const struct segment *sg = &r->seg[si];
	int heading = section_heading(r, sg);
	if (heading)
		r->background = heading > 0;
	if (caption(r, sg))
		return;
	tokenize(&r->t, sg->start, sg->end, &r->tk);
	if (!r->tk.n)
		return;
	frames_match(&r->t, &r->tk, &r->fm);
	drop_mistaken_forms(r);
	if (r->fm.n > r->veto_cap)
		r->veto = xrealloc(r->veto, (r->veto_cap = r->fm.n) * sizeof *r->veto);
	for (size_t i = 0; i < r->fm.n; i++) {
		r->veto[i] = NULL;
		if (is_marker_kind(r->fm.v[i].frame))
			r->decretal = DECRETAL_MARKED;
	}
	if (announces_operative(r))
		r->decretal = DECRETAL_MARKED;
	/* "The Court ORDERS Defendant to ...", "Plaintiff is ORDERED to ...": a
	 * decretal verb in capitals opens the decretal part too; the title
	 * "ORDER" opens it unless a decretal verb comes later (the reasoning
	 * between them then only announces what that part orders) */
	int cls_order = lexicon_class("order"), cls_marker = lexicon_class("marker");
	for (size_t i = 0; i < r->tk.n; i++)
		if (r->tk.v[i].caps && (token_has(&r->tk.v[i], cls_order, 0) || token_has(&r->tk.v[i], cls_marker, 0))) {
			/* (a title: "ORDER", "CASE MANAGEMENT ORDER"; not "SERVE THIS ORDER") */
			static const char *const determiners[] = {"this", "the", "that", "such", "said", "any", "an", "a", NULL};
			int title = token_is(&r->t, &r->tk.v[i], "order") &&
				    (i == 0 || (r->tk.v[i - 1].caps && !token_among(&r->t, &r->tk.v[i - 1], determiners)));
			/* ("SO ORDERED" signs the order off) */
			int signed_off = i > 0 && token_is(&r->t, &r->tk.v[i - 1], "so");
			if (signed_off)
				continue;
			if (!title)
				r->decretal = DECRETAL_MARKED;
			else if (r->decretal == DECRETAL_NONE)
				r->decretal = DECRETAL_TITLE;
		}
	if (r->debug_segments)
		for (size_t i = 0; i < r->fm.n; i++)
			fprintf(stderr, "  match %s start=%zu anchor=%zu end=%zu\n", frame_name(r->fm.v[i].frame),
				r->fm.v[i].start, r->fm.v[i].anchor, r->fm.v[i].end);
	apply_vetoes(r);
	quoted_vetoes(r);
	narrative_veto(r);
	for (size_t m = 0; r->background && m < r->fm.n; m++) /* the case's history, told */
		if (!r->veto[m] && frame_kind_operative(frame_kind(r->fm.v[m].frame)))
			r->veto[m] = "history (under a BACKGROUND heading)";
	r->sentence_who[0] = '\0';
	size_t before = r->out->n;
	struct extracted *prev = NULL;
	int first = 1, operative_any = 0, row = 0;
	for (size_t i = 0; i < r->fm.n; i++) {
		const struct frame_match *m = &r->fm.v[i];
		if (!frame_kind_operative(frame_kind(m->frame)))
			continue;
		/* (a verb joined inside a list's item, "(ii) prepare and file a
		 * report", leaves the item to the list) */
		operative_any |= frame_kind(m->frame) != FK_COORD;
		if (r->veto[i]) {
			add_note(r, tok_a(r, m->start), tok_b(r, m->end - 1), frame_name(m->frame),
				 xasprintf("inside a clause judged %s", r->veto[i]));
			continue;
		}
		/* the clause: from this frame (or the sentence's start, for the first)
		 * to where the next operative frame begins */
		size_t ra = first ? 0 : clause_lead(r, m), rb = r->tk.n;
		for (size_t j = i + 1; j < r->fm.n; j++) {
			const struct frame_match *p = &r->fm.v[j];
			if (!frame_kind_operative(frame_kind(p->frame)) || r->veto[j] || p->anchor <= m->anchor ||
			    p->start <= m->anchor)
				continue;
			/* "shall file and serve X by June 5": a joined verb without a
			 * time of its own shares the one that follows, and a duty's verbs
			 * share a time stated before the first of them ("shall, on or
			 * before 11/16/2018, file and serve an opposition", "shall confer
			 * and, no later than April 16, advise"); but when each states a
			 * time of its own, the first before its verb, they are two
			 * ("Within seven days, Respondents shall provide a hearing, and
			 * within one business day thereafter shall advise") */
			if (frame_kind(p->frame) == FK_COORD && strcmp(frame_name(p->frame), "and-shall") &&
			    !has_time_token(r, frame_kind(m->frame) == FK_DEADLINE ? first_verb(r, m->anchor, p->start) : m->anchor,
					    p->start) &&
			    !(has_time_token(r, ra, m->anchor) && has_time_token(r, p->start, first_verb(r, p->start, p->end)))) {
				r->veto[j] = "joined to the verb before it";
				continue;
			}
			/* "shall file a single, complete first amended complaint ... to
			 * amend, not later than December 22": a frame whose subject must
			 * be a party and is none ("complete ... to amend") begins no clause */
			char who[48];
			if ((frame_flags(p->frame) & FF_PARTY) && p->slot_a[SLOT_WHO] < p->slot_b[SLOT_WHO] &&
			    party_of(&r->t, &r->tk, p->slot_a[SLOT_WHO], p->slot_b[SLOT_WHO], &r->pc, who, sizeof who) ==
				    PARTY_NONE)
				continue;
			/* (nor one whose infinitive has no party of its own: "We therefore
			 * order appellant A.A. to file" is the court's command, whole) */
			if (!strncmp(frame_name(p->frame), "to-do", 5) &&
			    (!infinitive_subject(r, p) ||
			     (p->start >= m->slot_a[SLOT_WHO] && p->start < m->slot_b[SLOT_WHO] &&
			      (p->start == m->slot_a[SLOT_WHO] || !(r->tk.v[p->start - 1].type == TK_PUNCT && r->t.low[r->tk.v[p->start - 1].a] == ',')))))
				continue; /* (nor the command's own "X to V": "... and orders the
					   * Honorable Traci Evans to file ...", "the Honorable Gabi
					   * S. Canales to file ...") */
			/* (nor an infinitive inside this frame's own words, before its
			 * subject: "The Tribunal fixes 15 December 2014 as the date for
			 * China to submit ...", whose date it would take) */
			if (!strncmp(frame_name(p->frame), "to-do", 5) && p->start > m->start && p->end <= m->end &&
			    m->slot_a[SLOT_WHO] < m->slot_b[SLOT_WHO] && p->start < m->slot_a[SLOT_WHO])
				continue;
			/* "we abate the appeal and remand the cause to the trial court
			 * to ...": one disposition; the stay's clause runs on through
			 * the remand (which is read as a duty of its own too) */
			if (frame_kind(m->frame) == FK_UNTIL && !strncmp(frame_name(p->frame), "remand", 6))
				continue;
			rb = clause_lead(r, p);
			if (rb <= m->anchor)
				rb = p->start;
			break;
		}
		if (rb <= ra)
			continue;
		size_t made;
		obligation(r, i, ra, rb, prev, &made);
		if (made)
			prev = &r->out->items[r->out->n - 1];
		first = 0;
	}
	/* (an item that asks, "1. Has a vaccine been made available to you?", is
	 * a question the heading's paper answers, not a paper or step of its own) */
	size_t last = r->seg[si].end;
	while (last > r->seg[si].start && strchr("\"') ", low_at(r, last - 1)))
		last--;
	int asks = last > r->seg[si].start && low_at(r, last - 1) == '?';
	if (r->out->n == before && !operative_any && r->list_who[0] && r->seg[si].list_item && asks) {
		add_note(r, r->seg[si].start, r->seg[si].end, r->list_frame ? r->list_frame : "list",
			 xstrdup("a question the list's heading asks to be answered, not a duty of its own"));
	} else if (r->out->n == before && !operative_any && r->list_who[0] && r->seg[si].list_item) {
		/* (the steps under a heading that is a duty of its own, "The trial
		 * court shall, within fourteen days:", are that duty's) */
		if (r->list_head == SIZE_MAX)
			list_item_duty(r);
		if (r->out->n == before && r->list_verb[0])
			list_item_paper(r);
	}
	else if (r->out->n == before && !recited_any(r) && !r->background &&
		 !(r->list_reported && r->seg[si].list_item))
		row = table_row(r, in_table); /* (a recital is no row: "... expired October 25, 1968") */
	if (row || (r->row_after && r->row_after == si && r->out->n == before && row_note(r)))
		r->row_after = si + 1; /* (a row's note, between rows, does not end the schedule) */
	/* the party of a list lasts through its items, and that of a schedule
	 * through its rows and the lines among them, until the next command */
	int header = r->tk.n && r->tk.v[r->tk.n - 1].type == TK_PUNCT && r->t.low[r->tk.v[r->tk.n - 1].a] == ':';
	int marker = 0;
	for (size_t i = 0; i < r->fm.n; i++)
		marker |= frame_kind(r->fm.v[i].frame) == FK_MARKER;
	/* (a heading that reports, and says nothing of the court: not "The
	 * parties propose the following schedule, which the Court adopts:") */
	if (header) {
		int court = 0, cls_court = lexicon_class("court");
		for (size_t i = 0; i < r->tk.n && !court; i++)
			court = token_has(&r->tk.v[i], cls_court, 0);
		r->list_reported = !court && recited_any(r);
	}
	/* (an item's further sentences, in its paragraph, do not end the list) */
	int same_para = si > 0 && !memchr(r->t.low + r->seg[si - 1].end, '\n', r->seg[si].start - r->seg[si - 1].end) &&
			r->list_who[0] && r->list_verb[0] && r->list_timed;
	/* (a heading that ends without its colon, "Respondents must,") */
	int headed = r->list_who[0] && r->list_head_at == r->seg[si].start;
	if (!header && !headed && !r->seg[si].list_item && (!r->schedule || marker) && !row && !same_para)
		end_list(r);
}

void extract_order_with(const char *text, size_t len, const struct extract_options *opt,
			struct extraction *out)
{
	reader_tables_init();
	struct reader r;
	memset(&r, 0, sizeof r);
	memset(out, 0, sizeof *out);
	r.out = out;
	r.orig = text;
	r.orig_len = len;
	r.entered = opt ? opt->entered : DATE_NONE;
	timex_year_reference(r.entered, 30);
	r.explain = opt ? opt->explain : 0;
	r.list_head = SIZE_MAX;
	r.list_first = SIZE_MAX;
	out->nframes = frame_count();
	out->nlexicon = lexicon_entry_count();
	out->frames_used = xcalloc(out->nframes / 8 + 1, 1);
	out->lexicon_used = xcalloc(out->nlexicon / 8 + 1, 1);
	r.cls_event = lexicon_class("event");
	r.cls_attend = lexicon_class("attend");
	r.cls_act = lexicon_class("act");
	r.cls_set = lexicon_class("set");
	r.cls_stay = lexicon_class("stay");
	r.cls_party = lexicon_class("party");
	r.debug_segments = getenv("DL_DEBUG_SEGMENTS") != NULL;
	text_init(&r.t, text, len);
	r.nseg = text_segments(&r.t, &r.seg);
	r.seg_facts = xcalloc(r.nseg ? r.nseg : 1, 1);
	r.pc.us_plaintiff = strstr(r.t.low, "united states v.") || strstr(r.t.low, "united states of america v.") ||
			    strstr(r.t.low, "usa v.");
	party_read_caption(&r.pc, &r.t);
	/* (a respondent alone is a petition's only with the federal courts'
	 * "answering brief": in New York's appellate courts the respondent
	 * answers an appellant) */
	r.petition = strstr(r.t.low, "petitioner") != NULL ||
		     (strstr(r.t.low, "respondent") != NULL && strstr(r.t.low, "answering brief") != NULL);
	r.appeal = strstr(r.t.low, "appellant") != NULL || strstr(r.t.low, "appellee") != NULL ||
		   (opt && opt->appellate && !r.petition);
	/* (both, as in the 9th Circuit's "petitioner(s)/appellant(s)": the one
	 * the order speaks of more, "Appeal No ... dismissal of the appeal") */
	if (r.petition && r.appeal) {
		size_t appeals = count_of(r.t.low, "appeal"), petitions = count_of(r.t.low, "petition");
		r.petition = petitions > appeals;
		r.appeal = appeals > petitions;
	}
	r.pc.petition = r.petition;
	r.bankruptcy = (opt && opt->bankruptcy) || strstr(r.t.low, "debtor") || strstr(r.t.low, "bankruptcy") ||
		       strstr(r.t.low, "chapter 7") || strstr(r.t.low, "chapter 11") || strstr(r.t.low, "chapter 13");
	r.class_settlement = strstr(r.t.low, "settlement class") || strstr(r.t.low, "class settlement") ||
			     strstr(r.t.low, "fairness hearing") || strstr(r.t.low, "final approval");
	/* (a notice to the public: it names interested persons or public
	 * comment, or has the Federal Register's headings "AGENCY:" and
	 * "ACTION:") */
	static const char *const to_the_public[] = {"interested person", "interested persons", "public comment", "comment date",
						    "comments from the public", NULL};
	r.public_notice = timex_any_phrase(r.t.low, to_the_public) ||
			  (strstr(r.t.low, "agency:") && strstr(r.t.low, "action:"));
	/* (the order grants a motion to stay: its title says so, or it names
	 * such a motion and grants: "By these motions, defendants seek an order
	 * staying discovery ... the motions are GRANTED"; "defendants-appellants
	 * having moved for a stay of enforcement ... pending the hearing and
	 * determination of the appeal ..., It is ordered that the motion is
	 * granted") */
	static const char *const stay_motions[] = {"motion to stay", "motions to stay", "motion for a stay",
						   "motion for stay", "seek an order staying", "seeks an order staying",
						   "move to stay", "moves to stay", "moved to stay", "moved for a stay",
						   "moves for a stay", "for a stay pending", NULL};
	r.title_stay = (strstr(r.t.low, "granting") || strstr(r.t.low, "granted")) &&
		       timex_any_phrase(r.t.low, stay_motions);
	size_t ta, tb;
	r.title_until = until_title_span(r.t.low, r.t.len, &ta, &tb) ? text_copy(&r.t, ta, tb) : NULL;
	r.title_until_at = r.title_until ? ta : 0;
	text_drop_norm(&r.t); /* (the text is split: low and the case bits are enough) */
	/* with the order's date unknown, a date with no year is read in the
	 * year of the last date stated in the sentences before its own, as of
	 * the order's date; before the first, in the year nearest the first */
	dl_day context = DATE_NONE, day;
	size_t first_at = 0;
	int dated_before = 0;
	if (r.entered == DATE_NONE && timex_next_full_date(r.t.low, &first_at, r.t.len, &day))
		context = day;
	for (size_t i = 0; i < r.nseg; i++) {
		const struct segment *sg = &r.seg[i];
		if (context != DATE_NONE)
			timex_year_reference(context, dated_before ? 30 : 182);
		/* an excerpt cut off mid-sentence: what the cut sentence still states
		 * completely is kept, with a warning */
		r.cut = i + 1 == r.nseg && !strchr(".;:!?)\"", r.t.low[sg->end - 1]);
		if (i == 0 || (sg->start > r.seg[i - 1].end &&
			       memchr(r.t.low + r.seg[i - 1].end, '\n', sg->start - r.seg[i - 1].end))) {
			r.in_quote = 0; /* a quotation does not run past its paragraph */
			/* a docket entry the clerk marked void ("ENTERED IN ERROR....",
			 * "(ENTERED IN ERROR) Document re: ...") commands nothing */
			size_t p = sg->start;
			while (p < sg->end && (r.t.low[p] == '(' || r.t.low[p] == '*' || r.t.low[p] == ' '))
				p++;
			r.void_entry = timex_phrase_at(r.t.low, p, "entered in error");
			if (r.void_entry)
				add_note_at(&r, sg->start, sg->end, "entered-in-error",
					    xstrdup("the docket entry is marked ENTERED IN ERROR: void"));
		}
		if (sg->end - sg->start < 6 || r.void_entry)
			continue;
		/* "Discovery shall be limited to ..." sets the scope the duties refer to */
		char saved = r.t.low[sg->end];
		r.t.low[sg->end] = '\0';
		long lim = timex_find_phrase(r.t.low + sg->start, "limited to", 0);
		if (lim >= 0 && (timex_find_phrase(r.t.low + sg->start, "shall be limited", 0) >= 0 ||
				 timex_find_phrase(r.t.low + sg->start, "is limited", 0) >= 0 ||
				 timex_find_phrase(r.t.low + sg->start, "are limited", 0) >= 0)) {
			free(r.scope);
			r.scope = trimmed_copy(&r.t, sg->start + (size_t)lim, sg->end);
		}
		r.t.low[sg->end] = saved;
		if (r.debug_segments) {
			char *words = text_copy(&r.t, sg->start, sg->end);
			fprintf(stderr, "[%zu]%s%s %s\n", i, sg->list_item ? " item" : "", sg->after_header ? " hdr" : "", words);
			free(words);
		}
		size_t made = out->n;
		unsigned long inferred = timex_years_inferred();
		read_segment(&r, i, segment_in_table(&r, i));
		for (size_t k = made; context != DATE_NONE && timex_years_inferred() != inferred && k < out->n; k++)
			out->items[k].doubts |= DOUBT_YEAR;
		for (size_t k = 0; context != DATE_NONE && k < r.tk.n; k++)
			if (r.tk.v[k].day != DATE_NONE && token_states_year(&r.t, &r.tk.v[k])) {
				context = r.tk.v[k].day;
				dated_before = 1;
			}
		for (size_t k = made; r.cut && k < out->n; k++) {
			out->items[k].doubts |= DOUBT_CUT;
			if (!out->items[k].warning)
				out->items[k].warning = xstrdup("the text is cut off in this sentence: check the order");
		}
	}
	end_list(&r);
	/* duties with no time before the decretal part, when there was one; an
	 * abatement with no end when the order says when the appeal is
	 * reinstated ("This appeal is ABATED ... The appeal shall be reinstated
	 * thirty days from ...": one abatement, which ends then) */
	int reinstated = 0;
	for (size_t i = 0; i < out->n; i++)
		reinstated |= out->items[i].frame && !strcmp(out->items[i].frame, "reinstated") &&
			      (out->items[i].has_trigger || out->items[i].due != DATE_NONE);
	size_t w = 0;
	for (size_t i = 0; i < out->n; i++) {
		struct extracted *e = &out->items[i];
		if (e->frame && !strcmp(e->frame, "reinstated") && !e->has_trigger && e->due == DATE_NONE) {
			/* ("will be reinstated when the findings are filed": the
			 * abatement's end, which its own sentence gives) */
			add_note_at(&r, e->quote_start, e->quote_end, e->frame,
				    xstrdup("when the appeal is reinstated, with no time: the abatement's end"));
			item_free(e);
		} else if ((e->provisional == 1 && r.decretal) || (e->provisional == 2 && r.decretal == DECRETAL_MARKED)) {
			add_note_at(&r, e->quote_start, e->quote_end, e->frame,
				    xstrdup("a duty with no time, before the decretal part"));
			item_free(e);
		} else if (reinstated && !strcmp(e->kind, "until") && strcmp(e->frame, "reinstated") &&
			   (e->doubts & DOUBT_OPEN_STAY)) {
			add_note_at(&r, e->quote_start, e->quote_end, e->frame,
				    xstrdup("an abatement whose end the order states where it reinstates the appeal"));
			item_free(e);
		} else {
			out->items[w++] = *e;
		}
	}
	out->n = w;
	for (size_t i = 0; i < out->n && r.decretal != DECRETAL_MARKED; i++)
		out->items[i].before_decree = 0;
	size_t *breaks = xmalloc((r.t.len ? r.t.len : 1) * sizeof *breaks), nbreaks = 0;
	for (size_t i = 0; i < r.t.len; i++)
		if (r.t.low[i] == '\n')
			breaks[nbreaks++] = text_orig(&r.t, i);
	tidy(out, &(struct order_text){text, breaks, nbreaks}, r.entered);
	free(breaks);
	assess(out, r.decretal);
	free(r.scope);
	free(r.title_until);
	free(r.seg);
	free(r.seg_facts);
	free(r.veto);
	tokens_free(&r.tk);
	frame_matches_free(&r.fm);
	text_free(&r.t);
	timex_year_reference(DATE_NONE, 0);
}

void extract_order(const char *text, size_t len, struct extraction *out)
{
	extract_order_with(text, len, NULL, out);
}

void extraction_free(struct extraction *x)
{
	for (size_t i = 0; i < x->n; i++)
		item_free(&x->items[i]);
	for (size_t i = 0; i < x->nnotes; i++)
		free(x->notes[i].why);
	free(x->items);
	free(x->notes);
	free(x->frames_used);
	free(x->lexicon_used);
	memset(x, 0, sizeof *x);
}
