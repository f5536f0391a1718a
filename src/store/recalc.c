/*
 * recalc.c: recalculation from stored facts (see recalc.h).
 */
#include "recalc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendars.h"
#include "derive.h"
#include "util.h"

/* A series ends with its event (happened) or its last day: once its open
 * occurrence falls after the earlier of them it is ended on that day; an
 * occurrence due before the end is still owed. */
static void series_end(const struct obligation_when *w, dl_day happened, struct recalculated *r)
{
	dl_day end = happened;
	if (w->series_until != DATE_NONE && (end == DATE_NONE || w->series_until < end))
		end = w->series_until;
	int over = end != DATE_NONE && r->derived.due != DATE_NONE && r->derived.due > end;
	r->status = over ? STATUS_ENDED : STATUS_OPEN;
	r->closed_on = over ? end : DATE_NONE;
}

static int recalc_at(store *s, struct calendars *cs, struct obligation *o, const char *cause,
		     int *moved, char **err, int depth);

/* How far a chain of obligations each running from the next is followed. */
enum { ANCHOR_DEPTH = 8 };

/* The due date of the obligation id another runs from, brought up to date
 * first (so the order in which a case's obligations are recalculated does
 * not matter). */
static int anchor_due(store *s, struct calendars *cs, int64_t id, const char *cause, char **err,
		      int depth, dl_day *due)
{
	struct obligation a;
	*due = DATE_NONE;
	if (store_obligation_get(s, id, &a) != STORE_OK) {
		*err = xstrdup(store_errmsg(s));
		return -1;
	}
	int rc = 0, changed = 0;
	if (depth < ANCHOR_DEPTH && !a.pinned && (a.status == STATUS_OPEN || a.status == STATUS_ENDED))
		rc = recalc_at(s, cs, &a, cause, &changed, err, depth + 1);
	obligation_free(&a);
	if (rc == 0 && store_obligation_get(s, id, &a) == STORE_OK) {
		*due = a.status == STATUS_VACATED ? DATE_NONE : a.derived.due;
		obligation_free(&a);
	}
	return rc;
}

/* Bring one obligation's derived state up to date (depth: how many
 * obligations up a chain of anchors it is). */
static int recalc_at(store *s, struct calendars *cs, struct obligation *o, const char *cause,
		     int *moved, char **err, int depth)
{
	struct obligation_when *w = &o->when;
	struct recalculated r = {o->status, o->closed_on, w->trigger_date, o->derived, w->trigger_minute};
	dl_day happened = DATE_NONE;
	if (o->link_event && store_event_date(s, o->case_id, o->link_event, &happened) == STORE_ERROR) {
		*err = xstrdup(store_errmsg(s));
		return -1;
	}
	if (o->kind == KIND_UNTIL) {
		r.status = happened != DATE_NONE ? STATUS_ENDED : STATUS_OPEN;
		r.closed_on = happened;
		return store_obligation_set_derived(s, o, &r, cause, moved) == STORE_OK ? 0 : -1;
	}
	/* the trigger's date, from where it comes */
	if (w->anchor_id > 0) {
		if (anchor_due(s, cs, w->anchor_id, cause, err, depth, &w->trigger_date) != 0)
			return -1;
	} else if (w->trigger == TRIGGER_EVENT) {
		w->trigger_date = happened;
	} else if ((w->trigger == TRIGGER_ENTRY || w->trigger == TRIGGER_SERVICE) && o->order_id) {
		struct order_dates od;
		if (store_order_get(s, o->order_id, &od) != STORE_OK) {
			*err = xstrdup(store_errmsg(s));
			return -1;
		}
		w->trigger_date = w->trigger == TRIGGER_ENTRY ? od.entered : od.served;
		if (w->trigger == TRIGGER_SERVICE) {
			w->service = od.service;
			w->trigger_minute = od.served_minute;
		}
	}
	r.trigger_date = w->trigger_date;
	r.trigger_minute = w->trigger_minute;
	struct derivation d;
	struct calendar *cal = calendars_of(cs, o, err);
	if (!cal)
		return -1;
	if (derive(cal, w, DERIVE_CITED, &d, err) != 0) { /* (only the citation is kept) */
		derivation_free(&d);
		return -1;
	}
	derivation_values(&d, &r.derived);
	if (!r.derived.rule_cite) /* nothing dates it: the citation stays */
		r.derived.rule_cite = o->derived.rule_cite;
	if (w->occurrence > 0)
		series_end(w, happened, &r);
	int rc = store_obligation_set_derived(s, o, &r, cause, moved) == STORE_OK ? 0 : -1;
	if (rc)
		*err = xstrdup(store_errmsg(s));
	if (r.derived.rule_cite != o->derived.rule_cite)
		free(r.derived.rule_cite);
	free(r.derived.warnings);
	derivation_free(&d);
	return rc;
}

