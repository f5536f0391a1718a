/*
 * vetoes.c: why a command-like clause is not operative (see reader.h): it
 * lies in the clause of a frame that is not (a recital, a report, a
 * condition, the court's own act, a rule of conduct); it is a question, in a
 * quotation, in a docket cross-reference, or the case's history (a sentence
 * that opens with a past date; a section headed BACKGROUND: section_heading
 * finds the headings, and read_segment vetoes what is under one); or it
 * describes a noun of another clause ("the hearing set for June 5 is
 * continued to ..."), or names the event a later verb moves ("trial set for
 * 11/30/09 is continued"). Before all that, the matches that only look like
 * their frame are dropped (a gapped clause that is a clause of its own, a
 * remand spoken of).
 */
#include "reader.h"

#include "ascii.h"
#include <stdint.h>
#include <string.h>

#include "lexicon.h"

/* Are tokens [a, b) a time phrase that leads the clause after it ("within 7
 * days of the District Court's ruling")? */
static int time_phrase_leads(const struct reader *r, size_t a, size_t b)
{
	static const char *const preps[] = {"within", "by", "before", "after", "no", "not", "on", NULL};
	if (b <= a || b - a > 14 || !token_among(&r->t, &r->tk.v[a], preps))
		return 0;
	int timed = 0;
	for (size_t k = a; k < b; k++) {
		if (r->tk.v[k].type == TK_PUNCT && strchr(",;:", r->t.low[r->tk.v[k].a]))
			return 0;
		timed |= r->tk.v[k].type == TK_PERIOD || r->tk.v[k].type == TK_DATE;
	}
	return timed;
}

/* How many tokens lie between tokens i and j, an initial's period not
 * counted ("Landon H. Thompson": the words of one name)? */
static size_t words_between(const struct reader *r, size_t i, size_t j)
{
	size_t n = 0;
	for (size_t k = i + 1; k < j; k++)
		n += !(r->tk.v[k].type == TK_PUNCT && r->t.low[r->tk.v[k].a] == '.' && k > i + 1 &&
		       r->tk.v[k - 1].type == TK_WORD && r->tk.v[k - 1].b - r->tk.v[k - 1].a == 1);
	return n;
}

/* Where the clause of a non-operative match ends: at ';', or at a ',' (or
 * "but") after which another frame begins a clause of its own. */
