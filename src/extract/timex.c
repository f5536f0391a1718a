/*
 * timex.c: time expressions (see timex.h). Everything here reads lower-case
 * ASCII with single spaces, so "June 5, 2008" arrives as "june 5, 2008".
 */
#include "timex.h"

#include "ascii.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

static int is_word_char(char c)
{
	return ascii_isalnum((unsigned char)c);
}


int timex_phrase_at(const char *s, size_t pos, const char *phrase)
{
	if (s[pos] != phrase[0])
		return 0; /* (most words: before strlen and strncmp) */
	size_t n = strlen(phrase);
	if (!timex_word_start(s, pos) || strncmp(s + pos, phrase, n) != 0)
		return 0;
	return !is_word_char(s[pos + n]) || !is_word_char(phrase[n - 1]);
}

/* The length of a "thereafter" at pos, or of an "after that" that means it
 * (followed by a modal, a mark or the end: "within ten days after that shall
 * file"; not the determiner of "after that date"); else 0. */
static size_t thereafter_at(const char *s, size_t pos)
{
	if (timex_phrase_at(s, pos, "thereafter"))
		return strlen("thereafter");
	if (!timex_phrase_at(s, pos, "after that"))
		return 0;
	size_t q = pos + strlen("after that");
	while (s[q] == ' ')
		q++;
	static const char *const modals[] = {"shall", "must", "will", "should", "may", NULL};
	for (int i = 0; modals[i]; i++)
		if (timex_phrase_at(s, q, modals[i]))
			return strlen("after that");
	return !is_word_char(s[q]) && s[q] != '\'' && s[q] != '-' ? strlen("after that") : 0;
}

size_t timex_weekday(const char *s, size_t pos)
{
	for (int wd = 0; wd < 7; wd++) {
		const char *name = weekday_name(wd); /* ("Monday": the text is lower case) */
		size_t n = strlen(name);
		if (!strncasecmp(s + pos, name, n) && timex_word_start(s, pos) && !ascii_isalnum((unsigned char)s[pos + n])) {
			size_t e = pos + n;
			if (s[e] == ',')
				e++;
			return s[e] == ' ' ? e + 1 - pos : 0;
		}
	}
	return 0;
}

long timex_find_phrase(const char *s, const char *phrase, size_t from)
{
	/* (no strlen(s): callers pass long texts cut short after from) */
	for (const char *p = s + from; (p = strstr(p, phrase)); p++)
		if (timex_phrase_at(s, (size_t)(p - s), phrase))
			return p - s;
	return -1;
}

long timex_find_phrase_before(const char *s, const char *phrase, size_t from, size_t end)
{
	size_t n = strlen(phrase);
	for (size_t at = from; at + n <= end;) {
		const char *p = memmem(s + at, end - at, phrase, n);
		if (!p)
			return -1;
		if (timex_phrase_at(s, (size_t)(p - s), phrase))
			return p - s;
		at = (size_t)(p - s) + 1;
	}
	return -1;
}

int timex_any_phrase(const char *s, const char *const *phrases)
{
	return timex_find_any(s, phrases, 0, NULL) >= 0;
}

long timex_find_any(const char *s, const char *const *phrases, size_t from, int *which)
{
	/* One pass over s; the phrases are chained by first letter, so at each
	 * word start only those that could match are compared (the earliest match
	 * wins, then the longest). */
	int head[256], next[512];
	for (int c = 0; c < 256; c++)
		head[c] = -1;
	for (int i = 0; phrases[i] && i < 512; i++) {
		unsigned char c = (unsigned char)phrases[i][0];
		next[i] = head[c];
		head[c] = i;
	}
	for (size_t pos = from; s[pos]; pos++) {
		int i = head[(unsigned char)s[pos]];
		if (i < 0 || !timex_word_start(s, pos))
			continue;
		int best = -1;
		size_t best_len = 0;
		for (; i >= 0; i = next[i]) {
			const char *ph = phrases[i];
			if ((ph[1] && ph[1] != s[pos + 1]) || !timex_phrase_at(s, pos, ph))
				continue;
			size_t len = strlen(ph);
			if (len > best_len || (len == best_len && i < best)) {
				best = i;
				best_len = len;
			}
		}
		if (best >= 0) {
			if (which)
				*which = best;
			return (long)pos;
		}
	}
	return -1;
}

static const char *const ones[] = {"zero", "one", "two", "three", "four", "five", "six",
				   "seven", "eight", "nine", "ten", "eleven", "twelve",
				   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
				   "eighteen", "nineteen", NULL};
