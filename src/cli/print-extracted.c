/*
 * print-extracted.c: extracted obligations shown (see print-extracted.h).
 */
#include "print-extracted.h"

#include <stdlib.h>
#include <string.h>

#include "frames.h"
#include "lexicon.h"
#include "json-csv.h"
#include "terminal.h"
#include "util.h"

json_t *extracted_json(const struct extracted *e, const struct obligation *o)
{
	char iso[11];
	json_t *j = json_object();
	json_object_set_new(j, "kind", json_string(obligation_kind_name(o->kind)));
	json_object_set_new(j, "who", json_text(e->who));
	json_object_set_new(j, "action", json_text(o->action));
	json_object_set_new(j, "scope", json_text(e->scope));
	dl_day due = o->derived.due;
	json_object_set_new(j, "due", due == DATE_NONE ? json_null() : json_string(date_format(due, iso)));
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
	json_object_set_new(j, "basis", json_string(obligation_basis_name(o->basis)));
	json_object_set_new(j, "rule_default", json_text(o->when.rule_default));
	json_object_set_new(j, "quote", json_text(e->quote));
	json_object_set_new(j, "confidence", json_string(extract_confidence(e)));
	json_object_set_new(j, "confidence_of",
			    json_pack("{s:s,s:s}", "date", extract_confidence_date(e), "party", extract_confidence_party(e)));
	json_t *doubts = json_array();
	for (int i = 0; i < DOUBT_COUNT; i++)
		if (e->doubts & (1u << i))
			json_array_append_new(doubts, json_string(extract_doubt_text(1u << i)));
	json_object_set_new(j, "doubts", doubts);
	json_object_set_new(j, "note", json_text(o->note));
	json_object_set_new(j, "ocr", ocr_json(o->ocr_confidence));
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
	fprintf(out, "%s%s: %s\n  action: ", obligation_kind_name(o->kind), e->optional ? " (optional)" : "",
		e->who);
	print_wrapped(out, o->action, 10, 70);
	char *period = e->has_trigger ? period_words(e->n, e->unit) : NULL;
	if (o->derived.due != DATE_NONE)
		fprintf(out, "  due:    %s%s%s (%s%s)\n", date_format_long(o->derived.due, when),
			o->due_time ? " " : "", o->due_time ? o->due_time : "", obligation_basis_name(o->basis),
			o->when.rule_default ? ", rule default" : "");
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
	if (o->derived.warnings) {
		fputs("  warning: ", out);
		print_wrapped(out, o->derived.warnings, 11, 69);
	}
	if (o->ocr_confidence >= 0 && o->ocr_confidence < OCR_LOW_CONFIDENCE)
		fprintf(out, "  warning: read by OCR with low confidence (%d%%): check it against the scan\n",
			o->ocr_confidence);
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
	/* how sure the reader is, and why not more */
	struct buf c;
	buf_init(&c);
	buf_puts(&c, extract_confidence(e));
	/* (when its doubts are of one part only, which: "medium: the party") */
	const char *parts = extract_confidence_parts_note(extract_confidence(e), extract_confidence_date(e),
							 extract_confidence_party(e));
	if (*parts) {
		buf_puts(&c, ": ");
		buf_puts(&c, parts);
	}
	for (int i = 0, first = 1; i < DOUBT_COUNT; i++)
		if (e->doubts & (1u << i)) {
			buf_puts(&c, first ? " (" : "; ");
			buf_puts(&c, extract_doubt_text(1u << i));
			first = 0;
		}
	if (e->doubts)
		buf_putc(&c, ')');
	fputs("  confidence: ", out);
	print_wrapped(out, c.data, 14, 66);
	buf_free(&c);
}

/* The text [a, b) on one line, runs of white space as one space (malloc'd). */
static char *one_line(const char *text, size_t a, size_t b)
{
	char *s = xstrndup(text + a, b - a), *w = s;
	for (char *r = s; *r; r++) {
		char c = (*r == '\n' || *r == '\r' || *r == '\t') ? ' ' : *r;
		if (c == ' ' && w > s && w[-1] == ' ')
			continue;
		*w++ = c;
	}
	*w = '\0';
	return s;
}

void extraction_explain_print(FILE *out, const struct extraction *x, const char *text)
{
	if (!x->nnotes)
		return;
	fputs("not taken:\n", out);
	for (size_t i = 0; i < x->nnotes; i++) {
		const struct extract_note *n = &x->notes[i];
		fprintf(out, "- %s: %s\n  quote:  ", n->frame, n->why);
		char *q = one_line(text, n->start, n->end), *quoted = xasprintf("\"%s\"", q);
		print_wrapped(out, quoted, 10, 70);
		free(quoted);
		free(q);
	}
}

void extraction_explain_json(json_t *doc, const struct extraction *x, const char *text)
{
	json_t *notes = json_array(), *frames = json_array(), *lex = json_array();
	for (size_t i = 0; i < x->nnotes; i++) {
		const struct extract_note *n = &x->notes[i];
		char *q = one_line(text, n->start, n->end);
		json_array_append_new(notes, json_pack("{s:s,s:s,s:s}", "frame", n->frame, "why", n->why, "quote", q));
		free(q);
	}
	for (size_t f = 0; f < x->nframes; f++)
		if (x->frames_used[f / 8] & (1u << (f % 8)))
			json_array_append_new(frames, json_string(frame_name((int)f)));
	for (size_t e = 0; e < x->nlexicon; e++)
		if (x->lexicon_used[e / 8] & (1u << (e % 8)))
			json_array_append_new(lex, json_string(lexicon_entry_lemma((int)e)));
	json_object_set_new(doc, "notes", notes);
	json_object_set_new(doc, "frames_used", frames);
	json_object_set_new(doc, "lexicon_used", lex);
}
