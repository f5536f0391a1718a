/*
 * dst-feed.c: the helper of tests/e2e/feed-dst.sh (not a test itself).
 *
 *   dst-feed write FEED EXPECTED ZONE...
 *     A feed (src/feed/ics.c) of timed hearings at 10:00 on the day before
 *     and the day after every change of UTC offset of each zone from 1966 to
 *     2030 (found with the C library), and on January 15, March 20 and
 *     July 15 of each year; EXPECTED gets "UID INSTANT" for each, the instant the C library
 *     gives (tz_to_instant: mktime under TZ=ZONE).
 *   dst-feed read FEED
 *     libical's reading of FEED: "UID INSTANT" for each VEVENT, its DTSTART
 *     resolved with the VTIMEZONE of the same name in FEED (a TZID libical
 *     does not find there is an error, not a guess).
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ics.h"
#include "tz.h"
#include "util.h"

enum { FIRST_YEAR = 1966, LAST_YEAR = 2030 };

struct out {
	struct obligation *o;
	struct ics_item *items;
	size_t n, cap;
	FILE *expected;
};

static void hearing(struct out *w, const char *zone, dl_day day)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 1024;
		w->o = xrealloc(w->o, w->cap * sizeof *w->o);
		w->items = xrealloc(w->items, w->cap * sizeof *w->items);
	}
	struct obligation *o = &w->o[w->n];
	char iso[11];
	obligation_init(o);
	o->uid = xasprintf("%s/%s@dst", zone, date_format(day, iso));
	o->kind = KIND_HEARING;
	o->who = xstrdup("parties");
	o->action = xstrdup("attend the hearing");
	o->join.case_number = xstrdup("1:66-cv-1");
	o->join.caption = xstrdup("Clock v. Calendar");
	o->status = STATUS_OPEN;
	o->basis = BASIS_STATED;
	o->created = xstrdup("2026-01-01T00:00:00Z");
	o->updated = xstrdup("2026-01-01T00:00:00Z");
	o->due_time = xstrdup("10:00");
	o->derived.due = day;
	w->items[w->n] = (struct ics_item){NULL, "D. Test", zone, NULL}; /* o: once all are made */
	fprintf(w->expected, "%s %lld\n", o->uid, (long long)tz_to_instant(zone, day, 600));
	w->n++;
}

static int write_feed(const char *feed, const char *expected, int nzones, char **zones)
{
	struct out w = {NULL, NULL, 0, 0, fopen(expected, "w")};
	if (!w.expected)
		return 1;
	for (int z = 0; z < nzones; z++) {
		const char *zone = zones[z];
		dl_day from = date_from_ymd(FIRST_YEAR, 1, 1),
		       to = date_from_ymd(LAST_YEAR, 12, 31);
		char abbr[16];
		int before = tz_offset(zone, tz_to_instant(zone, from, 600), abbr);
		for (dl_day d = from + 1; d <= to; d++) {
			int now = tz_offset(zone, tz_to_instant(zone, d, 600), abbr);
			if (now != before) { /* the offset changed between d - 1 and d at 10:00 */
				hearing(&w, zone, d - 1);
				hearing(&w, zone, d);
			}
			int y, m, dd;
			date_to_ymd(d, &y, &m, &dd);
			if (((m == 1 || m == 7) && dd == 15) || (m == 3 && dd == 20))
				hearing(&w, zone, d);
			before = now;
		}
	}
	fclose(w.expected);
	for (size_t i = 0; i < w.n; i++)
		w.items[i].o = &w.o[i];
	struct ics_options opt;
	ics_options_init(&opt, "DST");
	opt.nalarms = 0;
	char *text = ics_render(&opt, w.items, w.n);
	FILE *f = fopen(feed, "wb");
	int rc = !f || fputs(text, f) < 0;
	if (f && fclose(f) != 0)
		rc = 1;
	free(text);
	for (size_t i = 0; i < w.n; i++)
		obligation_free(&w.o[i]);
	free(w.o);
	free(w.items);
	fprintf(stderr, "dst-feed: %zu hearings in %d zones\n", w.n, nzones);
	return rc;
}

static int read_feed(const char *feed)
{
	char *text;
	size_t len;
	if (read_file(feed, &text, &len, 256u << 20) != 0)
		return 1;
	icalcomponent *cal = icalparser_parse_string(text);
	free(text);
	if (!cal)
		return 1;
	int rc = 0;
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
		icalparameter *tzid =
			p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : NULL;
		icaltimezone *zone =
			tzid ? icalcomponent_get_timezone(cal, icalparameter_get_tzid(tzid)) : NULL;
		if (!zone) {
			fprintf(stderr, "dst-feed: %s: no VTIMEZONE for its TZID\n",
				icalcomponent_get_uid(ev));
			rc = 1;
			continue;
		}
		struct icaltimetype t = icalproperty_get_dtstart(p);
		printf("%s %lld\n", icalcomponent_get_uid(ev),
		       (long long)icaltime_as_timet_with_zone(t, zone));
	}
	icalcomponent_free(cal);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc >= 4 && !strcmp(argv[1], "write"))
		return write_feed(argv[2], argv[3], argc - 4, argv + 4);
	if (argc == 3 && !strcmp(argv[1], "read"))
		return read_feed(argv[2]);
	fprintf(stderr, "usage: dst-feed write FEED EXPECTED ZONE... | dst-feed read FEED\n");
	return 2;
}
