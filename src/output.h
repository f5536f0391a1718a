/*
 * output.h: how obligations are shown: JSON objects (jansson), CSV fields
 * (RFC 4180), terminal colours, and UTF-8-safe truncation for fixed columns.
 */
#ifndef DL_OUTPUT_H
#define DL_OUTPUT_H

#include <jansson.h>
#include <stdio.h>

#include "date.h"
#include "store.h"

/* The JSON form of one obligation as of today (days_left is null when undated). */
json_t *obligation_json(const struct obligation *o, dl_day today);
/* Print a JSON document followed by a newline; 0 or -1. */
int json_print(json_t *doc, FILE *out);

/* Write one CSV field (quoted when it needs to be). NULL writes an empty field. */
void csv_field(FILE *out, const char *s);

/* Print s in exactly width terminal columns (UTF-8 aware; cut with "…", padded). */
void print_cell(FILE *out, const char *s, int width);
/* Print s word-wrapped to width columns; continuation lines are indented by
 * indent spaces (the column s started in). Ends with a newline. */
void print_wrapped(FILE *out, const char *s, int indent, int width);
/* Number of terminal columns s takes (one per code point). */
int text_width(const char *s);

/* ANSI colour escapes, or "" when colour is off. */
const char *color_for_days(int color, int days_left);
const char *color_reset(int color);

/* "19", "0" or "-3": days from today to due. */
int days_between(dl_day from, dl_day to);

#endif
