/*
 * output.c: what the reader writes into an extraction (see reader.h): each
 * obligation as it is made, the verbatim quote it carries with its byte
 * offsets in the original text, the notes that say why a command-like clause
 * was not taken (--explain), and the frames and lexicon entries that made
 * obligations (for the corpus's overfitting check).
 */
#include "reader.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A new obligation at the end of the reader's output: no date, no time, no
 * basis yet; doubted as stated before the decretal part until one comes. */
struct extracted *new_item(struct reader *r)
{
	struct extraction *x = r->out;
	if (x->n == r->cap)
		x->items = xrealloc(x->items, (r->cap = r->cap ? r->cap * 2 : 16) * sizeof *x->items);
	struct extracted *e = &x->items[x->n++];
	memset(e, 0, sizeof *e);
	r->last_item_seg = r->cur_seg;
	e->due = e->until_day = DATE_NONE;
	e->minute = -1;
	e->basis = "none";
	if (!r->decretal)
		e->doubts |= DOUBT_PRELUDE; /* (cleared at the end if the order has no decretal part) */
	e->before_decree = r->decretal != DECRETAL_MARKED; /* (likewise) */
	return e;
}

void item_free(struct extracted *e)
{
	free(e->event);
	free(e->who);
	free(e->action);
	free(e->scope);
	free(e->until);
	free(e->quote);
	free(e->warning);
}

/* Original byte offsets of normalised [a, b): to the end of the last
 * character (one byte when it is no valid UTF-8, so never past the text). */
static void orig_span(const struct reader *r, size_t a, size_t b, size_t *qs, size_t *qe)
{
	size_t last = text_orig(&r->t, b - 1);
	uint32_t cp;
	size_t n = utf8_decode(r->orig + last, r->orig_len - last, &cp);
	*qs = text_orig(&r->t, a);
	*qe = last + (n ? n : 1);
}

/* Words in normalised [a, b). */
static size_t words_in(const struct reader *r, size_t a, size_t b)
{
	size_t words = 1;
	for (size_t i = a; i < b; i++)
		words += r->t.low[i] == ' ';
	return words;
}

/* 1 if normalised [a, b) holds a date or a period. */
static int states_time(const struct reader *r, size_t a, size_t b)
{
	struct tokens tk = {0};
	int found = 0;
	tokenize(&r->t, a, b, &tk);
	for (size_t i = 0; i < tk.n && !found; i++)
		found = tk.v[i].type == TK_DATE || tk.v[i].type == TK_PERIOD;
	tokens_free(&tk);
	return found;
}

/* A clause of a few words ("This case is stayed."; "The response brief is
 * due 10/28/2022.") is quoted with the sentence before it in its paragraph,
 * which says what it follows from ("ORDER granting motion to extend time to
 * file brief [18] filed by Appellee"), unless that sentence states a time of
 * its own: then the two are rows of a schedule ("Joinder of Parties due by
 * 3/1/2013. Discovery due by 9/2/2013.") and each stands alone. */
size_t sentence_before(const struct reader *r, size_t si)
{
	for (size_t p = si; p > 0; p--) {
		const struct segment *prev = &r->seg[p - 1], *cur = &r->seg[p];
		if (prev->end > cur->start || memchr(r->t.low + prev->end, '\n', cur->start - prev->end))
			return SIZE_MAX;
		if (!(r->t.low[prev->start] == '(' && prev->end - prev->start <= 24))
			return p - 1;
	}
	return SIZE_MAX;
}

static size_t quote_start(const struct reader *r, size_t a, size_t b)
{
	if (words_in(r, a, b) > 8 || a != r->seg[r->cur_seg].start)
		return a;
	size_t before = sentence_before(r, r->cur_seg);
	if (before == SIZE_MAX)
		return a;
	const struct segment *prev = &r->seg[before];
	if (states_time(r, a, b) && states_time(r, prev->start, prev->end))
		return a;
	return prev->start;
}

/* Quote normalised [a, b) exactly (a row of a schedule stands on its own). */
void set_quote_exact(struct reader *r, struct extracted *e, size_t a, size_t b)
{
	orig_span(r, a, b, &e->quote_start, &e->quote_end);
	e->quote = xstrndup(r->orig + e->quote_start, e->quote_end - e->quote_start);
}

/* Quote the clause [a, b) of the current sentence: the whole sentence when
 * it is short (25 words or fewer, as a reader would quote it: "Order Granting
 * Motion To Extend Deadline to File Schedules or Provide Required Information
 * due by February 11, 2010."), else from the clause, with the sentence before
 * it when the clause is a few words (quote_start). */
void set_quote(struct reader *r, struct extracted *e, size_t a, size_t b)
{
	const struct segment *s = &r->seg[r->cur_seg];
	if (a >= s->start && b <= s->end && words_in(r, s->start, s->end) <= 25) {
		a = s->start;
		b = s->end;
	}
	/* (a clause of a few words that its sentence goes on from, "we abate
	 * the appeal so that | Appellant ... may file ...", is quoted on to
	 * 20 words of that sentence: what it is for follows it) */
	if (a >= s->start && b < s->end && words_in(r, a, b) <= 8) {
		size_t words = words_in(r, a, b), on = b;
		while (on < s->end && words < 20)
			words += r->t.low[on++] == ' ';
		if (on < s->end)
			on--; /* (before the space that ended the 20th word) */
		/* (not into a clause with a time of its own: "Joinder of Parties
		 * due by 5/31/2013., Motions due by 6/14/2013." are two rows) */
		if (!states_time(r, b, on)) {
			set_quote_exact(r, e, a, on);
			return;
		}
	}
	set_quote_exact(r, e, quote_start(r, a, b), b);
}

/* A note on the original text [qs, qe). */
void add_note_at(struct reader *r, size_t qs, size_t qe, const char *frame, char *why)
{
	struct extraction *x = r->out;
	if (!r->explain) {
		free(why);
		return;
	}
	if (x->nnotes == r->notes_cap)
		x->notes = xrealloc(x->notes, (r->notes_cap = r->notes_cap ? 2 * r->notes_cap : 16) *
						      sizeof *x->notes);
	struct extract_note *n = &x->notes[x->nnotes++];
	n->start = qs;
	n->end = qe;
	n->frame = frame;
	n->why = why;
}

/* A note on the normalised text [a, b). */
void add_note(struct reader *r, size_t a, size_t b, const char *frame, char *why)
{
	size_t qs, qe;
	orig_span(r, a, b, &qs, &qe);
	add_note_at(r, qs, qe, frame, why);
}

/* Record that the frame of m, and the lexicon entries its @class elements
 * matched, made an obligation (for the corpus's overfitting check). */
void mark_used(struct reader *r, const struct frame_match *m)
{
	struct extraction *x = r->out;
	x->frames_used[m->frame / 8] |= (uint8_t)(1u << (m->frame % 8));
	for (int i = 0; i < m->nlex; i++)
		x->lexicon_used[m->lex_entry[i] / 8] |= (uint8_t)(1u << (m->lex_entry[i] % 8));
}
