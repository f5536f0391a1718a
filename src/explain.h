/*
 * explain.h: a computation shown to people (numbered steps, each with its
 * citation, and warnings) and to programs (JSON), for 'compute --explain' and
 * 'show --explain' alike.
 */
#ifndef DL_EXPLAIN_H
#define DL_EXPLAIN_H

#include <jansson.h>
#include <stdio.h>

#include "compute.h"

void explain_print(FILE *out, const struct computation *c);
/* {"due","time","weekday","end","tz","regime","steps":[{"date","why","rule"}],
 *  "earliest","latest","warnings"} */
json_t *explain_json(const struct computation *c);
/* The main citation of a computation: the rules that decided its last day. */
char *explain_citation(const struct computation *c);
/* All warnings joined by newlines (NULL when none). */
char *explain_warnings(const struct computation *c);

#endif
