/*
 * amend.c: which obligations of earlier orders a new order changes (see
 * amend.h).
 *
 * Each pair of an old and a new obligation of the same kind, with different
 * dates, is scored by the strongest evidence that the new one replaces the old:
 *   3    the new sentence names the old date ("set for 5/22/2017 is RESET for
 *        6/26/2017", "the hearing scheduled for 9:30 a.m. on January 29, 2010
 *        has been rescheduled")
 *   2+d  the same label: d, the Dice overlap of their words other than dates,
 *        times and function words, is at least 0.6 ("Discovery Deadline
 *        NOVEMBER 1, 2005" / "Discovery Deadline OCTOBER 1, 2007")
 *   1    the new sentence continues, resets or extends something, and the old
 *        orders hold exactly one event of its kind ("Hearing Continued ...
 *        Status hearing to be held on 12/30/2009")
 * and the pairs are taken best first, each obligation in one pair at most.
 * One pair at the same date counts too: in an order that restates an earlier
 * one's words ("amended nunc pro tunc ... to read as follows"), the same
 * label at the same time scores 3 + d, a change of its words rather than a
 * second obligation.
 */
#include "amend.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "timex.h"
#include "util.h"

#define MAX_WORDS 48

/* Words that say nothing about which obligation it is. */
static const char *const function_words[] = {
	"a", "an", "the", "of", "to", "for", "by", "on", "in", "at", "and", "or", "is", "are", "be", "shall",
	"must", "will", "set", "due", "now", "hereby", "reset", "continued", "rescheduled", "extended", "am", "pm",
	"before", "after", "with", "as", "that", "this", "its", "their", "his", "her", "no", "later", "than",
	"any", "all", "each", "re", "attend", "file", "held", "hearing", "date", "deadline", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
	"december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};

struct words {
	char w[MAX_WORDS][24];
	int n;
};

/* The events CM/ECF minute entries abbreviate. */
static const char *abbreviation(const char *w)
{
	static const char *const abbrev[][2] = {
		{"jt", "jury trial"},		       {"js", "jury selection"},
		{"bt", "bench trial"},		       {"fpt", "final pretrial conference"},
		{"ptc", "pretrial conference"},	       {"fptc", "final pretrial conference"},
		{"cmc", "case management conference"}, {"osc", "order show cause"},
		{"sc", "status conference"},	       {"mtd", "motion dismiss"},
		{"msj", "motion summary judgment"},    {"ssc", "settlement conference"},
		{"tpc", "trial preparation conference"},
	};
	for (size_t i = 0; i < sizeof abbrev / sizeof abbrev[0]; i++)
		if (!strcmp(w, abbrev[i][0]))
			return abbrev[i][1];
	return NULL;
}

static int function_word(const char *w)
{
	for (int i = 0; function_words[i]; i++)
		if (!strcmp(w, function_words[i]))
			return 1;
	return 0;
}

/* The content words of s: letters only (numbers, dates and times are not a
 * label), lower case, each once. */
static void content_words(const char *s, struct words *out)
{
	out->n = 0;
	for (const char *p = s ? s : ""; *p && out->n < MAX_WORDS;) {
		if (!ascii_isalpha((unsigned char)*p)) {
			p++;
			continue;
		}
		char w[24];
		size_t n = 0;
		while (ascii_isalpha((unsigned char)*p) || *p == '\'') {
			if (n + 1 < sizeof w && *p != '\'')
				w[n++] = (char)ascii_tolower((unsigned char)*p);
			p++;
		}
		w[n] = '\0';
		/* the docket's abbreviations of events: "JS/JT", "FPT" */
		const char *full = abbreviation(w);
		if (full) {
			struct words more;
			content_words(full, &more);
			for (int i = 0; i < more.n && out->n < MAX_WORDS; i++)
				memcpy(out->w[out->n++], more.w[i], sizeof more.w[i]);
			continue;
		}
		/* "plaintiffs" and "plaintiff's" are the plaintiff's */
		if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
			w[n - 1] = '\0';
		if (n < 2 || function_word(w))
			continue;
		int seen = 0;
		for (int i = 0; i < out->n && !seen; i++)
			seen = !strcmp(out->w[i], w);
		if (!seen)
			memcpy(out->w[out->n++], w, sizeof w);
	}
}

/* How many of a's words b has too. */
static int common_words(const struct words *a, const struct words *b)
{
	int common = 0;
	for (int i = 0; i < a->n; i++)
		for (int j = 0; j < b->n; j++)
			if (!strcmp(a->w[i], b->w[j])) {
				common++;
				break;
			}
	return common;
}

/* The share of a's words that b has too. */
static double covered(const struct words *a, const struct words *b)
{
	return a->n ? (double)common_words(a, b) / a->n : 0;
}

/* Dice's overlap of two sets of words. */
static double dice(const struct words *a, const struct words *b)
{
	return a->n && b->n ? 2.0 * common_words(a, b) / (a->n + b->n) : 0;
}

/* The label of an obligation: its action, or its sentence when it has none. */
static void label_words(const struct amend_item *it, struct words *out)
{
	content_words(it->action && *it->action ? it->action : it->quote, out);
}

/* Does the sentence name the date d (other than its own new date)? */
static int names_date(const char *quote, dl_day d)
{
	if (!quote || d == DATE_NONE)
		return 0;
	char *low = xstrdup(quote);
	for (char *p = low; *p; p++)
		*p = (char)ascii_tolower((unsigned char)*p);
	int found = 0;
	for (size_t i = 0; low[i] && !found; i++) {
		dl_day day;
		size_t end;
		if (timex_date(low, i, &day, &end) == DATE_FOUND) {
			found = day == d;
			i = end - 1;
		}
	}
	free(low);
	return found;
}

/* Does text (any case) hold one of the phrases cues? */
static int says_any(const char *text, const char *const *cues)
{
	if (!text)
		return 0;
	char *low = xstrdup(text);
	for (char *p = low; *p; p++)
		*p = (char)ascii_tolower((unsigned char)*p);
	int yes = timex_any_phrase(low, cues);
	free(low);
	return yes;
}

/* Does the sentence move something ("continued", "reset", "rescheduled",
 * "extended", "adjourned", "now due", "amended")? */
static int moves(const char *quote)
{
	static const char *const cues[] = {"continued", "continuing", "continue", "reset", "resetting",
					   "rescheduled", "reschedule", "extended", "extending", "extend",
					   "adjourned", "postponed", "now due", "amended", NULL};
	return says_any(quote, cues);
}

/* Does the new order restate an earlier one's words ("is amended nunc pro
 * tunc to correct the 2nd sentence to read as follows: ...")? Then a
 * sentence it restates at the same time is still a change: of its words. */
int amend_restates(const char *quote)
{
	static const char *const cues[] = {"nunc pro tunc", "to read as follows", "amended to read",
					   "corrected to read", "is corrected", NULL};
	return says_any(quote, cues);
}

static int kind_class(const char *k)
{
	return !k ? 0 : !strcmp(k, "hearing") ? 1 : !strcmp(k, "until") ? 2 : 3;
}

struct candidate {
	size_t o, n;
	double score;
	enum amend_why why;
};

static int by_score(const void *a, const void *b)
{
	const struct candidate *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->n != y->n ? (x->n < y->n ? -1 : 1) : (x->o < y->o ? -1 : x->o > y->o);
}

/* Is it the same time: the same day, and the same hour where both state one? */
static int same_time(const struct amend_item *a, const struct amend_item *b)
{
	return a->due == b->due && (a->minute < 0 || b->minute < 0 || a->minute == b->minute);
}

/* The candidates for new item n (its label words nw) among old (their
 * label words ow), appended to *c (nc of cap). */
static void score_new(const struct amend_item *old, const struct words *ow, size_t nold,
		      const struct amend_item *ni, const struct words *nw, size_t n, const char *new_title,
		      struct candidate **c, size_t *nc, size_t *cap)
{
	int moving = moves(ni->quote) || moves(new_title);
	/* the old events of this kind a continuance could mean */
	size_t only = SIZE_MAX, of_kind = 0;
	for (size_t o = 0; o < nold; o++)
		if (kind_class(old[o].kind) == kind_class(ni->kind) && !same_time(&old[o], ni)) {
			of_kind++;
			only = o;
		}
	int restating = amend_restates(ni->quote) || amend_restates(new_title);
	for (size_t o = 0; o < nold; o++) {
		const struct amend_item *oi = &old[o];
		if (kind_class(oi->kind) != kind_class(ni->kind) || (same_time(oi, ni) && !restating))
			continue;
		double score = 0;
		enum amend_why why = AMEND_LABEL;
		double d = dice(&ow[o], nw);
		if (same_time(oi, ni)) { /* restated: the same label at the same time */
			if (d < 0.6)
				continue;
			score = 3 + d;
			why = AMEND_RESTATED;
		} else if (oi->due != DATE_NONE && names_date(ni->quote, oi->due) && (d > 0 || moving)) {
			score = 3 + d;
			why = AMEND_OLD_DATE;
		} else if (d >= 0.6) {
			score = 2 + d;
		} else if (moving && of_kind == 1 && only == o && kind_class(ni->kind) == 1) {
			score = 1;
			why = AMEND_ONLY_EVENT;
		}
		if (score <= 0)
			continue;
		if (*nc == *cap)
			*c = xrealloc(*c, (*cap = *cap ? 2 * *cap : 16) * sizeof **c);
		(*c)[(*nc)++] = (struct candidate){o, n, score, why};
	}
}

size_t amend_match(const struct amend_item *old, size_t nold, const struct amend_item *new_items, size_t nnew,
		   const char *new_title, struct amend_pair *out)
{
	if (!nold || !nnew)
		return 0;
	struct words *ow = xmalloc(nold * sizeof *ow), nw;
	for (size_t o = 0; o < nold; o++)
		label_words(&old[o], &ow[o]);
	struct candidate *c = NULL;
	size_t nc = 0, cap = 0;
	for (size_t n = 0; n < nnew; n++) {
		label_words(&new_items[n], &nw);
		score_new(old, ow, nold, &new_items[n], &nw, n, new_title, &c, &nc, &cap);
	}
	if (nc) /* (qsort wants a valid array even for no elements) */
		qsort(c, nc, sizeof *c, by_score);
	unsigned char *used_o = xcalloc(nold, 1), *used_n = xcalloc(nnew, 1);
	size_t np = 0;
	for (size_t i = 0; i < nc; i++) {
		if (used_o[c[i].o] || used_n[c[i].n])
			continue;
		used_o[c[i].o] = used_n[c[i].n] = 1;
		out[np++] = (struct amend_pair){c[i].o, c[i].n, c[i].why};
	}
	free(used_o);
	free(used_n);
	free(c);
	free(ow);
	return np;
}

/* The dates a sentence names: how many, and whether d is one of them. */
static int dates_named(const char *low, size_t a, size_t b, dl_day d, int *has_d)
{
	int n = 0;
	*has_d = 0;
	for (size_t i = a; i < b; i++) {
		dl_day day;
		size_t end;
		if (timex_date(low, i, &day, &end) == DATE_FOUND && end <= b) {
			n++;
			*has_d |= day == d;
			i = end - 1;
		}
	}
	return n;
}

size_t amend_vacated(const struct amend_item *old, size_t nold, const unsigned char *skip, const char *text,
		     size_t len, struct amend_vacate *out)
{
	static const char *const cues[] = {"vacate", "vacates", "vacated", "stricken", "strikes", "struck",
					   "cancel", "cancels", "cancelled", "canceled", "not held", "terminated",
					   "taken off calendar", "off calendar", NULL};
	if (!nold || !text)
		return 0;
	struct text t;
	text_init(&t, text, len);
	struct segment *seg;
	size_t nseg = text_segments(&t, &seg), nv = 0;
	unsigned char *taken = xcalloc(nold, 1);
	for (size_t s = 0; s < nseg; s++) {
		char saved = t.low[seg[s].end];
		t.low[seg[s].end] = '\0';
		int cue = timex_any_phrase(t.low + seg[s].start, cues);
		struct words sw;
		if (cue)
			content_words(t.low + seg[s].start, &sw);
		for (size_t o = 0; cue && o < nold; o++) {
			if ((skip && skip[o]) || taken[o] || !strcmp(old[o].kind, "until"))
				continue;
			int has_date;
			int dates = dates_named(t.low, seg[s].start, seg[s].end, old[o].due, &has_date);
			struct words ow;
			label_words(&old[o], &ow);
			/* its date (and no other) with a word of its label (an event
			 * named only "Hearing" by the word hearing), or every word of its
			 * label and no date */
			int named = ow.n ? covered(&ow, &sw) > 0
					 : !strcmp(old[o].kind, "hearing") && timex_find_phrase(t.low + seg[s].start,
												 "hearing", 0) >= 0;
			if ((has_date && dates == 1 && named) || (dates == 0 && ow.n && covered(&ow, &sw) == 1)) {
				taken[o] = 1;
				out[nv++] = (struct amend_vacate){o, text_orig(&t, seg[s].start), text_orig(&t, seg[s].end)};
			}
		}
		t.low[seg[s].end] = saved;
	}
	free(taken);
	free(seg);
	text_free(&t);
	return nv;
}

const char *amend_why_text(enum amend_why why)
{
	switch (why) {
	case AMEND_OLD_DATE:
		return "the new order names the old date";
	case AMEND_LABEL:
		return "the same label with a new date";
	case AMEND_ONLY_EVENT:
		return "a continuance, and the case's only event of its kind";
	case AMEND_RESTATED:
		return "the new order restates the old one's words, at the same time";
	}
	return "";
}

size_t amend_candidates(const struct amend_item *old, size_t nold, const struct amend_item *ni,
			const char *new_title, struct amend_candidate *out)
{
	if (!nold)
		return 0;
	struct words *ow = xmalloc(nold * sizeof *ow), nw;
	for (size_t o = 0; o < nold; o++)
		label_words(&old[o], &ow[o]);
	label_words(ni, &nw);
	struct candidate *c = NULL;
	size_t nc = 0, cap = 0;
	score_new(old, ow, nold, ni, &nw, 0, new_title, &c, &nc, &cap);
	if (nc)
		qsort(c, nc, sizeof *c, by_score);
	for (size_t i = 0; i < nc; i++)
		out[i] = (struct amend_candidate){c[i].o, c[i].score, c[i].why};
	free(c);
	free(ow);
	return nc;
}

int amend_moves(const char *quote, const char *new_title)
{
	return moves(quote) || moves(new_title);
}
