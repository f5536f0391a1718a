/*
 * review-queue.h: the review queue as 'deadlines review' shows and decides
 * it: pending obligations (#ID), proposed changes and vacaturs of earlier
 * obligations (cID), and sentences that read as commands but gave nothing
 * (sID).
 */
#ifndef DL_REVIEW_QUEUE_H
#define DL_REVIEW_QUEUE_H

#include "cmd.h"
#include "store-review.h"

enum queue_type { QUEUE_OBLIGATION, QUEUE_CHANGE, QUEUE_SENTENCE };
struct queue_ref {
	enum queue_type type;
	int64_t id;
};
/* "12" or "#12" (an obligation), "c3" (a change or vacatur), "s4" (a
 * sentence): 0, or -1 after a usage error for cmd. */
int queue_ref_parse(const struct dl_command *cmd, const char *s, struct queue_ref *out);

/* Print what awaits review in case case_id (0: every case), oldest first,
 * then the sentences that gave nothing, order by order; next: only the
 * first item, with the commands that decide it. Opens the database read
 * only; prints errors; an exit status. */
int review_show(struct dl_ctx *ctx, int64_t case_id, int json, int next);

/* The corrections 'review accept' and 'review add' take. */
struct review_fix {
	const char *who, *action, *time, *kind, *reason;
	dl_day due;
	int64_t target; /* accept cID: the obligation it changes (when it matched none or several) */
};
/* Decide item ref (accept, or reject with fix->reason), in one transaction;
 * prints what was done or why not; an exit status. */
int review_accept(struct dl_ctx *ctx, const struct queue_ref *ref, const struct review_fix *fix);
int review_reject(struct dl_ctx *ctx, const struct queue_ref *ref, const char *reason);
/* Add an obligation from sentence id (its quote), as fix says. */
int review_add(struct dl_ctx *ctx, int64_t sentence, const struct review_fix *fix);

#endif
