/*
 * refusals.c: why a duty the frames found is not calendared: a duty with
 * no time that is a rule of conduct, a condition, the clerk's or the lower
 * court's own act, or a step toward a timed duty (untimed_refusal); the
 * clerk's ministerial acts; a subject "no" negates; a sentence that only
 * announces the operative part after it; a frame's form that makes no duty
 * where it stands (form_refusal).
 */
#include "reader.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

/* Is the party m commands narrowed by a restrictive relative clause ("Any
 * party who wishes to respond shall ...", "Parties who do not intend to
 * participate must ...", "Counsel who will try the case must attend", "the
 * party wishing to file a sur-reply must ...")? Such
 * a subject is a condition: the duty binds only a party that meets it. (A
 * clause in the past names someone: "The person who filed this petition
 * must serve ..."; but "a defendant who did not answer" is a condition.) */
static int restricted_subject(const struct reader *r, const struct frame_match *m)
{
	if (m->slot_a[SLOT_WHO] >= m->slot_b[SLOT_WHO])
		return 0;
	/* (nor "mail it to Plaintiff who shall serve it": "who", right before
	 * the duty's modal, is its subject) */
	int cls_duty = lexicon_class("modal-duty");
	/* ("the party wishing to file a sur-reply must ...", "a party seeking
	 * relief shall ...": a participle of wanting is the same condition) */
	static const char *const wanting[] = {"wishing", "seeking", "desiring", "intending", "wanting", NULL};
	for (size_t i = m->slot_a[SLOT_WHO]; i < m->slot_b[SLOT_WHO]; i++)
		if (i > m->slot_a[SLOT_WHO] && token_among(&r->t, &r->tk.v[i], wanting))
			return 1;
	for (size_t i = m->slot_a[SLOT_WHO]; i <= m->slot_b[SLOT_WHO] && i + 1 < r->tk.n; i++) {
		if (!token_is(&r->t, &r->tk.v[i], "who"))
			continue;
		const struct token *verb = &r->tk.v[i + 1];
		unsigned forms = 0;
		for (int h = 0; h < verb->nhits; h++)
			forms |= verb->hit[h].forms;
		int past = (forms & LF_PAST) && !(forms & (LF_BASE | LF_PRES)) &&
			   !(i + 2 < r->tk.n && token_is(&r->t, &r->tk.v[i + 2], "not"));
		if (!token_has(verb, cls_duty, 0) && !past)
			return 1;
	}
	return 0;
}

/* Does the noun phrase that opens match m begin with "no" ("No hearing
 * will be held", "no further extensions will be granted")? Not a time said
 * first ("No later than May 1, plaintiff shall ..."). */
int negated_subject(const struct reader *r, const struct frame_match *m)
{
	static const char *const times[] = {"later", "earlier", "sooner", "less", "more", "fewer", NULL};
	if (m->start + 1 >= r->tk.n || !token_is(&r->t, &r->tk.v[m->start], "no"))
		return 0;
	int opens_slot = 0;
	for (int s = 0; s < SLOT_COUNT; s++)
		opens_slot |= m->slot_a[s] == m->start && m->slot_b[s] > m->start;
	for (int i = 0; opens_slot && times[i]; i++)
		if (token_is(&r->t, &r->tk.v[m->start + 1], times[i]))
			return 0;
	return opens_slot;
}

/* Does the verb at token i name one of the clerk's ministerial acts? */
int clerk_ministerial(const struct reader *r, size_t i)
{
	static const char *const acts[] = {"serve", "send", "mail", "provide", "forward", "transmit", "deliver",
					   "furnish", NULL};
	if (token_has(&r->tk.v[i], lexicon_class("ministerial"), 0))
		return 1;
	for (int k = 0; acts[k]; k++)
		if (token_is(&r->t, &r->tk.v[i], acts[k]))
			return 1;
	return 0;
}

/* Do tokens [a, b) hold the court's own tickler, a date followed by "check
 * for" ("The clerk of the court is directed to set a pro se case management
 * deadline in this case using the following text: February 3, 2021: check
 * for Respondents' answer and separate brief")? On that day the clerk looks
 * whether a paper came in; the party's duty is the order's own sentence. */
int court_tickler(const struct reader *r, size_t a, size_t b)
{
	for (size_t i = a + 1; i + 1 < b; i++) {
		size_t d = i - 1;
		while (d > a && r->tk.v[d].type == TK_PUNCT)
			d--;
		if (token_is(&r->t, &r->tk.v[i], "check") && token_is(&r->t, &r->tk.v[i + 1], "for") &&
		    r->tk.v[d].type == TK_DATE)
			return 1;
	}
	return 0;
}

