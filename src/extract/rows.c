/*
 * rows.c: schedules and lists (see reader.h). A segment no frame matched that
 * reads as a row of a schedule ("Discovery cutoff ........ June 5, 2020") in
 * a list or table becomes a deadline, or a hearing when its label names an
 * event. A clause that ends with ':' heads a list ("The clerk shall:", "each
 * party shall file, by August 26, 2011:"): its party, verb and time go to the
 * items that follow, each a duty or a paper due.
 */
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
#include "util.h"

/* Does the clause before the colon at rb - 1 open with a relative pronoun,
 * its verb the last word ("which shall identify:", "that includes:")? */
static int relative_before_colon(const struct reader *r, size_t rb)
{
	if (rb < 4 || r->tk.v[rb - 1].type != TK_PUNCT || r->t.low[r->tk.v[rb - 1].a] != ':')
		return 0;
	size_t k = rb - 3; /* the word before the verb */
	if (k > 0 && (token_has(&r->tk.v[k], lexicon_class("modal-duty"), 0) ||
		      token_has(&r->tk.v[k], lexicon_class("modal-will"), 0)))
		k--;
	return token_is(&r->t, &r->tk.v[k], "which") || token_is(&r->t, &r->tk.v[k], "that");
}

static int introduces_rows(const struct reader *r, size_t a, size_t b);

/* A clause that ends with ':' heads a list: its party, frame, verb (the word
 * at token verb) and time (its own, or one set off before it: "Within 21 days
 * of receipt of this order, Plaintiff shall either:") go to the items that
 * follow; head is its own obligation's index, or SIZE_MAX. The clause begins
 * at token ra. */
void list_heading(struct reader *r, const char *who, const char *frame, size_t verb, size_t ra, size_t ba,
		  size_t banchor, size_t bb, size_t head)
{
	utf8_copy(r->list_who, sizeof r->list_who, who);
	r->list_frame = frame;
	r->list_verb[0] = '\0';
	/* the papers are the verb's own object: "shall file:", "shall submit to
	 * the Court, by January 27, the following:" (not "a letter providing the
	 * following:", "confer for the purpose of:") */
	static const char *const not_object[] = {"include", "including", "includes", "providing", "purpose",
						 "addressing", "stating", "containing", "regarding", "as", "forth",
						 "information", "describing", "identifying", "listing", "outlining",
						 "specifying", "detailing", "summarizing", "explaining", "proposing",
						 "indicating", "discussing", NULL};
	/* (nor what a relative clause before the colon says the paper holds:
	 * "serve ... 'Plaintiffs' Claim Chart,' which shall identify: (1) ...") */
	int object = token_has(&r->tk.v[verb], r->cls_act, LF_BASE) && !relative_before_colon(r, r->tk.n);
	/* (or, in the passive, what the heading says will be done to them: "the
	 * following documents shall be filed:") */
	const char *passive = !object && verb > 0 && verb + 1 == r->tk.n ? act_pp_lemma(r, verb - 1) : NULL;
	for (size_t i = verb + 1; object && i < r->tk.n; i++)
		if (token_among(&r->t, &r->tk.v[i], not_object) ||
		    (r->tk.v[i].type == TK_WORD && r->tk.v[i].b - r->tk.v[i].a > 0 &&
		     token_has(&r->tk.v[i], r->cls_act, LF_ING)))
			object = 0;
	if (object) {
		char *word = text_copy(&r->t, tok_a(r, verb), tok_b(r, verb));
		snprintf(r->list_verb, sizeof r->list_verb, "%s", word);
		free(word);
	} else if (passive && introduces_rows(r, 0, verb))
		snprintf(r->list_verb, sizeof r->list_verb, "%s", passive);
	clause_times(r, ba, ba, banchor, bb, 0, &r->list_tm);
	if (r->list_tm.due == DATE_NONE && !r->list_tm.has_period)
		leading_time(r, ra, 0, &r->list_tm);
	r->list_timed = r->list_tm.due != DATE_NONE || r->list_tm.has_period;
	r->list_head = head;
	r->list_items = 0;
	/* "Plaintiff shall either: (1) complete the application ...; or (2) pay
	 * the fee": one duty, done either way */
	r->list_either = token_is(&r->t, &r->tk.v[verb], "either");
	r->list_first = SIZE_MAX;
	r->list_head_at = r->seg[r->cur_seg].start;
}

/* Do tokens [a, b) point to what follows ("the following documents", "by the
 * indicated dates", "as follows", "set out below")? */
static int introduces_rows(const struct reader *r, size_t a, size_t b)
{
	static const char *const words[] = {"following", "indicated", "follows", "below", NULL};
	for (size_t i = a; i < b; i++)
		if (token_among(&r->t, &r->tk.v[i], words))
			return 1;
	return 0;
}

/* Does the clause end with its modal, the verb left for what follows
 * ("Defendants must," / "Defendants shall, by June 5, 2020,")? */
static int modal_ends_clause(const struct reader *r, const struct frame_match *m, size_t rb)
{
	int duty = lexicon_class("modal-duty"), will = lexicon_class("modal-will");
	size_t i = m->anchor;
	while (i < rb && !token_has(&r->tk.v[i], duty, 0) && !token_has(&r->tk.v[i], will, 0))
		i++;
	if (i >= rb)
		return 0;
	/* after the modal only punctuation and a time set off by commas */
	for (size_t k = i + 1; k < rb; k++) {
		const struct token *t = &r->tk.v[k];
		if (t->type != TK_PUNCT && t->type != TK_PERIOD && t->type != TK_DATE && t->type != TK_TIME)
			return 0;
	}
	return 1;
}

