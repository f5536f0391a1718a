/*
 * review-show.c: 'deadlines review' (and 'review next'): what awaits review,
 * oldest first, each with its quote marked in its paragraph of the order,
 * the computed date and its steps, and the reasons for doubt; a proposed
 * change with the obligation it changes (old -> new) or the candidates;
 * then the sentences that read as commands but gave nothing. For people,
 * wrapped to the report's width (80 columns off a terminal), or as JSON.
 * Text from orders reaches people only through the output guard (stdout)
 * and programs only through json_text.
 */
#include <stdlib.h>
#include <string.h>

#include "calendars.h"
#include "derive.h"
#include "extract.h"
#include "json-csv.h"
#include "print-computation.h"
#include "review-queue.h"
#include "terminal.h"
#include "util.h"

int queue_ref_parse(const struct dl_command *cmd, const char *s, struct queue_ref *out)
{
	long v;
	const char *digits = s;
	out->type = QUEUE_OBLIGATION;
	if (*s == 'c' || *s == 's') {
		out->type = *s == 'c' ? QUEUE_CHANGE : QUEUE_SENTENCE;
		digits++;
	} else if (*s == '#') {
		digits++;
	}
	if (parse_int(digits, 1, 2000000000L, &v) != 0) {
		cmd_usage_error(cmd,
				"invalid review item '%s': expected an obligation (12 or #12), a "
				"change (c3) or a "
				"sentence (s4)",
				s);
		return -1;
	}
	out->id = v;
	return 0;
}

/* One item of the queue. */
struct item {
	enum queue_type type;
	struct obligation o; /* QUEUE_OBLIGATION */
	struct review_row r; /* the others */
	const char *since;
};

struct queue {
	struct item *items;
	size_t n, cap;
};

static struct item *queue_push(struct queue *q)
{
	if (q->n == q->cap)
		q->items =
			xrealloc(q->items, (q->cap = q->cap ? 2 * q->cap : 16) * sizeof *q->items);
	struct item *it = &q->items[q->n++];
	memset(it, 0, sizeof *it);
	return it;
}

static int keep_obligation(const struct obligation *o, void *arg)
{
	struct item *it = queue_push(arg);
	it->type = QUEUE_OBLIGATION;
	obligation_copy(&it->o, o);
	it->since = it->o.created;
	return 0;
}

static int keep_review(const struct review_row *r, void *arg)
{
	struct item *it = queue_push(arg);
	it->type = r->kind == REVIEW_SENTENCE ? QUEUE_SENTENCE : QUEUE_CHANGE;
	it->r = *r;
	it->r.candidates = r->candidates ? xstrdup(r->candidates) : NULL;
	it->r.new_time = r->new_time ? xstrdup(r->new_time) : NULL;
	it->r.quote = xstrdup(r->quote);
	it->r.why = r->why ? xstrdup(r->why) : NULL;
	it->r.reason = r->reason ? xstrdup(r->reason) : NULL;
	it->r.created = xstrdup(r->created);
	it->r.decided = r->decided ? xstrdup(r->decided) : NULL;
	it->r.case_number = xstrdup(r->case_number);
	it->r.docket = r->docket ? xstrdup(r->docket) : NULL;
	it->since = it->r.created;
	return 0;
}

/* Oldest first; sentences after the rest, by id (so order by order). */
static int by_age(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	int sx = x->type == QUEUE_SENTENCE, sy = y->type == QUEUE_SENTENCE;
	if (sx != sy)
		return sx - sy;
	int c = sx ? 0 : strcmp(x->since, y->since);
	if (c)
		return c;
	if (x->type != y->type)
		return (int)x->type - (int)y->type;
	int64_t ix = x->type == QUEUE_OBLIGATION ? x->o.id : x->r.id,
		iy = y->type == QUEUE_OBLIGATION ? y->o.id : y->r.id;
	return ix < iy ? -1 : ix > iy;
}

static void queue_free(struct queue *q)
{
	for (size_t i = 0; i < q->n; i++) {
		obligation_free(&q->items[i].o);
		review_row_free(&q->items[i].r);
	}
	free(q->items);
}

