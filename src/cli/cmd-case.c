/*
 * cmd-case.c: deadlines case add|list|show — the matters obligations belong to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cmd.h"
#include "compute.h"
#include "court-context.h"
#include "mutate.h"
#include "json-csv.h"
#include "records.h"
#include "terminal.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option add_options[] = {
	{"court", required_argument, NULL, 'c'},
	{"caption", required_argument, NULL, 'p'},
	{"judge", required_argument, NULL, 'j'},
	{"division", required_argument, NULL, 'D'},
	{"from-court", required_argument, NULL, 'F'},
	{NULL, 0, NULL, 0},
};
static const struct option json_options[] = {
	{"json", no_argument, NULL, 'j'},
	{NULL, 0, NULL, 0},
};
static const struct option list_options[] = {
	{"json", no_argument, NULL, 'j'},
	{"format", required_argument, NULL, 'F'},
	{NULL, 0, NULL, 0},
};
static const char *const columns[] = {"number",	  "caption",  "court",	    "court_name",
				      "judge",	  "division", "from_court", NULL};
static const struct dl_verb verbs[] = {
	{"add", add_options},
	{"edit", add_options},
	{"list", list_options},
	{"show", json_options},
	{NULL, NULL},
};

const struct dl_command cmd_case_entry = {
	"case", run,
	"case add NUMBER --court CODE --caption TEXT [--judge NAME] [--division NAME]\n"
	"    [--from-court CODE]\n"
	"case edit NUMBER [--court CODE] [--caption TEXT] [--judge NAME] [--division NAME]\n"
	"    [--from-court CODE]\n"
	"case list [--format table|csv|json] [--json]\n"
	"case show NUMBER [--json]",
	"add, edit, list and show cases",
	"A case is identified by its number as the court writes it (2:16-cv-435);\n"
	"numbers match without regard to case. CODE is the court's PACER identifier\n"
	"(txsd, mad, ca5, txsb; 'tx' for Texas state courts): see 'deadlines holidays'.\n"
	"--division names the division the case is in where it matters: its time zone\n"
	"(txwd \"El Paso\"), Inauguration Day (vaed Alexandria), closures of one\n"
	"courthouse. --from-court, for an appeal, names the district court whose\n"
	"judgment is on appeal: its state's holidays count too (FRAP 26(a)(6)(C));\n"
	"importing an order whose caption says \"On appeal from the United States\n"
	"District Court for ...\" sets it when it is not set. 'case edit' changes what\n"
	"was entered (an empty NAME or CODE clears --judge, --division, --from-court),\n"
	"recomputes every date of the case and records the change in its history.\n",
	NULL, verbs,
};

/* The options of case add and case edit. */
struct case_opts {
	const char *court, *caption, *judge, *division, *from_court;
};

static int case_getopt(int argc, char **argv, struct case_opts *o)
{
	int c;
	memset(o, 0, sizeof *o);
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_case_entry, argc, argv, "", add_options)) != -1) {
		switch (c) {
		case '?': return DL_EXIT_USAGE;
		case 'c': o->court = optarg; break;
		case 'p': o->caption = optarg; break;
		case 'j': o->judge = optarg; break;
		case 'D': o->division = optarg; break;
		case 'F': o->from_court = optarg; break;
		}
	}
	return DL_EXIT_OK;
}

/* The court of code, checked with the division and the court appealed from
 * the case will have (empty: none): NULL after a usage error. */
static const struct court *case_court(const char *verb, const char *code, const char *division,
				      const char *from_court)
{
	const struct court *court = court_find(code);
	if (!court) {
		cmd_usage_error(&cmd_case_entry,
				"case %s: unknown court '%s' (use a PACER court code such as txsd, mad, "
				"ca5 or txsb)",
				verb, code);
		return NULL;
	}
	struct court in_context;
	char *why = NULL;
	if (court_in_context(court, division && *division ? division : NULL,
			     from_court && *from_court ? from_court : NULL, &in_context, &why) != 0) {
		cmd_usage_error(&cmd_case_entry, "case %s: %s", verb, why);
		free(why);
		return NULL;
	}
	return court;
}

static int case_add(struct dl_ctx *ctx, int argc, char **argv)
{
	struct case_opts o;
	int rc = case_getopt(argc, argv, &o);
	if (rc)
		return rc;
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_case_entry, "case add: give exactly one case NUMBER");
	const char *number = argv[optind];
	if (!*number)
		return cmd_usage_error(&cmd_case_entry, "case add: the case number is empty");
	if (!o.court)
		return cmd_usage_error(&cmd_case_entry, "case add: --court CODE is required");
	if (!o.caption || !*o.caption)
		return cmd_usage_error(&cmd_case_entry, "case add: --caption TEXT is required");
	const struct court *court = case_court("add", o.court, o.division, o.from_court);
	if (!court)
		return DL_EXIT_USAGE;
	struct court_row row = {court->code, court->name, court->state, court->tz};
	struct case_row added = {0};
	if ((rc = mutate_begin(ctx)))
		return rc;
	if (store_court_ensure(ctx->db, &row) != STORE_OK ||
	    store_case_add(ctx->db, number, court->code, o.caption, o.judge, &added.id) != STORE_OK ||
	    (o.division && *o.division &&
	     store_case_set(ctx->db, &added, "division", o.division, "case added") != STORE_OK) ||
	    (o.from_court && *o.from_court &&
	     store_case_set(ctx->db, &added, "from_court", court_find(o.from_court)->code,
			    "case added") != STORE_OK))
		return mutate_fail(ctx);
	if ((rc = mutate_commit(ctx)))
		return rc;
	printf("added case %s: %s (%s)\n", number, o.caption, court->short_name);
	return DL_EXIT_OK;
}

