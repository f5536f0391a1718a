/*
 * stays.c: an until-obligation (see reader.h): whether a stay frame's clause
 * stays anything now (not a warning, the schedule in force, a rule of
 * conduct, a stay on a condition), and the stay's party, end (until.c reads
 * the ending event; a date, a period from an event or from entry, or the
 * reason the sentence before gives) and what it stays.
 */
#include "reader.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "timex.h"
#include "until.h"
#include "util.h"

/* The ending event stated in [a, b) (until_span), in the text's case; NULL
 * when there is none. */
static char *until_text(const struct reader *r, size_t a, size_t b, size_t *cue_at)
{
	size_t ea, eb;
	if (!until_span(r->t.low, a, b, cue_at, &ea, &eb) || eb <= ea)
		return NULL;
	return text_copy(&r->t, ea, eb);
}

/* The restraint's verb of frame m ("enjoin", "prohibit", ...), or NULL for
 * a stay or an abatement. */
static const char *restraint_verb(const struct reader *r, const struct frame_match *m)
{
	static const char *const restraints[] = {"enjoin", "restrain", "prohibit", "bar", "protect", NULL};
	const char *verb = NULL;
	for (size_t i = m->anchor; i < m->end && !verb; i++)
		if (token_has(&r->tk.v[i], r->cls_stay, 0))
			verb = token_lemma_among(&r->tk.v[i], restraints);
	return verb;
}

/* A restraint ("enjoined", "prohibited", "protected", "barred") binds until
 * something only when it says from what or until when; "matters other than
 * scheduling are strictly prohibited" is a rule of conduct. A stay or an
 * abatement needs neither. */
static int restraint_has_object(const struct reader *r, const struct frame_match *m)
{
	if (!restraint_verb(r, m))
		return 1;
	for (size_t i = m->end; i < r->tk.n && i < m->end + 4; i++)
		if (token_is(&r->t, &r->tk.v[i], "from") || token_is(&r->t, &r->tk.v[i], "until") ||
		    token_is(&r->t, &r->tk.v[i], "pending") || token_is(&r->t, &r->tk.v[i], "and"))
			return 1;
	return 0;
}

/* The ending event a stay is given in the sentence before the current one,
 * in the same paragraph ("... should be stayed pending X."), with *from set to
 * where that sentence begins; NULL if it gives none. */
static char *stay_reason_before(struct reader *r, size_t *from)
{
	if (r->cur_seg == 0)
		return NULL;
	const struct segment *p = &r->seg[r->cur_seg - 1], *c = &r->seg[r->cur_seg];
	if (memchr(r->t.low + p->end, '\n', c->start - p->end))
		return NULL;
	int stay = 0;
	for (size_t i = p->start; i + 4 <= p->end && !stay; i++)
		stay = !memcmp(r->t.low + i, "stay", 4) && (i == 0 || !ascii_isalpha((unsigned char)r->t.low[i - 1]));
	if (!stay)
		return NULL;
	size_t cue;
	char *ev = until_text(r, p->start, p->end, &cue);
	if (ev)
		*from = p->start;
	return ev;
}

