/*
 * test-ics.c: the feed writer (libical builds and writes every component)
 * round-trips through libical: every kind of obligation, text with commas,
 * semicolons, backslashes, newlines and long UTF-8 (folded at 75 octets
 * without splitting a character), stable UIDs and byte-identical output for
 * identical input. libical reads every feed here and writes it back to the
 * same bytes (icalcheck.c), thousands of generated texts among them, folded
 * at every length around the 75-octet limit (libical's own folding quirks
 * mended by the writer).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "icalcheck.h"
#include "ics.h"
#include "util.h"

static struct obligation make(const char *uid, enum obligation_kind kind, const char *action, dl_day due)
{
	struct obligation o;
	obligation_init(&o);
	o.uid = xstrdup(uid);
	o.kind = kind;
	o.who = xstrdup("defendants");
	o.action = xstrdup(action);
	o.join.case_number = xstrdup("2:16-cv-435");
	o.join.caption = xstrdup("Butler v. Hernandez");
	o.status = STATUS_OPEN;
	o.basis = BASIS_STATED;
	o.created = xstrdup("2026-01-01T00:00:00Z");
	o.updated = xstrdup("2026-01-02T03:04:05Z");
	o.derived.due = due;
	return o;
}

/* Every line at most 75 octets, none split inside a UTF-8 character, no
 * empty continuation line, no carriage return but in a CRLF. */
static void assert_folded_well(const char *text)
{
	for (const char *line = text; *line;) {
		const char *end = strstr(line, "\r\n");
		assert_non_null(end);
		assert_true(end - line <= 75);
		assert_null(memchr(line, '\r', (size_t)(end - line)));
		if (line[0] == ' ') {
			assert_true(end - line > 1);
			assert_true(((unsigned char)line[1] & 0xC0) != 0x80);
		}
		line = end + 2;
	}
}

static const char tricky[] =
	"respond; with commas, a backslash \\ and\na newline — then «guillemets», "
	"Ünïcödé, 中文字符 and emoji 📅 repeated: 📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅";

static void roundtrip(void **state)
{
	(void)state;
	struct obligation o[4];
	o[0] = make("a@deadlines", KIND_DEADLINE, tricky, date_from_ymd(2017, 6, 20));
	o[1] = make("b@deadlines", KIND_HEARING, "attend the hearing", date_from_ymd(2024, 3, 11));
	o[1].due_time = xstrdup("09:30");
	o[2] = make("c@deadlines", KIND_UNTIL, "protected from discovery", DATE_NONE);
	o[2].until_event = xstrdup("qualified immunity decided");
	o[2].join.order_entered = date_from_ymd(2017, 5, 19);
	o[3] = make("d@deadlines", KIND_RECURRING, "file a status report", date_from_ymd(2024, 1, 5));
	o[3].when.period_n = 90;
	o[3].when.unit = UNIT_DAYS;
	struct ics_item items[4];
	for (int i = 0; i < 4; i++)
		items[i] = (struct ics_item){&o[i], "S.D. Tex.", "America/Chicago", NULL};
	struct ics_options opt = {"Test", 0, {7, 1}, 2, 4};
	char *text = ics_render(&opt, items, 4);
	char *again = ics_render(&opt, items, 4);
	assert_string_equal(text, again); /* deterministic */
	char *back = ical_rewritten(text);
	assert_non_null(back);
	assert_string_equal(back, text); /* in libical's own form */
	free(back);
	assert_folded_well(text);
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
	assert_int_equal(ical_count_events(text), 4);
	assert_int_equal(ical_count_events("not a calendar"), -1);
	icalcomponent_free(cal);
	free(text);
	free(again);
	for (int i = 0; i < 4; i++)
		obligation_free(&o[i]);
}