/* Does a case in court a (its own rules) move to court b without changing
 * the rules its obligations were counted under? */
static int same_rules(const struct court *a, const struct court *b)
{
	enum rule_set ra, rb;
	return rules_for_court(a, NULL, &ra) == 0 && rules_for_court(b, NULL, &rb) == 0 && ra == rb;
}

static int case_edit(struct dl_ctx *ctx, int argc, char **argv)
{
	struct case_opts o;
	int rc = case_getopt(argc, argv, &o);
	if (rc)
		return rc;
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_case_entry, "case edit: give exactly one case NUMBER");
	if (!o.court && !o.caption && !o.judge && !o.division && !o.from_court)
		return cmd_usage_error(&cmd_case_entry, "case edit: say what to change: --court, "
				       "--caption, --judge, --division or --from-court");
	if (o.caption && !*o.caption)
		return cmd_usage_error(&cmd_case_entry, "case edit: the caption cannot be empty");
	if (o.court && !*o.court)
		return cmd_usage_error(&cmd_case_entry, "case edit: the court cannot be empty");
	struct case_row cs;
	if ((rc = mutate_case(ctx, argv[optind], &cs)))
		return rc;
	/* what the case will be: each field given, or as it is */
	const char *court_code = o.court ? o.court : cs.court;
	const char *division = o.division ? o.division : cs.division;
	const char *from = o.from_court ? o.from_court : cs.from_court;
	const struct court *court = case_court("edit", court_code, division, from);
	const struct court *was = court_find(cs.court);
	char *cause = xasprintf("case %s edited", cs.number);
	struct {
		const char *field, *value;
	} set[] = {
		{"court", court ? court->code : NULL},
		{"caption", o.caption},
		{"judge", o.judge},
		{"division", o.division},
		{"from_court", o.from_court && *o.from_court && court_find(o.from_court)
				       ? court_find(o.from_court)->code
				       : o.from_court},
	};
	int moved = 0;
	if (!court) {
		mutate_cancel(ctx);
		rc = DL_EXIT_USAGE;
		goto out;
	}
	if (o.court && was && !same_rules(was, court)) {
		rc = mutate_refuse(ctx, "case edit: case %s is in %s, whose rules are not those of %s: "
					"its obligations were counted under other rules (add the case "
					"anew in that court)",
				   cs.number, was->code, court->code);
		goto out;
	}
	for (size_t i = 0; i < sizeof set / sizeof set[0]; i++) {
		const char *v = set[i].value;
		if (!v || (i == 0 && !o.court))
			continue;
		if (i == 0) {
			struct court_row row = {court->code, court->name, court->state, court->tz};
			if (store_court_ensure(ctx->db, &row) != STORE_OK) {
				rc = mutate_fail(ctx);
				goto out;
			}
		}
		if (store_case_set(ctx->db, &cs, set[i].field, *v ? v : NULL, cause) != STORE_OK) {
			rc = mutate_fail(ctx);
			goto out;
		}
	}
	if ((rc = mutate_commit_recalc(ctx, NULL, cs.id, cause, &moved)))
		goto out;
	printf("edited case %s: %d date%s recomputed\n", cs.number, moved, moved == 1 ? "" : "s");
out:
	free(cause);
	case_row_free(&cs);
	return rc;
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
	json_object_set_new(j, "division", json_text(c->division));
	json_object_set_new(j, "from_court", json_text(c->from_court));
	return j;
}

struct list_state {
	struct records *out; /* csv and json; NULL: the table */
	int count;
	int number_width; /* the longest case number (none is cut), at least 16 */
};

static int print_case(const struct case_row *c, void *arg)
{
	struct list_state *st = arg;
	st->count++;
	if (st->out) {
		records_add(st->out, case_json(c));
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
	struct list_state st = {NULL, 0, 16};
	enum records_format format = FORMAT_TABLE;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_case_entry, argc, argv, "", list_options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'j')
			format = FORMAT_JSON;
		else if (records_format_parse(&cmd_case_entry, "case list", optarg, &format))
			return DL_EXIT_USAGE;
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_case_entry, "case list: unexpected argument '%s'",
				       argv[optind]);
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	int w = 0;
	if (store_case_number_width(ctx->db, &w) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	if (w > st.number_width)
		st.number_width = w;
	if (format == FORMAT_TABLE)
		ctx_pager(ctx);
	else
		st.out = records_new(format, "cases", columns);
	if (store_case_each(ctx->db, print_case, &st) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		records_abort(st.out);
		return DL_EXIT_FAIL;
	}
	if (st.out)
		records_finish(st.out);
	else if (st.count == 0)
		puts("no cases (add one with 'deadlines case add')");
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
		if (c.division)
			printf("Division: %s\n", c.division);
		if (c.from_court) {
			const struct court *from = court_find(c.from_court);
			printf("Appeal from: %s (%s): FRAP 26(a)(6)(C)\n", from ? from->name : c.from_court,
			       c.from_court);
		}
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
		return cmd_usage_error(&cmd_case_entry, "case: say add, edit, list or show");
	const char *verb = argv[1];
	if (strcmp(verb, "add") == 0)
		return case_add(ctx, argc - 1, argv + 1);
	if (strcmp(verb, "edit") == 0)
		return case_edit(ctx, argc - 1, argv + 1);
	if (strcmp(verb, "list") == 0)
		return case_list(ctx, argc - 1, argv + 1);
	if (strcmp(verb, "show") == 0)
		return case_show(ctx, argc - 1, argv + 1);
	return cmd_usage_error(&cmd_case_entry, "case: unknown subcommand '%s'", verb);
}
