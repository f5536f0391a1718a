/*
 * order-file.h: an order file read and checked: text only (a file with NUL
 * bytes is refused, an empty one too), invalid UTF-8 and control characters
 * replaced byte for byte (offsets are kept), and an optional header block
 * of "key: value" lines ended by a line '---' read for the entry date, the
 * docket entry and the court.
 */
#ifndef DL_ORDER_FILE_H
#define DL_ORDER_FILE_H

#include <stddef.h>

#include "date.h"

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
/* An order's text that a reader made (document.h) as an order file: f takes
 * text (malloc'd, len bytes), which is checked as a file's is (NUL bytes,
 * invalid UTF-8 and control characters replaced, each counted) but has no
 * header block. */
void order_file_from_text(char *text, size_t len, struct order_file *f);
/* The entry date to use: given (from --entered) when set, else the header's.
 * 0, or -1 with *err (malloc'd) naming the header's field when it is not a
 * date and nothing was given (such a date is never dropped silently). */
int order_file_entered(const struct order_file *f, dl_day given, dl_day *out, char **err);

#endif
