/*
 * json-csv.h: obligations and text for programs: JSON objects (jansson),
 * never dropping a field, and CSV fields (RFC 4180, OWASP's formula rule).
 */
#ifndef DL_JSON_CSV_H
#define DL_JSON_CSV_H

#include <jansson.h>
#include <stdio.h>

#include "date.h"
#include "obligation.h"

/* Text as a JSON string (NULL: null), never NULL itself: a byte that is not
 * UTF-8 (stored by an older version) is U+FFFD, so no field is ever left out
 * (jansson refuses such a string, and the field would silently go). */
json_t *json_text(const char *s);

/* A date as "YYYY-MM-DD" (DATE_NONE: null). */
json_t *json_day(dl_day d);
/* Lines of text (NULL: none) as an array of strings. */
json_t *json_lines(const char *s);
/* An obligation's OCR mark: null when it was not read by OCR, else
 * {"confidence": N, "low": true|false} (low: below OCR_LOW_CONFIDENCE). */
json_t *ocr_json(int confidence);
/* The JSON form of one obligation as of today (days_left is null when undated). */
json_t *obligation_json(const struct obligation *o, dl_day today);
/* Print a JSON document followed by a newline; 0 or -1. */
int json_print(json_t *doc, FILE *out);

/* Write one CSV field of text (quoted when it needs to be; a field a
 * spreadsheet would run as a formula begins with '). NULL writes an empty field. */
void csv_field(FILE *out, const char *s);

#endif
