/*
 * cmd-done.c: deadlines done ID [--on DATE] [--note TEXT] — mark an obligation met.
 */
#include "close-obligation.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"on", required_argument, NULL, 'o'},
	{"note", required_argument, NULL, 'n'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_done_entry = {
	"done", run, "done ID [--on YYYY-MM-DD] [--note TEXT]",
	"mark an obligation done", NULL,
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	dl_day on = ctx->today;
	const char *note = NULL;
	int64_t id;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_done_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'o' && cmd_parse_date(&cmd_done_entry, "--on", optarg, &on) != 0)
			return DL_EXIT_USAGE;
		if (c == 'n')
			note = optarg;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_done_entry, "done: give exactly one obligation ID");
	if (cmd_parse_id(&cmd_done_entry, argv[optind], &id) != 0)
		return DL_EXIT_USAGE;
	return close_obligation(ctx, &cmd_done_entry, id, STATUS_DONE, on, note ? note : "marked done");
}
