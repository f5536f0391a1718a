/*
 * ics.c: the iCalendar writer (see ics.h). It writes content lines itself,
 * in the very form libical gives them:
 *   - text escaped as RFC 5545 3.3.11 says, as libical reads it: a newline as
 *     "\n", ';' ',' and '\' with a backslash; carriage returns, backspaces
 *     and form feeds dropped; commas and semicolons left bare in CATEGORIES
 *     (a list) and in X- properties;
 *   - lines folded before 75 octets (RFC 5545 3.1), counted with the CRLF as
 *     libical counts them: after the last space, ';' or ':' before the
 *     limit, else at a character boundary, never inside a UTF-8 character.
 * Building libical components and serialising them cost 60% of a feed of
 * 10,000 events, and loading libical 5 ms more. libical reads the feeds in
 * the tests: tests/unit/test-ics.c checks that it writes each feed back to
 * the same bytes (tests/unit/icalcheck.c), and tests/e2e/feed.sh reads them
 * with python3-icalendar and ical.js.
 */
#include "ics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tz.h"
#include "util.h"

enum { LINE_MAX_OCTETS = 75, MAX_ZONES = 64 };

struct zone {
	char *tz;
	int year; /* of the first timed event in it */
};

struct ics_writer {
	struct ics_options opt;
	char *name;
	struct ics_sink sink;
	struct buf events;   /* the VEVENTs not yet handed to the sink */
	struct buf line;     /* one content line, unfolded, with its CRLF */
	struct buf text;     /* one value (SUMMARY, DESCRIPTION...) before escaping */
	struct zone zones[MAX_ZONES];
	int nzones;
	int head_out;        /* the head has gone to the sink */
	int late_zone;       /* a zone was met after that */
	int stopped;         /* the sink stopped the feed */
};

/* ---- content lines ---- */

/* Where the next folded line starts in s (len octets left, CRLF counted). */
static size_t next_fold(const unsigned char *s, size_t len)
{
	if (len < LINE_MAX_OCTETS)
		return len;
	for (size_t i = LINE_MAX_OCTETS - 2; i > 0; i--)
		if (s[i] == ';' || s[i] == ':' || s[i] == ' ')
			return i + 1;
	for (size_t i = LINE_MAX_OCTETS - 1; i > 0; i--)
		if (!(s[i] & 0x80) || (s[i] & 0xC0) == 0xC0)
			return i;
	return LINE_MAX_OCTETS - 1;
}

/* Append w->line (which ends in CRLF) to out, folded. A fold at or after
 * the CRLF (libical would split the CRLF itself, or leave an empty
 * continuation line) ends the line instead. */
static void line_emit(struct ics_writer *w, struct buf *out)
{
	const unsigned char *s = (const unsigned char *)w->line.data;
	size_t len = w->line.len;
	buf_reserve(out, len + 3 * (len / 2 + 1)); /* a fold every 2 octets at worst */
	char *p = out->data + out->len;
	for (int first = 1; len > 0; first = 0) {
		size_t cut = next_fold(s, len);
		if (cut + 2 >= len)
			cut = len;
		if (!first)
			memcpy(p, "\r\n ", 3), p += 3;
		memcpy(p, s, cut);
		p += cut, s += cut, len -= cut;
	}
	*p = '\0';
	out->len = (size_t)(p - out->data);
	w->line.len = 0;
}

enum text_kind { TEXT, TEXT_LIST };

/* Append s escaped as a TEXT value (TEXT_LIST: commas and semicolons bare),
 * without blanks at either end: libical reads a value without them, and
 * every reader then sees the same text. */