int heads_list(struct reader *r, const struct frame_match *m, const char *fname, const char *who, size_t ra,
	       size_t rb)
{
	size_t ba = tok_a(r, ra), bb = tok_b(r, rb - 1), banchor = tok_a(r, m->anchor);
	int colon = rb == r->tk.n && r->tk.v[rb - 1].type == TK_PUNCT && r->t.low[r->tk.v[rb - 1].a] == ':';
	/* "The trial court clerk shall:" introduces a list of its duties;
	 * "each party shall file:" a list of the papers it files */
	if (colon && m->slot_a[SLOT_ACTION] < m->slot_b[SLOT_ACTION] &&
	    m->slot_b[SLOT_ACTION] - m->slot_a[SLOT_ACTION] <= 2) {
		list_heading(r, who, fname, m->slot_a[SLOT_ACTION], ra, ba, banchor, bb, SIZE_MAX);
		return 1;
	}
	/* so does a heading that ends with its verb of command, "respondent is
	 * ordered:", "Counsel for Plaintiffs, not later than September 1, 2011,
	 * shall:" (the frame has no act: the items hold them); such a frame
	 * inside a sentence commands nothing of its own ("..., it is HEREBY
	 * ORDERED: The parties are directed to ...": the clause after it does) */
	int actless = m->slot_a[SLOT_ACTION] >= m->slot_b[SLOT_ACTION] && r->tk.v[m->end - 1].type == TK_PUNCT &&
		      r->t.low[r->tk.v[m->end - 1].a] == ':';
	if (actless && !(colon && m->end == rb)) {
		add_note(r, ba, bb, fname, xstrdup("a heading's colon inside a sentence: what follows it commands"));
		return 1;
	}
	if (actless) {
		/* (not "it is HEREBY ORDERED:", the decretal part's opening) */
		if (m->slot_b[SLOT_WHO] == m->slot_a[SLOT_WHO] + 1 && token_is(&r->t, &r->tk.v[m->slot_a[SLOT_WHO]], "it")) {
			add_note(r, ba, bb, fname, xstrdup("opens the decretal part; names no party"));
			return 1;
		}
		list_heading(r, who, fname, rb - 2, ra, ba, banchor, bb, SIZE_MAX);
		return 1;
	}
	/* so does a modal left without its verb before numbered items,
	 * "Defendants must, (i) within 20 days of service, file an answer;
	 * (ii) ...": each item is the party's duty */
	if (rb == r->tk.n && r->cur_seg + 1 < r->nseg && r->seg[r->cur_seg + 1].list_item &&
	    modal_ends_clause(r, m, rb)) {
		list_heading(r, who, fname, rb - 1, ra, ba, banchor, bb, SIZE_MAX);
		return 1;
	}
	/* "appellant shall submit the following documents by the indicated
	 * dates:" introduces a schedule whose rows are its duties */
	if (colon && introduces_rows(r, m->anchor, rb) && !has_time_token(r, ra, rb)) {
		utf8_copy(r->list_who, sizeof r->list_who, who);
		r->list_frame = fname;
		r->schedule = 1;
		add_note(r, ba, bb, fname, xstrdup("introduces the schedule that follows; its rows are the duties"));
		return 1;
	}
	return 0;
}

/* Is the current segment a list's item set after "or" ("...; or (3) file a
 * letter ...")? text_segments leaves the "or" and the marker before it. */
static int item_after_or(const struct reader *r)
{
	const char *s = r->t.low;
	size_t p = r->seg[r->cur_seg].start, floor = r->cur_seg ? r->seg[r->cur_seg - 1].end : 0;
	while (p > floor && s[p - 1] == ' ')
		p--;
	size_t marker = p;
	while (p > floor && s[p - 1] != ' ')
		p--;
	if (p == marker || marker - p > 5)
		return 0; /* (no marker: "(3)", "c.", "iv.") */
	while (p > floor && s[p - 1] == ' ')
		p--;
	return p >= floor + 2 && s[p - 2] == 'o' && s[p - 1] == 'r' &&
	       (p == floor + 2 || !ascii_isalnum((unsigned char)s[p - 3]));
}

/* An item that is another way of doing the duty the list's first item made
 * (after "either:", or set after "or"): one duty, its actions joined, quoted
 * from the heading to this item. 1 if it was. */
static int list_alternative(struct reader *r, size_t ba, size_t bb)
{
	int after_or = item_after_or(r);
	if (r->list_first == SIZE_MAX || r->list_first >= r->out->n || (!r->list_either && !after_or))
		return 0;
	struct extracted *first = &r->out->items[r->list_first];
	struct buf all;
	buf_init(&all);
	buf_puts(&all, first->action);
	for (size_t k = r->list_first + 1; k < r->out->n; k++) /* (items before this, alternatives too) */
		if (strcmp(r->out->items[k].kind, "repeat")) {
			buf_printf(&all, ", or %s", r->out->items[k].action);
			r->out->items[k].kind = "repeat"; /* (dropped by tidy) */
		}
	char *other = action_from(r, 0, r->tk.n);
	buf_printf(&all, ", or %s", other);
	free(other);
	free(first->action);
	first->action = buf_detach(&all);
	free(first->quote);
	set_quote_exact(r, first, r->list_head_at, bb);
	add_note(r, ba, bb, r->list_frame, xstrdup("another way of doing the item before it: one duty"));
	return 1;
}

/* Where the quote of a list's item begins: at its heading for the first
 * item, in the heading's line or below it ("The parties are directed to
 * submit the following materials no later than April 11, 2023: (1) the
 * joint pretrial order ..."), which says who and when (a heading within 400
 * bytes); else at ba. */
static size_t item_quote_start(const struct reader *r, size_t ba, int first)
{
	if (!first || r->list_head_at >= ba || ba - r->list_head_at > 400)
		return ba;
	return r->list_head_at;
}

/* A list item that names a paper ("• a witness list;", "(3) exhibit lists"):
 * the heading's verb and party, its own time or else the heading's. */
