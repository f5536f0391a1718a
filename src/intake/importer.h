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
#include "document.h"
#include "extract/extract.h"
#include "nef.h"
#include "obligation.h"
#include "order-file.h"
#include "store.h"

/* What an order is read under. */
struct order_facts {
	const char *court;          /* court code, or NULL: no dates are derived */
	enum rule_set rules;
	struct order_dates dates;   /* entered, served and how */
	size_t offset;              /* added to quote offsets (order_read sets it) */
	const struct document *doc; /* the document the text was read from (its OCR
				     * words: each obligation's confidence), or NULL */
	const char *division;       /* the case's division, or NULL */
	const char *from_court;     /* an appeal's: the court appealed from, or NULL */
};

/* An order read: what the reader found, and for each of its x.n items the
 * obligation it stands for, o[i]: its facts and, when the court is known,
 * its dates (or a warning saying why there are none). */
struct reading {
	struct extraction x;
	struct obligation *o;
	size_t offset; /* where the text read begins in the order's (x's offsets are from there) */
	long *anchor; /* o[i] runs from o[anchor[i]] (relative.h), or -1 */
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
	const char *document;       /* the docket's document number, or NULL */
	const char *source;         /* what the text was read from: text, pdf, ocr, nef */
	const char *title;          /* the order's title (a notice's description), or NULL */
	const char *links;          /* a notice's document links, one a line, or NULL */
	const char *filer;          /* a notice's filer, or NULL */
};
struct import_result {
	int already;                /* this text (1) or this document number (2) is in
				     * the case already: nothing was read or written */
	int64_t order_id;           /* the order's (0 in a dry run) */
	struct reading r;           /* its obligations (stored ones with their ids) */
	struct import_review {      /* what went to the review queue (review.c) */
		size_t pending;     /* obligations filed pending review */
		size_t changes;     /* proposed changes and vacaturs of earlier obligations */
		size_t sentences;   /* sentences that read as commands but gave nothing */
		/* per obligation of r: the review item it became, a proposed change
		 * of an earlier obligation, and so not stored (-1 in a dry run), or
		 * 0; and whether it reads as a change but matched nothing (pending) */
		int64_t *proposal;
		unsigned char *unmatched;
		/* the sentences proposed as vacaturs (offsets in the order's text) */
		size_t (*vacatur)[2];
		size_t nvacatur;
	} review;
	const char *origin_read;    /* the court appealed from, read from the order's
				     * caption and set on the case, or NULL */
};
/* Import f into case cs inside the caller's transaction (with dry, none is
 * needed: nothing is written): the order and every obligation in it, under
 * the case's court and that court's rules (rules_for_court). 0, or -1 after
 * a store error (store_errmsg; the caller rolls back). */
int import_order(store *s, const struct case_row *cs, const struct order_file *f,
		 const struct import_request *req, struct import_result *out);
void import_result_free(struct import_result *r);

/* The case whose number is number in any of its forms (case_number_same),
 * of court when there are several (court may be NULL): STORE_OK and *out,
 * STORE_NOTFOUND or STORE_ERROR. */
int case_find_same(store *s, const char *number, const char *court, struct case_row *out);

/* A CM/ECF notice to import, with the PDF of its document when there is one. */
struct notice_request {
	const struct notice *n;
	const struct document *pdf; /* its document's text, or NULL */
	const char *cause;
	int dry;
};
struct notice_result {
	int skipped;          /* its docket entry (court, case, document) is imported already */
	int case_created;     /* its case was not in the database: it was added */
	int merged;           /* obligations the docket text and the PDF both state (one kept) */
	struct case_row cs;   /* its case */
	struct import_result r;
};
/* Import a notice inside the caller's transaction: its case found by court
 * and number (any form of it: case_number_same), or added (the caption from
 * the case name); the notice skipped when its document number is in the case
 * already; else its docket entry stored (the docket text, after the PDF's
 * text when there is one), with a history row 'changes' lists, and the
 * obligations of both texts: where both state the same obligation, the
 * PDF's is kept and the docket text's quote added to its note. Dates run
 * from the entry date the notice gives (served electronically on filing).
 * 0, or -1 with *err (malloc'd; the caller rolls back). */
int import_notice(store *s, const struct notice_request *req, struct notice_result *out, char **err);
void notice_result_free(struct notice_result *r);

#endif
