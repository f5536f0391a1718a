/*
 * feed-reminders.c: reminders decided from a subscribed feed (see
 * feed-reminders.h). The feed is read with libical; a timed event's instant
 * is taken with the feed's own VTIMEZONE, then shown in its zone (the
 * TZID, the court's) and the reader's. An all-day event's zone is
 * X-DEADLINES-ZONE, which deadlines' feeds carry (else the reader's).
 *
 * The state: {"events": {UID: {"due": "YYYY-MM-DD", "sent": [MARK...],
 * "acked": "YYYY-MM-DD"}}, "etag": ...}; a mark is "KEY@DUE" (KEY a
 * threshold, a negative day count while overdue, "past" for a hearing,
 * "changed" or "ended").
 */
#include "feed-reminders.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "obligation.h"
#include "tz.h"
#include "util.h"
#include "words.h"

void feed_reminders_init(struct feed_reminders *p, dl_day today, int today_fixed)
{
	static const int defaults[] = {14, 7, 3, 1, 0};
	memset(p, 0, sizeof *p);
	p->today = today;
	p->today_fixed = today_fixed;
	memcpy(p->thresholds, defaults, sizeof defaults);
	p->nthresholds = 5;
}

static json_t *event_state(json_t *state, const char *uid)
{
	return json_object_get(json_object_get(state, "events"), uid);
}

static int was_sent(json_t *ev, const char *mark)
{
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(ev, "sent"), i,
			   v) if (json_is_string(v) &&
				  !strcmp(json_string_value(v), mark)) return 1;
	return 0;
}

/* A property's text, made safe for a notification (none: NULL). */
static char *text_of(icalcomponent *ev, icalproperty_kind kind)
{
	icalproperty *p = icalcomponent_get_first_property(ev, kind);
	if (!p)
		return NULL;
	/* the value as text: libical's getters give it unescaped */
	const char *text = kind == ICAL_SUMMARY_PROPERTY       ? icalproperty_get_summary(p)
			   : kind == ICAL_DESCRIPTION_PROPERTY ? icalproperty_get_description(p)
			   : kind == ICAL_LOCATION_PROPERTY    ? icalproperty_get_location(p)
							       : icalproperty_get_categories(p);
	if (!text)
		return NULL;
	struct buf b;
	buf_init(&b);
	buf_put_clean(&b, text);
	return buf_detach(&b);
}

static const char *x_value(icalcomponent *ev, const char *name)
{
	for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_X_PROPERTY); p;
	     p = icalcomponent_get_next_property(ev, ICAL_X_PROPERTY))
		if (!strcmp(icalproperty_get_x_name(p), name))
			return icalproperty_get_x(p);
	return NULL;
}

/* "DUE: Defendants answer — A v. B" -> "Defendants answer" (in place). */
static char *what_of(char *summary)
{
	char *s = summary, *colon = strstr(s, ": ");
	if (colon && colon > s && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == (size_t)(colon - s))
		s = colon + 2;
	char *dash = NULL;
	for (char *q = strstr(s, " — "); q; q = strstr(q + 1, " — "))
		dash = q;
	if (dash)
		*dash = '\0';
	return s;
}

/* "Case: 1:24-cv-1 — A v. B (S.D. Tex.)" (the description's first line) ->
 * "A v. B (1:24-cv-1), S.D. Tex."; else the summary's caption. */
static char *place_of(const char *description, const char *summary)
{
	if (description && has_prefix(description, "Case: ")) {
		const char *num = description + 6, *dash = strstr(num, " — ");
		const char *end = strchr(num, '\n');
		if (!end)
			end = num + strlen(num);
		const char *paren = NULL;
		for (const char *q = dash; q && q < end; q++)
			if (*q == '(')
				paren = q;
		if (dash && dash < end && paren && paren < end && end[-1] == ')')
			return xasprintf("%.*s (%.*s), %.*s", (int)(paren - 1 - (dash + 5)),
					 dash + 5, (int)(dash - num), num,
					 (int)(end - 1 - (paren + 1)), paren + 1);
	}
	const char *dash = summary ? strstr(summary, " — ") : NULL;
	return xstrdup(dash ? dash + 5 : "");
}

/* The kind an event stands for: its first category, as deadlines writes
 * them; for another calendar's event, a hearing if it has a time. */
static enum obligation_kind kind_of(icalcomponent *ev, int timed)
{
	enum obligation_kind k;
	char *cat = text_of(ev, ICAL_CATEGORIES_PROPERTY);
	char *comma = cat ? strchr(cat, ',') : NULL;
	if (comma)
		*comma = '\0';
	int known = cat && obligation_kind_parse(cat, &k) == 0;
	free(cat);
	return known ? k : timed ? KIND_HEARING : KIND_DEADLINE;
}

