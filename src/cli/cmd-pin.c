/*
 * cmd-pin.c: deadlines pin ID [--off] — keep an obligation's date as it is
 * when facts change (for a date counsel agreed or the court confirmed).
 */
#include <stdio.h>

#include "cmd.h"
#include "mutate.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"off", no_argument, NULL, 'o'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_pin_entry = {
	"pin", run, "pin ID [--off]", "keep an obligation's date through recalculation", NULL,
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	int off = 0, c;
	int64_t id;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_pin_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		off = 1;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_pin_entry, "pin: give one obligation ID");
	if (cmd_parse_id(&cmd_pin_entry, argv[optind], &id) != 0)
		return DL_EXIT_USAGE;
	struct obligation o;
	int rc = mutate_obligation(ctx, id, &o);
	if (rc)
		return rc;
	int moved = 0;
	if (store_obligation_set_pinned(ctx->db, &o, !off, off ? "unpinned by hand" : "pinned by hand") !=
	    STORE_OK) {
		obligation_free(&o);
		return mutate_fail(ctx);
	}
	/* unpinning lets the date follow its facts again */
	rc = off ? mutate_commit_recalc(ctx, NULL, o.case_id, "unpinned: recomputed from its facts", &moved)
		 : mutate_commit(ctx);
	if (rc == DL_EXIT_OK)
		printf("#%lld %s\n", (long long)id,
		       off ? (moved ? "unpinned; its date was recomputed" : "unpinned")
			   : "pinned: recalculation keeps its date");
	obligation_free(&o);
	return rc;
}
