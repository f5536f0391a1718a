/*
 * cmd-changes.c: deadlines changes [--since DATE] [--case N] [--json] — what
 * moved, appeared, ended or was cancelled: the report a docketing clerk checks
 * after every new order, because subscribed calendars refresh slowly.
 */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "json-csv.h"
#include "records.h"
#include "terminal.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"since", required_argument, NULL, 's'},
	{"case", required_argument, NULL, 'c'},
	{"json", no_argument, NULL, 'j'},
	{"format", required_argument, NULL, 'F'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_changes_entry = {
	"changes", run, "changes [--since YYYY-MM-DD] [--case NUMBER] [--format table|csv|json] [--json]",
	"what moved, appeared, ended or was cancelled", NULL,
	options, NULL,
};

/* The change in words: appeared, moved, dated, undated, ended, reopened, ... */
static const char *change_kind(const struct change_row *c)
{
	if (!strcmp(c->what, "created"))
		return "appeared";
	if (!strcmp(c->what, "due"))
		return !c->old_value ? "dated" : !c->new_value ? "undated" : "moved";
	if (!strcmp(c->what, "status")) {
		/* the history keeps the status in words, perhaps with its date */
		static const char *const words[] = {[STATUS_OPEN] = "reopened", [STATUS_DONE] = "done",
						    [STATUS_VACATED] = "cancelled", [STATUS_ENDED] = "ended"};
		const char *n = c->new_value ? c->new_value : "";
		char status[16];
		enum obligation_status st;
		snprintf(status, sizeof status, "%.*s", (int)strcspn(n, " "), n);
		if (obligation_status_parse(status, &st) == 0)
			return words[st];
	}
	return c->what;
}

static const char *const columns[] = {"at",  "id",  "case", "change", "who",
				      "action", "old", "new", "cause", NULL};

struct changes {
	enum records_format format;
	struct records *out;
	int case_width; /* the longest case number (none is cut), at least 12 */
	int width;      /* the report's */
};

static int print_change(const struct change_row *c, void *arg)
{
	const struct changes *st = arg;
	const char *kind = change_kind(c);
	if (st->format != FORMAT_TABLE) {
		records_add(st->out, json_pack("{s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o}", "at",
						       json_text(c->at), "id",
						       c->obligation_id ? json_integer(c->obligation_id) : json_null(),
						       "case", json_text(c->case_number), "change",
						       json_text(kind), "who", json_text(c->who), "action",
						       json_text(c->action), "old", json_text(c->old_value),
						       "new", json_text(c->new_value), "cause",
						       json_text(c->cause)));
		return 0;
	}
	if (c->obligation_id)
		printf("%.10s  #%-4lld %-9s ", c->at, (long long)c->obligation_id, kind);
	else /* a docket entry that ordered nothing */
		printf("%.10s  %-5s %-9s ", c->at, "-", kind);
	print_whole(stdout, c->case_number, st->case_width);
	fputc(' ', stdout);
	int col = 29 + st->case_width;
	int appeared = !strcmp(kind, "appeared");
	struct buf line; /* as long as it needs to be: a fixed buffer cut characters in two */
	buf_init(&line);
	if (c->obligation_id)
		buf_printf(&line, "%s %s", c->who ? c->who : "", c->action ? c->action : "");
	if (!c->obligation_id)
		buf_puts(&line, c->new_value ? c->new_value : "");
	else if (!appeared && (c->old_value || c->new_value))
		buf_printf(&line, ": %s%s%s", c->old_value ? c->old_value : "",
			   c->old_value && c->new_value ? " -> " : "", c->new_value ? c->new_value : "");
	if (c->cause)
		buf_printf(&line, " (%s)", c->cause);
	print_wrapped(stdout, line.data, col, st->width - col);
	buf_free(&line);
	return 0;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *case_number = NULL;
	dl_day since = DATE_NONE;
	enum records_format format = FORMAT_TABLE;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_changes_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 's' && cmd_parse_date(&cmd_changes_entry, "--since", optarg, &since) != 0)
			return DL_EXIT_USAGE;
		if (c == 'c')
			case_number = optarg;
		if (c == 'j')
			format = FORMAT_JSON;
		if (c == 'F' && records_format_parse(&cmd_changes_entry, "changes", optarg, &format))
			return DL_EXIT_USAGE;
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_changes_entry, "changes: unexpected argument '%s'", argv[optind]);
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	char iso[11];
	struct changes st = {format, records_new(format, "changes", columns), 12, output_width()};
	int w = 0;
	if (store_case_number_width(ctx->db, &w) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		records_abort(st.out);
		return DL_EXIT_FAIL;
	}
	if (w > st.case_width)
		st.case_width = w;
	if (format == FORMAT_TABLE)
		ctx_pager(ctx);
	if (store_changes_each(ctx->db, since == DATE_NONE ? NULL : date_format(since, iso), case_number,
			       print_change, &st) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		records_abort(st.out);
		return DL_EXIT_FAIL;
	}
	records_finish(st.out);
	return DL_EXIT_OK;
}