static void put_text(struct buf *b, const char *s, enum text_kind kind)
{
	size_t n = strlen(s);
	buf_reserve(b, 2 * n);
	char *start = b->data + b->len, *p = start;
	for (;;) {
		size_t run = strcspn(s, kind == TEXT ? "\n\r\b\f;,\\" : "\n\r\b\f\\");
		memcpy(p, s, run);
		p += run, s += run;
		if (!*s)
			break;
		switch (*s++) {
		case '\n':
			*p++ = '\\', *p++ = 'n';
			break;
		case '\r':
		case '\b':
		case '\f':
			break;
		default: /* ; , \ */
			*p++ = '\\', *p++ = s[-1];
		}
	}
	while (p > start && strchr(" \t\v", p[-1]))
		p--;
	*p = '\0';
	size_t lead = strspn(start, " \t\v");
	memmove(start, start + lead, (size_t)(p - start) - lead);
	p -= lead;
	b->len = (size_t)(p - b->data);
	*p = '\0';
}

/* One property: NAME (with any parameters) and a value already in form. */
static void prop(struct ics_writer *w, struct buf *out, const char *name, const char *value)
{
	size_t n = strlen(name), v = strlen(value);
	if (n + 1 + v + 2 < LINE_MAX_OCTETS) { /* one line, nothing to fold: straight out */
		buf_reserve(out, n + v + 3);
		char *p = out->data + out->len;
		memcpy(p, name, n), p[n] = ':', memcpy(p + n + 1, value, v);
		memcpy(p + n + 1 + v, "\r\n", 3);
		out->len += n + v + 3;
		return;
	}
	buf_puts(&w->line, name);
	buf_putc(&w->line, ':');
	buf_puts(&w->line, value);
	buf_add(&w->line, "\r\n", 2);
	line_emit(w, out);
}

static void prop_text(struct ics_writer *w, struct buf *out, const char *name, const char *value,
		      enum text_kind kind)
{
	buf_puts(&w->line, name);
	buf_putc(&w->line, ':');
	put_text(&w->line, value, kind);
	buf_add(&w->line, "\r\n", 2);
	line_emit(w, out);
}

/* ---- values ---- */

/* "YYYYMMDD" */
static char *ical_date(dl_day d, char out[9])
{
	int y, m, dd;
	date_to_ymd(d, &y, &m, &dd);
	put_digits(out, (unsigned)y, 4);
	put_digits(out + 4, (unsigned)m, 2), put_digits(out + 6, (unsigned)dd, 2);
	out[8] = '\0';
	return out;
}

/* "YYYYMMDDTHHMMSS" of a day and a minute of it. */
static char *ical_local(dl_day d, int minute, char out[16])
{
	ical_date(d, out);
	out[8] = 'T';
	put_digits(out + 9, (unsigned)minute / 60, 2), put_digits(out + 11, (unsigned)minute % 60, 2);
	put_digits(out + 13, 0, 2);
	out[15] = '\0';
	return out;
}

/* The store's "YYYY-MM-DDTHH:MM:SSZ" as "YYYYMMDDTHHMMSSZ" (NULL: the epoch). */
static char *ical_stamp(const char *s, char out[17])
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd";
	size_t i = 0;
	while (s && shape[i] && (shape[i] == 'd' ? s[i] >= '0' && s[i] <= '9' : s[i] == shape[i]))
		i++;
	if (!shape[i]) { /* the usual form: the digits as they are */
		static const int from[15] = {0, 1, 2, 3, 5, 6, 8, 9, -1, 11, 12, 14, 15, 17, 18};
		for (i = 0; i < 15; i++)
			out[i] = from[i] < 0 ? 'T' : s[from[i]];
		out[15] = 'Z', out[16] = '\0';
		return out;
	}
	int f[6] = {1970, 1, 1, 0, 0, 0};
	if (s)
		sscanf(s, "%d-%d-%dT%d:%d:%d", &f[0], &f[1], &f[2], &f[3], &f[4], &f[5]);
	put_digits(out, (unsigned)f[0], 4);
	for (i = 1; i < 6; i++)
		put_digits(out + 4 + 2 * (i - 1) + (i >= 3), (unsigned)f[i] % 100, 2);
	out[8] = 'T', out[15] = 'Z', out[16] = '\0';
	return out;
}

