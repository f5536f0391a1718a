/*
 * cmd-list.c: deadlines list — the report counsel read every morning: open
 * obligations by due date with days left, and, in their own section, the
 * obligations that have no date: those that last until an event, and
 * deadlines whose period has not started (service or an event not yet
 * recorded). A report limited to dates counts those it leaves out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "json-csv.h"
#include "records.h"
#include "terminal.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"case", required_argument, NULL, 'c'},
	{"who", required_argument, NULL, 'w'},
	{"from", required_argument, NULL, 'f'},
	{"to", required_argument, NULL, 't'},
	{"within", required_argument, NULL, 'W'},
	{"overdue", no_argument, NULL, 'o'},
	{"status", required_argument, NULL, 's'},
	{"format", required_argument, NULL, 'F'},
	{"json", no_argument, NULL, 'J'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_list_entry = {
	"list", run,
	"list [--case NUMBER] [--who PARTY] [--from DATE] [--to DATE] [--within N[d|w]]\n"
	"     [--overdue] [--status open|done|vacated|ended|all] [--format table|csv|json]",
	"the obligations report, by due date",
	"Days left count from --today (negative: overdue). --within N includes overdue\n"
	"obligations and those due in the next N days. Obligations without a date are\n"
	"listed in their own section; a date filter leaves them out and says how many\n"
	"(a deadline with no date yet may fall in any window). --who PARTY: a role\n"
	"(plaintiffs, defendants: every party in it, named or not) or a party of the\n"
	"case by its whole name; the parties' and counsel's obligations are every\n"
	"party's. Flags: '~' a presumed date (the order states no time), '*' a rule\n"
	"default (the order names the rule, not the time: the rule's period), '?' an\n"
	"arguable date (see 'deadlines show ID --explain'), '!' read by OCR with low\n"
	"confidence (check it against the scan). What an import filed pending review\n"
	"is listed in a section of its own ('deadlines review'); CSV says 'pending' in\n"
	"its review column and JSON in its \"review\" field.\n",
	options, NULL,
};

/* the columns of --format csv */
static const char *const csv_columns[] = {"id",	    "due",    "time",	"days_left",
					  "case",   "who",    "kind",	"action",
					  "status", "basis",  "until",	"review", NULL};

struct list_state {
	struct dl_ctx *ctx;
	enum records_format format;
	struct records *out; /* csv and json */
	int dated, undated, flagged_presumed, flagged_arguable, flagged_ocr, flagged_rule;
	int undated_header;
	int show_status;
	int case_width; /* the CASE column: the longest case number (none is cut) */
	int width;      /* the report's: the terminal's, or 80 */
};

/* The columns after the ID (and, for dated rows, the date and days left):
 * CASE and WHO, and STATUS when shown; then the action, wrapped from
 * column col to the report's width. */
static void print_rest(const struct list_state *st, const struct report_row *o, int col)
{
	print_whole(stdout, o->case_number, st->case_width);
	fputs("  ", stdout);
	print_cell(stdout, o->who, 11);
	fputs("  ", stdout);
	col += st->case_width + 2 + 11 + 2;
	if (st->show_status) {
		print_cell(stdout, obligation_status_name(o->status), 7);
		fputc(' ', stdout);
		col += 8;
	}
	print_wrapped(stdout, o->action, col, st->width - col);
}

static char flag_of(const struct report_row *o)
{
	if (o->ocr_confidence >= 0 && o->ocr_confidence < OCR_LOW_CONFIDENCE)
		return '!';
	if (o->latest != DATE_NONE)
		return '?';
	if (o->basis == BASIS_PRESUMED)
		return '~';
	if (o->rule_default)
		return '*';
	return ' ';
}

/* --format json: every field of each obligation */
static int emit_json(const struct obligation *o, void *arg)
{
	struct list_state *st = arg;
	records_add(st->out, obligation_json(o, st->ctx->today));
	return 0;
}