static const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
				   "seventy", "eighty", "ninety", NULL};

/* A word number below 1000 ("forty-five", "one hundred twenty"); 1 if found. */
static int word_number(const char *s, size_t pos, long *n, size_t *end)
{
	switch (s[pos]) { /* (the first letters of ones[] and tens[]) */
	case 'z': case 'o': case 't': case 'f': case 's': case 'e': case 'n':
		break;
	default:
		return 0;
	}
	long value = 0;
	size_t p = pos;
	int any = 0;
	for (;;) {
		int matched = 0;
		for (int i = 19; i >= 0 && !matched; i--)
			if (ones[i][0] == s[p] && ones[i][1] == s[p + 1] && timex_phrase_at(s, p, ones[i])) {
				value += i;
				p += strlen(ones[i]);
				matched = 1;
			}
		for (int i = 9; i >= 2 && !matched; i--)
			if (tens[i][0] == s[p] && tens[i][1] == s[p + 1] &&
			    strncmp(s + p, tens[i], strlen(tens[i])) == 0 && timex_word_start(s, p)) {
				value += 10 * i;
				p += strlen(tens[i]);
				matched = 1;
				if ((s[p] == '-' || s[p] == ' ')) {
					for (int j = 9; j >= 1; j--)
						if (timex_phrase_at(s, p + 1, ones[j])) {
							value += j;
							p += 1 + strlen(ones[j]);
							break;
						}
				}
			}
		if (!matched && any && timex_phrase_at(s, p, "hundred")) {
			value = (value ? value : 1) * 100;
			p += 7;
			matched = 1;
		}
		if (!matched)
			break;
		any = 1;
		if (s[p] == ' ' && (timex_phrase_at(s, p + 1, "hundred") ||
				    (value % 100 == 0 && value >= 100))) {
			p++;
			continue;
		}
		if (timex_phrase_at(s, p, "and") || (s[p] == ' ' && timex_phrase_at(s, p + 1, "and")))
			break;
		break;
	}
	if (!any)
		return 0;
	/* a trailing space we stepped over belongs to the text */
	while (p > pos && s[p - 1] == ' ')
		p--;
	*n = value;
	*end = p;
	return 1;
}

static size_t skip_ordinal(const char *s, size_t p)
{
	if (!strncmp(s + p, "st", 2) || !strncmp(s + p, "nd", 2) || !strncmp(s + p, "rd", 2) ||
	    !strncmp(s + p, "th", 2))
		if (!ascii_isalpha((unsigned char)s[p + 2]))
			return p + 2;
	return p;
}

static int digits(const char *s, size_t pos, long *n, size_t *end)
{
	size_t p = pos;
	long v = 0;
	if (!ascii_isdigit((unsigned char)s[p]) || !timex_word_start(s, pos))
		return 0;
	while (ascii_isdigit((unsigned char)s[p]) && p - pos < 7)
		v = v * 10 + (s[p++] - '0');
	if (ascii_isdigit((unsigned char)s[p]))
		return 0;
	/* letters may follow only as an ordinal suffix ("5th") */
	if (ascii_isalpha((unsigned char)s[p]) && skip_ordinal(s, p) == p)
		return 0;
	*n = v;
	*end = p;
	return 1;
}

int timex_number(const char *s, size_t pos, long *n, size_t *end)
{
	long v, paren;
	size_t e, pe;
	if (s[pos] == '(' && digits(s, pos + 1, &v, &e) && s[e] == ')') {
		*n = v;
		*end = e + 1;
		return 1;
	}
	if (digits(s, pos, &v, &e) || word_number(s, pos, &v, &e)) {
		/* "thirty (30)", "ten(10)": the digits in parentheses are authoritative */
		size_t open = s[e] == ' ' ? e + 1 : e;
		if (s[open] == '(' && digits(s, open + 1, &paren, &pe) && s[pe] == ')') {
			v = paren;
			e = pe + 1;
		}
		*n = v;
		*end = e;
		return 1;
	}
	return 0;
}

static const char *const month_names[] = {"january", "february", "march",     "april",
					  "may",     "june",     "july",      "august",
					  "september", "october", "november", "december"};

int timex_month_word(const char *w, size_t n)
{
	for (int m = 0; m < 12; m++)
		if (strlen(month_names[m]) == n && !strncasecmp(w, month_names[m], n))
			return m + 1;
	return 0;
}

