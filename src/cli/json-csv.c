/*
 * json-csv.c: obligations and text as JSON and CSV (see json-csv.h).
 */
#include "json-csv.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "util.h"

json_t *json_text(const char *s)
{
	if (!s)
		return json_null();
	size_t n = strlen(s), ok = utf8_invalid_at(s, n);
	if (ok == n)
		return json_stringn(s, n);
	struct buf b; /* (stored by an older version) each invalid byte as U+FFFD */
	buf_init(&b);
	while (ok < n) {
		buf_add(&b, s, ok);
		buf_puts(&b, "\xef\xbf\xbd");
		s += ok + 1, n -= ok + 1;
		ok = utf8_invalid_at(s, n);
	}
	buf_add(&b, s, n);
	json_t *j = json_stringn(b.data, b.len);
	buf_free(&b);
	return j;
}

/* Text of lines (NULL: none) as an array of strings. */
json_t *json_lines(const char *s)
{
	json_t *a = json_array();
	for (const char *p = s; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, n);
		json_array_append_new(a, json_text(line));
		free(line);
		p += n + (nl != NULL);
	}
	return a;
}

json_t *json_day(dl_day d)
{
	char iso[11];
	return d == DATE_NONE ? json_null() : json_string(date_format(d, iso));
}

json_t *ocr_json(int confidence)
{
	if (confidence < 0)
		return json_null();
	return json_pack("{s:i,s:b}", "confidence", confidence, "low", confidence < OCR_LOW_CONFIDENCE);
}

json_t *obligation_json(const struct obligation *o, dl_day today)
{
	const struct obligation_when *w = &o->when;
	const struct obligation_derived *d = &o->derived;
	json_t *j = json_object();
	json_object_set_new(j, "id", json_integer(o->id));
	json_object_set_new(j, "uid", json_text(o->uid));
	json_object_set_new(j, "case", json_text(o->join.case_number));
	json_object_set_new(j, "caption", json_text(o->join.caption));
	json_object_set_new(j, "court", json_text(o->join.court));
	json_object_set_new(j, "docket", json_text(o->join.docket));
	json_object_set_new(j, "kind", json_string(obligation_kind_name(o->kind)));
	json_object_set_new(j, "who", json_text(o->who));
	json_object_set_new(j, "action", json_text(o->action));
	json_object_set_new(j, "scope", json_text(o->scope));
	json_object_set_new(j, "due", json_day(d->due));
	json_object_set_new(j, "time", json_text(o->due_time));
	json_object_set_new(j, "weekday",
			    d->due == DATE_NONE ? json_null() : json_string(weekday_abbr(date_weekday(d->due))));
	json_object_set_new(j, "days_left", d->due == DATE_NONE ? json_null() : json_integer(d->due - today));
	json_object_set_new(j, "latest", json_day(d->latest));
	json_object_set_new(j, "until", json_text(o->until_event));
	json_object_set_new(j, "basis", json_string(obligation_basis_name(o->basis)));
	json_object_set_new(j, "rule_default", json_text(o->when.rule_default));
	json_object_set_new(
		j, "series",
		w->occurrence <= 0
			? json_null()
			: json_pack("{s:I,s:s,s:o,s:b,s:o,s:I,s:o,s:o}", "every", (json_int_t)w->period_n,
				    "unit", unit_name(w->unit), "day",
				    w->series_day ? json_integer(w->series_day) : json_null(), "from_moved",
				    w->series_from_moved != 0, "from",
				    json_day(w->trigger_date), "occurrence", (json_int_t)w->occurrence,
				    "until_event", json_text(o->until_event), "until",
				    json_day(w->series_until)));
	json_object_set_new(j, "status", json_string(obligation_status_name(o->status)));
	json_object_set_new(j, "review", o->review != REVIEW_NONE ? json_string(review_state_name(o->review)) : json_null());
	json_object_set_new(j, "confidence",
			    o->confidence != CONFIDENCE_NONE ? json_string(confidence_name(o->confidence)) : json_null());
	json_object_set_new(j, "doubts", json_lines(o->doubts));
	/* (each part's level, as extract --json gives it: a clerk who checks the
	 * party of a sure date checks one field) */
	if (o->confidence != CONFIDENCE_NONE) {
		const char *date, *party;
		extract_stored_confidence(confidence_name(o->confidence), o->doubts, &date, &party);
		json_object_set_new(j, "confidence_of", json_pack("{s:s,s:s}", "date", date, "party", party));
	} else {
		json_object_set_new(j, "confidence_of", json_null());
	}
	json_object_set_new(j, "closed_on", json_day(o->closed_on));
	json_object_set_new(j, "rules", json_string(rule_set_name(w->rules)));
	json_object_set_new(j, "rule", json_text(d->rule_cite));
	if (w->period_n > 0) {
		json_t *t = json_object();
		json_object_set_new(t, "event", json_string(trigger_name(w->trigger)));
		json_object_set_new(t, "date", json_day(w->trigger_date));
		json_object_set_new(t, "n", json_integer(w->period_n));
		json_object_set_new(t, "unit", json_text(unit_name(w->unit)));
		json_object_set_new(t, "direction", json_text(period_dir_name(w->direction)));
		json_object_set_new(t, "service",
				    json_text(w->service != SERVICE_NONE ? service_name(w->service) : NULL));
		char hhmm[6];
		json_object_set_new(t, "time", json_text(time_format(w->trigger_minute, hhmm)));
		json_object_set_new(j, "trigger", t);
	} else {
		json_object_set_new(j, "trigger", json_null());
	}
	json_t *warnings = json_array();
	if (d->warnings) {
		const char *p = d->warnings;
		while (*p) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			if (n) {
				char *one = xstrndup(p, n);
				json_array_append_new(warnings, json_text(one));
				free(one);
			}
			p += n + (nl != NULL);
		}
	}
	json_object_set_new(j, "warnings", warnings);
	json_object_set_new(j, "location", json_text(o->location));
	json_object_set_new(j, "url", json_text(o->url));
	json_object_set_new(j, "note", json_text(o->note));
	json_object_set_new(j, "ocr", ocr_json(o->ocr_confidence));
	json_object_set_new(j, "quote", json_text(o->quote));
	json_object_set_new(j, "pinned", json_boolean(o->pinned));
	json_object_set_new(j, "sequence", json_integer(o->sequence));
	return j;
}

int json_print(json_t *doc, FILE *out)
{
	int rc = json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	return rc;
}

void csv_field(FILE *out, const char *s)
{
	if (!s)
		return;
	/* OWASP's rule for CSV injection: a field that begins with = + - @, a
	 * tab or a carriage return is read as a formula by spreadsheets; a
	 * quote in front makes it text (and the field is quoted). */
	int formula = *s && strchr("=+-@\t\r", *s);
	if (!formula && !strpbrk(s, ",\"\r\n")) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	if (formula)
		fputc('\'', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}
