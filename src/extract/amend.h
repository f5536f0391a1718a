/*
 * amend.h: which obligations of earlier orders a new order changes.
 *
 * A later order in the same case often moves what an earlier one set: "The
 * Sentencing set for 5/22/2017 is RESET for 6/26/2017", "appellee brief now due
 * 03/01/2023", an amended scheduling order whose rows repeat the old labels
 * with new dates. amend_match() pairs each such new obligation with the old one
 * it replaces, from what both orders say: the old date named in the new
 * sentence, the same label, or the one event of its kind a continuance can only
 * mean. Pure: the caller gives the obligations (extracted or stored) as
 * amend_item views.
 */
#ifndef DL_EXTRACT_AMEND_H
#define DL_EXTRACT_AMEND_H

#include <stddef.h>

#include "date.h"

/* One obligation as the matcher sees it. */
struct amend_item {
	const char *kind;   /* deadline | hearing | until | recurring */
	const char *action; /* may be NULL */
	const char *quote;  /* the sentence it came from */
	dl_day due;         /* its date, or DATE_NONE */
	int minute;         /* its time of day (minutes after midnight), or -1 */
};

/* Why a pair was made, strongest first. */
enum amend_why {
	AMEND_OLD_DATE = 1, /* the new sentence names the old obligation's date */
	AMEND_LABEL,        /* the same label with a new date */
	AMEND_ONLY_EVENT,   /* a continuance, and one event of its kind to continue */
	AMEND_RESTATED      /* restated at the same time by an order that rewrites the old one's words */
};

struct amend_pair {
	size_t old_i, new_i;
	enum amend_why why;
};

/* Pair new obligations with the old ones they change; each old and each new
 * obligation in one pair at most. new_title is the new order's opening (its
 * docket text's first words: "Hearing Continued ..."), or NULL. Returns the
 * number of pairs written to out (which has room for nnew). */
size_t amend_match(const struct amend_item *old, size_t nold, const struct amend_item *new_items, size_t nnew,
		   const char *new_title, struct amend_pair *out);

/* Every old obligation the new one ni could change, with the score
 * amend_match weighs it by, best first (two of the same score are evidence
 * it cannot tell apart). The count written to out (room for nold). */
struct amend_candidate {
	size_t old_i;
	double score;
	enum amend_why why;
};
size_t amend_candidates(const struct amend_item *old, size_t nold, const struct amend_item *ni,
			const char *new_title, struct amend_candidate *out);
/* Does text restate an earlier order's words ("is amended nunc pro tunc ... to
 * read as follows")? */
int amend_restates(const char *text);

/* Does the sentence (or the order's title) move something: "continued",
 * "reset", "rescheduled", "extended", "now due", "amended"? */
int amend_moves(const char *quote, const char *new_title);

/* An old obligation a sentence of the new order takes away ("the court
 * vacates the order to show cause hearing set on 5/10/06", "Status hearing set
 * for 5/18/17 ... is hereby stricken", "Hearing Scheduled For 4/13/05 Not
 * Held"): the sentence vacates, strikes, cancels or reports the event not
 * held, names no date but the old one, and names the old one's date or label. */
struct amend_vacate {
	size_t old_i;
	size_t start, end; /* the sentence's byte offsets in the new order's text */
};

/* The old obligations the new order's text (len bytes) takes away, other than
 * those skip marks (skip[i] != 0: already changed; may be NULL). Returns the
 * count written to out (which has room for nold). */
size_t amend_vacated(const struct amend_item *old, size_t nold, const unsigned char *skip, const char *text,
		     size_t len, struct amend_vacate *out);

/* The reason for a pair, as a clerk would read it. */
const char *amend_why_text(enum amend_why why);

#endif