void list_item_paper(struct reader *r)
{
	size_t a = 0, b = r->tk.n;
	while (b > a && (r->tk.v[b - 1].type == TK_PUNCT || token_is(&r->t, &r->tk.v[b - 1], "and") ||
			 token_is(&r->t, &r->tk.v[b - 1], "or")))
		b--;
	size_t words = 0;
	for (size_t i = a; i < b; i++)
		words += r->tk.v[i].type == TK_WORD;
	if (b == a || words > 28)
		return;
	/* a paper, named by a noun phrase: not a step ("conduct a hearing") nor a
	 * question the paper answers ("whether ...", "why ...") */
	static const char *const questions[] = {"whether", "why", "how", "what", "which", "when", "if", NULL};
	const struct token *k0 = &r->tk.v[a];
	if (token_among(&r->t, k0, questions) || k0->type != TK_WORD ||
	    (!token_has(k0, lexicon_class("filing"), 0) &&
	     (token_has(k0, r->cls_act, LF_BASE) || token_has(k0, r->cls_attend, LF_BASE) ||
	      token_has(k0, lexicon_class("hold"), LF_BASE) || token_has(k0, r->cls_set, LF_BASE))))
		return;
	size_t ba = tok_a(r, 0), bb = tok_b(r, r->tk.n - 1);
	struct times tm;
	clause_times(r, ba, ba, ba, bb, 0, &tm);
	if (tm.due == DATE_NONE && !tm.has_period) {
		if (!r->list_timed)
			return;
		tm = r->list_tm;
	}
	struct extracted *e = new_item(r);
	e->kind = "deadline";
	e->frame = r->list_frame;
	e->who = xstrdup(r->list_who);
	char *thing = trimmed_copy(&r->t, tok_a(r, a), tok_b(r, b - 1));
	e->action = xasprintf("%s %s", r->list_verb, thing);
	free(thing);
	fill_times(e, &tm);
	set_quote_exact(r, e, item_quote_start(r, ba, r->list_items == 0), bb);
	r->list_items++;
}

/* Does a date in tokens [a, b) follow a verb's past, telling when something
 * was done ("amended July 13, 1994 to be effective September 1, 1994")? */
static int dated_deed(const struct reader *r, size_t a, size_t b)
{
	for (size_t i = a + 1; i < b; i++)
		for (int h = 0; r->tk.v[i].type == TK_DATE && h < r->tk.v[i - 1].nhits; h++)
			if (r->tk.v[i - 1].hit[h].forms & (LF_PAST | LF_PP))
				return 1;
	return 0;
}

/* Are tokens [a, b) a short label with no verb of command ("Discovery
 * Deadline", "Docketing statement.", "(Served But Not To Be Filed)",
 * "Contentions to be served")? */
static int row_label(const struct reader *r, size_t a, size_t b)
{
	size_t words = 0;
	int cls_modal = lexicon_class("modal-duty"), cls_will = lexicon_class("modal-will"), cls_be = lexicon_class("be");
	int depth = 0;
	for (size_t i = a; i < b; i++) {
		const struct token *k = &r->tk.v[i];
		if (k->type == TK_PUNCT && r->t.low[k->a] == '(')
			depth++;
		else if (k->type == TK_PUNCT && r->t.low[k->a] == ')' && depth)
			depth--;
		else if (k->type == TK_WORD && depth)
			words++;
		else if (k->type == TK_WORD) {
			words++;
			/* (a schedule's passive infinitive is a label: "Privilege
			 * Logs to be exchanged by parties") */
			if (token_has(k, cls_be, 0) && i > a && token_is(&r->t, &r->tk.v[i - 1], "to"))
				continue;
			if (token_has(k, cls_modal, 0) || token_has(k, cls_will, 0) || token_has(k, cls_be, 0))
				return 0; /* (a sentence: "The Court anticipates that ... will complete ...") */
			/* (nor a party and the past of its deed: "Claimant filed
			 * objections to all three disallowances on February 12, 1992") */
			if (i + 1 < b && token_has(k, r->cls_party, 0) && r->tk.v[i + 1].type == TK_WORD &&
			    token_has(&r->tk.v[i + 1], r->cls_act, LF_PAST))
				return 0;
			/* (nor anyone's deed told with its owner: "Tyler filed his
			 * notice of appeal on September 30, 1996"; a label names the
			 * paper, never whose it is by a pronoun) */
			static const char *const owners[] = {"his", "her", "its", "their", NULL};
			if (i > a && i + 1 < b && token_has(k, r->cls_act, LF_PAST) && r->tk.v[i + 1].type == TK_WORD &&
			    token_among(&r->t, &r->tk.v[i + 1], owners))
				return 0;
		}
	}
	return words >= 1 && words <= 20 && !dated_deed(r, a, b);
}

int row_note(const struct reader *r)
{
	int depth = 0;
	for (size_t i = 0; i < r->tk.n; i++) {
		const struct token *k = &r->tk.v[i];
		if (k->type == TK_PUNCT && r->t.low[k->a] == '(')
			depth++;
		else if (k->type == TK_PUNCT && r->t.low[k->a] == ')' && depth)
			depth--;
		else if (!depth && (k->type == TK_DATE || k->type == TK_PERIOD || k->type == TK_TIME))
			return 0; /* (in a note, "2,000 words" is no time) */
	}
	return r->tk.n > 0 && row_label(r, 0, r->tk.n);
}

/* Does something say segment i is in a schedule: it is a list item, after a
 * header ending in ':', in a schedule a heading introduced, or right after a
 * row or a row's note (a schedule's rows follow one another, each with its
 * note: "Brief for EPA 01/07/08 (not to exceed 27,500 words)")?
 * segment_in_table also takes weaker signs. */
static int in_schedule(const struct reader *r, size_t i)
{
	const struct segment *sg = &r->seg[i];
	return sg->list_item || sg->after_header || r->schedule || (i > 0 && r->row_after == i);
}

/* A segment that ends with a date (and perhaps a time), with a short label
 * and no verb of command: a row of a schedule. Returns 1 and the date's token. */
/* A row that says where after its date: "Meeting of Creditors: 05/25/2006,
 * 10:00 AM, Office of the U.S. Trustee, 600 East Main St., ...",
 * "Confirmation hearing: 06/14/2006, 09:30 AM, Chief Judge Tice's Courtroom":
 * its label, a colon, the date (and a time), and a place after a comma. */