static void add_note(struct feed_reminders *p, struct feed_note n)
{
	p->notes = xrealloc(p->notes, (p->n + 1) * sizeof *p->notes);
	p->notes[p->n++] = n;
}

/* One VEVENT: its date and time in its zone, then what is due of it. */
static void consider(struct feed_reminders *p, icalcomponent *cal, icalcomponent *ev, json_t *state)
{
	const char *uid = icalcomponent_get_uid(ev);
	icalproperty *dp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
	if (!uid || !dp || icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED)
		return;
	struct icaltimetype t = icalproperty_get_dtstart(dp);
	if (icaltime_is_null_time(t) || t.year < 1 || t.year > 9999)
		return;
	struct reminder_subject s;
	memset(&s, 0, sizeof s);
	char hhmm[6] = "";
	const char *zone = reader_zone();
	if (t.is_date) {
		const char *z = x_value(ev, "X-DEADLINES-ZONE");
		if (z && tz_known(z))
			zone = z;
		s.due = date_from_ymd(t.year, t.month, t.day);
	} else {
		icalparameter *tp = icalproperty_get_first_parameter(dp, ICAL_TZID_PARAMETER);
		const char *tzid = tp ? icalparameter_get_tzid(tp) : NULL;
		icaltimezone *z = tzid ? icalcomponent_get_timezone(cal, tzid) : NULL;
		if (!z && tzid)
			z = icaltimezone_get_builtin_timezone(tzid);
		if (tzid && tz_known(tzid))
			zone = tzid;
		int64_t at = (int64_t)icaltime_as_timet_with_zone(
			t, t.zone == icaltimezone_get_utc_timezone() ? t.zone : z);
		int minute;
		tz_from_instant(zone, at, &s.due, &minute);
		snprintf(hhmm, sizeof hhmm, "%02u:%02u", (unsigned)(minute / 60) % 24u,
			 (unsigned)minute % 60u);
		s.due_time = hhmm;
	}
	char *summary = text_of(ev, ICAL_SUMMARY_PROPERTY),
	     *desc = text_of(ev, ICAL_DESCRIPTION_PROPERTY);
	char *location = text_of(ev, ICAL_LOCATION_PROPERTY);
	char iso[11];
	date_format(s.due, iso);
	p->seen = xrealloc(p->seen, (p->nseen + 1) * sizeof *p->seen);
	p->seen[p->nseen++] = xasprintf("%s\t%s", uid, iso);
	/* awaiting review: no reminder of its own, as 'notify' on the database */
	if (summary && has_prefix(summary, OBLIGATION_UNCONFIRMED)) {
		free(summary), free(desc), free(location);
		return;
	}
	s.kind = kind_of(ev, !t.is_date);
	s.what = what_of(summary ? summary : (char *)"");
	s.zone = zone;
	s.place = place_of(desc, summary);
	s.location = location;
	s.presumed = desc && strstr(desc, "\nPRESUMED:") != NULL;
	json_t *known = event_state(state, uid);
	const char *was = json_string_value(json_object_get(known, "due"));
	int changed = was && strcmp(was, iso) != 0;
	dl_day today = p->today;
	if (!p->today_fixed) {
		int minute;
		tz_from_instant(zone, (int64_t)time(NULL), &today, &minute);
	}
	int days = s.due - today;
	char mark[64] = "";
	int ended = has_prefix(uid + (strlen(uid) > 6 ? strlen(uid) - 6 : 0), "-ended");
	enum urgency u = reminder_urgency(days);
	char *note_summary = NULL, *note_body = NULL;
	if (ended) { /* the day an until-obligation ended: once */
		snprintf(mark, sizeof mark, "ended@%s", iso);
		if (!was_sent(known, mark) && days <= 0) {
			note_summary = xasprintf("Ended: %s", s.what);
			note_body = xasprintf("%s: ended on %s", s.place,
					      date_format_long(s.due, (char[15]){0}));
			u = URGENCY_NORMAL;
		}
	} else if (s.kind != KIND_UNTIL) {
		const char *acked = json_string_value(json_object_get(known, "acked"));
		int remind = !(acked && !strcmp(acked, iso));
		long key =
			days >= 0 ? reminder_threshold(p->thresholds, p->nthresholds, days) : days;
		if (days < 0 && reminder_once_past(&s))
			snprintf(mark, sizeof mark, "past@%s", iso);
		else
			snprintf(mark, sizeof mark, "%ld@%s", key, iso);
		if (days >= 0 && key < 0)
			remind = 0;
		if (remind && was_sent(known, mark))
			remind = 0;
		for (int i = 0; remind && days >= 0 && i < p->nthresholds; i++) {
			char m[64];
			snprintf(m, sizeof m, "%d@%s", p->thresholds[i], iso);
			if (p->thresholds[i] < key && was_sent(known, m))
				remind = 0;
		}
		if (changed) { /* the change, and the reminder it stands for too */
			char also[64];
			snprintf(also, sizeof also, "%s", mark);
			snprintf(mark, sizeof mark, remind ? "changed@%s %s" : "changed@%s", iso,
				 also);
		}
		if (remind || changed) {
			note_summary = reminder_summary(&s, days, changed);
			note_body = reminder_body(&s);
		}
	}
	if (note_summary)
		add_note(p, (struct feed_note){
				    xstrdup(uid), xstrdup(mark), xstrdup(iso), changed, s.due,
				    s.due_time ? (hhmm[0] - '0') * 600 + (hhmm[1] - '0') * 60 : -1,
				    note_summary, note_body,
				    ended ? "appointment-missed" : reminder_icon(&s, days), u});
	free(summary);
	free(desc);
	free(location);
	free((char *)s.place);
}

