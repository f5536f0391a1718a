/*
 * date.h: civil dates (proleptic Gregorian) as day numbers, so that date
 * arithmetic is integer arithmetic. Day 0 is 1970-01-01. No time_t is ever
 * used for a date: a date has no time zone.
 */
#ifndef DL_DATE_H
#define DL_DATE_H

#include <stddef.h>
#include <stdint.h>

typedef int32_t dl_day;

#define DATE_MIN_YEAR 1600
#define DATE_MAX_YEAR 9999
#define DATE_NONE INT32_MIN /* "no date" */

enum weekday { DATE_MON, DATE_TUE, DATE_WED, DATE_THU, DATE_FRI, DATE_SAT, DATE_SUN };

dl_day date_from_ymd(int y, int m, int d);
void date_to_ymd(dl_day day, int *y, int *m, int *d);
int date_year(dl_day day);
/* ISO weekday: DATE_MON (0) .. DATE_SUN (6). */
int date_weekday(dl_day day);
int date_is_weekend(dl_day day);
int date_is_leap(int y);
int date_days_in_month(int y, int m);
/* 1 if y-m-d names a real day within the supported years. */
int date_valid(int y, int m, int d);

/* The n-th (1..5) weekday wd of month m, or with n = -1 the last; DATE_NONE if none. */
dl_day date_nth_weekday(int y, int m, int wd, int n);
/* Western (Gregorian) Easter Sunday of year y. */
dl_day date_easter(int y);

/* Strict YYYY-MM-DD. Returns 0, or -1 and a reason in why ("February 2017 has 28 days"). */
int date_parse(const char *s, dl_day *out, char *why, size_t whylen);
/* YYYY-MM-DD; buf must hold 11 bytes. Returns buf. */
char *date_format(dl_day day, char buf[11]);
/* The last n decimal digits of v at p, zero-padded (no NUL): dates and times
 * written by hand, where snprintf costs more than the rest of the work. */
void put_digits(char *p, unsigned v, int n);
/* "Tue 2017-06-20"; buf must hold 15 bytes. */
char *date_format_long(dl_day day, char buf[15]);

const char *weekday_abbr(int wd);  /* "Mon" */
const char *weekday_name(int wd);  /* "Monday" */
const char *month_name(int m);     /* "January" */
/* Parse "Mon".."Sun" (case-insensitive, 3+ letters); -1 if not a weekday. */
int weekday_parse(const char *s);

/* Add n months (n may be negative), keeping the day of month; when the target
 * month is shorter, the result is its last day and *clamped is set to 1. */
dl_day date_add_months(dl_day day, int n, int *clamped);

/* Parse a period like "14d", "2w", "3m", "1y" or a bare number of days.
 * Returns 0 and sets *n and *unit ('d','w','m','y'), or -1. */
int period_parse(const char *s, long *n, char *unit);

/* A time of day "HH:MM" (24-hour) as minutes after midnight: 0, or -1. */
int time_parse(const char *s, int *minute);
/* minutes after midnight as "HH:MM" in out (6 bytes); NULL for -1. */
const char *time_format(int minute, char out[6]);

#endif