static int row_shape_placed(const struct reader *r, size_t *date_at)
{
	for (size_t c = 1; c + 2 < r->tk.n && c < 12; c++) {
		const struct token *k = &r->tk.v[c];
		if (k->type != TK_PUNCT || r->t.low[k->a] != ':')
			continue;
		if (r->tk.v[c + 1].type != TK_DATE)
			return 0;
		size_t after = c + 2;
		/* (a table's cells with no commas: "Settlement Conference Date:
		 * 2/6/08 10:00 Ctrm. 8", the time and then the courtroom) */
		if (after + 1 < r->tk.n && r->tk.v[after].type == TK_TIME && r->tk.v[after + 1].type == TK_WORD &&
		    r->tk.v[after + 1].initcap) {
			*date_at = c + 1;
			return row_label(r, 0, c);
		}
		/* (its time and place may say "at": "December 10, 2018, at 9:00
		 * A.M., at the Federal Courthouse") */
		if (after + 1 < r->tk.n && r->tk.v[after].type == TK_PUNCT && r->t.low[r->tk.v[after].a] == ',') {
			size_t tm = after + 1 + (after + 2 < r->tk.n && token_is(&r->t, &r->tk.v[after + 1], "at"));
			if (tm < r->tk.n && r->tk.v[tm].type == TK_TIME)
				after = tm + 1;
		}
		size_t place = after + 1;
		while (place + 1 < r->tk.n && place < after + 3 &&
		       (token_is(&r->t, &r->tk.v[place], "at") || token_is(&r->t, &r->tk.v[place], "in") ||
			token_is(&r->t, &r->tk.v[place], "the")))
			place++;
		if (!(r->tk.v[after].type == TK_PUNCT && r->t.low[r->tk.v[after].a] == ',') || place >= r->tk.n ||
		    !r->tk.v[place].initcap)
			return 0; /* (a place, capitalised: not "September 6, 2022, or 30 days after ...") */
		*date_at = c + 1;
		return row_label(r, 0, c);
	}
	return 0;
}

static int row_shape(const struct reader *r, size_t *date_at)
{
	size_t end = r->tk.n;
	/* (notes in parentheses after the date: "Appellant's Brief October 7, 2016
	 * (not to exceed 14,000 words)"; docket text's "(formeremployee)
	 * (Entered: 08/11/1998)") */
	for (int notes = 0; notes < 3 && end > 2 && r->tk.v[end - 1].type == TK_PUNCT &&
			    r->t.low[r->tk.v[end - 1].a] == ')'; notes++) {
		size_t k = end - 1;
		while (k > 0 && !(r->tk.v[k].type == TK_PUNCT && r->t.low[r->tk.v[k].a] == '('))
			k--;
		if (k == 0 || end - k > 14)
			break;
		end = k;
		/* (past a second note only when the last was the docket's stamp) */
		if (!(k + 1 < r->tk.n && token_is(&r->t, &r->tk.v[k + 1], "entered")))
			break;
	}
	while (end > 0 && (r->tk.v[end - 1].type == TK_PUNCT || r->tk.v[end - 1].type == TK_TIME ||
			   token_is(&r->t, &r->tk.v[end - 1], "at") || token_is(&r->t, &r->tk.v[end - 1], "time")))
		end--; /* ("DATE: May 10, 2007 TIME: 08:45 AM") */
	/* (the rest of a label wrapped past its date, a column's second line:
	 * "Joint Brief of Medical Amici Curiae in Support 10/09/07 of
	 * Environmental Petitioners") */
	static const char *const continues[] = {"of", "in", "for", "and", NULL};
	if (in_schedule(r, r->cur_seg) && end > 0 && r->tk.v[end - 1].type != TK_DATE) {
		size_t k = end;
		while (k > 0 && end - k < 8 && r->tk.v[k - 1].type == TK_WORD)
			k--;
		/* (in a schedule only, and the label's rest a title's words: not "The
		 * parties anticipate completing discovery 9/1/2020 without ...") */
		if (k > 1 && k < end && r->tk.v[k - 1].type == TK_DATE && row_label(r, k, end) &&
		    (r->tk.v[k].initcap || token_among(&r->t, &r->tk.v[k], continues)))
			end = k;
	}
	if (end == 0 || r->tk.v[end - 1].type != TK_DATE)
		return row_shape_placed(r, date_at);
	*date_at = end - 1;
	return row_label(r, 0, end - 1);
}

/* After "DATES:" and the like (see reader.h): one to three words in capitals
 * and a colon, the segment's first tokens. */
size_t after_run_in_heading(const struct reader *r)
{
	size_t i = 0;
	while (i < 3 && i < r->tk.n && r->tk.v[i].type == TK_WORD && r->tk.v[i].caps)
		i++;
	return i > 0 && i + 1 < r->tk.n && r->tk.v[i].type == TK_PUNCT && r->t.low[r->tk.v[i].a] == ':' ? i + 1 : 0;
}

/* A row that states its date first ("12/5/03 Docketing statement."): 1 and
 * where its label begins. */
static int row_shape_date_first(const struct reader *r, size_t *label_at, size_t *date_at)
{
	/* (after a run-in heading, "DATES: April 21, 2021: ...", and the day of
	 * the week: "Monday, February 11, 2013: ...") */
	size_t i = after_run_in_heading(r);
	if (r->tk.n > i + 2 && r->tk.v[i].type == TK_WORD && timex_weekday(r->t.low, r->tk.v[i].a))
		i += r->tk.v[i + 1].type == TK_PUNCT ? 2 : 1;
	if (r->tk.n < i + 2 || r->tk.v[i].type != TK_DATE)
		return 0;
	*date_at = i++;
	while (i < r->tk.n && (r->tk.v[i].type == TK_TIME || (r->tk.v[i].type == TK_PUNCT &&
							       strchr("-:|@", r->t.low[r->tk.v[i].a]))))
		i++;
	*label_at = i;
	return i < r->tk.n && row_label(r, i, r->tk.n);
}

