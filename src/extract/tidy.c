/*
 * tidy.c: what is done once every segment of an order is read: repeats are
 * dropped, the obligations that complete others are merged into them, and
 * each obligation gets the doubts read from it as made and its confidence.
 */
#include "extract.h"
#include "reader.h"

#include "ascii.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "timex.h"
#include "util.h"

static int same_time(const struct extracted *x, const struct extracted *y)
{
	if (x->due != y->due || x->has_trigger != y->has_trigger)
		return 0;
	return !x->has_trigger || (x->n == y->n && !strcmp(x->unit, y->unit) && x->before == y->before);
}

/* Do two parties' names name the same party, a plural 's' aside
 * ("defendant", "defendants")? */
static int same_party(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	na -= na > 1 && a[na - 1] == 's';
	nb -= nb > 1 && b[nb - 1] == 's';
	return na == nb && !strncasecmp(a, b, na);
}

/* The next word of *p (letters only, a plural 's' left off): its start and
 * length; *p moves past it. Length 0 at the end. */
static const char *next_word(const char **p, size_t *n)
{
	while (**p && !ascii_isalpha((unsigned char)**p))
		(*p)++;
	const char *w = *p;
	while (ascii_isalpha((unsigned char)**p))
		(*p)++;
	*n = (size_t)(*p - w);
	if (*n > 4 && ascii_tolower((unsigned char)w[*n - 1]) == 's')
		(*n)--;
	return w;
}

/* Is every content word of a (four letters or more, not a word every duty
 * has, not its verb) also in b? A plural 's' is ignored; case too. */
/* Do the actions a and b share a word (past the verb, of four letters or
 * more): do they name one event ("the initial pre-trial conference",
 * "Initial Conference")? */
static int share_a_word(const char *a, const char *b)
{
	const char *sa = strchr(a, ' ');
	for (const char *p = sa ? sa : a; *p;) {
		size_t n;
		const char *w = next_word(&p, &n);
		if (n < 4)
			continue;
		for (const char *q = b; *q;) {
			size_t m;
			const char *v = next_word(&q, &m);
			if (m == n && !strncasecmp(v, w, n))
				return 1;
		}
	}
	return 0;
}

static int words_within(const char *a, const char *b)
{
	static const char *const common[] = {"shall", "file", "filed", "with", "court", "party", "parties",
					     "that", "this", "from", "date", "order", "than", "later", "must",
					     "their", "each", "case", "before", "after", "within", "upon", "all",
					     "deadline", NULL};
	const char *sa = strchr(a, ' ');
	a = sa ? sa : a; /* the verb ("complete", "file") says nothing of which paper */
	int any = 0;
	for (const char *p = a; *p;) {
		size_t n;
		const char *w = next_word(&p, &n);
		if (n < 4)
			continue;
		int skip = 0;
		for (int i = 0; common[i] && !skip; i++)
			skip = strlen(common[i]) == n && !strncasecmp(w, common[i], n);
		if (skip)
			continue;
		int found = 0;
		for (const char *q = b; *q && !found;) {
			size_t m;
			const char *v = next_word(&q, &m);
			found = m == n && !strncasecmp(v, w, n);
		}
		/* (a month's name missing is no difference: one date is written
		 * "2/23/2011" in a docket line and "February 23, 2011" in the
		 * order) */
		if (!found && timex_month_word(w, n))
			continue;
		if (!found)
			return 0;
		any = 1;
	}
	return any;
}

/* The text between k's quote and e's, whichever comes first: [*a, *b). */
static void quote_gap(const struct extracted *k, const struct extracted *e, size_t *a, size_t *b)
{
	*a = k->quote_end < e->quote_start ? k->quote_end : e->quote_end;
	*b = k->quote_end < e->quote_start ? e->quote_start : k->quote_start;
}

/* Does a paragraph break lie between k's quote and e's? (The normaliser's
 * breaks, not the text's newlines: a line wrapped, or double-spaced PDF
 * text's blank lines inside a sentence, break no paragraph.) */
static int gap_has_newline(const struct order_text *ot, const struct extracted *k, const struct extracted *e)
{
	size_t a, b;
	quote_gap(k, e, &a, &b);
	if (a >= b)
		return 0;
	size_t lo = 0, hi = ot->nbreaks; /* the first break at or after a */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ot->breaks[mid] < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ot->nbreaks && ot->breaks[lo] < b;
}