static void vacated_and_ended(void **state)
{
	(void)state;
	struct obligation v = make("v@deadlines", KIND_DEADLINE, "file", date_from_ymd(2020, 1, 2));
	v.status = STATUS_VACATED;
	struct obligation u = make("u@deadlines", KIND_UNTIL, "stayed", DATE_NONE);
	u.status = STATUS_ENDED;
	u.join.order_entered = date_from_ymd(2020, 1, 1);
	u.closed_on = date_from_ymd(2020, 3, 1);
	struct ics_item items[2] = {{&v, "D. Mass.", "America/New_York", NULL},
				    {&u, "D. Mass.", "America/New_York", NULL}};
	struct ics_options opt = {"Test", 0, {0}, 0, 4};
	char *text = ics_render(&opt, items, 2);
	assert_null(strstr(text, "v@deadlines"));        /* vacated: removed */
	assert_non_null(strstr(text, "u@deadlines-ended")); /* the day it ended */
	assert_int_equal(ical_count_events(text), 2);
	free(text);
	opt.keep_cancelled = 1;
	text = ics_render(&opt, items, 2);
	assert_non_null(strstr(text, "STATUS:CANCELLED"));
	free(text);
	obligation_free(&v);
	obligation_free(&u);
}

/* A deterministic text of about len octets from pieces that matter to
 * escaping and folding: words, spaces, the three break characters, escapes,
 * a newline, a tab, and two-, three- and four-octet characters. */
static char *generated_text(unsigned *seed, size_t len)
{
	static const char *const pieces[] = {"a", "word", " ", ";", ",", ":", "\\", "\n", "\t",
					     "é", "中", "📅", "xyzzyplugh", "—", "\"", "\r"};
	struct buf b;
	buf_init(&b);
	while (b.len < len) {
		*seed = *seed * 1103515245u + 12345u;
		buf_puts(&b, pieces[(*seed >> 16) % (sizeof pieces / sizeof *pieces)]);
	}
	return buf_detach(&b);
}

static void libical_writes_the_same_bytes(void **state)
{
	(void)state;
	static const enum obligation_kind kinds[] = {KIND_DEADLINE, KIND_HEARING, KIND_UNTIL, KIND_RECURRING};
	static const char *const zones[] = {"America/Chicago", "America/New_York", "America/Phoenix",
					    "Pacific/Honolulu", "America/Denver", "UTC"};
	static const enum period_unit units[] = {UNIT_DAYS, UNIT_WEEKS, UNIT_MONTHS, UNIT_YEARS};
	enum { N = 400 };
	struct obligation *o = xcalloc(N, sizeof *o);
	struct ics_item *items = xcalloc(N, sizeof *items);
	unsigned seed = 7;
	for (int i = 0; i < N; i++) {
		char uid[32];
		snprintf(uid, sizeof uid, "%d@deadlines", i);
		char *action = generated_text(&seed, (size_t)(i % 200));
		o[i] = make(uid, kinds[i % 4], action, date_from_ymd(2024, 1 + i % 12, 1 + i % 28));
		free(action);
		free(o[i].join.caption);
		o[i].join.caption = generated_text(&seed, (size_t)(40 + i % 50));
		if (i % 3 == 0)
			o[i].note = generated_text(&seed, (size_t)(i % 90));
		if (i % 5 == 0)
			o[i].quote = generated_text(&seed, (size_t)(60 + i % 30));
		if (i % 7 == 0) {
			free(o[i].who);
			o[i].who = generated_text(&seed, (size_t)(i % 20));
		}
		if (o[i].kind == KIND_HEARING) {
			o[i].due_time = xstrdup(i % 8 == 1 ? "23:30" : "09:15");
		} else if (o[i].kind == KIND_UNTIL) {
			o[i].until_event = generated_text(&seed, 30);
			o[i].join.order_entered = o[i].derived.due - 40;
			o[i].derived.due = DATE_NONE;
			if (i % 8 == 6) {
				o[i].status = STATUS_ENDED;
				o[i].closed_on = o[i].join.order_entered + 10;
			}
		} else if (o[i].kind == KIND_RECURRING) {
			o[i].when.period_n = i % 3 == 0 ? 1 : 90;
			o[i].when.unit = units[i % 4];
		}
		if (i % 11 == 0) {
			o[i].status = STATUS_VACATED;
		}
		o[i].sequence = i % 4;
		o[i].derived.latest = i % 9 == 0 ? o[i].derived.due + 3 : DATE_NONE;
		items[i] = (struct ics_item){&o[i], "D. Test", zones[i % 6], i % 2 ? "1. a step [FRCP 6(a)]\n" : NULL};
	}
	struct ics_options opt = {"Firm, Inc.; the \\ docket", 1, {7, 0}, 2, 4};
	int checked = 0;
	for (size_t n = 1; n <= N; n = n < 8 ? n + 1 : n * 2) {
		char *text = ics_render(&opt, items, n);
		assert_folded_well(text);
		char *back = ical_rewritten(text);
		assert_non_null(back);
		assert_string_equal(back, text);
		assert_true(ical_count_events(text) > 0);
		free(back);
		free(text);
		checked++;
	}
	assert_int_equal(checked, 13);
	/* the hearing at 23:30 ends at 00:30 the next day */
	char *text = ics_render(&opt, &items[1], 1);
	assert_non_null(strstr(text, "DTSTART;TZID=America/New_York:20240202T233000\r\n"));
	assert_non_null(strstr(text, "DTEND;TZID=America/New_York:20240203T003000\r\n"));
	free(text);
	for (int i = 0; i < N; i++)
		obligation_free(&o[i]);
	free(o);
	free(items);
}

