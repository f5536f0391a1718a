/*
 * importer.h: orders in. An order read (order-file.h) becomes obligations:
 * what the reader found (extract.h), each turned into stored facts
 * (trigger, period, rules) whose dates derive() gives; and an order
 * imported is stored, text and sha256, with those obligations. The commands
 * (extract, import) parse their options and print what these return.
 */
#ifndef DL_IMPORTER_H
#define DL_IMPORTER_H

#include <stddef.h>

#include "compute.h"
#include "extract/extract.h"
#include "obligation.h"
#include "order-file.h"
#include "store.h"

/* What an order is read under. */
struct order_facts {
	const char *court;          /* court code, or NULL: no dates are derived */
	enum rule_set rules;
	struct order_dates dates;   /* entered, served and how */
	size_t offset;              /* added to quote offsets (order_read sets it) */
};

/* An order read: what the reader found, and for each of its x.n items the
 * obligation it stands for, o[i]: its facts and, when the court is known,
 * its dates (or a warning saying why there are none). */
struct reading {
	struct extraction x;
	struct obligation *o;
};
/* Read the body of f under facts; s (may be NULL) gives the closures
 * recorded for the court; explain keeps the notes of clauses not taken. */
void order_read(const struct order_file *f, const struct order_facts *facts, store *s, int explain,
		struct reading *out);
void reading_free(struct reading *r);

struct import_request {
	struct order_facts facts;   /* the dates; the court and its rules are the case's */
	const char *docket;         /* the docket entry, or NULL */
	const char *cause;          /* for the history rows */
	int dry;                    /* read and report, write nothing */
};
struct import_result {
	int already;                /* this text is in the case already: nothing was read or written */
	int64_t order_id;           /* the order's (0 in a dry run) */
	struct reading r;           /* its obligations (stored ones with their ids) */
};
/* Import f into case cs inside the caller's transaction (with dry, none is
 * needed: nothing is written): the order and every obligation in it, under
 * the case's court and that court's rules (rules_for_court). 0, or -1 after
 * a store error (store_errmsg; the caller rolls back). */
int import_order(store *s, const struct case_row *cs, const struct order_file *f,
		 const struct import_request *req, struct import_result *out);
void import_result_free(struct import_result *r);

#endif
