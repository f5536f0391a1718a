/*
 * when.c: when a duty is due, from its clause: the times the clause states
 * (times.c finds them in its text), a time set off before the clause
 * ("ORDERING on or before 8/4/2010, defendant shall ..."), the obligation a
 * "thereafter" runs after, the obligation's fields filled from them, and the
 * period presumed for a duty that states none.
 */
#include "reader.h"

#include "ascii.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

/* Defaults for duties an order states without a time. Each is documented in
 * `deadlines help extract` and flagged "presumed" wherever it is shown. */
static const struct {
	const char *const *needs; /* all of these words must be in the action */
	const char *const *any;   /* and one of these */
	long days;                /* after entry of the order */
	const char *cite;
} defaults[] = {
	{(const char *const[]){NULL},
	 (const char *const[]){"discovery", "interrogator", "requests for production",
			       "request for production", "requests for admission", NULL},
	 30, "FRCP 33(b)(2), 34(b)(2)(A), 36(a)(3) by analogy: 30 days to respond to discovery"},
	{(const char *const[]){"produce", NULL}, (const char *const[]){"document", "information", "records", NULL},
	 30, "FRCP 34(b)(2)(A) by analogy: 30 days to produce"},
};

void presume_period(struct extracted *e)
{
	char *act = xstrdup(e->action ? e->action : "");
	for (char *p = act; *p; p++)
		*p = (char)ascii_tolower((unsigned char)*p);
	for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
		int ok = 1;
		for (int k = 0; defaults[i].needs[k]; k++)
			ok &= strstr(act, defaults[i].needs[k]) != NULL;
		int any = 0;
		for (int k = 0; defaults[i].any[k]; k++)
			any |= strstr(act, defaults[i].any[k]) != NULL;
		if (ok && any) {
			e->basis = "presumed";
			e->presumed_n = defaults[i].days;
			e->presumed_cite = defaults[i].cite;
			break;
		}
	}
	free(act);
}

void fill_times(struct extracted *e, const struct times *tm)
{
	e->due = tm->due;
	e->minute = tm->minute;
	e->whichever = tm->whichever;
	e->immediately = tm->immediately;
	if (tm->has_period) {
		e->has_trigger = 1;
		e->n = tm->period.n;
		e->unit = tm->period.unit;
		e->before = tm->period.before;
		free(e->event);
		e->event = xstrdup(tm->period.event);
		if (tm->period.recurring)
			e->kind = "recurring";
	}
	if (tm->invalid) {
		e->warning = xasprintf("the order states a date that does not exist ('%s'); no date "
				       "was taken from it",
				       tm->invalid_text);
		e->doubts |= DOUBT_BAD_DATE;
	}
	e->basis = e->due != DATE_NONE || e->has_trigger ? "stated" : "none";
}

/* "seven days thereafter": after the obligation the order stated just
 * before, in this sentence or the one before it, named by its action ("the
 * deadline to file Oppositions to the motion", "the Rule 26(f) meeting");
 * else "the time stated before it" */
static void name_thereafter(const struct reader *r, struct timex_period *p)
{
	if (!r->out->n || r->cur_seg > r->last_item_seg + 1) {
		snprintf(p->event, sizeof p->event, "the time stated before it");
		return;
	}
	const struct extracted *prev = &r->out->items[r->out->n - 1];
	const char *action = prev->action ? prev->action : "";
	char *name = !strcmp(prev->kind, "hearing") && !strncmp(action, "attend ", 7)
			     ? xstrdup(action + 7)
			     : xasprintf("the deadline to %s", action);
	utf8_copy(p->event, sizeof p->event, name); /* (cut at a character's edge) */
	free(name);
}

/* The times of the clause [ra, rb) (bytes), searched from the frame's anchor
 * first, then from the clause's beginning (a leading "Within 14 days, ...";
 * "within 7 days of the ruling the parties shall": the event ends where the
 * subject begins). */
void clause_times(struct reader *r, size_t ra, size_t subject, size_t anchor, size_t rb, int hearing,
		  struct times *tm)
{
	char saved = r->t.low[rb];
	r->t.low[rb] = '\0';
	find_times(r->t.low, anchor, rb, hearing, r->entered, tm);
	if (tm->due == DATE_NONE && !tm->has_period && subject > ra && subject < anchor) {
		char at_subject = r->t.low[subject];
		r->t.low[subject] = '\0';
		find_times(r->t.low, ra, subject, hearing, r->entered, tm);
		r->t.low[subject] = at_subject;
	}
	if (tm->due == DATE_NONE && !tm->has_period && anchor > ra)
		find_times(r->t.low, ra, rb, hearing, r->entered, tm);
	r->t.low[rb] = saved;
	if (tm->has_period && !strcmp(tm->period.event, "thereafter"))
		name_thereafter(r, &tm->period);
}

/* The event a temporal clause that opens the sentence names, for a period
 * the duty states bare: "Once plaintiff receives this information, he must,
 * within 30 days, file ..." runs 30 days from the receipt, not from the
 * order. The clause opens with "once" or "when", or with "upon", "after" or
 * "following" and an event's noun ("Upon receipt of the transcript, ..."; not
 * "Upon consideration of the motion, ..."), ends at the comma before the
 * clause [ra, ...), and states no time of its own. */