/* Are k and e items of one list, read under one heading (the same frame),
 * nothing between their quotes but a break and the next item's marker
 * ("...; \n ii. ")? Items of one heading due the same day are each a duty,
 * whatever noun they share. */
static int items_of_one_list(const struct order_text *ot, const struct extracted *k, const struct extracted *e)
{
	if (!k->frame || !e->frame || strcmp(k->frame, e->frame))
		return 0;
	size_t a, b;
	quote_gap(k, e, &a, &b);
	if (a > b || b - a > 12)
		return 0;
	int alnum = 0;
	for (size_t i = a; i < b; i++)
		alnum += ascii_isalnum((unsigned char)ot->text[i]);
	return alnum <= 4;
}

/* Is e's quote inside a parenthesis its paragraph opened before it, the
 * whole quote (the clerk's summary that ends a docket entry: "(Expert
 * Discovery due by 12/23/2024., Motions due by 2/3/2025., ...)", each item
 * in it; not a sentence that runs on past a parenthesis it began in)? */
static int in_parenthesis(const char *text, const struct extracted *e)
{
	if (e->quote[0] == '(')
		return 1;
	int depth = 0, open = 0;
	for (size_t i = e->quote_start; i > 0 && text[i - 1] != '\n' && !open; i--)
		if (text[i - 1] == ')')
			depth++;
		else if (text[i - 1] == '(' && --depth < 0)
			open = 1;
	if (!open)
		return 0;
	/* (its closing bracket at the quote's end at the earliest: "Show Cause
	 * Response due by 4/18/2014.).") */
	depth = 0;
	for (size_t i = e->quote_start; i + 2 < e->quote_end; i++)
		if (text[i] == '(')
			depth++;
		else if (text[i] == ')' && --depth < 0)
			return 0;
	return 1;
}

/* Of two stays, one open, does the other state the same stay's end: a
 * sentence of the same form, or one that speaks of the stay before it
 * ("This stay is effective until ...", "The stay shall remain in effect
 * until ...") and an end of its own? Not another restraint ("Respondents
 * are enjoined ... until further order. Any removals now pending are
 * STAYED"). */
static int states_end_of(const struct extracted *k, const struct extracted *e)
{
	const struct extracted *ended = (k->doubts & DOUBT_OPEN_STAY) ? e : k;
	/* (an end that is only "further order" tells nothing of the other) */
	if (!ended->until || (!strncasecmp(ended->until, "further order", 13) && !strstr(ended->until, " or ")))
		return 0;
	return (k->frame && e->frame && !strcmp(k->frame, e->frame)) ||
	       (ended->frame && (!strcmp(ended->frame, "effective-until") || !strcmp(ended->frame, "remains-in-effect")));
}

/* Of two stays, one open, does the other end on a day or an event (not
 * "further order", which says no more than the open one: "Respondents are
 * enjoined ... until further order. Any removals now pending are STAYED" are
 * two restraints)? An order that abates an appeal in several sentences
 * ("we ABATE the appeal ... All appellate deadlines are suspended ... The
 * case is removed from the active docket until August 1") states one stay. */
static int ended_elsewhere(const struct extracted *k, const struct extracted *e)
{
	const struct extracted *ended = (k->doubts & DOUBT_OPEN_STAY) ? e : k;
	return ended->until && strncasecmp(ended->until, "further order", 13) &&
	       strncasecmp(ended->until, "further notice", 14);
}

