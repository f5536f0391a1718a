/*
 * importer.c: an order read into obligations, and imported (see importer.h).
 */
#include "importer.h"
#include "import-internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appeal.h"
#include "calendars.h"
#include "relative.h"
#include "derive.h"
#include "eventkey.h"
#include "store-review.h"
#include "util.h"

/* The facts of one extracted obligation, as stored (strings are copies). */
static void extracted_to_obligation(const struct extracted *e, const struct order_facts *f,
			     struct obligation *o)
{
	struct obligation_when *w = &o->when;
	enum obligation_basis basis = BASIS_NONE;
	obligation_init(o);
	obligation_kind_parse(e->kind, &o->kind); /* the reader's words, mapped once */
	if (o->kind == KIND_RECURRING) {
		w->occurrence = 1; /* a series: its first occurrence is open */
		w->series_until = e->until_day; /* its last day, when the order states one */
	}
	o->who = xstrdup(e->who);
	o->action = xstrdup(e->action && *e->action ? e->action : ACTION_UNSTATED);
	o->scope = e->scope ? xstrdup(e->scope) : NULL;
	o->quote = xstrdup(e->quote);
	o->quote_start = (int64_t)(e->quote_start + f->offset);
	o->quote_end = (int64_t)(e->quote_end + f->offset);
	o->until_event = e->until ? xstrdup(e->until) : NULL;
	w->rules = f->rules;
	o->join.court = f->court ? xstrdup(f->court) : NULL;
	o->join.division = f->division ? xstrdup(f->division) : NULL;
	o->join.from_court = f->from_court ? xstrdup(f->from_court) : NULL;
	if (e->minute >= 0)
		o->due_time = xasprintf("%02d:%02d", e->minute / 60, e->minute % 60);
	struct buf notes;
	buf_init(&notes);
	if (e->optional)
		buf_puts(&notes, "optional: a right, not a duty");
	if (e->warning)
		buf_printf(&notes, "%s%s", notes.len ? "\n" : "", e->warning);
	if (e->until)
		o->link_event = event_key(e->until);
	if (e->has_trigger) {
		w->period_n = e->n;
		if (!e->unit || unit_parse(e->unit, &w->unit) != 0)
			w->unit = UNIT_DAYS;
		w->direction = e->before ? DIR_BEFORE : DIR_AFTER;
		/* the reader's words: entry, service, or the event's own */
		if (trigger_parse(e->event, &w->trigger) != 0 ||
		    (w->trigger != TRIGGER_ENTRY && w->trigger != TRIGGER_SERVICE))
			w->trigger = TRIGGER_EVENT;
		if (w->trigger == TRIGGER_ENTRY) {
			w->trigger_date = f->dates.entered;
		} else if (w->trigger == TRIGGER_SERVICE) {
			w->trigger_date = f->dates.served;
			w->service = f->dates.service;
			w->trigger_minute = f->dates.served_minute;
		} else {
			w->trigger_event = xstrdup(e->event);
			o->link_event = event_key(e->event);
		}
		o->basis = BASIS_STATED;
		if (e->rule_cite) { /* the order names the rule, the rule gives the time */
			o->when.rule_default = xstrdup(e->rule_cite);
			buf_printf(&notes, "%srule default: the order names the rule but not the time; %s",
				   notes.len ? "\n" : "", e->rule_cite);
		}
		if (e->due != DATE_NONE && e->whichever) {
			/* "June 5, or 30 days after X, whichever is later": both facts are kept */
			w->stated_date = e->due;
			o->derived.due = e->due;
			whichever_parse(e->whichever, &w->whichever);
		} else if (e->due != DATE_NONE && o->kind == KIND_RECURRING) {
			/* "On or before October 18, 2010, and every 28 days thereafter":
			 * the series starts on the stated day, its first occurrence
			 * (series.h) */
			w->trigger = TRIGGER_DATE;
			w->trigger_date = w->stated_date = e->due;
			o->derived.due = e->due; /* (until the court's rules move it) */
			free(w->trigger_event);
			w->trigger_event = NULL;
			free(o->link_event);
			o->link_event = e->until ? event_key(e->until) : NULL;
		}
	} else if (e->due != DATE_NONE) {
		w->trigger = TRIGGER_NONE;
		o->derived.due = e->due;
		w->stated_date = e->due;
		o->basis = BASIS_STATED;
	} else if (obligation_basis_parse(e->basis, &basis) == 0 && basis == BASIS_PRESUMED) {
		w->trigger = TRIGGER_ENTRY;
		w->trigger_date = f->dates.entered;
		w->period_n = e->presumed_n;
		w->unit = UNIT_DAYS;
		w->direction = DIR_AFTER;
		o->basis = BASIS_PRESUMED;
		buf_printf(&notes, "%spresumed: the order states no time; %s", notes.len ? "\n" : "",
			   e->presumed_cite);
	} else {
		w->trigger = TRIGGER_NONE;
		o->basis = BASIS_NONE;
		if (e->immediately)
			buf_printf(&notes, "%sthe order says immediately", notes.len ? "\n" : "");
	}
	o->note = notes.len ? buf_detach(&notes) : (buf_free(&notes), NULL);
	/* the reader's confidence and its doubts, one a line */
	confidence_parse(extract_confidence(e), &o->confidence);
	struct buf doubts;
	buf_init(&doubts);
	for (int i = 0; i < DOUBT_COUNT; i++)
		if (e->doubts & (1u << i))
			buf_printf(&doubts, "%s%s", doubts.len ? "\n" : "", extract_doubt_text(1u << i));
	o->doubts = doubts.len ? buf_detach(&doubts) : (buf_free(&doubts), NULL);
}

