/*
 * feed-reminders.h: what 'notify --feed' sends, decided from a subscribed
 * feed (read with libical) instead of a database: the same thresholds, the
 * same words (words.h), one change notice when an event's date moved, one
 * notice when an until-obligation ended. What was sent, each event's last
 * known date and what was acknowledged are kept in a JSON state (the
 * caller keeps it in $XDG_STATE_HOME/deadlines/).
 */
#ifndef DL_FEED_REMINDERS_H
#define DL_FEED_REMINDERS_H

#include <jansson.h>
#include <stddef.h>

#include "date.h"
#include "notify.h"

struct feed_note {
	char *uid;
	char *mark;  /* what the state keeps once it was sent ("7@2017-06-20") */
	char *due;   /* "YYYY-MM-DD" */
	int changed; /* a change of date: the state's date becomes due once sent */
	dl_day sort_due;
	int sort_minute;
	char *summary, *body;
	const char *icon;
	enum urgency urgency;
};

struct feed_reminders {
	dl_day today;
	int today_fixed;
	int thresholds[16];
	int nthresholds;
	struct feed_note *notes;
	size_t n;
	char **seen; /* every event's UID and date ("UID\tYYYY-MM-DD") */
	size_t nseen;
};

void feed_reminders_init(struct feed_reminders *p, dl_day today, int today_fixed);
/* Decide what to send from a feed's text, as state says what was sent: 0,
 * or -1 with *err when the text is not a calendar. */
int feed_reminders_decide(struct feed_reminders *p, const char *text, json_t *state, char **err);
/* Keep in state that the first sent notes went out, and every event's date
 * (an event first seen is known from now on without a notice). */
void feed_reminders_record(struct feed_reminders *p, size_t sent, json_t *state);
/* Acknowledge an event in state: no reminders until its date changes.
 * 0, or -1 when the state knows no such UID. */
int feed_reminders_ack(json_t *state, const char *uid);
void feed_reminders_free(struct feed_reminders *p);

#endif
