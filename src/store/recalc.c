/*
 * recalc.c: recalculation from stored facts (see recalc.h).
 */
#include "recalc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "closures.h"
#include "util.h"

enum rule_set obligation_rules(const struct obligation *o)
{
	enum rule_set r = RULES_FRCP;
	if (o->rules)
		rule_set_parse(o->rules, &r);
	return r;
}

int obligation_period(const struct obligation *o, struct period *p)
{
	if (o->trigger_date == DATE_NONE || !o->period_unit || !o->period_dir)
		return -1;
	memset(p, 0, sizeof *p);
	p->rules = obligation_rules(o);
	p->from = o->trigger_date;
	p->from_minute = -1;
	p->n = o->period_n;
	if (unit_parse(o->period_unit, &p->unit) != 0)
		return -1;
	p->before = o->period_dir && strcmp(o->period_dir, "before") == 0;
	p->service = SERVICE_NONE;
	if (o->service_method)
		service_parse(o->service_method, &p->service);
	p->regime = DATE_NONE;
	return 0;
}

/* Extend c's due date by days, counted and rolled like a period. */
static int extend_by(struct calendar *cal, enum rule_set rules, int64_t days, int terse,
		     struct computation *c, char **err)
{
	struct period p = {rules, c->due, -1, (long)days, UNIT_DAYS, 0, SERVICE_NONE, DATE_NONE, terse};
	struct computation more;
	if (compute_period(cal, &p, &more, err) != 0)
		return -1;
	computation_note(c, c->due, "order extending time",
			 "The court extended the time by %lld days from this date.", (long long)days);
	computation_absorb(c, &more);
	return 0;
}

struct calendar *obligation_calendar(store *s, const struct obligation *o, char **err)
{
	const struct court *court = court_find(o->court);
	if (!court) {
		*err = xasprintf("case %s has an unknown court '%s'", o->case_number, o->court);
		return NULL;
	}
	struct calendar *cal = calendar_new(court, rules_family(obligation_rules(o)));
	if (s && closures_load_store(s, cal) != STORE_OK) {
		*err = xstrdup(store_errmsg(s));
		calendar_free(cal);
		return NULL;
	}
	return cal;
}

int obligation_compute(store *s, const struct obligation *o, struct computation *c, char **err)
{
	memset(c, 0, sizeof *c);
	c->due = c->earliest = c->latest = DATE_NONE;
	c->due_minute = -1;
	struct calendar *cal = obligation_calendar(s, o, err);
	if (!cal)
		return -1;
	int rc = obligation_compute_with(cal, o, 0, c, err);
	calendar_free(cal);
	return rc;
}

int obligation_compute_with(struct calendar *cal, const struct obligation *o, int terse,
			    struct computation *c, char **err)
{
	memset(c, 0, sizeof *c);
	c->due = c->earliest = c->latest = DATE_NONE;
	c->due_minute = -1;
	struct period p;
	int rc = 0;
	enum rule_set rules = obligation_rules(o);
	if (o->extended_to != DATE_NONE) {
		compute_date_certain(cal, o->extended_to, rules, c);
		computation_note(c, o->extended_to, "order extending time",
				 "The court extended the time to this date.");
	} else if (obligation_period(o, &p) == 0) {
		p.terse = terse;
		rc = compute_period(cal, &p, c, err);
		if (rc == 0 && o->extension_days)
			rc = extend_by(cal, rules, o->extension_days, terse, c, err);
		if (rc == 0 && o->whichever && o->stated_date != DATE_NONE) {
			int later = !strcmp(o->whichever, "later");
			dl_day pick = later ? (o->stated_date > c->due ? o->stated_date : c->due)
					    : (o->stated_date < c->due ? o->stated_date : c->due);
			char a[15], b[15], p2[15];
			computation_note(c, pick, "the order (whichever is later/earlier)",
					 "The order sets %s or the computed %s, whichever is %s: %s.",
					 date_format_long(o->stated_date, a), date_format_long(c->due, b),
					 o->whichever, date_format_long(pick, p2));
			c->due = pick;
		}
	} else if (o->stated_date != DATE_NONE) {
		compute_date_certain(cal, o->stated_date, rules, c);
		if (o->extension_days)
			rc = extend_by(cal, rules, o->extension_days, terse, c, err);
		if (o->whichever && o->trigger_event)
			computation_note(c, o->stated_date, "the order",
					 "Or %lld %s %s %s, whichever is %s: not known yet, so the "
					 "stated date is calendared.",
					 (long long)o->period_n, o->period_unit ? o->period_unit : "days",
					 o->period_dir ? o->period_dir : "after", o->trigger_event, o->whichever);
	}
	return rc;
}