/* Is the clerk that frame m commands this court's own ("the Clerk", "the
 * Clerk of Court", "the Clerk's Office"), not a lower court's ("the district
 * clerk", "the Clerk of Court for the Twenty-Third Judicial District")? */
int own_clerk(const struct reader *r, const struct frame_match *m, size_t ra)
{
	static const char *const others[] = {"district", "trial", "county", "state", "superior", "circuit", "lower",
					     "municipal", "probate", "family", "parish", "justice", "appeal", "appeals",
					     "bankruptcy", NULL};
	size_t a = m->slot_a[SLOT_WHO] < m->slot_b[SLOT_WHO] ? m->slot_a[SLOT_WHO] : ra;
	size_t b = m->slot_a[SLOT_WHO] < m->slot_b[SLOT_WHO] ? m->slot_b[SLOT_WHO] : m->anchor;
	for (size_t i = a; i < b; i++)
		if (token_among(&r->t, &r->tk.v[i], others))
			return 0;
	return 1;
}

/* Does the verb phrase at token i begin with an act to calendar? */
static int docketable(const struct reader *r, size_t i, size_t end)
{
	int cls_adv = lexicon_class("adv-order");
	while (i < end && (token_has(&r->tk.v[i], cls_adv, 0) || token_is(&r->t, &r->tk.v[i], "be") ||
			   token_is(&r->t, &r->tk.v[i], "personally")))
		i++;
	if (i >= end)
		return 0;
	const struct token *k = &r->tk.v[i];
	if (token_has(k, r->cls_act, 0) || token_has(k, r->cls_attend, 0))
		return 1;
	/* "to conduct a hearing", "shall hold an evidentiary hearing": an event
	 * the one commanded holds, calendared as its duty */
	if (token_has(k, lexicon_class("hold"), LF_BASE))
		for (size_t j = i + 1; j < end && j <= i + 4; j++)
			if (token_has(&r->tk.v[j], r->cls_event, 0))
				return 1;
	/* "shall give notice", "to give written notice of the hearing": notice is
	 * a paper served, as "notify" is an act */
	size_t given = token_is(&r->t, k, "give") ? i + 1 : i > 0 && token_is(&r->t, &r->tk.v[i - 1], "give") ? i : 0;
	for (size_t j = given; given && j < end && j < given + 4; j++) /* (or "give" the frame's own word) */
		if (token_is(&r->t, &r->tk.v[j], "notice"))
			return 1;
	return 0;
}




/* Is the duty's verb one the frame itself matched, an act ("is to serve
 * this order", "must be electronically filed with the Court")? */
static int frame_names_act(const struct reader *r, const struct frame_match *m, size_t act_at)
{
	for (size_t i = m->anchor; i < act_at; i++) {
		int in_slot = 0; /* (the frame's own words, not its noun phrases: "the party filing the motion") */
		for (int s = 0; s < SLOT_ACTION && !in_slot; s++)
			in_slot = i >= m->slot_a[s] && i < m->slot_b[s];
		if (!in_slot && (token_has(&r->tk.v[i], r->cls_act, 0) || token_has(&r->tk.v[i], r->cls_attend, 0)))
			return 1;
	}
	return 0;
}

/* Does the segment announce, as the court's present act, what follows it
 * ("Case-management dates and deadlines are set as follows:", "The following
 * deadlines are hereby established:")? It opens the decretal part as "IT IS
 * ORDERED:" does (not "The deadlines were set as follows:", a recital). */
