/*
 * action.c: what an obligation commands be done, in the active voice and
 * without its time: the verb phrase a frame's action slot holds ("shall file
 * an answer by June 5" -> "file an answer"), a passive duty turned active
 * ("All motions shall be filed" -> "file all motions"), the verb a gapped
 * clause shares ("..., and rebuttal reports by August 1" -> "file rebuttal
 * reports"), the event a setting or attendance names ("attend the final
 * pretrial conference"), and the act a time set is for ("the deadline for
 * plaintiff to respond" -> "respond"). See reader.h.
 */
#include "reader.h"

#include "ascii.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "util.h"

/* What a time set or extended is for: "the due date for petitioner to
 * respond to the Order" -> "respond to the Order"; else the thing itself. */
static char *time_to_act(const char *thing)
{
	static const char *const times[] = {"the deadline ", "deadline ", "the time ", "time ", "the due date ",
					    "due date ", "the date ", NULL};
	if (!*thing)
		return xstrdup(ACTION_UNSTATED);
	for (int i = 0; times[i]; i++)
		if (!strncasecmp(thing, times[i], strlen(times[i]))) {
			const char *to = strstr(thing, " to ");
			if (to && to[4])
				return xstrdup(to + 4);
			break;
		}
	return xstrdup(thing);
}

/* Are the tokens from i up to offset q only verbs and commas ("serve, file"
 * before ", and submit to the Magistrate Judge a brief"): a list of verbs
 * that share what follows, not a clause that ends at the comma? */
static int verb_list_before(const struct reader *r, size_t i, size_t q)
{
	int verbs = 0;
	for (size_t k = i; k < r->tk.n && tok_a(r, k) < q; k++) {
		const struct token *t = &r->tk.v[k];
		if (t->type == TK_PUNCT && r->t.low[t->a] == ',')
			continue;
		if (t->type != TK_WORD || !token_has(t, r->cls_act, 0))
			return 0;
		verbs++;
	}
	return verbs >= 2;
}

/* Where the event named in tokens [a, b) ends when the setting it had
 * follows it ("The status conference | previously set for June 3, 2019,
 * at 10:00 a.m., is continued to"; "the hearing | heretofore scheduled to
 * commence on ..."): the event, not the date it is moved from. */
static size_t before_old_setting(const struct reader *r, size_t a, size_t b)
{
	int cls_past = lexicon_class("adv-past");
	for (size_t k = a + 1; k < b; k++) {
		if (!token_has(&r->tk.v[k], r->cls_set, LF_PP))
			continue;
		size_t from = k > a + 1 && cls_past >= 0 && token_has(&r->tk.v[k - 1], cls_past, 0) ? k - 1 : k;
		if (from > a && token_has(&r->tk.v[from - 1], r->cls_event, 0))
			return from;
	}
	return b;
}

/* The action: the verb phrase from token i, without its time expressions. */
char *action_from(const struct reader *r, size_t i, size_t end)
{
	if (i >= end)
		return xstrdup("");
	const char *low = r->t.low;
	size_t s = tok_a(r, i), e = tok_b(r, end - 1);
	static const char *const stops[] = {" within ", " w/i ", " by ", " no later than ", " not later than ",
					    " on or before ", " until ", " pending ", " on ", " at least ",
					    " prior to ", " before ", " whichever ", " if ", " unless ",
					    " in accordance ", " pursuant to ", "; ", ". ", ", and ",
					    ", or ", " or within ", " after ", " from the date",
					    " of the date", " thereafter", NULL};
	for (int k = 0; stops[k]; k++) {
		const char *q = strstr(low + s, stops[k]);
		if (q && (size_t)(q - low) < e && (size_t)(q - low) > s && !verb_list_before(r, i, (size_t)(q - low)))
			e = (size_t)(q - low);
	}
	/* (a date after a determiner names the paper, not its time: "respond to
	 * the August 24, 2021 order") */
	static const char *const determiners[] = {"the", "its", "this", "that", "his", "her", "their", "your", NULL};
	for (size_t k = i; k < end && tok_a(r, k) < e; k++) {
		enum token_type ty = r->tk.v[k].type;
		if (ty == TK_DATE && k > i && token_among(&r->t, &r->tk.v[k - 1], determiners))
			continue;
		if ((ty == TK_DATE || ty == TK_TIME || ty == TK_PERIOD) && tok_a(r, k) > s) {
			e = tok_a(r, k);
			break;
		}
	}
	size_t words = 0;
	for (size_t k = s; k < e; k++)
		if (low[k] == ' ' && ++words == 14) {
			e = k;
			break;
		}
	/* (nor a preposition its time took away: "file status reports at | 90-day
	 * intervals") */
	static const char *const dangling[] = {" at", " on", " by", " in", " within", " of", " for", " from",
					       " every", NULL};
	for (int again = 1; again;) {
		again = 0;
		while (e > s && low[e - 1] == ' ')
			e--;
		for (int k = 0; dangling[k]; k++) {
			size_t n = strlen(dangling[k]);
			if (e >= s + n && !strncmp(low + e - n, dangling[k], n)) {
				e -= n;
				again = 1;
				break;
			}
		}
	}
	return trimmed_copy(&r->t, s, e);
}

