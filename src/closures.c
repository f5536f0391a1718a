/*
 * closures.c: closures into calendars, and recomputation of dependent dates.
 * Every derived date is recomputed from stored facts (trigger, period, rules,
 * court, service method), never typed in twice.
 */
#include "closures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "explain.h"
#include "util.h"

static int add_one(const struct closure_row *c, void *arg)
{
	calendar_add_closure(arg, c->day, c->reason);
	return 0;
}

int closures_load_store(store *s, struct calendar *cal)
{
	return store_closure_each(s, calendar_court(cal)->code, add_one, cal);
}

int closures_load(struct dl_ctx *ctx, struct calendar *cal)
{
	if (!ctx->db && (!ctx->db_path || access(ctx->db_path, F_OK) != 0))
		return DL_EXIT_OK;
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	if (closures_load_store(ctx->db, cal) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	return DL_EXIT_OK;
}

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

int obligation_compute(store *s, const struct obligation *o, struct computation *c, char **err)
{
	const struct court *court = court_find(o->court);
	if (!court) {
		*err = xasprintf("case %s has an unknown court '%s'", o->case_number, o->court);
		return -1;
	}
	struct period p;
	struct calendar *cal = calendar_new(court, rules_family(obligation_rules(o)));
	if (s && closures_load_store(s, cal) != STORE_OK) {
		*err = xstrdup(store_errmsg(s));
		calendar_free(cal);
		return -1;
	}
	int rc = 0;
	memset(c, 0, sizeof *c);
	if (obligation_period(o, &p) == 0) {
		rc = compute_period(cal, &p, c, err);
	} else if (o->due != DATE_NONE) {
		c->due = o->due;
		c->due_minute = -1;
		c->earliest = c->latest = DATE_NONE;
		c->tz = court->tz;
		compute_date_certain(cal, o->due, obligation_rules(o), c);
	} else {
		c->due = c->earliest = c->latest = DATE_NONE;
		c->due_minute = -1;
	}
	calendar_free(cal);
	return rc;
}

struct ids {
	int64_t *v;
	size_t n;
};

static int collect(const struct obligation *o, void *arg)
{
	struct ids *ids = arg;
	struct period p;
	if (o->pinned || obligation_period(o, &p) != 0)
		return 0;
	ids->v = xrealloc(ids->v, (ids->n + 1) * sizeof *ids->v);
	ids->v[ids->n++] = o->id;
	return 0;
}

int recompute_court(store *s, const char *court, const char *cause, int *moved, char **err)
{
	struct obligation_filter f;
	struct ids ids = {NULL, 0};
	obligation_filter_init(&f);
	f.court = court;
	f.status = "open";
	*moved = 0;
	if (store_obligation_each(s, &f, collect, &ids) != STORE_OK) {
		*err = xstrdup(store_errmsg(s));
		return -1;
	}
	int rc = 0;
	for (size_t i = 0; i < ids.n && rc == 0; i++) {
		struct obligation o;
		struct computation c;
		if (store_obligation_get(s, ids.v[i], &o) != STORE_OK) {
			*err = xstrdup(store_errmsg(s));
			rc = -1;
			break;
		}
		if (obligation_compute(s, &o, &c, err) == 0) {
			char *cite = explain_citation(&c), *warnings = explain_warnings(&c);
			int changed = 0;
			if (store_obligation_set_computed(s, &o, c.due, NULL, c.latest, warnings, cite,
							  cause, &changed) != STORE_OK) {
				*err = xstrdup(store_errmsg(s));
				rc = -1;
			}
			*moved += changed;
			free(cite);
			free(warnings);
			computation_free(&c);
		} else {
			rc = -1;
		}
		obligation_free(&o);
	}
	free(ids.v);
	return rc;
}
