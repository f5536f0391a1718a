/*
 * words.h: what a reminder says, the same whether it was decided from the
 * database (reminders.c) or from a subscribed feed (feed-reminders.c): a
 * deadline counts down to the end of its last day; a hearing is announced
 * as an event ("Parties attend the status conference tomorrow 10:00 CDT —
 * 11:00 EDT your time") and, once past, asks to be marked held, never
 * "OVERDUE". Every time is given in the court's zone and, when the reader's
 * differs, in the reader's too.
 */
#ifndef DL_WORDS_H
#define DL_WORDS_H

#include "notify.h"
#include "obligation.h"

/* What a reminder is about. */
struct reminder_subject {
	enum obligation_kind kind;
	const char *what; /* "Defendants answer the complaint" */
	dl_day due;
	const char *due_time; /* "HH:MM" or NULL */
	const char *zone;     /* the court's IANA zone */
	const char *place;    /* "A v. B (1:24-cv-1), S.D. Tex." */
	const char *location; /* where a hearing is, or NULL */
	int presumed;
};

/* The reader's own IANA zone (TZ, else /etc/localtime's name, else "UTC"),
 * read once: call before any conversion sets TZ (tz.c). */
const char *reader_zone(void);

/* The largest threshold that is at least days away, or -1 when days is
 * further than every threshold. */
int reminder_threshold(const int *thresholds, int n, int days);
/* The headline of a reminder days before (negative: after) its date, or of
 * a change of its date (changed); malloc'd. */
char *reminder_summary(const struct reminder_subject *s, int days, int changed);
/* Its body: where, and when in the court's zone and the reader's. */
char *reminder_body(const struct reminder_subject *s);
/* How urgent, and its icon. */
enum urgency reminder_urgency(int days);
const char *reminder_icon(const struct reminder_subject *s, int days);
/* 1 if nothing more is sent for it once it is past (a hearing: one notice
 * asking that it be marked held; a deadline: one a day while overdue). */
int reminder_once_past(const struct reminder_subject *s);

/* The reviewer's reminder: n items have awaited review (imported, not yet
 * confirmed) for more than hours, the oldest since oldest (a store time);
 * its headline and body, malloc'd. */
char *review_reminder_summary(int64_t n);
char *review_reminder_body(int64_t n, int hours, const char *oldest);

#endif