static size_t clause_end(const struct reader *r, size_t mi)
{
	const struct frame_match *m = &r->fm.v[mi];
	/* a clause conceded ("Although the motion and the opposition are
	 * scheduled for hearing on July 7, ...") runs to its comma, whatever
	 * "and" joins inside it */
	if (!strcmp(frame_name(m->frame), "concession")) {
		size_t i = m->anchor + 1;
		while (i < r->tk.n && !(r->tk.v[i].type == TK_PUNCT && strchr(",;", r->t.low[r->tk.v[i].a])))
			i++;
		return i;
	}
	/* a condition that ends with its passive verb, no comma after it ("If
	 * no motions are filed plaintiff's pretrial statement shall be filed
	 * ..."), ends where the duty's clause begins */
	if (frame_kind(m->frame) == FK_CONDITION)
		for (size_t j = 0; j < r->fm.n; j++) {
			const struct frame_match *p = &r->fm.v[j];
			if (!frame_kind_operative(frame_kind(p->frame)) || p->start <= m->anchor + 2)
				continue;
			int open = 1;
			for (size_t k = m->anchor + 1; k < p->start && open; k++)
				open = r->tk.v[k].type != TK_PUNCT;
			if (open && token_has(&r->tk.v[p->start - 1], r->cls_act, LF_PP) &&
			    token_has(&r->tk.v[p->start - 2], lexicon_class("be"), 0))
				return p->start;
		}
	/* a relative clause set off by commas ("Jury trial, which previously
	 * was scheduled to begin on August 19, shall instead commence ...") ends
	 * at its closing comma: what follows is the sentence's own */
	for (size_t i = m->start; i-- > 0;) {
		const struct token *k = &r->tk.v[i];
		if (k->type != TK_PUNCT)
			continue;
		if (r->t.low[k->a] == ',' && (token_is(&r->t, &r->tk.v[i + 1], "which") ||
					      token_is(&r->t, &r->tk.v[i + 1], "who")))
			for (size_t c = m->anchor + 1; c < r->tk.n; c++)
				if (r->tk.v[c].type == TK_PUNCT && strchr(",;", r->t.low[r->tk.v[c].a]))
					return c;
		break;
	}
	for (size_t i = m->anchor + 1; i < r->tk.n; i++) {
		const struct token *k = &r->tk.v[i];
		if (k->type == TK_PUNCT && r->t.low[k->a] == ';')
			return i;
		/* ("We DENY the motion and order as follows: We order ... to file
		 * the record by ...": what follows the colon is what is ordered) */
		if (k->type == TK_PUNCT && r->t.low[k->a] == ':' && i > 0 &&
		    (token_is(&r->t, &r->tk.v[i - 1], "follows") || token_is(&r->t, &r->tk.v[i - 1], "following")))
			return i;
		if (i == m->end)
			continue; /* "Generally, X must ...": the comma after the word itself */
		int comma = k->type == TK_PUNCT && r->t.low[k->a] == ',';
		if (!comma && !token_is(&r->t, k, "but") && !token_is(&r->t, k, "however") && !token_is(&r->t, k, "and"))
			continue;
		/* ", that ...", ", which ...": the same clause goes on; so does a
		 * second clause of what is reported ("Plaintiffs argue that ..., and
		 * that a scheduling order must be issued ...") */
		if (i + 1 < r->tk.n && (token_is(&r->t, &r->tk.v[i + 1], "that") ||
					token_is(&r->t, &r->tk.v[i + 1], "which") ||
					token_is(&r->t, &r->tk.v[i + 1], "who")))
			continue;
		if (i + 2 < r->tk.n && (token_is(&r->t, &r->tk.v[i + 1], "and") || token_is(&r->t, &r->tk.v[i + 1], "or")) &&
		    token_is(&r->t, &r->tk.v[i + 2], "that"))
			continue;
		/* a clause of its own begins within three words ("and the trial will
		 * be continued", its noun phrase taking the "and" too), or after a
		 * time phrase that leads it (", within 7 days of the ruling the
		 * parties shall"); not the infinitive an earlier verb governs
		 * ("ordered the parties to ... and Plaintiff to file") */
		for (size_t j = 0; j < r->fm.n; j++) {
			const struct frame_match *p = &r->fm.v[j];
			int infinitive = !strcmp(frame_name(p->frame), "to-do") || frame_kind(p->frame) == FK_COORD;
			/* (nor a verb joined to one the clause holds: "which requests
			 * that we abate and stay these appeals") */
			int joined = 0;
			for (size_t q = 0; q < r->fm.n && !joined; q++)
				joined = q != j && q != mi && r->fm.v[q].end == p->start && r->fm.v[q].anchor > m->anchor &&
					 frame_kind(r->fm.v[q].frame) == frame_kind(p->frame) &&
					 token_is(&r->t, &r->tk.v[p->start], "and");
			if (j != mi && !joined && (p->start > i || (p->start == i && !infinitive)) &&
			    (words_between(r, i, p->start) <= 2 || (comma && time_phrase_leads(r, i + 1, p->start))) &&
			    p->anchor > m->anchor)
				return i;
		}
	}
	return r->tk.n;
}

/* Does a reported frame's subject name a party ("Plaintiff argues"), and not
 * a thing the party made ("Plaintiff's expert reports are due")? */
int reporter_is_party(const struct reader *r, const struct frame_match *v)
{
	size_t a = v->slot_a[SLOT_WHO], b = v->slot_b[SLOT_WHO];
	if (a >= b)
		return 1;
	size_t h = np_head(r, a, b);
	/* "the Motion to Stay Appeals, which requests that we abate ...": a
	 * party's motion says what the party asks */
	if (b - a == 1 && (token_is(&r->t, &r->tk.v[a], "which") || token_is(&r->t, &r->tk.v[a], "that")))
		for (size_t i = a; i-- > 0 && a - i <= 12;)
			if (token_has(&r->tk.v[i], lexicon_class("motion"), 0))
				return 1;
	/* (nor the object of a ruling, its possessive lost in docket text:
	 * "LETTER ORDER granting 49 Defendants request for an extension of time") */
	int cls_grant = lexicon_class("grant"), cls_ruling = lexicon_class("ruling");
	for (size_t i = a > 2 ? a - 2 : 0; i < h; i++)
		if (token_has(&r->tk.v[i], cls_grant, LF_ING) || token_has(&r->tk.v[i], cls_ruling, LF_ING))
			return 0;
	/* (a motion speaks for its movant, in a verb of its own: "The Motion
	 * seeks the following relief: (1) extension of the deadline ... to August
	 * 3, 2006"; not "All motions requesting leave to amend shall be filed by
	 * ...", a noun and its participle, nor docket text's "response requested
	 * due by October 20") */
	if (token_has(&r->tk.v[h], lexicon_class("motion"), 0) &&
	    token_has(&r->tk.v[v->anchor], lexicon_class("report"), LF_PRES))
		return 1;
	char who[48];
	enum party_how how = party_of(&r->t, &r->tk, h, h + 1, &r->pc, who, sizeof who);
	return how == PARTY_ROLE || how == PARTY_PRONOUN; /* "Expert Reports." is no name */
}