static int repeats(const struct order_text *ot, const struct extracted *k, const struct extracted *e)
{
	const char *text = ot->text;
	if (strcmp(k->kind, e->kind))
		return 0;
	/* a stay repeats one that ends on the same event: the same words, or
	 * (a docket summary above the order, in other paragraphs) the summary's
	 * words all in the order's ("... and defendant's likely cross-motion") */
	/* and a stay whose end is not stated repeats one of its paragraph that
	 * states it ("The Court will grant a brief stay to allow settlement.
	 * The Court will grant a stay until November 14, 2022.") */
	/* (and the reasoning's stay announces the decretal part's: "discovery
	 * will be stayed pending consideration of the motion. IT IS THEREFORE
	 * ORDERED that ... discovery is stayed until further order") */
	if (!strcmp(e->kind, "until"))
		return (k->before_decree != e->before_decree &&
			(!strcmp(k->who, e->who) || !strcmp(k->who, "parties") || !strcmp(e->who, "parties"))) ||
		       (((k->doubts ^ e->doubts) & DOUBT_OPEN_STAY) &&
			(!strcmp(k->who, e->who) || !strcmp(k->who, "parties") || !strcmp(e->who, "parties")) &&
			(states_end_of(k, e) || ended_elsewhere(k, e))) ||
		       /* (one end on a day or event, named twice, whoever the second
			* names: "we abate the appeals until August 2, 2021 ... The
			* cases will be removed from our active docket ... until August
			* 2, 2021") */
		       (ended_elsewhere(k, e) && ended_elsewhere(e, k) && !strcasecmp(k->until, e->until) &&
			(!strcmp(k->who, "parties") || !strcmp(e->who, "parties"))) ||
		       (!strcmp(k->who, e->who) &&
		       (!strcasecmp(k->until, e->until) ||
			(gap_has_newline(ot, k, e) && strncasecmp(k->until, "further order", 13) &&
			 (words_within(k->until, e->until) || words_within(e->until, k->until)))));
	if (!same_time(k, e) || (e->due == DATE_NONE && !e->has_trigger))
		return 0;
	/* (two events set for one hour in one paragraph, each in a sentence of
	 * its own, are two: "a Change of Plea Hearing is set for 2/12/2015 01:30
	 * PM ... Sentence Without PSR set for 2/12/2015 01:30 PM") */
	if (!strcmp(e->kind, "hearing"))
		return (k->minute == e->minute || k->minute < 0 || e->minute < 0) &&
		       !(k->minute >= 0 && e->minute >= 0 && !gap_has_newline(ot, k, e) && k->action && e->action &&
			 !share_a_word(k->action, e->action) && k->quote[0] != '(' && e->quote[0] != '(' &&
			 (k->quote_end <= e->quote_start || e->quote_end <= k->quote_start));
	/* (a warning that restates a duty, "If the brief is not filed by that
	 * date, counsel may be required to show cause", repeats it whoever it
	 * names: "counsel" for the lawyer the duty names) */
	if ((k->frame && !strcmp(k->frame, "if-not-done")) || (e->frame && !strcmp(e->frame, "if-not-done")))
		return 1;
	/* the clerk's parenthesis that ends a docket entry restates its duty
	 * ("... the Court directs Plaintiffs to file an additional Status Report
	 * by the close of business on 7/3/20. ... (Status Report due by
	 * 7/3/2020)"): the entry's own sentence with its verb on one side, the
	 * parenthesis on the other (not the papers a parenthesis lists, each
	 * "due" the same day: "(Schedule A due 2/12/2010, Schedule B due ...");
	 * a parenthesis that names no party of its own restates whoever's duty
	 * it is ("Defendant shall answer ... on or before November 5, 2021. (
	 * Amended Pleadings due by 10/15/2021. Motions due by 11/5/2021.)") */
	int k_paren = in_parenthesis(text, k), e_paren = in_parenthesis(text, e);
	const struct extracted *own = k_paren ? e : k, *note = k_paren ? k : e;
	int restates = k_paren != e_paren && own->frame && strcmp(own->frame, "due") &&
		       strcmp(own->frame, "table-row") && strcmp(own->frame, "setting");
	if (restates && (note->doubts & (DOUBT_PARTY | DOUBT_PARTY_INFERRED)))
		return 1;
	if (!same_party(k->who, e->who) && strcmp(k->who, "parties") && strcmp(e->who, "parties"))
		return 0;
	if (!strcasecmp(k->action, e->action))
		return 1;
	/* (two frames read in one clause, the same party's duty on the same day,
	 * one of them with no act of its own: "The Court sua sponte extends the
	 * time for Plaintiffs to file their reply to May 15", the court's
	 * extension and the time enlarged) */
	if (k->quote_start == e->quote_start && k->quote_end == e->quote_end && same_party(k->who, e->who) &&
	    (!strcmp(k->action, ACTION_UNSTATED) || !strcmp(e->action, ACTION_UNSTATED)))
		return 1;
	/* the reasoning announces what the decretal part then orders ("the
	 * Court will extend Defendants' time to answer to November 3, 2022 ...
	 * IT IS FURTHER ORDERED that Defendants must ANSWER ... no later than
	 * November 3, 2022"): the same party's duty on the same day */
	if (k->before_decree != e->before_decree && same_party(k->who, e->who))
		return 1;
	if (restates)
		return 1;
	/* a restatement is elsewhere in the text (a docket summary above the
	 * order), never in the same paragraph or list */
	if (!gap_has_newline(ot, k, e) || items_of_one_list(ot, k, e))
		return 0;
	/* the summary names the paper in a word or two, all of them in the order's sentence */
	return words_within(k->action, e->quote) || words_within(e->action, k->quote);
}