/* A UTC offset in minutes as "-0500". */
static char *ical_offset(int minutes, char out[6])
{
	out[0] = minutes < 0 ? '-' : '+';
	unsigned a = (unsigned)(minutes < 0 ? -minutes : minutes);
	put_digits(out + 1, a / 60 % 24, 2), put_digits(out + 3, a % 60, 2);
	out[5] = '\0';
	return out;
}

/* ---- components ---- */

/* A compact VTIMEZONE: the year's standard and daylight offsets with the US
 * rules in force since 2007 (all federal courts are in US zones), or one
 * STANDARD block where the zone keeps no daylight time. */
static void put_vtimezone(struct ics_writer *w, struct buf *out, const char *zone, int year)
{
	char abbr_w[16], abbr_s[16], from[6], to[6];
	int winter = tz_offset(zone, tz_to_instant(zone, date_from_ymd(year, 1, 15), 720), abbr_w);
	int summer = tz_offset(zone, tz_to_instant(zone, date_from_ymd(year, 7, 15), 720), abbr_s);
	prop(w, out, "BEGIN", "VTIMEZONE");
	prop_text(w, out, "TZID", zone, TEXT);
	if (summer != winter) {
		prop(w, out, "BEGIN", "DAYLIGHT");
		prop(w, out, "DTSTART", "19700308T020000");
		prop(w, out, "TZOFFSETFROM", ical_offset(winter, from));
		prop(w, out, "TZOFFSETTO", ical_offset(summer, to));
		prop_text(w, out, "TZNAME", abbr_s, TEXT);
		prop(w, out, "RRULE", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3");
		prop(w, out, "END", "DAYLIGHT");
	}
	prop(w, out, "BEGIN", "STANDARD");
	prop(w, out, "DTSTART", "19701101T020000");
	prop(w, out, "TZOFFSETFROM", ical_offset(summer, from));
	prop(w, out, "TZOFFSETTO", ical_offset(winter, to));
	prop_text(w, out, "TZNAME", abbr_w, TEXT);
	if (summer != winter)
		prop(w, out, "RRULE", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11");
	prop(w, out, "END", "STANDARD");
	prop(w, out, "END", "VTIMEZONE");
}

/* An until-obligation has an event on the day it began and one (suffix
 * "-ended") on the day it ended. */
static const char *label(const struct obligation *o, const char *uid_suffix)
{
	if (o->kind == KIND_HEARING)
		return "HEARING";
	if (o->kind == KIND_UNTIL)
		return *uid_suffix ? "ENDED" : "UNTIL";
	if (o->kind == KIND_RECURRING)
		return "RECURRING";
	return "DUE";
}

/* "Label: Who action — caption", the party capitalised. */
static void summary(struct buf *b, const struct obligation *o, const char *suffix)
{
	const char *who = o->who && *o->who ? o->who : "Parties";
	char first = who[0] >= 'a' && who[0] <= 'z' ? (char)(who[0] - 'a' + 'A') : who[0];
	if (o->kind == KIND_UNTIL)
		buf_printf(b, "%s: %c%s %s until %s — %s", label(o, suffix), first, who + 1, o->action,
			   o->until_event ? o->until_event : "further order", o->join.caption);
	else
		buf_printf(b, "%s: %c%s %s — %s", label(o, suffix), first, who + 1, o->action, o->join.caption);
}

static void description(struct buf *b, const struct ics_item *it, dl_day when)
{
	const struct obligation *o = it->o;
	char d[15];
	buf_printf(b, "Case: %s — %s (%s)\n", o->join.case_number, o->join.caption, it->court_name);
	if (o->join.docket)
		buf_printf(b, "Docket: %s\n", o->join.docket);
	buf_printf(b, "Who: %s\nWhat: %s\n", o->who ? o->who : "", o->action);
	if (o->scope)
		buf_printf(b, "Scope: %s\n", o->scope);
	if (o->until_event)
		buf_printf(b, "Until: %s\n", o->until_event);
	if (when != DATE_NONE && o->kind != KIND_UNTIL) {
		char abbr[16];
		tz_offset(it->tz, tz_to_instant(it->tz, when, o->due_time ? 0 : 23 * 60 + 59), abbr);
		if (o->due_time)
			buf_printf(b, "When: %s %s %s (%s)\n", date_format_long(when, d), o->due_time, abbr, it->tz);
		else
			buf_printf(b, "Due: %s; for electronic filing the day ends at 11:59 p.m. %s (%s), the court's time zone\n",
				   date_format_long(when, d), abbr, it->tz);
	}
	if (o->basis == BASIS_PRESUMED)
		buf_puts(b, "PRESUMED: the order states no time; a default period applies\n");
	if (o->derived.latest != DATE_NONE)
		buf_printf(b, "ARGUABLE: the latest reading is %s; calendared on the earlier\n",
			   date_format_long(o->derived.latest, d));
	if (o->derived.warnings)
		buf_printf(b, "Warnings: %s\n", o->derived.warnings);
	if (o->derived.rule_cite)
		buf_printf(b, "Rule: %s\n", o->derived.rule_cite);
	if (it->explanation)
		buf_printf(b, "How it was computed:\n%s", it->explanation);
	if (o->quote)
		buf_printf(b, "The order: \"%s\"\n", o->quote);
	if (o->note)
		buf_printf(b, "Note: %s\n", o->note);
}

/* The kind, then each party named in who ("Plaintiffs, Defendants" is two
 * categories, as a comma separates them in a list), without the blanks
 * around them; "parties" when who names none. */
#define BLANKS " \t\v\r\n\b\f"
static void categories(struct buf *b, const struct obligation *o)
{
	buf_puts(b, obligation_kind_name(o->kind));
	size_t before = b->len;
	for (const char *p = o->who ? o->who : ""; *p;) {
		size_t n = strcspn(p, ",");
		const char *s = p, *e = p + n;
		while (s < e && strchr(BLANKS, *s))
			s++;
		while (e > s && strchr(BLANKS, e[-1]))
			e--;
		if (e > s) {
			buf_putc(b, ',');
			buf_add(b, s, (size_t)(e - s));
		}
		p += n + (p[n] == ',');
	}
	if (b->len == before)
		buf_puts(b, ",parties");
}

/* "FREQ=WEEKLY;INTERVAL=2" (libical leaves out an interval of 1). */
static void recurrence(char *rule, size_t size, const struct obligation *o)
{
	enum period_unit unit = o->when.unit;
	const char *freq = unit == UNIT_WEEKS ? "WEEKLY" : unit == UNIT_MONTHS ? "MONTHLY"
			   : unit == UNIT_YEARS ? "YEARLY" : "DAILY";
	if (o->when.period_n == 1)
		snprintf(rule, size, "FREQ=%s", freq);
	else
		snprintf(rule, size, "FREQ=%s;INTERVAL=%lld", freq, (long long)o->when.period_n);
}

static void put_vevent(struct ics_writer *w, const struct ics_item *it, dl_day when, const char *uid_suffix)
{
	const struct obligation *o = it->o;
	struct buf *out = &w->events;
	char v[64];
	prop(w, out, "BEGIN", "VEVENT");
	buf_puts(&w->line, "UID:");
	put_text(&w->line, o->uid, TEXT);
	put_text(&w->line, uid_suffix, TEXT);
	buf_add(&w->line, "\r\n", 2);
	line_emit(w, out);
	ical_stamp(o->updated, v);
	prop(w, out, "DTSTAMP", v);
	prop(w, out, "LAST-MODIFIED", v);
	prop(w, out, "CREATED", ical_stamp(o->created, v));
	buf_printf(&w->line, "SEQUENCE:%lld\r\n", (long long)o->sequence);
	line_emit(w, out);
	int hh = 0, mm = 0;
	if (ics_timed(o->kind, o->derived.due, o->due_time)) {
		sscanf(o->due_time, "%d:%d", &hh, &mm);
		int start = (hh * 60 + mm) % 1440, end = start + 60;
		char *param = xasprintf(strpbrk(it->tz, ";:,") ? ";TZID=\"%s\"" : ";TZID=%s", it->tz);
		char *name = xasprintf("DTSTART%s", param);
		prop(w, out, name, ical_local(when, start, v));
		free(name);
		name = xasprintf("DTEND%s", param);
		prop(w, out, name, ical_local(when + end / 1440, end % 1440, v));
		free(name);
		free(param);
		prop(w, out, "TRANSP", "OPAQUE");
	} else {
		prop(w, out, "DTSTART;VALUE=DATE", ical_date(when, v));
		prop(w, out, "DTEND;VALUE=DATE", ical_date(when + 1, v));
		prop(w, out, "TRANSP", "TRANSPARENT");
	}
	w->text.len = 0;
	summary(&w->text, o, uid_suffix);
	prop_text(w, out, "SUMMARY", w->text.data, TEXT);
	w->text.len = 0;
	description(&w->text, it, when);
	prop_text(w, out, "DESCRIPTION", w->text.data, TEXT);
	w->text.len = 0;
	categories(&w->text, o);
	prop_text(w, out, "CATEGORIES", w->text.data, TEXT_LIST);
	prop(w, out, "STATUS", o->status == STATUS_VACATED ? "CANCELLED" : "CONFIRMED");
	if (o->kind == KIND_RECURRING && o->when.period_n > 0 && o->when.unit != UNIT_NONE) {
		recurrence(v, sizeof v, o);
		prop(w, out, "RRULE", v);
	}
	for (int i = 0; i < w->opt.nalarms && o->kind != KIND_UNTIL; i++) {
		prop(w, out, "BEGIN", "VALARM");
		prop(w, out, "ACTION", "DISPLAY");
		if (w->opt.alarms[i] > 0)
			snprintf(v, sizeof v, "-P%dD", w->opt.alarms[i]);
		else
			snprintf(v, sizeof v, "PT0S");
		prop(w, out, "TRIGGER", v);
		/* a DISPLAY alarm needs a text; libical drops an empty one */
		prop_text(w, out, "DESCRIPTION", *o->action ? o->action : label(o, uid_suffix), TEXT);
		prop(w, out, "END", "VALARM");
	}
	prop(w, out, "END", "VEVENT");
}

/* ---- the writer ---- */

struct ics_writer *ics_writer_new(const struct ics_options *opt, const struct ics_sink *sink)
{
	struct ics_writer *w = xcalloc(1, sizeof *w);
	w->opt = *opt;
	w->name = xstrdup(opt->name);
	w->opt.name = w->name;
	w->sink = *sink;
	buf_init(&w->events);
	buf_init(&w->line);
	buf_init(&w->text);
	return w;
}

int ics_timed(enum obligation_kind kind, dl_day due, const char *due_time)
{
	return due_time && due != DATE_NONE && kind == KIND_HEARING;
}

void ics_writer_zone(struct ics_writer *w, const char *tz, dl_day first)
{
	for (int z = 0; z < w->nzones; z++)
		if (!strcmp(w->zones[z].tz, tz))
			return;
	if (w->head_out)
		w->late_zone = 1;
	else if (w->nzones < MAX_ZONES)
		w->zones[w->nzones++] = (struct zone){xstrdup(tz), date_year(first)};
}

static void hand_over(struct ics_writer *w, const struct buf *b)
{
	if (!w->stopped && b->len && w->sink.write(b->data, b->len, w->sink.arg) != 0)
		w->stopped = 1;
}

/* The calendar's properties and the VTIMEZONEs, to the sink. */
static void put_head(struct ics_writer *w)
{
	struct buf out;
	char v[32];
	buf_init(&out);
	prop(w, &out, "BEGIN", "VCALENDAR");
	prop(w, &out, "VERSION", "2.0");
	prop(w, &out, "PRODID", "-//deadlines//deadlines 0.1//EN");
	prop(w, &out, "CALSCALE", "GREGORIAN");
	prop(w, &out, "METHOD", "PUBLISH");
	prop_text(w, &out, "NAME", w->name, TEXT);
	prop_text(w, &out, "X-WR-CALNAME", w->name, TEXT_LIST);
	snprintf(v, sizeof v, "PT%dH", w->opt.refresh_hours > 0 ? w->opt.refresh_hours : 4);
	prop(w, &out, "REFRESH-INTERVAL;VALUE=DURATION", v);
	prop(w, &out, "X-PUBLISHED-TTL", v);
	for (int z = w->nzones - 1; z >= 0; z--) /* libical's order: the last used first */
		put_vtimezone(w, &out, w->zones[z].tz, w->zones[z].year);
	hand_over(w, &out);
	buf_free(&out);
	w->head_out = 1;
}

/* The events so far to the sink (after the head). */
static void flush_events(struct ics_writer *w)
{
	if (!w->head_out)
		put_head(w);
	hand_over(w, &w->events);
	w->events.len = 0;
}

void ics_writer_add(struct ics_writer *w, const struct ics_item *it)
{
	const struct obligation *o = it->o;
	if (ics_timed(o->kind, o->derived.due, o->due_time))
		ics_writer_zone(w, it->tz, o->derived.due);
	if (o->status == STATUS_VACATED && !w->opt.keep_cancelled)
		return;
	if (o->kind == KIND_UNTIL) {
		dl_day start = o->join.order_entered != DATE_NONE ? o->join.order_entered
			       : o->when.trigger_date != DATE_NONE ? o->when.trigger_date : DATE_NONE;
		char day[11], why[64];
		if (start == DATE_NONE && o->created && strlen(o->created) >= 10) {
			memcpy(day, o->created, 10), day[10] = '\0';
			if (date_parse(day, &start, why, sizeof why) != 0)
				start = DATE_NONE;
		}
		if (start != DATE_NONE)
			put_vevent(w, it, start, "");
		if (o->status == STATUS_ENDED && o->closed_on != DATE_NONE)
			put_vevent(w, it, o->closed_on, "-ended");
	} else if (o->derived.due != DATE_NONE) {
		put_vevent(w, it, o->derived.due, "");
	}
	if (w->events.len >= ICS_CHUNK)
		flush_events(w);
}

int ics_writer_stopped(const struct ics_writer *w)
{
	return w->stopped;
}

int ics_writer_finish(struct ics_writer *w, char **err)
{
	prop(w, &w->events, "END", "VCALENDAR");
	flush_events(w);
	int rc = w->stopped || w->late_zone ? -1 : 0;
	if (err)
		*err = w->stopped     ? xstrdup("the feed could not be written")
		       : w->late_zone ? xstrdup("a time zone was first met after the feed's head was written")
				      : NULL;
	ics_writer_abort(w);
	return rc;
}

void ics_writer_abort(struct ics_writer *w)
{
	for (int z = 0; z < w->nzones; z++)
		free(w->zones[z].tz);
	buf_free(&w->events);
	buf_free(&w->line);
	buf_free(&w->text);
	free(w->name);
	free(w);
}

int ics_sink_buf(const char *data, size_t len, void *arg)
{
	buf_add(arg, data, len);
	return 0;
}

char *ics_render(const struct ics_options *opt, const struct ics_item *items, size_t n)
{
	struct buf text;
	buf_init(&text);
	struct ics_sink sink = {ics_sink_buf, &text};
	struct ics_writer *w = ics_writer_new(opt, &sink);
	for (size_t i = 0; i < n; i++)
		if (ics_timed(items[i].o->kind, items[i].o->derived.due, items[i].o->due_time))
			ics_writer_zone(w, items[i].tz, items[i].o->derived.due);
	for (size_t i = 0; i < n; i++)
		ics_writer_add(w, &items[i]);
	ics_writer_finish(w, NULL); /* a buffer never stops; every zone came first */
	return buf_detach(&text);
}