/* An auxiliary or modal: is, has, shall, will. */
static int is_auxiliary(const struct token *k)
{
	return token_has(k, lexicon_class("be"), 0) || token_has(k, lexicon_class("have"), 0) ||
	       token_has(k, lexicon_class("modal-duty"), 0) || token_has(k, lexicon_class("modal-will"), 0);
}

/* A setting whose verb has no auxiliary: a participle after its noun ("a
 * hearing scheduled for April 24"), not a clause of its own. */
int setting_reduced(const struct reader *r, const struct frame_match *m)
{
	/* a participle ending the event's noun phrase or just after it ("the
	 * trial set | to commence", "the trial | set for") */
	for (int s = SLOT_WHAT; s <= SLOT_EVENT; s++)
		if (m->slot_a[s] < m->slot_b[s]) {
			for (size_t k = m->slot_a[s] + 1; k <= m->slot_b[s] && k < m->end; k++)
				if (token_has(&r->tk.v[k], r->cls_set, LF_PP) && !is_auxiliary(&r->tk.v[k - 1]))
					return 1;
			return 0;
		}
	size_t i = m->anchor;
	while (i < m->end && !token_has(&r->tk.v[i], r->cls_set, 0))
		i++;
	return i < m->end && i > 0 && !is_auxiliary(&r->tk.v[i - 1]);
}

/* Does a verb that moves an event ("continued", "reset", "adjourned") follow
 * token i in the sentence? */
int moved_later(const struct reader *r, size_t i)
{
	static const char *const moving[] = {"continue", "reset", "reschedule", "adjourn", "postpone", NULL};
	size_t from = i;
	for (; i < r->tk.n; i++)
		if (token_has(&r->tk.v[i], r->cls_set, LF_PP) && token_lemma_among(&r->tk.v[i], moving)) {
			/* (not a verb that moves another event, its own noun just before
			 * it: "Preliminary Hearing continued to 1/15/2015 01:30 PM in
			 * Courtroom 1B ... Arraignment reset for 1/15/2015") */
			if (i > from + 1 && token_has(&r->tk.v[i - 1], r->cls_event, 0))
				continue;
			return 1;
		}
	return 0;
}

int setting_is_object(const struct reader *r, const struct frame_match *m)
{
	/* a verb whose object it is ("remove", "noticed", "strike"), or a word
	 * that makes it one of several named ("including", "regarding"), just
	 * before the event's noun phrase or inside what the frame read as it
	 * ("Nor does it remove the pretrial conference scheduled for ..."); not
	 * "at" or "before" ("will resolve the disputes at a conference
	 * scheduled for April 24" sets it) */
	static const char *const objects[] = {"including", "remove", "removes", "regarding", "concerning", "about",
					      "strike", "noticed", "notices", NULL};
	static const char *const verb_classes[] = {"ruling", "report", "general", NULL};
	int s = m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] ? SLOT_WHAT : SLOT_EVENT;
	size_t a = m->slot_a[s], b = m->slot_b[s];
	if (a >= b || !setting_reduced(r, m))
		return 0;
	for (size_t i = a > 0 ? a - 1 : a; i < b; i++) {
		const struct token *k = &r->tk.v[i];
		if (k->type != TK_WORD || k->caps)
			continue;
		if (token_among(&r->t, k, objects))
			return 1;
		/* (a gerund of ruling inside what the frame read as the event:
		 * "NOTICE canceling Case Management Hearing scheduled for ...") */
		if (i >= a && token_has(k, lexicon_class("ruling"), LF_ING))
			return 1;
		/* (a verb of ruling or saying only just before it: inside it such
		 * a word is a noun, "a hearing on continued use of ...") */
		for (int c = 0; verb_classes[c] && i + 1 == a; c++)
			if (token_has(k, lexicon_class(verb_classes[c]), 0))
				return 1;
	}
	return 0;
}

