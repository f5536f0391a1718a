/*
 * extract.c: operative commands of an order -> obligations (see extract.h).
 *
 * For each segment (sentence, list item or clause) of the normalised text:
 *   1. skip what only looks operative: recited history ("the Court previously
 *      ordered ..."), rulings without a duty ("is DENIED"), permissions ("may
 *      file"), statements of law, the court's own acts, quoted text;
 *   2. an until-obligation when something is stayed, abated or protected
 *      "until" / "pending" an event;
 *   3. otherwise a duty by its modal ("shall", "must", "is ORDERED to", "is
 *      directed to", "are due", "will be completed by", "will be held on"),
 *      classified as deadline, hearing or recurring, with who (the subject),
 *      action (the verb phrase), scope, and the time: the date after a due cue
 *      ("by", "no later than", "on or before", "on"), a time of day, a relative
 *      period, "whichever is later/earlier", or no time at all.
 * A duty with no time whose action is a discovery response gets a presumed
 * period from the table of defaults below, flagged as presumed.
 * What a sentence is (step 1, the modals of step 3) is told by cues.c; the
 * time a clause states, by times.c.
 */
#include "extract.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "text.h"
#include "times.h"
#include "timex.h"
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

struct ctx {
	struct text t;
	struct segment *seg;
	size_t nseg;
	int us_plaintiff;   /* "United States v. ...": the United States is the plaintiff */
	int title_stay;     /* the title or docket text grants a stay */
	char *scope;        /* the last "X shall be limited to ..." */
	char last_who[48];
	int prev_emitted;   /* the segment before produced an obligation */
	struct extraction *out;
	size_t cap;
};

/* ---- small helpers ---- */

static size_t count_words(const char *s, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t i = a; i < b; i++)
		if (isalnum((unsigned char)s[i]) && (i == a || !isalnum((unsigned char)s[i - 1])))
			n++;
	return n;
}

static char *trimmed_copy(const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == ',' || s[a] == ':'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == ',' || s[b - 1] == '.' || s[b - 1] == ';' ||
			 s[b - 1] == ':'))
		b--;
	return xstrndup(s + a, b - a);
}

/* ---- who ---- */

static const struct {
	const char *phrase, *who;
} parties[] = {
	{"putative class members", "putative class members"}, {"class members", "class members"},
	{"court coordinator", "trial court"},	 {"trial court", "trial court"},
	{"court reporter", "court reporter"},	 {"clerk", "clerk"},
	{"plaintiffs", "plaintiffs"},		 {"plaintiff", "plaintiff"},
	{"pla's", "plaintiff"},			 {"pla", "plaintiff"},
	{"defendants", "defendants"},		 {"defendant", "defendant"},
	{"dfts", "defendants"},			 {"dft's", "defendant"},
	{"dft", "defendant"},			 {"respondents", "respondents"},
	{"respondent", "respondent"},		 {"petitioners", "petitioners"},
	{"petitioner", "petitioner"},		 {"appellants", "appellants"},
	{"appellant", "appellant"},		 {"appellees", "appellees"},
	{"appellee", "appellee"},		 {"debtors", "debtors"},
	{"debtor", "debtor"},			 {"trustee", "trustee"},
	{"counsel", "counsel"},			 {"parties", "parties"},
	{"each party", "parties"},		 {"any party", "parties"},
	{"both sides", "parties"},		 {"movants", "movants"},
	{"movant", "movant"},			 {"relator", "relator"},
	{"intervenors", "intervenors"},		 {"intervenor", "intervenor"},
	{"the government", "the government"},	 {NULL, NULL}};

