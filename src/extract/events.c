/*
 * events.c: what a setting or an attendance sets (reader.h). Whether a
 * match names an event, a hearing on the calendar, rather than a deadline
 * ("This case is set for jury trial on ...", "appear at the settlement
 * conference"), or is no setting at all (the court's own past act, a noun,
 * an event named as the object of another word); the day a setting sets
 * (the first after its verb, not one its noun phrase recites); and whether
 * an event's date is one it must be held by, or one the clause sets ahead.
 */
#include "reader.h"

#include "ascii.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "timex.h"

/* The words for a whole case, which a setting may name as what it sets
 * ("This appeal shall be calendared during the week of December 6"). */
static const char *const case_words[] = {"appeal", "case", "matter", "cause", "action", NULL};

int names_case(const struct reader *r, size_t i)
{
	return token_among(&r->t, &r->tk.v[i], case_words);
}

int names_caption(const struct reader *r, size_t a, size_t b)
{
	static const char *const versus[] = {"v", "vs", NULL};
	/* (the slot may begin after the "v.", whose stop opened a clause; a name
	 * stands before the "v" at i - 1, another after its stop at i + 2) */
	for (size_t i = a > 2 ? a - 2 : 1; i + 2 < b && i + 2 < r->tk.n; i++)
		if (token_among(&r->t, &r->tk.v[i], versus) && r->tk.v[i + 1].type == TK_PUNCT &&
		    r->t.low[r->tk.v[i + 1].a] == '.' && r->tk.v[i - 1].initcap && r->tk.v[i + 2].initcap)
			return 1;
	return 0;
}

/* Does the verb phrase at token i (to token end) attend an event ("appear",
 * "attend", "be present"), past an adverb or two ("shall personally
 * appear")? */
static int action_attends(const struct reader *r, size_t i, size_t end)
{
	static const char *const skip[] = {"personally", "also", "then", "both", "hereby", NULL};
	while (i < end) {
		int skipped = 0;
		for (int k = 0; skip[k]; k++)
			skipped |= token_is(&r->t, &r->tk.v[i], skip[k]);
		if (!skipped)
			break;
		i++;
	}
	return i < end && (token_has(&r->tk.v[i], r->cls_attend, 0) ||
			   (token_is(&r->t, &r->tk.v[i], "be") && i + 1 < end &&
			    token_is(&r->t, &r->tk.v[i + 1], "present")));
}

/* Is match m's verb a setting ("the hearing is set for"), and not the court's
 * own past act ("the Court previously set May 1") or a noun ("a Single Set of")? */
static int setting_verb_ok(const struct reader *r, const struct frame_match *m)
{
	size_t wa = m->slot_a[SLOT_WHAT], wb = m->slot_b[SLOT_WHAT];
	if (wa < wb && token_has(&r->tk.v[np_head(r, wa, wb)], lexicon_class("court"), 0))
		return 0;
	static const char *const determiners[] = {"a",	  "an",	    "the",   "single",
						  "one",  "each",   "every", "this",
						  "that", "second", "first", NULL};
	for (size_t i = m->anchor; i < m->end; i++)
		if (token_has(&r->tk.v[i], r->cls_set, 0)) {
			for (int d = 0; i > 0 && determiners[d]; d++)
				if (token_is(&r->t, &r->tk.v[i - 1], determiners[d]))
					return 0;
			/* ("the deadlines set forth by the Magistrate Judge on
			 * February 25": what a noun's participle says was stated,
			 * not set; but "disputes ... shall be set forth in such
			 * motions no later than ..." is a duty to state them) */
			if (i > 0 && i + 1 < r->tk.n &&
			    (token_is(&r->t, &r->tk.v[i + 1], "forth") || token_is(&r->t, &r->tk.v[i + 1], "out")) &&
			    !token_has(&r->tk.v[i - 1], lexicon_class("be"), 0))
				return 0;
			break;
		}
	return 1;
}

/* Does an event named in tokens [a, b) ("the pretrial conference") match a
 * hearing with a date extracted before it? */
int event_set_before(const struct reader *r, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		const struct token *k = &r->tk.v[i];
		if (!token_has(k, r->cls_event, 0))
			continue;
		char word[32];
		snprintf(word, sizeof word, "%.*s", (int)(k->b - k->a < 31 ? k->b - k->a : 31),
			 r->t.low + k->a);
		for (size_t j = 0; j < r->out->n; j++) {
			const struct extracted *e = &r->out->items[j];
			if (!strcmp(e->kind, "hearing") && e->due != DATE_NONE && e->action &&
			    strcasestr(e->action, word))
				return 1;
		}
	}
	return 0;
}

/* The token of the clause, from the frame's anchor on, that is the date
 * due; r->tk.n if none is. */