/* the table and CSV: what the report index holds */
static int emit(const struct report_row *o, void *arg)
{
	struct list_state *st = arg;
	int dated = o->due != DATE_NONE;
	if (st->format == FORMAT_CSV) {
		char iso[11];
		json_t *rec = json_pack("{s:I,s:o,s:o,s:o,s:o,s:o,s:s,s:o,s:s,s:s,s:o,s:o}", "id",
					(json_int_t)o->id, "due",
					dated ? json_string(date_format(o->due, iso)) : json_null(), "time",
					json_text(o->due_time), "days_left",
					dated ? json_integer(o->due - st->ctx->today) : json_null(), "case",
					json_text(o->case_number), "who", json_text(o->who), "kind",
					obligation_kind_name(o->kind), "action", json_text(o->action),
					"status", obligation_status_name(o->status), "basis",
					obligation_basis_name(o->basis), "until", json_text(o->until_event),
					"review", o->pending ? json_string("pending") : json_null());
		records_add(st->out, rec);
		return 0;
	}
	if (dated) {
		char when[15], left[16];
		int days = o->due - st->ctx->today;
		char flag = flag_of(o);
		st->flagged_presumed |= flag == '~';
		st->flagged_rule |= flag == '*';
		st->flagged_arguable |= flag == '?';
		st->flagged_ocr |= flag == '!';
		if (st->dated++ == 0) {
			printf("%4s %-15s %5s  ", "ID", "DUE", "LEFT");
			print_whole(stdout, "CASE", st->case_width);
			printf("  %-11s  %s\n", "WHO", st->show_status ? "STATUS  ACTION" : "ACTION");
		}
		snprintf(left, sizeof left, "%d", days);
		const char *on = o->status == STATUS_OPEN ? color_for_days(st->ctx->color, days) : "";
		printf("%4lld ", (long long)o->id);
		color_put(on);
		printf("%s%c %5s", date_format_long(o->due, when), flag, left);
		color_put(*on ? color_reset(st->ctx->color) : "");
		fputs("  ", stdout);
		print_rest(st, o, 28);
		return 0;
	}
	if (!st->undated_header) {
		printf("%sWithout a date:\n", st->dated ? "\n" : "");
		st->undated_header = 1;
	}
	st->undated++;
	printf("%4lld ", (long long)o->id);
	print_rest(st, o, 5);
	if (o->until_event) {
		fputs("     until: ", stdout);
		print_wrapped(stdout, o->until_event, 12, st->width - 12);
	} else {
		printf("     no date yet: its period has not started (see 'deadlines show %lld')\n",
		       (long long)o->id);
	}
	if (o->ocr_confidence >= 0 && o->ocr_confidence < OCR_LOW_CONFIDENCE)
		printf("     read by OCR with low confidence (%d%%): check it against the scan\n",
		       o->ocr_confidence);
	return 0;
}



/* The table's section of what the same selection holds awaiting review
 * (imported, not yet confirmed: 'deadlines review'). An exit status. */
