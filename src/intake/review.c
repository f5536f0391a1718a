/*
 * review.c: what an imported order sends to the review queue besides its
 * doubtful obligations (issue 17): each of its obligations that changes one
 * the case has already (amend_match, amend_candidates: the old date named,
 * the same label (in an order that amends, extends, resets: "amended",
 * "continued"...), the case's only event of its kind) becomes a proposed
 * change, old -> new, with its target when exactly one obligation matches
 * and with the candidates when several do; each sentence that vacates one
 * (amend_vacated) a proposed vacatur; one that reads as a change but
 * matches nothing is filed pending with a doubt saying so. Nothing is
 * applied here: 'review accept' does that. And the sentences that read as
 * commands but gave nothing (the reader's notes, but for a clause that
 * overlaps an obligation's quote), for 'review add --from-sentence'.
 */
#include <stdlib.h>
#include <string.h>

#include "amend.h"
#include "import-internal.h"
#include "store-review.h"
#include "util.h"

/* The case's open obligations, as the matcher sees them. */
struct olds {
	struct obligation *o;
	struct amend_item *items;
	size_t n, cap;
};

static int minute_of(const char *hhmm)
{
	int h, m;
	return hhmm && sscanf(hhmm, "%d:%d", &h, &m) == 2 ? h * 60 + m : -1;
}

static int keep_old(const struct obligation *o, void *arg)
{
	struct olds *a = arg;
	if (o->review == REVIEW_REJECTED)
		return 0;
	if (a->n == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 16;
		a->o = xrealloc(a->o, a->cap * sizeof *a->o);
	}
	obligation_copy(&a->o[a->n++], o);
	return 0;
}

static void olds_free(struct olds *a)
{
	for (size_t i = 0; i < a->n; i++)
		obligation_free(&a->o[i]);
	free(a->o);
	free(a->items);
}

static struct amend_item item_of(const struct obligation *o)
{
	return (struct amend_item){obligation_kind_name(o->kind), o->action, o->quote,
				   o->derived.due, minute_of(o->due_time)};
}

/* The ids of candidates c (n of them) among olds, between blanks (malloc'd). */
static char *candidate_ids(const struct olds *a, const struct amend_candidate *c, size_t n)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%s%lld", i ? " " : "", (long long)a->o[c[i].old_i].id);
	return buf_detach(&b);
}

/* Propose the change new obligation i of out makes (target: the old index,
 * or SIZE_MAX with candidates). */
static int propose(store *s, const struct case_row *cs, const struct import_request *req,
		   struct import_result *out, size_t i, const struct olds *a, size_t target,
		   const struct amend_candidate *c, size_t nc, const char *why)
{
	const struct obligation *o = &out->r.o[i];
	struct review_row r = {0};
	r.case_id = cs->id;
	r.order_id = out->order_id;
	r.kind = REVIEW_CHANGE;
	r.target_id = target != SIZE_MAX ? a->o[target].id : 0;
	r.candidates = target == SIZE_MAX ? candidate_ids(a, c, nc) : NULL;
	r.new_due = o->derived.due;
	r.new_time = o->due_time;
	r.quote = o->quote;
	r.quote_start = o->quote_start;
	r.quote_end = o->quote_end;
	r.why = (char *)why;
	out->review.proposal[i] = -1;
	out->review.changes++;
	int rc = req->dry ? STORE_OK : store_review_add(s, &r, &out->review.proposal[i]);
	free(r.candidates);
	return rc == STORE_OK ? 0 : -1;
}

/* Are two candidates evidence the matcher cannot tell apart? */
static int tied(const struct amend_candidate *a, const struct amend_candidate *b)
{
	return a->score == b->score;
}

