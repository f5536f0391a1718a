/*
 * invite.c: hearings from iCalendar invitations (see invite.h).
 */
#include "invite.h"

#include <ctype.h>
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tz.h"
#include "util.h"

int invite_is_calendar(const char *text)
{
	if (!strncmp(text, "\xef\xbb\xbf", 3)) /* a byte-order mark */
		text += 3;
	while (isspace((unsigned char)*text))
		text++;
	return !strncasecmp(text, "BEGIN:VCALENDAR", 15);
}

/* A property's text, made safe (controls dropped, bad UTF-8 replaced) and
 * cut to a sane length; NULL when there is none or it is empty. */
static char *safe(const char *v, size_t max)
{
	if (!v)
		return NULL;
	struct buf b;
	buf_init(&b);
	buf_put_clean(&b, v);
	char *s = b.data ? b.data : xstrdup("");
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	if (n > max)
		s[utf8_cut(s, max)] = '\0';
	if (!*s) {
		free(s);
		return NULL;
	}
	return s;
}

/* The video link: URL, else the first https:// link in the location or
 * the description (where Zoom, Teams and Webex put theirs). */
static char *link_of(icalcomponent *ev, const char *location, const char *description)
{
	icalproperty *p = icalcomponent_get_first_property(ev, ICAL_URL_PROPERTY);
	if (p && icalproperty_get_url(p) && has_prefix(icalproperty_get_url(p), "https://"))
		return safe(icalproperty_get_url(p), 2000);
	const char *texts[] = {location, description};
	for (int i = 0; i < 2; i++) {
		const char *h = texts[i] ? strstr(texts[i], "https://") : NULL;
		if (h)
			return xstrndup(h, strcspn(h, " \t\r\n<>\"'"));
	}
	return NULL;
}

struct reading {
	struct invitation *out;
	icalcomponent *ev;
	const char *uid;
	int64_t sequence;
	int cancel;
	int recurring;
	icaltimezone *zone; /* the zone of its start, and its TZID (NULL: UTC or floating) */
	const char *tzid;
	/* occurrences another VEVENT of the UID overrides (RECURRENCE-ID) */
	int64_t *overridden;
	size_t noverridden;
};

static void add(struct reading *r, icalcomponent *ev, int64_t start)
{
	if (r->out->n >= INVITE_MAX)
		return;
	struct invitation *o = r->out;
	o->ev = xrealloc(o->ev, (o->n + 1) * sizeof *o->ev);
	struct invite_event *e = &o->ev[o->n++];
	memset(e, 0, sizeof *e);
	if (r->recurring) {
		char stamp[24];
		time_t t = (time_t)start;
		struct tm tm;
		gmtime_r(&t, &tm);
		strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
		e->source_uid = xasprintf("%s/%s", r->uid, stamp);
	} else {
		e->source_uid = xstrdup(r->uid);
	}
	e->sequence = r->sequence;
	e->start = start;
	struct icaltimetype wall = icaltime_from_timet_with_zone(
		(time_t)start, 0, r->zone ? r->zone : icaltimezone_get_utc_timezone());
	e->local = xasprintf("%04d-%02d-%02d %02d:%02d (%s)", wall.year, wall.month, wall.day,
			     wall.hour, wall.minute, r->tzid ? r->tzid : "UTC");
	char *tzname = safe(e->local, 200); /* a TZID is the file's text too */
	free(e->local);
	e->local = tzname;
	e->cancelled = r->cancel || icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED;
	e->summary = safe(icalcomponent_get_summary(ev), 500);
	e->location = safe(icalcomponent_get_location(ev), 500);
	e->description = safe(icalcomponent_get_description(ev), 4000);
	e->url = link_of(ev, e->location, e->description);
}

static void on_occurrence(icalcomponent *ev, struct icaltime_span *span, void *arg)
{
	struct reading *r = arg;
	for (size_t i = 0; i < r->noverridden; i++)
		if (r->overridden[i] == (int64_t)span->start)
			return;
	add(r, ev, (int64_t)span->start);
}

/* The zone of a DATE-TIME property's value, its TZID resolved in cal (the
 * file's own VTIMEZONE first); *tzid its name. NULL with *tzid NULL: UTC or
 * floating; NULL with *tzid set: a zone nobody defines. */
static icaltimezone *zone_of(icalcomponent *cal, icalproperty *p, struct icaltimetype t,
			     const char **tzid)
{
	icalparameter *tp = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
	*tzid = tp ? icalparameter_get_tzid(tp) : NULL;
	icaltimezone *z = t.zone == icaltimezone_get_utc_timezone() ? NULL : (icaltimezone *)t.zone;
	if (!z && *tzid)
		z = icalcomponent_get_timezone(cal, *tzid);
	if (!z && *tzid)
		z = icaltimezone_get_builtin_timezone(*tzid);
	return z;
}

