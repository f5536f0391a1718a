/*
 * court-context.c: a court in a division and, for a court of appeals, with
 * the district court whose judgment is on appeal (see court-context.h).
 */
#include "court-context.h"

#include "util.h"

const char *court_zone(const struct court *c, const char *division)
{
	const char *tz = c && division ? court_division_tz(c->code, division) : NULL;
	return tz ? tz : c ? c->tz : NULL;
}

int court_in_context(const struct court *base, const char *division, const char *origin,
		     struct court *out, char **err)
{
	*out = *base;
	*err = NULL;
	if (division) {
		if (!court_division_known(base->code, division)) {
			*err = xasprintf(
				"court '%s' has no division '%s' in another time zone or in the "
				"Inauguration Day area (see data/court-divisions.tsv, "
				"data/inauguration-area.tsv)",
				base->code, division);
			return -1;
		}
		const char *tz = court_division_tz(base->code, division);
		if (tz)
			out->tz = tz;
		out->division = division;
	}
	if (origin) {
		const struct court *o = court_find(origin);
		if (!o) {
			*err = xasprintf(
				"unknown court '%s' (the court appealed from: a PACER code "
				"such as txsd)",
				origin);
			return -1;
		}
		if (base->kind != COURT_CIRCUIT) {
			*err = xasprintf(
				"court '%s' is not a court of appeals: only an appeal has a "
				"court it comes from (FRAP 26(a)(6)(C))",
				base->code);
			return -1;
		}
		if (o->kind != COURT_DISTRICT && o->kind != COURT_BANKRUPTCY) {
			*err = xasprintf(
				"court '%s' is a %s court: an appeal to a court of appeals "
				"comes from a district or bankruptcy court",
				o->code, court_kind_name(o->kind));
			return -1;
		}
		out->origin = o;
	}
	return 0;
}