/* "trial set for 11/30/09 is continued.": a setting with no auxiliary of its
 * own, followed by a finite verb that moves or ends the event, only names the
 * event that verb is about. The verb may come after the setting's place and
 * judge ("The Motion hearing set for January 16, 2026, at 10:30 AM in
 * Courtroom 3C before Magistrate Judge Bullard is CANCELLED") or after a
 * second event joined to it, when the verb is plural ("The trial preparation
 * conference set for 1/7/2016 and the jury trial set to begin 2/1/2016 are
 * hereby VACATED"); not past a semicolon, another clause's verb or a
 * singular verb after "and" (another subject's). */
int setting_names_subject(const struct reader *r, const struct frame_match *m)
{
	int cls_ruling = lexicon_class("ruling");
	if (!setting_reduced(r, m))
		return 0;
	size_t j = m->end;
	int joined = 0;
	for (; j < r->tk.n && j < m->end + 30 && !is_auxiliary(&r->tk.v[j]); j++) {
		const struct token *k = &r->tk.v[j];
		if (k->type == TK_PUNCT && strchr(";:!?(", r->t.low[k->a]))
			return 0;
		joined |= token_is(&r->t, k, "and") || token_is(&r->t, k, "or");
	}
	if (j >= r->tk.n || !is_auxiliary(&r->tk.v[j]))
		return 0;
	if (joined && !token_is(&r->t, &r->tk.v[j], "are") && !token_is(&r->t, &r->tk.v[j], "were") &&
	    !token_is(&r->t, &r->tk.v[j], "have"))
		return 0;
	for (size_t k = j + 1; k < r->tk.n && k <= j + 3; k++)
		if (token_has(&r->tk.v[k], r->cls_set, 0) || token_has(&r->tk.v[k], cls_ruling, 0))
			return 1;
	return 0;
}

/* Is normalised offset at inside a docket cross-reference, "(related
 * document(s) ...)" or "(Re: related document(s) ...)", of the current
 * sentence? */
static int in_cross_reference(const struct reader *r, size_t at)
{
	const char *low = r->t.low;
	int depth = 0;
	for (size_t i = at; i-- > r->seg[r->cur_seg].start;) {
		/* (a cross-reference left open ends at a dash: "(Related
		 * Document(s): 1255 Motion ... filed by X - Hearing Scheduled For
		 * 2/25/2010 ...": the entry's own text) */
		if (depth == 0 && low[i] == '-' && i > 0 && low[i - 1] == ' ' && low[i + 1] == ' ')
			return 0;
		if (low[i] == ')')
			depth++;
		else if (low[i] == '(' && depth-- == 0)
			return !strncmp(low + i + 1, "related document", 16) || !strncmp(low + i + 1, "re: related document", 20) ||
			       /* ("BNC Certificate of Mailing (Re: 2 Meeting of Creditors to be held on ...)": entry 2's text) */
			       (!strncmp(low + i + 1, "re: ", 4) && ascii_isdigit((unsigned char)low[i + 5]));
	}
	return 0;
}

/* Mark the segment's operative matches that a question, a non-operative
 * frame's clause, a cross-reference or another clause's noun phrase holds
 * (r->veto: why, per match). */