/* Does normalised [a, b) end with a date or a time of day (a cheap look at a
 * neighbour: "Final Pretrial Conference Date: MARCH 2, 2006", "Time: 9:30 A.M.")? */
static int ends_with_when(const struct reader *r, size_t a, size_t b)
{
	const char *low = r->t.low;
	while (b > a && strchr(" .;,|", low[b - 1]))
		b--;
	/* (past a note in parentheses after the date: "October 05, 2017 (but not
	 * before Dispositive Motions deadline)") */
	if (b > a && low[b - 1] == ')') {
		size_t k = b - 1;
		while (k > a && low[k] != '(' && b - k < 80)
			k--;
		if (low[k] == '(' && k > a)
			for (b = k; b > a && low[b - 1] == ' '; b--)
				;
	}
	for (size_t i = b > a + 30 ? b - 30 : a; i < b; i++) {
		dl_day d;
		size_t e;
		if (timex_word_start(low, i) && timex_date(low, i, &d, &e) && e == b)
			return 1;
		if (timex_word_start(low, i) && ascii_isdigit((unsigned char)low[i]) && timex_time(low, i, &e) >= 0 &&
		    (e == b || (e == b + 1 && low[b] == '.'))) /* "a.m." keeps its dot */
			return 1;
	}
	return 0;
}

/* What is judged of a segment once, as the reader's seg_facts bits: each
 * segment is asked as its neighbours' neighbour, and as a heading above the
 * dozen segments after it. */
enum { SF_WHEN_KNOWN = 1, SF_WHEN = 2, SF_HEADING_KNOWN = 4, SF_HEADING = 8, SF_DATED_KNOWN = 16, SF_DATED = 32 };

static int segment_ends_with_when(struct reader *r, size_t j)
{
	if (!(r->seg_facts[j] & SF_WHEN_KNOWN))
		r->seg_facts[j] |= SF_WHEN_KNOWN | (ends_with_when(r, r->seg[j].start, r->seg[j].end) ? SF_WHEN : 0);
	return (r->seg_facts[j] & SF_WHEN) != 0;
}

/* Does segment j open with a date and a colon, a row listed date first
 * ("May 4, 2020: Report about deposition hours")? (memoised as above) */
static int segment_opens_dated(struct reader *r, size_t j)
{
	if (!(r->seg_facts[j] & SF_DATED_KNOWN)) {
		dl_day d;
		size_t e, a = r->seg[j].start;
		a += timex_weekday(r->t.low, a); /* ("Monday, February 11, 2013:") */
		int dated = timex_date(r->t.low, a, &d, &e) == DATE_FOUND && e < r->seg[j].end;
		while (dated && e < r->seg[j].end && r->t.low[e] == ' ')
			e++;
		r->seg_facts[j] |= SF_DATED_KNOWN | (dated && r->t.low[e] == ':' ? SF_DATED : 0);
	}
	return (r->seg_facts[j] & SF_DATED) != 0;
}


/* One cell of a row: the label [la, lb), the date at d, quoted from token qa
 * to token qb (exclusive). */
