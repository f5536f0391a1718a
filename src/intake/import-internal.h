/*
 * import-internal.h: what importer.c and notice-import.c share: an order's
 * facts in its case, whether it is imported already, and storing it.
 */
#ifndef DL_IMPORT_INTERNAL_H
#define DL_IMPORT_INTERNAL_H

#include "importer.h"

/* The court of case cs and that court's rules, into facts. */
void case_facts(const struct case_row *cs, struct order_facts *facts);
/* Is the order (its text's hash sha, or its document number) in case cs
 * already? 1 (out->already says which), 0, or -1 after a store error. */
int imported_already(store *s, const struct case_row *cs, const char *sha, const char *document,
		     struct import_result *out);
/* Store order f, read into out->r under facts, in case cs with its
 * obligations (with req->dry, nothing). 0, or -1 after a store error. */
int store_reading(store *s, const struct case_row *cs, const struct order_file *f,
		  const struct import_request *req, const struct order_facts *facts,
		  const char *sha, struct import_result *out);

/* review.c: the obligations of an order about to be stored (out->r) that
 * change or vacate the case's earlier obligations, each made a proposed
 * change in the review queue (out->review); and the sentences of the
 * order that read as commands but gave nothing. 0, or -1 after a store
 * error. */
int review_amendments(store *s, const struct case_row *cs, const struct order_file *f,
		      const struct import_request *req, struct import_result *out);
int review_sentences(store *s, const struct case_row *cs, const struct order_file *f,
		     const struct import_request *req, struct import_result *out);

#endif
