/*
 * derive.c: an obligation's dates from its facts (see derive.h).
 */
#include "derive.h"

#include <stdlib.h>
#include <string.h>

#include "rule-defaults.h"
#include "series.h"
#include "util.h"

/* The period of w, when it has one that can be counted: a trigger whose
 * date is known, a unit and a direction. 0, or -1. */
static int period_of(const struct obligation_when *w, struct period *p)
{
	if (w->trigger_date == DATE_NONE || w->unit == UNIT_NONE || w->direction == DIR_NONE)
		return -1;
	*p = (struct period){w->rules,		w->trigger_date, w->trigger_minute,
			     (long)w->period_n, w->unit,	 w->direction == DIR_BEFORE,
			     w->service,	DATE_NONE,	 0};
	return 0;
}

/* Extend c's due date by days, counted and rolled like a period. */
static int extend_by(struct calendar *cal, enum rule_set rules, int64_t days, int terse,
		     struct computation *c, char **err)
{
	struct period p = {rules, c->due,	-1,	   (long)days, UNIT_DAYS,
			   0,	  SERVICE_NONE, DATE_NONE, terse};
	struct computation more;
	if (compute_period(cal, &p, &more, err) != 0)
		return -1;
	computation_note(c, c->due, "order extending time",
			 "The court extended the time by %lld days from this date.",
			 (long long)days);
	computation_absorb(c, &more);
	return 0;
}

/* c's steps moved into *counted, and c begun again with its zone and
 * regime: a step said before them, then computation_absorb(c, counted). */
static void begin_again(struct computation *c, struct computation *counted)
{
	*counted = *c;
	memset(c, 0, sizeof *c);
	c->due = c->earliest = c->latest = DATE_NONE;
	c->due_minute = -1;
	c->tz = counted->tz;
	c->regime = counted->regime;
}

/* A rule default's period: the first step says where it comes from (the
 * rule's citation, the table's copy), before the steps of c. */
static void rule_default_step(struct computation *c, const struct obligation_when *w)
{
	struct computation counted;
	const char *cite = rule_default_citation(w->rule_default);
	begin_again(c, &counted);
	computation_note(c, w->trigger_date, cite ? cite : "the rule the order names",
			 "The order names the rule but not the time: the rule's own period applies, "
			 "%lld %s after %s (a rule default, not presumed).",
			 (long long)w->period_n, unit_name(w->unit), trigger_name(w->trigger));
	computation_absorb(c, &counted);
}

/* A period from another obligation of the order: the first step says so. */
static void anchor_step(struct computation *c, const struct obligation_when *w)
{
	struct computation counted;
	char on[15];
	begin_again(c, &counted);
	computation_note(c, w->trigger_date, "the order (a period from another of its obligations)",
			 "It runs from another obligation of the same order (%s), due %s: it moves "
			 "when that one moves.",
			 w->trigger_event ? w->trigger_event : "its event",
			 date_format_long(w->trigger_date, on));
	computation_absorb(c, &counted);
}

/* A series' occurrence: the first step says which, and that it counts from
 * the stated cycle (before the steps of c). */
static void series_step(struct computation *c, const struct obligation_when *w, dl_day counted_from)
{
	struct computation counted;
	char from[15];
	begin_again(c, &counted);
	char last[15];
	if (w->series_from_moved)
		computation_note(c, counted_from, "the order (each occurrence from the one before)",
				 "A recurring duty every %lld %s from %s, each counted from the day the "
				 "one before was due, as the order says: occurrence %lld is %lld %s "
				 "after %s.",
				 (long long)w->period_n, unit_name(w->unit),
				 date_format_long(w->trigger_date, from), (long long)w->occurrence,
				 (long long)w->period_n, unit_name(w->unit),
				 date_format_long(counted_from, last));
	else if (w->series_day > 0)
		computation_note(c, w->trigger_date, "the stated cycle of a recurring duty",
				 "A recurring duty on day %d of every %lld %s (a shorter month's last "
				 "day), the first after %s: occurrence %lld, counted from the stated "
				 "cycle, not from the day an earlier occurrence moved to.",
				 w->series_day, (long long)w->period_n, unit_name(w->unit),
				 date_format_long(w->trigger_date, from), (long long)w->occurrence);
	else if (w->stated_date != DATE_NONE && w->stated_date == w->trigger_date)
		computation_note(c, w->trigger_date, "the order (its first day, then the stated cycle)",
				 "A recurring duty first due %s, as the order states, then every %lld %s: "
				 "occurrence %lld is %lld %s from the first, counted from the stated "
				 "cycle, not from the day an earlier occurrence moved to.",
				 date_format_long(w->trigger_date, from), (long long)w->period_n,
				 unit_name(w->unit), (long long)w->occurrence,
				 (long long)(w->period_n * (w->occurrence - 1)), unit_name(w->unit));
	else
		computation_note(c, w->trigger_date, "the stated cycle of a recurring duty",
				 "A recurring duty every %lld %s from %s: occurrence %lld is %lld %s "
				 "from the start, counted from the stated cycle, not from the day an "
				 "earlier occurrence moved to.",
				 (long long)w->period_n, unit_name(w->unit),
				 date_format_long(w->trigger_date, from), (long long)w->occurrence,
				 (long long)(w->period_n * w->occurrence), unit_name(w->unit));
	computation_absorb(c, &counted);
}