/* The instant of a DATE-TIME property's value, its TZID resolved in cal;
 * -1 when it has none that libical can place. */
static int64_t instant_of(icalcomponent *cal, icalproperty *p, struct icaltimetype t)
{
	const char *tzid;
	if (icaltime_is_null_time(t) || t.is_date)
		return -1;
	icaltimezone *z = zone_of(cal, p, t, &tzid);
	if (!z && tzid)
		return -1; /* a zone nobody defines */
	if (!z)		   /* UTC, or floating: UTC, as nothing says better */
		z = icaltimezone_get_utc_timezone();
	return (int64_t)icaltime_as_timet_with_zone(t, z);
}

static int read_event(icalcomponent *cal, icalcomponent *ev, struct reading *r, char **err)
{
	icalproperty *dp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
	const char *uid = icalcomponent_get_uid(ev);
	if (!uid || !*uid || !dp) {
		*err = xasprintf("an event without %s",
				 !uid || !*uid ? "a UID" : "a start (DTSTART)");
		return -1;
	}
	struct icaltimetype start = icalproperty_get_dtstart(dp);
	if (start.is_date) {
		*err = xasprintf("event '%s' has a date and no time: a hearing has a time", uid);
		return -1;
	}
	int64_t at = instant_of(cal, dp, start);
	if (at < 0) {
		*err = xasprintf("event '%s': its start has a time zone the file does not define",
				 uid);
		return -1;
	}
	r->ev = ev;
	r->uid = uid;
	r->zone = zone_of(cal, dp, start, &r->tzid);
	icalproperty *sp = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY);
	r->sequence = sp ? icalproperty_get_sequence(sp) : 0;
	icalproperty *rid = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY);
	int rrule = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY) ||
		    icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY);
	r->recurring = rrule || rid;
	if (rid) { /* one occurrence, moved or changed: its own start */
		add(r, ev, at);
		if (r->out->n) { /* known by the occurrence it replaces */
			int64_t was = instant_of(cal, rid, icalproperty_get_recurrenceid(rid));
			struct invite_event *e = &r->out->ev[r->out->n - 1];
			char stamp[24];
			time_t t = (time_t)(was >= 0 ? was : at);
			struct tm tm;
			gmtime_r(&t, &tm);
			strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
			free(e->source_uid);
			e->source_uid = xasprintf("%s/%s", uid, stamp);
		}
		return 0;
	}
	if (!rrule) {
		add(r, ev, at);
		return 0;
	}
	/* the occurrences, by libical, from the first for INVITE_YEARS years */
	struct icaltimetype from =
		icaltime_from_timet_with_zone((time_t)at, 0, icaltimezone_get_utc_timezone());
	struct icaltimetype to = from;
	to.year += INVITE_YEARS;
	icalcomponent_foreach_recurrence(ev, from, to, on_occurrence, r);
	return 0;
}

/* The name of the file's first time zone with a rule that recurs more often
 * than yearly, or NULL. No time zone changes its offset more than yearly,
 * and libical would expand such a rule occurrence by occurrence from its
 * first (an hourly rule from 1601 is millions of steps: a hostile invite's
 * stall). */
static const char *zone_rule_too_frequent(icalcomponent *cal)
{
	for (icalcomponent *tz = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT); tz;
	     tz = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT))
		for (icalcomponent *o = icalcomponent_get_first_component(tz, ICAL_ANY_COMPONENT); o;
		     o = icalcomponent_get_next_component(tz, ICAL_ANY_COMPONENT))
			for (icalproperty *p = icalcomponent_get_first_property(o, ICAL_RRULE_PROPERTY); p;
			     p = icalcomponent_get_next_property(o, ICAL_RRULE_PROPERTY)) {
				struct icalrecurrencetype rule = icalproperty_get_rrule(p);
				if (rule.freq != ICAL_YEARLY_RECURRENCE) {
					icalproperty *id = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY);
					const char *name = id ? icalproperty_get_tzid(id) : NULL;
					return name && *name ? name : "(no TZID)";
				}
			}
	return NULL;
}

