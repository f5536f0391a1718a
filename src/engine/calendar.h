/*
 * calendar.h: court days. The court registry (PACER codes, states, time
 * zones), and for a court and rule set, which days are legal holidays and why:
 * federal holidays generated from 5 U.S.C. 6103 and its history, days declared
 * by the President, state holidays (FRCP 6(a)(6)(C)), Inauguration Day for the
 * courts in the area of 5 U.S.C. 6103(c), and user-recorded closures (FRCP 6(a)(3)). Lookups are O(1): a
 * per-year table of day flags built once per calendar.
 */
#ifndef DL_CALENDAR_H
#define DL_CALENDAR_H

#include <stddef.h>

#include "date.h"

enum court_kind { COURT_DISTRICT, COURT_CIRCUIT, COURT_BANKRUPTCY, COURT_STATE };
struct court {
	const char *code;
	enum court_kind kind;
	const char *state, *tz, *name, *short_name;
	const char *division; /* a division named by the user (NULL: the court as a whole) */
	/* a court of appeals: the district court whose judgment is on appeal
	 * (FRAP 26(a)(6)(C): its state's holidays count too), or NULL */
	const struct court *origin;
};
/* "district", "circuit", "bankruptcy", "state" (data/courts.tsv's words) */
const char *court_kind_name(enum court_kind k);
const struct court *court_find(const char *code);
size_t court_count(void);
const struct court *court_at(size_t i);
/* The court of no court: federal holidays only (no state, so no FRCP
 * 6(a)(6)(C) days, no Inauguration Day), no time zone (tz is NULL), no
 * recorded closures: the calendar of the rules' own worked examples. */
const struct court *court_none(void);
int court_is_none(const struct court *c);
/* Time zone of a named division of a court (e.g. txwd "El Paso"), or NULL. */
const char *court_division_tz(const char *code, const char *division);
/* 1 if the data names this division of the court (data/court-divisions.tsv
 * for its time zone, data/inauguration-area.tsv for Inauguration Day). */
int court_division_known(const char *code, const char *division);

/* Which holiday list applies: federal courts (FRCP/FRAP/FRBP) or Texas state courts. */
enum holiday_family { FAMILY_FEDERAL, FAMILY_TEXAS_STATE };

/* What a day is, as bits. */
enum day_flag {
	DAY_FEDERAL = 1 << 0,          /* 6(a)(6)(A): statutory federal holiday (observed day) */
	DAY_DECLARED = 1 << 1,         /* 6(a)(6)(B): declared by the President (arguable) */
	DAY_STATE = 1 << 2,            /* 6(a)(6)(C): state holiday */
	DAY_STATE_ARGUABLE = 1 << 3,   /* state holiday whose legal-holiday status is arguable */
	DAY_CLOSED = 1 << 4,           /* 6(a)(3): clerk's office inaccessible (recorded) */
	DAY_NOTED = 1 << 5,            /* a day worth a warning that is no holiday */
	DAY_CLOSED_PART = 1 << 6,      /* 6(a)(3): inaccessible from a time of the day on (recorded) */
};

enum holiday_kind { HOLIDAY_FEDERAL, HOLIDAY_DECLARED, HOLIDAY_STATE, HOLIDAY_COURT };

struct holiday {
	dl_day day;           /* the day the holiday is observed */
	dl_day statutory;     /* the day the statute names, when observance moved it; else DATE_NONE */
	enum holiday_kind kind;
	int arguable;         /* counted in the latest reading only */
	int counts;           /* 0: shown for information only (half-day, held not a holiday, optional) */
	int forward_only;     /* 6(a)(6)(C): counts only for periods measured forward */
	const char *name;
	const char *citation;
	int origin;           /* FRAP 26(a)(6)(C): a holiday of the state of the district court
			       * whose judgment is on appeal (not the circuit clerk's) */
};

struct calendar;

/* A calendar for a court under a holiday family. Never NULL for a known court. */
struct calendar *calendar_new(const struct court *court, enum holiday_family family);
void calendar_free(struct calendar *cal);
const struct court *calendar_court(const struct calendar *cal);

/* Record a day the clerk's office was inaccessible (kept as a copy of reason). */
void calendar_add_closure(struct calendar *cal, dl_day day, const char *reason);
/* The same for part of a day: inaccessible from from_minute (minutes after
 * midnight) to its end; -1: the whole day. */
void calendar_add_closure_from(struct calendar *cal, dl_day day, int from_minute, const char *reason);
/* When a closure on day began (minutes after midnight): 0 for a whole day,
 * -1 when there is none. */
int calendar_closure_from(struct calendar *cal, dl_day day);

/* The DAY_* flags of a day (weekends are not flagged: use date_is_weekend). */
unsigned calendar_flags(struct calendar *cal, dl_day day);

/* The holidays of a year in date order (including information-only ones).
 * The array belongs to the calendar; *n gets the count. */
const struct holiday *calendar_year(struct calendar *cal, int year, size_t *n);

/* The holidays on one day (up to max written to out); returns the count. */
size_t calendar_holidays_on(struct calendar *cal, dl_day day, const struct holiday **out,
			    size_t max);

/* The holidays the state data of cal's court marks as not expressible (its
 * rule language cannot say which day they fall on) that apply in year: up to
 * max names and citations; returns the count. They are neither listed nor
 * counted, so a caller should warn. */
size_t calendar_not_expressible(struct calendar *cal, int year, const char **names,
				const char **citations, size_t max);

/* The reason recorded for a closure on day, or NULL. */
const char *calendar_closure_reason(struct calendar *cal, dl_day day);

const char *holiday_kind_name(enum holiday_kind k);

#endif
