/*
 * report.h: obligations read from an order, printed for people (one block
 * each) or as the JSON that 'extract --json' and 'import --json' promise.
 */
#ifndef DL_REPORT_H
#define DL_REPORT_H

#include <jansson.h>
#include <stdio.h>

#include "extract/extract.h"
#include "store.h"

/* {"kind","who","action","scope","due","time","trigger","until","whichever",
 *  "optional","basis","quote"} for one extracted obligation with its facts o. */
json_t *extracted_json(const struct extracted *e, const struct obligation *o);
/* A short block for people. */
void extracted_print(FILE *out, const struct extracted *e, const struct obligation *o);

#endif