/* The party named earliest in low[a, b), or NULL. */
static const char *party_in(const struct ctx *c, const char *low, size_t a, size_t b)
{
	long best = -1;
	const char *who = NULL;
	char *s = xstrndup(low + a, b - a);
	for (int i = 0; parties[i].phrase; i++) {
		long at = find_phrase(s, parties[i].phrase, 0);
		if (at >= 0 && (best < 0 || at < best)) {
			best = at;
			who = parties[i].who;
		}
	}
	long us = find_phrase(s, "united states", 0);
	if (us >= 0 && (best < 0 || us < best) && find_phrase(s, "united states magistrate", 0) != us &&
	    find_phrase(s, "united states district", 0) != us)
		who = c->us_plaintiff ? "plaintiff" : "the united states";
	free(s);
	return who;
}

/* A named person as the subject ("Flores shall ..."): the surname, lower case. */
static char *surname_subject(const char *norm, size_t a, size_t b)
{
	while (a < b && norm[a] == ' ')
		a++;
	while (b > a && norm[b - 1] == ' ')
		b--;
	if (b - a < 2 || b - a > 40 || !isupper((unsigned char)norm[a]))
		return NULL;
	static const char *const articles[] = {"The ", "A ", "An ", "Any ", "Each ", "Such ", "This ",
					       "That ", "All ", "No ", NULL};
	for (int i = 0; articles[i]; i++)
		if (!strncmp(norm + a, articles[i], strlen(articles[i])))
			return NULL;
	for (size_t i = a + 1; i < b && norm[i] != ' '; i++)
		if (isupper((unsigned char)norm[i]))
			return NULL; /* an acronym such as "TPA" */
	int words = 1;
	for (size_t i = a; i < b; i++) {
		if (norm[i] == ' ') {
			words++;
			if (i + 1 < b && !isupper((unsigned char)norm[i + 1]))
				return NULL;
		} else if (!isalpha((unsigned char)norm[i]) && norm[i] != '.' && norm[i] != '-' &&
			   norm[i] != '\'') {
			return NULL;
		}
	}
	if (words > 3)
		return NULL;
	size_t s = b;
	while (s > a && norm[s - 1] != ' ')
		s--;
	char *w = xstrndup(norm + s, b - s);
	for (char *p = w; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	static const char *const not_names[] = {"it", "this", "the", "he", "she", "they", "such",
						"notice", "discovery", "judgment", "order", NULL};
	for (int i = 0; not_names[i]; i++)
		if (!strcmp(w, not_names[i])) {
			free(w);
			return NULL;
		}
	return w;
}

/* ---- until ---- */

static int until_cue(const struct ctx *c, const char *s, long *at)
{
	static const char *const cues[] = {
		"is stayed", "are stayed", "be stayed", "is hereby stayed", "are hereby stayed",
		"shall be stayed", "remains stayed", "remain stayed", "is abated", "are abated",
		"we abate", "abate the appeal", "is held in abeyance", "are held in abeyance",
		"be held in abeyance", "is protected from", "are protected from",
		"shall remain in effect until", "shall not be disclosed", "will stay", "hereby stays",
		"stays all", "stays discovery", "stays this", "is suspended", "are suspended", NULL};
	int which;
	*at = find_any(s, cues, 0, &which);
	if (*at >= 0)
		return 1;
	if (c->title_stay) {
		static const char *const grants[] = {"grants the motion", "motion is granted",
						     "motion to stay is granted", "motion is hereby granted",
						     "grants the motion to stay", NULL};
		*at = find_any(s, grants, 0, &which);
		return *at >= 0;
	}
	return 0;
}

/* The event an until-obligation waits for. */
static char *until_event(const char *norm, const char *low, size_t a, size_t b)
{
	static const char *const cues[] = {"until ", "pending ", "through the resolution of ",
					   "during the pendency of ", NULL};
	for (int i = 0; cues[i]; i++) {
		long at = find_phrase(low + a, cues[i], 0);
		if (at < 0 || a + (size_t)at >= b)
			continue;
		size_t s = a + (size_t)at + strlen(cues[i]), e = s;
		while (e < b && low[e] != ';' && !(low[e] == '.' && (e + 1 >= b || low[e + 1] == ' ')) &&
		       !(low[e] == ',' && e + 1 < b && low[e + 1] == ' ' && e - s > 8))
			e++;
		if (e > s)
			return trimmed_copy(norm, s, e);
	}
	if (strstr(low + a, "reinstated") && strstr(low + a, "when ")) {
		const char *w = strstr(low + a, "when ");
		size_t s = (size_t)(w - low) + 5, e = s;
		while (e < b && low[e] != '.' && low[e] != ';')
			e++;
		return trimmed_copy(norm, s, e);
	}
	return xstrdup("further order of the court");
}

/* ---- output ---- */

static struct extracted *new_item(struct ctx *c)
{
	struct extraction *x = c->out;
	if (x->n == c->cap)
		x->items = xrealloc(x->items, (c->cap = c->cap ? c->cap * 2 : 16) * sizeof *x->items);
	struct extracted *e = &x->items[x->n++];
	memset(e, 0, sizeof *e);
	e->due = e->due_invalid_hint = DATE_NONE;
	e->minute = -1;
	e->basis = "none";
	return e;
}

/* Byte length of the UTF-8 character starting at p. */
static size_t char_len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static void set_quote(struct ctx *c, struct extracted *e, const char *orig, size_t a, size_t b)
{
	size_t qs = c->t.map[a], last = c->t.map[b - 1];
	size_t qe = last + char_len((unsigned char)orig[last]);
	e->quote_start = qs;
	e->quote_end = qe;
	e->quote = xstrndup(orig + qs, qe - qs);
}

/* The action: the verb phrase after the modal, without its time expressions. */
static char *action_of(const struct ctx *c, size_t a, size_t b, const struct modal *m,
		       size_t subj_a, size_t subj_b)
{
	const char *low = c->t.low, *norm = c->t.norm;
	size_t s = a + (size_t)m->at + m->len;
	while (s < b && low[s] == ' ')
		s++;
	static const char *const skip[] = {"also ", "hereby ", "immediately ", "promptly ", "be required to ",
					   "further ", "jointly ", "each ", "then ", NULL};
	for (int again = 1; again;) {
		again = 0;
		for (int i = 0; skip[i]; i++)
			if (!strncmp(low + s, skip[i], strlen(skip[i]))) {
				s += strlen(skip[i]);
				again = 1;
			}
	}
	static const char *const stops[] = {" within ", " w/i ", " by ", " no later than ", " not later than ",
					    " on or before ", " until ", " pending ", " on ", " at least ",
					    " prior to ", " before ", " whichever ", " if ", " unless ",
					    " in accordance ", " pursuant to ", " and show cause", "; ", ". ",
					    ", and ", ", or ", " or within ", " after ", " from the date",
					    " of the date", NULL};
	size_t e = b;
	for (int i = 0; stops[i]; i++) {
		const char *q = strstr(low + s, stops[i]);
		if (q && (size_t)(q - low) < e && (size_t)(q - low) > s)
			e = (size_t)(q - low);
	}
	/* no date in the action */
	for (size_t i = s; i < e; i++) {
		dl_day d;
		size_t de;
		if (word_start(low, i) && timex_date(low, i, &d, &de)) {
			e = i;
			break;
		}
	}
	/* at most 14 words */
	size_t words = 0;
	for (size_t i = s; i < e; i++)
		if (low[i] == ' ' && ++words == 14) {
			e = i;
			break;
		}
	char *verb_phrase = trimmed_copy(norm, s, e);
	if (!m->verb)
		return verb_phrase;
	/* passive and scheduling forms: verb + subject (+ rest) */
	char *subject = trimmed_copy(norm, subj_a, subj_b);
	const char *subj = subject;
	if (!strncasecmp(subj, "the ", 4))
		subj += 4;
	char *act;
	if (!strncmp(m->verb, "be ", 3))
		act = xasprintf("%s%s%s", m->verb, *verb_phrase ? " " : "", verb_phrase);
	else if (m->kind == M_HEARING)
		act = xasprintf("%s %s%s%s", m->verb, *subj ? subj : "the hearing", *verb_phrase ? " " : "",
				verb_phrase);
	else
		act = xasprintf("%s %s%s%s", m->verb, subj, *verb_phrase ? " " : "", verb_phrase);
	/* the subject keeps its capitals unless only its first letter (the sentence's) has one */
	char *p = act + strlen(m->verb) + 1;
	if (p < act + strlen(act) && isupper((unsigned char)*p)) {
		int others = 0;
		for (char *q = p + 1; *q && q < p + strlen(subj); q++)
			others |= isupper((unsigned char)*q) != 0;
		if (!others)
			*p = (char)tolower((unsigned char)*p);
	}
	free(subject);
	free(verb_phrase);
	return act;
}

/* Where the subject of the modal starts: after "IT IS ORDERED that", "If ..., ". */
static size_t subject_start(const char *low, size_t a, size_t modal_at)
{
	static const char *const preambles[] = {"ordered that ", "ordered, adjudged and decreed that ",
						"ordered and adjudged that ", "orders that ", "order that ",
						"directs that ", "further ordered that ", "hereby ordered that ",
						"accordingly, ", "in addition, ", "as a result, ", "finally, ",
						"therefore, ", "additionally, ", "further, ", "moreover, ",
						"thus, ", NULL};
	size_t s = a;
	for (int again = 1; again;) {
		again = 0;
		for (int i = 0; preambles[i]; i++) {
			long at = find_phrase(low + s, preambles[i], 0);
			if (at >= 0 && s + (size_t)at + strlen(preambles[i]) <= modal_at) {
				s += (size_t)at + strlen(preambles[i]);
				again = 1;
			}
		}
	}
	/* a leading conditional clause: "If ..., X shall"; "Within 14 days ..., X shall" */
	if (has_prefix(low + s, "if ") || has_prefix(low + s, "should ") || has_prefix(low + s, "within ") ||
	    has_prefix(low + s, "upon ") || has_prefix(low + s, "when ") || has_prefix(low + s, "unless ") ||
	    has_prefix(low + s, "pursuant to ") || has_prefix(low + s, "no later than ") ||
	    has_prefix(low + s, "on or before ") || has_prefix(low + s, "by ")) {
		/* the last comma before the modal ends the clause (a date has commas too) */
		const char *comma = NULL;
		for (const char *p = low + s; p < low + modal_at; p++)
			if (*p == ',')
				comma = p;
		if (comma)
			s = (size_t)(comma - low) + 2;
	}
	return s < modal_at ? s : modal_at;
}

static void presume(struct extracted *e)
{
	char *act = xstrdup(e->action ? e->action : "");
	for (char *p = act; *p; p++)
		*p = (char)tolower((unsigned char)*p);
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

static void fill_times(struct extracted *e, const struct times *tm)
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
		snprintf(e->event, sizeof e->event, "%s", tm->period.event);
		if (tm->period.recurring)
			e->kind = "recurring";
	}
	if (tm->invalid)
		e->warning = xasprintf("the order states a date that does not exist ('%s'); no date "
				       "was taken from it",
				       tm->invalid_text);
	e->basis = e->due != DATE_NONE || e->has_trigger ? "stated" : "none";
}

