/*
 * records.c: the one writer of --format table|csv|json (see records.h).
 */
#include "records.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json-csv.h"
#include "util.h"

struct records {
	enum records_format format;
	const char *key;
	const char *const *columns;
	json_t *array; /* json: the records so far */
	json_t *doc;   /* json: the document's other members */
	int header;    /* csv: the header is out */
};

int records_format_parse(const struct dl_command *cmd, const char *prefix, const char *word,
			 enum records_format *out)
{
	static const char *const words[] = {"table", "csv", "json"};
	for (int i = 0; i < 3; i++)
		if (strcmp(word, words[i]) == 0) {
			*out = (enum records_format)i;
			return 0;
		}
	return cmd_usage_error(cmd, "%s: invalid --format '%s': expected table, csv or json",
			       prefix, word);
}

struct records *records_new(enum records_format format, const char *key, const char *const *columns)
{
	struct records *r = xcalloc(1, sizeof *r);
	r->format = format;
	r->key = key;
	r->columns = columns;
	if (format == FORMAT_JSON) {
		r->array = json_array();
		r->doc = json_object();
	}
	return r;
}

void records_set(struct records *r, const char *name, json_t *value)
{
	if (r->doc)
		json_object_set_new(r->doc, name, value);
	else
		json_decref(value);
}

/* One value as a CSV field. */
static void csv_value(FILE *out, json_t *v)
{
	char num[32];
	switch (json_typeof(v)) {
	case JSON_STRING: csv_field(out, json_string_value(v)); break;
	case JSON_INTEGER: /* the program's own numbers (a negative one is no formula) */
		snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		fputs(num, out);
		break;
	case JSON_REAL: fprintf(out, "%g", json_real_value(v)); break;
	case JSON_TRUE: fputs("true", out); break;
	case JSON_FALSE: fputs("false", out); break;
	case JSON_ARRAY: {
		struct buf b;
		size_t i;
		json_t *item;
		buf_init(&b);
		json_array_foreach(v, i, item)
		{
			const char *s = json_is_string(item) ? json_string_value(item) : "";
			buf_printf(&b, "%s%s", i ? ";" : "", s);
		}
		csv_field(out, b.data ? b.data : "");
		buf_free(&b);
		break;
	}
	default: /* null, an object: empty */ break;
	}
}

void records_add(struct records *r, json_t *record)
{
	if (r->format == FORMAT_JSON) {
		json_array_append_new(r->array, record);
		return;
	}
	if (r->format == FORMAT_CSV) {
		if (!r->header) {
			for (int i = 0; r->columns[i]; i++)
				printf("%s%s", i ? "," : "", r->columns[i]);
			putchar('\n');
			r->header = 1;
		}
		for (int i = 0; r->columns[i]; i++) {
			if (i)
				putchar(',');
			json_t *v = json_object_get(record, r->columns[i]);
			if (v)
				csv_value(stdout, v);
		}
		putchar('\n');
	}
	json_decref(record);
}

int records_finish(struct records *r)
{
	int rc = 0;
	if (r->format == FORMAT_JSON) {
		json_object_set_new(r->doc, r->key, r->array);
		r->array = NULL;
		rc = json_print(r->doc, stdout);
	} else if (r->format == FORMAT_CSV && !r->header) { /* no record: the header alone */
		for (int i = 0; r->columns[i]; i++)
			printf("%s%s", i ? "," : "", r->columns[i]);
		putchar('\n');
	}
	records_abort(r);
	return rc;
}

void records_abort(struct records *r)
{
	if (!r)
		return;
	json_decref(r->array);
	json_decref(r->doc);
	free(r);
}