/* "file a status report every 90 days ... The first status report is due
 * on April 14": the series' first date, stated in a sentence of its own. */
static void first_of_series(struct extraction *x)
{
	/* (the dated sentences that speak of a first one, found once: a long
	 * text has many of each) */
	size_t *firsts = xmalloc((x->n ? x->n : 1) * sizeof *firsts), nfirsts = 0;
	for (size_t j = 0; j < x->n; j++) {
		const struct extracted *d = &x->items[j];
		const char *head = strrchr(d->action, ' ');
		head = head ? head + 1 : d->action;
		if (!strcmp(d->kind, "deadline") && d->due != DATE_NONE && !d->has_trigger && strlen(head) >= 4 &&
		    strcasestr(d->quote, "first"))
			firsts[nfirsts++] = j;
	}
	for (size_t i = 0; i < x->n && nfirsts; i++) {
		struct extracted *s = &x->items[i];
		if (strcmp(s->kind, "recurring"))
			continue;
		for (size_t f = 0; f < nfirsts; f++) {
			struct extracted *d = &x->items[firsts[f]];
			const char *head = strrchr(d->action, ' ');
			head = head ? head + 1 : d->action;
			if (strcmp(d->kind, "deadline") || !strcasestr(s->quote, head))
				continue; /* (a "repeat" already: the first of another series) */
			s->due = d->due;
			d->kind = "repeat"; /* dropped by tidy */
			break;
		}
	}
	free(firsts);
}

/* "ORDER directing Defendants to file a response to Plaintiffs' Emergency
 * Motion ... Response due no later than 4:30 p.m. on March 14, 2017": docket
 * text that states the duty, then the paper's due date. The date is the
 * duty's, and the party the duty names is the paper's. */
static void due_completes_duty(struct extraction *x)
{
	/* (the duties with no time, found once: a long text has many) */
	size_t *undated = xmalloc((x->n ? x->n : 1) * sizeof *undated), nundated = 0;
	for (size_t i = 0; i < x->n; i++) {
		const struct extracted *u = &x->items[i];
		if (!strcmp(u->kind, "deadline") && u->due == DATE_NONE && !u->has_trigger && strcmp(u->who, "parties"))
			undated[nundated++] = i;
	}
	for (size_t j = 0; j < x->n && nundated; j++) {
		struct extracted *d = &x->items[j];
		if (!d->frame || strcmp(d->frame, "due") ||
		    (strcmp(d->who, "parties") && !(d->doubts & (DOUBT_PARTY | DOUBT_PARTY_INFERRED))) ||
		    (d->due == DATE_NONE && !d->has_trigger))
			continue;
		const char *head = strrchr(d->action, ' ');
		head = head ? head + 1 : d->action;
		if (strlen(head) < 4)
			continue;
		for (size_t k = 0; k < nundated && undated[k] < j; k++) {
			struct extracted *u = &x->items[undated[k]];
			if (strcmp(u->kind, "deadline") || !strcasestr(u->action, head))
				continue; /* (a "repeat" already: completed by another) */
			free(d->who);
			d->who = xstrdup(u->who);
			d->doubts &= ~(unsigned)(DOUBT_PARTY | DOUBT_PARTY_INFERRED);
			u->kind = "repeat"; /* dropped by tidy */
			break;
		}
	}
	free(undated);
}

/* Does the sentence announce a ruling the order goes on to reason and make
 * ("For the reasons set forth below, the motion is granted")? */
static int announces(const char *quote)
{
	static const char *const roadmaps[] = {"reasons set forth below", "reasons stated below", "reasons below",
					       "following reasons", "reasons that follow", "reasons discussed below",
					       NULL};
	for (int i = 0; roadmaps[i]; i++)
		if (strcasestr(quote, roadmaps[i]))
			return 1;
	return 0;
}

/* Does the obligation's quote state its own date (of two sentences on one
 * setting, the one that says when, not one whose gap reached the date in
 * another clause)? */
