/*
 * cmd-closure.c: deadlines closure add|list|rm — days a court's clerk's office
 * was inaccessible (FRCP 6(a)(3)): weather, outages, administrative closures.
 * Adding or removing one recomputes every dependent date in that court.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cmd.h"
#include "mutate.h"
#include "json-csv.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"reason", required_argument, NULL, 'r'},
	{"json", no_argument, NULL, 'j'},
	{NULL, 0, NULL, 0},
};
static const struct option add_options[] = {
	{"reason", required_argument, NULL, 'r'},
	{"json", no_argument, NULL, 'j'},
	{"from", required_argument, NULL, 'f'},
	{"division", required_argument, NULL, 'D'},
	{NULL, 0, NULL, 0},
};
static const struct option rm_options[] = {
	{"reason", required_argument, NULL, 'r'},
	{"json", no_argument, NULL, 'j'},
	{"division", required_argument, NULL, 'D'},
	{NULL, 0, NULL, 0},
};
static const struct dl_verb verbs[] = {
	{"add", add_options},
	{"list", options},
	{"rm", rm_options},
	{NULL, NULL},
};

const struct dl_command cmd_closure_entry = {
	"closure", run,
	"closure add CODE DATE --reason TEXT [--from HH:MM] [--division NAME]\n"
	"closure list [CODE] [--json]\n"
	"closure rm CODE DATE [--division NAME]",
	"record days a court's clerk's office was inaccessible",
	"A closure makes the clerk's office inaccessible for that whole day: a\n"
	"period that ends on it runs to the next accessible court day (FRCP 6(a)(3)).\n"
	"Every open obligation in that court whose date depends on it is recomputed,\n"
	"and each change is written to its history. --from HH:MM: inaccessible only\n"
	"from that time to the end of the day: a period in hours whose last hour it\n"
	"covers runs to the same time on the next accessible day (FRCP 6(a)(3)(B));\n"
	"whether it extends a period in days ending that day is arguable (6(a)(3)(A)):\n"
	"both readings are given, the earlier calendared. --division NAME: one\n"
	"courthouse closed, the division's (its cases: 'case add --division').\n",
	NULL, verbs,
};

static int change(struct dl_ctx *ctx, int adding, const char *code, const char *date,
		  const char *division, int from_minute, const char *reason)
{
	dl_day day;
	const struct court *court = court_find(code);
	if (!court)
		return cmd_usage_error(&cmd_closure_entry, "closure: unknown court '%s'", code);
	if (division && !court_division_known(court->code, division))
		return cmd_usage_error(&cmd_closure_entry,
				       "closure: court '%s' has no division '%s' (see "
				       "data/court-divisions.tsv, data/inauguration-area.tsv)",
				       court->code, division);
	if (cmd_parse_date(&cmd_closure_entry, "the closure", date, &day) != 0)
		return DL_EXIT_USAGE;
	struct court_row row = {court->code, court->name, court->state, court->tz};
	int rc = mutate_begin(ctx), moved = 0;
	if (rc)
		return rc;
	if (store_court_ensure(ctx->db, &row) != STORE_OK ||
	    (adding ? store_closure_add(ctx->db, court->code, division, day, from_minute, reason)
		    : store_closure_rm(ctx->db, court->code, division, day)) != STORE_OK)
		return mutate_fail(ctx);
	char when[15];
	char *cause = xasprintf("closure of %s on %s %s", court->code, date, adding ? "recorded" : "removed");
	if (!(rc = mutate_commit_recalc(ctx, court->code, 0, cause, &moved)))
		printf("%s closure of %s%s%s on %s; %d obligation date%s recomputed and changed\n",
		       adding ? "recorded" : "removed", court->code, division ? " (division) " : "",
		       division ? division : "", date_format_long(day, when), moved, moved == 1 ? "" : "s");
	free(cause);
	return rc;
}

static int print_closure(const struct closure_row *c, void *arg)
{
	json_t *array = arg;
	char when[15], iso[11], hhmm[6];
	const char *from = time_format(c->from_minute, hhmm);
	if (array)
		json_array_append_new(array, json_pack("{s:o,s:o,s:s,s:o,s:o}", "court", json_text(c->court),
						       "division", json_text(c->division), "date",
						       date_format(c->day, iso), "from",
						       from ? json_string(from) : json_null(), "reason",
						       json_text(c->reason)));
	else
		printf("%-6s %s%s%s%s%s  %s\n", c->court, date_format_long(c->day, when),
		       from ? " from " : "", from ? from : "", c->division ? " " : "",
		       c->division ? c->division : "", c->reason);
	return 0;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *reason = NULL, *division = NULL;
	int json = 0, c, from_minute = -1;
	if (argc < 2)
		return cmd_usage_error(&cmd_closure_entry, "closure: say add, list or rm");
	const char *verb = argv[1];
	argc--, argv++;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_closure_entry, argc, argv, "",
			       !strcmp(verb, "add") ? add_options
			       : !strcmp(verb, "rm") ? rm_options
						     : options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'r')
			reason = optarg;
		else if (c == 'D')
			division = optarg;
		else if (c == 'f') {
			if (time_parse(optarg, &from_minute) != 0 || from_minute == 0)
				return cmd_usage_error(&cmd_closure_entry,
						       "closure add: invalid --from '%s': expected the "
						       "time the office became inaccessible, HH:MM "
						       "(00:01-23:59)",
						       optarg);
		} else
			json = 1;
	}
	int nargs = argc - optind;
	if (strcmp(verb, "add") == 0) {
		if (nargs != 2)
			return cmd_usage_error(&cmd_closure_entry, "closure add: give CODE and DATE");
		if (!reason || !*reason)
			return cmd_usage_error(&cmd_closure_entry, "closure add: --reason TEXT is required");
		return change(ctx, 1, argv[optind], argv[optind + 1], division, from_minute, reason);
	}
	if (strcmp(verb, "rm") == 0) {
		if (nargs != 2)
			return cmd_usage_error(&cmd_closure_entry, "closure rm: give CODE and DATE");
		return change(ctx, 0, argv[optind], argv[optind + 1], division, -1, NULL);
	}
	if (strcmp(verb, "list") == 0) {
		if (nargs > 1)
			return cmd_usage_error(&cmd_closure_entry, "closure list: at most one CODE");
		const char *code = nargs ? argv[optind] : NULL;
		if (code && !court_find(code))
			return cmd_usage_error(&cmd_closure_entry, "closure: unknown court '%s'", code);
		int rc = ctx_open(ctx, STORE_READONLY);
		if (rc)
			return rc;
		json_t *array = json ? json_array() : NULL;
		if (store_closure_each(ctx->db, code ? court_find(code)->code : NULL, print_closure,
				       array) != STORE_OK) {
			dl_error("%s", store_errmsg(ctx->db));
			json_decref(array);
			return DL_EXIT_FAIL;
		}
		if (array) {
			json_t *doc = json_pack("{s:o}", "closures", array);
			json_print(doc, stdout);
			json_decref(doc);
		}
		return DL_EXIT_OK;
	}
	return cmd_usage_error(&cmd_closure_entry, "closure: unknown subcommand '%s'", verb);
}
