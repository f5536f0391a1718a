/*
 * cmd-case.c: deadlines case add|list|show — the matters obligations belong to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cmd.h"
#include "mutate.h"
#include "json-csv.h"
#include "terminal.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option add_options[] = {
	{"court", required_argument, NULL, 'c'},
	{"caption", required_argument, NULL, 'p'},
	{"judge", required_argument, NULL, 'j'},
	{NULL, 0, NULL, 0},
};
static const struct option json_options[] = {
	{"json", no_argument, NULL, 'j'},
	{NULL, 0, NULL, 0},
};
static const struct dl_verb verbs[] = {
	{"add", add_options},
	{"list", json_options},
	{"show", json_options},
	{NULL, NULL},
};

const struct dl_command cmd_case_entry = {
	"case", run,
	"case add NUMBER --court CODE --caption TEXT [--judge NAME]\n"
	"case list [--json]\n"
	"case show NUMBER [--json]",
	"add, list and show cases",
	"A case is identified by its number as the court writes it (2:16-cv-435);\n"
	"numbers match without regard to case. CODE is the court's PACER identifier\n"
	"(txsd, mad, ca5, txsb; 'tx' for Texas state courts): see 'deadlines holidays'.\n",
	NULL, verbs,
};

static int case_add(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *court_code = NULL, *caption = NULL, *judge = NULL;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_case_entry, argc, argv, "", add_options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'c')
			court_code = optarg;
		else if (c == 'p')
			caption = optarg;
		else
			judge = optarg;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_case_entry, "case add: give exactly one case NUMBER");
	const char *number = argv[optind];
	if (!*number)
		return cmd_usage_error(&cmd_case_entry, "case add: the case number is empty");
	if (!court_code)
		return cmd_usage_error(&cmd_case_entry, "case add: --court CODE is required");
	if (!caption || !*caption)
		return cmd_usage_error(&cmd_case_entry, "case add: --caption TEXT is required");
	const struct court *court = court_find(court_code);
	if (!court)
		return cmd_usage_error(&cmd_case_entry,
				       "case add: unknown court '%s' (use a PACER court code such "
				       "as txsd, mad, ca5 or txsb)",
				       court_code);
	struct court_row row = {court->code, court->name, court->state, court->tz};
	int rc = mutate_begin(ctx);
	if (rc)
		return rc;
	if (store_court_ensure(ctx->db, &row) != STORE_OK ||
	    store_case_add(ctx->db, number, court->code, caption, judge, NULL) != STORE_OK)
		return mutate_fail(ctx);
	if ((rc = mutate_commit(ctx)))
		return rc;
	printf("added case %s: %s (%s)\n", number, caption, court->short_name);
	return DL_EXIT_OK;
}

static json_t *case_json(const struct case_row *c)
{
	const struct court *court = court_find(c->court);
	json_t *j = json_object();
	json_object_set_new(j, "number", json_text(c->number));
	json_object_set_new(j, "caption", json_text(c->caption));
	json_object_set_new(j, "court", json_text(c->court));
	json_object_set_new(j, "court_name", court ? json_string(court->name) : json_null());
	json_object_set_new(j, "judge", json_text(c->judge));
	return j;
}

struct list_state {
	int json;
	json_t *array;
	int count;
	int number_width; /* the longest case number (none is cut), at least 16 */
};

static int print_case(const struct case_row *c, void *arg)
{
	struct list_state *st = arg;
	st->count++;
	if (st->json) {
		json_array_append_new(st->array, case_json(c));
		return 0;
	}
	int col = st->number_width + 2 + 6 + 2;
	print_whole(stdout, c->number, st->number_width);
	fputs("  ", stdout);
	print_cell(stdout, c->court, 6);
	fputs("  ", stdout);
	print_wrapped(stdout, c->caption, col, output_width() - col);
	return 0;
}

static int parse_json_flag(int argc, char **argv, int *json, const char *verb)
{
	int c;
	cmd_getopt_reset();
	*json = 0;
	while ((c = cmd_getopt(&cmd_case_entry, argc, argv, "", json_options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		*json = 1;
	}
	(void)verb;
	return DL_EXIT_OK;
}

static int case_list(struct dl_ctx *ctx, int argc, char **argv)
{
	struct list_state st = {0, NULL, 0, 16};
	int rc = parse_json_flag(argc, argv, &st.json, "list");
	if (rc)
		return rc;
	if (optind != argc)
		return cmd_usage_error(&cmd_case_entry, "case list: unexpected argument '%s'",
				       argv[optind]);
	if ((rc = ctx_open(ctx, STORE_READONLY)))
		return rc;
	int w = 0;
	if (store_case_number_width(ctx->db, &w) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	if (w > st.number_width)
		st.number_width = w;
	st.array = json_array();
	if (!st.json)
		ctx_pager(ctx);
	if (store_case_each(ctx->db, print_case, &st) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		json_decref(st.array);
		return DL_EXIT_FAIL;
	}
	if (st.json) {
		json_t *doc = json_pack("{s:o}", "cases", st.array);
		json_print(doc, stdout);
		json_decref(doc);
	} else {
		json_decref(st.array);
		if (st.count == 0)
			puts("no cases (add one with 'deadlines case add')");
	}
	return DL_EXIT_OK;
}

static int print_party(const struct party_row *p, void *arg)
{
	json_t *parties = arg;
	if (parties)
		json_array_append_new(parties, json_pack("{s:o,s:o}", "name", json_text(p->name), "role", json_text(p->role)));
	else
		printf("  %-12s %s\n", p->role, p->name);
	return 0;
}

static int case_show(struct dl_ctx *ctx, int argc, char **argv)
{
	int json, rc = parse_json_flag(argc, argv, &json, "show");
	if (rc)
		return rc;
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_case_entry, "case show: give exactly one case NUMBER");
	if ((rc = ctx_open(ctx, STORE_READONLY)))
		return rc;
	struct case_row c;
	if (store_case_find(ctx->db, argv[optind], &c) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	const struct court *court = court_find(c.court);
	json_t *doc = json ? case_json(&c) : NULL;
	json_t *parties = json ? json_array() : NULL;
	if (!json) {
		printf("Case:    %s\nCaption: %s\nCourt:   %s (%s)\n", c.number, c.caption,
		       court ? court->name : c.court, c.court);
		if (c.judge)
			printf("Judge:   %s\n", c.judge);
		puts("Parties:");
	}
	rc = store_party_each(ctx->db, c.id, print_party, parties);
	if (json) {
		json_object_set_new(doc, "parties", parties);
		if (rc == STORE_OK)
			json_print(doc, stdout);
		json_decref(doc);
	}
	case_row_free(&c);
	if (rc != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	return DL_EXIT_OK;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cmd_usage_error(&cmd_case_entry, "case: say add, list or show");
	const char *verb = argv[1];
	if (strcmp(verb, "add") == 0)
		return case_add(ctx, argc - 1, argv + 1);
	if (strcmp(verb, "list") == 0)
		return case_list(ctx, argc - 1, argv + 1);
	if (strcmp(verb, "show") == 0)
		return case_show(ctx, argc - 1, argv + 1);
	return cmd_usage_error(&cmd_case_entry, "case: unknown subcommand '%s'", verb);
}
