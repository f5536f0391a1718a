/*
 * ics.c: the iCalendar writer (see ics.h), on libical. Every component is
 * built with libical's API and written out by icalcomponent_as_ical_string_r
 * (RFC 5545 3.1 folding, 3.3.11 text escaping): the head (the VCALENDAR's
 * properties and its VTIMEZONEs) once, then each VEVENT on its own as it is
 * made, and freed; what libical writes is handed to the sink in pieces.
 *
 * VTIMEZONE (RFC 5545 3.6.5): built with libical from the zone's
 * transitions in the system tz database (tz_transitions: the C library's),
 * from a day before the first day a timed event uses to two days after the
 * last, TZID the zone's name: one STANDARD or DAYLIGHT for each kind of
 * onset, its first onset as DTSTART and, with the others, as RDATEs (no RRULE: every
 * reader, python3-icalendar 4.0 among them, reads RDATEs right, and they say
 * exactly what the tz database says, however the rules changed). So a
 * hearing on 2006-03-20 at 10:00 in New York is at 15:00Z: the rules of 2006
 * apply to it, not those of 2007.
 *
 * Text from orders and invitations is hostile: before libical escapes it,
 * control characters other than tab and newline are dropped and invalid
 * UTF-8 is replaced (buf_put_clean). libical 3.0 folding a line of 73 or 74
 * octets can leave an empty continuation line (" ") or fold inside the
 * CRLF; both are mended in what it wrote.
 */
#include "ics.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serialize.h"
#include "tz.h"
#include "util.h"

enum { MAX_ZONES = 64 };

struct zone {
	char *tz;
	dl_day first, last; /* the days of its timed events */
};

struct ics_writer {
	struct ics_options opt;
	char *name;
	struct ics_sink sink;
	struct buf events;	/* the VEVENTs' text not yet handed to the sink */
	struct serializer *ser; /* writes the VEVENTs (on a second thread) */
	struct buf text;	/* one value (SUMMARY, DESCRIPTION...) as it is put together */
	struct buf clean;	/* the same, made safe */
	char *tail;		/* "END:VCALENDAR" as libical wrote it with the head */
	struct zone zones[MAX_ZONES];
	int nzones;
	int head_out;  /* the head has gone to the sink */
	int late_zone; /* a zone or a day of one was met after that */
	int stopped;   /* the sink stopped the feed */
};

/* ---- options ---- */

void ics_options_init(struct ics_options *opt, const char *name)
{
	memset(opt, 0, sizeof *opt);
	opt->name = name;
	opt->refresh_hours = 4;
	ics_parse_alarms(ICS_DEFAULT_ALARMS, opt);
}

int ics_parse_alarms(const char *s, struct ics_options *opt)
{
	if (!strcmp(s, "none")) {
		opt->nalarms = 0;
		return 0;
	}
	struct ics_options o = *opt;
	char *copy = xstrdup(s), *save = NULL;
	o.nalarms = 0;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		long n;
		char unit;
		if (o.nalarms == ICS_MAX_ALARMS || period_parse(t, &n, &unit) != 0 ||
		    (unit != 'd' && unit != 'w') || (unit == 'w' ? n * 7 : n) > 365) {
			free(copy);
			return -1;
		}
		o.alarms[o.nalarms++] = (int)(unit == 'w' ? n * 7 : n);
	}
	free(copy);
	if (!o.nalarms)
		return -1;
	*opt = o;
	return 0;
}

/* ---- values ---- */

static struct icaltimetype ical_date(dl_day d)
{
	struct icaltimetype t = icaltime_null_date();
	date_to_ymd(d, &t.year, &t.month, &t.day);
	return t;
}

/* A day and a minute of it, wall-clock time (no zone: its TZID says). */
static struct icaltimetype ical_local(dl_day d, int minute)
{
	struct icaltimetype t = icaltime_null_time();
	date_to_ymd(d, &t.year, &t.month, &t.day);
	t.hour = minute / 60;
	t.minute = minute % 60;
	return t;
}

/* The store's "YYYY-MM-DDTHH:MM:SSZ" in UTC (anything else: the epoch);
 * read by hand: a feed reads two of them an event. */