/* One obligation from the clause low[a, b) whose modal is m (offsets relative to a). */
static void duty(struct ctx *c, const char *orig, size_t seg_a, size_t a, size_t b,
		 const struct modal *m, size_t seg_index)
{
	const char *low = c->t.low;
	size_t modal_abs = a + (size_t)m->at;
	char *after = xstrndup(low + modal_abs + m->len, b - modal_abs - m->len);
	char *after_trim = after;
	while (*after_trim == ' ')
		after_trim++;
	if (m->kind == M_DUTY && general_duty(after_trim)) {
		free(after);
		return;
	}
	free(after);

	size_t subj_a = subject_start(low, a, modal_abs);
	const char *who = party_in(c, low, subj_a, modal_abs);
	char *surname = NULL;
	struct modal heard;
	if (m->len >= 4 && !strncmp(low + modal_abs + m->len - 4, "that", 4)) {
		/* "The Court requires that the parties appear ...": who follows the modal */
		static const char *const verbs[] = {"appear", "attend", "be present", "file", "serve",
						    "produce", "respond", "provide", "submit", "pay",
						    "deliver", "answer", NULL};
		size_t from = modal_abs + m->len;
		char *rest = xstrndup(low + from, b - from);
		long verb_at = find_any(rest, verbs, 0, NULL);
		size_t to = verb_at > 0 ? from + (size_t)verb_at : b;
		int appear = find_phrase(rest, "appear", 0) >= 0 || find_phrase(rest, "attend", 0) >= 0;
		free(rest);
		who = party_in(c, low, from, to);
		if (!who)
			return;
		heard = *m;
		heard.at = (long)(to - a);
		heard.len = 0;
		if (appear) {
			heard.kind = M_HEARING;
			heard.verb = NULL;
		}
		m = &heard;
		modal_abs = to;
		subj_a = from;
	}
	/* "the court" as the subject: the court's own act, not a party's duty */
	char *subject = xstrndup(low + subj_a, modal_abs - subj_a);
	int court_subject = (strstr(subject, "court") && !strstr(subject, "trial court") &&
			     !strstr(subject, "court coordinator") && !strstr(subject, "court reporter") &&
			     !strstr(subject, "clerk")) ||
			    strstr(subject, "undersigned") || strstr(subject, "judge") ||
			    strstr(subject, "magistrate");
	int pronoun = !strcmp(subject, "it ") || !strcmp(subject, "she ") || !strcmp(subject, "he ") ||
		      !strcmp(subject, "they ") || strstr(subject, "so too") != NULL;
	free(subject);
	if (court_subject && m->kind != M_HEARING)
		return;
	if (!who && pronoun)
		who = party_in(c, low, a, subj_a);
	if (!who && pronoun && c->last_who[0])
		who = c->last_who;
	if (!who && (m->kind == M_DUTY || m->kind == M_HEARING) &&
	    (m->at == 0 || low[modal_abs - 1] == ' ')) {
		/* "Flores shall ...": a named person */
		surname = surname_subject(c->t.norm, subj_a, modal_abs);
		if (!surname && m->kind == M_HEARING) {
			/* "The hearing is set for ...": the parties attend; but "X shall
			 * appear" names who must, and X is no party */
			if (has_prefix(low + modal_abs, "shall") && modal_abs > subj_a + 2)
				return;
			who = "parties";
		} else if (!surname) {
			const char *after_modal = low + modal_abs + m->len;
			int passive = has_prefix(after_modal, " be ") || has_prefix(after_modal, " also be ") ||
				      has_prefix(after_modal, " not be ") ||
				      (m->len > 9 && !strncmp(low + modal_abs + 5, " be ", 4));
			if (!passive && modal_abs > subj_a + 2)
				return; /* an actor that is not a party ("The TPA shall mail ...") */
			if (passive && has_prefix(low + modal_abs, "must")) {
				struct times t0;
				find_times(low, a, b, 0, &t0);
				if (t0.due == DATE_NONE && !t0.has_period)
					return; /* "the request must be narrowed": reasoning */
			}
			/* a passive duty with no party ("The documents shall be filed") takes
			 * the party of the sentence before, else the parties */
			who = c->last_who[0] ? c->last_who : "parties";
		}
	}
	if (!who && !surname) {
		if (m->kind == M_HEARING && has_prefix(low + modal_abs, "shall") && modal_abs > subj_a + 2)
			return; /* someone who is not a party must attend */
		who = "parties";
	}

	struct times tm;
	int hearing = m->kind == M_HEARING;
	find_times(low, a, b, hearing, &tm);
	if (m->kind == M_MAY && !tm.has_period) {
		free(surname);
		return; /* a permission without a deadline */
	}

	struct extracted *e = new_item(c);
	e->kind = "deadline";
	if (hearing && tm.due != DATE_NONE)
		e->kind = "hearing";
	else if (hearing && !tm.has_period && !strstr(low + a, "hearing date"))
		e->kind = "hearing";
	e->who = xstrdup(surname ? surname : who);
	free(surname);
	utf8_copy(c->last_who, sizeof c->last_who, e->who);
	e->action = action_of(c, a, b, m, subj_a, modal_abs);
	fill_times(e, &tm);
	if (!strcmp(e->kind, "hearing") && e->has_trigger && tm.due == DATE_NONE)
		e->kind = "deadline";
	if (e->minute >= 0 && strcmp(e->kind, "hearing") && e->due == DATE_NONE && !e->has_trigger)
		e->minute = -1;
	static const char *const rights[] = {"appeal", "objection", "object", "traverse", "reply",
					     "return their consent", "to return", NULL};
	if (m->kind == M_MAY || ((m->kind == M_HAVE) && any_phrase(low + a, rights) &&
				 (strstr(low + a, "within which") || strstr(low + a, "to return") ||
				  strstr(low + a, "to file any") || strstr(low + a, "to object"))))
		e->optional = 1;
	/* scope: "within the parameters set forth above" -> the order's limits */
	if (c->scope && (strstr(low + a, "parameters set forth") || strstr(low + a, "limits set forth") ||
			 strstr(low + a, "scope set forth") || strstr(low + a, "as limited above")))
		e->scope = xstrdup(c->scope);
	if (!strcmp(e->basis, "none") && !strcmp(e->kind, "deadline"))
		presume(e);
	/* quote: the clause, with the sentence before when it is very short */
	size_t qa = a;
	if (count_words(low, a, b) < 10 && seg_index > 0 && a == seg_a && !c->prev_emitted) {
		const struct segment *prev = &c->seg[seg_index - 1];
		if (prev->end <= a && a - prev->end < 4)
			qa = prev->start;
	}
	set_quote(c, e, orig, qa, b);
}

