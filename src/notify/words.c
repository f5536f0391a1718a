/*
 * words.c: the words of a reminder (see words.h).
 */
#include "words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tz.h"
#include "util.h"

const char *reader_zone(void)
{
	static char zone[128];
	if (*zone)
		return zone;
	const char *tz = getenv("TZ");
	if (tz && *tz == ':')
		tz++;
	if (tz && *tz && tz_known(tz)) {
		snprintf(zone, sizeof zone, "%s", tz);
		return zone;
	}
	char link[256];
	ssize_t n = readlink("/etc/localtime", link, sizeof link - 1);
	const char *name = NULL;
	if (n > 0) {
		link[n] = '\0';
		name = strstr(link, "zoneinfo/");
		name = name ? name + strlen("zoneinfo/") : NULL;
	}
	snprintf(zone, sizeof zone, "%s", name && tz_known(name) ? name : "UTC");
	return zone;
}

int reminder_threshold(const int *thresholds, int n, int days)
{
	int t = -1;
	for (int i = 0; i < n; i++)
		if (thresholds[i] >= days && (t < 0 || thresholds[i] < t))
			t = thresholds[i];
	return t;
}

static int minute_of(const char *hhmm)
{
	int h, m;
	return hhmm && sscanf(hhmm, "%d:%d", &h, &m) == 2 ? h * 60 + m : -1;
}

/* "10:00 CDT" at the instant in zone (no date). */
static void clock_at(struct buf *b, const char *zone, int64_t instant)
{
	dl_day day;
	int minute;
	char abbr[16];
	tz_from_instant(zone, instant, &day, &minute);
	tz_offset(zone, instant, abbr);
	buf_printf(b, "%02d:%02d %s", minute / 60, minute % 60, abbr);
}

/* The instant a subject is at: its time, or the end of its day. */
static int64_t instant_of(const struct reminder_subject *s)
{
	int m = minute_of(s->due_time);
	return tz_to_instant(s->zone, s->due, m >= 0 ? m : 23 * 60 + 59);
}

/* " — 11:00 EDT your time" when the reader's zone shows another time. */
static void your_time(struct buf *b, const struct reminder_subject *s)
{
	const char *mine = reader_zone();
	int64_t at = instant_of(s);
	char a[16], m[16];
	int theirs = tz_offset(s->zone, at, a), ours = tz_offset(mine, at, m);
	if (!strcmp(mine, s->zone) || (theirs == ours && !strcmp(a, m)))
		return;
	dl_day their_day, my_day;
	int minute;
	tz_from_instant(s->zone, at, &their_day, &minute);
	tz_from_instant(mine, at, &my_day, &minute);
	buf_puts(b, " — ");
	clock_at(b, mine, at);
	if (my_day != their_day) {
		char d[15];
		buf_printf(b, " %s", date_format_long(my_day, d));
	}
	buf_puts(b, " your time");
}

static int timed_hearing(const struct reminder_subject *s)
{
	return s->kind == KIND_HEARING && minute_of(s->due_time) >= 0;
}

char *reminder_summary(const struct reminder_subject *s, int days, int changed)
{
	struct buf b;
	char d[15];
	buf_init(&b);
	if (s->kind == KIND_HEARING) {
		const char *when = days == 0 ? "today" : days == 1 ? "tomorrow" : NULL;
		if (changed)
			buf_printf(&b, "Date changed: %s — now %s", s->what,
				   date_format_long(s->due, d));
		else if (days < 0)
			buf_printf(&b, "Held? %s was on %s: mark it held (deadlines done)", s->what,
				   date_format_long(s->due, d));
		else if (when)
			buf_printf(&b, "%s %s", s->what, when);
		else
			buf_printf(&b, "%s in %d days, %s", s->what, days,
				   date_format_long(s->due, d));
		if (timed_hearing(s) && days >= 0) {
			buf_putc(&b, ' ');
			clock_at(&b, s->zone, instant_of(s));
			your_time(&b, s);
		}
		return buf_detach(&b);
	}
	if (changed)
		buf_printf(&b, "Date changed: %s — now %s", s->what, date_format_long(s->due, d));
	else if (days < 0)
		buf_printf(&b, "OVERDUE %d day%s: %s (was due %s)", -days, days == -1 ? "" : "s",
			   s->what, date_format_long(s->due, d));
	else if (days == 0)
		buf_printf(&b, "DUE TODAY: %s (%s)", s->what, date_format_long(s->due, d));
	else
		buf_printf(&b, "Due in %d day%s: %s (%s)", days, days == 1 ? "" : "s", s->what,
			   date_format_long(s->due, d));
	return buf_detach(&b);
}

char *reminder_body(const struct reminder_subject *s)
{
	struct buf b;
	buf_init(&b);
	buf_printf(&b, "%s\n", s->place);
	char d[15];
	if (timed_hearing(s)) {
		buf_printf(&b, "On %s at ", date_format_long(s->due, d));
		clock_at(&b, s->zone, instant_of(s));
		buf_printf(&b, " (%s)", s->zone);
		your_time(&b, s);
		buf_putc(&b, '.');
	} else if (s->kind == KIND_HEARING) {
		buf_printf(&b, "On %s (no time stated).", date_format_long(s->due, d));
	} else {
		char abbr[16];
		tz_offset(s->zone, instant_of(s), abbr);
		buf_printf(&b, "The last day ends at %s %s (%s)",
			   s->due_time ? s->due_time : "11:59 p.m.", abbr, s->zone);
		your_time(&b, s);
		buf_putc(&b, '.');
	}
	if (s->location)
		buf_printf(&b, "\nWhere: %s", s->location);
	if (s->presumed)
		buf_puts(&b, "\nPresumed date: the order states no time.");
	return buf_detach(&b);
}

enum urgency reminder_urgency(int days)
{
	return days <= 0 ? URGENCY_CRITICAL : days <= 3 ? URGENCY_NORMAL : URGENCY_LOW;
}

const char *reminder_icon(const struct reminder_subject *s, int days)
{
	return days < 0 && s->kind != KIND_HEARING ? "dialog-warning" : "appointment-soon";
}

int reminder_once_past(const struct reminder_subject *s)
{
	return s->kind == KIND_HEARING;
}

char *review_reminder_summary(int64_t n)
{
	return xasprintf("Review: %lld imported item%s awaiting confirmation", (long long)n, n == 1 ? "" : "s");
}

char *review_reminder_body(int64_t n, int hours, const char *oldest)
{
	char span[32];
	if (hours % 24 == 0)
		snprintf(span, sizeof span, "%d day%s", hours / 24, hours == 24 ? "" : "s");
	else
		snprintf(span, sizeof span, "%d hour%s", hours, hours == 1 ? "" : "s");
	return xasprintf("%s pending for more than %s (the oldest since %.10s): run 'deadlines review'",
			 n == 1 ? "It has been" : "They have been", span, oldest ? oldest : "?");
}