/* The part of order text around [a, b): its paragraph (between blank
 * lines), at most `most` bytes either side, white space made single blanks;
 * before, quote and after (malloc'd). */
struct context {
	char *before, *quote, *after;
};

static int blank_line_at(const char *t, size_t i)
{
	/* a newline, blanks, and a newline */
	if (t[i] != '\n')
		return 0;
	for (size_t j = i + 1; t[j]; j++) {
		if (t[j] == '\n')
			return 1;
		if (t[j] != ' ' && t[j] != '\t' && t[j] != '\r')
			return 0;
	}
	return 0;
}

static char *squeeze(const char *s, size_t n, const char *lead, const char *tail)
{
	struct buf b;
	buf_init(&b);
	buf_puts(&b, lead);
	int space = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			space = b.len > 0;
			continue;
		}
		if (space)
			buf_putc(&b, ' ');
		space = 0;
		buf_putc(&b, (char)c);
	}
	buf_puts(&b, tail);
	return buf_detach(&b);
}

/* Move i back (or on) to the start of a UTF-8 character. */
static size_t char_start(const char *t, size_t i)
{
	while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* How much of the paragraph either side of a quote is shown (bytes): an
 * obligation's or a change's, and a sentence's. */
#define CONTEXT_BYTES 240
#define SENTENCE_CONTEXT 80

static void context_of(const char *text, int64_t qa, int64_t qb, size_t most, struct context *out)
{
	size_t len = strlen(text);
	memset(out, 0, sizeof *out);
	if (qa < 0 || qb < qa || (size_t)qb > len)
		return;
	size_t a = (size_t)qa, b = (size_t)qb, start = a, end = b;
	while (start > 0 && a - start < most && !blank_line_at(text, start - 1))
		start--;
	while (end < len && end - b < most && !blank_line_at(text, end))
		end++;
	start = char_start(text, start);
	end = char_start(text, end);
	int cut_before = start > 0 && !blank_line_at(text, start - 1),
	    cut_after = end < len && !blank_line_at(text, end);
	out->before = squeeze(text + start, a - start, cut_before ? "…" : "", "");
	out->quote = squeeze(text + a, b - a, "", "");
	out->after = squeeze(text + b, end - b, "", cut_after ? "…" : "");
}

static void context_free(struct context *c)
{
	free(c->before), free(c->quote), free(c->after);
}

/* The context of an item's quote in its order (empty when the order's text
 * cannot be read). */
static void item_context(struct dl_ctx *ctx, int64_t order_id, int64_t a, int64_t b, size_t most,
			 struct context *out)
{
	struct order_text t;
	memset(out, 0, sizeof *out);
	if (!order_id || store_order_text(ctx->db, order_id, &t) != STORE_OK)
		return;
	context_of(t.text, a, b, most, out);
	order_text_free(&t);
}

/* The report's width, as list's. */
static int width;

/* "LABEL text", the text wrapped under itself. */
static void line(const char *label, const char *text)
{
	int w = text_width(label);
	fputs(label, stdout);
	print_wrapped(stdout, text ? text : "", w, width - w);
}

/* How many times needle occurs in s (not overlapping). */
static size_t occurrences(const char *s, const char *needle)
{
	size_t n = 0;
	for (const char *p = s; (p = strstr(p, needle)) != NULL; p += strlen(needle))
		n++;
	return n;
}

/* The end of the (k+1)-th needle in s, or NULL. */
static const char *nth_end(const char *s, const char *needle, size_t k)
{
	const char *p = s;
	for (size_t i = 0; (p = strstr(p, needle)) != NULL; i++, p += strlen(needle))
		if (i == k)
			return p + strlen(needle);
	return NULL;
}

/* The quote between '>>>' and '<<<' in its paragraph, wrapped under
 * "Order:"; in colour, bold between the marks (the text wrapped first, then
 * the colour put around our marks: the order's own '>>>' are counted out). */
static void print_context(int color, const struct context *c)
{
	if (!c->quote) {
		line("  Order:  ", "(its text is not stored)");
		return;
	}
	char *s = xasprintf("%s%s>>>%s<<<%s%s", c->before, *c->before ? " " : "", c->quote,
			    *c->after ? " " : "", c->after);
	char *wrapped = NULL;
	size_t len = 0;
	FILE *mem = color ? open_memstream(&wrapped, &len) : NULL;
	if (!mem) {
		line("  Order:  ", s);
		free(s);
		return;
	}
	fputs("  Order:  ", mem);
	print_wrapped(mem, s, 10, width - 10);
	fclose(mem);
	const char *open = nth_end(wrapped, ">>>", occurrences(c->before, ">>>"));
	const char *close = open ? nth_end(open, "<<<", occurrences(c->quote, "<<<")) : NULL;
	if (!close) {
		fputs(wrapped, stdout);
	} else {
		fwrite(wrapped, 1, (size_t)(open - wrapped), stdout);
		color_put("\033[1m");
		fwrite(open, 1, (size_t)(close - 3 - open), stdout);
		color_put(color_reset(color));
		fputs(close - 3, stdout);
	}
	free(wrapped);
	free(s);
}

static json_t *context_json(const struct context *c)
{
	if (!c->quote)
		return json_null();
	return json_pack("{s:o,s:o,s:o}", "before", json_text(c->before), "quote",
			 json_text(c->quote), "after", json_text(c->after));
}

/* "D.E. 35" of case "N", or "order #3". */
static char *order_label(const char *docket, int64_t order_id, const char *case_number)
{
	return docket ? xasprintf("case %s, %s", case_number, docket)
		      : xasprintf("case %s, order #%lld", case_number, (long long)order_id);
}

static void print_obligation(struct dl_ctx *ctx, struct calendars *cals, const struct obligation *o,
			     json_t *array)
{
	struct context c;
	struct derivation d;
	char *err = NULL, when[15];
	int derived = 0;
	item_context(ctx, o->order_id, o->quote_start, o->quote_end, CONTEXT_BYTES, &c);
	struct calendar *cal = o->derived.due != DATE_NONE ? calendars_of(cals, o, &err) : NULL;
	if (cal && derive(cal, &o->when, DERIVE_EXPLAINED, &d, &err) == 0)
		derived = 1;
	free(err);
	if (array) {
		char ref[24];
		snprintf(ref, sizeof ref, "#%lld", (long long)o->id);
		json_array_append_new(array,
				      json_pack("{s:s,s:s,s:I,s:o,s:o,s:o,s:o}", "ref", ref, "type",
						"obligation", "id", (json_int_t)o->id, "since",
						json_text(o->created), "obligation",
						obligation_json(o, ctx->today), "steps",
						derived ? explain_json(&d.c) : json_null(),
						"context", context_json(&c)));
	} else {
		char *head =
			xasprintf("#%lld  pending %s since %.10s (%s)", (long long)o->id,
				  obligation_kind_name(o->kind), o->created, o->join.case_number);
		line("", head);
		free(head);
		char *who = xasprintf("%s: %s", o->who ? o->who : "(no party)", o->action);
		line("  What:   ", who);
		free(who);
		if (o->until_event)
			line("  Until:  ", o->until_event);
		char *due =
			o->derived.due == DATE_NONE
				? xstrdup("no date")
				: xasprintf("%s%s%s (%s)", date_format_long(o->derived.due, when),
					    o->due_time ? " " : "", o->due_time ? o->due_time : "",
					    obligation_basis_name(o->basis));
		line("  Due:    ", due);
		free(due);
		if (derived)
			explain_print(stdout, &d.c);
		const char *all = confidence_name(o->confidence), *date, *party;
		extract_stored_confidence(all, o->doubts, &date, &party);
		const char *parts = extract_confidence_parts_note(all, date, party);
		char *conf =
			xasprintf("%s%s%s%s", all, *parts ? ": " : "", parts, o->doubts ? ":" : "");
		line("  Sure:   ", conf);
		free(conf);
		for (const char *p = o->doubts; p && *p;) {
			const char *nl = strchr(p, '\n');
			char *one = xstrndup(p, nl ? (size_t)(nl - p) : strlen(p));
			line("          - ", one);
			free(one);
			p = nl ? nl + 1 : p + strlen(p);
		}
		char *from = order_label(o->join.docket, o->order_id, o->join.case_number);
		line("  From:   ", from);
		free(from);
		print_context(ctx->color, &c);
	}
	if (derived)
		derivation_free(&d);
	context_free(&c);
}

/* An obligation a change could mean, in a line ("#6 deadline debtor: file
 * ..., due Mon 2009-12-28"), or NULL when it is not there. */
static char *candidate_line(struct dl_ctx *ctx, int64_t id, json_t *array)
{
	struct obligation o;
	char when[15];
	if (store_obligation_get(ctx->db, id, &o) != STORE_OK)
		return NULL;
	if (array)
		json_array_append_new(array,
				      json_pack("{s:I,s:s,s:o,s:o,s:o,s:s}", "id", (json_int_t)o.id,
						"kind", obligation_kind_name(o.kind), "who",
						json_text(o.who), "action", json_text(o.action),
						"due", json_day(o.derived.due), "status",
						obligation_status_name(o.status)));
	char *s = xasprintf("#%lld %s %s: %s, %s%s%s%s", (long long)o.id,
			    obligation_kind_name(o.kind), o.who ? o.who : "", o.action,
			    o.derived.due == DATE_NONE ? "no date" : "due ",
			    o.derived.due == DATE_NONE ? "" : date_format_long(o.derived.due, when),
			    o.due_time ? " " : "", o.due_time ? o.due_time : "");
	obligation_free(&o);
	return s;
}

static void print_change(struct dl_ctx *ctx, const struct review_row *r, json_t *array)
{
	struct context c;
	char when[15];
	item_context(ctx, r->order_id, r->quote_start, r->quote_end, CONTEXT_BYTES, &c);
	json_t *cands = array ? json_array() : NULL;
	json_t *j = NULL;
	char ref[24];
	snprintf(ref, sizeof ref, "c%lld", (long long)r->id);
	if (array)
		j = json_pack("{s:s,s:s,s:I,s:o,s:o,s:o,s:o,s:o,s:o,s:o}", "ref", ref, "type",
			      review_kind_name(r->kind), "id", (json_int_t)r->id, "since",
			      json_text(r->created), "case", json_text(r->case_number), "order",
			      json_text(r->docket), "new_due", json_day(r->new_due), "new_time",
			      json_text(r->new_time), "why", json_text(r->why), "context",
			      context_json(&c));
	else {
		char *head = xasprintf("%s  proposed %s since %.10s (%s)", ref,
				       r->kind == REVIEW_VACATE ? "vacatur" : "change", r->created,
				       r->case_number);
		line("", head);
		free(head);
	}
	if (r->target_id) {
		json_t *t = array ? json_array() : NULL;
		char *s = candidate_line(ctx, r->target_id, t);
		if (array) {
			json_object_set_new(j, "target",
					    json_array_size(t) ? json_incref(json_array_get(t, 0))
							       : json_null());
			json_decref(t);
		} else {
			line("  Of:     ", s ? s : "(no longer there)");
		}
		free(s);
	} else {
		if (array)
			json_object_set_new(j, "target", json_null());
		else
			line("  Of:     ",
			     r->candidates
				     ? "several obligations match it; choose one with --target ID:"
				     : "no obligation of the case matches it; choose one with "
				       "--target ID");
		for (const char *p = r->candidates; p && *p;) {
			char *end;
			long long id = strtoll(p, &end, 10);
			if (end == p)
				break;
			char *s = candidate_line(ctx, id, cands);
			if (!array && s)
				line("          - ", s);
			free(s);
			p = end;
		}
	}
	if (array) {
		json_object_set_new(j, "candidates", cands);
		json_array_append_new(array, j);
	} else {
		char *to =
			r->kind == REVIEW_VACATE
				? xstrdup("vacated")
				: xasprintf("%s%s%s",
					    r->new_due == DATE_NONE
						    ? "no date"
						    : date_format_long(r->new_due, when),
					    r->new_time ? " " : "", r->new_time ? r->new_time : "");
		line("  To:     ", to);
		free(to);
		line("  Why:    ", r->why);
		char *from = order_label(r->docket, r->order_id, r->case_number);
		line("  From:   ", from);
		free(from);
		print_context(ctx->color, &c);
	}
	context_free(&c);
}

static void print_sentence(struct dl_ctx *ctx, const struct review_row *r, json_t *array,
			   int64_t *last_order)
{
	struct context c;
	item_context(ctx, r->order_id, r->quote_start, r->quote_end, SENTENCE_CONTEXT, &c);
	char ref[24];
	snprintf(ref, sizeof ref, "s%lld", (long long)r->id);
	if (array) {
		json_array_append_new(
			array, json_pack("{s:s,s:s,s:I,s:o,s:o,s:o,s:o,s:o}", "ref", ref, "type",
					 "sentence", "id", (json_int_t)r->id, "since",
					 json_text(r->created), "case", json_text(r->case_number),
					 "order", json_text(r->docket), "why", json_text(r->why),
					 "context", context_json(&c)));
	} else {
		if (*last_order != r->order_id) {
			char *from = order_label(r->docket, r->order_id, r->case_number);
			char *head = xasprintf("Sentences of %s that read as commands but gave "
					       "nothing (add one with "
					       "'deadlines review add --from-sentence N'):",
					       from);
			line("", head);
			free(head);
			free(from);
			*last_order = r->order_id;
		}
		char *head = xasprintf("%s  ", ref);
		line(head, r->why);
		print_context(ctx->color, &c);
		free(head);
	}
	context_free(&c);
}

/* The commands that decide item it. */
static void print_hint(const struct item *it)
{
	if (it->type == QUEUE_OBLIGATION)
		printf("Accept: deadlines review accept #%lld [--due DATE] [--who PARTY] [--action "
		       "TEXT]\n"
		       "Reject: deadlines review reject #%lld --reason TEXT\n",
		       (long long)it->o.id, (long long)it->o.id);
	else if (it->type == QUEUE_CHANGE)
		printf("Accept: deadlines review accept c%lld%s\nReject: deadlines review reject "
		       "c%lld --reason TEXT\n",
		       (long long)it->r.id, it->r.target_id ? "" : " --target ID",
		       (long long)it->r.id);
	else
		printf("Add:    deadlines review add --from-sentence %lld --action TEXT [--due "
		       "DATE]\n"
		       "Reject: deadlines review reject s%lld --reason TEXT\n",
		       (long long)it->r.id, (long long)it->r.id);
}

int review_show(struct dl_ctx *ctx, int64_t case_id, int json, int next)
{
	struct queue q = {0};
	struct obligation_filter f;
	obligation_filter_init(&f);
	f.pending = 1;
	f.status = STATUS_OPEN;
	f.case_id = case_id;
	if (store_obligation_each(ctx->db, &f, keep_obligation, &q) != STORE_OK ||
	    store_review_each(ctx->db, -1, case_id, keep_review, &q) != STORE_OK) {
		dl_error("review: %s", store_errmsg(ctx->db));
		queue_free(&q);
		return DL_EXIT_FAIL;
	}
	if (q.n)
		qsort(q.items, q.n, sizeof *q.items, by_age);
	size_t n = next && q.n ? 1 : q.n;
	width = output_width();
	json_t *array = json ? json_array() : NULL;
	struct calendars *cals = calendars_new(ctx->db);
	int64_t last_order = 0;
	if (!json && !n)
		printf("nothing awaits review\n");
	else if (!json && !next)
		ctx_pager(ctx);
	for (size_t i = 0; i < n; i++) {
		const struct item *it = &q.items[i];
		if (!json && i &&
		    (it->type != QUEUE_SENTENCE || q.items[i - 1].type != QUEUE_SENTENCE))
			putchar('\n');
		if (it->type == QUEUE_OBLIGATION)
			print_obligation(ctx, cals, &it->o, array);
		else if (it->type == QUEUE_CHANGE)
			print_change(ctx, &it->r, array);
		else
			print_sentence(ctx, &it->r, array, &last_order);
		if (next && !json)
			print_hint(it);
	}
	if (json) {
		json_t *doc = json_pack("{s:o,s:I}", "items", array, "waiting", (json_int_t)q.n);
		json_print(doc, stdout);
		json_decref(doc);
	} else if (next && q.n > 1) {
		printf("(%zu more after this one)\n", q.n - 1);
	}
	calendars_free(cals);
	queue_free(&q);
	return DL_EXIT_OK;
}
