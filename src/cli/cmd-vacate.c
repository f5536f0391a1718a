/*
 * cmd-vacate.c: deadlines vacate ID --reason TEXT — the court vacated an obligation.
 */
#include "close-obligation.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"reason", required_argument, NULL, 'r'},
	{"on", required_argument, NULL, 'o'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_vacate_entry = {
	"vacate", run, "vacate ID --reason TEXT [--on YYYY-MM-DD]",
	"mark an obligation vacated (removed from feeds)", NULL,
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	dl_day on = ctx->today;
	const char *reason = NULL;
	int64_t id;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_vacate_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'o' && cmd_parse_date(&cmd_vacate_entry, "--on", optarg, &on) != 0)
			return DL_EXIT_USAGE;
		if (c == 'r')
			reason = optarg;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_vacate_entry, "vacate: give exactly one obligation ID");
	if (!reason || !*reason)
		return cmd_usage_error(&cmd_vacate_entry, "vacate: --reason TEXT is required");
	if (cmd_parse_id(&cmd_vacate_entry, argv[optind], &id) != 0)
		return DL_EXIT_USAGE;
	return close_obligation(ctx, &cmd_vacate_entry, id, STATUS_VACATED, on, reason);
}