static void until_item(struct ctx *c, const char *orig, size_t a, size_t b, long cue_at)
{
	const char *low = c->t.low;
	struct extracted *e = new_item(c);
	e->kind = "until";
	size_t subj_a = subject_start(low, a, a + (size_t)cue_at);
	const char *who = party_in(c, low, subj_a, a + (size_t)cue_at);
	e->who = xstrdup(who ? who : "parties");
	e->until = until_event(c->t.norm, low, a, b);
	/* action: the clause up to "until"/"pending", without the preamble */
	size_t s = subj_a, end = b;
	static const char *const stops[] = {" until ", " pending ", " during the pendency", NULL};
	for (int i = 0; stops[i]; i++) {
		const char *q = strstr(low + s, stops[i]);
		if (q && (size_t)(q - low) < end)
			end = (size_t)(q - low);
	}
	if (who) {
		long at = find_phrase(low + s, "are ", 0), at2 = find_phrase(low + s, "is ", 0);
		long first = at >= 0 && (at2 < 0 || at < at2) ? at : at2;
		if (first >= 0 && s + (size_t)first < end && first < 40)
			s += (size_t)first + (low[s + (size_t)first] == 'a' ? 4 : 3);
	}
	e->action = trimmed_copy(c->t.norm, s, end);
	if (c->scope && (strstr(low + a, "parameters set forth") || strstr(low + a, "limits set forth")))
		e->scope = xstrdup(c->scope);
	e->basis = "none";
	set_quote(c, e, orig, a, b);
}