/* The first "for" at or after token i before end (end when none). */
static size_t for_after(const struct reader *r, size_t i, size_t end)
{
	while (i < end && !token_is(&r->t, &r->tk.v[i], "for"))
		i++;
	return i;
}

/* The first verb of an act in tokens (a, b), or a when there is none: where
 * a duty's own words begin after its modal ("shall, by May 1, file"). */
size_t first_verb(const struct reader *r, size_t a, size_t b)
{
	for (size_t i = a + 1; i < b; i++)
		if (token_has(&r->tk.v[i], r->cls_act, 0))
			return i;
	return a;
}

const char *act_pp_lemma(const struct reader *r, size_t i)
{
	const struct token *v = &r->tk.v[i];
	for (int h = 0; h < v->nhits; h++)
		if ((lexicon_entry_classes(v->hit[h].entry) & ((uint64_t)1 << r->cls_act)) && (v->hit[h].forms & LF_PP))
			return lexicon_entry_lemma(v->hit[h].entry);
	return NULL;
}

/* A passive duty's action in the active voice: "All motions ... shall be
 * filed by ..." -> "file all motions ...". NULL when m is not one. */
static char *passive_action(const struct reader *r, const struct frame_match *m)
{
	size_t wa = m->slot_a[SLOT_WHAT], wb = m->slot_b[SLOT_WHAT], act = m->slot_a[SLOT_ACTION];
	/* (the thing's noun phrase without the "and" that joined its clause:
	 * "..., and defendant's pretrial statement shall be filed") */
	while (wa + 1 < wb && (token_is(&r->t, &r->tk.v[wa], "and") || token_is(&r->t, &r->tk.v[wa], "or")))
		wa++;
	if (wa >= wb || act >= m->slot_b[SLOT_ACTION] || act == 0)
		return NULL;
	const char *verb = act_pp_lemma(r, act - 1);
	/* (what is to be received by a day is to be delivered by it: "Comments
	 * are to be received by the Board no later than March 5") */
	if (!verb && token_has(&r->tk.v[act - 1], lexicon_class("receipt"), LF_PP))
		verb = "deliver";
	if (!verb)
		return NULL;
	char *thing = trimmed_copy(&r->t, tok_a(r, wa), tok_b(r, wb - 1));
	char *a = xasprintf("%s %s", verb, thing);
	free(thing);
	return a;
}

/* The action of an "and-gapped" match whose thing is tokens [a, b): the verb
 * of the clause before it (prev's action's first word, when it is a verb of
 * a duty; else "file") with the thing ("..., and rebuttal reports by August
 * 1": "file rebuttal reports"); a phrase that was only a party ("and
 * defendant by June 1") does what the clause before does. */
static char *gapped_action(const struct reader *r, size_t a, size_t b, const struct extracted *prev)
{
	const char *pa = prev && prev->action ? prev->action : "";
	if (a >= b)
		return xstrdup(*pa ? pa : ACTION_UNSTATED);
	char verb[24] = "file";
	size_t vl = strcspn(pa, " ");
	if (vl && vl < sizeof verb) {
		char low[24];
		for (size_t i = 0; i < vl; i++)
			low[i] = (char)ascii_tolower((unsigned char)pa[i]);
		struct lex_hit hits[TOKEN_HITS];
		int nh = lexicon_lookup(low, vl, hits, TOKEN_HITS), is_verb = 0;
		for (int i = 0; i < nh && !is_verb; i++)
			is_verb = (lexicon_entry_classes(hits[i].entry) & ((uint64_t)1 << r->cls_act)) &&
				  (hits[i].forms & LF_BASE);
		if (is_verb)
			snprintf(verb, sizeof verb, "%.*s", (int)vl, low);
	}
	char *thing = trimmed_copy(&r->t, tok_a(r, a), tok_b(r, b - 1));
	char *action = xasprintf("%s %s", verb, thing);
	free(thing);
	return action;
}