static int quote_states_due(const struct extracted *e)
{
	if (e->due == DATE_NONE || !e->quote)
		return 0;
	/* (lower case, its white space single spaces, as timex reads text) */
	char *low = xmalloc(strlen(e->quote) + 1), *w = low;
	for (const char *c = e->quote; *c; c++)
		if (!ascii_isspace((unsigned char)*c))
			*w++ = (char)ascii_tolower((unsigned char)*c);
		else if (w > low && w[-1] != ' ')
			*w++ = ' ';
	*w = '\0';
	int found = 0;
	for (size_t p = 0; low[p] && !found; p++) {
		dl_day d;
		size_t end;
		if ((ascii_isdigit((unsigned char)low[p]) || timex_month_initial(low[p])) && timex_word_start(low, p) &&
		    timex_date(low, p, &d, &end) == DATE_FOUND)
			found = d == e->due;
	}
	free(low);
	return found;
}

static int weak_stay(const struct extracted *e)
{
	return !strcmp(e->kind, "until") && e->frame &&
	       (!strcmp(e->frame, "stay-granted") || !strcmp(e->frame, "granting-stay") ||
		!strcmp(e->frame, "grants-the-motion") || !strcmp(e->frame, "order-staying"));
}

/* Merge the obligations that complete others (above); then drop repeats,
 * keeping the one with the longer quote (the order's own
 * sentence over a docket summary), and a stay known only from the motion it
 * grants or from the order's title when the order states a stay itself (or when it only announces the
 * grant its conclusion makes). A duty is never folded into a
 * different duty: a missed duty costs more than a repeat. */
/* The kept obligations that one could repeat, found by what repeats()
 * requires of any two: a stay's kind, else the same time (same_time), stated
 * (a duty with no time repeats nothing). Each group lists its members in the
 * order kept, so the first a new one repeats is the one found, as in a walk
 * over them all (which a long text's thousands of obligations make slow). */
struct groups {
	struct group {
		int used, until, has_trigger;
		dl_day due;
		long n;
		size_t first, last;  /* kept indices (a list through next[]) */
	} *slot;
	size_t nslots;
	size_t *next;             /* per kept index: the next in its group, or SIZE_MAX */
};

/* Of two sentences on one stay, one states it and the other its end ("The
 * Court ORDERS that the proceeding is stayed. This stay is effective until
 * the petition is decided."): k, kept, becomes the stay with the end, its
 * party and action the stating sentence's (the one not assumed), quoted
 * from the first sentence to the last. */
static void stay_end_from(struct extracted *k, struct extracted *e, const char *text)
{
	struct extracted *open = (k->doubts & DOUBT_OPEN_STAY) ? k : e, *ended = open == k ? e : k;
	struct extracted *named = strcmp(open->who, "parties") ? open : ended;
	struct extracted merged = *ended;
	merged.who = named->who;
	merged.action = named->action;
	merged.frame = named->frame;
	merged.quote_start = k->quote_start < e->quote_start ? k->quote_start : e->quote_start;
	merged.quote_end = k->quote_end > e->quote_end ? k->quote_end : e->quote_end;
	merged.quote = xstrndup(text + merged.quote_start, merged.quote_end - merged.quote_start);
	/* (what merged does not take goes with the other, which item_free frees) */
	struct extracted rest = *open;
	if (named == open) {
		rest.who = ended->who;
		rest.action = ended->action;
	}
	free(ended->quote);
	free(open->quote);
	rest.quote = NULL;
	*k = merged;
	*e = rest;
}

static int grouped(const struct extracted *e)
{
	return !strcmp(e->kind, "until") || e->due != DATE_NONE || e->has_trigger;
}

static struct group *group_of(struct groups *g, const struct extracted *e)
{
	int until = !strcmp(e->kind, "until");
	dl_day due = until ? 0 : e->due;
	int trig = until ? 0 : e->has_trigger;
	long n = until || !e->has_trigger ? 0 : e->n;
	size_t h = ((size_t)until * 31 + (size_t)(unsigned)due) * 31 + (size_t)trig * 7 + (size_t)n;
	for (size_t i = (h * 0x9E3779B97F4A7C15u) >> 40 & (g->nslots - 1);; i = (i + 1) & (g->nslots - 1)) {
		struct group *gr = &g->slot[i];
		if (!gr->used) {
			*gr = (struct group){1, until, trig, due, n, SIZE_MAX, SIZE_MAX};
			return gr;
		}
		if (gr->until == until && gr->due == due && gr->has_trigger == trig && gr->n == n)
			return gr;
	}
}