int derive(struct calendar *cal, const struct obligation_when *w, enum derive_detail detail,
	   struct derivation *out, char **err)
{
	struct computation *c = &out->c;
	int terse = detail == DERIVE_CITED, rc = 0;
	struct period p;
	memset(out, 0, sizeof *out);
	c->due = c->earliest = c->latest = DATE_NONE;
	c->due_minute = -1;
	*err = NULL;
	if (w->extended_to != DATE_NONE) {
		compute_date_certain(cal, w->extended_to, w->rules, c);
		computation_note(c, w->extended_to, "order extending time",
				 "The court extended the time to this date.");
	} else if (w->occurrence > 0 && period_of(w, &p) == 0) {
		/* a recurring duty: its open occurrence, from the stated cycle */
		int on_day;
		if (series_period(cal, w, w->occurrence, &p, &on_day) != 0) {
			*err = xasprintf("occurrence %lld of the series is out of range",
					 (long long)w->occurrence);
			return -1;
		}
		p.terse = terse;
		rc = on_day ? compute_on_day(cal, &p, c, err) : compute_period(cal, &p, c, err);
		if (rc == 0)
			series_step(c, w, p.from);
	} else if (period_of(w, &p) == 0) {
		p.terse = terse;
		rc = compute_period(cal, &p, c, err);
		if (rc == 0 && w->rule_default)
			rule_default_step(c, w);
		if (rc == 0 && w->anchor_id)
			anchor_step(c, w);
		if (rc == 0 && w->extension_days)
			rc = extend_by(cal, w->rules, w->extension_days, terse, c, err);
		if (rc == 0 && w->whichever != WHICHEVER_NONE && w->stated_date != DATE_NONE) {
			int later = w->whichever == WHICHEVER_LATER;
			dl_day pick = later ? (w->stated_date > c->due ? w->stated_date : c->due)
					    : (w->stated_date < c->due ? w->stated_date : c->due);
			char a[15], b[15], p2[15];
			computation_note(
				c, pick, "the order (whichever is later/earlier)",
				"The order sets %s or the computed %s, whichever is %s: %s.",
				date_format_long(w->stated_date, a), date_format_long(c->due, b),
				whichever_name(w->whichever), date_format_long(pick, p2));
			c->due = pick;
		}
	} else if (w->stated_date != DATE_NONE) {
		compute_date_certain(cal, w->stated_date, w->rules, c);
		out->date_certain = !w->extension_days && w->whichever == WHICHEVER_NONE;
		if (w->extension_days)
			rc = extend_by(cal, w->rules, w->extension_days, terse, c, err);
		if (w->whichever != WHICHEVER_NONE && w->trigger_event)
			computation_note(c, w->stated_date, "the order",
					 "Or %lld %s %s %s, whichever is %s: not known yet, so the "
					 "stated date is calendared.",
					 (long long)w->period_n,
					 w->unit != UNIT_NONE ? unit_name(w->unit) : "days",
					 w->direction != DIR_NONE ? period_dir_name(w->direction)
								  : "after",
					 w->trigger_event, whichever_name(w->whichever));
	}
	return rc;
}

void derivation_free(struct derivation *d)
{
	computation_free(&d->c);
}

/* The distinct rule citations of c's steps in order, joined by "; ". */
static char *citation(const struct computation *c)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < c->nsteps; i++) {
		const char *rule = c->steps[i].rule;
		if (b.data && strstr(b.data, rule))
			continue;
		buf_printf(&b, "%s%s", b.len ? "; " : "", rule);
	}
	return buf_detach(&b);
}

/* All of c's warnings joined by newlines, or NULL. */
static char *warnings(const struct computation *c)
{
	if (!c->nwarnings)
		return NULL;
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < c->nwarnings; i++)
		buf_printf(&b, "%s%s", i ? "\n" : "", c->warnings[i]);
	return buf_detach(&b);
}

void derivation_values(const struct derivation *d, struct obligation_derived *out)
{
	out->due = d->c.due;
	out->due_minute = d->c.due_minute;
	out->latest = d->c.latest;
	out->warnings = warnings(&d->c);
	out->rule_cite = !d->c.nsteps	   ? NULL
			 : d->date_certain ? xstrdup("date certain set by the court (not moved)")
					   : citation(&d->c);
}