/* A sink that keeps the pieces, or stops after a number of them. */
struct pieces {
	struct buf text;
	int n, stop_after;
};
static int keep_piece(const char *data, size_t len, void *arg)
{
	struct pieces *p = arg;
	if (p->stop_after && p->n == p->stop_after)
		return -1;
	p->n++;
	buf_add(&p->text, data, len);
	return 0;
}

/* The writer hands its text over in pieces of about ICS_CHUNK octets, the
 * head (with every zone declared or met so far) first; the pieces make the
 * same text as ics_render. A zone first met after the head went out fails
 * the feed, and so does a sink that stops. */
static void written_in_pieces(void **state)
{
	(void)state;
	enum { N = 800 }; /* more than the serializer holds (serialize.c): the head goes out before the end */
	struct obligation *o = xcalloc(N + 1, sizeof *o);
	struct ics_item *items = xcalloc(N + 1, sizeof *items);
	char uid[32], action[300];
	for (int i = 0; i < N; i++) {
		snprintf(uid, sizeof uid, "p%d@deadlines", i);
		snprintf(action, sizeof action, "%s %d", tricky, i);
		o[i] = make(uid, KIND_DEADLINE, action, date_from_ymd(2025, 1, 2) + i);
		items[i] = (struct ics_item){&o[i], "S.D. Tex.", "America/Chicago", "1. step [rule]\n"};
	}
	o[N] = make("late@deadlines", KIND_HEARING, "attend the hearing", date_from_ymd(2025, 3, 3));
	o[N].due_time = xstrdup("09:00");
	items[N] = (struct ics_item){&o[N], "D. Haw.", "Pacific/Honolulu", NULL};
	struct ics_options opt = {"Pieces", 0, {0}, 0, 4};

	/* the hearing's zone declared first: pieces, then the same text as at once */
	struct pieces p = {{NULL, 0, 0}, 0, 0};
	struct ics_sink sink = {keep_piece, &p};
	struct ics_writer *w = ics_writer_new(&opt, &sink);
	ics_writer_zone(w, "Pacific/Honolulu", o[N].derived.due);
	for (int i = 0; i <= N; i++)
		ics_writer_add(w, &items[i]);
	char *err = NULL;
	assert_int_equal(ics_writer_finish(w, &err), 0);
	assert_null(err);
	assert_true(p.n >= 3); /* the head, two or more pieces of events */
	assert_true(p.text.len > 2 * ICS_CHUNK);
	char *whole = ics_render(&opt, items, N + 1);
	assert_string_equal(p.text.data, whole);
	char *back = ical_rewritten(whole);
	assert_string_equal(back, whole);
	assert_int_equal(ical_count_events(whole), N + 1);
	free(back);
	free(whole);
	buf_free(&p.text);

	/* not declared, met after the head went out: the feed fails */
	p = (struct pieces){{NULL, 0, 0}, 0, 0};
	w = ics_writer_new(&opt, &sink);
	for (int i = 0; i <= N; i++)
		ics_writer_add(w, &items[i]);
	assert_int_equal(ics_writer_finish(w, &err), -1);
	assert_non_null(strstr(err, "time zone"));
	assert_null(strstr(p.text.data, "BEGIN:VTIMEZONE"));
	free(err);
	buf_free(&p.text);

	/* not declared but met before the first piece: in the head */
	p = (struct pieces){{NULL, 0, 0}, 0, 0};
	w = ics_writer_new(&opt, &sink);
	ics_writer_add(w, &items[N]);
	ics_writer_add(w, &items[0]);
	assert_int_equal(ics_writer_finish(w, &err), 0);
	assert_non_null(strstr(p.text.data, "TZID:Pacific/Honolulu\r\n"));
	buf_free(&p.text);

	/* a sink that stops after the head: the feed fails, nothing more is handed over */
	p = (struct pieces){{NULL, 0, 0}, 0, 1};
	w = ics_writer_new(&opt, &sink);
	for (int i = 0; i < N; i++)
		ics_writer_add(w, &items[i]);
	assert_int_equal(ics_writer_finish(w, &err), -1);
	assert_non_null(strstr(err, "could not be written"));
	assert_int_equal(p.n, 1);
	assert_null(strstr(p.text.data, "BEGIN:VEVENT"));
	free(err);
	buf_free(&p.text);

	for (int i = 0; i <= N; i++)
		obligation_free(&o[i]);
	free(o);
	free(items);
}