/* Does e's quote end with the clerk's note of a docket entry, quoted with
 * the sentence before it ("... 28 U.S.C. 1915(g). (Amended Pleadings due by
 * 6/12/2015).")? */
static int ends_in_clerks_note(const struct extracted *e)
{
	size_t n = strlen(e->quote);
	while (n > 0 && (e->quote[n - 1] == '.' || e->quote[n - 1] == ' '))
		n--;
	if (n == 0 || e->quote[n - 1] != ')')
		return 0;
	const char *open = NULL;
	for (const char *p = e->quote; (p = strstr(p, ". (")); p++)
		open = p;
	return open && !memchr(open + 3, ')', (size_t)(e->quote + n - 1 - (open + 3)));
}

/* The clerk's note that ends a docket entry restates, with the day it ends,
 * a period the order counts from its entry ("... he must file a second
 * amended complaint within thirty (30) days from the filing date of this
 * Decision and Order ... (Notice of Compliance Deadline 11/27/2019"): the
 * note's dated duty, the same party's, on the period's last day or up to
 * four days after it (a weekend or holiday passed), gives way to the order's
 * own. The order's date is needed to tell. */
static void clerks_note_restates(struct extraction *x, const struct order_text *ot, dl_day entered)
{
	const char *text = ot->text;
	if (entered == DATE_NONE)
		return;
	/* the periods in days from entry, found once (a long text has thousands
	 * of obligations, and every dated one is checked against them) */
	size_t *periods = xmalloc((x->n ? x->n : 1) * sizeof *periods), np = 0;
	for (size_t j = 0; j < x->n; j++) {
		const struct extracted *k = &x->items[j];
		if (!strcmp(k->kind, "deadline") && k->has_trigger && !k->before && k->event &&
		    !strcmp(k->event, "entry") && k->unit && !strcmp(k->unit, "days"))
			periods[np++] = j;
	}
	for (size_t i = 0; np && i < x->n; i++) {
		struct extracted *e = &x->items[i];
		if (strcmp(e->kind, "deadline") || e->has_trigger || e->due == DATE_NONE)
			continue;
		/* (or the docket's event of its own, "X due by DATE", in the entry's
		 * paragraph: "... within thirty (30) days of the date of this Order.
		 * ... Amended/Supplemental Pleadings due by 1/3/2018. Response to
		 * Court due by 1/3/2018.. Signed by ...") */
		int event = e->frame && !strcmp(e->frame, "due");
		int note = in_parenthesis(text, e) || ends_in_clerks_note(e);
		if (!note && !event)
			continue;
		for (size_t p = 0; p < np; p++) {
			const struct extracted *k = &x->items[periods[p]];
			long late = (long)e->due - ((long)entered + k->n);
			if (late < 0 || late > 4 || !(same_party(k->who, e->who) || !strcmp(e->who, "parties")) ||
			    (!note && gap_has_newline(ot, k, e))) /* (the day first: the gap may be long) */
				continue;
			e->kind = "repeat"; /* (dropped below) */
			break;
		}
	}
	free(periods);
}