/* The action a frame's action slot holds: from its verb (or the verb the
 * frame named just before it) to where its time begins. */
static char *action_of_verb(const struct reader *r, const struct frame_match *m, enum frame_kind kind,
			    const char *fname, size_t rb)
{
	/* "and serve it within 14 days": the joined verb begins the action */
	size_t from = m->slot_a[SLOT_ACTION];
	if (kind == FK_COORD && from > 0 && !token_is(&r->t, &r->tk.v[from - 1], "to"))
		from--;
	/* "Plaintiff to respond fully ...": the verb the frame named begins it */
	else if (from > 0 && (token_has(&r->tk.v[from - 1], r->cls_act, LF_BASE | LF_PRES) ||
			      token_has(&r->tk.v[from - 1], r->cls_attend, LF_BASE)))
		from--;
	/* "shall, on or before May 1, file ...": the action begins at its verb */
	if (r->tk.v[from].type == TK_PUNCT && r->t.low[r->tk.v[from].a] == ',')
		from = first_verb(r, from, rb);
	/* "remanded ... with directions to enter judgment": the directed act */
	if (!strncmp(fname, "remand", 6) && from + 2 < rb &&
	    (token_is(&r->t, &r->tk.v[from], "instructions") || token_is(&r->t, &r->tk.v[from], "directions")) &&
	    token_is(&r->t, &r->tk.v[from + 1], "to"))
		from += 2;
	/* "remand ... to the trial court for an evidentiary hearing to determine
	 * ...": the lower court holds the event */
	size_t event_at = !strcmp(fname, "remand-for")	     ? m->slot_b[SLOT_WHO] + 1
			  : !strcmp(fname, "remand-for-event") ? for_after(r, m->anchor, rb) + 1
							       : SIZE_MAX;
	if (event_at < rb) {
		char *event = action_from(r, event_at, rb);
		char *action = xasprintf("hold %s", event);
		free(event);
		return action;
	}
	return action_from(r, from, rb);
}

/* What attending the event set or named by match m is, its thing being
 * tokens [sa, sb) ("thing" as copied). */
static char *action_of_event(const struct reader *r, const struct frame_match *m, const char *fname, size_t sa,
			     size_t sb, const char *thing)
{
	/* "This action is set for a jury trial on ...": the event after the verb */
	size_t ev = m->anchor;
	while (ev < m->end && !token_has(&r->tk.v[ev], r->cls_event, 0))
		ev++;
	while (ev + 1 < m->end && token_has(&r->tk.v[ev + 1], r->cls_event, 0))
		ev++; /* ("jury trial") */
	size_t ev_a = ev;
	int cls_hold = lexicon_class("hold");
	while (ev_a > m->anchor && r->tk.v[ev_a - 1].type == TK_WORD && !token_is(&r->t, &r->tk.v[ev_a - 1], "for") &&
	       !token_is(&r->t, &r->tk.v[ev_a - 1], "to") && !token_is(&r->t, &r->tk.v[ev_a - 1], "of") &&
	       !token_has(&r->tk.v[ev_a - 1], r->cls_set, 0) && !token_has(&r->tk.v[ev_a - 1], cls_hold, 0))
		ev_a--;
	int caption = names_caption(r, sa, m->anchor);
	int case_set = sb > sa && (names_case(r, sb - 1) || caption) && !match_has_class(r, sa, sb, r->cls_event);
	if (case_set && caption && ev >= m->end)
		return xstrdup("attend the hearing of the case"); /* "Munoz v. Tarlton & Co. is continued to" */
	if (ev < m->end && (case_set || !*thing)) {
		/* (or "The Court will hold a final pretrial conference on ...": the
		 * event the court's verb names) */
		char *event = trimmed_copy(&r->t, tok_a(r, ev_a), tok_b(r, ev));
		char *action = xasprintf("attend %s", event);
		free(event);
		return action;
	}
	if (case_set)
		return xasprintf("attend the setting of %s", thing); /* "This appeal shall be calendared" */
	if (!strcmp(fname, "be-heard") && *thing)
		return xasprintf("attend the hearing on %s", thing); /* "The motion will be heard on" */
	return xasprintf("attend %s", *thing ? thing : "the hearing");
}