/* A control byte (C0 but tab and newline, DEL, a C1 character as UTF-8) or
 * a byte that is no UTF-8, at every offset of a text long enough to cross
 * the writer's eight-byte scan, never reaches the feed; the text around it
 * does. */
static void controls_at_every_offset(void **state)
{
	(void)state;
	static const char *const bad[] = {"\x01", "\x1b", "\x7f", "\xc2\x9b", "\xff", "\r"};
	for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++)
		for (size_t at = 0; at < 26; at++) {
			char action[64];
			snprintf(action, sizeof action, "%.*s%s%s", (int)at, "abcdefghijklmnopqrstuvwxyz", bad[b],
				 "ABCDEFGHIJ");
			struct obligation o = make("x@deadlines", KIND_DEADLINE, action, date_from_ymd(2024, 3, 11));
			struct ics_item item = {&o, "S.D. Tex.", "America/Chicago", NULL};
			struct ics_options opt = {"Test", 0, {7, 1}, 2, 4};
			char *text = ics_render(&opt, &item, 1);
			for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
				int crlf = p[0] == '\r' && p[1] == '\n';
				if ((*p < 0x20 && *p != '\n' && !crlf) || *p == 0x7f || (p[0] == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0)) {
					print_error("control %zu at offset %zu reached the feed\n", b, at);
					fail();
				}
			}
			char around[64];
			snprintf(around, sizeof around, "%.*s", (int)at, "abcdefghijklmnopqrstuvwxyz");
			assert_non_null(strstr(text, around));
			assert_non_null(strstr(text, "ABCDEFGHIJ"));
			free(text);
			obligation_free(&o);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(roundtrip), cmocka_unit_test(vacated_and_ended),
					   cmocka_unit_test(libical_writes_the_same_bytes),
					   cmocka_unit_test(written_in_pieces),
					   cmocka_unit_test(controls_at_every_offset)};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