static size_t date_token(const struct reader *r, const struct frame_match *m, dl_day due)
{
	for (size_t i = m->anchor; due != DATE_NONE && i < r->tk.n; i++)
		if (r->tk.v[i].type == TK_DATE && r->tk.v[i].day == due)
			return i;
	return r->tk.n;
}

/* Is the event's date one it must take place by ("no later than", "by",
 * "on or before"), not the day it is set for? */
int held_by(const struct reader *r, const struct frame_match *m, dl_day due)
{
	size_t i = date_token(r, m, due);
	if (i == r->tk.n || i == 0)
		return 0;
	/* (past a ruled table's cell rule and the label's colon: "held no
	 * later than | January 20, 2025 |", "conducted on or before: | March
	 * 22, 2024") */
	while (i > 1 && r->tk.v[i - 1].type == TK_PUNCT && strchr("|:", r->t.low[r->tk.v[i - 1].a]))
		i--;
	const struct token *p = &r->tk.v[i - 1];
	return token_is(&r->t, p, "by") || token_is(&r->t, p, "than") ||
	       (token_is(&r->t, p, "before") && i >= 3 && token_is(&r->t, &r->tk.v[i - 3], "on"));
}

/* Is the date due set ahead by the clause: "set for DATE", "scheduled for
 * DATE", "continued to DATE", "to be held on DATE", a command to appear on
 * DATE? (A hearing the order sets
 * for the day it is entered, as against the minute entry of one held, or the
 * "signed on" date of an order setting one.) */
int set_ahead(const struct reader *r, const struct frame_match *m, dl_day due)
{
	size_t i = date_token(r, m, due);
	if (i == r->tk.n)
		return 0;
	if (i >= 3 && r->tk.v[i - 1].type == TK_TIME)
		i--; /* ("status hearing set for 9:00 2/2/04") */
	if (i < 2)
		return 0;
	const struct token *cue = &r->tk.v[i - 1], *verb = &r->tk.v[i - 2];
	/* (the court's present act in the gerund, whatever lies between it
	 * and its "for": "IT IS ORDERED setting an ex parte hearing in this
	 * matter for January 9, 2020") */
	if (token_is(&r->t, cue, "for") && !strcmp(frame_name(m->frame), "setting-gerund"))
		return 1;
	/* (a command to attend, which a minute entry of a hearing held never
	 * words so: "the parties shall appear for a Zoom conference on July
	 * 4, 2025, at 12:30 p.m.") */
	if (!strcmp(frame_name(m->frame), "shall-appear"))
		return 1;
	if (token_is(&r->t, cue, "for") || token_is(&r->t, cue, "to"))
		return token_has(verb, r->cls_set, LF_PP);
	return token_is(&r->t, cue, "on") && token_is(&r->t, verb, "held") && i >= 3 &&
	       token_is(&r->t, &r->tk.v[i - 3], "be");
}

/* Does setting m's thing name a stay ("the abatement of this case is
 * continued for thirty days", "The stay is extended until ..."), not an
 * event ("The stay hearing is continued to ...")? */
int continues_stay(const struct reader *r, const struct frame_match *m)
{
	size_t a = m->slot_a[SLOT_WHAT], b = m->slot_b[SLOT_WHAT];
	if (a >= b || match_has_class(r, a, b, r->cls_event))
		return 0;
	if (is_article(&r->t, &r->tk.v[a]))
		a++;
	static const char *const stays[] = {"stay", "abatement", NULL};
	return a < b && token_among(&r->t, &r->tk.v[a], stays);
}

/* Does setting m put off a whole class of events to a day or an order ("All
 * civil and criminal proceedings ... are continued until April 15, 2020"),
 * not move one event to a new day ("The hearing is continued until May 5")?
 * Held like a stay until then (all-events-put-off reads it). */
static int puts_off_events(const struct reader *r, const struct frame_match *m)
{
	static const char *const all[] = {"all", "any", NULL};
	static const char *const verbs[] = {"continued", "postponed", "suspended", "cancelled", "canceled", NULL};
	static const char *const ends[] = {"until", "through", "pending", NULL};
	size_t a = m->slot_a[SLOT_WHAT], b = m->slot_b[SLOT_WHAT], v = m->anchor;
	while (v + 1 < m->end && !token_among(&r->t, &r->tk.v[v], verbs))
		v++;
	if (a >= b || !token_among(&r->t, &r->tk.v[a], all) || v + 1 >= r->tk.n ||
	    !token_among(&r->t, &r->tk.v[v], verbs) || !token_among(&r->t, &r->tk.v[v + 1], ends))
		return 0;
	for (size_t i = a; i < b; i++)
		if (token_has(&r->tk.v[i], r->cls_event, LF_PL))
			return 1;
	return 0;
}