void tidy(struct extraction *x, const struct order_text *ot, dl_day entered)
{
	const char *text = ot->text;
	first_of_series(x);
	due_completes_duty(x);
	clerks_note_restates(x, ot, entered);
	struct groups g = {NULL, 16, xmalloc((x->n ? x->n : 1) * sizeof *g.next)};
	while (g.nslots < 2 * x->n)
		g.nslots *= 2;
	g.slot = xcalloc(g.nslots, sizeof *g.slot);
	size_t w = 0;
	int stays = 0, grants = 0;
	for (size_t i = 0; i < x->n; i++) {
		stays += !strcmp(x->items[i].kind, "until") && !weak_stay(&x->items[i]);
		grants += weak_stay(&x->items[i]);
	}
	for (size_t i = 0; i < x->n; i++) {
		struct extracted *e = &x->items[i];
		/* (a motion to stay is granted once: "For the reasons set forth
		 * below, the motion is granted" announces what the conclusion decides) */
		int drop = (weak_stay(e) && (stays > 0 || (grants > 1 && announces(e->quote)))) ||
			   !strcmp(e->kind, "repeat");
		struct group *gr = !drop && grouped(e) ? group_of(&g, e) : NULL;
		for (size_t j = gr ? gr->first : SIZE_MAX; j != SIZE_MAX && !drop; j = g.next[j]) {
			struct extracted *k = &x->items[j];
			if (!repeats(ot, k, e))
				continue;
			drop = 1;
			/* keep the order's own sentence: a duty stated with its verb over a
			 * docket summary's "X due by", else the longer quote */
			/* (a warning that restates the duty, "If appellant's brief is
			 * not filed by that date, ...", is a summary of it too) */
			int e_summary = e->frame && (!strcmp(e->frame, "due") || !strcmp(e->frame, "setting") ||
						     !strcmp(e->frame, "if-not-done"));
			int k_summary = k->frame && (!strcmp(k->frame, "due") || !strcmp(k->frame, "setting") ||
						     !strcmp(k->frame, "if-not-done"));
			unsigned open = (k->doubts ^ e->doubts) & DOUBT_OPEN_STAY;
			if (open) {
				stay_end_from(k, e, text);
				break;
			}
			/* (but first the decretal part's over the reasoning's, then
			 * the one stated without a condition: "If the parties are
			 * unable to settle, the Court will hold a jury trial on ..."
			 * beside "this action is set for a JURY trial on ...") */
			int k_if = (k->doubts & DOUBT_CONDITION) != 0, e_if = (e->doubts & DOUBT_CONDITION) != 0;
			int swap, k_dated, e_dated;
			/* (the order's own words over the clerk's note of them) */
			int k_note = in_parenthesis(text, k), e_note = in_parenthesis(text, e);
			if (k_note != e_note)
				swap = k_note;
			else if (k->before_decree != e->before_decree)
				swap = k->before_decree;
			else if (k_if != e_if)
				swap = k_if;
			else if ((k_dated = quote_states_due(k)) != (e_dated = quote_states_due(e)))
				swap = e_dated; /* (read only here: repeats are many in a long text) */
			else
				swap = (k_summary && !e_summary) ||
				       (k_summary == e_summary && e->quote_end - e->quote_start > k->quote_end - k->quote_start);
			if (swap) {
				struct extracted t = *k;
				*k = *e;
				*e = t;
			}
			/* (the summary may name the party the order's sentence left
			 * to be assumed: "( Plaintiff's Expert Disclosure due by ...)") */
			if ((k->doubts & DOUBT_PARTY) && !(e->doubts & (DOUBT_PARTY | DOUBT_PARTY_INFERRED)) &&
			    strcmp(e->who, "parties") && (k->quote[0] == '(' || e->quote[0] == '(')) {
				char *who = k->who;
				k->who = e->who;
				e->who = who;
				k->doubts &= ~(unsigned)DOUBT_PARTY;
			}
		}
		if (drop) {
			item_free(e);
			continue;
		}
		if (gr) { /* (kept, at w: the last of its group) */
			g.next[w] = SIZE_MAX;
			if (gr->last != SIZE_MAX)
				g.next[gr->last] = w;
			else
				gr->first = w;
			gr->last = w;
		}
		x->items[w++] = *e;
	}
	x->n = w;
	free(g.slot);
	free(g.next);
}

/* ---- confidence ---- */

static const char *const doubt_texts[DOUBT_COUNT] = {
	"the order states no date or period for it",
	"its period is presumed from the rules, not stated",
	"the text is cut off in its sentence",
	"it states a date that does not exist",
	"it is stated before the order's decretal part (it may recite)",
	"it names no party: every party is assumed",
	"read from a row of a schedule, with no verb of command",
	"it is counted from an event whose date is not known yet",
	"the order does not say when the stay ends",
	"a verb joined to the command before it",
	"known only from the motion the order grants",
	"its clause opens with a condition",
	"its clause has a word of a recital (previously, originally, already ...)",
	"its party is not named in its clause: inferred from the order (the paper's owner, the movant, the party named before)",
	"its date states no year: the year is read from the dates stated before it (the order's own date is not known)",
	"its command is in a weaker form (the future tense, which may foretell; an infinitive whose commanding verb "
	"lies outside its clause; a recurring series)",
	"its party is counsel, or a name with no side: check whose duty it is",
};

const char *extract_doubt_text(unsigned bit)
{
	for (int i = 0; i < DOUBT_COUNT; i++)
		if (bit == 1u << i)
			return doubt_texts[i];
	return NULL;
}

