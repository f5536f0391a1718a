/*
 * holrule.c: the rule language of data/state-holidays.tsv (see holrule.h).
 * Pure: no I/O, no allocation, so the build-time checker links it alone.
 */
#include "holrule.h"

#include <stdio.h>
#include <string.h>

static const char *const wd_abbr[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/* A weekday written as its three-letter abbreviation (exactly), or -1. */
static int weekday3(const char *s, size_t n)
{
	for (int i = 0; i < 7; i++)
		if (n == 3 && memcmp(s, wd_abbr[i], 3) == 0)
			return i;
	return -1;
}

/* n decimal digits at s as a number, or -1 if they are not all digits. */
static int digits(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* An offset ":+K" or ":-K" (K 1..99) at s, or none at all ("" gives 0);
 * 0 and *k, or -1. */
static int offset(const char *s, int *k)
{
	*k = 0;
	if (!*s)
		return 0;
	size_t n = strlen(s);
	if (s[0] != ':' || (s[1] != '+' && s[1] != '-') || n < 3 || n > 4)
		return -1;
	int v = digits(s + 2, n - 2);
	if (v <= 0)
		return -1;
	*k = s[1] == '-' ? -v : v;
	return 0;
}

int holrule_day(const char *rule, int y, dl_day *out)
{
	size_t n = strlen(rule);
	int k, m, d;
	*out = DATE_NONE;
	if (n == 5 && rule[2] == '-') { /* MM-DD */
		m = digits(rule, 2), d = digits(rule + 3, 2);
		if (m < 1 || m > 12 || d < 1 || d > date_days_in_month(2000, m))
			return -1;
		if (date_valid(y, m, d)) /* Feb 29 names no day in a common year */
			*out = date_from_ymd(y, m, d);
		return 0;
	}
	if (n == 10 && rule[4] == '-' && rule[7] == '-') { /* YYYY-MM-DD */
		int yy = digits(rule, 4);
		m = digits(rule + 5, 2), d = digits(rule + 8, 2);
		if (yy < DATE_MIN_YEAR || !date_valid(yy, m, d))
			return -1;
		if (yy == y)
			*out = date_from_ymd(y, m, d);
		return 0;
	}
	if (strncmp(rule, "easter", 6) == 0) {
		if (offset(rule + 6, &k) != 0)
			return -1;
		*out = date_easter(y) + k;
		return 0;
	}
	if (strncmp(rule, "thanksgiving", 12) == 0) {
		if (offset(rule + 12, &k) != 0)
			return -1;
		*out = date_nth_weekday(y, 11, DATE_THU, 4) + k;
		return 0;
	}
	if (strcmp(rule, "election") == 0) {
		*out = date_nth_weekday(y, 11, DATE_MON, 1) + 1;
		return 0;
	}
	if (strncmp(rule, "nth:", 4) == 0) { /* nth:N:DOW:MM */
		const char *p = rule + 4;
		int nth = p[0] == '-' && p[1] == '1' ? -1 : p[0] >= '1' && p[0] <= '5' ? p[0] - '0' : 0;
		p += nth == -1 ? 2 : 1;
		if (!nth || p[0] != ':' || strlen(p) != 7 || p[4] != ':')
			return -1;
		int wd = weekday3(p + 1, 3);
		m = digits(p + 5, 2);
		if (wd < 0 || m < 1 || m > 12)
			return -1;
		*out = date_nth_weekday(y, m, wd, nth);
		return 0;
	}
	int after = strncmp(rule, "after:", 6) == 0;
	if (after || strncmp(rule, "before:", 7) == 0) { /* after:DOW:RULE, before:DOW:RULE */
		const char *p = rule + (after ? 6 : 7);
		int wd = weekday3(p, strlen(p) < 3 ? strlen(p) : 3);
		dl_day base;
		if (wd < 0 || p[3] != ':' || holrule_day(p + 4, y, &base) != 0)
			return -1;
		if (base == DATE_NONE)
			return 0;
		int step = after ? 1 : -1;
		dl_day day = base + step;
		while (date_weekday(day) != wd)
			day += step;
		*out = day;
		return 0;
	}
	return -1;
}

/* A year column: YYYY or "-" (open: dflt). */
static int year_field(const char *s, int dflt, int *out)
{
	if (strcmp(s, "-") == 0) {
		*out = dflt;
		return 0;
	}
	int v = strlen(s) == 4 ? digits(s, 4) : -1;
	if (v < DATE_MIN_YEAR || v > DATE_MAX_YEAR)
		return -1;
	*out = v;
	return 0;
}

/* The index of s in names (n of them), or -1. */
static int one_of(const char *s, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

int holrow_parse(const char *const f[HOLROW_COLUMNS], struct holrow *out, char *why, size_t whylen)
{
	static const char *const cycles[] = {"all", "even", "odd", "inaug", "pres"};
	static const char *const shifts[] = {"none", "fed", "sun-mon", "next-weekday"};
	static const char *const statuses[] = {"holiday", "arguable", "optional", "not-expressible"};
	int v;
	dl_day d;
	memset(out, 0, sizeof *out);
	out->state = f[0], out->name = f[1], out->rule = f[2], out->citation = f[8];
	if (strlen(f[0]) != 2 || f[0][0] < 'A' || f[0][0] > 'Z' || f[0][1] < 'A' || f[0][1] > 'Z')
		return snprintf(why, whylen, "state: expected a USPS code like TX"), 1;
	if (!f[1][0])
		return snprintf(why, whylen, "name: empty"), 2;
	if ((v = one_of(f[7], statuses, 4)) < 0)
		return snprintf(why, whylen, "status: expected holiday, arguable, optional or not-expressible"), 8;
	out->status = (enum holrule_status)v;
	if (out->status == STATUS_NOT_EXPRESSIBLE ? strcmp(f[2], "-") != 0
						  : holrule_day(f[2], 2000, &d) != 0)
		return snprintf(why, whylen,
				out->status == STATUS_NOT_EXPRESSIBLE
					? "rule: a not-expressible holiday has the rule -"
					: "rule: not in the rule language (see src/holrule.h)"),
		       3;
	if ((v = one_of(f[3], cycles, 5)) < 0)
		return snprintf(why, whylen, "cycle: expected all, even, odd, inaug or pres"), 4;
	out->cycle = (enum holrule_cycle)v;
	if (year_field(f[4], 0, &out->from) != 0)
		return snprintf(why, whylen, "from: expected a year YYYY or -"), 5;
	if (year_field(f[5], 9999, &out->to) != 0 || out->to < out->from)
		return snprintf(why, whylen, "to: expected a year YYYY (not before from) or -"), 6;
	if ((v = one_of(f[6], shifts, 4)) < 0)
		return snprintf(why, whylen, "shift: expected none, fed, sun-mon or next-weekday"), 7;
	out->shift = (enum holrule_shift)v;
	if (!f[8][0])
		return snprintf(why, whylen, "citation: empty"), 9;
	return 0;
}

int holrow_applies(const struct holrow *r, int y)
{
	if (y < r->from || y > r->to)
		return 0;
	switch (r->cycle) {
	case CYCLE_EVEN: return y % 2 == 0;
	case CYCLE_ODD: return y % 2 != 0;
	case CYCLE_INAUG: return y % 4 == 1;
	case CYCLE_PRES: return y % 4 == 0;
	default: return 1;
	}
}

dl_day holrule_shift_day(dl_day d, enum holrule_shift shift)
{
	int wd = date_weekday(d);
	switch (shift) {
	case SHIFT_FED: return wd == DATE_SAT ? d - 1 : wd == DATE_SUN ? d + 1 : d;
	case SHIFT_SUN_MON: return wd == DATE_SUN ? d + 1 : d;
	case SHIFT_NEXT_WEEKDAY: return wd == DATE_SAT ? d + 2 : wd == DATE_SUN ? d + 1 : d;
	default: return d;
	}
}