/* A month name or abbreviation ("sept.", "jan") at pos: 1..12, or 0. */
static inline int month_at(const char *s, size_t pos, size_t *end)
{
	if (!timex_month_initial(s[pos]) || !timex_word_start(s, pos))
		return 0;
	for (int m = 0; m < 12; m++) {
		if (month_names[m][0] != s[pos] || month_names[m][1] != s[pos + 1] || month_names[m][2] != s[pos + 2])
			continue; /* (every form has the name's first three letters) */
		size_t full = strlen(month_names[m]);
		if (strncmp(s + pos, month_names[m], full) == 0 && !ascii_isalpha((unsigned char)s[pos + full])) {
			*end = pos + full;
			return m + 1;
		}
		/* abbreviations: 3 letters (4 for "sept"), optionally with a dot */
		for (size_t k = 3; k <= 4; k++) {
			if (k == 4 && m != 8)
				continue;
			if (strncmp(s + pos, month_names[m], k) == 0 && !ascii_isalpha((unsigned char)s[pos + k]) &&
			    m != 4) {
				size_t e = pos + k;
				if (s[e] == '.')
					e++;
				*end = e;
				return m + 1;
			}
		}
	}
	return 0;
}

static _Thread_local dl_day year_reference = DATE_NONE;
static _Thread_local unsigned long years_inferred;

unsigned long timex_years_inferred(void)
{
	return years_inferred;
}

static _Thread_local int year_grace;

void timex_year_reference(dl_day ref, int grace)
{
	year_reference = ref;
	year_grace = grace;
}

/* Day d of month m with no year stated, read against year_reference. */
static int inferred_year(long m, long d, dl_day *day)
{
	int y = date_year(year_reference);
	if (!date_valid(y, (int)m, (int)d) && !date_valid(y + 1, (int)m, (int)d))
		return DATE_INVALID;
	if (date_valid(y, (int)m, (int)d) && date_from_ymd(y, (int)m, (int)d) >= year_reference - year_grace)
		*day = date_from_ymd(y, (int)m, (int)d);
	else if (date_valid(y + 1, (int)m, (int)d))
		*day = date_from_ymd(y + 1, (int)m, (int)d);
	else
		return DATE_INVALID;
	years_inferred++;
	return DATE_FOUND;
}

int timex_next_full_date(const char *s, size_t *from, size_t to, dl_day *day)
{
	dl_day saved = year_reference;
	size_t end;
	int found = 0;
	year_reference = DATE_NONE;
	for (size_t p = *from; p < to && !found; p++) {
		unsigned char c = (unsigned char)s[p];
		if ((ascii_isdigit(c) || timex_month_initial((char)c) || c == 't') && timex_word_start(s, p) &&
		    timex_date(s, p, day, &end) == DATE_FOUND) {
			*from = end;
			found = 1;
		}
	}
	if (!found)
		*from = to > *from ? to : *from;
	year_reference = saved;
	return found;
}

static int check_ymd(long y, long m, long d, dl_day *day)
{
	if (y < 100)
		y += y < 70 ? 2000 : 1900;
	if (!date_valid((int)y, (int)m, (int)d))
		return DATE_INVALID;
	*day = date_from_ymd((int)y, (int)m, (int)d);
	return DATE_FOUND;
}

/* A four-digit year at p (after optional ", " or " "). */
static int year_at(const char *s, size_t p, long *y, size_t *end)
{
	if (s[p] == ' ' && s[p + 1] == ',') /* (a comma set off by spaces, as a scan spaces it: "November 7 , 2019") */
		p++;
	if (s[p] == ',')
		p++;
	if (s[p] == ' ')
		p++;
	long v;
	size_t e;
	if (!digits(s, p, &v, &e) || e - p != 4)
		return 0;
	*y = v;
	*end = e;
	return 1;
}

/* Do figures follow a day and month at e ("June 5 10", "May 2, 22", "5
 * june 10")? Then the day is no date with its year left out. */
static int figures_follow(const char *s, size_t e)
{
	return ascii_isdigit((unsigned char)s[e]) || (s[e] == ' ' && ascii_isdigit((unsigned char)s[e + 1])) ||
	       (s[e] == ',' && s[e + 1] == ' ' && ascii_isdigit((unsigned char)s[e + 2]));
}