void apply_vetoes(struct reader *r)
{
	/* "Is an order ... a final order as to which [Petitioner] must file
	 * post-trial motions ...?": a question (the issues on appeal) commands nothing */
	const struct segment *seg = &r->seg[r->cur_seg];
	size_t last = seg->end;
	while (last > seg->start && strchr("\"') ", r->t.low[last - 1]))
		last--;
	/* (one that asks: "Is ...?", "Whether ...?", "Where ..., is ...?"; a
	 * '?' that stands for a byte that was no UTF-8 asks nothing) */
	static const char *const asks[] = {"is", "are", "was", "were", "does", "do", "did", "may", "can", "could",
					   "should", "would", "will", "shall", "must", "has", "have", "whether",
					   "what", "which", "who", "whom", "when", "where", "why", "how", NULL};
	if (last > seg->start && r->t.low[last - 1] == '?' && r->tk.n && token_among(&r->t, &r->tk.v[0], asks))
		for (size_t oi = 0; oi < r->fm.n; oi++)
			if (frame_kind_operative(frame_kind(r->fm.v[oi].frame)) && !r->veto[oi])
				r->veto[oi] = "a question";
	for (size_t vi = 0; vi < r->fm.n; vi++) {
		const struct frame_match *v = &r->fm.v[vi];
		enum frame_kind k = frame_kind(v->frame);
		if (frame_kind_operative(k) || k == FK_MARKER || k == FK_RULING)
			continue;
		if (k == FK_REPORTED && !reporter_is_party(r, v))
			continue;
		size_t end = clause_end(r, vi);
		for (size_t oi = 0; oi < r->fm.n; oi++) {
			const struct frame_match *o = &r->fm.v[oi];
			if (!frame_kind_operative(frame_kind(o->frame)) || r->veto[oi])
				continue;
			/* a one-word veto inside the frame's own noun phrase describes the
			 * noun: "Sentencing previously set for 3/3/2009, is RESET for ..." */
			int inside = 0;
			for (int s = 0; s < SLOT_ACTION && v->end - v->start == 1; s++)
				inside |= o->slot_a[s] < o->slot_b[s] && v->anchor > o->slot_a[s] && v->end <= o->slot_b[s];
			/* (a veto that is the noun phrase's first word is its head:
			 * "Failure to pay the fee within that time will result in ...") */
			/* "The Court will resolve the disputes at a hearing scheduled for
			 * April 24": what the court will do there is its own, the event
			 * it names is set ("will vacate the hearing set for" is not) */
			static const char *const at_event[] = {"at", "in", "during", "before", "after", "pending", NULL};
			if (k == FK_COURT_ACT && frame_kind(o->frame) == FK_SETTING && setting_reduced(r, o) &&
			    !strcmp(frame_name(v->frame), "court-will") && o->start > 0 &&
			    token_among(&r->t, &r->tk.v[o->start - 1], at_event))
				continue;
			/* "we remand this cause to the trial court to ...": the remand is
			 * the court's act, what it tells the lower court to do is a duty */
			if (k == FK_COURT_ACT && !strncmp(frame_name(o->frame), "remand", 6) && o->anchor + 1 == v->end)
				continue;
			if (!inside && o->anchor >= v->start && o->anchor < end && o->anchor >= v->anchor)
				r->veto[oi] = frame_kind_name(k);
			/* a veto that begins inside the operative frame's own noun phrase
			 * ("Plaintiff, who previously ..., shall"): not the same clause */
		}
	}
	/* CM/ECF's cross-reference "(related document(s) 189 Disclosure
	 * Statement, 198 Order Setting Hearing on ...)" names other entries */
	for (size_t oi = 0; oi < r->fm.n; oi++)
		if (frame_kind_operative(frame_kind(r->fm.v[oi].frame)) && !r->veto[oi] &&
		    in_cross_reference(r, tok_a(r, r->fm.v[oi].anchor)))
			r->veto[oi] = "names another docket entry";
	/* a frame inside another's noun phrase describes that noun */
	int cls_court = lexicon_class("court"), cls_limit = lexicon_class("limit");
	for (size_t oi = 0; oi < r->fm.n; oi++) {
		const struct frame_match *o = &r->fm.v[oi];
		if (!frame_kind_operative(frame_kind(o->frame)) || r->veto[oi])
			continue;
		for (size_t j = 0; j < r->fm.n; j++) {
			const struct frame_match *p = &r->fm.v[j];
			int inside = 0;
			for (int s = SLOT_WHAT; s <= SLOT_EVENT && j != oi; s++)
				inside |= p->slot_a[s] < p->slot_b[s] && o->anchor >= p->slot_a[s] && o->anchor < p->slot_b[s];
			if (!inside)
				continue;
			/* (not a stay granted read also as a ruling on the motion: one
			 * clause, "defendants' motion for a stay of discovery is granted",
			 * "the temporary stay of removal is extended until ...": the
			 * ruling's verb is the stay's own) */
			if ((o->end == p->end || (p->anchor >= o->start && p->anchor < o->end)) &&
			    frame_kind(o->frame) == FK_UNTIL && frame_kind(p->frame) == FK_RULING)
				continue;
			/* (nor a stay continued read also as a setting of its noun:
			 * "the abatement of this case is continued for thirty days",
			 * "All proceedings ... are continued until April 15") */
			if (frame_kind(o->frame) == FK_UNTIL && frame_kind(p->frame) == FK_SETTING && setting_holds(r, p))
				continue;
			/* (nor the court read as the thing set: "Court set the matter for
			 * a status conference on 6/18/2009" is the court's act) */
			if (frame_kind(p->frame) == FK_SETTING && p->slot_a[SLOT_WHAT] < p->slot_b[SLOT_WHAT] &&
			    token_has(&r->tk.v[p->slot_b[SLOT_WHAT] - 1], cls_court, 0) &&
			    match_has_class(r, o->anchor, o->end, r->cls_event) && !match_has_class(r, o->anchor, o->end, cls_limit))
				continue;
			r->veto[oi] = "describes a noun of another clause";
		}
	}
}

