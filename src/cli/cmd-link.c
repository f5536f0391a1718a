/*
 * cmd-link.c: deadlines link ID --until EVENT — say which event an obligation
 * waits for (an until-obligation) or runs from (a period after an event).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "eventkey.h"
#include "mutate.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"until", required_argument, NULL, 'u'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_link_entry = {
	"link", run, "link ID --until EVENT",
	"link an obligation to the event it waits for or runs from", NULL,
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *event = NULL;
	int64_t id;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_link_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		event = optarg;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_link_entry, "link: give one obligation ID");
	if (!event || !*event)
		return cmd_usage_error(&cmd_link_entry, "link: --until EVENT is required");
	if (cmd_parse_id(&cmd_link_entry, argv[optind], &id) != 0)
		return DL_EXIT_USAGE;
	struct obligation o;
	char *key = NULL;
	int rc = mutate_obligation(ctx, id, &o), moved = 0;
	if (rc)
		return rc;
	if (o.kind != KIND_UNTIL && o.when.trigger != TRIGGER_EVENT) {
		rc = mutate_refuse(ctx, "obligation %lld neither waits for an event nor runs from one",
				   (long long)id);
		goto out;
	}
	key = event_key(event);
	if (store_obligation_set_link(ctx->db, &o, key, "linked by hand") != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if (!(rc = mutate_commit_recalc(ctx, NULL, o.case_id, "linked to an event", &moved)))
		printf("#%lld is linked to \"%s\"%s\n", (long long)id, key,
		       moved ? " (the event is recorded: it took effect)" : "");
out:
	free(key);
	obligation_free(&o);
	return rc;
}