/* The doubts that leave an obligation's very existence or time in question;
 * calibrated on tests/orders (LOG.md). */
#define DOUBTS_LOW (DOUBT_NO_TIME | DOUBT_PRESUMED | DOUBT_BAD_DATE)

static const char *level(unsigned doubts)
{
	return doubts & DOUBTS_LOW ? "low" : doubts ? "medium" : "high";
}

const char *extract_confidence(const struct extracted *e)
{
	return level(e->doubts);
}

const char *extract_confidence_date(const struct extracted *e)
{
	return level(e->doubts & ~(unsigned)DOUBTS_PARTY);
}

const char *extract_confidence_party(const struct extracted *e)
{
	return level(e->doubts & DOUBTS_PARTY);
}

void extract_stored_confidence(const char *overall, const char *doubt_lines, const char **date, const char **party)
{
	/* (one per line: the bits of those about the party; every other line, a
	 * step's after the reader's included, "it matches no obligation of the
	 * case", doubts whether or when it is due) */
	unsigned party_bits = 0;
	int other = 0;
	for (const char *p = doubt_lines; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		unsigned bit = 0;
		for (int i = 0; i < DOUBT_COUNT && !bit; i++)
			if ((DOUBTS_PARTY & (1u << i)) && strlen(doubt_texts[i]) == n && !strncmp(doubt_texts[i], p, n))
				bit = 1u << i;
		party_bits |= bit;
		other |= n > 0 && !bit;
		p += n + (nl != NULL);
	}
	*date = other ? overall : "high";
	*party = level(party_bits);
}

const char *extract_confidence_parts_note(const char *overall, const char *date, const char *party)
{
	if (strcmp(overall, "medium") && strcmp(overall, "low"))
		return ""; /* (high, or no level: an obligation added by hand) */
	if (!strcmp(date, "high"))
		return "its date high, its party to check";
	if (!strcmp(party, "high"))
		return "its party high";
	return "";
}

/* Is who counsel, or a name that is no side or role the lexicon knows
 * ("robinson", "e-numerate", "the government")? (calibrated on tests/orders:
 * of the obligations otherwise without doubt, those with such a party had
 * the annotators' party about 1 time in 3, the others 9 in 10) */
static int party_unplaced(const char *who)
{
	if (!strcmp(who, "counsel"))
		return 1;
	struct lex_hit h[TOKEN_HITS];
	int n = lexicon_lookup(who, strlen(who), h, TOKEN_HITS), cls = lexicon_class("party");
	for (int i = 0; i < n; i++)
		if (lexicon_entry_classes(h[i].entry) & ((uint64_t)1 << cls))
			return 0;
	return 1;
}

/* The doubts read from an obligation as made (the others were set as it was
 * read); the decretal part's doubt only when the order has one. */
void assess(struct extraction *x, int has_decretal)
{
	static const char *const known[] = {"entry", "service", "receipt", NULL};
	for (size_t i = 0; i < x->n; i++) {
		struct extracted *e = &x->items[i];
		if (!has_decretal)
			e->doubts &= ~DOUBT_PRELUDE;
		if (!strcmp(e->basis, "presumed"))
			e->doubts |= DOUBT_PRESUMED;
		else if (strcmp(e->kind, "until") && e->due == DATE_NONE && !e->has_trigger && !e->immediately)
			e->doubts |= DOUBT_NO_TIME;
		if (e->frame && !strcmp(e->frame, "table-row"))
			e->doubts |= DOUBT_ROW;
		if (e->has_trigger && e->event) {
			int k = 0;
			while (known[k] && strcmp(e->event, known[k]))
				k++;
			if (!known[k])
				e->doubts |= DOUBT_EVENT;
		}
		if (weak_stay(e))
			e->doubts |= DOUBT_GRANT;
		/* (calibrated on tests/orders: of the obligations otherwise without
		 * doubt, those read from these forms were right about 3 times in 4,
		 * the others about 9 in 10) */
		if (!strcmp(e->kind, "recurring") || (e->frame && (!strcmp(e->frame, "will") || !strcmp(e->frame, "to-do"))))
			e->doubts |= DOUBT_WEAK_FORM;
		if ((!strcmp(e->kind, "deadline") || !strcmp(e->kind, "hearing")) && e->who[0] && party_unplaced(e->who))
			e->doubts |= DOUBT_PARTY_UNPLACED;
	}
}
