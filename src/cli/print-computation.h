/*
 * print-computation.h: a computation shown to people (numbered steps, each with its
 * citation, and warnings) and to programs (JSON), for 'compute --explain' and
 * 'show --explain' alike.
 */
#ifndef DL_PRINT_COMPUTATION_H
#define DL_PRINT_COMPUTATION_H

#include <jansson.h>
#include <stdio.h>

#include "compute.h"

void explain_print(FILE *out, const struct computation *c);
/* {"due","time","weekday","end","tz","regime","steps":[{"date","why","rule"}],
 *  "earliest","latest","warnings"} */
json_t *explain_json(const struct computation *c);

#endif