/* Make an until-obligation from match m whose clause is bytes [ra, rb). */
static void until_obligation(struct reader *r, const struct frame_match *m, size_t ra, size_t rb)
{
	struct extracted *e = new_item(r);
	e->kind = "until";
	e->frame = frame_name(m->frame);
	char who[48];
	size_t wa = m->slot_a[SLOT_WHAT], wb = m->slot_b[SLOT_WHAT];
	/* (a party barred until an end is named as the frame's party is:
	 * "Champlin may not provide the report ... until June 15") */
	size_t pa = m->slot_a[SLOT_WHO], pb = m->slot_b[SLOT_WHO];
	if (wa < wb && party_of(&r->t, &r->tk, wa, wb, &r->pc, who, sizeof who) == PARTY_ROLE)
		e->who = xstrdup(who);
	else if (pa < pb && party_of(&r->t, &r->tk, pa, pb, &r->pc, who, sizeof who) != PARTY_NONE)
		e->who = xstrdup(who);
	else
		e->who = xstrdup("parties");
	size_t cue = rb;
	char saved = r->t.low[rb];
	r->t.low[rb] = '\0';
	e->until = until_text(r, tok_a(r, m->anchor), rb, &cue);
	/* "Until the conclusion of the arbitration, this case will remain STAYED" */
	if (!e->until && ra < tok_a(r, m->start)) {
		size_t fronted;
		e->until = until_text(r, ra, tok_a(r, m->start), &fronted);
	}
	r->t.low[rb] = saved;
	/* "stayed until 14 days after the conclusion of ...": a period from an event */
	if (e->until) {
		char *low = xstrdup(e->until);
		for (char *p = low; *p; p++)
			*p = (char)ascii_tolower((unsigned char)*p);
		struct timex_period tp;
		if (timex_number(low, 0, &tp.n, &tp.end) && timex_period(low, 0, &tp) && tp.start == 0 && tp.event[0]) {
			e->has_trigger = 1;
			e->n = tp.n;
			e->unit = tp.unit;
			e->before = tp.before;
			e->event = xstrdup(tp.event);
			e->basis = "stated";
		}
		free(low);
	}
	/* "stayed until 10/5/2017": a stay that ends on a stated date (or
	 * once it has passed: "may not provide the report ... until after
	 * June 15, 2021") */
	if (e->until) {
		char *low = xstrdup(e->until);
		for (char *p = low; *p; p++)
			*p = (char)ascii_tolower((unsigned char)*p);
		dl_day d;
		size_t de;
		if (timex_date(low, strncmp(low, "after ", 6) ? 0 : 6, &d, &de) == DATE_FOUND)
			e->due = d;
		free(low);
	}
	/* "This action is STAYED for ninety (90) days", "continued for an
	 * additional thirty days", "we abate the appeal and remand the case to
	 * the trial court for a period of thirty days": a stay for a period,
	 * counted from the order's entry */
	static const char *const period_of[] = {"a", "an", "the", "period", "of", "additional", "further", NULL};
	int open_ended = e->until && !strncasecmp(e->until, "further order", 13);
	for (size_t i = m->anchor; (!e->until || open_ended) && i + 1 < r->tk.n && tok_b(r, i) <= rb; i++) {
		size_t j = i + 1;
		while (j < r->tk.n && j <= i + 4 && token_among(&r->t, &r->tk.v[j], period_of))
			j++;
		if (j >= r->tk.n)
			break;
		const struct token *k = &r->tk.v[j];
		long n;
		size_t ne;
		/* ("The appeal shall be reinstated thirty days from the date of this order") */
		int reinstated = !strcmp(e->frame, "reinstated") && (token_is(&r->t, &r->tk.v[i], "reinstated") ||
								     token_is(&r->t, &r->tk.v[i], "reactivated"));
		if ((!token_is(&r->t, &r->tk.v[i], "for") && !reinstated) || k->type != TK_PERIOD ||
		    !timex_number(r->t.low, k->a, &n, &ne))
			continue;
		const char *unit = "days";
		if (r->t.low[ne] == ' ' || r->t.low[ne] == '-')
			timex_unit(r->t.low, ne + 1, k->b, &unit);
		e->has_trigger = 1;
		e->n = n;
		e->unit = unit;
		e->event = xstrdup("entry");
		/* ("... for ninety days, or until further order of the Court") */
		char *until = xasprintf("%ld %s after entry%s", n, unit, open_ended ? ", or further order of the court" : "");
		free(e->until);
		e->until = until;
		open_ended = 0;
		e->basis = "stated";
	}
	/* "We conclude that discovery should be stayed pending disposition of the
	 * motion to dismiss. Accordingly, defendants' motion for a stay is
	 * granted.": a grant takes its ending event from the reason just before */
	size_t qa = ra;
	if (!e->until && (!strcmp(e->frame, "stay-granted") || !strcmp(e->frame, "motion-granted-stay")))
		e->until = stay_reason_before(r, &qa);
	/* (a grant that names no motion, "Defendant's motion is granted", is
	 * quoted where the motion is named with the end it asks: that sentence
	 * says what is stayed and until when) */
	int named_before = 0;
	if (!e->until && r->title_until) {
		e->until = xstrdup(r->title_until);
		named_before = !strcmp(e->frame, "motion-granted-stay");
	}
	if (!e->until) {
		e->until = xstrdup("further order of the court");
		e->doubts |= DOUBT_OPEN_STAY;
	}
	/* action: what is stayed, from the stay's verb to its end ("protected
	 * from discovery of matters outside ...") or the thing stayed */
	size_t s = tok_a(r, m->anchor);
	for (size_t i = m->anchor; i < m->end; i++)
		if (token_has(&r->tk.v[i], r->cls_stay, 0)) {
			s = tok_a(r, i);
			break;
		}
	size_t end = cue > s ? cue : rb;
	if (end < s)
		end = s; /* the stay's verb lies past this clause (a frame reaching into the next) */
	if (wa < wb && !strcmp(e->frame, "reinstated")) { /* the abatement the reinstatement ends */
		char *thing = trimmed_copy(&r->t, tok_a(r, wa), tok_b(r, wb - 1));
		e->action = xasprintf("%s abated until reinstated", thing);
		free(thing);
	} else if (wa < wb && (cue <= s || end - s < 12)) {
		char *thing = trimmed_copy(&r->t, tok_a(r, wa), tok_b(r, wb - 1));
		e->action = xasprintf("%s stayed", thing);
		free(thing);
	} else
		e->action = trimmed_copy(&r->t, s, end);
	if (r->scope && (strstr(r->t.low + ra, "parameters set forth") || strstr(r->t.low + ra, "limits set forth")))
		e->scope = xstrdup(r->scope);
	/* (the segments are in the text's order: the last that starts at or
	 * before the end's place, found by halving) */
	const struct segment *naming = NULL;
	size_t lo = 0, hi = named_before ? r->nseg : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->seg[mid].start <= r->title_until_at)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && r->title_until_at < r->seg[lo - 1].end &&
	    r->seg[lo - 1].end - r->seg[lo - 1].start < 600) /* (a sentence, not a caption run on) */
		naming = &r->seg[lo - 1];
	if (naming)
		set_quote_exact(r, e, naming->start, naming->end);
	else if (qa < ra)
		set_quote_exact(r, e, qa, rb);
	else
		set_quote(r, e, ra, rb);
	mark_used(r, m);
}

