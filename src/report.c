/*
 * report.c: extracted obligations shown (see report.h).
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "util.h"

json_t *extracted_json(const struct extracted *e, const struct obligation *o)
{
	char iso[11];
	json_t *j = json_object();
	json_object_set_new(j, "kind", json_text(e->kind));
	json_object_set_new(j, "who", json_text(e->who));
	json_object_set_new(j, "action", json_text(o->action));
	json_object_set_new(j, "scope", json_text(e->scope));
	json_object_set_new(j, "due", o->due == DATE_NONE ? json_null() : json_string(date_format(o->due, iso)));
	json_object_set_new(j, "time", json_text(o->due_time));
	if (e->has_trigger)
		json_object_set_new(j, "trigger",
				    json_pack("{s:o,s:I,s:s,s:s}", "event", json_text(e->event), "n", (json_int_t)e->n,
					      "unit", e->unit, "direction", e->before ? "before" : "after"));
	else
		json_object_set_new(j, "trigger", json_null());
	json_object_set_new(j, "until", json_text(e->until));
	json_object_set_new(j, "whichever", json_text(e->whichever));
	json_object_set_new(j, "optional", json_boolean(e->optional));
	json_object_set_new(j, "basis", json_text(o->basis));
	json_object_set_new(j, "quote", json_text(e->quote));
	return j;
}

/* "1 business day", "30 days": the period's number and unit in words. */
static char *period_words(long n, const char *unit)
{
	char *w = xasprintf("%ld %s", n, unit);
	for (char *p = w; *p; p++)
		if (*p == '_')
			*p = ' ';
	size_t len = strlen(w);
	if (n == 1 && len > 0 && w[len - 1] == 's')
		w[len - 1] = '\0';
	return w;
}

void extracted_print(FILE *out, const struct extracted *e, const struct obligation *o)
{
	char when[15];
	fprintf(out, "%s%s: %s\n  action: ", e->kind, e->optional ? " (optional)" : "", e->who);
	print_wrapped(out, o->action, 10, 70);
	char *period = e->has_trigger ? period_words(e->n, e->unit) : NULL;
	if (o->due != DATE_NONE)
		fprintf(out, "  due:    %s%s%s (%s)\n", date_format_long(o->due, when), o->due_time ? " " : "",
			o->due_time ? o->due_time : "", o->basis);
	else if (e->has_trigger)
		fprintf(out, "  when:   %s %s %s (no date yet)\n", period, e->before ? "before" : "after",
			e->event);
	else if (!e->until)
		fprintf(out, "  when:   no time stated\n");
	if (e->until)
		fprintf(out, "  until:  %s\n", e->until);
	if (e->whichever && period)
		fprintf(out, "  or:     %s %s %s, whichever is %s\n", period,
			e->before ? "before" : "after", e->event, e->whichever);
	free(period);
	if (e->scope) {
		fputs("  scope:  ", out);
		print_wrapped(out, e->scope, 10, 70);
	}
	if (o->note) {
		fputs("  note:   ", out);
		print_wrapped(out, o->note, 10, 70);
	}
	if (o->warnings) {
		fputs("  warning: ", out);
		print_wrapped(out, o->warnings, 11, 69);
	}
	/* the quote on one line of words, wrapped */
	char *flat = xasprintf("\"%s\"", e->quote);
	char *w = flat;
	for (char *r = flat; *r; r++) {
		char c = (*r == '\n' || *r == '\r' || *r == '\t') ? ' ' : *r;
		if (c == ' ' && w > flat && w[-1] == ' ')
			continue;
		*w++ = c;
	}
	*w = '\0';
	fputs("  quote:  ", out);
	print_wrapped(out, flat, 10, 70);
	free(flat);
}
