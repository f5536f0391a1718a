/*
 * cmd-show.c: deadlines show ID — everything about one obligation: what, who,
 * when and why (its rule), the sentence of the order it came from, and its history;
 * with --order, the whole text of its order as it was read (a PDF's or a
 * notice's, which the quote's offsets index), the quote marked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendars.h"
#include "cmd.h"
#include "derive.h"
#include "print-computation.h"
#include "json-csv.h"
#include "records.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"json", no_argument, NULL, 'j'},
	{"explain", no_argument, NULL, 'e'},
	{"order", no_argument, NULL, 'o'},
	{"format", required_argument, NULL, 'F'},
	{NULL, 0, NULL, 0},
};
/* --format csv: one row of the obligation's fields (obligation_json's keys) */
static const char *const columns[] = {"id",	  "uid",    "case",	 "court",	"kind",
				      "who",	  "action", "due",	 "time",	"latest",
				      "until",	  "basis",  "rule_default", "status",	"closed_on",
				      "rule",	  "note",   "quote",	 NULL};

const struct dl_command cmd_show_entry = {
	"show", run, "show ID [--explain] [--format table|csv|json] [--json] | show ID --order",
	"everything about one obligation, with its history",
	"With --order, the text of the obligation's order as it was read and stored\n"
	"(from a PDF: without its stamps, headers, footers and line numbers; from a\n"
	"notice: the docket text), which the quote's offsets index; the quote is set\n"
	"between '>>>' and '<<<'. --format csv: one row of the obligation's fields\n"
	"(its steps and history are in the table and in JSON).\n",
	options, NULL,
};

static void field(const char *label, const char *value)
{
	if (value && *value)
		printf("%-10s %s\n", label, value);
}

static int print_history(const struct history_row *h, void *arg)
{
	json_t *array = arg;
	if (array) {
		json_array_append_new(array, json_pack("{s:o,s:o,s:o,s:o,s:o}", "what", json_text(h->what),
						       "old", json_text(h->old_value), "new",
						       json_text(h->new_value), "cause", json_text(h->cause),
						       "at", json_text(h->at)));
		return 0;
	}
	printf("  %s  %s", h->at, h->what);
	if (h->old_value)
		printf(": %s ->", h->old_value);
	else
		fputc(':', stdout);
	printf(" %s", h->new_value ? h->new_value : "");
	if (h->cause)
		printf(" (%s)", h->cause);
	fputc('\n', stdout);
	return 0;
}

static void print_text(struct dl_ctx *ctx, const struct obligation *o)
{
	char when[15], buf[64];
	const struct obligation_derived *d = &o->derived;
	printf("#%lld  %s\n", (long long)o->id, obligation_kind_name(o->kind));
	field("Case:", o->join.case_number);
	field("Caption:", o->join.caption);
	const struct court *court = court_find(o->join.court);
	if (court) {
		snprintf(buf, sizeof buf, "%s (%s)", court->short_name, court->code);
		field("Court:", buf);
	}
	field("Docket:", o->join.docket);
	field("Who:", o->who);
	field("Action:", o->action);
	field("Scope:", o->scope);
	if (d->due != DATE_NONE) {
		int days = d->due - ctx->today;
		snprintf(buf, sizeof buf, "%s%s%s (%d day%s %s)", date_format_long(d->due, when),
			 o->due_time ? " " : "", o->due_time ? o->due_time : "", days < 0 ? -days : days,
			 days == 1 || days == -1 ? "" : "s", days < 0 ? "overdue" : "left");
		field("Due:", buf);
	}
	if (d->latest != DATE_NONE)
		field("Latest:", date_format_long(d->latest, when));
	field("Until:", o->until_event);
	if (o->when.occurrence > 0) {
		char from[15], end[15], day[24] = "";
		if (o->when.series_day)
			snprintf(day, sizeof day, " on day %d", o->when.series_day);
		else if (o->when.series_from_moved)
			snprintf(day, sizeof day, ", each from the last");
		char *series = xasprintf(
			"every %lld %s%s from %s; occurrence %lld open; ends %s%s", (long long)o->when.period_n,
			unit_name(o->when.unit), day, date_format_long(o->when.trigger_date, from),
			(long long)o->when.occurrence,
			o->until_event ? "when this happens: " : o->when.series_until != DATE_NONE ? "on " : "",
			o->until_event ? o->until_event
			: o->when.series_until != DATE_NONE ? date_format_long(o->when.series_until, end)
							    : "by further order");
		field("Series:", series);
		free(series);
	}
	field("Where:", o->location);
	field("Join:", o->url);
	field("Basis:", obligation_basis_name(o->basis));
	field("Default:", o->when.rule_default ? "the order names the rule but not the time: the rule's "
					     "own period (a rule default, not presumed)"
					   : NULL);
	field("Rule:", d->rule_cite);
	const char *status = obligation_status_name(o->status);
	if (o->closed_on != DATE_NONE) {
		snprintf(buf, sizeof buf, "%s on %s", status, date_format_long(o->closed_on, when));
		field("Status:", buf);
	} else {
		field("Status:", status);
	}
	if (o->pinned)
		field("Pinned:", "yes (recalculation leaves this date alone)");
	if (o->review == REVIEW_PENDING)
		field("Review:", "pending: unconfirmed (see 'deadlines review')");
	else if (o->review != REVIEW_NONE)
		field("Review:", review_state_name(o->review));
	if (o->confidence != CONFIDENCE_NONE) {
		snprintf(buf, sizeof buf, "%s (the reader's)", confidence_name(o->confidence));
		field("Confidence:", buf);
	}
	for (const char *p = o->doubts; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		printf("%-10s %.*s\n", "Doubt:", (int)n, p);
		p += n + (nl != NULL);
	}
	if (d->warnings) {
		const char *p = d->warnings;
		while (*p) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			printf("%-10s %.*s\n", "Warning:", (int)n, p);
			p += n + (nl != NULL);
		}
	}
	field("Note:", o->note);
	if (o->quote)
		printf("Order says:\n  \"%s\"\n", o->quote);
	field("UID:", o->uid);
}

