/*
 * invite.h: hearings from iCalendar (RFC 5545, RFC 5546 iTIP): the
 * invitations that courts and chambers send, or a calendar they publish,
 * read with libical. Each VEVENT becomes a hearing at its instant (its
 * TZID resolved with the file's own VTIMEZONE), shown in the court's zone;
 * a recurring one is expanded by libical (RRULE, RDATE, EXDATE, and the
 * occurrences it overrides by RECURRENCE-ID); importing it again updates
 * the hearings by UID and SEQUENCE instead of adding them twice.
 */
#ifndef DL_INVITE_H
#define DL_INVITE_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

/* Occurrences of a recurring event are taken up to this many years after
 * its first, at most INVITE_MAX occurrences in a file. */
enum { INVITE_YEARS = 3, INVITE_MAX = 1000 };

/* One occurrence of an event. */
struct invite_event {
	char *source_uid; /* UID, and "/" and the occurrence's UTC start for a recurring one */
	int64_t sequence;
	int64_t start; /* its instant */
	char *local; /* its wall-clock time where the invitation set it: "2024-03-12 10:00 (Eastern Standard Time)" */
	int cancelled; /* STATUS:CANCELLED, or a METHOD:CANCEL file */
	char *summary, *location, *url, *description;
};

struct invitation {
	struct invite_event *ev;
	size_t n;
};

/* 1 if text looks like iCalendar (BEGIN:VCALENDAR after any blanks). */
int invite_is_calendar(const char *text);
/* Read text: 0, or -1 with *err ("line 3: ...", "no event"). */
int invite_read(const char *text, struct invitation *out, char **err);
void invitation_free(struct invitation *inv);

/* What importing an invitation did. */
struct invite_result {
	size_t added, updated, unchanged, cancelled;
};
/* Store the occurrences of inv as hearings of the case (court's zone tz):
 * new ones added, those with a higher SEQUENCE than stored updated (or
 * vacated when cancelled), the others left; with history rows saying cause.
 * Inside the caller's transaction: STORE_OK or STORE_ERROR. dry: nothing is
 * written, the result says what would be. */
int invite_import(store *s, const struct case_row *cs, const char *tz, const struct invitation *inv,
		  const char *cause, int dry, struct invite_result *res);

#endif
