/*
 * store-review.h: the review queue in the store (issue 17): the confidence
 * threshold below which an imported obligation awaits review, what else
 * awaits it (an amending order's proposed change or vacatur of an
 * obligation; a sentence that read as a command but gave nothing), and the
 * decisions, each with a history row.
 */
#ifndef DL_STORE_REVIEW_H
#define DL_STORE_REVIEW_H

#include <stdint.h>

#include "store.h"

/* The lowest confidence an imported obligation of the case is filed open
 * with: the case's own threshold, else the database's (meta
 * 'review_threshold'), else REVIEW_DEFAULT_THRESHOLD. */
#define REVIEW_DEFAULT_THRESHOLD CONFIDENCE_HIGH
int store_review_threshold(store *s, int64_t case_id, enum confidence *out);
/* Set the case's threshold (case_id 0: the database's); CONFIDENCE_NONE
 * clears it (the case then follows the database's, the database the default). */
int store_review_set_threshold(store *s, int64_t case_id, enum confidence c);

enum review_kind { REVIEW_CHANGE, REVIEW_VACATE, REVIEW_SENTENCE };
const char *review_kind_name(enum review_kind k);

/* One item of the queue other than a pending obligation. */
struct review_row {
	int64_t id, case_id, order_id;
	enum review_kind kind;
	int64_t target_id; /* change, vacate: the obligation it changes; 0: none or several */
	char *candidates;  /* the obligations it could change, ids between blanks, or NULL */
	dl_day new_due;	   /* change: the new date */
	char *new_time;	   /* change: the new time (HH:MM), or NULL */
	char *quote;	   /* the order's sentence */
	int64_t quote_start, quote_end; /* its offsets in the order's text, or -1 */
	char *why;			/* why it was matched (or why the sentence gave nothing) */
	enum review_state state;
	char *reason, *created, *decided;
	/* joined: its case's number and its order's docket entry */
	char *case_number, *docket;
};
void review_row_free(struct review_row *r);
/* Insert r (state pending); *id gets its id. */
int store_review_add(store *s, const struct review_row *r, int64_t *id);
/* STORE_OK, or STORE_NOTFOUND (with a message naming id). */
int store_review_get(store *s, int64_t id, struct review_row *out);
/* The pending items, oldest first (kind -1: any kind; case_id 0: any
 * case); the row is valid during the call; fn returning nonzero stops. */
int store_review_each(store *s, int kind, int64_t case_id,
		      int (*fn)(const struct review_row *, void *), void *arg);
/* Record a decision (accepted or rejected, with the reviewer's reason) on
 * item r (and the obligation it was taken to change, r->target_id), with a
 * history row in its case ("review change", cause). */
int store_review_decide(store *s, const struct review_row *r, enum review_state state,
			const char *reason, const char *cause);

/* An obligation's place in the queue set (accepted, rejected), with a
 * history row ("review": old -> new, with reason as the cause's tail). */
int store_obligation_set_review(store *s, const struct obligation *o, enum review_state state,
				const char *cause);

/* A reviewer's corrections of obligation old before accepting it: who,
 * action, time (each when not NULL) and a date certain (due, when not
 * DATE_NONE: the date the order is taken to state; its period dropped),
 * each change with a history row. The caller recalculates. */
int store_obligation_correct(store *s, const struct obligation *old, const char *who,
			     const char *action, const char *time, dl_day due, const char *cause);
/* A hearing's new time (HH:MM, or NULL) with a history row; the sequence
 * rises when bump (when the date does not move too: recalculation raises
 * it then). */
int store_obligation_set_time(store *s, const struct obligation *o, const char *time, int bump,
			      const char *cause);

/* How long (hours) something may await review before 'notify' reminds the
 * reviewer: the database's setting (meta 'review_remind_after'), else
 * REVIEW_REMIND_AFTER_DEFAULT. hours 0 on set: back to the default. */
#define REVIEW_REMIND_AFTER_DEFAULT 24
int store_review_remind_after(store *s, int *hours);
int store_review_set_remind_after(store *s, int hours);

/* What awaits review and was filed before `before` (a store timestamp,
 * "YYYY-MM-DDTHH:MM:SSZ"): pending obligations and proposed changes (not
 * sentences), how many, and the oldest one's time (malloc'd, or NULL). */
int store_review_waiting(store *s, const char *before, int64_t *n, char **oldest);

#endif
