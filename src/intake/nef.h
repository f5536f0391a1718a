/*
 * nef.h: a CM/ECF Notice of Electronic Filing, read from the text of its
 * e-mail (mail.c gives it, an HTML body made text by html.c). Pure. The
 * notice names its court in two lines ("U.S. District Court" / "Eastern
 * District of Arkansas", mapped to the court registry, data/courts.tsv),
 * then says when the transaction was entered and filed, and gives the case
 * name and number, the filer, the document number and the docket text.
 */
#ifndef DL_NEF_H
#define DL_NEF_H

#include <stddef.h>

#include "document.h"

struct notice {
	struct doc_facts facts; /* court, case, document, dates, filer, links ... */
	char *docket_text;	/* the docket text, verbatim (lines joined by '\n') */
	int ncases;		/* cases the notice names (a notice may name several) */
};

enum nef_error {
	NEF_OK = 0,
	NEF_NOT_NOTICE,	    /* no "Notice of Electronic Filing" */
	NEF_UNKNOWN_COURT,  /* a court the registry does not have */
	NEF_NO_CASE,	    /* no case number */
	NEF_NO_DOCKET_TEXT, /* no docket text */
};

/* Read the notice in text[0..len) (subject: the e-mail's, or NULL; links:
 * the document links the HTML had, one a line, or NULL). NEF_OK, or the
 * error with *why (malloc'd) saying what is wrong. */
enum nef_error nef_parse(const char *text, size_t len, const char *subject, const char *links,
			 struct notice *out, char **why);
void notice_free(struct notice *n);

/* The court registry's code for a court named as a notice names it:
 * kind "District" or "Bankruptcy", district "Eastern District of Arkansas",
 * "Alabama Middle District", "SOUTHERN DISTRICT OF TEXAS", "District of
 * Columbia [LIVE]"... NULL when there is none. */
const char *nef_court_code(const char *kind, const char *district);

#endif
