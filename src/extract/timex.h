/*
 * timex.h: time expressions in court orders, parsed from lower-case ASCII text
 * with single spaces (see text.h): numbers ("fourteen (14)"), absolute dates
 * ("June 5, 2008", "6/5/2008", "the 5th day of June, 2008"), times of day
 * ("by 5:00 p.m."), relative periods ("within fourteen (14) days of the date of
 * this order", "ten business days before the conference", "every 120 days").
 * Pure functions; no allocation except where a function says so.
 */
#ifndef DL_TIMEX_H
#define DL_TIMEX_H

#include <stddef.h>

#include "ascii.h"
#include "date.h"

/* The day a date with no year is read against ("on or before April 18" in an
 * order entered 2024-04-04 is 2024-04-18): that day's year, or the next when
 * the date would fall more than grace days before it (a command looks ahead;
 * a recital of a day long past states its year). Kept for the calling
 * thread until set again; DATE_NONE (the start) reads no date without a year. */
void timex_year_reference(dl_day ref, int grace);
/* How many dates with no year were read against the reference so far (on
 * the calling thread): a caller compares it before and after a reading. */
unsigned long timex_years_inferred(void);
/* The next date stating its year that starts in s[*from, to): 1 with *day
 * and *from moved past it, or 0. A date with no year is not one, whatever
 * the reference. */
int timex_next_full_date(const char *s, size_t *from, size_t to, dl_day *day);

/* 1 if c (lower case) is the first letter of a month's name ("jfmasond"). */
static inline int timex_month_initial(char c)
{
	switch (c) {
	case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd':
		return 1;
	default:
		return 0;
	}
}

/* 1 if s[pos] starts a word (no letter or digit before it). */
static inline int timex_word_start(const char *s, size_t pos)
{
	return pos == 0 || !ascii_isalnum((unsigned char)s[pos - 1]);
}
/* The length of a day of the week at pos with the comma or space after it
 * ("friday, " before "november 23, 2012"), or 0. */
size_t timex_weekday(const char *s, size_t pos);
/* 1..12 if the word w[0, n) is a month's whole name, in any case ("February"); 0 if not. */
int timex_month_word(const char *w, size_t n);
/* 1 if the phrase occurs at pos on word boundaries. */
int timex_phrase_at(const char *s, size_t pos, const char *phrase);
/* First occurrence of phrase on word boundaries at or after from; -1 if none. */
long timex_find_phrase(const char *s, const char *phrase, size_t from);
/* The same, found whole before end (s need not end there): -1 when it is
 * not, without reading past end for a phrase that is rare or absent. */
long timex_find_phrase_before(const char *s, const char *phrase, size_t from, size_t end);
/* Earliest occurrence of any of the NULL-terminated phrases (the longest of
 * those starting there); *which gets its index. One pass over s. */
long timex_find_any(const char *s, const char *const *phrases, size_t from, int *which);
/* 1 if any of the phrases occurs in s. */
int timex_any_phrase(const char *s, const char *const *phrases);

/* A number at pos: digits, "(14)", words ("fourteen", "forty-five", "twenty one"),
 * or words with digits ("thirty (30)", the digits win). Returns 1 and sets *n and
 * *end (index after it), or 0. */
int timex_number(const char *s, size_t pos, long *n, size_t *end);

enum date_status { DATE_FOUND = 1, DATE_INVALID = 2 };
/* An absolute date at pos. Returns 0 if none, DATE_FOUND with *day, or
 * DATE_INVALID for a date that does not exist ("February 30, 2017"). */
int timex_date(const char *s, size_t pos, dl_day *day, size_t *end);

/* A time of day at pos ("10:00 a.m.", "5 p.m.", "17:00", "noon"): minutes, or -1. */
int timex_time(const char *s, size_t pos, size_t *end);

struct timex_period {
	long n;
	const char *unit;     /* days business_days calendar_days hours weeks months years */
	int before;           /* counted before the event */
	int recurring;        /* "every N days" */
	int notice;           /* "on ten days' notice": a notice's length before the hearing */
	int widens;           /* the length a time is reopened or extended by ("extended by 30 days") */
	int bare;             /* "within 14 days" with no event of its own: from entry, unless the
				 sentence opens with the event ("Once plaintiff receives it, ...") */
	char event[96];       /* entry, service, receipt, or the event's words */
	size_t start, end;    /* where the expression is */
};
/* A unit of time at p ("days", "business days", "hours", "work day"), ending
 * by b: where it ends, its name in *unit (days business_days court_days
 * calendar_days hours weeks months years); 0 if none. */
size_t timex_unit(const char *s, size_t p, size_t b, const char **unit);
/* The first relative period at or after from; 1 if found. */
int timex_period(const char *s, size_t from, struct timex_period *out);

#endif
