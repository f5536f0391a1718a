/*
 * importer.c: order files in, obligation facts out (see importer.h).
 */
#include "importer.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventkey.h"
#include "recalc.h"
#include "util.h"

/* Replace by '?', byte for byte (offsets are kept), each byte of f's text
 * that is not part of a valid UTF-8 character, and each control character
 * but tab, newline, carriage return, form feed and vertical tab (an escape
 * sequence in an order must reach neither a terminal nor a calendar):
 * counted, with the offset of the first, in f. */
static void sanitize_text(struct order_file *f)
{
	char *s = f->text;
	size_t len = f->len, i = 0, n;
	uint32_t cp;
	while (i < len) {
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) {
			i++;
			continue;
		}
		if (!(n = utf8_decode(s + i, len - i, &cp))) {
			if (!f->invalid_utf8++)
				f->invalid_at = i;
			s[i++] = '?';
			continue;
		}
		if ((cp < 0x20 && !strchr("\t\n\r\f\v", (int)cp)) || (cp >= 0x7F && cp <= 0x9F)) {
			if (!f->controls++)
				f->control_at = i;
			memset(s + i, '?', n);
		}
		i += n;
	}
}

/* A header: "key: value" lines, then a line "---". */
static void read_header(struct order_file *f)
{
	const char *s = f->text, *end = s + f->len;
	const char *line = s;
	for (int n = 0; n < 40 && line < end; n++) {
		const char *eol = memchr(line, '\n', (size_t)(end - line));
		if (!eol)
			return;
		size_t len = (size_t)(eol - line);
		if (len == 3 && !strncmp(line, "---", 3)) {
			f->body = (size_t)(eol + 1 - s);
			break;
		}
		const char *colon = memchr(line, ':', len);
		if (!colon || colon == line || colon - line > 20)
			return;
		line = eol + 1;
	}
	if (!f->body)
		return;
	/* the header is valid: read the fields we know */
	for (line = s; line < s + f->body - 4;) {
		const char *eol = memchr(line, '\n', (size_t)(end - line));
		size_t len = (size_t)(eol - line);
		const char *colon = memchr(line, ':', len);
		const char *v = colon + 1;
		while (v < eol && *v == ' ')
			v++;
		size_t klen = (size_t)(colon - line), vlen = (size_t)(eol - v);
		char why[64];
		if (klen == 7 && !strncmp(line, "entered", 7)) {
			/* YYYY-MM-DD, perhaps followed by words ("2017-05-19 (Friday)") */
			size_t n = 0;
			while (n < vlen && !strchr(" \t\r(;,", v[n]))
				n++;
			char d[11] = "";
			if (n <= 10)
				memcpy(d, v, n), d[n] = '\0';
			if (n > 10 || date_parse(d, &f->entered, why, sizeof why) != 0) {
				f->entered = DATE_NONE;
				f->entered_error = xasprintf("the file's header says 'entered: %.*s': %s", (int)(n < 40 ? n : 40),
							     v, n > 10 ? "expected YYYY-MM-DD" : why);
			}
		} else if (klen == 6 && !strncmp(line, "docket", 6)) {
			const char *paren = memchr(v, '(', vlen);
			size_t n = paren ? (size_t)(paren - v) : vlen;
			while (n && v[n - 1] == ' ')
				n--;
			f->docket = xstrndup(v, n);
		} else if (klen == 5 && !strncmp(line, "court", 5)) {
			/* "S.D. Tex. (txsd)": a code in the parentheses that end the value */
			const char *close = eol;
			while (close > v && (close[-1] == ' ' || close[-1] == '\r'))
				close--;
			if (close > v && close[-1] == ')') {
				const char *paren = close - 1, *open = paren;
				while (open > v && ((open[-1] >= 'a' && open[-1] <= 'z') ||
						    (open[-1] >= '0' && open[-1] <= '9')))
					open--;
				if (open > v && open[-1] == '(' && paren - open >= 2 && paren - open < 10)
					f->court = xstrndup(open, (size_t)(paren - open));
			}
		}
		line = eol + 1;
	}
}

int order_file_read(const char *path, struct order_file *f, char **err)
{
	memset(f, 0, sizeof *f);
	f->entered = DATE_NONE;
	const char *name = strcmp(path, "-") == 0 ? "standard input" : path;
	if (read_file(path, &f->text, &f->len, ORDER_MAX_BYTES) != 0) {
		*err = errno == EFBIG ? xasprintf("'%s' is larger than %u MB; is it an order?", name,
						  ORDER_MAX_BYTES >> 20)
				      : xasprintf("cannot read '%s': %s", name, strerror(errno));
		return -1;
	}
	size_t blank = 0;
	while (blank < f->len && isspace((unsigned char)f->text[blank]))
		blank++;
	if (blank == f->len) {
		*err = xasprintf("'%s' is empty: there is no order text in it", name);
		order_file_free(f);
		return -1;
	}
	if (memchr(f->text, '\0', f->len)) {
		*err = xasprintf("'%s' is not text (it contains NUL bytes); give the order as plain "
				 "text (e.g. pdftotext ORDER.pdf)", name);
		order_file_free(f);
		return -1;
	}
	sanitize_text(f);
	read_header(f);
	return 0;
}

