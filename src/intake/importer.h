/*
 * importer.h: what 'extract' and 'import' share: reading an order file
 * (refusing what is not text, tolerating invalid UTF-8, reading an optional
 * "key: value" header block ended by a line '---'), and turning an extracted
 * obligation into stored facts (trigger, period, rules) whose date the engine
 * computes.
 */
#ifndef DL_IMPORTER_H
#define DL_IMPORTER_H

#include <stddef.h>

#include "compute.h"
#include "extract/extract.h"
#include "store.h"

#define ORDER_MAX_BYTES (64u << 20)

struct order_file {
	char *text;        /* the whole file (invalid UTF-8 bytes and control
			    * characters replaced by '?') */
	size_t len;
	size_t body;       /* where the order's text starts (after a header block) */
	dl_day entered;    /* from the header, or DATE_NONE */
	char *entered_error; /* the header's 'entered:' is not a date: why, or NULL */
	char *docket;      /* from the header, or NULL */
	char *court;       /* from the header (the code in parentheses), or NULL */
	size_t invalid_utf8; /* how many bytes were replaced (not UTF-8) */
	size_t invalid_at;   /* the offset of the first in the file */
	size_t controls;     /* how many control characters were replaced */
	size_t control_at;   /* the offset of the first */
};

/* Read and check path ("-": standard input). 0, or -1 with a message in *err. */
int order_file_read(const char *path, struct order_file *f, char **err);
void order_file_free(struct order_file *f);
/* The entry date to use: given (from --entered) when set, else the header's.
 * 0, or -1 with *err (malloc'd) naming the header's field when it is not a
 * date and nothing was given (such a date is never dropped silently). */
int order_file_entered(const struct order_file *f, dl_day given, dl_day *out, char **err);

struct order_facts {
	const char *court;          /* court code */
	enum rule_set rules;
	dl_day entered, served;
	enum service_method service;
	size_t offset;              /* added to quote offsets */
};

/* The facts of one extracted obligation, as stored (strings are copies). */
void extracted_to_obligation(const struct extracted *e, const struct order_facts *f,
			     struct obligation *o);

/* Compute o's date (store may be NULL); a failure leaves it undated with a warning. */
void obligation_set_dates(store *s, struct obligation *o);

#endif
