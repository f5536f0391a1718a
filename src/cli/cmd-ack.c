/*
 * cmd-ack.c: deadlines ack ID — no more reminders for an obligation until its
 * date changes.
 */
#include <stdio.h>

#include "cmd.h"
#include "mutate.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_ack_entry = {
	"ack", run, "ack ID", "silence an obligation's reminders until its date changes", NULL,
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	int64_t id;
	cmd_getopt_reset();
	if (cmd_getopt(&cmd_ack_entry, argc, argv, "", options) == '?')
		return DL_EXIT_USAGE;
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_ack_entry, "ack: give one obligation ID");
	if (cmd_parse_id(&cmd_ack_entry, argv[optind], &id) != 0)
		return DL_EXIT_USAGE;
	struct obligation o;
	int rc = mutate_obligation(ctx, id, &o);
	if (rc)
		return rc;
	if (store_obligation_ack(ctx->db, &o) != STORE_OK)
		rc = mutate_fail(ctx);
	else if (!(rc = mutate_commit(ctx)))
		printf("#%lld acknowledged: no reminders until its date changes\n", (long long)id);
	obligation_free(&o);
	return rc;
}
