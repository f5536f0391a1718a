/*
 * cmd-order.c: deadlines order set CASE DOCKET [--entered DATE] [--served DATE
 * --service METHOD] — correct an order's facts; every date that runs from
 * them is recomputed in the same transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "compute.h"
#include "mutate.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"entered", required_argument, NULL, 'e'},
	{"served", required_argument, NULL, 's'},
	{"service", required_argument, NULL, 'm'},
	{NULL, 0, NULL, 0},
};
static const struct dl_verb verbs[] = {
	{"set", options},
	{NULL, NULL},
};

const struct dl_command cmd_order_entry = {
	"order", run,
	"order set CASE DOCKET|#ID [--entered DATE] [--served DATE[THH:MM] --service METHOD]",
	"correct an order's entry or service facts (dates are recomputed)", NULL,
	NULL, verbs,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	dl_day entered = DATE_NONE, served = DATE_NONE;
	enum service_method method = SERVICE_NONE;
	int c, served_minute = -1;
	if (argc < 2 || strcmp(argv[1], "set"))
		return cmd_usage_error(&cmd_order_entry, "order: say set");
	argc--, argv++;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_order_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'e' && cmd_parse_date(&cmd_order_entry, "--entered", optarg, &entered) != 0)
			return DL_EXIT_USAGE;
		if (c == 's' && cmd_parse_datetime(&cmd_order_entry, "--served", optarg, &served,
						   &served_minute) != 0)
			return DL_EXIT_USAGE;
		if (c == 'm' && (service_parse(optarg, &method) != 0 || method == SERVICE_NONE))
			return cmd_usage_error(&cmd_order_entry, "order set: unknown service method '%s'",
					       optarg);
	}
	if (optind + 2 != argc)
		return cmd_usage_error(&cmd_order_entry, "order set: give CASE and DOCKET (or #ID)");
	if (entered == DATE_NONE && served == DATE_NONE && method == SERVICE_NONE)
		return cmd_usage_error(&cmd_order_entry, "order set: nothing to set");
	struct case_row cs;
	int rc = mutate_case(ctx, argv[optind], &cs), moved = 0;
	if (rc)
		return rc;
	int64_t id;
	struct order_dates d;
	if (store_order_lookup(ctx->db, cs.id, argv[optind + 1], &id) != STORE_OK ||
	    store_order_get(ctx->db, id, &d) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if (entered != DATE_NONE)
		d.entered = entered;
	if (served != DATE_NONE) { /* (the time too: a period in hours runs from it) */
		d.served = served;
		d.served_minute = served_minute;
	}
	if (method != SERVICE_NONE)
		d.service = method;
	if (store_order_set(ctx->db, id, &d) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	char *cause = xasprintf("order %s corrected", argv[optind + 1]);
	if (!(rc = mutate_commit_recalc(ctx, NULL, cs.id, cause, &moved)))
		printf("order #%lld of case %s updated; %d obligation%s recomputed and changed\n",
		       (long long)id, cs.number, moved, moved == 1 ? "" : "s");
	free(cause);
out:
	case_row_free(&cs);
	return rc;
}
