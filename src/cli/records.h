/*
 * records.h: --format table|csv|json, the one writer of every report command
 * (list, show, changes, holidays, case list, subscriber list, event list). A
 * report is a run of records, each a JSON object, the same for every format:
 * json prints {"KEY": [records]}; csv prints a header of the columns and a
 * row a record (text through csv_field, OWASP's formula rule; numbers as
 * they are; true/false; null empty; an array's items joined by ';'); table
 * is the command's own text, printed by the command as it goes.
 */
#ifndef DL_RECORDS_H
#define DL_RECORDS_H

#include <jansson.h>

#include "cmd.h"

enum records_format { FORMAT_TABLE, FORMAT_CSV, FORMAT_JSON };

/* --format's word: 0 with *out, or a usage error naming the command's option
 * (DL_EXIT_USAGE). */
int records_format_parse(const struct dl_command *cmd, const char *prefix, const char *word,
			 enum records_format *out);

struct records;
/* A report of records under key (json) with these columns (csv; NULL-ended). */
struct records *records_new(enum records_format format, const char *key,
			    const char *const *columns);
/* A member of the json document besides the records ("today"); r takes
 * value. Nothing in the other formats. */
void records_set(struct records *r, const char *name, json_t *value);
/* Add one record (the report takes it): a csv row goes out at once, a json
 * one is kept for the end; in table format it is dropped (the command
 * prints its own line). */
void records_add(struct records *r, json_t *record);
/* The end: json prints the document. 0, or -1 when it could not be written.
 * Frees r. */
int records_finish(struct records *r);
/* Free r without printing (after an error). */
void records_abort(struct records *r);

#endif
