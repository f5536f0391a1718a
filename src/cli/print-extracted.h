/*
 * print-extracted.h: obligations read from an order, printed for people (one block
 * each) or as the JSON that 'extract --json' and 'import --json' promise.
 */
#ifndef DL_PRINT_EXTRACTED_H
#define DL_PRINT_EXTRACTED_H

#include <jansson.h>
#include <stdio.h>

#include "extract/extract.h"
#include "store.h"

/* {"kind","who","action","scope","due","time","trigger","until","whichever",
 *  "optional","basis","quote"} for one extracted obligation with its facts o. */
json_t *extracted_json(const struct extracted *e, const struct obligation *o);
/* A short block for people. */
void extracted_print(FILE *out, const struct extracted *e, const struct obligation *o);

/* --explain: the clauses that produced nothing and why (text, then JSON:
 * "notes", "frames_used", "lexicon_used" added to doc). text is the order's
 * body, which the notes' offsets index. */
void extraction_explain_print(FILE *out, const struct extraction *x, const char *text);
void extraction_explain_json(json_t *doc, const struct extraction *x, const char *text);

#endif