static int list_pending(struct dl_ctx *ctx, struct list_state *st, struct obligation_filter *f)
{
	int64_t n = 0;
	f->pending = 1;
	if (store_obligation_count(ctx->db, f, &n) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	if (n) {
		printf("\nAwaiting review (unconfirmed: see 'deadlines review'):\n");
		st->dated = st->undated_header = 0;
		if (store_report_each(ctx->db, f, emit, st) != STORE_OK) {
			dl_error("%s", store_errmsg(ctx->db));
			return DL_EXIT_FAIL;
		}
	}
	f->pending = -1;
	return DL_EXIT_OK;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	struct obligation_filter f;
	struct list_state st = {ctx, FORMAT_TABLE, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 11, output_width()};
	int c, overdue = 0, date_filter = 0;
	long within = -1;
	obligation_filter_init(&f);
	f.status = STATUS_OPEN;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_list_entry, argc, argv, "", options)) != -1) {
		switch (c) {
		case '?':
			return DL_EXIT_USAGE;
		case 'c': f.case_number = optarg; break;
		case 'w': f.who = optarg; break;
		case 'f':
			if (cmd_parse_date(&cmd_list_entry, "--from", optarg, &f.from) != 0)
				return DL_EXIT_USAGE;
			date_filter = 1;
			break;
		case 't':
			if (cmd_parse_date(&cmd_list_entry, "--to", optarg, &f.to) != 0)
				return DL_EXIT_USAGE;
			date_filter = 1;
			break;
		case 'W': {
			char unit;
			if (period_parse(optarg, &within, &unit) != 0 || (unit != 'd' && unit != 'w'))
				return cmd_usage_error(&cmd_list_entry,
						       "list: invalid --within '%s': expected days "
						       "like 14d or weeks like 2w",
						       optarg);
			if (unit == 'w')
				within *= 7;
			date_filter = 1;
			break;
		}
		case 'o': overdue = 1; date_filter = 1; break;
		case 's':
			if (cmd_parse_status(optarg, &f.status) != 0)
				return cmd_usage_error(&cmd_list_entry,
						       "list: invalid --status '%s': expected open, "
						       "done, vacated, ended or all",
						       optarg);
			break;
		case 'J': st.format = FORMAT_JSON; break;
		case 'F':
			if (records_format_parse(&cmd_list_entry, "list", optarg, &st.format))
				return DL_EXIT_USAGE;
			break;
		}
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_list_entry, "list: unexpected argument '%s'", argv[optind]);
	if (within >= 0) {
		dl_day end = ctx->today + (dl_day)within;
		if (f.to == DATE_NONE || end < f.to)
			f.to = end;
	}
	if (overdue) {
		dl_day end = ctx->today - 1;
		if (f.to == DATE_NONE || end < f.to)
			f.to = end;
		f.status = STATUS_OPEN;
	}
	if (date_filter)
		f.undated = 0;
	if (f.from != DATE_NONE && f.to != DATE_NONE && f.from > f.to && !overdue && within < 0)
		return cmd_usage_error(&cmd_list_entry, "list: --from is after --to");
	st.show_status = f.status != STATUS_OPEN;

	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc || (rc = cmd_check_who(ctx, &cmd_list_entry, &f)))
		return rc;
	/* the table: what awaits review in a section of its own, after the rest */
	if (st.format == FORMAT_TABLE)
		f.pending = -1;
	if (st.format == FORMAT_TABLE && f.case_number && text_width(f.case_number) > st.case_width)
		st.case_width = text_width(f.case_number);
	else if (st.format == FORMAT_TABLE && !f.case_number) {
		int w = 0;
		if (store_case_number_width(ctx->db, &w) != STORE_OK) {
			dl_error("%s", store_errmsg(ctx->db));
			return DL_EXIT_FAIL;
		}
		st.case_width = w > st.case_width ? w : st.case_width;
	}
	if (st.format == FORMAT_TABLE)
		ctx_pager(ctx); /* a long report */
	char iso[11];
	st.out = records_new(st.format, "obligations", csv_columns);
	records_set(st.out, "today", json_string(date_format(ctx->today, iso)));
	if ((st.format == FORMAT_JSON ? store_obligation_each(ctx->db, &f, emit_json, &st)
				      : store_report_each(ctx->db, &f, emit, &st)) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		records_abort(st.out);
		return DL_EXIT_FAIL;
	}
	records_finish(st.out);
	if (st.format == FORMAT_TABLE) {
		if (st.dated + st.undated == 0)
			puts("no obligations match");
		if ((rc = list_pending(ctx, &st, &f)))
			return rc;
		int64_t left_out = 0;
		if (date_filter && !overdue) { /* the same selection, without a date */
			f.from = f.to = DATE_NONE;
			f.undated = 1;
			f.limit = 100; /* a firm has thousands: counting them all showed */
			if (store_obligation_count(ctx->db, &f, &left_out) != STORE_OK) {
				dl_error("%s", store_errmsg(ctx->db));
				return DL_EXIT_FAIL;
			}
		}
		if (left_out)
			printf("\n(%s%lld without a date left out; 'deadlines list' with no date filter "
			       "shows %s.)\n",
			       left_out >= f.limit ? "at least " : "", (long long)left_out,
			       left_out == 1 ? "it" : "them");
		if (st.flagged_presumed || st.flagged_arguable)
			printf("\n%s%s%s\n", st.flagged_presumed ? "~ presumed date (no time stated)" : "",
			       st.flagged_presumed && st.flagged_arguable ? "   " : "",
			       st.flagged_arguable ? "? arguable date: see 'show ID --explain'" : "");
		if (st.flagged_ocr)
			printf("%s! read by OCR with low confidence: check it against the scan\n",
			       st.flagged_presumed || st.flagged_arguable ? "" : "\n");
		if (st.flagged_rule)
			printf("%s* rule default: the order names the rule, not the time (the rule's "
			       "period)\n",
			       st.flagged_presumed || st.flagged_arguable || st.flagged_ocr ? "" : "\n");
	}
	return DL_EXIT_OK;
}