struct cached_calendar {
	char *court;
	enum holiday_family family;
	struct calendar *cal;
};

struct calendar *calendar_cache_get(struct calendar_cache *cc, store *s, const struct obligation *o,
				    char **err)
{
	enum holiday_family family = rules_family(obligation_rules(o));
	for (size_t i = 0; i < cc->n; i++)
		if (cc->v[i].family == family && !strcmp(cc->v[i].court, o->court))
			return cc->v[i].cal;
	struct calendar *cal = obligation_calendar(s, o, err);
	if (!cal)
		return NULL;
	cc->v = xrealloc(cc->v, (cc->n + 1) * sizeof *cc->v);
	cc->v[cc->n++] = (struct cached_calendar){xstrdup(o->court), family, cal};
	return cal;
}

void calendar_cache_free(struct calendar_cache *cc)
{
	for (size_t i = 0; i < cc->n; i++) {
		free(cc->v[i].court);
		calendar_free(cc->v[i].cal);
	}
	free(cc->v);
	cc->v = NULL;
	cc->n = 0;
}

/* Bring one obligation's derived state up to date. */
static int recalc_one(store *s, struct calendar_cache *cc, struct obligation *o, const char *cause,
		      int *moved, char **err)
{
	struct derived d = {o->status, o->closed_on, o->trigger_date, o->due, o->latest, o->warnings,
			    o->rule_cite};
	dl_day happened = DATE_NONE;
	if (o->link_event && store_event_date(s, o->case_id, o->link_event, &happened) == STORE_ERROR) {
		*err = xstrdup(store_errmsg(s));
		return -1;
	}
	if (!strcmp(o->kind, "until")) {
		d.status = happened != DATE_NONE ? "ended" : "open";
		d.closed_on = happened;
		return store_obligation_set_derived(s, o, &d, cause, moved) == STORE_OK ? 0 : -1;
	}
	/* the trigger's date, from where it comes */
	if (o->trigger && !strcmp(o->trigger, "event")) {
		o->trigger_date = happened;
	} else if (o->trigger && (!strcmp(o->trigger, "entry") || !strcmp(o->trigger, "service")) &&
		   o->order_id) {
		char ref[32], *method = NULL;
		int64_t id;
		dl_day entered, served;
		snprintf(ref, sizeof ref, "#%lld", (long long)o->order_id);
		if (store_order_lookup(s, o->case_id, ref, &id, &entered, &served, &method) != STORE_OK) {
			*err = xstrdup(store_errmsg(s));
			return -1;
		}
		o->trigger_date = !strcmp(o->trigger, "entry") ? entered : served;
		if (!strcmp(o->trigger, "service")) {
			free(o->service_method);
			o->service_method = method;
			method = NULL;
		}
		free(method);
	}
	d.trigger_date = o->trigger_date;
	struct computation c;
	struct calendar *cal = calendar_cache_get(cc, s, o, err);
	if (!cal || obligation_compute_with(cal, o, 1, &c, err) != 0) /* only the citation is kept */
		return -1;
	char *cite = c.nsteps ? computation_citation(&c) : NULL, *warnings = computation_warnings(&c);
	d.due = c.due;
	d.latest = c.latest;
	d.warnings = warnings;
	if (cite)
		d.rule_cite = cite;
	int rc = store_obligation_set_derived(s, o, &d, cause, moved) == STORE_OK ? 0 : -1;
	if (rc)
		*err = xstrdup(store_errmsg(s));
	free(cite);
	free(warnings);
	computation_free(&c);
	return rc;
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

static int recalc_case(store *s, struct calendar_cache *cc, int64_t case_id, const char *cause,
		       int *moved, char **err)
{
	struct obligation_filter f;
	struct batch b = {xcalloc(BATCH, sizeof *b.v), 0, 0};
	obligation_filter_init(&f);
	f.case_id = case_id;
	f.status = "all";
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
				rc = recalc_one(s, cc, &b.v[i], cause, &changed, err);
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
	struct calendar_cache cc = {NULL, 0};
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
		rc = recalc_case(s, &cc, ids.v[i], cause, moved, err);
	if (rc && !*err)
		*err = xstrdup(store_errmsg(s));
	calendar_cache_free(&cc);
	free(ids.v);
	return rc;
}