/* Does setting m hold rather than set: a stay continued, or a class of
 * events put off? (event_kind refuses it as a setting; vetoes.c lets the
 * until-frame of the same clause stand) */
int setting_holds(const struct reader *r, const struct frame_match *m)
{
	return continues_stay(r, m) || puts_off_events(r, m);
}

/* Is setting m's thing [sa, sb) a motion, and its verb one that moves a day
 * ("continued", "reset", "rescheduled"), with no deadline named? */
static int motion_moved(const struct reader *r, const struct frame_match *m, size_t sa, size_t sb)
{
	static const char *const moves[] = {"continued", "reset", "re-set", "rescheduled", NULL};
	static const char *const limits[] = {"deadline", "deadlines", "time", "date", "response", "briefing", NULL};
	int motion = 0, moved = 0, cls_motion = lexicon_class("motion");
	for (size_t i = sa; i < sb; i++) {
		if (token_among(&r->t, &r->tk.v[i], limits))
			return 0;
		motion |= token_has(&r->tk.v[i], cls_motion, 0);
	}
	for (size_t i = m->anchor; i < m->end && i < r->tk.n; i++)
		moved |= token_among(&r->t, &r->tk.v[i], moves);
	return motion && moved;
}

const char *event_kind(struct reader *r, const struct frame_match *m, size_t rb, size_t act_at,
		       const struct extracted *prev, int *hearing)
{
	enum frame_kind kind = frame_kind(m->frame);
	*hearing = kind == FK_HEARING;
	if (kind == FK_SETTING && !setting_verb_ok(r, m)) {
		return "'set' here is the court's act or a noun, not a setting";
	}
	/* "The schedule is set as follows: Mediation Questionnaire due on
	 * 05/21/2019. ...": the verb announces the rows after its colon, each a
	 * duty of its own, and sets no date itself (not an event set so: "The
	 * hearing is set as follows: June 5, 2020 at 10:00 a.m.") */
	int names_event = match_has_class(r, m->slot_a[SLOT_WHAT], m->slot_b[SLOT_WHAT], r->cls_event);
	for (size_t i = m->anchor + 1; kind == FK_SETTING && !names_event && i < m->end; i++)
		if (r->tk.v[i].type == TK_PUNCT && r->t.low[r->tk.v[i].a] == ':' &&
		    (token_is(&r->t, &r->tk.v[i - 1], "follows") || token_is(&r->t, &r->tk.v[i - 1], "following")))
			return "announces the schedule after its colon; its rows are the duties";
	/* "the abatement of this case is continued for thirty days": a stay goes
	 * on (stay-continued reads it), no event is set */
	if (kind == FK_SETTING && setting_holds(r, m))
		return "continues a stay or puts off a class of events: no event is set";
	if (kind == FK_SETTING && setting_names_subject(r, m)) {
		return "names the event that the verb after it moves or ends";
	}
	if (kind == FK_SETTING && setting_is_object(r, m)) {
		return "names an event already set, as the object of another word";
	}
	if ((kind == FK_SETTING || kind == FK_HEARING) && setting_reduced(r, m) &&
	    moved_later(r, m->end)) {
		return "the date an event had before this sentence moves it";
	}
	if (kind == FK_SETTING) {
		size_t sa = m->slot_a[SLOT_WHAT], sb = m->slot_b[SLOT_WHAT];
		/* "This case is set for jury trial on ...": the event may follow the verb;
		 * "If a hearing is necessary, it is set for ...": a pronoun stands for
		 * the event named before it */
		int event = match_has_class(r, sa, sb, r->cls_event) ||
			    match_has_class(r, m->anchor, m->end, r->cls_event);
		if (!event && sb == sa + 1 && token_has(&r->tk.v[sa], lexicon_class("pronoun"), 0))
			event = match_has_class(r, 0, sa, r->cls_event);
		/* "This appeal shall be calendared during the week of December 6":
		 * a case set for a day is set to be heard */
		if (!event && sb > sa && names_case(r, sb - 1))
			event = 1;
		/* "13CECG03503 Munoz v. Tarlton & Co. is continued to 3:30 p.m. on
		 * November 27": a case named by its caption, set to be heard */
		if (!event && names_caption(r, sa, m->anchor))
			event = 1;
		/* (the noun phrase's head may lie past the slot a gap ends: "The
		 * court extends the mediation deadline to 7/8/2022") */
		static const char *const np_ends[] = {"to", "until", "through", "from", "for",
						      "of", "on",    "in",	"by",	"and",
						      "at", "is",    "are",	NULL};
		while (sb > sa && sb < m->end && r->tk.v[sb].type == TK_WORD &&
		       !token_among(&r->t, &r->tk.v[sb], np_ends))
			sb++;
		/* a deadline or a time is not an event ("the Mediation deadline"),
		 * nor a party's own named before the event ("Defendant's time to
		 * answer"); a party after the event is what it is about ("the hearing
		 * on defendants Motion ... is CONTINUED to 3/15/17") */
		size_t head = sa;
		while (head < sb && !token_has(&r->tk.v[head], r->cls_event, 0))
			head++;
		int cls_limit = lexicon_class("limit"), limit = 0; /* (deadline, cutoff) */
		for (size_t i = sa; i < sb; i++) {
			limit |= token_has(&r->tk.v[i], cls_limit, 0) && !token_is(&r->t, &r->tk.v[i], "day") &&
				 !token_is(&r->t, &r->tk.v[i], "days");
			if (limit || token_is(&r->t, &r->tk.v[i], "time") ||
			    (i < head && token_has(&r->tk.v[i], r->cls_party, 0)))
				event = 0;
		}
		*hearing = event;
		/* a setting at a time of day is an event, whatever it is called
		 * ("Group B ... is scheduled for September 12, 2017, at 1:00 p.m.") */
		for (size_t i = m->anchor; !*hearing && i < r->tk.n && i < m->end + 3; i++) {
			if (r->tk.v[i].type != TK_DATE)
				continue;
			size_t j = i + 1;
			while (j < r->tk.n && j <= i + 3 &&
			       (r->tk.v[j].type == TK_PUNCT || token_is(&r->t, &r->tk.v[j], "at")))
				j++;
			*hearing = (j < r->tk.n && j <= i + 3 && r->tk.v[j].type == TK_TIME) ||
				   (i > m->anchor &&
				    r->tk.v[i - 1].type ==
					    TK_TIME); /* ("scheduled For 2:00 10/13/98") */
		}
		/* a motion continued to a day is heard that day ("Motion for
		 * Reconsideration CONTINUED to the law and motion calendar of July
		 * 8, 2026"), not a time the motion itself keeps */
		if (!*hearing && !limit && motion_moved(r, m, sa, sb)) /* (not "Dispositive Motion Cutoff re-set for") */
			*hearing = 1;
	}
	if ((kind == FK_DEADLINE || kind == FK_COORD) && action_attends(r, act_at, rb))
		*hearing = 1;
	if (kind == FK_COORD && prev && !strcmp(prev->kind, "hearing") &&
	    !action_attends(r, act_at, rb))
		*hearing = 0;
	return NULL;
}