static void row_cell(struct reader *r, size_t la, size_t lb, size_t d, size_t qa, size_t qb)
{
	const struct token *date = &r->tk.v[d];
	size_t end = qb;
	if (date->day == DATE_NONE)
		return;
	size_t ba = tok_a(r, qa), bb = tok_b(r, qb - 1);
	size_t after = d + 1;
	while (after < r->tk.n && r->tk.v[after].type == TK_PUNCT)
		after++;
	/* (an excerpt cut off right after a date with no year: "On June 4, 20") */
	if (r->cut && after == r->tk.n && !token_states_year(&r->t, date)) {
		add_note(r, ba, bb, "table-row", xstrdup("the text is cut off right after its date, whose year is missing"));
		return;
	}
	while (lb > la && r->tk.v[lb - 1].type == TK_PUNCT)
		lb--;
	static const char *const stamps[] = {"signed", "entered", "filed", "dated", "date", NULL};
	for (int i = 0; stamps[i]; i++)
		if (lb > la && token_is(&r->t, &r->tk.v[la], stamps[i]) && lb - la <= 3)
			return; /* "Dated: June 5, 2020": the order's own date */
	int cls_ruling = lexicon_class("ruling");
	for (size_t i = la; i < lb; i++)
		if (token_has(&r->tk.v[i], cls_ruling, LF_PP | LF_PAST))
			return; /* "Reargument and Clarification Denied August 5, 1985" */
	static const char *const dates_of_paper[] = {"signed", "entered", "modified", "updated", "decided",
						     "argued", "submitted", "published", "printed", "dated", NULL};
	for (size_t i = la; i < lb; i++)
		for (int k = 0; dates_of_paper[k]; k++)
			if (token_is(&r->t, &r->tk.v[i], dates_of_paper[k]))
				return; /* the paper's own dates: "Modified Date: 11/1/2024" */
	if (court_tickler(r, qa, qb)) {
		add_note(r, ba, bb, "table-row", xstrdup("the court's own tickler, no party's"));
		return;
	}
	if (r->entered != DATE_NONE && date->day <= r->entered) {
		char iso[11];
		add_note(r, ba, bb, "table-row", xasprintf("its date, %s, is not after the order was entered",
							   date_format(date->day, iso)));
		return;
	}
	int event = match_has_class(r, la, lb, r->cls_event);
	/* a row with a time of day is an event, whatever its label ("JS/JT
	 * 8-17-04 @ 9 a.m.") */
	for (size_t i = d + 1; i < end && !event; i++) {
		if (r->tk.v[i].type == TK_PUNCT && r->t.low[r->tk.v[i].a] == '(')
			break; /* (a note: "(not to exceed 14,000 words)") */
		event = r->tk.v[i].type == TK_TIME;
	}
	/* (a label naming a paper or a deadline is no event, whatever event it
	 * names: "Report about deposition hours", "Discovery cutoff"; nor one
	 * that says its date is a limit: "Pretrial Order due", "Mediation ...
	 * held no later than") */
	static const char *const papers[] = {"deadline", "cutoff",	"disclosures", "motions",    "discovery",
					     "reports",	 "report",	"request",     "statement",  "due",
					     "later",	 "order",	"objection",   "objections", "response",
					     "responses", "replies",	"comments",    NULL};
	int cls_public_paper = lexicon_class("public-paper"); /* ("requests to appear at a hearing") */
	for (size_t i = la; i < lb; i++)
		if (token_has(&r->tk.v[i], cls_public_paper, 0))
			event = 0;
		else if (token_among(&r->t, &r->tk.v[i], papers) &&
		    !(token_is(&r->t, &r->tk.v[i], "order") && i + 1 < lb && token_is(&r->t, &r->tk.v[i + 1], "to")))
			event = 0; /* (an "Order to Show Cause" is a hearing's) */
	/* (nor one that opens with the act to do: "Lodge proposed Final Pretrial
	 * Order, Exhibits, Trial Briefs ...") */
	if (lb > la && token_has(&r->tk.v[la], r->cls_act, LF_BASE) && !token_has(&r->tk.v[la], r->cls_event, 0))
		event = 0;
	/* (nor one that names an act done by then: "Deposition designations
	 * exchanged", "Expert depositions completed") */
	for (size_t i = la + 1; i < lb && event; i++)
		if (token_has(&r->tk.v[i], r->cls_act, LF_PP) && !token_has(&r->tk.v[i], r->cls_set, 0))
			event = 0;
	struct extracted *e = new_item(r);
	e->kind = event ? "hearing" : "deadline";
	e->frame = "table-row";
	char who[48];
	/* a party that begins the label ("Plaintiff's experts", "Defendant:"); else
	 * the party of the schedule's heading; else one just before the date
	 * ("Expert Reports Plaintiff: SEPTEMBER 6"); else the owner of the paper */
	size_t pa = la;
	while (pa < lb && pa < la + 2 && !token_has(&r->tk.v[pa], r->cls_party, 0))
		pa++;
	int at_start = pa < lb && pa < la + 2;
	if (!at_start && !r->list_who[0] && lb > la && token_has(&r->tk.v[lb - 1], r->cls_party, 0))
		pa = lb - 1;
	who[0] = '\0';
	if (!answering_side(r, la, lb, who, sizeof who) && (at_start || !r->list_who[0]) && pa < lb &&
	    party_of(&r->t, &r->tk, pa, pa + 1, &r->pc, who, sizeof who) != PARTY_ROLE)
		who[0] = '\0';
	if (!who[0])
		utf8_copy(who, sizeof who, r->list_who);
	if (!who[0] && !event) /* ("17 August 1984 for the Counter-Memorial of the United States") */
		paper_of_named(r, la, end, who, sizeof who);
	if (!who[0])
		owner_of_paper(r, la, lb, who, sizeof who);
	if (!who[0] && !strcmp(e->kind, "deadline"))
		e->doubts |= DOUBT_PARTY;
	e->who = xstrdup(who[0] ? who : "parties");
	e->action = la < lb ? trimmed_copy(&r->t, tok_a(r, la), tok_b(r, lb - 1)) : xstrdup(ACTION_UNSTATED);
	e->due = date->day;
	e->basis = "stated";
	for (size_t i = d + 1; i < end; i++)
		if (r->tk.v[i].type == TK_TIME && event) {
			e->minute = r->tk.v[i].minute;
			break;
		}
	/* (a cell of a line of cells is quoted with its line: "3. Plaintiffs Motion
	 * for Summary Judgment: March 24, 2014 Response: May 9, 2014 Reply: ...") */
	size_t la_b = ba, lb_b = bb;
	while (la_b > 0 && r->t.low[la_b - 1] != '\n' && ba - la_b < 300)
		la_b--;
	while (lb_b < r->t.len && low_at(r, lb_b) != '\n' && lb_b - bb < 300)
		lb_b++;
	if ((la_b == 0 || r->t.low[la_b - 1] == '\n') && (lb_b == r->t.len || low_at(r, lb_b) == '\n') &&
	    lb_b - la_b <= 300) {
		ba = la_b;
		bb = lb_b;
	}
	set_quote_exact(r, e, ba, bb);
}

/* Are the cells ending at cut[0..n) (the next beginning at next[c]) and the
 * last, ending with the date at d, each a label before its date, with no verb
 * and no leading preposition? */
static int dated_cells(const struct reader *r, const size_t *cut, const size_t *next, size_t n, size_t d)
{
	static const char *const preps[] = {"on", "by", "in", "at", "until", "from", "since", "before", "after",
					    "dated", "as", "of", NULL};
	static const char *const verbs[] = {"set", "ruling", "grant", "order", "stay", "hold", NULL};
	size_t la = 0;
	for (size_t c = 0; c <= n; c++) {
		size_t date = c < n ? cut[c] : d + 1;
		while (date > la && r->tk.v[date - 1].type != TK_DATE)
			date--;
		if (date <= la + 1 || token_among(&r->t, &r->tk.v[la], preps))
			return 0;
		for (size_t i = la; i + 1 < date; i++)
			for (int v = 0; verbs[v]; v++)
				if (token_has(&r->tk.v[i], lexicon_class(verbs[v]), LF_PAST | LF_PP))
					return 0; /* "the Claims Court continued the stays until ..." */
		if (dated_deed(r, la, date))
			return 0;
		la = c < n ? next[c] : la;
	}
	if (n > 0)
		return 1;
	/* (one cell whose label opens by naming a limit, its date set off with a
	 * colon: "Last Day To Oppose Discharge: 11/8/98", "Deadline to Object to
	 * Claims: June 5, 2020") */
	if (d < 3 || r->tk.v[d - 1].type != TK_PUNCT || r->t.low[r->tk.v[d - 1].a] != ':')
		return 0;
	/* (or one that names an event's date: "TRIAL DATE: December 10, 2018, at
	 * 9:00 A.M., at the Federal Courthouse") */
	/* (with its hour: "Hearing Date and Time: November 10, 2010 at 10:00
	 * a.m.", "Hearing Date/Time:") */
	size_t named = d - 2;
	if (token_is(&r->t, &r->tk.v[named], "time") && named >= 2 &&
	    (token_is(&r->t, &r->tk.v[named - 1], "and") || token_is(&r->t, &r->tk.v[named - 1], "&") ||
	     (r->tk.v[named - 1].type == TK_PUNCT && r->t.low[r->tk.v[named - 1].a] == '/')) &&
	    token_is(&r->t, &r->tk.v[named - 2], "date"))
		named -= 2;
	if (token_is(&r->t, &r->tk.v[named], "date") && match_has_class(r, 0, named, r->cls_event))
		return 1;
	return d >= 4 && (token_has(&r->tk.v[0], lexicon_class("limit"), 0) ||
			  (token_is(&r->t, &r->tk.v[0], "last") && token_is(&r->t, &r->tk.v[1], "day")));
}