int timex_date(const char *s, size_t pos, dl_day *day, size_t *end)
{
	long a, b, c, y;
	size_t e, e2, e3;
	int m;
	if (!timex_word_start(s, pos))
		return 0;
	/* June 5, 2008 / june 5th, 2008 / sept. 6, 2007 */
	if ((m = month_at(s, pos, &e)) && s[e] == ' ' && digits(s, e + 1, &a, &e2)) {
		e2 = skip_ordinal(s, e2);
		/* a range of days: "December 15-20, 1986" is its first day */
		if ((s[e2] == '-' || s[e2] == '/') && digits(s, e2 + 1, &b, &e3) && b >= 1 && b <= 31 && b > a)
			e2 = e3;
		/* a list of days: "August 22, 23, and 24, 2011" is its first day */
		for (size_t q = e2; s[q] == ',' && s[q + 1] == ' ';) {
			size_t r = q + 2;
			if (!strncmp(s + r, "and ", 4))
				r += 4;
			if (!digits(s, r, &b, &e3) || e3 - r > 2 || b < 1 || b > 31)
				break;
			e2 = q = e3;
		}
		if (a >= 1 && a <= 31 && year_at(s, e2, &y, &e3)) {
			*end = e3;
			return check_ymd(y, m, a, day);
		}
		/* "on or before April 18": the year from the order's date (not "June
		 * 5 10" or "May 2, 22", where more figures follow) */
		if (a >= 1 && a <= 31 && year_reference != DATE_NONE && !figures_follow(s, e2)) {
			*end = e2;
			return inferred_year(m, a, day);
		}
		return 0;
	}
	if (ascii_isdigit((unsigned char)s[pos]) && digits(s, pos, &a, &e)) {
		/* 2008-06-05 */
		if (e - pos == 4 && s[e] == '-' && digits(s, e + 1, &b, &e2) && s[e2] == '-' &&
		    digits(s, e2 + 1, &c, &e3)) {
			*end = e3;
			return check_ymd(a, b, c, day);
		}
		/* 6/5/2008, 6/5/08, 06-05-2008 */
		if ((s[e] == '/' || s[e] == '-') && e - pos <= 2 && digits(s, e + 1, &b, &e2) &&
		    s[e2] == s[e] && e2 - e - 1 <= 2 && digits(s, e2 + 1, &c, &e3) &&
		    (e3 - e2 - 1 == 2 || (e3 - e2 - 1 == 4 && s[e2 + 1] != '0'))) { /* (not "No. 2-03-0056") */
			*end = e3;
			return check_ymd(c, a, b, day);
		}
		/* 5th day of june, 2008 / 28th of august, 2001 / 5 june 2008 */
		size_t p = skip_ordinal(s, e);
		if (a >= 1 && a <= 31 && s[p] == ' ') {
			p++;
			if (timex_phrase_at(s, p, "day of") && s[p + 6] == ' ')
				p += 7; /* "day of " (not past the end of the text) */
			else if (p > e + 1 && timex_phrase_at(s, p, "of") && s[p + 2] == ' ')
				p += 3; /* (an ordinal's "of": "the 28th of august") */
			if ((m = month_at(s, p, &e2)) && year_at(s, e2, &y, &e3)) {
				*end = e3;
				return check_ymd(y, m, a, day);
			}
			/* "by 16 September, and ...": the year from the order's date,
			 * as for "April 18" (not where figures follow, nor the modal
			 * in "Count 1 may be dismissed": "May" then only before a stop) */
			if (m && year_reference != DATE_NONE && !figures_follow(s, e2) &&
			    (m != 5 || s[e2] == '\0' || strchr(",;.)", s[e2]))) {
				*end = e2;
				return inferred_year(m, a, day);
			}
		}
	}
	return 0;
}

/* digits() for a clock: "2:00PM" and "2PM" run the meridiem on without a space. */
static int clock_digits(const char *s, size_t pos, long *n, size_t *end)
{
	if (digits(s, pos, n, end))
		return 1;
	size_t p = pos;
	long v = 0;
	if (!timex_word_start(s, pos))
		return 0;
	while (ascii_isdigit((unsigned char)s[p]) && p - pos < 2)
		v = v * 10 + (s[p++] - '0');
	if (p == pos || (s[p] != 'a' && s[p] != 'p') || (s[p + 1] != 'm' && strncmp(s + p + 1, ".m", 2)))
		return 0;
	*n = v;
	*end = p;
	return 1;
}