int review_amendments(store *s, const struct case_row *cs, const struct order_file *f,
		      const struct import_request *req, struct import_result *out)
{
	struct reading *r = &out->r;
	size_t n = r->x.n;
	out->review.proposal = xcalloc(n ? n : 1, sizeof *out->review.proposal);
	out->review.unmatched = xcalloc(n ? n : 1, 1);
	struct olds a = {0};
	struct obligation_filter flt;
	obligation_filter_init(&flt);
	flt.case_id = cs->id;
	flt.status = STATUS_OPEN;
	if (cs->id && store_obligation_each(s, &flt, keep_old, &a) != STORE_OK) {
		olds_free(&a);
		return -1;
	}
	a.items = xcalloc(a.n ? a.n : 1, sizeof *a.items);
	for (size_t k = 0; k < a.n; k++)
		a.items[k] = item_of(&a.o[k]);
	struct amend_item *news = xcalloc(n ? n : 1, sizeof *news);
	for (size_t i = 0; i < n; i++)
		news[i] = item_of(&r->o[i]);
	struct amend_pair *pairs = xcalloc(n ? n : 1, sizeof *pairs);
	struct amend_candidate *c = xcalloc(a.n ? a.n : 1, sizeof *c);
	unsigned char *changed = xcalloc(a.n ? a.n : 1, 1);
	/* the order's title; with none, its opening words when they say the order
	 * restates an earlier one ("The order ... filed on May 21, 2012, is amended
	 * nunc pro tunc ... to read as follows"), as the corpus harness reads them */
	char *title = req->title ? xstrdup(req->title)
				 : xstrndup(f->text + r->offset, f->len - r->offset < 300 ? f->len - r->offset : 300);
	if (!req->title && !amend_restates(title)) {
		free(title);
		title = NULL;
	}
	size_t np = amend_match(a.items, a.n, news, n, title, pairs);
	/* The same label with a new date is a change only in an order that
	 * changes something ("amended", "extended", "reset"...): in another, a
	 * second report of the same kind is a new duty. */
	int amending = amend_moves(f->text + r->offset, title);
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		if (news[i].due == DATE_NONE)
			continue; /* (a change gives a new date) */
		size_t nc = amend_candidates(a.items, a.n, &news[i], title, c), kept = 0;
		for (size_t k = 0; k < nc; k++)
			if (amending || c[k].why != AMEND_LABEL)
				c[kept++] = c[k];
		nc = kept;
		size_t p = 0;
		while (p < np &&
		       (pairs[p].new_i != i || (!amending && pairs[p].why == AMEND_LABEL)))
			p++;
		if (p < np) {
			/* the pair's old one, unless another scores the same */
			size_t best = 0, ties = 0;
			while (best < nc && c[best].old_i != pairs[p].old_i)
				best++;
			for (size_t k = 0; k < nc; k++)
				ties += best < nc && tied(&c[k], &c[best]);
			changed[pairs[p].old_i] = 1;
			if (ties <= 1)
				rc = propose(s, cs, req, out, i, &a, pairs[p].old_i, NULL, 0,
					     amend_why_text(pairs[p].why));
			else
				rc = propose(s, cs, req, out, i, &a, SIZE_MAX, c, nc,
					     "several obligations match it equally");
		} else if (nc) {
			rc = propose(
				s, cs, req, out, i, &a, SIZE_MAX, c, nc,
				"the obligations it could change are changed by another sentence");
		} else if (amend_moves(news[i].quote, title)) {
			/* a change of nothing the case holds: filed pending, with why */
			struct obligation *o = &r->o[i];
			char *d = xasprintf(
				"%s%sit reads as a change of an earlier order, but it matches no "
				"obligation of the case",
				o->doubts ? o->doubts : "", o->doubts ? "\n" : "");
			free(o->doubts);
			o->doubts = d;
			out->review.unmatched[i] = 1;
		}
	}
	/* what the order vacates */
	struct amend_vacate *v = xcalloc(a.n ? a.n : 1, sizeof *v);
	size_t nv = rc == 0 ? amend_vacated(a.items, a.n, changed, f->text + r->offset,
					    f->len - r->offset, v)
			    : 0;
	for (size_t k = 0; k < nv && rc == 0; k++) {
		size_t start = v[k].start + r->offset, end = v[k].end + r->offset;
		char *quote = xstrndup(f->text + start, end - start);
		struct review_row row = {0};
		row.case_id = cs->id;
		row.order_id = out->order_id;
		row.kind = REVIEW_VACATE;
		row.target_id = a.o[v[k].old_i].id;
		row.new_due = DATE_NONE;
		row.quote = quote;
		row.quote_start = (int64_t)start;
		row.quote_end = (int64_t)end;
		row.why = (char *)"the order vacates, strikes or cancels it";
		out->review.changes++;
		out->review.vacatur =
			xrealloc(out->review.vacatur,
				 (out->review.nvacatur + 1) * sizeof *out->review.vacatur);
		out->review.vacatur[out->review.nvacatur][0] = start;
		out->review.vacatur[out->review.nvacatur++][1] = end;
		if (!req->dry && store_review_add(s, &row, NULL) != STORE_OK)
			rc = -1;
		free(quote);
	}
	free(v);
	free(changed);
	free(c);
	free(title);
	free(pairs);
	free(news);
	olds_free(&a);
	return rc;
}

/* Did the clause at [a, b) of the text read (text) give something: does it
 * overlap what an obligation was read from, or a vacatur, or lead into an
 * obligation's quote without ending a sentence ("It is ORDERED that" before
 * the command it introduces)? */
static int gave_something(const struct import_result *out, const char *text, size_t a, size_t b)
{
	const struct reading *r = &out->r;
	size_t end = b;
	while (end > a && (text[end - 1] == ' ' || text[end - 1] == '\n'))
		end--;
	int open_ended = end > a && !strchr(".:;?!", text[end - 1]);
	for (size_t i = 0; i < r->x.n; i++) {
		size_t qa = r->x.items[i].quote_start, qb = r->x.items[i].quote_end;
		if ((a < qb && qa < b) || (open_ended && qa >= b && qa <= b + 1))
			return 1;
	}
	for (size_t i = 0; i < out->review.nvacatur; i++)
		if (a + r->offset < out->review.vacatur[i][1] &&
		    out->review.vacatur[i][0] < b + r->offset)
			return 1;
	return 0;
}

int review_sentences(store *s, const struct case_row *cs, const struct order_file *f,
		     const struct import_request *req, struct import_result *out)
{
	const struct extraction *x = &out->r.x;
	for (size_t i = 0; i < x->nnotes; i++) {
		size_t start = x->notes[i].start + out->r.offset,
		       end = x->notes[i].end + out->r.offset;
		if (end > f->len || start >= end ||
		    gave_something(out, f->text + out->r.offset, x->notes[i].start,
				   x->notes[i].end))
			continue;
		char *quote = xstrndup(f->text + start, end - start);
		char *why = xasprintf("%s: %s", x->notes[i].frame, x->notes[i].why);
		struct review_row row = {0};
		row.case_id = cs->id;
		row.order_id = out->order_id;
		row.kind = REVIEW_SENTENCE;
		row.new_due = DATE_NONE;
		row.quote = quote;
		row.quote_start = (int64_t)start;
		row.quote_end = (int64_t)end;
		row.why = why;
		int rc = req->dry ? STORE_OK : store_review_add(s, &row, NULL);
		free(quote);
		free(why);
		if (rc != STORE_OK)
			return -1;
		out->review.sentences++;
	}
	return 0;
}