/* An obligation whose quote was read by OCR: the engine's confidence in its
 * words, and a note saying so (a warning when it is low), which extract,
 * show and the feed print and list flags; when it is low, the reader's
 * confidence is low too, with that doubt (import files it pending). */
static void mark_ocr(const struct document *d, struct obligation *o)
{
	int conf = document_ocr_confidence(d, (size_t)o->quote_start, (size_t)o->quote_end);
	if (conf < 0)
		return;
	o->ocr_confidence = conf;
	char *n = conf < OCR_LOW_CONFIDENCE
			  ? xasprintf("%s%sread by OCR with low confidence (%d%%): check its words and "
				      "dates against the scan",
				      o->note ? o->note : "", o->note ? "\n" : "", conf)
			  : xasprintf("%s%sread by OCR (confidence %d%%)", o->note ? o->note : "",
				      o->note ? "\n" : "", conf);
	free(o->note);
	o->note = n;
	if (conf < OCR_LOW_CONFIDENCE) {
		char *doubt = xasprintf("%s%sread by OCR with low confidence (%d%%): its words and dates may be wrong",
				    o->doubts ? o->doubts : "", o->doubts ? "\n" : "", conf);
		free(o->doubts);
		o->doubts = doubt;
		o->confidence = CONFIDENCE_LOW;
	}
}

/* Derive o's dates in its court's calendar from cs; a failure leaves it
 * undated (or on the date it states) with a warning saying why. */
static void derive_dates(struct calendars *cs, struct obligation *o)
{
	char *err = NULL;
	struct derivation d;
	struct calendar *cal = calendars_of(cs, o, &err);
	if (cal && derive(cal, &o->when, DERIVE_EXPLAINED, &d, &err) == 0) {
		if (d.c.nsteps) { /* something dates it */
			free(o->derived.warnings);
			free(o->derived.rule_cite);
			derivation_values(&d, &o->derived);
			if (o->basis == BASIS_STATED && !d.date_certain)
				o->basis = BASIS_COMPUTED;
		}
	} else {
		struct obligation_derived *v = &o->derived;
		char *w = xasprintf("%s%sthe date could not be computed: %s", v->warnings ? v->warnings : "",
				    v->warnings ? "\n" : "", err);
		free(v->warnings);
		v->warnings = w;
		free(err);
	}
	if (cal)
		derivation_free(&d);
}

void order_read(const struct order_file *f, const struct order_facts *facts, store *s, int explain,
		struct reading *out)
{
	const struct court *court = facts->court ? court_find(facts->court) : NULL;
	struct extract_options xo = {.entered = facts->dates.entered,
				     .explain = explain,
				     .bankruptcy = court && court->kind == COURT_BANKRUPTCY,
				     .appellate = court && court->kind == COURT_CIRCUIT};
	struct order_facts at = *facts;
	at.offset = f->body;
	out->offset = f->body;
	extract_order_with(f->text + f->body, f->len - f->body, &xo, &out->x);
	out->o = xcalloc(out->x.n ? out->x.n : 1, sizeof *out->o);
	struct calendars *cs = facts->court ? calendars_new(s) : NULL;
	for (size_t i = 0; i < out->x.n; i++) {
		extracted_to_obligation(&out->x.items[i], &at, &out->o[i]);
		if (facts->doc)
			mark_ocr(facts->doc, &out->o[i]);
		if (cs) /* no court, no dates */
			derive_dates(cs, &out->o[i]);
	}
	/* a period from another obligation of the order: dated by it (after
	 * it, for an anchor that is itself dated from another) */
	out->anchor = xcalloc(out->x.n ? out->x.n : 1, sizeof *out->anchor);
	relative_anchors(out->o, out->x.n, out->anchor);
	for (size_t i = 0; i < out->x.n; i++) {
		struct obligation *o = &out->o[i];
		if (out->anchor[i] < 0)
			continue;
		o->when.anchor_id = -1; /* (its id once stored) */
		o->when.trigger_date = out->o[out->anchor[i]].derived.due;
		free(o->link_event);
		o->link_event = NULL;
		if (cs && o->when.trigger_date != DATE_NONE)
			derive_dates(cs, o);
	}
	calendars_free(cs);
}