int timex_time(const char *s, size_t pos, size_t *end)
{
	long h, m = 0;
	size_t e, e2;
	if (timex_phrase_at(s, pos, "noon")) {
		*end = pos + 4;
		return 12 * 60;
	}
	if (!clock_digits(s, pos, &h, &e) || h > 24)
		return -1;
	int colon = 0;
	if (s[e] == ':' && clock_digits(s, e + 1, &m, &e2) && e2 - e - 1 == 2 && m < 60) {
		e = e2;
		colon = 1;
	} else if (s[e] == ':')
		return -1;
	size_t p = e;
	if (s[p] == ' ')
		p++;
	int pm = -1;
	if (!strncmp(s + p, "a.m.", 4) || !strncmp(s + p, "p.m.", 4)) {
		pm = s[p] == 'p';
		p += 4;
	} else if (!strncmp(s + p, "a. m.", 5) || !strncmp(s + p, "p. m.", 5)) {
		pm = s[p] == 'p';
		p += 5;
	} else if ((!strncmp(s + p, "am", 2) || !strncmp(s + p, "pm", 2)) &&
		   !ascii_isalpha((unsigned char)s[p + 2])) {
		pm = s[p] == 'p';
		p += 2;
	} else if (!strncmp(s + p, "a.m", 3) || !strncmp(s + p, "p.m", 3)) {
		pm = s[p] == 'p';
		p += 3;
	}
	if (pm < 0) {
		if (!colon) /* "17:00" needs the colon (and "$402.00" is no time) */
			return -1;
		*end = e;
		/* ("2:00", "1:30" with no a.m. or p.m.: courts sit by day, so an hour
		 * from one to six is the afternoon's) */
		if (h >= 1 && h <= 6)
			h += 12;
		return h < 24 ? (int)(h * 60 + m) : -1;
	}
	if (h < 1 || h > 12)
		return -1;
	*end = p;
	return (int)((h % 12 + (pm ? 12 : 0)) * 60 + m);
}

/* Copy the event's words after an anchor preposition, cut at a clause end. */
static void copy_event(const char *s, size_t p, char *out, size_t outlen)
{
	/* (a participle that says what a paper tells, "within 48 hours of the
	 * conclusion of mediation advising the Court of:", ends the event too) */
	static const char *const stops[] = {",", ";", ":", ".", ")", " whichever", " or within", " and ",
					    " to ", " in which", " if ", " unless", " advising ", " informing ",
					    " notifying ", " stating ", " indicating ", " explaining ",
					    " identifying ", " describing ", " certifying ", NULL};
	size_t end = p + strlen(s + p);
	for (int i = 0; stops[i]; i++) {
		const char *q = strstr(s + p, stops[i]);
		/* keep "u.s." and similar dotted words inside the event */
		while (q && stops[i][0] == '.' && q > s && ascii_isalpha((unsigned char)q[-1]) &&
		       q - 2 >= s && q[-2] == '.')
			q = strstr(q + 1, stops[i]);
		if (q && (size_t)(q - s) < end)
			end = (size_t)(q - s);
	}
	if (end - p > outlen - 1) /* (never inside a character) */
		end = p + utf8_cut(s + p, outlen - 1);
	while (end > p && s[end - 1] == ' ')
		end--;
	memcpy(out, s + p, end - p);
	out[end - p] = '\0';
}

/* Map an anchor phrase to entry / service / receipt, or keep its words
 * ("this order", "today's date", "this Court's order": entry). */
static void classify_event(const char *s, size_t p, char *event, size_t len)
{
	char words[96];
	copy_event(s, p, words, sizeof words);
	const char *w = words;
	if (!strncmp(w, "the ", 4))
		w += 4;
	if (strstr(w, "service"))
		snprintf(event, len, "service");
	else if (strstr(w, "receipt") || strstr(w, "receiving"))
		snprintf(event, len, "receipt");
	else if ((strstr(w, "this order") || strstr(w, "this memorandum") || strstr(w, "entry") ||
		  strstr(w, "the date hereof") || !strcmp(w, "today") || !strncmp(w, "the order", 9) ||
		  !strcmp(w, "this date") || !strcmp(w, "date hereof") ||
		  strstr(w, "this opinion") || strstr(w, "this judgment") || strstr(w, "this ruling") ||
		  strstr(w, "this decision") || !strcmp(w, "this court's order") || !strcmp(w, "court's order") ||
		  !strcmp(w, "today's date")) &&
		 !strstr(w, "receipt"))
		snprintf(event, len, "entry");
	else if (!strncmp(w, "date ", 5) && strncmp(w, "date of ", 8) && strchr(w + 5, ' '))
		snprintf(event, len, "%s", w + 5);
	else if (!strncmp(w, "date of ", 8))
		snprintf(event, len, "%s", w + 8 + (strncmp(w + 8, "the ", 4) ? 0 : 4));
	else
		snprintf(event, len, "%s", w);
}

