/*
 * extract.h: order text -> obligations. A pure module: no I/O, no global
 * state. It finds the operative commands of an order ("IT IS ORDERED that
 * Defendants shall ...", "X is directed to ...", "discovery is STAYED until
 * ...", scheduling lists, docket-text summaries), skips background, recited
 * history, rulings and permissions, and for each command gives its kind, who,
 * action, scope, time (date, period, until-event) and the verbatim quote with
 * its byte offsets.
 */
#ifndef DL_EXTRACT_H
#define DL_EXTRACT_H

#include <stddef.h>

#include "date.h"

struct extracted {
	const char *kind;      /* deadline | hearing | until | recurring */
	char *who;             /* plaintiff(s), defendant(s), parties, clerk, ... */
	char *action;          /* a short verb phrase */
	char *scope;           /* parameters the order sets, or NULL */
	dl_day due;            /* a date the order states, or DATE_NONE */
	dl_day due_invalid_hint; /* unused: DATE_NONE */
	int minute;            /* time of day stated, or -1 */
	int has_trigger;
	char event[96];        /* entry | service | receipt | <event words> */
	long n;
	const char *unit;      /* days business_days calendar_days hours weeks months years */
	int before;
	char *until;           /* the event an until-obligation lasts until */
	const char *whichever; /* "later" | "earlier" | NULL */
	int optional;          /* a right (objections, traverse), not a duty */
	int immediately;       /* "immediately": due at once */
	const char *basis;     /* stated | presumed | none (the caller makes "computed") */
	const char *presumed_cite; /* the default's rule, when presumed */
	long presumed_n;       /* the default period (days after entry), when presumed */
	char *quote;           /* verbatim from the original text */
	size_t quote_start, quote_end; /* byte offsets in the original */
	char *warning;         /* e.g. a stated date that does not exist */
};

struct extraction {
	struct extracted *items;
	size_t n;
};

/* Extract from text (len bytes; NULs not allowed; invalid UTF-8 tolerated). */
void extract_order(const char *text, size_t len, struct extraction *out);
void extraction_free(struct extraction *x);

#endif