int order_file_entered(const struct order_file *f, dl_day given, dl_day *out, char **err)
{
	*out = given != DATE_NONE ? given : f->entered;
	if (given == DATE_NONE && f->entered_error) {
		*err = xasprintf("%s (give --entered DATE to set it)", f->entered_error);
		return -1;
	}
	return 0;
}

void order_file_free(struct order_file *f)
{
	free(f->text);
	free(f->entered_error);
	free(f->docket);
	free(f->court);
	memset(f, 0, sizeof *f);
}

static const char *stored_unit(const char *unit)
{
	if (!unit || !strcmp(unit, "days") || !strcmp(unit, "calendar_days"))
		return "days";
	if (!strcmp(unit, "business_days"))
		return "court_days";
	return unit; /* hours weeks months years */
}

void extracted_to_obligation(const struct extracted *e, const struct order_facts *f,
			     struct obligation *o)
{
	obligation_init(o);
	o->kind = xstrdup(e->kind);
	o->who = xstrdup(e->who);
	o->action = xstrdup(e->action && *e->action ? e->action : "(see the order)");
	o->scope = e->scope ? xstrdup(e->scope) : NULL;
	o->quote = xstrdup(e->quote);
	o->quote_start = (int64_t)(e->quote_start + f->offset);
	o->quote_end = (int64_t)(e->quote_end + f->offset);
	o->until_event = e->until ? xstrdup(e->until) : NULL;
	o->rules = xstrdup(rule_set_name(f->rules));
	o->court = f->court ? xstrdup(f->court) : NULL;
	o->due = DATE_NONE;
	if (e->minute >= 0)
		o->due_time = xasprintf("%02d:%02d", e->minute / 60, e->minute % 60);
	struct buf notes;
	buf_init(&notes);
	if (e->optional)
		buf_puts(&notes, "optional: a right, not a duty");
	if (e->warning)
		buf_printf(&notes, "%s%s", notes.len ? "\n" : "", e->warning);
	if (e->until)
		o->link_event = event_key(e->until);
	if (e->has_trigger) {
		o->period_n = e->n;
		o->period_unit = xstrdup(stored_unit(e->unit));
		o->period_dir = xstrdup(e->before ? "before" : "after");
		if (!strcmp(e->event, "entry")) {
			o->trigger = xstrdup("entry");
			o->trigger_date = f->entered;
		} else if (!strcmp(e->event, "service")) {
			o->trigger = xstrdup("service");
			o->trigger_date = f->served;
			if (f->service != SERVICE_NONE)
				o->service_method = xstrdup(service_name(f->service));
		} else {
			o->trigger = xstrdup("event");
			o->trigger_event = xstrdup(e->event);
			o->link_event = event_key(e->event);
		}
		o->basis = xstrdup("stated");
		if (e->due != DATE_NONE && e->whichever) {
			/* "June 5, or 30 days after X, whichever is later": both facts are kept */
			o->stated_date = e->due;
			o->due = e->due;
			o->whichever = xstrdup(e->whichever);
		}
	} else if (e->due != DATE_NONE) {
		o->trigger = xstrdup("none");
		o->due = e->due;
		o->stated_date = e->due;
		o->basis = xstrdup("stated");
	} else if (!strcmp(e->basis, "presumed")) {
		o->trigger = xstrdup("entry");
		o->trigger_date = f->entered;
		o->period_n = e->presumed_n;
		o->period_unit = xstrdup("days");
		o->period_dir = xstrdup("after");
		o->basis = xstrdup("presumed");
		buf_printf(&notes, "%spresumed: the order states no time; %s", notes.len ? "\n" : "",
			   e->presumed_cite);
	} else {
		o->trigger = xstrdup("none");
		o->basis = xstrdup("none");
		if (e->immediately)
			buf_printf(&notes, "%sthe order says immediately", notes.len ? "\n" : "");
	}
	o->note = notes.len ? buf_detach(&notes) : (buf_free(&notes), NULL);
}

void obligation_set_dates(store *s, struct obligation *o)
{
	struct period p;
	if (obligation_period(o, &p) != 0 && !(o->whichever && o->stated_date != DATE_NONE))
		return; /* a date certain keeps its date; an undated one stays undated */
	struct computation c;
	char *err = NULL;
	if (obligation_compute(s, o, &c, &err) != 0) {
		char *w = xasprintf("%s%sthe date could not be computed: %s", o->warnings ? o->warnings : "",
				    o->warnings ? "\n" : "", err);
		free(o->warnings);
		o->warnings = w;
		free(err);
		return;
	}
	o->due = c.due;
	o->latest = c.latest;
	free(o->warnings);
	o->warnings = computation_warnings(&c);
	free(o->rule_cite);
	o->rule_cite = computation_citation(&c);
	if (!strcmp(o->basis, "stated")) {
		free(o->basis);
		o->basis = xstrdup("computed");
	}
	computation_free(&c);
}