/* A recurring period of n units found at [start, end), counted from entry
 * until the order says otherwise: 1. */
static int cycle(struct timex_period *out, long n, const char *unit, size_t start, size_t end)
{
	memset(out, 0, sizeof *out);
	out->n = n;
	out->unit = unit;
	out->start = start;
	out->end = end;
	out->recurring = 1;
	snprintf(out->event, sizeof out->event, "entry");
	return 1;
}

size_t timex_unit(const char *s, size_t p, size_t b, const char **unit)
{
	static const char *const units[][2] = {
		{"business days", "business_days"}, {"business day", "business_days"},
		{"court days", "business_days"},   {"court day", "business_days"},
		{"judicial days", "business_days"}, {"judicial day", "business_days"},
		{"working days", "business_days"},  {"working day", "business_days"},
		{"work days", "business_days"},	    {"work day", "business_days"},
		{"calendar days", "calendar_days"}, {"calendar day", "calendar_days"},
		{"days", "days"},		    {"day", "days"},
		{"hours", "hours"},		    {"hour", "hours"},
		{"weeks", "weeks"},		    {"week", "weeks"},
		{"months", "months"},		    {"month", "months"},
		{"years", "years"},		    {"year", "years"},
		{NULL, NULL}};
	if (s[p] < 'a' || s[p] > 'y') /* (most words: before the table) */
		return 0;
	for (int i = 0; units[i][0]; i++) {
		size_t n = strlen(units[i][0]);
		if (p + n <= b && timex_phrase_at(s, p, units[i][0])) {
			*unit = units[i][1];
			return p + n;
		}
	}
	return 0;
}

/* Is the word at w an infinitive after "to" ("a motion to extend the
 * deadline by 90 days", "may consent to extend"): what is asked or may be
 * done, not what the order does? */
static int to_before(const char *s, size_t from, size_t w)
{
	if (w >= from + 3 && timex_phrase_at(s, w - 3, "to"))
		return 1;
	/* (the second of two joined: "moved ... to stay the case or extend the
	 * deadline by 180 days") */
	size_t j = w >= from + 3 && !strncmp(s + w - 3, "or ", 3)    ? w - 3
		   : w >= from + 4 && !strncmp(s + w - 4, "and ", 4) ? w - 4
								     : 0;
	if (!j || !timex_word_start(s, j))
		return 0;
	for (size_t p = j; p-- > from && j - p < 60;)
		if (timex_word_start(s, p) && timex_phrase_at(s, p, "to"))
			return 1;
	return 0;
}

/* Is the period at 'at' (its introducing word included: "for", or none
 * before "by") the length by which a verb just before it widens a time: 1 for a
 * window reopened ("reopen discovery for 28 days", "is reopened for sixty
 * days"), which runs from the order, 2 for time added to a deadline ("is
 * extended by thirty days", "extends the deadline by an additional 14 days"),
 * which runs from that deadline; 0 if not. The verb may stand up to five words
 * before, its object between. */
static int widened_by(const char *s, size_t from, size_t at)
{
	static const char *const extras[] = {"an additional ", "additional ", "a further ", "further ", "another ", NULL};
	static const char *const reopen[] = {"reopen", "reopens", "reopened", "re-open", "re-opens", "re-opened", NULL};
	static const char *const extend[] = {"extend", "extends", "extended", "enlarge", "enlarges", "enlarged", NULL};
	size_t p = at; /* (on "for", on "period of", or on the number) */
	if (timex_phrase_at(s, p, "period of") && p >= from + 2 && !strncmp(s + p - 2, "a ", 2))
		p -= 2; /* ("for a period of sixty days") */
	if (!timex_phrase_at(s, p, "for")) {
		for (int i = 0; extras[i]; i++) {
			size_t k = strlen(extras[i]);
			if (p >= from + k && !strncmp(s + p - k, extras[i], k)) {
				p -= k;
				break;
			}
		}
		if (p >= from + 3 && !strncmp(s + p - 3, "by ", 3))
			p -= 3;
		else if (p >= from + 4 && !strncmp(s + p - 4, "for ", 4))
			p -= 4;
		else
			return 0;
	}
	/* back over up to five words to the verb, within the clause */
	for (int words = 0; words <= 5 && p > from; words++) {
		size_t e = p;
		while (e > from && s[e - 1] == ' ')
			e--;
		size_t w = e;
		while (w > from && s[w - 1] != ' ')
			w--;
		if (w == e || strchr(",;:.", s[e - 1]))
			return 0;
		int how = 0;
		for (int i = 0; reopen[i] && !how; i++)
			how = timex_phrase_at(s, w, reopen[i]);
		for (int i = 0; extend[i] && !how; i++)
			how = 2 * timex_phrase_at(s, w, extend[i]);
		if (how)
			return to_before(s, from, w) ? 0 : how;
		p = w;
	}
	return 0;
}