/* Is the sentence a schedule flattened into one line, three cells at least,
 * each a label and its date with nothing between a date and the next label
 * ("Non-expert discovery closed 6/9/03 Plaintiff's expert witness
 * designations 7/7/03 ... Reply 11/10/03")? Its last date into *date_at. */
static int run_on_cells(const struct reader *r, size_t *date_at)
{
	size_t end = r->tk.n;
	while (end > 0 && (r->tk.v[end - 1].type == TK_PUNCT || r->tk.v[end - 1].type == TK_TIME))
		end--;
	if (end < 2 || r->tk.v[end - 1].type != TK_DATE)
		return 0;
	size_t cells = 0, la = 0;
	for (size_t i = 1; i < end; i++) {
		if (r->tk.v[i].type != TK_DATE)
			continue;
		if (i == la || !row_label(r, la, i) || (i + 1 < end && !(r->tk.v[i + 1].type == TK_WORD && r->tk.v[i + 1].initcap)))
			return 0;
		cells++;
		la = i + 1;
	}
	*date_at = end - 1;
	return cells >= 3;
}

/* A row of a schedule: "Discovery Deadline NOVEMBER 1, 2005", or several cells
 * in one line of docket text ("Government Sentencing Memo Deadline 12/14/2017,
 * Defendant Sentencing Memo Deadline 12/14/2017."), each ending in its date;
 * or a row that states its date first ("12/5/03 Docketing statement."). */
int table_row(struct reader *r, int in_table)
{
	size_t d = 0, before = r->out->n;
	if (!row_shape(r, &d) && !run_on_cells(r, &d)) {
		size_t l, d0;
		if (in_table && row_shape_date_first(r, &l, &d0))
			row_cell(r, l, r->tk.n, d0, 0, r->tk.n);
		return r->out->n > before;
	}
	/* the cells: each ends with its date (and time) before a ',' or ';' */
	size_t cut[16], next[16], ncut = 0, la = 0;
	for (size_t i = 0; i < d && ncut < 16; i++) {
		const struct token *k = &r->tk.v[i];
		if (k->type != TK_PUNCT || !strchr(",;", r->t.low[k->a]))
			continue;
		size_t j = i;
		while (j > la && r->tk.v[j - 1].type == TK_TIME)
			j--;
		if (j > la + 1 && r->tk.v[j - 1].type == TK_DATE) {
			cut[ncut] = i;
			next[ncut++] = la = i + 1;
		}
	}
	/* (or with nothing between a date and the next cell's label, a schedule
	 * flattened into one line: "Non-expert discovery closed 6/9/03
	 * Plaintiff's expert witness designations 7/7/03 Defendant's ...": three
	 * cells at least, each label opening with a capital) */
	if (!ncut) {
		for (size_t i = 1; i < d && ncut < 16; i++)
			if (r->tk.v[i].type == TK_DATE && i > la && r->tk.v[i + 1].type == TK_WORD && r->tk.v[i + 1].initcap) {
				cut[ncut] = i + 1;
				next[ncut++] = la = i + 1;
			}
		if (ncut < 2)
			ncut = 0;
	}
	/* (a line of several dated cells is a schedule by itself, when each cell
	 * is a label: not "On June 6, 1990, the Claims Court continued ...") */
	if (!in_table && !dated_cells(r, cut, next, ncut, d))
		return 0;
	la = 0;
	for (size_t c = 0; c < ncut; c++) {
		size_t j = cut[c];
		while (r->tk.v[j - 1].type == TK_TIME)
			j--;
		row_cell(r, la, j - 1, j - 1, la, cut[c]);
		la = next[c];
	}
	row_cell(r, la, d, d, la, r->tk.n);
	return r->out->n > before;
}

/* Where an item's verb is: its first word, or the first after a time set
 * off before it ("(ii) within 90 days of filing an answer, prepare and file
 * a report"); r->tk.n if it begins with no verb. */
static size_t item_verb(const struct reader *r)
{
	size_t i = 0, timed = 0;
	/* (an item in the infinitive after "X is ordered:": "To accept no new
	 * clients ...") */
	if (r->tk.n > 1 && token_is(&r->t, &r->tk.v[0], "to"))
		i = 1;
	for (; i < r->tk.n && i < 16; i++) {
		const struct token *k = &r->tk.v[i];
		if (i == 0 || (i == 1 && token_is(&r->t, &r->tk.v[0], "to")) ||
		    (timed && r->tk.v[i - 1].type == TK_PUNCT && r->t.low[r->tk.v[i - 1].a] == ',')) {
			if (token_has(k, r->cls_act, LF_BASE) || token_has(k, r->cls_attend, LF_BASE))
				return i;
		}
		timed |= k->type == TK_PERIOD || k->type == TK_DATE;
		if (k->type == TK_PUNCT && r->t.low[k->a] != ',')
			break;
	}
	return r->tk.n;
}

/* An item of a list of duties introduced by "X shall:" — "(1) prepare a
 * supplemental clerk's record" — is X's duty when it begins with the verb. */
