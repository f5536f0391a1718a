/*
 * date.c: civil-date arithmetic on day numbers (days since 1970-01-01).
 * The conversions are Howard Hinnant's days_from_civil / civil_from_days
 * algorithms; Easter is the anonymous Gregorian computus (Meeus/Jones/Butcher).
 */
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const wd_abbr[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const wd_name[7] = {"Monday", "Tuesday", "Wednesday", "Thursday",
				       "Friday", "Saturday", "Sunday"};
static const char *const mon_name[12] = {"January", "February", "March",     "April",
					 "May",     "June",     "July",      "August",
					 "September", "October", "November", "December"};

dl_day date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void date_to_ymd(dl_day day, int *y, int *m, int *d)
{
	int z = day + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int date_year(dl_day day)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	return y;
}

int date_weekday(dl_day day)
{
	/* 1970-01-01 was a Thursday (3). */
	int w = (day + 3) % 7;
	return w < 0 ? w + 7 : w;
}

int date_is_weekend(dl_day day)
{
	return date_weekday(day) >= DATE_SAT;
}

int date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && date_is_leap(y) ? 29 : len[m - 1];
}

int date_valid(int y, int m, int d)
{
	return y >= DATE_MIN_YEAR && y <= DATE_MAX_YEAR && m >= 1 && m <= 12 && d >= 1 &&
	       d <= date_days_in_month(y, m);
}

dl_day date_nth_weekday(int y, int m, int wd, int n)
{
	if (n == -1) {
		dl_day last = date_from_ymd(y, m, date_days_in_month(y, m));
		return last - ((date_weekday(last) - wd + 7) % 7);
	}
	dl_day first = date_from_ymd(y, m, 1);
	dl_day day = first + (wd - date_weekday(first) + 7) % 7 + 7 * (n - 1);
	int yy, mm, dd;
	date_to_ymd(day, &yy, &mm, &dd);
	return mm == m ? day : DATE_NONE;
}

dl_day date_easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	return date_from_ymd(y, month, day);
}

int date_parse(const char *s, dl_day *out, char *why, size_t whylen)
{
	int y, m, d;
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') {
		snprintf(why, whylen, "expected YYYY-MM-DD");
		return -1;
	}
	for (int i = 0; i < 10; i++) {
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i])) {
			snprintf(why, whylen, "expected YYYY-MM-DD");
			return -1;
		}
	}
	/* the digits are checked: no atoi (a feed parses dozens of dates a row) */
	y = ((s[0] - '0') * 10 + (s[1] - '0')) * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR) {
		snprintf(why, whylen, "year must be between %d and %d", DATE_MIN_YEAR,
			 DATE_MAX_YEAR);
		return -1;
	}
	if (m < 1 || m > 12) {
		snprintf(why, whylen, "there is no month %d", m);
		return -1;
	}
	if (d < 1 || d > date_days_in_month(y, m)) {
		snprintf(why, whylen, "%s %d has %d days", mon_name[m - 1], y,
			 date_days_in_month(y, m));
		return -1;
	}
	*out = date_from_ymd(y, m, d);
	return 0;
}

char *date_format(dl_day day, char buf[11])
{
	/* the days asked, kept by their low bits: an explanation names the same
	 * few days again and again */
	static _Thread_local struct {
		dl_day day;
		char text[11];
		char set;
	} kept[64];
	unsigned slot = (unsigned)day & 63u;
	char *text = kept[slot].text;
	if (!kept[slot].set || kept[slot].day != day) {
		int y, m, d;
		date_to_ymd(day, &y, &m, &d);
		/* years are 1600..9999 here */
		put_digits(text, (unsigned)y, 4), text[4] = '-';
		put_digits(text + 5, (unsigned)m, 2), text[7] = '-';
		put_digits(text + 8, (unsigned)d, 2), text[10] = '\0';
		kept[slot].set = 1, kept[slot].day = day;
	}
	memcpy(buf, text, 11);
	return buf;
}

void put_digits(char *p, unsigned v, int n)
{
	while (n-- > 0)
		p[n] = (char)('0' + v % 10), v /= 10;
}

char *date_format_long(dl_day day, char buf[15])
{
	memcpy(buf, wd_abbr[date_weekday(day)], 3);
	buf[3] = ' ';
	date_format(day, buf + 4);
	return buf;
}

const char *weekday_abbr(int wd)
{
	return wd_abbr[wd];
}

const char *weekday_name(int wd)
{
	return wd_name[wd];
}

const char *month_name(int m)
{
	return mon_name[m - 1];
}

int weekday_parse(const char *s)
{
	size_t n = strlen(s);
	if (n < 3)
		return -1;
	for (int i = 0; i < 7; i++)
		if (strncasecmp(s, wd_name[i], n) == 0)
			return i;
	return -1;
}

dl_day date_add_months(dl_day day, int n, int *clamped)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	int idx = y * 12 + (m - 1) + n;
	y = idx / 12;
	m = idx % 12 + 1;
	int dim = date_days_in_month(y, m);
	*clamped = d > dim;
	return date_from_ymd(y, m, d > dim ? dim : d);
}

int time_parse(const char *s, int *minute)
{
	if (!s || strlen(s) != 5 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) ||
	    s[2] != ':' || !isdigit((unsigned char)s[3]) || !isdigit((unsigned char)s[4]))
		return -1;
	int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 23 || m > 59)
		return -1;
	*minute = h * 60 + m;
	return 0;
}

const char *time_format(int minute, char out[6])
{
	if (minute < 0 || minute >= 1440)
		return NULL;
	out[0] = (char)('0' + minute / 600), out[1] = (char)('0' + minute / 60 % 10), out[2] = ':';
	out[3] = (char)('0' + minute % 60 / 10), out[4] = (char)('0' + minute % 10), out[5] = '\0';
	return out;
}

int period_parse(const char *s, long *n, char *unit)
{
	char *end;
	if (!s || !isdigit((unsigned char)*s))
		return -1;
	long v = strtol(s, &end, 10);
	if (v < 0 || v > 100000)
		return -1;
	char u = 'd';
	if (*end) {
		u = (char)tolower((unsigned char)*end);
		if (end[1] || !strchr("dwmyh", u))
			return -1;
	}
	*n = v;
	*unit = u;
	return 0;
}