int timex_period(const char *s, size_t from, struct timex_period *out)
{
	size_t len = from + strlen(s + from);
	for (size_t pos = from; pos < len; pos++) {
		long n;
		size_t e;
		if (!timex_word_start(s, pos))
			continue;
		/* "within a week of", "within an hour": one */
		int article = pos >= 7 && !strncmp(s + pos - 7, "within ", 7) &&
			      (timex_phrase_at(s, pos, "a") || timex_phrase_at(s, pos, "an"));
		/* "the day before the pre-trial conference", "the day prior to":
		 * one day before the event */
		int the_day = timex_phrase_at(s, pos, "the day") && s[pos + 7] == ' ' &&
			      (timex_phrase_at(s, pos + 8, "before the") || timex_phrase_at(s, pos + 8, "prior to the") ||
			       timex_phrase_at(s, pos + 8, "preceding the"));
		if (article || the_day) {
			n = 1;
			e = pos + (the_day ? 3 : s[pos + 1] == 'n' ? 2 : 1);
		} else if (!timex_number(s, pos, &n, &e))
			continue;
		if (s[e] != ' ')
			continue;
		size_t u = e + 1;
		if (s[u] == '(' ) /* "fourteen (14) days": timex_number took the digits already */
			continue;
		const char *unit;
		size_t after = timex_unit(s, u, len, &unit);
		if (!after)
			continue;
		/* what introduces the number */
		size_t start = pos;
		static const char *const intro[] = {"within the next ", "within the following ", "within ", "w/i ",
						    "w/in ", "have ", "has ", "at least ",
						    "no later than ", "not later than ", "no more than ",
						    "not more than ", "not less than ", "every ",
						    "period of ", "for ", "of ", "in ", "least ", NULL};
		const char *introduced = NULL;
		for (int i = 0; intro[i]; i++) {
			size_t k = strlen(intro[i]);
			if (pos >= k && !strncmp(s + pos - k, intro[i], k) && timex_word_start(s, pos - k)) {
				/* ("within the next twenty days": within) */
				introduced = !strncmp(intro[i], "within ", 7) ? "within " : intro[i];
				start = pos - k;
				break;
			}
		}
		/* "a forty-five (45) day period": a duration, not a deadline */
		if (s[after] == ' ' && timex_phrase_at(s, after + 1, "period") && !introduced)
			continue;
		if (n <= 0 || n > 3650)
			continue;
		memset(out, 0, sizeof *out);
		out->n = n;
		out->unit = unit;
		out->start = start;
		out->recurring = introduced && !strcmp(introduced, "every ");
		size_t p = after;
		if (s[p] == ' ')
			p++;
		/* "after the date", "from service", "of receipt", "prior to", "before" */
		static const char *const anchors[] = {"after ", "from ", "of ", "following ",
						      "prior to ", "before ", "in advance of ",
						      "preceding ", NULL};
		int anchored = 0;
		/* "replies are due seven days thereafter": after the time stated
		 * before it, which the reader names (not a cycle's "every 60 days
		 * thereafter") */
		size_t then = out->recurring ? 0 : thereafter_at(s, p);
		if (then) {
			snprintf(out->event, sizeof out->event, "thereafter");
			anchored = 1;
			p += then;
		}
		for (int i = 0; anchors[i] && !anchored; i++) {
			size_t k = strlen(anchors[i]);
			/* "one day of mediation" is a length, not a period from an event:
			 * "of" anchors only a period introduced by "within", "by" ... */
			if (!strcmp(anchors[i], "of ") && !introduced)
				continue;
			if (!strncmp(s + p, anchors[i], k)) {
				/* "for 4 days before Judge David G Campbell": who
				 * presides, no event (a trial's length) */
				static const char *const officers[] = {"judge ", "magistrate ", "the honorable ",
								       "honorable ", "district judge ", "chief judge ",
								       "justice ", NULL};
				int officer = 0;
				for (int o = 0; officers[o] && !strcmp(anchors[i], "before "); o++)
					officer |= !strncmp(s + p + k, officers[o], strlen(officers[o]));
				if (officer)
					break;
				out->before = i >= 4;
				classify_event(s, p + k, out->event, sizeof out->event);
				anchored = 1;
				p += k;
				break;
			}
		}
		/* "on ten days' notice", "5 business days notice is required": a
		 * notice of so many days is given that long before the hearing it
		 * notices */
		if (!anchored && !out->recurring) {
			size_t q = after;
			if (s[q] == '\'')
				q++;
			else if (!strncmp(s + q, "\xe2\x80\x99", 3)) /* (a closing quotation mark) */
				q += 3;
			if (s[q] == ' ')
				q++;
			if (timex_phrase_at(s, q, "written") && s[q + 7] == ' ')
				q += strlen("written ");
			if (timex_phrase_at(s, q, "notice")) {
				out->before = 1;
				out->notice = 1;
				snprintf(out->event, sizeof out->event, "hearing");
				anchored = 1;
				p = q + strlen("notice");
			}
		}
		/* "Discovery is reopened for 60 days", "the deadline is extended by
		 * thirty days": a window opened now runs from the order, time added
		 * to a deadline from that deadline */
		int widened = anchored || out->recurring ? 0 : widened_by(s, from, start);
		if (widened) {
			snprintf(out->event, sizeof out->event, "%s", widened == 1 ? "entry" : "the current deadline");
			out->widens = 1;
			anchored = 1;
		}
		if (!anchored) {
			/* "gives plaintiff thirty days to file", "fourteen days in which
			 * to respond": time given to act runs from the order too */
			size_t verb = !strncmp(s + p, "to ", 3)		       ? p + 3
				      : !strncmp(s + p, "in which to ", 12)     ? p + 12
				      : !strncmp(s + p, "within which to ", 16) ? p + 16
										 : 0;
			dl_day d;
			size_t de;
			/* (a verb: not "continued one day to August 31") */
			int to_act = verb && ascii_isalpha((unsigned char)s[verb]) && !timex_date(s, verb, &d, &de);
			if (!to_act && (!introduced || (strcmp(introduced, "within ") && strcmp(introduced, "w/i ") && strcmp(introduced, "w/in ") &&
							 strcmp(introduced, "every ") && strcmp(introduced, "have ") &&
							 strcmp(introduced, "has "))))
				continue;
			/* a bare "within 14 days" runs from the order's entry */
			snprintf(out->event, sizeof out->event, "entry");
			out->bare = 1;
		}
		out->end = p;
		return 1;
	}
	/* a cycle with no number: "report to the court once a month", "monthly
	 * status reports", "every week" */
	static const char *const cycles[][2] = {
		{"once a month", "months"}, {"once per month", "months"}, {"once each month", "months"},
		{"every month", "months"},  {"each month", "months"},	   {"monthly", "months"},
		{"once a week", "weeks"},   {"once per week", "weeks"},   {"every week", "weeks"},
		{"weekly", "weeks"},	    {NULL, NULL}};
	for (size_t pos = from; pos < len; pos++) {
		if (!timex_word_start(s, pos))
			continue;
		/* "at 90-day intervals", "in 30-day intervals" */
		long n;
		size_t e;
		if (ascii_isdigit((unsigned char)s[pos]) && timex_number(s, pos, &n, &e) && n > 0 && n <= 3650) {
			static const char *const steps[][2] = {{"-day interval", "days"}, {"-week interval", "weeks"},
								{"-month interval", "months"}, {NULL, NULL}};
			for (int i = 0; steps[i][0]; i++)
				if (!strncmp(s + e, steps[i][0], strlen(steps[i][0])))
					return cycle(out, n, steps[i][1], pos,
						     e + strlen(steps[i][0]) + (s[e + strlen(steps[i][0])] == 's'));
		}
		for (int i = 0; strchr("oemw", s[pos]) && cycles[i][0]; i++)
			if (timex_phrase_at(s, pos, cycles[i][0]))
				return cycle(out, 1, cycles[i][1], pos, pos + strlen(cycles[i][0]));
	}
	return 0;
}