static int recalc_one(store *s, struct calendars *cs, struct obligation *o, const char *cause,
		      int *moved, char **err)
{
	return recalc_at(s, cs, o, cause, moved, err, 0);
}

struct batch {
	struct obligation *v;
	size_t n;
	int64_t last_id;
};

static int take(const struct obligation *o, void *arg)
{
	struct batch *b = arg;
	b->last_id = o->id;
	obligation_copy(&b->v[b->n++], o); /* the store's row lasts only for the call */
	return 0;
}

/* A case's obligations are read in batches by id (through the index on
 * case and id) and copied, so that writing them never disturbs a read in
 * progress, and memory stays small at any size. */
enum { BATCH = 512 };

static int recalc_case(store *s, struct calendars *cs, int64_t case_id, const char *cause,
		       int *moved, char **err)
{
	struct obligation_filter f;
	struct batch b = {xcalloc(BATCH, sizeof *b.v), 0, 0};
	obligation_filter_init(&f);
	f.case_id = case_id;
	f.status = STATUS_ANY;
	f.live = 1;
	f.limit = BATCH;
	int rc = 0;
	for (;;) {
		int64_t after = b.last_id;
		f.after_id = after;
		b.n = 0;
		if (store_obligation_each(s, &f, take, &b) != STORE_OK) {
			rc = -1;
			break;
		}
		for (size_t i = 0; i < b.n; i++) {
			int changed = 0;
			if (rc == 0)
				rc = recalc_one(s, cs, &b.v[i], cause, &changed, err);
			*moved += changed;
			obligation_free(&b.v[i]);
		}
		if (rc || b.n < BATCH) /* a short batch is the last */
			break;
	}
	free(b.v);
	return rc;
}

struct case_ids {
	const char *court;
	int64_t *v;
	size_t n;
};

static int take_case(const struct case_row *c, void *arg)
{
	struct case_ids *ids = arg;
	if (!ids->court || strcmp(c->court, ids->court) == 0) {
		ids->v = xrealloc(ids->v, (ids->n + 1) * sizeof *ids->v);
		ids->v[ids->n++] = c->id;
	}
	return 0;
}

int recalc(store *s, const char *court, int64_t case_id, const char *cause, int *moved, char **err)
{
	struct calendars *cs = calendars_new(s);
	struct case_ids ids = {court, NULL, 0};
	*moved = 0;
	*err = NULL;
	int rc = 0;
	if (case_id) {
		ids.v = xmalloc(sizeof *ids.v);
		ids.v[ids.n++] = case_id;
	} else if (store_case_each(s, take_case, &ids) != STORE_OK) {
		rc = -1;
	}
	for (size_t i = 0; i < ids.n && rc == 0; i++)
		rc = recalc_case(s, cs, ids.v[i], cause, moved, err);
	if (rc && !*err)
		*err = xstrdup(store_errmsg(s));
	calendars_free(cs);
	free(ids.v);
	return rc;
}