void list_item_duty(struct reader *r)
{
	size_t i = item_verb(r);
	if (i >= r->tk.n)
		return;
	size_t ba = tok_a(r, 0), bb = tok_b(r, r->tk.n - 1);
	if (list_alternative(r, ba, bb))
		return;
	int hearing = token_has(&r->tk.v[i], r->cls_attend, 0);
	struct times tm;
	clause_times(r, ba, ba, ba, bb, hearing, &tm);
	/* (the steps under a timed heading are due then: "The trial court shall,
	 * within fourteen days: (1) prepare ...") */
	if (tm.due == DATE_NONE && !tm.has_period && r->list_timed)
		tm = r->list_tm;
	int first = r->list_first == SIZE_MAX;
	if (first)
		r->list_first = r->out->n;
	struct extracted *e = new_item(r);
	e->kind = hearing && tm.due != DATE_NONE ? "hearing" : "deadline";
	e->frame = r->list_frame;
	e->who = xstrdup(r->list_who);
	e->action = action_from(r, i, r->tk.n);
	fill_times(e, &tm);
	if (!strcmp(e->basis, "none") && !strcmp(e->kind, "deadline"))
		presume_period(e);
	size_t qa = item_quote_start(r, ba, first);
	if (qa < ba)
		set_quote_exact(r, e, qa, bb);
	else
		set_quote(r, e, ba, bb);
	rule_default_apply(e); /* the rule the clause names, if it names one */
	series_end_apply(e);   /* a recurring duty's end, if its sentence states one */
}

/* A list ends: the heading's own obligation gives way to its items when two
 * or more stand for it. */
void end_list(struct reader *r)
{
	if (r->list_head != SIZE_MAX && r->list_head < r->out->n && r->list_items >= 2)
		r->out->items[r->list_head].kind = "repeat"; /* (dropped by tidy) */
	r->list_who[0] = '\0';
	r->list_verb[0] = '\0';
	r->list_timed = 0;
	r->list_head = SIZE_MAX;
	r->list_items = 0;
	r->list_either = 0;
	r->list_reported = 0;
	r->list_first = SIZE_MAX;
	r->schedule = 0;
}

/* Did a recital or a statement of law match the segment? */
int recited_any(const struct reader *r)
{
	for (size_t i = 0; i < r->fm.n; i++) {
		const struct frame_match *m = &r->fm.v[i];
		enum frame_kind k = frame_kind(m->frame);
		/* ("Dispositive motions, if any": a right, not a condition) */
		if (k == FK_CONDITION && m->anchor + 1 < r->tk.n && token_is(&r->t, &r->tk.v[m->anchor + 1], "any") &&
		    (m->anchor + 2 == r->tk.n || r->tk.v[m->anchor + 2].type == TK_PUNCT))
			continue;
		/* (nor the court's own act: "The Court CANCELS the status conference
		 * currently scheduled for February 17, 2015") */
		if (k == FK_RECITED || k == FK_LAW || k == FK_CONDITION || k == FK_COURT_ACT)
			return 1;
		/* ("Plaintiffs also request that the Court order ... no later than
		 * December 16, 2016": what a party asks; not what the parties
		 * agree, which a stipulated order adopts: "Counsel agree to the
		 * following modification of the briefing schedule: ...") */
		static const char *const agreed[] = {"agree", "stipulate", NULL};
		if (k == FK_REPORTED && reporter_is_party(r, m) && !token_lemma_among(&r->tk.v[m->anchor], agreed))
			return 1;
	}
	return 0;
}

/* Is segment j a heading in capitals that names a schedule ("I. DEADLINES",
 * "SCHEDULING ORDER DATES")? */
static int schedule_heading(const struct reader *r, size_t j)
{
	const struct segment *sg = &r->seg[j];
	size_t letters = 0, upper = 0;
	if (sg->end - sg->start > 60)
		return 0;
	for (size_t k = sg->start; k < sg->end; k++)
		if (ascii_isalpha((unsigned char)r->t.low[k])) {
			letters++;
			upper += text_is_upper(&r->t, k);
		}
	if (letters < 5 || upper < letters)
		return 0;
	/* (whole words: "STATUS UPDATES", "MANDATES" name no schedule) */
	static const char *const words[] = {"deadline", "deadlines", "schedule", "scheduling", "dates", NULL};
	for (size_t k = sg->start; k < sg->end; k++)
		if (timex_word_start(r->t.low, k))
			for (int w = 0; words[w]; w++) {
				size_t n = strlen(words[w]);
				if (k + n <= sg->end && !memcmp(r->t.low + k, words[w], n) &&
				    (k + n == sg->end || !ascii_isalpha((unsigned char)r->t.low[k + n])))
					return 1;
			}
	return 0;
}
static int segment_is_schedule_heading(struct reader *r, size_t j)
{
	if (!(r->seg_facts[j] & SF_HEADING_KNOWN))
		r->seg_facts[j] |= SF_HEADING_KNOWN | (schedule_heading(r, j) ? SF_HEADING : 0);
	return (r->seg_facts[j] & SF_HEADING) != 0;
}

/* Is segment i part of a schedule: a list item, after a header ending in ':',
 * in a schedule a heading introduced, right after a row, under a heading in
 * capitals that names the schedule, or beside another segment that ends with
 * a date or opens with one and a colon? */
int segment_in_table(struct reader *r, size_t i)
{
	if (in_schedule(r, i))
		return 1;
	/* the rows under a heading that names the schedule, up to a paragraph */
	for (size_t j = i; j-- > 0 && i - j <= 12;) {
		if (segment_is_schedule_heading(r, j))
			return 1;
		if (r->seg[j].end - r->seg[j].start > 240)
			break;
	}
	return (i > 0 && (segment_ends_with_when(r, i - 1) || segment_opens_dated(r, i - 1))) ||
	       (i + 1 < r->nseg && (segment_ends_with_when(r, i + 1) || segment_opens_dated(r, i + 1)));
}