/* A setting's date is the first after its verb ("reset for the period of
 * December 15-20"), not one its noun phrase recites ("set for October 20") */
void setting_day(struct reader *r, const struct frame_match *m, size_t rb, struct times *tm)
{
	/* (past the frame's end to the new date when the old one ends it:
	 * "has been moved from August 26, 2022, to August 5, 2022") */
	size_t end = m->end;
	for (size_t i = m->anchor; i < end && i < r->tk.n; i++) {
		const struct token *dk = &r->tk.v[i];
		if (dk->type != TK_DATE || dk->day == DATE_NONE)
			continue;
		if (i > 0 && token_is(&r->t, &r->tk.v[i - 1], "from")) {
			if (i + 1 == end && end + 3 <= r->tk.n)
				end += 3;
			continue;
		}
		/* ("a status conference ... for some time after April 1": no day yet) */
		if (i > 0 && token_is(&r->t, &r->tk.v[i - 1], "after"))
			break;
		/* ("CONTINUES the jury trial scheduled for August 25, 2014, to
		 * Monday, October 20, 2014": the day the noun's participle recites
		 * gives way to the one after "to") */
		if (i >= 2 &&
		    (token_is(&r->t, &r->tk.v[i - 1], "for") ||
		     token_is(&r->t, &r->tk.v[i - 1], "on")) &&
		    token_has(&r->tk.v[i - 2], r->cls_set, LF_PP)) {
			size_t j = i + 1, to = 0;
			for (; j < rb && j < i + 8 && !to; j++) {
				if (r->tk.v[j].type != TK_DATE || r->tk.v[j].day == DATE_NONE)
					continue;
				size_t c =
					j; /* (past a weekday before the date: "to Monday, October 20") */
				while (c > i + 1 &&
				       (r->tk.v[c - 1].type == TK_PUNCT || token_is_weekday(r, c - 1)))
					c--;
				to = token_is(&r->t, &r->tk.v[c - 1], "to") ||
				     token_is(&r->t, &r->tk.v[c - 1], "until");
			}
			if (to) {
				tm->due = r->tk.v[j - 1].day;
				break;
			}
		}
		if (i >= m->end && !token_is(&r->t, &r->tk.v[i - 1], "to") &&
		    !token_is(&r->t, &r->tk.v[i - 1], "until"))
			break;
		tm->due = dk->day;
		break;
	}
}
