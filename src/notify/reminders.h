/*
 * reminders.h: what 'notify' sends, decided from the store: one reminder per
 * open obligation when it crosses a threshold (days before its due date,
 * counted in the court's time zone), one a day while it is overdue, one when
 * its date changed or it ended since the last run. Claimed in one short
 * transaction before they are shown and settled in another after, so that
 * no run holds the database while a notification server takes its time and
 * no overlapping run sends one twice (reminders.c says how).
 */
#ifndef DL_REMINDERS_H
#define DL_REMINDERS_H

#include <stddef.h>
#include <stdint.h>

#include "notify.h"
#include "store.h"

struct reminder {
	int64_t id;
	dl_day sort_due;  /* reminders are listed in the order 'list' uses */
	int sort_minute;  /* -1: no time */
	int64_t key;
	dl_day due;
	char *summary, *body;
	const char *icon;
	enum urgency urgency;
	int64_t also_key; /* a reminder this one stands for too (0: none) */
};

struct reminders {
	/* what they are decided from */
	store *db;
	dl_day today;
	int today_fixed;          /* today is --today's, not each court's own */
	int thresholds[16];
	int nthresholds;
	/* what was decided */
	struct reminder *notes;
	size_t n;
	/* (reminders.c's own) */
	dl_day near;              /* open obligations due up to this day were read in the first pass */
	int64_t *changed, *ended; /* obligation ids with a change since the last run */
	size_t nchanged, nended;
	int64_t *retry;           /* ids of changes and ends an earlier run could not announce */
	size_t nretry;
	char claim_key[200];
};

/* Decide from db as of today (the default thresholds 14, 7, 3, 1, 0). */
void reminders_init(struct reminders *p, store *db, dl_day today, int today_fixed);
/* Decide what to send, among the obligations f selects, without claiming
 * or recording anything (a dry run): STORE_OK or STORE_ERROR. */
int reminders_decide(struct reminders *p, struct obligation_filter *f);
/* Decide and claim what to send, in one write transaction: STORE_OK, or
 * STORE_ERROR with the transaction left for the caller to roll back. */
int reminders_claim(struct reminders *p, struct obligation_filter *f);
/* After the first 'sent' reminders were shown: settle the claim, giving back
 * the others for the next run. STORE_OK or STORE_ERROR (as reminders_claim). */
int reminders_settle(struct reminders *p, size_t sent);
void reminders_free(struct reminders *p);

#endif
