/*
 * ics.h: obligations to an iCalendar feed (RFC 5545, RFC 7986 calendar
 * properties), every component built with libical and written by libical
 * (ics.c). Deadlines are all-day events, hearings timed events in their
 * zone (the court's, or an invitation's own) with that zone's VTIMEZONE from
 * the system tz database, until-obligations events on the day they began
 * (and on the day they ended), recurring duties carry an RRULE. The output
 * depends only on the obligations given: an unchanged database gives
 * byte-identical feeds.
 */
#ifndef DL_ICS_H
#define DL_ICS_H

#include <stddef.h>

#include "store.h"

struct ics_item {
	const struct obligation *o;
	const char *court_name;	 /* "S.D. Tex." */
	const char *tz;		 /* the zone of its time: the obligation's own, else its court's */
	const char *explanation; /* the computation in words, or NULL */
};

enum { ICS_MAX_ALARMS = 8 };

struct ics_options {
	const char *name;   /* NAME / X-WR-CALNAME */
	int keep_cancelled; /* vacated obligations as STATUS:CANCELLED (else left out) */
	/* VALARMs this many days before an open event: on an all-day event at
	 * 09:00 local time that day (1: "-PT15H", the day before at 9 a.m.; 0:
	 * "PT9H", on the day), on a timed one at its hour that day (0: an hour
	 * before) */
	int alarms[ICS_MAX_ALARMS];
	int nalarms;
	int refresh_hours; /* REFRESH-INTERVAL and X-PUBLISHED-TTL */
};

/* The reminders a feed has unless told otherwise: the day before, 9 a.m. */
#define ICS_DEFAULT_ALARMS "1d"
/* The options of a feed named name, with the default reminders. */
void ics_options_init(struct ics_options *opt, const char *name);
/* Alarms from text: "7d,1d,0d", "2w", or "none": 0, or -1 when it is not
 * that (at most ICS_MAX_ALARMS, each at most 365 days). */
int ics_parse_alarms(const char *s, struct ics_options *opt);

/* Where a writer's text goes, piece by piece in order: write returns 0, or
 * nonzero to stop the feed (the writer then drops the rest). */
struct ics_sink {
	int (*write)(const char *data, size_t len, void *arg);
	void *arg;
};

/* A sink's write that appends to a struct buf (arg): the text in memory. */
int ics_sink_buf(const char *data, size_t len, void *arg);

/* A feed written one obligation at a time: each VEVENT is built with
 * libical, written out by libical and freed at once, and the text is handed
 * to the sink as it grows, so a feed of any size needs little memory.
 * ics_writer_add copies what it needs: the obligation may be gone after the
 * call. */
struct ics_writer;
struct ics_writer *ics_writer_new(const struct ics_options *opt, const struct ics_sink *sink);
/* A time zone of the feed's timed events, with the date of one such event:
 * declared before those events, so that the head holds a VTIMEZONE covering
 * every day declared (the zone's transitions from a day before the first to
 * two days after the last). The head goes out before the first piece of
 * events does, which is when they pass ICS_CHUNK octets; ics_writer_add
 * declares any zone or day it meets before then itself. A zone or day first
 * met after the head is out fails the feed at ics_writer_finish. */
enum { ICS_CHUNK = 65536 };
/* 1 if an obligation of this kind, due date and time is a timed event (a
 * hearing with a date and a time): its zone is one to declare.
 * (store-obligation.c's timed_hearings filter selects the same rows.) */
int ics_timed(enum obligation_kind kind, dl_day due, const char *due_time);
void ics_writer_zone(struct ics_writer *w, const char *tz, dl_day day);
void ics_writer_add(struct ics_writer *w, const struct ics_item *it);
/* One occurrence of a recurring duty (it->o->when.occurrence, due on
 * it->o->derived.due) as an event of its own, UID suffixed "-K", no RRULE:
 * the feed writes each occurrence so that none shows on a day it moved off. */
void ics_writer_add_occurrence(struct ics_writer *w, const struct ics_item *it);
/* Write the rest and free the writer: 0, or -1 with *err (malloc'd) when
 * the sink stopped or a zone came too late. */
int ics_writer_finish(struct ics_writer *w, char **err);
/* Send the events made so far (written by libical, in order) and no
 * END:VCALENDAR: a feed that failed midway goes out visibly cut short. */
void ics_writer_cut(struct ics_writer *w);
/* Free the writer and write nothing more: the feed failed, and what went
 * out must not end as a whole calendar. */
void ics_writer_abort(struct ics_writer *w);
/* 1 once the sink has stopped the feed (nothing more will go out). */
int ics_writer_stopped(const struct ics_writer *w);

/* The VCALENDAR text of n items at once (malloc'd). */
char *ics_render(const struct ics_options *opt, const struct ics_item *items, size_t n);

/* An obligation awaiting review: its PRIORITY (RFC 5545 3.8.1.9: 9 is the
 * lowest; a confirmed one has none); its summary begins with
 * OBLIGATION_UNCONFIRMED. */
#define ICS_UNCONFIRMED_PRIORITY 9

#endif
