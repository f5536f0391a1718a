/* fuzz-ics.c: libFuzzer harness for the feed writer (libical builds and writes
 * every component): arbitrary text in every
 * obligation field; the output must parse back with libical, with every
 * event, and every line must be at most 75 octets. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "icalcheck.h"
#include "ics.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2 || size > 8192)
		return 0;
	/* fields separated by 0x1f; NULs end a C string, so they become spaces */
	char *buf = xstrndup((const char *)data + 1, size - 1);
	for (size_t i = 0; i < size - 1; i++)
		if (!buf[i])
			buf[i] = ' ';
	char *fields[8] = {0};
	int nf = 0;
	for (char *p = buf, *f = buf; nf < 8; p++) {
		if (*p == 0x1f || !*p) {
			int end = !*p;
			*p = '\0';
			fields[nf++] = f;
			f = p + 1;
			if (end)
				break;
		}
	}
	static const enum obligation_kind kinds[] = {KIND_DEADLINE, KIND_HEARING, KIND_UNTIL, KIND_RECURRING};
	struct obligation o;
	obligation_init(&o);
	o.uid = xstrdup("fuzz@deadlines");
	o.kind = kinds[data[0] % 4];
	o.status = data[0] & 4 ? STATUS_ENDED : STATUS_OPEN;
	o.action = xstrdup(fields[0] ? fields[0] : "");
	o.who = fields[1] ? xstrdup(fields[1]) : NULL;
	o.join.caption = xstrdup(fields[2] ? fields[2] : "");
	o.join.case_number = xstrdup(fields[3] ? fields[3] : "");
	o.quote = fields[4] ? xstrdup(fields[4]) : NULL;
	o.until_event = fields[5] ? xstrdup(fields[5]) : NULL;
	o.note = fields[6] ? xstrdup(fields[6]) : NULL;
	o.scope = fields[7] ? xstrdup(fields[7]) : NULL;
	o.derived.due = date_from_ymd(2024, 1 + data[0] % 12, 1 + data[0] % 28);
	o.join.order_entered = o.derived.due - 30;
	o.closed_on = o.derived.due + 3;
	if (data[0] & 8)
		o.due_time = xstrdup("09:30");
	if (o.kind == KIND_RECURRING) {
		o.when.period_n = 30;
		o.when.unit = UNIT_DAYS;
	}
	struct ics_item item = {&o, "S.D. Tex.", "America/Chicago", fields[6]};
	struct ics_options opt = {fields[2] ? fields[2] : "x", 1, {7}, data[0] & 16 ? 1 : 0, 4};
	char *text = ics_render(&opt, &item, 1);
	int want = o.kind == KIND_UNTIL ? (data[0] & 4 ? 2 : 1) : 1;
	if (ical_count_events(text) != want)
		abort(); /* libical must read back every event */
	for (const char *line = text, *end; (end = strstr(line, "\r\n")); line = end + 2)
		if (end - line > 75)
			abort();
	free(text);
	obligation_free(&o);
	free(buf);
	return 0;
}