void reading_free(struct reading *r)
{
	for (size_t i = 0; i < r->x.n; i++)
		obligation_free(&r->o[i]);
	free(r->o);
	free(r->anchor);
	extraction_free(&r->x);
	memset(r, 0, sizeof *r);
}

/* Store order f (already read into out->r) in case cs with its obligations. */
int store_reading(store *s, const struct case_row *cs, const struct order_file *f,
			 const struct import_request *req, const struct order_facts *facts, const char *sha,
			 struct import_result *out)
{
	struct order_row row = {cs->id,	      req->docket,   req->title,  f->text,    sha,
				facts->dates, req->document, req->source, req->links, req->filer};
	if (!req->dry && store_order_add(s, &row, &out->order_id) != STORE_OK)
		return -1;
	enum confidence threshold;
	if (store_review_threshold(s, cs->id, &threshold) != STORE_OK)
		return -1;
	/* what changes the case's earlier obligations is proposed, not stored */
	if (review_amendments(s, cs, f, req, out) != 0)
		return -1;
	for (size_t i = 0; i < out->r.x.n; i++) {
		struct obligation *o = &out->r.o[i];
		o->case_id = cs->id;
		o->order_id = out->order_id;
		o->join.case_number = xstrdup(cs->number);
		if (out->review.proposal[i])
			continue;
		if (o->confidence < threshold || out->review.unmatched[i]) {
			o->review = REVIEW_PENDING;
			out->review.pending++;
		}
		if (!req->dry && store_obligation_add(s, o, req->cause) != STORE_OK)
			return -1;
	}
	for (size_t i = 0; !req->dry && out->r.anchor && i < out->r.x.n; i++) {
		struct obligation *o = &out->r.o[i];
		/* (not one that became a proposed change, nor tied to one: neither is stored) */
		if (out->r.anchor[i] < 0 || o->id <= 0 || out->r.o[out->r.anchor[i]].id <= 0)
			continue;
		o->when.anchor_id = out->r.o[out->r.anchor[i]].id;
		if (store_obligation_set_anchor(s, o, o->when.anchor_id, req->cause) != STORE_OK)
			return -1;
	}
	return review_sentences(s, cs, f, req, out);
}

/* Is the order (its text's hash, or its document number) in case cs
 * already? 1 (out->already set), 0, or -1 after a store error. */
int imported_already(store *s, const struct case_row *cs, const char *sha, const char *document,
			    struct import_result *out)
{
	int found = cs->id ? store_order_find(s, cs->id, sha, &out->order_id) : STORE_NOTFOUND;
	if (found == STORE_OK)
		return out->already = 1;
	if (found == STORE_NOTFOUND && document && cs->id) {
		found = store_order_find_document(s, cs->id, document, &out->order_id);
		if (found == STORE_OK)
			return out->already = 2;
	}
	out->order_id = 0;
	return found == STORE_NOTFOUND ? 0 : -1;
}

/* The facts f is read under in case cs: its court and that court's rules. */
void case_facts(const struct case_row *cs, struct order_facts *facts)
{
	const struct court *court = court_find(cs->court);
	facts->court = cs->court;
	facts->division = cs->division;
	facts->from_court = cs->from_court;
	if (!court || rules_for_court(court, NULL, &facts->rules) != 0)
		facts->rules = RULES_FRCP;
}

int import_order(store *s, const struct case_row *cs, const struct order_file *f,
		 const struct import_request *req, struct import_result *out)
{
	struct order_facts facts = req->facts;
	char sha[65];
	memset(out, 0, sizeof *out);
	case_facts(cs, &facts);
	sha256_hex(f->text, f->len, sha);
	int found = imported_already(s, cs, sha, req->document, out);
	if (found)
		return found < 0 ? -1 : 0;
	/* FRAP 26(a)(6)(C): an appeal whose case does not say where it comes
	 * from yet, from the order's caption */
	const struct court *court = court_find(cs->court);
	if (court && court->kind == COURT_CIRCUIT && !cs->from_court &&
	    (out->origin_read = appeal_origin(f->text, f->len)))
		facts.from_court = out->origin_read;
	order_read(f, &facts, s, 1, &out->r); /* (its notes: the sentences for review) */
	if (out->origin_read && !req->dry &&
	    store_case_set(s, cs, "from_court", out->origin_read, req->cause) != STORE_OK)
		return -1;
	return store_reading(s, cs, f, req, &facts, sha, out);
}

void import_result_free(struct import_result *r)
{
	reading_free(&r->r);
	free(r->review.proposal);
	free(r->review.unmatched);
	free(r->review.vacatur);
	memset(&r->review, 0, sizeof r->review);
}