static int cmp_note(const void *a, const void *b)
{
	const struct feed_note *x = a, *y = b;
	if (x->sort_due != y->sort_due)
		return x->sort_due < y->sort_due ? -1 : 1;
	if (x->sort_minute != y->sort_minute)
		return x->sort_minute < y->sort_minute ? -1 : 1;
	return strcmp(x->uid, y->uid);
}

int feed_reminders_decide(struct feed_reminders *p, const char *text, json_t *state, char **err)
{
	icalcomponent *cal = icalparser_parse_string(text);
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT ||
	    !icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT)) {
		if (cal)
			icalcomponent_free(cal);
		*err = xstrdup("it is not an iCalendar file (no VCALENDAR with events)");
		return -1;
	}
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		consider(p, cal, ev, state);
	icalcomponent_free(cal);
	if (p->n)
		qsort(p->notes, p->n, sizeof *p->notes, cmp_note);
	return 0;
}

void feed_reminders_record(struct feed_reminders *p, size_t sent, json_t *state)
{
	json_t *events = json_object_get(state, "events");
	if (!json_is_object(events)) {
		events = json_object();
		json_object_set_new(state, "events", events);
	}
	json_t *fresh = json_object(); /* the events of this feed: the others are gone */
	for (size_t i = 0; i < p->nseen; i++) {
		char *tab = strchr(p->seen[i], '\t');
		*tab = '\0';
		json_t *ev = json_object_get(events, p->seen[i]);
		ev = ev ? json_incref(ev) : json_pack("{s:s,s:[]}", "due", tab + 1, "sent");
		json_object_set_new(fresh, p->seen[i], ev);
		*tab = '\t';
	}
	for (size_t i = 0; i < sent; i++) {
		struct feed_note *n = &p->notes[i];
		json_t *ev = json_object_get(fresh, n->uid);
		if (!ev)
			continue;
		if (!json_is_array(json_object_get(ev, "sent")))
			json_object_set_new(ev, "sent", json_array());
		for (char *m = n->mark, *sp; m;
		     m = sp ? sp + 1 : NULL) { /* "MARK" or "MARK ALSO" */
			sp = strchr(m, ' ');
			json_array_append_new(json_object_get(ev, "sent"),
					      json_stringn(m, sp ? (size_t)(sp - m) : strlen(m)));
		}
		if (n->changed)
			json_object_set_new(ev, "due", json_string(n->due));
	}
	json_object_set_new(state, "events", fresh);
}

int feed_reminders_ack(json_t *state, const char *uid)
{
	json_t *ev = event_state(state, uid);
	if (!ev || !json_is_string(json_object_get(ev, "due")))
		return -1;
	json_object_set(ev, "acked", json_object_get(ev, "due"));
	return 0;
}

void feed_reminders_free(struct feed_reminders *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->notes[i].uid), free(p->notes[i].mark), free(p->notes[i].due);
		free(p->notes[i].summary), free(p->notes[i].body);
	}
	free(p->notes);
	for (size_t i = 0; i < p->nseen; i++)
		free(p->seen[i]);
	free(p->seen);
	memset(p, 0, sizeof *p);
}