int announces_operative(const struct reader *r)
{
	size_t n = r->tk.n;
	if (n < 4 || r->tk.v[n - 1].type != TK_PUNCT || r->t.low[r->tk.v[n - 1].a] != ':')
		return 0;
	int cls_set = lexicon_class("set"), cls_order = lexicon_class("order"), cls_be = lexicon_class("be");
	/* what it announces is a schedule ("dates", "deadlines"), not findings
	 * ("The Court finds that the following facts are established:") */
	static const char *const schedule[] = {"date", "dates", "deadline", "deadlines", "schedule", "scheduling", NULL};
	static const char *const findings[] = {"finds", "found", "facts", "forth", "out", NULL};
	int following = 0, verb = 0, dates = 0;
	for (size_t i = 0; i < n; i++) {
		const struct token *k = &r->tk.v[i];
		if (token_among(&r->t, k, findings))
			return 0;
		dates |= token_among(&r->t, k, schedule);
		following |= token_is(&r->t, k, "follows") || token_is(&r->t, k, "following");
		if (i > 0 && (token_has(k, cls_set, LF_PP) || token_has(k, cls_order, LF_PP) ||
			      token_is(&r->t, k, "established") || token_is(&r->t, k, "adopted"))) {
			/* the participle after a present "is"/"are"/"shall be" (an adverb between) */
			size_t b = i - 1;
			if (b > 0 && token_has(&r->tk.v[b], lexicon_class("adv-order"), 0))
				b--;
			const struct token *aux = &r->tk.v[b];
			verb |= token_has(aux, cls_be, LF_PRES) ||
				(token_is(&r->t, aux, "be") && b > 0 && token_has(&r->tk.v[b - 1], lexicon_class("modal-duty"), 0));
		}
	}
	return following && verb && dates;
}

/* Does the act at act_at (its clause ends at rb) take "all" papers of a
 * kind ("serve all pleadings", "all notices of appeal", "all motions and
 * papers")? */
static int every_paper(const struct reader *r, size_t act_at, size_t rb)
{
	static const char *const papers[] = {"pleadings", "motions", "notices", "papers", "filings", "documents", NULL};
	for (size_t i = act_at + 1; i < rb && i < act_at + 4; i++)
		if (token_is(&r->t, &r->tk.v[i], "all"))
			return i + 1 < rb && token_among(&r->t, &r->tk.v[i + 1], papers);
	return 0;
}

/* Why a duty that states no time is not calendared, or NULL: a rule of
 * conduct on a condition, a step toward the timed duty joined to it, an act
 * no clerk dockets, or a lower court's transmittal. m's clause is tokens
 * [ra, rb), its act at act_at; tm its (missing) time. */
const char *untimed_refusal(const struct reader *r, const struct frame_match *m, const char *who, size_t ra,
			    size_t rb, size_t act_at, const struct times *tm)
{
	enum frame_kind kind = frame_kind(m->frame);
	const char *fname = frame_name(m->frame);
	int open = !tm->invalid && !tm->immediately;
	/* a duty that arises only on a condition stated before it is a rule of
	 * conduct, not a calendar entry */
	if ((open && conditional(r, ra, m->start)) || (!tm->invalid && restricted_subject(r, m)))
		return "a duty on a condition, with no time";
	/* "Counsel shall meet and confer, and at least ten days before the
	 * conference, the parties shall deliver a report": a duty joined to a
	 * timed one after it is a step toward that one */
	if (open && rb < r->tk.n && rb > ra &&
	    (token_is(&r->t, &r->tk.v[rb - 1], "and") ||
	     (rb - ra > 1 && token_is(&r->t, &r->tk.v[rb - 2], "and") && r->tk.v[rb - 1].type == TK_PUNCT)) &&
	    has_time_token(r, rb, r->tk.n))
		return "a step, with no time, toward the timed duty joined to it";
	/* it is calendared only when it is an act a clerk can docket (file,
	 * serve, produce, respond, pay, appear ...), not conduct ("shall
	 * ensure", "shall call the number"); what a lower court is to do on
	 * remand is its duty, whatever the act; and so is what is to be done
	 * before an event the court holds ("Prior to the settlement conference,
	 * counsel shall discuss settlement with their clients"), a time the
	 * calendar holds, unless the command is a softer one ("Before the
	 * conference, counsel should review the rules": advice) */
	int before_event = tm->held_event && strncmp(fname, "should", 6);
	if (open && !before_event && kind != FK_SETTING && kind != FK_HEARING && strncmp(fname, "remand", 6) &&
	    !docketable(r, act_at, rb) && !frame_names_act(r, m, act_at))
		return "a duty with no time that is not an act to calendar";
	/* "The parties shall serve all pleadings and motions filed in this
	 * action ... upon the United States": a rule for every paper of the
	 * case, with no time, is conduct, not a calendar entry */
	if (open && kind != FK_SETTING && kind != FK_HEARING && every_paper(r, act_at, rb))
		return "a rule for every paper of the case, with no time";
	/* "The district court is further ordered to provide a copy of its ruling
	 * to this Court": the lower court's transmittal, with no time of its own
	 * (its findings or record due within a period are calendared) */
	if (!strcmp(who, "trial court") && act_at < rb && clerk_ministerial(r, act_at))
		return "the lower court's transmittal, with no time of its own";
	return NULL;
}

