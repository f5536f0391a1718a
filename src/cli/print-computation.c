/*
 * print-computation.c: renders a computation's steps and warnings.
 */
#include "print-computation.h"

#include <string.h>

#include "json-csv.h"
#include "terminal.h"
#include "util.h"

void explain_print(FILE *out, const struct computation *c)
{
	char w[15];
	for (size_t i = 0; i < c->nsteps; i++) {
		fprintf(out, "%3zu. %s  ", i + 1, date_format_long(c->steps[i].day, w));
		print_wrapped(out, c->steps[i].why, 21, 59);
		fprintf(out, "%21s[%s]\n", "", c->steps[i].rule);
	}
	if (c->earliest != DATE_NONE) {
		char e[15], l[15];
		fprintf(out, "Readings: earliest %s, latest %s (calendared on the earliest).\n",
			date_format_long(c->earliest, e), date_format_long(c->latest, l));
	}
	for (size_t i = 0; i < c->nwarnings; i++) {
		fputs("Warning: ", out);
		print_wrapped(out, c->warnings[i], 9, 71);
	}
}

static json_t *day_or_null(dl_day d)
{
	char iso[11];
	return d == DATE_NONE ? json_null() : json_string(date_format(d, iso));
}

json_t *explain_json(const struct computation *c)
{
	json_t *j = json_object(), *steps = json_array(), *warnings = json_array();
	char time[16];
	json_object_set_new(j, "due", day_or_null(c->due));
	if (c->due_minute >= 0) {
		snprintf(time, sizeof time, "%02d:%02d", c->due_minute / 60, c->due_minute % 60);
		json_object_set_new(j, "time", json_string(time));
	} else {
		json_object_set_new(j, "time", json_null());
	}
	json_object_set_new(j, "weekday", c->due == DATE_NONE
						  ? json_null()
						  : json_string(weekday_abbr(date_weekday(c->due))));
	json_object_set_new(j, "end", c->end_instant[0] ? json_string(c->end_instant) : json_null());
	json_object_set_new(j, "tz", c->tz ? json_string(c->tz) : json_null());
	json_object_set_new(j, "regime", c->regime ? json_string(c->regime) : json_null());
	for (size_t i = 0; i < c->nsteps; i++)
		json_array_append_new(steps, json_pack("{s:o,s:o,s:o}", "date",
						       day_or_null(c->steps[i].day), "why",
						       json_text(c->steps[i].why), "rule", json_text(c->steps[i].rule)));
	json_object_set_new(j, "steps", steps);
	json_object_set_new(j, "earliest", day_or_null(c->earliest));
	json_object_set_new(j, "latest", day_or_null(c->latest));
	for (size_t i = 0; i < c->nwarnings; i++)
		json_array_append_new(warnings, json_text(c->warnings[i]));
	json_object_set_new(j, "warnings", warnings);
	return j;
}