void fronted_event(const struct reader *r, size_t ra, struct times *tm)
{
	static const char *const clause_words[] = {"once", "when", NULL};
	static const char *const noun_words[] = {"upon", "after", "following", NULL};
	static const char *const determiners[] = {"the", "its", "his", "her", "their", NULL};
	static const char *const events[] = {"receipt", "service", "completion", "conclusion", "expiration",
					     "issuance", "resolution", "disposition", "termination", "lifting",
					     "return", "release", NULL};
	if (!tm->has_period || !tm->period.bare || tm->period.before || ra < 3 || ra > r->tk.n)
		return;
	if (r->tk.v[ra - 1].type != TK_PUNCT || r->t.low[r->tk.v[ra - 1].a] != ',')
		return;
	size_t from = ra - 1; /* (the clause's first word: after a stop, or the sentence's) */
	while (from > 0 && ra - from < 16 && r->tk.v[from - 1].type != TK_PUNCT)
		from--;
	size_t s = SIZE_MAX; /* (its last opener before the comma: "ORDERED that once ...") */
	for (size_t k = from; k + 1 < ra; k++)
		if (token_among(&r->t, &r->tk.v[k], clause_words) || token_among(&r->t, &r->tk.v[k], noun_words))
			s = k;
	if (s == SIZE_MAX)
		return;
	size_t a = s + 1; /* (the event's first word) */
	if (token_among(&r->t, &r->tk.v[s], noun_words)) {
		size_t noun = a + 1 < ra && token_among(&r->t, &r->tk.v[a], determiners) ? a + 1 : a;
		if (noun + 1 >= ra || !token_among(&r->t, &r->tk.v[noun], events))
			return;
	}
	if (a >= ra - 1 || has_time_token(r, a, ra - 1))
		return;
	char *event = trimmed_copy(&r->t, tok_a(r, a), tok_b(r, ra - 2));
	snprintf(tm->period.event, sizeof tm->period.event, "%s", event);
	free(event);
	tm->period.bare = 0;
}

/* The time a phrase set off before the clause [ra, ...) states, when the
 * clause states none: "ORDERING on or before 8/4/2010, defendant shall ...",
 * "Within twenty-one (21) days of receipt of this order, Plaintiff shall ...",
 * "By noon October 21, Defendant shall ...", "On October 25, Plaintiff shall
 * file ...". The phrase opens with its cue and ends at the comma before the
 * clause; it states a date or a period, within sixteen tokens. */
size_t leading_time(struct reader *r, size_t ra, int hearing, struct times *tm)
{
	if (tm->invalid)
		return SIZE_MAX; /* (the clause states an impossible date: that is its time, warned of) */
	static const char *const cues[] = {"before", "by", "than", "within", "on", NULL};
	if (ra < 3)
		return SIZE_MAX;
	/* the phrase ends at a comma, or (no comma) with the word that ends a
	 * period from the order ("that within ten (10) days of the date of this
	 * Order the Appellant shall ...") or with a date */
	int comma = r->tk.v[ra - 1].type == TK_PUNCT && r->t.low[r->tk.v[ra - 1].a] == ',';
	/* (or at a "that" said again after it: "it is Ordered that within 14
	 * days of the date of this order that all parties shall ...") */
	int again = token_is(&r->t, &r->tk.v[ra - 1], "that");
	comma |= again;
	static const char *const period_ends[] = {"order", "hereof", "service", "entry", "judgment", "opinion", NULL};
	if (!comma && !token_among(&r->t, &r->tk.v[ra - 1], period_ends) && r->tk.v[ra - 1].type != TK_DATE)
		return SIZE_MAX;
	/* (a clause joined by "and" after the comma: the time ends the clause before it) */
	if (token_is(&r->t, &r->tk.v[ra], "and"))
		return SIZE_MAX;
	size_t cue = SIZE_MAX, last = comma ? ra - 1 : ra; /* (the phrase is [cue, last)) */
	int timed = 0;
	for (size_t i = last; i-- > 0 && i + 17 > ra;) {
		const struct token *k = &r->tk.v[i];
		if (k->type == TK_PUNCT && (r->t.low[k->a] == ',' || r->t.low[k->a] == ';' || r->t.low[k->a] == ':') &&
		    !weekday_comma(r, i))
			return SIZE_MAX; /* (one phrase: no clause of its own before the comma) */
		timed |= k->type == TK_DATE || k->type == TK_PERIOD;
		if (token_among(&r->t, k, cues) && timed) {
			cue = i;
			break;
		}
	}
	if (cue == SIZE_MAX)
		return SIZE_MAX;
	/* the whole cue: "on or before", "no later than" */
	while (cue > 0 && r->tk.v[cue - 1].type == TK_WORD &&
	       (token_is(&r->t, &r->tk.v[cue - 1], "or") || token_is(&r->t, &r->tk.v[cue - 1], "on") ||
		token_is(&r->t, &r->tk.v[cue - 1], "later") || token_is(&r->t, &r->tk.v[cue - 1], "no") ||
		token_is(&r->t, &r->tk.v[cue - 1], "not")))
		cue--;
	/* (the phrase opens its sentence, or follows a comma or a decretal verb:
	 * not the end of a clause of its own, "the report is due on or before
	 * April 14, and shall include ...", nor a recital, "a hearing held on
	 * June 5, 2020, ...") */
	if (again && (cue == 0 || !token_is(&r->t, &r->tk.v[cue - 1], "that")))
		return SIZE_MAX;
	if (cue > 0) {
		const struct token *p = &r->tk.v[cue - 1];
		if (p->type != TK_PUNCT && !token_has(p, lexicon_class("order"), LF_PRES | LF_PP | LF_ING) &&
		    !token_is(&r->t, p, "that"))
			return SIZE_MAX; /* (not the noun: "required by the Scheduling Order by June 1, and ...") */
	}
	struct times lead;
	clause_times(r, tok_a(r, cue), tok_a(r, cue), tok_a(r, cue), tok_b(r, last - 1), hearing, &lead);
	if (lead.due == DATE_NONE && !lead.has_period)
		return SIZE_MAX;
	*tm = lead;
	return tok_a(r, cue);
}
