/*
 * cmd-import.c: deadlines import — store an order (full text, sha256) and its
 * obligations in one transaction. Importing the same text again changes
 * nothing; --dry-run stores nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cmd.h"
#include "importer.h"
#include "output.h"
#include "print-extracted.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

const struct dl_command cmd_import_entry = {
	"import", run,
	"import FILE|- --case NUMBER [--entered DATE] [--docket TEXT]\n"
	"       [--served DATE --service METHOD] [--dry-run] [--json]",
	"store an order and the obligations it contains",
	"Reads the order like 'deadlines extract' and stores it in the case with every\n"
	"obligation, in one transaction. Dates are computed under the case's court's\n"
	"rules from --entered (or the file header's 'entered:'). The same text imported\n"
	"twice into a case is stored once. --dry-run shows what would be stored.\n",
};

int order_options(const struct dl_command *cmd, int c, const char *arg, struct order_facts *f,
		  const char **court_code, int *have_rules);

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"case", required_argument, NULL, 'C'},	   {"entered", required_argument, NULL, 'E'},
		{"docket", required_argument, NULL, 'D'},  {"served", required_argument, NULL, 'S'},
		{"service", required_argument, NULL, 'M'}, {"dry-run", no_argument, NULL, 'n'},
		{"json", no_argument, NULL, 'j'},	   {NULL, 0, NULL, 0}};
	struct order_facts f = {NULL, RULES_FRCP, DATE_NONE, DATE_NONE, SERVICE_NONE, 0};
	const char *number = NULL, *docket = NULL, *unused_court = NULL;
	int json = 0, dry = 0, have_rules = 0, c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_import_entry, argc, argv, "", opts)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		else if (c == 'C')
			number = optarg;
		else if (c == 'D')
			docket = optarg;
		else if (c == 'n')
			dry = 1;
		else if (c == 'j')
			json = 1;
		else if (order_options(&cmd_import_entry, c, optarg, &f, &unused_court, &have_rules) < 0)
			return DL_EXIT_USAGE;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_import_entry, "import: give one FILE (or - for standard input)");
	if (!number)
		return cmd_usage_error(&cmd_import_entry, "import: --case NUMBER is required");
	if ((f.served == DATE_NONE) != (f.service == SERVICE_NONE))
		return cmd_usage_error(&cmd_import_entry, "import: --served and --service go together");
	const char *path = argv[optind];
	struct order_file of;
	char *err = NULL;
	if (order_file_read(path, &of, &err) != 0) {
		dl_error("import: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	if (of.invalid_utf8)
		dl_warn("import: '%s' is not valid UTF-8 at byte offset %zu (%zu invalid byte%s); each "
			"is stored as '?'", path, of.invalid_at, of.invalid_utf8, of.invalid_utf8 == 1 ? "" : "s");
	if (of.controls)
		dl_warn("import: '%s' holds control characters (the first at byte offset %zu, %zu in "
			"all); each is stored as '?'", path, of.control_at, of.controls);
	if (order_file_entered(&of, f.entered, &f.entered, &err) != 0) {
		dl_error("import: %s", err);
		free(err);
		order_file_free(&of);
		return DL_EXIT_FAIL;
	}
	if (!docket)
		docket = of.docket;

	int rc = ctx_open(ctx, dry ? STORE_READONLY : STORE_CREATE);
	if (rc) {
		order_file_free(&of);
		return rc;
	}
	struct case_row cs;
	memset(&cs, 0, sizeof cs);
	if ((!dry && store_begin(ctx->db) != STORE_OK) || store_case_find(ctx->db, number, &cs) != STORE_OK) {
		dl_error("import: %s", store_errmsg(ctx->db));
		store_rollback(ctx->db);
		order_file_free(&of);
		return DL_EXIT_FAIL;
	}
	const struct court *court = court_find(cs.court);
	f.court = cs.court;
	f.rules = court ? rules_of_court(court) : RULES_FRCP;
	f.offset = of.body;
	char sha[65];
	sha256_hex(of.text, of.len, sha);
	int64_t order_id = 0;
	int found = store_order_find(ctx->db, cs.id, sha, &order_id);
	if (found == STORE_OK) {
		printf("this order is already imported into case %s (order #%lld): nothing changed\n",
		       cs.number, (long long)order_id);
		store_rollback(ctx->db);
		case_row_free(&cs);
		order_file_free(&of);
		return DL_EXIT_OK;
	}
	if (found != STORE_NOTFOUND) {
		dl_error("import: %s", store_errmsg(ctx->db));
		store_rollback(ctx->db);
		case_row_free(&cs);
		order_file_free(&of);
		return DL_EXIT_FAIL;
	}
	struct extraction x;
	struct extract_options xo = {f.entered, 0};
	extract_order_with(of.text + of.body, of.len - of.body, &xo, &x);
	struct order_row row = {cs.id, docket, NULL, of.text, sha,
				f.service != SERVICE_NONE ? service_name(f.service) : NULL, f.entered,
				f.served};
	int failed = !dry && store_order_add(ctx->db, &row, &order_id) != STORE_OK;
	json_t *array = json ? json_array() : NULL;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	char *cause = xasprintf("imported from %s%s%s", docket ? docket : "the order",
				strcmp(path, "-") ? " in " : "", strcmp(path, "-") ? base : "");
	for (size_t i = 0; i < x.n && !failed; i++) {
		struct obligation o;
		extracted_to_obligation(&x.items[i], &f, &o);
		o.case_id = cs.id;
		o.order_id = order_id;
		o.case_number = xstrdup(cs.number);
		obligation_set_dates(ctx->db, &o);
		if (!dry && store_obligation_add(ctx->db, &o, cause) != STORE_OK)
			failed = 1;
		if (json) {
			json_t *j = extracted_json(&x.items[i], &o);
			json_object_set_new(j, "id", dry ? json_null() : json_integer(o.id));
			json_array_append_new(array, j);
		} else if (!failed) {
			if (!dry)
				printf("#%lld ", (long long)o.id);
			extracted_print(stdout, &x.items[i], &o);
			putchar('\n');
		}
		obligation_free(&o);
	}
	free(cause);
	if (failed || (!dry && store_commit(ctx->db) != STORE_OK)) {
		dl_error("import: %s; nothing was stored", store_errmsg(ctx->db));
		store_rollback(ctx->db);
		json_decref(array);
		extraction_free(&x);
		case_row_free(&cs);
		order_file_free(&of);
		return DL_EXIT_FAIL;
	}
	if (json) {
		json_t *doc = json_pack("{s:o,s:o,s:b,s:o}", "case", json_text(cs.number), "order",
					dry ? json_null() : json_integer(order_id), "dry_run", dry,
					"obligations", array);
		json_print(doc, stdout);
		json_decref(doc);
	} else if (x.n == 0) {
		printf("no obligations found in %s\n", strcmp(path, "-") ? path : "the order");
	}
	if (!json)
		printf("%s order into case %s: %zu obligation%s%s\n", dry ? "dry run: would import the"
									 : "imported the",
		       cs.number, x.n, x.n == 1 ? "" : "s", dry ? " (nothing stored)" : "");
	if (f.entered == DATE_NONE)
		dl_warn("import: no entry date (--entered): periods that run from entry have no date yet");
	extraction_free(&x);
	case_row_free(&cs);
	order_file_free(&of);
	return DL_EXIT_OK;
}
