/*
 * cmd-import.c: deadlines import — store an order (full text, sha256) and its
 * obligations in one transaction. Importing the same text again changes
 * nothing; --dry-run stores nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd.h"
#include "import-ics.h"
#include "importer.h"
#include "invite.h"
#include "mutate.h"
#include "order-options.h"
#include "json-csv.h"
#include "print-extracted.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"case", required_argument, NULL, 'C'},
	{"entered", required_argument, NULL, 'E'},
	{"docket", required_argument, NULL, 'D'},
	{"served", required_argument, NULL, 'S'},
	{"service", required_argument, NULL, 'M'},
	{"dry-run", no_argument, NULL, 'n'},
	{"json", no_argument, NULL, 'j'},
	{"ics", required_argument, NULL, 'i'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_import_entry = {
	"import", run,
	"import FILE|- --case NUMBER [--entered DATE] [--docket TEXT]\n"
	"       [--served DATE --service METHOD] [--dry-run] [--json]\n"
	"import INVITE.ics [--case NUMBER] [--dry-run]\n"
	"import --ics URL|FILE --case NUMBER [--dry-run]",
	"store an order and the obligations it contains",
	"Reads the order like 'deadlines extract' and stores it in the case with every\n"
	"obligation, in one transaction. Dates are computed under the case's court's\n"
	"rules from --entered (or the file header's 'entered:'). The same text imported\n"
	"twice into a case is stored once. --dry-run shows what would be stored.\n"
	"An iCalendar invitation (FILE.ics, or --ics URL|FILE for a calendar a court\n"
	"publishes) gives hearings at its times (its own VTIMEZONE), with its place\n"
	"and video link; recurring events are expanded (3 years at most); importing\n"
	"it again updates them by UID and SEQUENCE (a cancellation vacates them).\n"
	"Without --case, the case is the one of the database the invitation names.\n",
	options, NULL,
};

/* What was imported (or would be, dry), as JSON or for people. */
static void print_imported(const struct import_result *res, const struct case_row *cs, int json,
			   int dry, const char *path)
{
	const struct extraction *x = &res->r.x;
	json_t *array = json ? json_array() : NULL;
	for (size_t i = 0; i < x->n; i++) {
		const struct obligation *o = &res->r.o[i];
		if (json) {
			json_t *j = extracted_json(&x->items[i], o);
			json_object_set_new(j, "id", dry ? json_null() : json_integer(o->id));
			json_array_append_new(array, j);
			continue;
		}
		if (!dry)
			printf("#%lld ", (long long)o->id);
		extracted_print(stdout, &x->items[i], o);
		putchar('\n');
	}
	if (json) {
		json_t *doc = json_pack("{s:o,s:o,s:b,s:o}", "case", json_text(cs->number), "order",
					dry ? json_null() : json_integer(res->order_id), "dry_run", dry,
					"obligations", array);
		json_print(doc, stdout);
		json_decref(doc);
		return;
	}
	if (x->n == 0)
		printf("no obligations found in %s\n", strcmp(path, "-") ? path : "the order");
	printf("%s order into case %s: %zu obligation%s%s\n", dry ? "dry run: would import the" : "imported the",
	       cs->number, x->n, x->n == 1 ? "" : "s", dry ? " (nothing stored)" : "");
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	struct order_options oo;
	const char *number = NULL, *docket = NULL, *ics = NULL;
	int json = 0, dry = 0, c;
	order_options_init(&oo);
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_import_entry, argc, argv, "", options)) != -1) {
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
		else if (c == 'i')
			ics = optarg;
		else if (order_option(&cmd_import_entry, c, optarg, &oo) < 0)
			return DL_EXIT_USAGE;
	}
	if (ics || (optind + 1 == argc && strlen(argv[optind]) > 4 &&
		    !strcasecmp(argv[optind] + strlen(argv[optind]) - 4, ".ics"))) {
		if (ics ? optind != argc : optind + 1 != argc)
			return cmd_usage_error(&cmd_import_entry, "import: give one calendar (FILE.ics, or --ics URL|FILE)");
		if (json || docket || oo.facts.dates.entered != DATE_NONE || oo.facts.dates.served != DATE_NONE)
			return cmd_usage_error(&cmd_import_entry, "import: a calendar takes --case and --dry-run only");
		if (ics && !number)
			return cmd_usage_error(&cmd_import_entry, "import: --ics needs --case NUMBER");
		return import_ics(ctx, ics ? ics : argv[optind], number, dry);
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_import_entry, "import: give one FILE (or - for standard input)");
	if (!number)
		return cmd_usage_error(&cmd_import_entry, "import: --case NUMBER is required");
	if (order_options_check(&cmd_import_entry, &oo) != 0)
		return DL_EXIT_USAGE;
	const char *path = argv[optind];
	struct order_file of;
	struct case_row cs;
	struct import_result res;
	char *err = NULL, *cause = NULL;
	memset(&cs, 0, sizeof cs);
	memset(&res, 0, sizeof res);
	if (order_file_read(path, &of, &err) != 0) {
		dl_error("import: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	int rc = DL_EXIT_FAIL;
	if (of.invalid_utf8)
		dl_warn("import: '%s' is not valid UTF-8 at byte offset %zu (%zu invalid byte%s); each "
			"is stored as '?'", path, of.invalid_at, of.invalid_utf8, of.invalid_utf8 == 1 ? "" : "s");
	if (of.controls)
		dl_warn("import: '%s' holds control characters (the first at byte offset %zu, %zu in "
			"all); each is stored as '?'", path, of.control_at, of.controls);
	dl_day *entered = &oo.facts.dates.entered;
	if (order_file_entered(&of, *entered, entered, &err) != 0) {
		dl_error("import: %s", err);
		goto out;
	}
	if (!docket)
		docket = of.docket;
	/* a dry run only reads */
	if ((rc = dry ? ctx_open(ctx, STORE_READONLY) : mutate_begin(ctx)))
		goto out;
	if (store_case_find(ctx->db, number, &cs) != STORE_OK) {
		rc = mutate_refuse(ctx, "import: %s", store_errmsg(ctx->db));
		goto out;
	}
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	cause = xasprintf("imported from %s%s%s", docket ? docket : "the order",
			  strcmp(path, "-") ? " in " : "", strcmp(path, "-") ? base : "");
	struct import_request req = {oo.facts, docket, cause, dry};
	if (import_order(ctx->db, &cs, &of, &req, &res) != 0) {
		rc = mutate_refuse(ctx, "import: %s; nothing was stored", store_errmsg(ctx->db));
		goto out;
	}
	if (res.already) {
		printf("this order is already imported into case %s (order #%lld): nothing changed\n",
		       cs.number, (long long)res.order_id);
		rc = mutate_cancel(ctx);
		goto out;
	}
	if (!dry && (rc = mutate_commit_said(ctx, "import: ", "; nothing was stored")))
		goto out;
	print_imported(&res, &cs, json, dry, path);
	if (*entered == DATE_NONE)
		dl_warn("import: no entry date (--entered): periods that run from entry have no date yet");
	rc = DL_EXIT_OK;
out:
	free(err);
	free(cause);
	import_result_free(&res);
	case_row_free(&cs);
	order_file_free(&of);
	return rc;
}