int names_restraint(const struct reader *r, size_t a, size_t b)
{
	static const char *const restraint[] = {"stay", "stays", "injunction", "restraining", "tro", "abeyance",
						"suspension", "protection", "seal", NULL};
	for (size_t i = a; i < b; i++)
		if (token_among(&r->t, &r->tk.v[i], restraint))
			return 1;
	return 0;
}

/* Is m's stay said with "will" after a clause that opens with "if" or
 * "unless" ("should" and a party, inverted) in its sentence? */
static int future_after_condition(const struct reader *r, const struct frame_match *m)
{
	static const char *const conditions[] = {"if", "unless", NULL};
	int cls_will = lexicon_class("modal-will"), will = 0, cond = 0;
	for (size_t i = m->start; i < m->end && !will; i++)
		will = token_has(&r->tk.v[i], cls_will, 0);
	for (size_t i = 0; i < m->start && !cond; i++)
		cond = token_among(&r->t, &r->tk.v[i], conditions) || (i + 1 < m->start && inverted_condition(r, i));
	return will && cond;
}

int stay_obligation(struct reader *r, const struct frame_match *m, size_t rb, size_t ba, size_t bb)
{
	const char *fname = frame_name(m->frame);
	/* "If appellant's brief is not filed by that date, we will abate the
	 * appeal": what the court will do if a duty is not met warns, it
	 * stays nothing now */
	if (!strcmp(fname, "court-will-stay") && conditional(r, 0, m->start)) {
		add_note(r, ba, bb, fname, xstrdup("a stay the court will impose only on a condition: a warning"));
		return 0;
	}
	/* "If the brief is not timely filed, the appeal will be abated": a stay
	 * said in the future after "if" or "unless" warns; it stays nothing now
	 * (a time, "once defendants have appeared, discovery will be stayed",
	 * is no condition) */
	if (!strcmp(fname, "stayed") && future_after_condition(r, m)) {
		add_note(r, ba, bb, fname, xstrdup("a stay said in the future on a condition: a warning"));
		return 0;
	}
	/* "All other deadlines ... remain in effect", "the following schedule
	 * of deadlines is in effect until further order", "the case management
	 * plan ... remains in full force and effect": the schedule in force,
	 * not a stay */
	if (!strcmp(fname, "remains-in-effect") || !strcmp(fname, "effective-until")) {
		static const char *const schedule[] = {"deadlines", "deadline", "dates", "schedule", "plan", NULL};
		static const char *const of_schedule[] = {"scheduling", "management", "pretrial", "progression", NULL};
		/* (the subject, or a noun of its sentence before it: "the case
		 * management plan entered on August 30, 2021, Dkt. No. 50, remains
		 * in full force") */
		int restraint = names_restraint(r, m->slot_a[SLOT_WHAT], m->slot_b[SLOT_WHAT]);
		for (size_t i = 0; i < m->slot_b[SLOT_WHAT] && !restraint; i++)
			if (token_among(&r->t, &r->tk.v[i], schedule) ||
			    /* ("the case management order ... remains in full force") */
			    (i > 0 && token_is(&r->t, &r->tk.v[i], "order") &&
			     token_among(&r->t, &r->tk.v[i - 1], of_schedule))) {
				add_note(r, ba, bb, fname, xstrdup("the schedule in force, not a stay"));
				return 0;
			}
	}
	/* "the speedy trial clock is tolled until June 20": time the Speedy
	 * Trial Act excludes (18 U.S.C. 3161(h)) holds no party's act */
	static const char *const clock[] = {"clock", "time", "period", "computation", "calculation", NULL};
	size_t wa = m->slot_a[SLOT_WHAT], wb = m->slot_b[SLOT_WHAT];
	int clock_noun = wa < wb && token_among(&r->t, &r->tk.v[wb - 1], clock);
	for (size_t i = wa; clock_noun && i + 2 < wb; i++)
		if (token_is(&r->t, &r->tk.v[i], "speedy") && token_is(&r->t, &r->tk.v[i + 1], "trial")) {
			add_note(r, ba, bb, fname, xstrdup("time excluded under the Speedy Trial Act, not a stay"));
			return 0;
		}
	/* "everyone is strictly prohibited from recording any hearing": a
	 * restraint on anyone at all is a rule of conduct, not a party's stay */
	static const char *const anyone[] = {"everyone", "anyone", "everybody", "anybody", "persons", "person",
					     "public", "one", NULL};
	if (wa < wb && restraint_verb(r, m) && token_among(&r->t, &r->tk.v[wb - 1], anyone)) {
		add_note(r, ba, bb, fname, xstrdup("a rule of conduct for anyone at all, not a restraint that ends"));
		return 0;
	}
	/* "Parties directed not to use speakerphones": a command not to act
	 * with no end is a rule of conduct; "directed not to remove ... until
	 * further order" restrains until its end */
	size_t cue, ea, eb;
	if (!strcmp(fname, "ordered-not-to") && !until_span(r->t.low, tok_a(r, m->anchor), bb, &cue, &ea, &eb)) {
		add_note(r, ba, bb, fname, xstrdup("a command not to act, with no end: a rule of conduct"));
		return 0;
	}
	if (!restraint_has_object(r, m)) {
		add_note(r, ba, bb, fname, xstrdup("a rule of conduct ('are prohibited'), not a restraint that ends"));
		return 0;
	}
	/* "The Court will grant a stay only if the parties ...": a stay
	 * promised on a condition after it (in its own clause: not "we
	 * abate the appeal and remand to ... whether ... and, if not, ...")
	 * is not granted yet */
	for (size_t i = m->end; i < rb && r->tk.v[i].type != TK_PUNCT && !token_is(&r->t, &r->tk.v[i], "and"); i++)
		if (token_is(&r->t, &r->tk.v[i], "if")) {
			add_note(r, ba, bb, fname, xstrdup("a stay on a condition stated after it ('if ...')"));
			return 0;
		}
	until_obligation(r, m, ba, bb);
	return 1;
}
