/*
 * times.h: the time a duty's clause states: the date after a due cue ("by",
 * "no later than", "on or before", "on"), a time of day, a relative period,
 * "whichever is later/earlier", or "immediately".
 */
#ifndef DL_EXTRACT_TIMES_H
#define DL_EXTRACT_TIMES_H

#include <stddef.h>

#include "date.h"
#include "timex.h"

struct times {
	dl_day due;
	int invalid;         /* a stated date that does not exist */
	char invalid_text[40];
	int minute;
	int has_period;
	struct timex_period period;
	const char *whichever;
	int immediately;     /* "immediately", "forthwith", "promptly" */
	int event_bound;     /* "no later than the close of discovery", "to the December 2021 Term":
				a time with no day */
	int held_event;      /* the event is one the court holds ("prior to the settlement
				conference", "the Thursday prior to the week of trial") */
};

/* The times in low[a, b) (low, lower-cased, must end at b); hearing: the
 * clause schedules a hearing, where "on DATE" or "for DATE" is its date;
 * today: the day the order was entered, which "by 5:00 p.m. today" and "no
 * later than tomorrow" count from (DATE_NONE: unknown, no date taken). */
void find_times(const char *low, size_t a, size_t b, int hearing, dl_day today, struct times *tm);

#endif
