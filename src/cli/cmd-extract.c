/*
 * cmd-extract.c: deadlines extract — what an order contains, without a
 * database: each obligation with who, what, when (computed when the trigger's
 * date is known), the rule basis and the sentence it came from.
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

const struct dl_command cmd_extract_entry = {
	"extract", run,
	"extract FILE|- [--entered DATE] [--court CODE] [--rules frcp|frap|frbp|tx]\n"
	"        [--served DATE --service METHOD] [--json] [--explain]",
	"print the obligations an order contains (no database)",
	"The order is plain text (a header of 'key: value' lines ended by '---' is\n"
	"read for 'entered:' and 'court: ... (code)'). With --entered, periods that run\n"
	"from entry get a date computed under the court's rules; with --served and\n"
	"--service, periods that run from service do. A duty stated without a time gets\n"
	"a presumed period where a default applies, flagged 'presumed':\n"
	"  responding to discovery (interrogatories, requests for production or\n"
	"  admission): 30 days after entry, by analogy to FRCP 33(b)(2), 34(b)(2)(A),\n"
	"  36(a)(3); producing documents: 30 days after entry (FRCP 34(b)(2)(A)).\n"
	"With --explain, each obligation names the frame of data/frames.tsv that\n"
	"matched, and the command-like clauses that produced nothing are listed with\n"
	"why (recited, reported, a condition, before the decretal part, a date before\n"
	"entry ...); with --json, --explain adds \"frame\", \"notes\" and the frames and\n"
	"lexicon entries the obligations used.\n",
};

/* Options shared with import: parse --entered/--court/--rules/--served/--service. */
int order_options(const struct dl_command *cmd, int c, const char *arg, struct order_facts *f,
		  const char **court_code, int *have_rules);
int order_options(const struct dl_command *cmd, int c, const char *arg, struct order_facts *f,
		  const char **court_code, int *have_rules)
{
	switch (c) {
	case 'E':
		return cmd_parse_date(cmd, "--entered", arg, &f->entered) == 0 ? 0 : -1;
	case 'S':
		return cmd_parse_date(cmd, "--served", arg, &f->served) == 0 ? 0 : -1;
	case 'M':
		if (service_parse(arg, &f->service) != 0 || f->service == SERVICE_NONE) {
			cmd_usage_error(cmd, "%s: unknown service method '%s': expected personal, "
				        "electronic, mail, leave-with-clerk or other", cmd->name, arg);
			return -1;
		}
		return 0;
	case 'c':
		*court_code = arg;
		return 0;
	case 'r':
		if (rule_set_parse(arg, &f->rules) != 0) {
			cmd_usage_error(cmd, "%s: unknown rules '%s': expected frcp, frap, frbp or tx",
					cmd->name, arg);
			return -1;
		}
		*have_rules = 1;
		return 0;
	}
	return 1; /* not ours */
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"entered", required_argument, NULL, 'E'}, {"court", required_argument, NULL, 'c'},
		{"rules", required_argument, NULL, 'r'},   {"served", required_argument, NULL, 'S'},
		{"service", required_argument, NULL, 'M'}, {"json", no_argument, NULL, 'j'},
		{"explain", no_argument, NULL, 'x'},  {NULL, 0, NULL, 0}};
	struct order_facts f = {NULL, RULES_FRCP, DATE_NONE, DATE_NONE, SERVICE_NONE, 0};
	const char *court_code = NULL;
	int json = 0, explain = 0, have_rules = 0, c;
	(void)ctx;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_extract_entry, argc, argv, "", opts)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'j' || c == 'x') {
			*(c == 'j' ? &json : &explain) = 1;
			continue;
		}
		if (order_options(&cmd_extract_entry, c, optarg, &f, &court_code, &have_rules) < 0)
			return DL_EXIT_USAGE;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_extract_entry, "extract: give one FILE (or - for standard input)");
	if ((f.served == DATE_NONE) != (f.service == SERVICE_NONE))
		return cmd_usage_error(&cmd_extract_entry, "extract: --served and --service go together");
	struct order_file of;
	char *err = NULL;
	if (order_file_read(argv[optind], &of, &err) != 0) {
		dl_error("extract: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	if (of.invalid_utf8)
		dl_warn("extract: '%s' is not valid UTF-8 at byte offset %zu (%zu invalid byte%s); each "
			"is read as '?'", argv[optind], of.invalid_at, of.invalid_utf8,
			of.invalid_utf8 == 1 ? "" : "s");
	if (of.controls)
		dl_warn("extract: '%s' holds control characters (the first at byte offset %zu, %zu in "
			"all); each is read as '?'", argv[optind], of.control_at, of.controls);
	if (!court_code)
		court_code = of.court ? of.court : have_rules && f.rules == RULES_TX ? "tx" : NULL;
	if (court_code && !court_find(court_code)) {
		/* (the message first: the code may be the file's, freed below) */
		int rc = cmd_usage_error(&cmd_extract_entry, "extract: unknown court '%s'", court_code);
		order_file_free(&of);
		return rc;
	}
	if (court_code && !strcmp(court_find(court_code)->kind, "state"))
		f.rules = RULES_TX;
	f.court = court_code ? court_find(court_code)->code : NULL;
	if (order_file_entered(&of, f.entered, &f.entered, &err) != 0) {
		dl_error("extract: %s", err);
		free(err);
		order_file_free(&of);
		return DL_EXIT_FAIL;
	}
	f.offset = of.body;

	struct extraction x;
	struct extract_options xo = {f.entered, explain};
	extract_order_with(of.text + of.body, of.len - of.body, &xo, &x);
	json_t *array = json ? json_array() : NULL;
	for (size_t i = 0; i < x.n; i++) {
		struct obligation o;
		extracted_to_obligation(&x.items[i], &f, &o);
		if (f.court)
			obligation_set_dates(NULL, &o);
		if (json) {
			json_t *j = extracted_json(&x.items[i], &o);
			if (explain)
				json_object_set_new(j, "frame", json_string(x.items[i].frame));
			json_array_append_new(array, j);
		} else {
			extracted_print(stdout, &x.items[i], &o);
			if (explain)
				printf("  frame:  %s\n", x.items[i].frame);
			putchar('\n');
		}
		obligation_free(&o);
	}
	if (json) {
		json_t *doc = json_pack("{s:o}", "obligations", array);
		if (explain)
			extraction_explain_json(doc, &x, of.text + of.body);
		json_print(doc, stdout);
		json_decref(doc);
		if (x.n == 0)
			dl_warn("extract: no obligations found in '%s'", argv[optind]);
	} else if (x.n == 0) {
		puts("no obligations found");
	}
	if (explain && !json)
		extraction_explain_print(stdout, &x, of.text + of.body);
	if (!f.court && !json)
		dl_warn("extract: no --court given: no dates were computed");
	extraction_free(&x);
	order_file_free(&of);
	return DL_EXIT_OK;
}