static struct icaltimetype ical_stamp(const char *s)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd";
	struct icaltimetype t = icaltime_null_time();
	t.zone = icaltimezone_get_utc_timezone();
	for (size_t i = 0; i < sizeof shape - 1; i++)
		if (!s || (shape[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != shape[i])) {
			t.year = 1970, t.month = t.day = 1;
			return t;
		}
#define DIGITS2(p) (((p)[0] - '0') * 10 + (p)[1] - '0')
	t.year = DIGITS2(s) * 100 + DIGITS2(s + 2);
	t.month = DIGITS2(s + 5), t.day = DIGITS2(s + 8);
	t.hour = DIGITS2(s + 11), t.minute = DIGITS2(s + 14), t.second = DIGITS2(s + 17);
#undef DIGITS2
	return t;
}

/* w->text made safe and without blanks at either end (libical reads a value
 * without them, and every reader then sees the same text). Text that is
 * printable ASCII, tabs and newlines (nearly all) is only trimmed in place;
 * any other goes through buf_put_clean into w->clean. */
static const char *clean(struct ics_writer *w)
{
	char *s = w->text.data ? w->text.data : (char *)"";
	size_t n = w->text.len, i = 0;
	while (i < n) { /* nearly always: valid, no control; nothing to copy */
		/* eight bytes at a time while none is below 0x20 or above 0x7E
		 * (a byte that is sets its high bit in one of the three terms) */
		while (i + 8 <= n) {
			uint64_t v;
			memcpy(&v, s + i, 8);
			if (((v - 0x2020202020202020ull) | v | (v + 0x0101010101010101ull)) & 0x8080808080808080ull)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned char c = (unsigned char)s[i];
		if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t') {
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = c >= 0x80 ? utf8_decode(s + i, n - i, &cp) : 0;
		if (!len || unicode_control(cp))
			break;
		i += len;
	}
	char *e = s + n;
	if (i < n) {
		w->clean.len = 0;
		buf_put_clean(&w->clean, s);
		s = w->clean.data;
		e = s + w->clean.len;
	}
	while (e > s && strchr(" \t\n", e[-1]))
		e--;
	*e = '\0';
	while (*s && strchr(" \t\n", *s))
		s++;
	return s;
}

/* s into w->text, and back made safe. */
static const char *clean_str(struct ics_writer *w, const char *s)
{
	w->text.len = 0;
	buf_puts(&w->text, s ? s : "");
	return clean(w);
}

/* ---- time zones ---- */

static icalproperty *x_property(const char *name, const char *value)
{
	icalproperty *x = icalproperty_new_x(value);
	icalproperty_set_x_name(x, name);
	return x;
}

/* A wall-clock time: an instant shifted by an offset (seconds). */
static struct icaltimetype ical_wall(int64_t instant, int offset)
{
	time_t t = (time_t)(instant + offset);
	struct tm tm;
	gmtime_r(&t, &tm);
	struct icaltimetype v = icaltime_null_time();
	v.year = tm.tm_year + 1900, v.month = tm.tm_mon + 1, v.day = tm.tm_mday;
	v.hour = tm.tm_hour, v.minute = tm.tm_min, v.second = tm.tm_sec;
	return v;
}

/* A VTIMEZONE being built: one STANDARD or DAYLIGHT component for each
 * kind of onset (daylight or not, offsets before and after, name), its
 * first onset as DTSTART and every later one as an RDATE. */
struct vtz_build {
	icalcomponent *vtz;
	int prev_offset;
	int n;
	struct onset {
		icalcomponent *c;
		int is_dst, from, to;
		char abbr[16];
		int rdates;
	} kinds[32];
};

static int add_onset(const struct tz_state *st, void *arg)
{
	struct vtz_build *b = arg;
	int from =
		b->n ? b->prev_offset : st->offset; /* the first: the state the range begins in */
	struct icaltimetype local = ical_wall(st->at, from);
	b->n = 1;
	b->prev_offset = st->offset;
	for (size_t k = 0; k < sizeof b->kinds / sizeof b->kinds[0]; k++) {
		struct onset *o = &b->kinds[k];
		if (o->c && o->is_dst == st->is_dst && o->from == from && o->to == st->offset &&
		    !strcmp(o->abbr, st->abbr)) {
			struct icaldatetimeperiodtype r;
			memset(&r, 0, sizeof r);
			r.period = icalperiodtype_null_period();
			if (!o->rdates++) { /* the first onset again: ical.js reads DTSTART only without RDATEs */
				r.time = icalcomponent_get_dtstart(o->c);
				icalcomponent_add_property(o->c, icalproperty_new_rdate(r));
			}
			r.time = local;
			icalcomponent_add_property(o->c, icalproperty_new_rdate(r));
			return 0;
		}
		if (o->c)
			continue;
		*o = (struct onset){st->is_dst ? icalcomponent_new_xdaylight()
					       : icalcomponent_new_xstandard(),
				    st->is_dst,
				    from,
				    st->offset,
				    "",
				    0};
		snprintf(o->abbr, sizeof o->abbr, "%s", st->abbr);
		icalcomponent_add_property(o->c, icalproperty_new_dtstart(local));
		icalcomponent_add_property(o->c, icalproperty_new_tzoffsetfrom(from));
		icalcomponent_add_property(o->c, icalproperty_new_tzoffsetto(st->offset));
		if (*st->abbr)
			icalcomponent_add_property(o->c, icalproperty_new_tzname(st->abbr));
		return 0;
	}
	return 1; /* (32 kinds of onset in a range: never in the tz database) */
}

/* The VTIMEZONE of zone z, built from the system tz database (the C
 * library's transitions): exact from a day before its first day to two days
 * after its last, TZID its name. */
static icalcomponent *vtimezone(const struct zone *z)
{
	struct vtz_build b;
	memset(&b, 0, sizeof b);
	b.vtz = icalcomponent_new_vtimezone();
	icalcomponent_add_property(b.vtz, icalproperty_new_tzid(z->tz));
	icalcomponent_add_property(b.vtz, x_property("X-LIC-LOCATION", z->tz));
	tz_transitions(z->tz, tz_to_instant(z->tz, z->first - 1, 0),
		       tz_to_instant(z->tz, z->last + 2, 0), add_onset, &b);
	for (size_t k = 0; k < sizeof b.kinds / sizeof b.kinds[0] && b.kinds[k].c; k++)
		icalcomponent_add_component(b.vtz, b.kinds[k].c);
	return b.vtz;
}

static struct zone *zone_find(struct ics_writer *w, const char *tz)
{
	for (int z = 0; z < w->nzones; z++)
		if (!strcmp(w->zones[z].tz, tz))
			return &w->zones[z];
	return NULL;
}

void ics_writer_zone(struct ics_writer *w, const char *tz, dl_day day)
{
	struct zone *z = zone_find(w, tz);
	if (z && day >= z->first && day <= z->last)
		return;
	if (w->head_out) {
		w->late_zone = 1;
		return;
	}
	if (!z) {
		if (w->nzones == MAX_ZONES) {
			w->late_zone = 1;
			return;
		}
		z = &w->zones[w->nzones++];
		*z = (struct zone){xstrdup(tz), day, day};
	}
	if (day < z->first)
		z->first = day;
	if (day > z->last)
		z->last = day;
}

int ics_timed(enum obligation_kind kind, dl_day due, const char *due_time)
{
	return due_time && due != DATE_NONE && kind == KIND_HEARING;
}

/* ---- events ---- */

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

/* "Label: Who action — caption", the party capitalised; "UNCONFIRMED: "
 * before it while the obligation awaits review. */
static void summary(struct buf *b, const struct obligation *o, const char *suffix)
{
	const char *who = o->who && *o->who ? o->who : "Parties";
	if (o->review == REVIEW_PENDING)
		buf_puts(b, OBLIGATION_UNCONFIRMED);
	char first = who[0] >= 'a' && who[0] <= 'z' ? (char)(who[0] - 'a' + 'A') : who[0];
	if (o->kind == KIND_UNTIL)
		buf_printf(b, "%s: %c%s %s until %s — %s", label(o, suffix), first, who + 1,
			   o->action, o->until_event ? o->until_event : "further order",
			   o->join.caption);
	else
		buf_printf(b, "%s: %c%s %s — %s", label(o, suffix), first, who + 1, o->action,
			   o->join.caption);
}

static void description(struct buf *b, const struct ics_item *it, dl_day when)
{
	const struct obligation *o = it->o;
	char d[15];
	buf_printf(b, "Case: %s — %s (%s)\n", o->join.case_number, o->join.caption, it->court_name);
	if (o->join.docket)
		buf_printf(b, "Docket: %s\n", o->join.docket);
	if (o->review == REVIEW_PENDING)
		buf_printf(b, "UNCONFIRMED: awaiting review ('deadlines review'); the reader's confidence: %s\n",
			   confidence_name(o->confidence));
	buf_printf(b, "Who: %s\nWhat: %s\n", o->who ? o->who : "", o->action);
	if (o->scope)
		buf_printf(b, "Scope: %s\n", o->scope);
	if (o->until_event)
		buf_printf(b, "Until: %s\n", o->until_event);
	/* (a computed date's last step says when its day ends: said once) */
	int ends_said = it->explanation && strstr(it->explanation, "the day ends at midnight");
	if (when != DATE_NONE && o->kind != KIND_UNTIL && ends_said && !o->due_time) {
		buf_printf(b, "Due: %s\n", date_format_long(when, d));
	} else if (when != DATE_NONE && o->kind != KIND_UNTIL) {
		char abbr[16];
		tz_offset(it->tz, tz_to_instant(it->tz, when, o->due_time ? 0 : 23 * 60 + 59),
			  abbr);
		if (o->due_time)
			buf_printf(b, "When: %s %s %s (%s)\n", date_format_long(when, d),
				   o->due_time, abbr, it->tz);
		else
			buf_printf(b,
				   "Due: %s; for electronic filing the day ends at 11:59 p.m. %s "
				   "(%s), the court's time zone\n",
				   date_format_long(when, d), abbr, it->tz);
	}
	if (o->location)
		buf_printf(b, "Where: %s\n", o->location);
	if (o->url)
		buf_printf(b, "Join: %s\n", o->url);
	if (o->basis == BASIS_PRESUMED)
		buf_puts(b, "PRESUMED: the order states no time; a default period applies\n");
	if (o->when.rule_default)
		buf_printf(b, "RULE DEFAULT: the order names the rule but not the time; %s\n",
			   o->when.rule_default);
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

/* One CATEGORIES property for the kind, then one for each party named in
 * who ("Plaintiffs, Defendants" is two), without the blanks around them;
 * "parties" when who names none. */
#define BLANKS " \t\v\r\n\b\f"
static void categories(struct ics_writer *w, icalcomponent *ev, const struct obligation *o)
{
	icalcomponent_add_property(ev, icalproperty_new_categories(obligation_kind_name(o->kind)));
	int named = 0;
	for (const char *p = o->who ? o->who : ""; *p;) {
		size_t n = strcspn(p, ",");
		const char *s = p, *e = p + n;
		while (s < e && strchr(BLANKS, *s))
			s++;
		while (e > s && strchr(BLANKS, e[-1]))
			e--;
		w->text.len = 0;
		buf_add(&w->text, s, (size_t)(e - s));
		const char *c = clean(w);
		if (*c) {
			icalcomponent_add_property(ev, icalproperty_new_categories(c));
			named = 1;
		}
		p += n + (p[n] == ',');
	}
	if (!named)
		icalcomponent_add_property(ev, icalproperty_new_categories("parties"));
}

/* "FREQ=WEEKLY;INTERVAL=2" as a recurrence (libical leaves out an interval of 1). */
static struct icalrecurrencetype recurrence(const struct obligation *o)
{
	struct icalrecurrencetype r;
	icalrecurrencetype_clear(&r);
	enum period_unit unit = o->when.unit;
	r.freq = unit == UNIT_WEEKS    ? ICAL_WEEKLY_RECURRENCE
		 : unit == UNIT_MONTHS ? ICAL_MONTHLY_RECURRENCE
		 : unit == UNIT_YEARS  ? ICAL_YEARLY_RECURRENCE
				       : ICAL_DAILY_RECURRENCE;
	r.interval = (short)(o->when.period_n > 1000 ? 1000 : o->when.period_n);
	return r;
}

/* A VALARM days before the event: on an all-day event at 09:00 that day,
 * on a timed one at its hour (0: an hour before it). */
static icalcomponent *valarm(struct ics_writer *w, int days, int timed, const char *text)
{
	struct icaltriggertype trig;
	memset(&trig, 0, sizeof trig);
	trig.time = icaltime_null_time();
	trig.duration = icaldurationtype_null_duration();
	if (timed && days == 0) {
		trig.duration.is_neg = 1, trig.duration.hours = 1;
	} else if (timed) {
		trig.duration.is_neg = 1, trig.duration.days = (unsigned)days;
	} else if (days == 0) {
		trig.duration.hours = 9;
	} else { /* 9 a.m. days before midnight: days - 1 days and 15 hours before */
		trig.duration.is_neg = 1, trig.duration.days = (unsigned)days - 1,
		trig.duration.hours = 15;
	}
	icalcomponent *al = icalcomponent_new_valarm();
	icalcomponent_add_property(al, icalproperty_new_action(ICAL_ACTION_DISPLAY));
	icalcomponent_add_property(al, icalproperty_new_trigger(trig));
	icalcomponent_add_property(al, icalproperty_new_description(clean_str(w, text)));
	return al;
}

/* Mend libical's folding of a line of 73 or 74 octets in s (len octets): an
 * empty continuation line, or a fold between the CR and the LF of a CRLF.
 * The new length. */
static size_t mend_folds(char *s, size_t len)
{
	char *out = s, *end = s + len;
	for (char *p = s; p < end;) {
		if (end - p >= 5 && !memcmp(p, "\r\n \r\n", 5)) {
			memcpy(out, "\r\n", 2), out += 2, p += 5;
		} else if (end - p >= 5 && !memcmp(p, "\r\r\n \n", 5)) {
			memcpy(out, "\r\n", 2), out += 2, p += 5;
		} else {
			*out++ = *p++;
		}
	}
	*out = '\0';
	return (size_t)(out - s);
}

/* 1 if libical's text s (len octets) needs mend_folds: a CR that starts
 * either of its two patterns. */
static int misfolded(const char *s, size_t len)
{
	const char *end = s + len;
	for (const char *p = s; (p = memchr(p, '\r', (size_t)(end - p))) != NULL && end - p >= 5;
	     p++)
		if (!memcmp(p, "\r\n \r\n", 5) || !memcmp(p, "\r\r\n \n", 5))
			return 1;
	return 0;
}

/* libical's text mended (as serializer_new wants it): its new length. */
static size_t mend(char *s, size_t n)
{
	return misfolded(s, n) ? mend_folds(s, n) : n;
}

/* c written by libical and mended (malloc'd); c is freed. */
static char *emit(icalcomponent *c)
{
	char *s = icalcomponent_as_ical_string_r(c);
	icalcomponent_free(c);
	mend(s, strlen(s));
	return s;
}

/* One event of it on when; uid_suffix after its UID ("-ended": the day an
 * until-obligation ended; "-K": occurrence K of a recurring duty, when
 * occurrence is K, an event of its own with no RRULE). */
static void put_vevent(struct ics_writer *w, const struct ics_item *it, dl_day when,
		       const char *uid_suffix, int64_t occurrence)
{
	const struct obligation *o = it->o;
	char iso[11];
	icalcomponent *ev = icalcomponent_new_vevent();
	w->text.len = 0;
	buf_puts(&w->text, o->uid);
	buf_puts(&w->text, uid_suffix);
	icalcomponent_add_property(ev, icalproperty_new_uid(clean(w)));
	struct icaltimetype stamp = ical_stamp(o->updated);
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
	icalcomponent_add_property(ev, icalproperty_new_lastmodified(stamp));
	icalcomponent_add_property(ev, icalproperty_new_created(ical_stamp(o->created)));
	icalcomponent_add_property(ev, icalproperty_new_sequence((int)(o->sequence & 0x7fffffff)));
	int timed = ics_timed(o->kind, o->derived.due, o->due_time);
	if (timed) {
		int hh = 0, mm = 0;
		sscanf(o->due_time, "%d:%d", &hh, &mm);
		int start = (hh * 60 + mm) % 1440, end = start + 60;
		icalproperty *ps = icalproperty_new_dtstart(ical_local(when, start));
		icalproperty *pe =
			icalproperty_new_dtend(ical_local(when + end / 1440, end % 1440));
		icalproperty_add_parameter(ps, icalparameter_new_tzid(it->tz));
		icalproperty_add_parameter(pe, icalparameter_new_tzid(it->tz));
		icalcomponent_add_property(ev, ps);
		icalcomponent_add_property(ev, pe);
		icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
	} else {
		icalcomponent_add_property(ev, icalproperty_new_dtstart(ical_date(when)));
		icalcomponent_add_property(ev, icalproperty_new_dtend(ical_date(when + 1)));
		icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
		/* the zone its last day ends in, for 'notify --feed' */
		icalcomponent_add_property(ev, x_property("X-DEADLINES-ZONE", it->tz));
	}
	w->text.len = 0;
	summary(&w->text, o, uid_suffix);
	icalcomponent_add_property(ev, icalproperty_new_summary(clean(w)));
	w->text.len = 0;
	description(&w->text, it, when);
	if (occurrence)
		buf_printf(&w->text,
			   "Occurrence %lld of a recurring duty every %lld %s from %s, computed under "
			   "the court's rules: one that falls on a weekend or holiday moves, the next "
			   "counts from the stated cycle\n",
			   (long long)occurrence, (long long)o->when.period_n, unit_name(o->when.unit),
			   date_format(o->when.trigger_date, iso));
	icalcomponent_add_property(ev, icalproperty_new_description(clean(w)));
	if (o->location && *clean_str(w, o->location))
		icalcomponent_add_property(ev,
					   icalproperty_new_location(clean_str(w, o->location)));
	if (o->url && *clean_str(w, o->url))
		icalcomponent_add_property(ev, icalproperty_new_url(clean_str(w, o->url)));
	categories(w, ev, o);
	if (o->review == REVIEW_PENDING) /* below whatever a confirmed one has */
		icalcomponent_add_property(ev, icalproperty_new_priority(ICS_UNCONFIRMED_PRIORITY));
	int cancelled = o->status == STATUS_VACATED, ended = !occurrence && *uid_suffix != '\0';
	icalcomponent_add_property(ev, icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED
									 : ICAL_STATUS_CONFIRMED));
	if (o->kind == KIND_RECURRING && !occurrence && o->when.period_n > 0 &&
	    o->when.unit != UNIT_NONE)
		icalcomponent_add_property(ev, icalproperty_new_rrule(recurrence(o)));
	/* reminders only of what is still to be done: none on a cancelled,
	 * done or ended event, nor on the day a stay began */
	if (o->status == STATUS_OPEN && o->kind != KIND_UNTIL && !ended)
		for (int i = 0; i < w->opt.nalarms; i++)
			icalcomponent_add_component(
				ev, valarm(w, w->opt.alarms[i], timed,
					   *o->action ? o->action : label(o, uid_suffix)));
	serializer_put(w->ser, ev, &w->events);
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
	w->ser = serializer_new(mend);
	buf_init(&w->text);
	buf_init(&w->clean);
	return w;
}

static void hand_over(struct ics_writer *w, const char *data, size_t len)
{
	if (!w->stopped && len && w->sink.write(data, len, w->sink.arg) != 0)
		w->stopped = 1;
}

/* The calendar's properties and the VTIMEZONEs, to the sink; what libical
 * writes after them (END:VCALENDAR) is kept for the end. */
static void put_head(struct ics_writer *w)
{
	char v[32];
	icalcomponent *cal = icalcomponent_new_vcalendar();
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid("-//deadlines//deadlines 0.1//EN"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	const char *name = clean_str(w, w->name);
	icalcomponent_add_property(cal, icalproperty_new_name(name));
	icalcomponent_add_property(cal, x_property("X-WR-CALNAME", name));
	struct icaldurationtype refresh = icaldurationtype_null_duration();
	refresh.hours = (unsigned)(w->opt.refresh_hours > 0 ? w->opt.refresh_hours : 4);
	icalproperty *r = icalproperty_new_refreshinterval(refresh);
	icalproperty_add_parameter(r, icalparameter_new_value(ICAL_VALUE_DURATION));
	icalcomponent_add_property(cal, r);
	snprintf(v, sizeof v, "PT%uH", refresh.hours);
	icalcomponent_add_property(cal, x_property("X-PUBLISHED-TTL", v));
	for (int z = w->nzones - 1; z >= 0; z--) /* libical puts each first: in first-met order */
		icalcomponent_add_component(cal, vtimezone(&w->zones[z]));
	char *s = emit(cal);
	size_t n = strlen(s);
	char *end = n >= 15 && !memcmp(s + n - 15, "END:VCALENDAR\r\n", 15) ? s + n - 15 : s + n;
	w->tail = xstrdup(end);
	hand_over(w, s, (size_t)(end - s));
	free(s);
	w->head_out = 1;
}

/* The events so far to the sink (after the head). */
static void flush_events(struct ics_writer *w)
{
	if (!w->head_out)
		put_head(w);
	hand_over(w, w->events.data, w->events.len);
	w->events.len = 0;
}

/* The day an until-obligation began: its order's entry, else the day given
 * when it was added (never the day it was typed in). */
static dl_day until_began(const struct obligation *o)
{
	return o->join.order_entered != DATE_NONE ? o->join.order_entered : o->when.trigger_date;
}

void ics_writer_add(struct ics_writer *w, const struct ics_item *it)
{
	const struct obligation *o = it->o;
	if (ics_timed(o->kind, o->derived.due, o->due_time))
		ics_writer_zone(w, it->tz, o->derived.due);
	if (o->status == STATUS_VACATED && !w->opt.keep_cancelled)
		return;
	/* a series that ended (its event, its last day) or whose last
	 * occurrence is done owes nothing more: no event, no RRULE running on */
	if (o->kind == KIND_RECURRING && o->when.occurrence > 0 && o->status != STATUS_OPEN &&
	    o->status != STATUS_VACATED)
		return;
	if (o->kind == KIND_UNTIL) {
		dl_day start = until_began(o);
		if (start != DATE_NONE)
			put_vevent(w, it, start, "", 0);
		if (o->status == STATUS_ENDED && o->closed_on != DATE_NONE)
			put_vevent(w, it, o->closed_on, "-ended", 0);
	} else if (o->derived.due != DATE_NONE) {
		put_vevent(w, it, o->derived.due, "", 0);
	}
	if (w->events.len >= ICS_CHUNK)
		flush_events(w);
}

void ics_writer_add_occurrence(struct ics_writer *w, const struct ics_item *it)
{
	const struct obligation *o = it->o;
	char suffix[24];
	if (o->derived.due == DATE_NONE || o->when.occurrence <= 0)
		return;
	snprintf(suffix, sizeof suffix, "-%lld", (long long)o->when.occurrence);
	put_vevent(w, it, o->derived.due, suffix, o->when.occurrence);
	if (w->events.len >= ICS_CHUNK)
		flush_events(w);
}

int ics_writer_stopped(const struct ics_writer *w)
{
	return w->stopped;
}

int ics_writer_finish(struct ics_writer *w, char **err)
{
	serializer_take(w->ser, &w->events, 1);
	flush_events(w);
	hand_over(w, w->tail, strlen(w->tail));
	int rc = w->stopped || w->late_zone ? -1 : 0;
	if (err)
		*err = w->stopped     ? xstrdup("the feed could not be written")
		       : w->late_zone ? xstrdup("a time zone was first met after the feed's head "
						"was written")
				      : NULL;
	ics_writer_abort(w);
	return rc;
}

void ics_writer_cut(struct ics_writer *w)
{
	serializer_take(w->ser, &w->events, 1);
	flush_events(w);
}

void ics_writer_abort(struct ics_writer *w)
{
	for (int z = 0; z < w->nzones; z++)
		free(w->zones[z].tz);
	serializer_free(w->ser);
	buf_free(&w->events);
	buf_free(&w->text);
	buf_free(&w->clean);
	free(w->tail);
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