/* Blank out long quoted passages (speech, quoted rules) so nothing in them is read. */
static void mask_quotes(char *low, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		if (low[i] != '"')
			continue;
		size_t j = i + 1;
		while (j < b && low[j] != '"')
			j++;
		if (j < b && j - i > 25)
			memset(low + i, ' ', j - i + 1);
		i = j;
	}
}

static void handle_clauses(struct ctx *c, const char *orig, size_t i);

/* Every search below stops at the end of the segment: the text is cut there
 * for the duration (keeping extraction linear in the size of the order). */
static void handle_segment(struct ctx *c, const char *orig, size_t i)
{
	const struct segment *sg = &c->seg[i];
	if (sg->end - sg->start < 8)
		return;
	char saved = c->t.low[sg->end];
	c->t.low[sg->end] = '\0';
	handle_clauses(c, orig, i);
	c->t.low[sg->end] = saved;
}

static void handle_clauses(struct ctx *c, const char *orig, size_t i)
{
	const struct segment *sg = &c->seg[i];
	size_t a = sg->start, b = sg->end;
	char *low = c->t.low;
	/* Every modal and stay cue below contains one of these words; a segment
	 * without any (most background) is passed over cheaply. */
	static const char *const keys[] = {"shall", "must", "ordered", "direct", "require", "due",
					   "will ", "have a period", "set ", "scheduled", "may ", "stay",
					   "abat", "abeyance", "protected", "suspended", "grant",
					   "remain in effect", "disclosed", NULL};
	int candidate = 0;
	for (int k = 0; keys[k] && !candidate; k++)
		candidate = strstr(low + a, keys[k]) != NULL;
	if (!candidate)
		return;
	mask_quotes(low, a, b);
	char *s = xstrndup(low + a, b - a);
	/* a caption or title in capitals says nothing operative */
	size_t upper = 0, letters = 0;
	for (size_t k = a; k < b; k++)
		if (isalpha((unsigned char)c->t.norm[k])) {
			letters++;
			upper += isupper((unsigned char)c->t.norm[k]) != 0;
		}
	if (letters > 10 && upper * 10 > letters * 9 && !strstr(s, "shall") && !strstr(s, "ordered")) {
		free(s);
		return;
	}
	/* "Discovery shall be limited to ..." sets the scope the duties refer to */
	long lim = find_phrase(s, "limited to", 0);
	if (lim >= 0 && (find_phrase(s, "shall be limited", 0) >= 0 || find_phrase(s, "is limited", 0) >= 0 ||
			 find_phrase(s, "are limited", 0) >= 0)) {
		free(c->scope);
		c->scope = trimmed_copy(c->t.norm, a + (size_t)lim, b);
		free(s);
		return;
	}
	if (recited_history(s) || not_a_duty(s)) {
		free(s);
		return;
	}
	long cue;
	if (until_cue(c, s, &cue) && find_phrase(s, "is denied", 0) < 0 && !strstr(s, "should") &&
	    !strstr(s, "motion to stay is denied") && !strstr(s, " moot")) {
		until_item(c, orig, a, b, cue);
		free(s);
		return;
	}
	struct modal m;
	if (!find_modal(s, &m)) {
		free(s);
		return;
	}
	/* a main modal "may"/"should" before the duty: a permission or advice */
	long may = find_phrase(s, "may", 0), should = find_phrase(s, "should", 0);
	if ((may >= 0 && may < m.at && m.kind != M_MAY && !has_prefix(s, "should ")) ||
	    (should >= 0 && should < m.at && !has_prefix(s, "should "))) {
		free(s);
		return;
	}
	if (ruling_only(s) && m.kind != M_DUTY && m.kind != M_HEARING && m.kind != M_DUE) {
		free(s);
		return;
	}
	/* "X is directed to file ... and to appear ... on DATE": two obligations */
	long and_to = -1;
	if (m.kind == M_DUTY && (strstr(s, "directed to") || strstr(s, "ordered to"))) {
		static const char *const second[] = {"and to appear", "and to attend", "and to show cause",
						     "and to file", "and to serve", NULL};
		and_to = find_any(s, second, (size_t)m.at, NULL);
	}
	if (and_to > 0) {
		duty(c, orig, a, a, a + (size_t)and_to, &m, i);
		struct modal m2 = {0, 0, strstr(s + and_to, "appear") || strstr(s + and_to, "attend")
					    ? M_HEARING : M_DUTY, NULL};
		m2.at = 0;
		m2.len = 6; /* "and to" */
		char saved[48];
		utf8_copy(saved, sizeof saved, c->last_who);
		size_t second_a = a + (size_t)and_to + 4; /* quote from "to ..." */
		duty(c, orig, a, second_a, b, &m2, i);
		if (c->out->n && !strcmp(c->out->items[c->out->n - 1].who, "parties") && saved[0]) {
			free(c->out->items[c->out->n - 1].who);
			c->out->items[c->out->n - 1].who = xstrdup(saved);
		}
	} else {
		duty(c, orig, a, a, b, &m, i);
	}
	free(s);
}

