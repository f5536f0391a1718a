/*
 * rule-default.c: a rule's own period for a deadline whose clause names the
 * rule but not the time (see rule-default.h).
 */
#include "rule-default.h"

#include <stdlib.h>
#include <string.h>

#include "rule-defaults.h"
#include "util.h"

int rule_default_apply(struct extracted *e)
{
	struct rule_default d;
	if (strcmp(e->kind, "deadline") != 0 || e->has_trigger || e->due != DATE_NONE || !e->quote ||
	    (strcmp(e->basis, "none") != 0 && strcmp(e->basis, "presumed") != 0) ||
	    !rule_default_find(e->quote, strlen(e->quote), e->who, &d))
		return 0;
	e->has_trigger = 1;
	free(e->event);
	e->event = xstrdup(d.from_service ? "service" : "entry");
	e->n = d.days;
	e->unit = "days";
	e->before = 0;
	e->basis = "rule";
	e->rule_cite = d.citation;
	e->presumed_cite = NULL;
	e->presumed_n = 0;
	return 1;
}