/* Does a quotation mark follow the current segment within its paragraph
 * (and the next 2,000 bytes)? A quotation left open goes on only to one. */
static int quote_closes_later(const struct reader *r)
{
	const char *s = r->t.low;
	size_t from = r->seg[r->cur_seg].end, to = from + 2000 < r->t.len ? from + 2000 : r->t.len;
	for (size_t i = from; i < to && s[i] != '\n'; i++)
		if (s[i] == '"')
			return 1;
	return 0;
}

/* A frame inside a quoted passage (a rule, an earlier order, a party's words
 * in quotation marks) commands nothing now. */
/* Veto the operative frames inside a quotation in single quotes, within the
 * sentence: "C.C.P. section 1008(a) states: 'When an application for an order
 * has been made ..., any party affected by the order may, within 10 days ...
 * make application to reconsider.'" A quotation opens with a mark before a
 * capitalised word and closes at the next mark standing alone (an apostrophe
 * inside a word, or a possessive's, is part of its word); one that does not
 * close in the sentence runs to its end only after a colon. */
static void single_quoted_vetoes(struct reader *r)
{
	for (size_t i = 0; i + 1 < r->tk.n; i++) {
		const struct token *k = &r->tk.v[i];
		if (k->type != TK_PUNCT || r->t.low[k->a] != '\'' || !r->tk.v[i + 1].initcap)
			continue;
		size_t close = i + 1;
		while (close < r->tk.n && !(r->tk.v[close].type == TK_PUNCT && r->t.low[r->tk.v[close].a] == '\''))
			close++;
		int after_colon = i > 0 && r->tk.v[i - 1].type == TK_PUNCT && r->t.low[r->tk.v[i - 1].a] == ':';
		if ((close == r->tk.n && !after_colon) || close - i <= 4) {
			i = close;
			continue;
		}
		for (size_t m = 0; m < r->fm.n; m++)
			if (!r->veto[m] && r->fm.v[m].anchor > i && r->fm.v[m].anchor < close &&
			    frame_kind_operative(frame_kind(r->fm.v[m].frame)))
				r->veto[m] = "quoted";
		i = close;
	}
}

void quoted_vetoes(struct reader *r)
{
	/* a quotation may have begun in a sentence before and go on past this one
	 * (never past a paragraph) */
	size_t open = r->in_quote ? 0 : SIZE_MAX;
	int from_before = r->in_quote;
	for (size_t i = 0; i <= r->tk.n; i++) {
		int end = i == r->tk.n;
		if (!end && (r->tk.v[i].type != TK_PUNCT || r->t.low[r->tk.v[i].a] != '"'))
			continue;
		if (open == SIZE_MAX) {
			if (!end)
				open = i;
			continue;
		}
		if (end && !from_before && !quote_closes_later(r))
			break; /* a stray mark ("- Q R E E R" in a scan) opens nothing */
		if (i - open > 4 || from_before || end)
			for (size_t m = 0; m < r->fm.n; m++)
				if (!r->veto[m] && r->fm.v[m].anchor >= open && r->fm.v[m].anchor < i &&
				    frame_kind_operative(frame_kind(r->fm.v[m].frame)))
					r->veto[m] = "quoted";
		from_before = 0;
		open = end ? open : SIZE_MAX;
		if (end)
			break;
	}
	/* still open at the end: the quotation goes on (a long one only: a lone
	 * inch mark or a stray quote does not open a page of quotation) */
	r->in_quote = open != SIZE_MAX && r->tk.n - open > 4 && quote_closes_later(r);
	single_quoted_vetoes(r);
}

/* A sentence that opens with the date something happened ("On November 2,
 * 2015, the clerk notified ...", "By order dated May 1, 2019, ...") tells the
 * case's history: nothing in it is ordered now. */