static int same_time(const struct extracted *x, const struct extracted *y)
{
	if (x->due != y->due || x->has_trigger != y->has_trigger)
		return 0;
	return !x->has_trigger || (x->n == y->n && !strcmp(x->unit, y->unit) && x->before == y->before);
}

static void item_free(struct extracted *e)
{
	free(e->who);
	free(e->action);
	free(e->scope);
	free(e->until);
	free(e->quote);
	free(e->warning);
}

/* Drop repeats (a docket summary restating the order) and keep one until per
 * event, preferring the one the order imposes over one its reasoning mentions.
 * A duty is never folded into another: a missed duty costs more than a repeat. */
static int imposed(const struct extracted *e)
{
	char *q = xstrdup(e->quote);
	for (char *p = q; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	int yes = strstr(q, "ordered") || strstr(q, "granted") || strstr(q, "grants") ||
		  strstr(q, "hereby") || strstr(q, "we abate") || strstr(q, "is abated");
	free(q);
	return yes;
}

static void tidy(struct extraction *x)
{
	size_t w = 0;
	int any_imposed_until = 0;
	for (size_t i = 0; i < x->n; i++)
		any_imposed_until |= !strcmp(x->items[i].kind, "until") && imposed(&x->items[i]);
	for (size_t i = 0; i < x->n; i++) {
		struct extracted *e = &x->items[i];
		int drop = 0;
		for (size_t j = 0; j < w && !drop; j++) {
			struct extracted *k = &x->items[j];
			if (strcmp(k->kind, e->kind) || strcmp(k->who, e->who))
				continue;
			if (!strcmp(e->kind, "until"))
				drop = !strcasecmp(k->until, e->until);
			else if (same_time(k, e) && (e->due != DATE_NONE || e->has_trigger) &&
				 !strcasecmp(k->action, e->action))
				drop = 1;
		}
		if (!drop && !strcmp(e->kind, "until") && any_imposed_until && !imposed(e) &&
		    strstr(e->quote, "will be stayed"))
			drop = 1;
		if (drop)
			item_free(e);
		else
			x->items[w++] = *e;
	}
	x->n = w;
}

void extract_order(const char *text, size_t len, struct extraction *out)
{
	struct ctx c;
	memset(&c, 0, sizeof c);
	memset(out, 0, sizeof *out);
	c.out = out;
	text_init(&c.t, text, len);
	c.nseg = text_segments(&c.t, &c.seg);
	c.us_plaintiff = strstr(c.t.low, "united states v.") || strstr(c.t.low, "united states of america v.") ||
			 strstr(c.t.low, "usa v.");
	c.title_stay = (strstr(c.t.low, "granting") && strstr(c.t.low, "motion to stay")) ||
		       strstr(c.t.low, "granting motion to stay") != NULL;
	for (size_t i = 0; i < c.nseg; i++) {
		size_t before = out->n;
		/* an excerpt cut off mid-sentence at the end states nothing reliable */
		if (i + 1 == c.nseg && !strchr(".;:!?)\"", c.t.norm[c.seg[i].end - 1]))
			break;
		handle_segment(&c, text, i);
		c.prev_emitted = out->n > before;
	}
	tidy(out);
	free(c.scope);
	free(c.seg);
	text_free(&c.t);
}

void extraction_free(struct extraction *x)
{
	for (size_t i = 0; i < x->n; i++)
		item_free(&x->items[i]);
	free(x->items);
	memset(x, 0, sizeof *x);
}