/* The action of match m, which names no verb of its own: from the thing or
 * event it sets, the paper it makes due or the time it sets (its clause
 * tokens [ra, rb)). */
static char *action_of_thing(const struct reader *r, const struct frame_match *m, const char *fname, int hearing,
			     size_t ra, size_t rb, size_t gap_thing, const struct extracted *prev)
{
	size_t sa = m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] ? m->slot_a[SLOT_WHAT] : m->slot_a[SLOT_EVENT];
	size_t sb = m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] ? m->slot_b[SLOT_WHAT] : m->slot_b[SLOT_EVENT];
	/* (not the "with" of an absolute phrase: "..., with any opposition due by ...") */
	if (sa + 1 < sb && token_is(&r->t, &r->tk.v[sa], "with"))
		sa++;
	sb = before_old_setting(r, sa, sb);
	char *thing = sa < sb ? trimmed_copy(&r->t, tok_a(r, sa), tok_b(r, sb - 1)) : xstrdup("");
	/* "If a hearing is requested, it will be held": "it" is the event before it */
	for (size_t j = sa; sb == sa + 1 && token_is(&r->t, &r->tk.v[sa], "it") && j-- > 0;)
		if (token_has(&r->tk.v[j], r->cls_event, 0)) {
			free(thing);
			char *event = text_copy(&r->t, tok_a(r, j), tok_b(r, j));
			thing = xasprintf("the %s", event);
			free(event);
			break;
		}
	char *action;
	if (hearing)
		action = action_of_event(r, m, fname, sa, sb, thing);
	else if (!strcmp(fname, "due"))
		action = xasprintf("file %s", thing);
	else if (!strcmp(fname, "and-gapped")) /* "..., and rebuttal reports by August 1": the verb before */
		action = gapped_action(r, gap_thing, m->slot_b[SLOT_WHAT], prev);
	else if (!strcmp(fname, "closes")) /* "fact discovery closes 115 days before ..." */
		action = xasprintf("complete %s", thing);
	else if (!strcmp(fname, "unless-objects")) /* "unless any party files an objection ..." */
		action = xstrdup("file an objection");
	else if (!strcmp(fname, "absent-filing")) { /* "Absent a written request on or before ..." */
		char *paper = action_from(r, m->anchor + 1, rb);
		action = xasprintf("file %s", paper);
		free(paper);
	} else if (!*thing && !strncmp(fname, "deadline-is", 11)) {
		/* "The deadline for filing dispositive motions is June 5": the
		 * deadline's own words, up to its verb */
		size_t v = m->start, from = ra;
		int cls_be = lexicon_class("be"), cls_duty = lexicon_class("modal-duty"),
		    cls_will = lexicon_class("modal-will");
		while (v < m->end && !token_has(&r->tk.v[v], cls_be, 0) && !token_has(&r->tk.v[v], cls_duty, 0) &&
		       !token_has(&r->tk.v[v], cls_will, 0))
			v++;
		if (from < v && token_is(&r->t, &r->tk.v[from], "the"))
			from++;
		action = from < v ? trimmed_copy(&r->t, tok_a(r, from), tok_b(r, v - 1)) : xstrdup("");
	} else
		action = time_to_act(thing);
	free(thing);
	return action;
}

char *obligation_action(const struct reader *r, const struct frame_match *m, int hearing, size_t ra, size_t rb,
			size_t gap_thing, const struct extracted *prev)
{
	char *passive = passive_action(r, m);
	if (passive)
		return passive;
	if (m->slot_a[SLOT_ACTION] < m->slot_b[SLOT_ACTION])
		return action_of_verb(r, m, frame_kind(m->frame), frame_name(m->frame), rb);
	return action_of_thing(r, m, frame_name(m->frame), hearing, ra, rb, gap_thing, prev);
}