/* The order's text, the quote marked. */
static int print_order(struct dl_ctx *ctx, const struct obligation *o)
{
	struct order_text t;
	if (!o->order_id) {
		dl_error("show: obligation %lld was added by hand: it has no order", (long long)o->id);
		return DL_EXIT_FAIL;
	}
	if (store_order_text(ctx->db, o->order_id, &t) != STORE_OK) {
		dl_error("show: %s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	size_t len = strlen(t.text);
	int64_t a = o->quote_start, b = o->quote_end;
	int marked = a >= 0 && b >= a && (size_t)b <= len;
	ctx_pager(ctx);
	printf("order #%lld%s%s%s of case %s (read from %s%s%s):\n", (long long)o->order_id,
	       o->join.docket ? " (" : "", o->join.docket ? o->join.docket : "", o->join.docket ? ")" : "",
	       o->join.case_number, t.source ? t.source : "text", t.filer ? "; filed by " : "",
	       t.filer ? t.filer : "");
	if (marked)
		printf("%.*s>>>%.*s<<<%s", (int)a, t.text, (int)(b - a), t.text + a, t.text + b);
	else
		fputs(t.text, stdout);
	if (len && t.text[len - 1] != '\n')
		putchar('\n');
	if (t.links)
		printf("document links:\n%s", t.links);
	order_text_free(&t);
	return DL_EXIT_OK;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	int c, json = 0, explain = 0, order = 0;
	enum records_format format = FORMAT_TABLE;
	int64_t id;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_show_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'j')
			format = FORMAT_JSON;
		else if (c == 'o')
			order = 1;
		else if (c == 'F' && records_format_parse(&cmd_show_entry, "show", optarg, &format))
			return DL_EXIT_USAGE;
		else if (c == 'e')
			explain = 1;
	}
	json = format == FORMAT_JSON;
	if (order && format != FORMAT_TABLE)
		return cmd_usage_error(&cmd_show_entry, "show: --order goes alone");
	if (order && (json || explain))
		return cmd_usage_error(&cmd_show_entry, "show: --order goes alone");
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_show_entry, "show: give exactly one obligation ID");
	if (cmd_parse_id(&cmd_show_entry, argv[optind], &id) != 0)
		return DL_EXIT_USAGE;
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	struct obligation o;
	if (store_obligation_get(ctx->db, id, &o) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	if (order) {
		rc = print_order(ctx, &o);
		obligation_free(&o);
		return rc;
	}
	if (format == FORMAT_CSV) { /* one row, through the report writer */
		struct records *out = records_new(format, "obligation", columns);
		records_add(out, obligation_json(&o, ctx->today));
		rc = records_finish(out) == 0 ? DL_EXIT_OK : DL_EXIT_FAIL;
		obligation_free(&o);
		return rc;
	}
	struct calendars *cs = NULL;
	struct derivation d;
	char *err = NULL;
	json_t *doc = NULL, *history = NULL;
	int derived = 0;
	rc = DL_EXIT_FAIL;
	if (explain && o.derived.due != DATE_NONE) {
		cs = calendars_new(ctx->db);
		struct calendar *cal = calendars_of(cs, &o, &err);
		derived = cal != NULL;
		if (!cal || derive(cal, &o.when, DERIVE_EXPLAINED, &d, &err) != 0) {
			dl_error("show: %s", err);
			goto out;
		}
	}
	if (json) {
		doc = obligation_json(&o, ctx->today);
		history = json_array();
		if (derived)
			json_object_set_new(doc, "explain", explain_json(&d.c));
	} else {
		ctx_pager(ctx);
		print_text(ctx, &o);
		if (derived) {
			puts("How the date was computed:");
			explain_print(stdout, &d.c);
		}
		puts("History:");
	}
	if (store_history_each(ctx->db, id, print_history, history) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		goto out;
	}
	if (json) {
		json_object_set_new(doc, "history", history);
		history = NULL;
		json_print(doc, stdout);
	}
	rc = DL_EXIT_OK;
out:
	json_decref(history);
	json_decref(doc);
	if (derived)
		derivation_free(&d);
	calendars_free(cs);
	free(err);
	obligation_free(&o);
	return rc;
}
