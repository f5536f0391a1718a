/*
 * cmd-extend.c: deadlines extend ID --to DATE [--earlier] | --by N[d|w]
 * [--order DOCKET] — an order extending time. --to sets a date certain;
 * --by extends the computed date, counted and rolled like a period (FRCP
 * 6(a)). A --to before the current due date shortens the time: only with
 * --earlier, which says the order does that.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "close-obligation.h"
#include "cmd.h"
#include "mutate.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"to", required_argument, NULL, 't'},
	{"by", required_argument, NULL, 'b'},
	{"order", required_argument, NULL, 'o'},
	{"earlier", no_argument, NULL, 'e'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_extend_entry = {
	"extend", run, "extend ID (--to YYYY-MM-DD [--earlier] | --by N[d|w]) [--order DOCKET]",
	"record an order extending an obligation's time",
	"--to sets a date certain; a date before the current due date is refused\n"
	"unless --earlier says the order shortens the time.\n",
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	dl_day to = DATE_NONE;
	long by = 0;
	const char *docket = NULL;
	int64_t id;
	int c, earlier = 0;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_extend_entry, argc, argv, "", options)) != -1) {
		char unit;
		switch (c) {
		case '?':
			return DL_EXIT_USAGE;
		case 't':
			if (cmd_parse_date(&cmd_extend_entry, "--to", optarg, &to) != 0)
				return DL_EXIT_USAGE;
			break;
		case 'b':
			if (period_parse(optarg, &by, &unit) != 0 || (unit != 'd' && unit != 'w') || by == 0 ||
			    by > 3650)
				return cmd_usage_error(&cmd_extend_entry,
						       "extend: invalid --by '%s': expected days (14d) or "
						       "weeks (2w)",
						       optarg);
			if (unit == 'w')
				by *= 7;
			break;
		case 'o':
			docket = optarg;
			break;
		case 'e':
			earlier = 1;
			break;
		}
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_extend_entry, "extend: give one obligation ID");
	if ((to == DATE_NONE) == (by == 0))
		return cmd_usage_error(&cmd_extend_entry, "extend: give --to DATE or --by N");
	if (earlier && to == DATE_NONE)
		return cmd_usage_error(&cmd_extend_entry, "extend: --earlier goes with --to DATE");
	if (cmd_parse_id(&cmd_extend_entry, argv[optind], &id) != 0)
		return DL_EXIT_USAGE;
	struct obligation o;
	char *cause = NULL;
	int rc = mutate_obligation(ctx, id, &o), moved = 0;
	if (rc)
		return rc;
	dl_day due = o.derived.due;
	char was[15], now[15];
	if (obligation_unmovable(&o)) {
		rc = mutate_refuse(ctx, "obligation %lld cannot be extended: it is %s", (long long)id,
				   obligation_unmovable(&o));
		goto out;
	}
	if (by && due == DATE_NONE) {
		rc = mutate_refuse(ctx, "obligation %lld has no date to extend; use --to DATE", (long long)id);
		goto out;
	}
	if (to != DATE_NONE && due != DATE_NONE && to < due && !earlier) {
		rc = mutate_refuse(ctx, "extend: obligation %lld is due %s: --to %s is earlier; give --earlier "
				   "if the order shortens the time", (long long)id, date_format_long(due, was),
				   date_format_long(to, now));
		goto out;
	}
	cause = xasprintf("extended by %s", docket ? docket : "order");
	if (store_obligation_set_extension(ctx->db, &o, o.when.extension_days + by, to, cause) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if ((rc = mutate_commit_recalc(ctx, NULL, o.case_id, cause, &moved)))
		goto out;
	struct obligation n;
	if (store_obligation_get(ctx->db, id, &n) == STORE_OK) {
		printf("#%lld extended: %s -> %s\n", (long long)id,
		       due == DATE_NONE ? "no date" : date_format_long(due, was),
		       n.derived.due == DATE_NONE ? "no date" : date_format_long(n.derived.due, now));
		obligation_free(&n);
	}
out:
	free(cause);
	obligation_free(&o);
	return rc;
}