int invite_read(const char *text, struct invitation *out, char **err)
{
	memset(out, 0, sizeof *out);
	*err = NULL;
	if (!invite_is_calendar(text)) {
		*err = xstrdup(
			"it is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)");
		return -1;
	}
	icalcomponent *cal = icalparser_parse_string(text);
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		if (cal)
			icalcomponent_free(cal);
		*err = xstrdup("libical cannot read it as one calendar");
		return -1;
	}
	const char *zone = zone_rule_too_frequent(cal);
	if (zone) {
		char *name = safe(zone, 200); /* (the file's text: no control characters) */
		*err = xasprintf("its time zone '%s' changes more often than yearly, as no time zone does",
				 name ? name : "");
		free(name);
		icalcomponent_free(cal);
		return -1;
	}
	struct reading r;
	memset(&r, 0, sizeof r);
	r.out = out;
	icalproperty *mp = icalcomponent_get_first_property(cal, ICAL_METHOD_PROPERTY);
	r.cancel = mp && icalproperty_get_method(mp) == ICAL_METHOD_CANCEL;
	/* first the occurrences that events with a RECURRENCE-ID override */
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		icalproperty *rid =
			icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY);
		int64_t was = rid ? instant_of(cal, rid, icalproperty_get_recurrenceid(rid)) : -1;
		if (was >= 0) {
			r.overridden =
				xrealloc(r.overridden, (r.noverridden + 1) * sizeof *r.overridden);
			r.overridden[r.noverridden++] = was;
		}
	}
	int rc = 0, nev = 0;
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	     ev && !rc; ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), nev++)
		rc = read_event(cal, ev, &r, err);
	free(r.overridden);
	icalcomponent_free(cal);
	if (!rc && !nev) {
		*err = xstrdup("it holds no event (VEVENT)");
		rc = -1;
	}
	if (!rc && out->n >= INVITE_MAX) {
		*err = xasprintf("it holds more than %d occurrences of events", INVITE_MAX);
		rc = -1;
	}
	if (rc)
		invitation_free(out);
	return rc;
}

void invitation_free(struct invitation *inv)
{
	for (size_t i = 0; i < inv->n; i++) {
		struct invite_event *e = &inv->ev[i];
		free(e->source_uid), free(e->summary), free(e->location), free(e->url),
			free(e->description);
		free(e->local);
	}
	free(inv->ev);
	memset(inv, 0, sizeof *inv);
}

/* The hearing an occurrence stands for, in the court's zone. */
static void hearing_of(const struct invite_event *e, const struct case_row *cs, const char *tz,
		       struct obligation *o)
{
	obligation_init(o);
	dl_day day;
	int minute;
	tz_from_instant(tz, e->start, &day, &minute);
	o->case_id = cs->id;
	o->kind = KIND_HEARING;
	o->action = xstrdup(e->summary ? e->summary : "Hearing");
	o->note = xasprintf("The invitation sets it for %s.%s%s", e->local,
			    e->description ? "\n" : "", e->description ? e->description : "");
	o->location = e->location ? xstrdup(e->location) : NULL;
	o->url = e->url ? xstrdup(e->url) : NULL;
	o->source_uid = xstrdup(e->source_uid);
	o->source_sequence = e->sequence;
	o->due_time = xasprintf("%02u:%02u", (unsigned)minute / 60 % 24, (unsigned)minute % 60);
	o->basis = BASIS_STATED;
	o->status = STATUS_OPEN;
	o->when.trigger = TRIGGER_NONE;
	o->when.stated_date = day;
	o->derived.due = day;
	o->derived.rule_cite = xstrdup("date and time set by the court's invitation");
}

int invite_import(store *s, const struct case_row *cs, const char *tz, const struct invitation *inv,
		  const char *cause, int dry, struct invite_result *res)
{
	memset(res, 0, sizeof *res);
	int rc = STORE_OK;
	for (size_t i = 0; i < inv->n && rc == STORE_OK; i++) {
		const struct invite_event *e = &inv->ev[i];
		struct obligation now, old;
		hearing_of(e, cs, tz, &now);
		int have = store_obligation_by_source(s, cs->id, e->source_uid, &old);
		if (have == STORE_ERROR) {
			rc = STORE_ERROR;
		} else if (have == STORE_NOTFOUND) {
			if (e->cancelled) { /* a cancellation of what was never imported */
				res->unchanged++;
			} else {
				res->added++;
				if (!dry)
					rc = store_obligation_add(s, &now, cause);
			}
		} else {
			if (e->sequence <= old.source_sequence &&
			    !(e->cancelled && old.status == STATUS_OPEN)) {
				res->unchanged++;
			} else if (e->cancelled) {
				res->cancelled++;
				if (!dry && old.status == STATUS_OPEN)
					rc = store_obligation_set_status(s, old.id, STATUS_VACATED,
									 now.derived.due, cause);
			} else {
				res->updated++;
				if (!dry)
					rc = store_obligation_set_invited(s, &old, &now, cause);
			}
			obligation_free(&old);
		}
		obligation_free(&now);
	}
	return rc;
}