void narrative_veto(struct reader *r)
{
	size_t i = 0;
	if (i < r->tk.n && (token_is(&r->t, &r->tk.v[i], "on") || token_is(&r->t, &r->tk.v[i], "dated")))
		i++;
	else if (i + 2 < r->tk.n && token_is(&r->t, &r->tk.v[i], "by") && token_is(&r->t, &r->tk.v[i + 2], "dated"))
		i += 3;
	else
		return;
	if (i + 1 >= r->tk.n || r->tk.v[i].type != TK_DATE || r->tk.v[i].day == DATE_NONE ||
	    r->tk.v[i + 1].type != TK_PUNCT || r->t.low[r->tk.v[i + 1].a] != ',')
		return;
	/* "On June 5, 2020, the parties shall appear": a date to come; the day
	 * of the order itself ("On December 9, 2021, the parties filed ...")
	 * is that day's history */
	if (r->entered != DATE_NONE && r->tk.v[i].day > r->entered)
		return;
	/* with the order's date unknown, the clause tells: "On October 25,
	 * Plaintiff shall file ..." commands, where "On October 25, Plaintiff
	 * filed ..." (or "the Court ordered that Plaintiff shall ...") tells */
	if (r->entered == DATE_NONE)
		for (size_t j = i + 2; j < r->tk.n && j < i + 8 && r->tk.v[j].type != TK_PUNCT; j++) {
			if (token_is(&r->t, &r->tk.v[j], "shall") || token_is(&r->t, &r->tk.v[j], "must"))
				return;
			if (match_has_class(r, j, j + 1, lexicon_class("ruling")))
				break;
		}
	for (size_t m = 0; m < r->fm.n; m++)
		if (!r->veto[m] && frame_kind_operative(frame_kind(r->fm.v[m].frame)))
			r->veto[m] = "history (the sentence opens with a past date)";
}

/* A section heading in capitals at the start of segment sg: +1 one that
 * tells the case's history (BACKGROUND, PROCEDURAL HISTORY, FACTS), -1 one
 * that reasons or orders (DISCUSSION, ANALYSIS, CONCLUSION, ORDER), else 0. */
int section_heading(const struct reader *r, const struct segment *sg)
{
	static const char *const history[] = {"BACKGROUND", "PROCEDURAL HISTORY", "PROCEDURAL BACKGROUND",
					      "FACTUAL BACKGROUND", "FACTUAL AND PROCEDURAL BACKGROUND",
					      "STATEMENT OF FACTS", "FACTS", NULL};
	static const char *const other[] = {"DISCUSSION", "ANALYSIS", "CONCLUSION", "LEGAL STANDARD", "ORDER",
					    "IT IS", "ACCORDINGLY", NULL};
	const char *s = r->t.low + sg->start;
	size_t len = sg->end - sg->start;
	for (int pass = 0; pass < 2; pass++)
		for (const char *const *w = pass ? other : history; *w; w++) {
			size_t n = strlen(*w);
			if (len >= n && text_is_at(&r->t, sg->start, *w, n) && (len == n || !ascii_isalpha((unsigned char)s[n])))
				return pass ? -1 : 1;
		}
	return 0;
}

/* Is the {what} of an "and-gapped" match a bare noun phrase, the thing a
 * left-out verb governs ("rebuttal reports", "defendant its response"), not a
 * clause of its own ("we ORDER the appellee to file ...", "order counsel to")? */
static int gapped_thing(const struct reader *r, const struct frame_match *m)
{
	int classes[] = {lexicon_class("order"), lexicon_class("grant"), lexicon_class("set"), lexicon_class("ruling"),
			 lexicon_class("modal-duty"), lexicon_class("modal-will"), lexicon_class("modal-may"),
			 lexicon_class("be"), lexicon_class("pronoun"), lexicon_class("court")};
	static const char *const adverbial[] = {"in", "at", "on", "for", "with", "within", "after", "before", "then",
						"thereafter", "if", "unless", "not", NULL};
	if (m->slot_b[SLOT_WHAT] - m->slot_a[SLOT_WHAT] > 10 ||
	    token_among(&r->t, &r->tk.v[m->slot_a[SLOT_WHAT]], adverbial))
		return 0; /* ("and in any event by December 27") */
	for (size_t i = m->slot_a[SLOT_WHAT]; i < m->slot_b[SLOT_WHAT]; i++) {
		const struct token *k = &r->tk.v[i];
		if (token_is(&r->t, k, "to") || (k->type == TK_PUNCT && r->t.low[k->a] == ','))
			return 0;
		/* (a verb with its object is a clause: "and defendant answer the
		 * complaint"; "and the reply by June 1" is a noun) */
		static const char *const objects[] = {"the", "a", "an", "its", "their", "his", "her", "to", "all", "any",
						      NULL};
		if (token_has(k, r->cls_act, LF_BASE) && i + 1 < m->slot_b[SLOT_WHAT] &&
		    token_among(&r->t, &r->tk.v[i + 1], objects))
			return 0;
		for (size_t c = 0; c < sizeof classes / sizeof classes[0]; c++)
			if (classes[c] >= 0 && token_has(k, classes[c], 0) && !token_has(k, r->cls_party, 0))
				return 0;
	}
	return 1;
}

