/*
 * cmd-trigger.c: deadlines trigger set ID --on DATE [--served METHOD] — the
 * trigger of an obligation entered by hand (add --within N --from DATE)
 * corrected: its date (and how the paper was served), every date that
 * depends on it recomputed, the change in its history. A trigger that comes
 * from an order (entry, service) or an event has its own command: 'order
 * set', 'event add'.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "mutate.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option set_options[] = {
	{"on", required_argument, NULL, 'o'},
	{"served", required_argument, NULL, 's'},
	{NULL, 0, NULL, 0},
};
static const struct dl_verb verbs[] = {
	{"set", set_options},
	{NULL, NULL},
};

const struct dl_command cmd_trigger_entry = {
	"trigger",
	run,
	"trigger set ID --on DATE [--served METHOD]",
	"correct the trigger of an obligation entered by hand",
	"For an obligation whose period runs from a date given by hand (add --within N\n"
	"--from DATE, add --kind recurring --every N --from DATE): --on is the\n"
	"trigger's right date; --served METHOD (personal, electronic, mail,\n"
	"leave-with-clerk, other) says the period runs from service by that method\n"
	"(FRCP 6(d) may add days). Its dates are recomputed and the change is kept in\n"
	"its history. A period from an order's entry or service follows the order\n"
	"('order set'), one from an event follows the event ('event add').\n",
	NULL,
	verbs,
};

static int trigger_set(struct dl_ctx *ctx, int argc, char **argv)
{
	dl_day on = DATE_NONE;
	const char *served = NULL;
	enum service_method service = SERVICE_NONE;
	int64_t id;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_trigger_entry, argc, argv, "", set_options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'o' && cmd_parse_date(&cmd_trigger_entry, "--on", optarg, &on) != 0)
			return DL_EXIT_USAGE;
		if (c == 's')
			served = optarg;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_trigger_entry, "trigger set: give one obligation ID");
	if (cmd_parse_id(&cmd_trigger_entry, argv[optind], &id) != 0)
		return DL_EXIT_USAGE;
	if (on == DATE_NONE)
		return cmd_usage_error(&cmd_trigger_entry, "trigger set: --on DATE is required");
	if (served && (service_parse(served, &service) != 0 || service == SERVICE_NONE))
		return cmd_usage_error(
			&cmd_trigger_entry,
			"trigger set: unknown service method '%s': expected personal, "
			"electronic, mail, leave-with-clerk or other",
			served);
	struct obligation o;
	int rc = mutate_obligation(ctx, id, &o);
	if (rc)
		return rc;
	const struct obligation_when *w = &o.when;
	int moved = 0;
	char *cause = xasprintf("trigger of #%lld set by hand", (long long)id);
	if (o.kind == KIND_UNTIL || o.kind == KIND_HEARING || w->trigger == TRIGGER_NONE ||
	    w->unit == UNIT_NONE) {
		rc = mutate_refuse(ctx, "trigger set: #%lld has no period running from a trigger",
				   (long long)id);
	} else if (w->trigger == TRIGGER_EVENT) {
		rc = mutate_refuse(ctx,
				   "trigger set: #%lld runs from the event '%s': record its date "
				   "with 'deadlines event add'",
				   (long long)id, w->trigger_event ? w->trigger_event : "");
	} else if (o.order_id) {
		rc = mutate_refuse(ctx,
				   "trigger set: #%lld runs from its order's %s: change the "
				   "order's dates with 'deadlines order set'",
				   (long long)id, trigger_name(w->trigger));
	} else if (store_obligation_set_trigger(ctx->db, &o, served ? TRIGGER_SERVICE : w->trigger,
						on, served ? service : w->service,
						cause) != STORE_OK) {
		rc = mutate_fail(ctx);
	} else if (!(rc = mutate_commit_recalc(ctx, NULL, o.case_id, cause, &moved))) {
		char when[15];
		printf("#%lld: trigger set to %s%s%s; %s\n", (long long)id,
		       date_format_long(on, when), served ? ", served by " : "",
		       served ? service_name(service) : "",
		       moved ? "its date was recomputed" : "its date is unchanged");
	}
	free(cause);
	obligation_free(&o);
	return rc;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cmd_usage_error(&cmd_trigger_entry, "trigger: say set");
	if (strcmp(argv[1], "set") == 0)
		return trigger_set(ctx, argc - 1, argv + 1);
	return cmd_usage_error(&cmd_trigger_entry, "trigger: unknown subcommand '%s'", argv[1]);
}
