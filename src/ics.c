/*
 * ics.c: the iCalendar writer (see ics.h), on libical.
 */
#include "ics.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tz.h"
#include "util.h"

static struct icaltimetype ical_date(dl_day d)
{
	int y, m, dd;
	date_to_ymd(d, &y, &m, &dd);
	struct icaltimetype t = icaltime_null_date();
	t.year = y, t.month = m, t.day = dd;
	return t;
}

/* "YYYY-MM-DDTHH:MM:SSZ" from the store to a UTC time. */
static struct icaltimetype ical_stamp(const char *s)
{
	struct icaltimetype t = icaltime_null_time();
	int y = 1970, mo = 1, d = 1, h = 0, mi = 0, se = 0;
	if (s)
		sscanf(s, "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &se);
	t.year = y, t.month = mo, t.day = d, t.hour = h, t.minute = mi, t.second = se;
	t.zone = icaltimezone_get_utc_timezone();
	return t;
}

static void add(icalcomponent *c, icalproperty *p)
{
	icalcomponent_add_property(c, p);
}

/* A compact VTIMEZONE: this year's standard and daylight offsets with the US
 * rules in force since 2007 (all federal courts are in US zones), or one
 * STANDARD block where the zone keeps no daylight time. */
static icalcomponent *vtimezone(const char *zone, int year)
{
	icalcomponent *tz = icalcomponent_new_vtimezone();
	add(tz, icalproperty_new_tzid(zone));
	char abbr_w[16], abbr_s[16];
	int winter = tz_offset(zone, tz_to_instant(zone, date_from_ymd(year, 1, 15), 720), abbr_w);
	int summer = tz_offset(zone, tz_to_instant(zone, date_from_ymd(year, 7, 15), 720), abbr_s);
	icalcomponent *std = icalcomponent_new_xstandard();
	struct icaltimetype start = icaltime_null_time();
	start.year = 1970, start.month = 11, start.day = 1, start.hour = 2;
	add(std, icalproperty_new_dtstart(start));
	add(std, icalproperty_new_tzoffsetfrom((summer != winter ? summer : winter) * 60));
	add(std, icalproperty_new_tzoffsetto(winter * 60));
	add(std, icalproperty_new_tzname(abbr_w));
	if (summer != winter) {
		add(std, icalproperty_new_rrule(icalrecurrencetype_from_string("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")));
		icalcomponent *day = icalcomponent_new_xdaylight();
		struct icaltimetype ds = start;
		ds.month = 3, ds.day = 8;
		add(day, icalproperty_new_dtstart(ds));
		add(day, icalproperty_new_tzoffsetfrom(winter * 60));
		add(day, icalproperty_new_tzoffsetto(summer * 60));
		add(day, icalproperty_new_tzname(abbr_s));
		add(day, icalproperty_new_rrule(icalrecurrencetype_from_string("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")));
		icalcomponent_add_component(tz, day);
	}
	icalcomponent_add_component(tz, std);
	return tz;
}

static const char *label(const struct obligation *o)
{
	if (!strcmp(o->kind, "hearing"))
		return "HEARING";
	if (!strcmp(o->kind, "until"))
		return !strcmp(o->status, "ended") ? "ENDED" : "UNTIL";
	if (!strcmp(o->kind, "recurring"))
		return "RECURRING";
	return "DUE";
}

static char *who_cap(const char *who)
{
	char *w = xstrdup(who && *who ? who : "Parties");
	if (w[0] >= 'a' && w[0] <= 'z')
		w[0] = (char)(w[0] - 'a' + 'A');
	return w;
}

static char *description(const struct ics_item *it, dl_day when)
{
	const struct obligation *o = it->o;
	struct buf b;
	char d[15];
	buf_init(&b);
	buf_printf(&b, "Case: %s — %s (%s)\n", o->case_number, o->caption, it->court_name);
	if (o->docket)
		buf_printf(&b, "Docket: %s\n", o->docket);
	buf_printf(&b, "Who: %s\nWhat: %s\n", o->who ? o->who : "", o->action);
	if (o->scope)
		buf_printf(&b, "Scope: %s\n", o->scope);
	if (o->until_event)
		buf_printf(&b, "Until: %s\n", o->until_event);
	if (when != DATE_NONE && strcmp(o->kind, "until")) {
		int64_t end = tz_to_instant(it->tz, when, o->due_time ? 0 : 23 * 60 + 59);
		char abbr[16];
		tz_offset(it->tz, end, abbr);
		if (o->due_time)
			buf_printf(&b, "When: %s %s %s (%s)\n", date_format_long(when, d), o->due_time, abbr, it->tz);
		else
			buf_printf(&b, "Due: %s; for electronic filing the day ends at 11:59 p.m. %s (%s), the court's time zone\n",
				   date_format_long(when, d), abbr, it->tz);
	}
	if (o->basis && !strcmp(o->basis, "presumed"))
		buf_puts(&b, "PRESUMED: the order states no time; a default period applies\n");
	if (o->latest != DATE_NONE)
		buf_printf(&b, "ARGUABLE: the latest reading is %s; calendared on the earlier\n",
			   date_format_long(o->latest, d));
	if (o->warnings)
		buf_printf(&b, "Warnings: %s\n", o->warnings);
	if (o->rule_cite)
		buf_printf(&b, "Rule: %s\n", o->rule_cite);
	if (it->explanation)
		buf_printf(&b, "How it was computed:\n%s", it->explanation);
	if (o->quote)
		buf_printf(&b, "The order: \"%s\"\n", o->quote);
	if (o->note)
		buf_printf(&b, "Note: %s\n", o->note);
	return buf_detach(&b);
}

static icalcomponent *vevent(const struct ics_options *opt, const struct ics_item *it, dl_day when,
			     const char *uid_suffix)
{
	const struct obligation *o = it->o;
	icalcomponent *ev = icalcomponent_new_vevent();
	char *uid = xasprintf("%s%s", o->uid, uid_suffix);
	add(ev, icalproperty_new_uid(uid));
	free(uid);
	struct icaltimetype stamp = ical_stamp(o->updated);
	add(ev, icalproperty_new_dtstamp(stamp));
	add(ev, icalproperty_new_lastmodified(stamp));
	add(ev, icalproperty_new_created(ical_stamp(o->created)));
	add(ev, icalproperty_new_sequence((int)o->sequence));
	int timed = o->due_time && !strcmp(o->kind, "hearing");
	if (timed) {
		struct icaltimetype d = ical_date(when), t = icaltime_null_time();
		t.year = d.year, t.month = d.month, t.day = d.day;
		sscanf(o->due_time, "%d:%d", &t.hour, &t.minute);
		icalproperty *p = icalproperty_new_dtstart(t);
		icalproperty_add_parameter(p, icalparameter_new_tzid(it->tz));
		add(ev, p);
		struct icaltimetype e = t;
		e.hour += 1;
		icalproperty *pe = icalproperty_new_dtend(e);
		icalproperty_add_parameter(pe, icalparameter_new_tzid(it->tz));
		add(ev, pe);
		add(ev, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
	} else {
		add(ev, icalproperty_new_dtstart(ical_date(when)));
		add(ev, icalproperty_new_dtend(ical_date(when + 1)));
		add(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	}
	char *who = who_cap(o->who);
	char *summary;
	if (!strcmp(o->kind, "until"))
		summary = xasprintf("%s: %s %s until %s — %s", *uid_suffix ? "ENDED" : "UNTIL", who,
				    o->action, o->until_event ? o->until_event : "further order", o->caption);
	else
		summary = xasprintf("%s: %s %s — %s", label(o), who, o->action, o->caption);
	add(ev, icalproperty_new_summary(summary));
	free(summary);
	free(who);
	char *desc = description(it, when);
	add(ev, icalproperty_new_description(desc));
	free(desc);
	char *cats = xasprintf("%s,%s", o->kind, o->who ? o->who : "parties");
	add(ev, icalproperty_new_categories(cats));
	free(cats);
	if (!strcmp(o->status, "vacated"))
		add(ev, icalproperty_new_status(ICAL_STATUS_CANCELLED));
	else
		add(ev, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
	if (!strcmp(o->kind, "recurring") && o->period_n > 0 && o->period_unit) {
		char rule[64];
		const char *freq = !strcmp(o->period_unit, "weeks") ? "WEEKLY"
				   : !strcmp(o->period_unit, "months") ? "MONTHLY"
				   : !strcmp(o->period_unit, "years") ? "YEARLY" : "DAILY";
		snprintf(rule, sizeof rule, "FREQ=%s;INTERVAL=%lld", freq, (long long)o->period_n);
		add(ev, icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
	}
	for (int i = 0; i < opt->nalarms && strcmp(o->kind, "until"); i++) {
		icalcomponent *al = icalcomponent_new_valarm();
		add(al, icalproperty_new_action(ICAL_ACTION_DISPLAY));
		struct icaltriggertype trig;
		memset(&trig, 0, sizeof trig);
		trig.time = icaltime_null_time();
		trig.duration = icaldurationtype_null_duration();
		trig.duration.is_neg = 1;
		trig.duration.days = (unsigned)opt->alarms[i];
		add(al, icalproperty_new_trigger(trig));
		add(al, icalproperty_new_description(o->action));
		icalcomponent_add_component(ev, al);
	}
	return ev;
}

char *ics_render(const struct ics_options *opt, const struct ics_item *items, size_t n)
{
	icalcomponent *cal = icalcomponent_new_vcalendar();
	add(cal, icalproperty_new_version("2.0"));
	add(cal, icalproperty_new_prodid("-//deadlines//deadlines 0.1//EN"));
	add(cal, icalproperty_new_calscale("GREGORIAN"));
	add(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	add(cal, icalproperty_new_name(opt->name));
	icalproperty *x = icalproperty_new_x(opt->name);
	icalproperty_set_x_name(x, "X-WR-CALNAME");
	add(cal, x);
	struct icaldurationtype refresh = icaldurationtype_null_duration();
	refresh.hours = (unsigned)(opt->refresh_hours > 0 ? opt->refresh_hours : 4);
	icalproperty *r = icalproperty_new_refreshinterval(refresh);
	icalproperty_add_parameter(r, icalparameter_new_value(ICAL_VALUE_DURATION));
	add(cal, r);
	char ttl[16];
	snprintf(ttl, sizeof ttl, "PT%dH", (int)refresh.hours);
	x = icalproperty_new_x(ttl);
	icalproperty_set_x_name(x, "X-PUBLISHED-TTL");
	add(cal, x);
	/* one VTIMEZONE per zone that a timed event uses, in first-use order */
	const char *zones[64];
	int nz = 0;
	for (size_t i = 0; i < n; i++) {
		const struct obligation *o = items[i].o;
		if (!o->due_time || strcmp(o->kind, "hearing") || o->due == DATE_NONE)
			continue;
		int seen = 0;
		for (int z = 0; z < nz; z++)
			seen |= !strcmp(zones[z], items[i].tz);
		if (!seen && nz < 64) {
			zones[nz++] = items[i].tz;
			icalcomponent_add_component(cal, vtimezone(items[i].tz, date_year(o->due)));
		}
	}
	for (size_t i = 0; i < n; i++) {
		const struct obligation *o = items[i].o;
		if (!strcmp(o->status, "vacated") && !opt->keep_cancelled)
			continue;
		if (!strcmp(o->kind, "until")) {
			dl_day start = o->order_entered != DATE_NONE ? o->order_entered
				       : o->trigger_date != DATE_NONE ? o->trigger_date : DATE_NONE;
			char day[11], why[64];
			if (start == DATE_NONE && o->created && strlen(o->created) >= 10) {
				memcpy(day, o->created, 10), day[10] = '\0';
				if (date_parse(day, &start, why, sizeof why) != 0)
					start = DATE_NONE;
			}
			if (start != DATE_NONE)
				icalcomponent_add_component(cal, vevent(opt, &items[i], start, ""));
			if (!strcmp(o->status, "ended") && o->closed_on != DATE_NONE)
				icalcomponent_add_component(cal, vevent(opt, &items[i], o->closed_on, "-ended"));
			continue;
		}
		if (o->due == DATE_NONE)
			continue;
		icalcomponent_add_component(cal, vevent(opt, &items[i], o->due, ""));
	}
	char *text = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	char *out = xstrdup(text);
	free(text);
	return out;
}

int ics_count_events(const char *text)
{
	icalcomponent *c = icalparser_parse_string(text);
	if (!c)
		return -1;
	int n = 0;
	for (icalcomponent *e = icalcomponent_get_first_component(c, ICAL_VEVENT_COMPONENT); e;
	     e = icalcomponent_get_next_component(c, ICAL_VEVENT_COMPONENT))
		n++;
	icalcomponent_free(c);
	return n;
}
