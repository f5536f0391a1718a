/*
 * test-ics.c: the feed writer round-trips through libical: every kind of
 * obligation, text with commas, semicolons, backslashes, newlines and long
 * UTF-8 (folded at 75 octets without splitting a character), stable UIDs and
 * byte-identical output for identical input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "ics.h"
#include "util.h"

static struct obligation make(const char *uid, const char *kind, const char *action, dl_day due)
{
	struct obligation o;
	obligation_init(&o);
	o.uid = xstrdup(uid);
	o.kind = xstrdup(kind);
	o.who = xstrdup("defendants");
	o.action = xstrdup(action);
	o.case_number = xstrdup("2:16-cv-435");
	o.caption = xstrdup("Butler v. Hernandez");
	o.status = xstrdup("open");
	o.basis = xstrdup("stated");
	o.created = xstrdup("2026-01-01T00:00:00Z");
	o.updated = xstrdup("2026-01-02T03:04:05Z");
	o.due = due;
	return o;
}

static const char tricky[] =
	"respond; with commas, a backslash \\ and\na newline — then «guillemets», "
	"Ünïcödé, 中文字符 and emoji 📅 repeated: 📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅";

static void roundtrip(void **state)
{
	(void)state;
	struct obligation o[4];
	o[0] = make("a@deadlines", "deadline", tricky, date_from_ymd(2017, 6, 20));
	o[1] = make("b@deadlines", "hearing", "attend the hearing", date_from_ymd(2024, 3, 11));
	o[1].due_time = xstrdup("09:30");
	o[2] = make("c@deadlines", "until", "protected from discovery", DATE_NONE);
	o[2].until_event = xstrdup("qualified immunity decided");
	o[2].order_entered = date_from_ymd(2017, 5, 19);
	o[3] = make("d@deadlines", "recurring", "file a status report", date_from_ymd(2024, 1, 5));
	o[3].period_n = 90;
	o[3].period_unit = xstrdup("days");
	struct ics_item items[4];
	for (int i = 0; i < 4; i++)
		items[i] = (struct ics_item){&o[i], "S.D. Tex.", "America/Chicago", NULL};
	struct ics_options opt = {"Test", 0, {7, 1}, 2, 4};
	char *text = ics_render(&opt, items, 4);
	char *again = ics_render(&opt, items, 4);
	assert_string_equal(text, again); /* deterministic */
	/* folded lines: at most 75 octets and never inside a UTF-8 character */
	for (char *line = text; *line;) {
		char *end = strstr(line, "\r\n");
		assert_non_null(end);
		assert_true(end - line <= 75);
		if (line[0] == ' ')
			assert_true(((unsigned char)line[1] & 0xC0) != 0x80);
		line = end + 2;
	}
	icalcomponent *cal = icalparser_parse_string(text);
	assert_non_null(cal);
	int n = 0, rrule = 0, tz = 0, alarms = 0;
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		n++;
		const char *uid = icalcomponent_get_uid(ev);
		struct icaltimetype start = icalcomponent_get_dtstart(ev);
		if (!strcmp(uid, "a@deadlines")) {
			assert_non_null(strstr(icalcomponent_get_summary(ev), tricky)); /* exact text back */
			assert_true(start.is_date);
			assert_int_equal(start.day, 20);
			assert_int_equal(icalcomponent_get_dtend(ev).day, 21);
		}
		if (!strcmp(uid, "b@deadlines")) {
			icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
			assert_string_equal(icalparameter_get_tzid(icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)),
					    "America/Chicago");
			assert_int_equal(start.hour, 9);
			tz = 1;
		}
		if (!strcmp(uid, "c@deadlines"))
			assert_int_equal(start.day, 19);
		if (!strcmp(uid, "d@deadlines"))
			rrule = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY) != NULL;
		alarms += icalcomponent_count_components(ev, ICAL_VALARM_COMPONENT);
	}
	assert_int_equal(n, 4);
	assert_true(rrule && tz);
	assert_int_equal(alarms, 6); /* two each, not on the until-obligation */
	assert_non_null(icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT));
	assert_null(strstr(text, "freeassociation"));
	assert_int_equal(ics_count_events(text), 4);
	assert_int_equal(ics_count_events("not a calendar"), -1);
	icalcomponent_free(cal);
	free(text);
	free(again);
	for (int i = 0; i < 4; i++)
		obligation_free(&o[i]);
}

static void vacated_and_ended(void **state)
{
	(void)state;
	struct obligation v = make("v@deadlines", "deadline", "file", date_from_ymd(2020, 1, 2));
	free(v.status);
	v.status = xstrdup("vacated");
	struct obligation u = make("u@deadlines", "until", "stayed", DATE_NONE);
	free(u.status);
	u.status = xstrdup("ended");
	u.order_entered = date_from_ymd(2020, 1, 1);
	u.closed_on = date_from_ymd(2020, 3, 1);
	struct ics_item items[2] = {{&v, "D. Mass.", "America/New_York", NULL},
				    {&u, "D. Mass.", "America/New_York", NULL}};
	struct ics_options opt = {"Test", 0, {0}, 0, 4};
	char *text = ics_render(&opt, items, 2);
	assert_null(strstr(text, "v@deadlines"));        /* vacated: removed */
	assert_non_null(strstr(text, "u@deadlines-ended")); /* the day it ended */
	assert_int_equal(ics_count_events(text), 2);
	free(text);
	opt.keep_cancelled = 1;
	text = ics_render(&opt, items, 2);
	assert_non_null(strstr(text, "STATUS:CANCELLED"));
	free(text);
	obligation_free(&v);
	obligation_free(&u);
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(roundtrip), cmocka_unit_test(vacated_and_ended)};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
