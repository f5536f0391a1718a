/*
 * cmd-event.c: deadlines event add|list|rm — the things obligations wait for
 * ("qualified immunity decided"). Recording one ends the until-obligations
 * linked to it and dates the obligations that run from it; removing it undoes
 * exactly that (both are recalculations from the stored facts).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "eventkey.h"
#include "mutate.h"
#include "json-csv.h"
#include "records.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option add_options[] = {
	{"on", required_argument, NULL, 'o'},
	{"order", required_argument, NULL, 'O'},
	{NULL, 0, NULL, 0},
};
static const struct option no_options[] = {
	{NULL, 0, NULL, 0},
};
static const struct option list_options[] = {
	{"json", no_argument, NULL, 'j'},
	{"format", required_argument, NULL, 'F'},
	{NULL, 0, NULL, 0},
};
static const char *const columns[] = {"id", "case", "name", "key", "on", NULL};
static const struct dl_verb verbs[] = {
	{"add", add_options},
	{"list", list_options},
	{"rm", no_options},
	{NULL, NULL},
};

const struct dl_command cmd_event_entry = {
	"event", run,
	"event add CASE NAME --on YYYY-MM-DD [--order DOCKET]\n"
	"event list [CASE] [--format table|csv|json] [--json]\n"
	"event rm ID",
	"record events that end stays or start periods",
	"An obligation is linked to the event it waits for or runs from, suggested\n"
	"from its words (\"until the issues of qualified immunity have been decided\"\n"
	"links to \"qualified immunity decided\"); 'deadlines link ID --until EVENT'\n"
	"changes it. Recording the event ends the until-obligations linked to it and\n"
	"computes the dates that run from it; removing the event undoes that. Each\n"
	"change is in the history and in 'deadlines changes'.\n",
	NULL, verbs,
};

static int event_add(struct dl_ctx *ctx, int argc, char **argv)
{
	dl_day on = DATE_NONE;
	const char *docket = NULL;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_event_entry, argc, argv, "", add_options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'o' && cmd_parse_date(&cmd_event_entry, "--on", optarg, &on) != 0)
			return DL_EXIT_USAGE;
		if (c == 'O')
			docket = optarg;
	}
	if (optind + 2 != argc)
		return cmd_usage_error(&cmd_event_entry, "event add: give CASE and NAME");
	if (on == DATE_NONE)
		return cmd_usage_error(&cmd_event_entry, "event add: --on DATE is required");
	const char *name = argv[optind + 1];
	if (!*name)
		return cmd_usage_error(&cmd_event_entry, "event add: the event's NAME is empty");
	struct case_row cs;
	int rc = mutate_case(ctx, argv[optind], &cs);
	if (rc)
		return rc;
	int64_t order_id = 0, id;
	char *key = event_key(name), when[15];
	char *cause = xasprintf("event \"%s\" on %s", name, date_format_long(on, when));
	int moved = 0;
	if ((docket && store_order_lookup(ctx->db, cs.id, docket, &order_id) != STORE_OK) ||
	    store_event_add(ctx->db, cs.id, name, key, on, order_id, &id) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if (!(rc = mutate_commit_recalc(ctx, NULL, cs.id, cause, &moved)))
		printf("recorded event #%lld in case %s: %s on %s (key \"%s\"); %d obligation%s changed\n",
		       (long long)id, cs.number, name, when, key, moved, moved == 1 ? "" : "s");
out:
	free(key);
	free(cause);
	case_row_free(&cs);
	return rc;
}

static int event_rm(struct dl_ctx *ctx, int argc, char **argv)
{
	cmd_getopt_reset();
	if (cmd_getopt(&cmd_event_entry, argc, argv, "", no_options) == '?')
		return DL_EXIT_USAGE;
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_event_entry, "event rm: give one event ID");
	long id;
	if (parse_int(argv[optind][0] == '#' ? argv[optind] + 1 : argv[optind], 1, 2000000000L, &id) != 0)
		return cmd_usage_error(&cmd_event_entry, "event rm: invalid event id '%s'", argv[optind]);
	int rc = mutate_begin(ctx);
	if (rc)
		return rc;
	struct event_row e;
	memset(&e, 0, sizeof e);
	if (store_event_rm(ctx->db, id, &e) != STORE_OK)
		return mutate_fail(ctx);
	char when[15];
	char *cause = xasprintf("event \"%s\" on %s removed", e.name, date_format_long(e.on, when));
	int moved = 0;
	rc = mutate_commit_recalc(ctx, NULL, e.case_id, cause, &moved);
	if (rc == DL_EXIT_OK)
		printf("removed event #%ld from case %s: %s on %s; %d obligation%s changed\n", id,
		       e.case_number, e.name, when, moved, moved == 1 ? "" : "s");
	free(cause);
	event_row_free(&e);
	return rc;
}

static int print_event(const struct event_row *e, void *arg)
{
	struct records *out = arg;
	char when[15], iso[11];
	if (out)
		records_add(out, json_pack("{s:I,s:o,s:o,s:o,s:s}", "id", (json_int_t)e->id,
						       "case", json_text(e->case_number), "name", json_text(e->name),
						       "key", json_text(e->key), "on", date_format(e->on, iso)));
	else
		printf("%4lld  %s  %-12s  %s\n", (long long)e->id, date_format_long(e->on, when),
		       e->case_number, e->name);
	return 0;
}

static int event_list(struct dl_ctx *ctx, int argc, char **argv)
{
	enum records_format format = FORMAT_TABLE;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_event_entry, argc, argv, "", list_options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'j')
			format = FORMAT_JSON;
		else if (records_format_parse(&cmd_event_entry, "event list", optarg, &format))
			return DL_EXIT_USAGE;
	}
	if (argc - optind > 1)
		return cmd_usage_error(&cmd_event_entry, "event list: at most one CASE");
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	int64_t case_id = 0;
	if (optind < argc) {
		struct case_row cs;
		if (store_case_find(ctx->db, argv[optind], &cs) != STORE_OK) {
			dl_error("%s", store_errmsg(ctx->db));
			return DL_EXIT_FAIL;
		}
		case_id = cs.id;
		case_row_free(&cs);
	}
	struct records *out = format == FORMAT_TABLE ? NULL : records_new(format, "events", columns);
	if (store_event_each(ctx->db, case_id, print_event, out) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		records_abort(out);
		return DL_EXIT_FAIL;
	}
	if (out)
		records_finish(out);
	return DL_EXIT_OK;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cmd_usage_error(&cmd_event_entry, "event: say add, list or rm");
	if (!strcmp(argv[1], "add"))
		return event_add(ctx, argc - 1, argv + 1);
	if (!strcmp(argv[1], "list"))
		return event_list(ctx, argc - 1, argv + 1);
	if (!strcmp(argv[1], "rm"))
		return event_rm(ctx, argc - 1, argv + 1);
	return cmd_usage_error(&cmd_event_entry, "event: unknown subcommand '%s'", argv[1]);
}