/* Is a remand frame's match the court's remand with what the lower court is
 * to do, not a remand spoken of ("We decline to remand ...", "It is
 * unnecessary to remand", "A remand ... would serve no purpose") nor the
 * usual disposition ("to proceed in a manner consistent with this opinion")? */
static int remand_ordered(const struct reader *r, const struct frame_match *m)
{
	static const char *const spoken[] = {"to", "a", "an", "the", "no", "any", "would", "could", "might", NULL};
	size_t v = m->start;
	while (v < m->end && strncmp(r->t.low + r->tk.v[v].a, "remand", 6))
		v++;
	/* (but "the remedy is to remand this case to ...": the disposition) */
	if (v < m->end && v > 0 && token_among(&r->t, &r->tk.v[v - 1], spoken) &&
	    !(v > 1 && token_is(&r->t, &r->tk.v[v - 1], "to") && token_has(&r->tk.v[v - 2], lexicon_class("be"), LF_PRES)))
		return 0;
	for (size_t i = m->slot_a[SLOT_WHO]; i < m->slot_b[SLOT_WHO]; i++)
		if (token_is(&r->t, &r->tk.v[i], "with"))
			return 0; /* ("remanded to the trial court with costs to be taxed") */
	size_t a = m->slot_a[SLOT_ACTION];
	if (a >= m->slot_b[SLOT_ACTION])
		return 1;
	static const char *const none[] = {"proceed", "proceedings", "costs", "be", NULL};
	static const char *const instructions[] = {"instructions", "directions", NULL};
	if (token_among(&r->t, &r->tk.v[a], none))
		return 0;
	/* "with" only as "with instructions to ..." */
	return !(a > 0 && token_is(&r->t, &r->tk.v[a - 1], "with") && !token_among(&r->t, &r->tk.v[a], instructions));
}

/* Does the motion the frame grants name another relief than a stay ("the
 * motion to dismiss is granted", in an order that also names a motion for
 * a stay)? */
static int names_other_motion(const struct reader *r, const struct frame_match *m)
{
	int cls_motion = lexicon_class("motion"), cls_stay = lexicon_class("stay");
	size_t i = m->start;
	while (i < r->tk.n && !token_has(&r->tk.v[i], cls_motion, 0) && i < m->start + 3)
		i++;
	/* (a motion the lexicon names whole, "motion to dismiss", is one token) */
	if (i < r->tk.n && memchr(r->t.low + r->tk.v[i].a, ' ', r->tk.v[i].b - r->tk.v[i].a))
		return !token_has(&r->tk.v[i], cls_stay, 0) &&
		       !memmem(r->t.low + r->tk.v[i].a, r->tk.v[i].b - r->tk.v[i].a, "stay", 4);
	if (i + 2 >= r->tk.n || !(token_is(&r->t, &r->tk.v[i + 1], "to") || token_is(&r->t, &r->tk.v[i + 1], "for")))
		return 0;
	for (size_t k = i + 2; k < r->tk.n && k < i + 6; k++)
		if (token_has(&r->tk.v[k], cls_stay, 0))
			return 0;
	return 1;
}

void drop_mistaken_forms(struct reader *r)
{
	size_t kept = 0;
	for (size_t i = 0; i < r->fm.n; i++) {
		const char *name = frame_name(r->fm.v[i].frame);
		/* (a form read only in an order that grants a stay: elsewhere it
		 * must not cut the clause of the frame it overlaps) */
		if ((frame_flags(r->fm.v[i].frame) & FF_TITLE_STAY) &&
		    (!r->title_stay || names_other_motion(r, &r->fm.v[i])))
			continue;
		if (!strcmp(name, "and-gapped") ? gapped_thing(r, &r->fm.v[i])
		    : !strncmp(name, "remand", 6) ? remand_ordered(r, &r->fm.v[i])
						   : 1)
			r->fm.v[kept++] = r->fm.v[i];
	}
	r->fm.n = kept;
}