/* Why the form of operative match m makes no obligation here (the note),
 * "" when it needs no note, or NULL when it may make one: a rule for any
 * paper, a gerund that is a subject, a purpose, a negated subject, a label
 * that is no row, a decretal form before the decretal part, a joined verb
 * with no duty before it, a warning, a label read as an imperative. */
const char *form_refusal(const struct reader *r, const struct frame_match *m, size_t ra,
			 const struct extracted *prev)
{
	enum frame_kind kind = frame_kind(m->frame);
	const char *fname = frame_name(m->frame);
	unsigned flags = frame_flags(m->frame);
	/* "If any communication ... is not responded to within 30 days": a rule
	 * for any paper, not a deadline for one */
	if (!strcmp(fname, "if-not-done") && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT]) {
		const struct token *w = &r->tk.v[m->slot_a[SLOT_WHAT]];
		if (token_is(&r->t, w, "any") || token_is(&r->t, w, "a") || token_is(&r->t, w, "an"))
			return "";
	}
	/* "...; staying the case until 10/30/2024": a ruling of docket text set
	 * apart by its semicolon, not a gerund that is a sentence's subject
	 * ("Staying discovery pending the ruling would prejudice plaintiff") */
	if (!strcmp(fname, "staying-clause")) {
		size_t p = r->seg[r->cur_seg].start;
		while (p > 0 && r->t.low[p - 1] == ' ')
			p--;
		if (p == 0 || r->t.low[p - 1] != ';')
			return "";
	}
	/* "In order for the court to consider the motion, ...": a purpose, not
	 * an order's title */
	if (!strcmp(fname, "order-for") && m->start > 0 && token_is(&r->t, &r->tk.v[m->start - 1], "in"))
		return "";
	/* "No hearing will be held on June 5"; "No depositions shall be taken
	 * before June 30": a subject that "no" opens denies what the frame would
	 * set or command */
	if (kind != FK_UNTIL && negated_subject(r, m))
		return "its subject is negated ('No hearing will be held'): it sets nothing";
	/* "Response deadline 9/25/2017.": a label of a few words, not a caption
	 * run on into it ("... v. GERALD JOHNSON, DEADLINE: MARCH 15, 2018"), the
	 * sentence's one date (a line of such cells is read cell by cell) */
	if (!strcmp(fname, "deadline-label")) {
		size_t a = m->slot_a[SLOT_WHAT], b = m->slot_b[SLOT_WHAT];
		if (b - a > 8)
			return "";
		for (size_t i = a; i < b; i++)
			if (r->tk.v[i].type == TK_PUNCT && r->t.low[r->tk.v[i].a] == ',')
				return "";
		/* (after the date only its hour and a note of the zone in
		 * brackets: "Objection Deadline: November 3, 2010 at 4:00 p.m.
		 * (prevailing Eastern Time)") */
		int bracket = 0;
		for (size_t i = m->end; i < r->tk.n; i++) {
			const struct token *k = &r->tk.v[i];
			if (k->type == TK_PUNCT && strchr("()", r->t.low[k->a]))
				bracket = r->t.low[k->a] == '(';
			else if (k->type != TK_PUNCT && k->type != TK_TIME && !bracket && !token_is(&r->t, k, "at"))
				return "";
		}
		/* (nor one that names only the act, no paper: "Filing Deadline:
		 * 4/1/20", a cell of the row before it) */
		if (b - a == 1 && token_has(&r->tk.v[a], r->cls_act, LF_ING))
			return "";
	}
	if ((flags & FF_DECRETAL) && !r->decretal)
		return "before the decretal part";
	if (kind == FK_COORD && !prev && !r->sentence_who[0])
		return "";
	/* "If Plaintiff fails to respond, the Court will order him to show
	 * cause within 14 days" (or "will allow defendant 30 days to ..."):
	 * what the court will order only on a condition warns; it commands
	 * nothing now */
	if ((!strcmp(fname, "court-will-order-to") || !strncmp(fname, "court-will-give-", 16)) &&
	    conditional(r, ra, m->start))
		return "a command the court will give only on a condition: a warning";
	/* an imperative is no label: "File Size: 42.6 kB", "Cause number: ..." */
	for (size_t i = m->start + 1; !strcmp(fname, "imperative") && i < r->tk.n && i <= m->start + 3; i++)
		if (r->tk.v[i].type == TK_PUNCT && r->t.low[r->tk.v[i].a] == ':')
			return "a label before its colon, not a command";
	return NULL;
}
