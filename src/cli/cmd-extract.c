/*
 * cmd-extract.c: deadlines extract — what an order contains, without a
 * database: each obligation with who, what, when (computed when the trigger's
 * date is known), the rule basis and the sentence it came from.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd-full.h"
#include "cmd.h"
#include "importer.h"
#include "readers.h"
#include "order-options.h"
#include "json-csv.h"
#include "print-extracted.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"entered", required_argument, NULL, 'E'},
	{"court", required_argument, NULL, 'c'},
	{"rules", required_argument, NULL, 'r'},
	{"served", required_argument, NULL, 'S'},
	{"service", required_argument, NULL, 'M'},
	{"json", no_argument, NULL, 'j'},
	{"explain", no_argument, NULL, 'x'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_extract_entry = {
	"extract", run,
	"extract FILE|- [--entered DATE] [--court CODE] [--rules frcp|frap|frbp|tx]\n"
	"        [--served DATE --service METHOD] [--json] [--explain]",
	"print the obligations an order contains (no database)",
	"The order is plain text (a header of 'key: value' lines ended by '---' is\n"
	"read for 'entered:' and 'court: ... (code)'), a PDF (its CM/ECF stamp gives\n"
	"the entry date; pages without text are read by OCR where it is built in, and\n"
	"an obligation read with low confidence says so), or a CM/ECF notice of\n"
	"electronic filing by e-mail (its docket text is read, in its court, from its\n"
	"entry date). With --entered, periods that run\n"
	"from entry get a date computed under the court's rules; with --served and\n"
	"--service, periods that run from service do. A duty stated without a time gets\n"
	"a presumed period where a default applies, flagged 'presumed':\n"
	"  responding to discovery (interrogatories, requests for production or\n"
	"  admission): 30 days after entry, by analogy to FRCP 33(b)(2), 34(b)(2)(A),\n"
	"  36(a)(3); producing documents: 30 days after entry (FRCP 34(b)(2)(A)).\n"
	"Each obligation has a confidence (high, medium, low) and the reader's doubts:\n"
	"low when the order states no time, the period is presumed or the date does not\n"
	"exist; medium with any other doubt (no party named, counsel or a name with no\n"
	"side, a condition, a schedule row, a stay with no stated end ...). Each part\n"
	"has its own level too (JSON \"confidence_of\": its date, its party), so a\n"
	"clerk checks only the party of a sure date; tests/orders/LOG.md gives the\n"
	"share right per level on the order corpus.\n"
	"With --explain, each obligation names the frame of data/frames.tsv that\n"
	"matched, and the command-like clauses that produced nothing are listed with\n"
	"why (recited, reported, a condition, before the decretal part, a date before\n"
	"entry ...); with --json, --explain adds \"frame\", \"notes\" and the frames and\n"
	"lexicon entries the obligations used.\n",
	options, NULL,
};

/* What the order contains, as JSON or for people (text: the order's body,
 * which the explanation's offsets index). */
static void print_reading(const struct reading *r, int json, int explain, const char *text,
			  const char *path)
{
	const struct extraction *x = &r->x;
	json_t *array = json ? json_array() : NULL;
	for (size_t i = 0; i < x->n; i++) {
		if (json) {
			json_t *j = extracted_json(&x->items[i], &r->o[i]);
			if (explain)
				json_object_set_new(j, "frame", json_string(x->items[i].frame));
			json_array_append_new(array, j);
			continue;
		}
		extracted_print(stdout, &x->items[i], &r->o[i]);
		if (explain)
			printf("  frame:  %s\n", x->items[i].frame);
		putchar('\n');
	}
	if (json) {
		json_t *doc = json_pack("{s:o}", "obligations", array);
		if (explain)
			extraction_explain_json(doc, x, text);
		json_print(doc, stdout);
		json_decref(doc);
		if (x->n == 0)
			dl_warn("extract: no obligations found in '%s'", path);
		return;
	}
	if (x->n == 0)
		puts("no obligations found");
	if (explain)
		extraction_explain_print(stdout, x, text);
}

/* A PDF or a notice read into an order file (its text), the facts it states
 * checked against the options' (f): the entry date, where none was given. */
static int read_arrived(const char *path, enum doc_kind kind, struct order_file *of, struct document *doc,
			struct notice *n, struct order_facts *f, char **err)
{
	char d1[11], d2[11];
	dl_day stated;
	if (kind == DOC_PDF) {
		if (dl_readers->pdf(path, doc, err) != 0)
			return -1;
		stated = doc->facts.filed;
		order_file_from_text(doc->text, doc->len, of);
		doc->text = NULL; /* (the order file has it) */
	} else {
		char *why = NULL;
		if (dl_readers->mail(path, n, &why) != NEF_OK) {
			*err = xasprintf("'%s' %s", path, why);
			free(why);
			return -1;
		}
		stated = n->facts.entered;
		char *text = xstrdup(n->docket_text);
		order_file_from_text(text, strlen(text), of);
		if (f->dates.served == DATE_NONE) {
			f->dates.served = n->facts.filed != DATE_NONE ? n->facts.filed : stated;
			f->dates.service = SERVICE_ELECTRONIC;
		}
	}
	if (f->dates.entered != DATE_NONE && stated != DATE_NONE && f->dates.entered != stated) {
		*err = xasprintf("'%s' says it was %s on %s, not %s (--entered)", path,
				 kind == DOC_PDF ? "filed" : "entered", date_format(stated, d1),
				 date_format(f->dates.entered, d2));
		order_file_free(of);
		return -1;
	}
	if (f->dates.entered == DATE_NONE)
		f->dates.entered = stated;
	return 0;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	struct order_options oo;
	struct order_facts *f = &oo.facts;
	int json = 0, explain = 0, c;
	(void)ctx;
	order_options_init(&oo);
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_extract_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'j' || c == 'x') {
			*(c == 'j' ? &json : &explain) = 1;
			continue;
		}
		if (order_option(&cmd_extract_entry, c, optarg, &oo) < 0)
			return DL_EXIT_USAGE;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_extract_entry, "extract: give one FILE (or - for standard input)");
	if (order_options_check(&cmd_extract_entry, &oo) != 0)
		return DL_EXIT_USAGE;
	const char *path = argv[optind];
	enum doc_kind kind = document_kind(path);
	if (kind != DOC_TEXT && !dl_readers)
		return dl_run_full(ctx->argv);
	struct order_file of;
	struct document doc;
	struct notice notice;
	char *err = NULL, *mail_court = NULL;
	document_init(&doc);
	memset(&notice, 0, sizeof notice);
	if (kind == DOC_TEXT ? order_file_read(path, &of, &err) != 0
			     : read_arrived(path, kind, &of, &doc, &notice, f, &err) != 0) {
		dl_error("extract: %s", err);
		free(err);
		document_free(&doc);
		notice_free(&notice);
		return DL_EXIT_FAIL;
	}
	if (notice.facts.court)
		mail_court = notice.facts.court;
	if (of.invalid_utf8)
		dl_warn("extract: '%s' is not valid UTF-8 at byte offset %zu (%zu invalid byte%s); each "
			"is read as '?'", argv[optind], of.invalid_at, of.invalid_utf8,
			of.invalid_utf8 == 1 ? "" : "s");
	if (of.controls)
		dl_warn("extract: '%s' holds control characters (the first at byte offset %zu, %zu in "
			"all); each is read as '?'", argv[optind], of.control_at, of.controls);
	/* the court: --court, else the file's, else the one the rules name;
	 * its rules: those asked for where they apply, else its own */
	const enum rule_set *asked = oo.have_rules ? &f->rules : NULL;
	const char *code = oo.court ? oo.court : mail_court ? mail_court : of.court;
	int rc = DL_EXIT_FAIL;
	if (oo.court && mail_court && strcmp(oo.court, mail_court)) {
		rc = cmd_usage_error(&cmd_extract_entry, "extract: '%s' is a notice of court %s, not %s (--court)",
				     path, mail_court, oo.court);
		goto out;
	}
	const struct court *court = code ? court_find(code) : court_for_rules(asked);
	if (code && !court) {
		/* (the message first: the code may be the file's, freed below) */
		rc = cmd_usage_error(&cmd_extract_entry, "extract: unknown court '%s'", code);
		goto out;
	}
	if (court && rules_for_court(court, asked, &f->rules) != 0) {
		rc = cmd_usage_error(&cmd_extract_entry,
				     "extract: rules '%s' do not apply in court '%s' (Texas state "
				     "courts use --rules tx --court tx)",
				     rule_set_name(f->rules), court->code);
		goto out;
	}
	f->court = court ? court->code : NULL;
	if (order_file_entered(&of, f->dates.entered, &f->dates.entered, &err) != 0) {
		dl_error("extract: %s", err);
		goto out;
	}
	struct reading r;
	f->doc = kind == DOC_PDF ? &doc : NULL;
	if (doc.ocr_pages)
		dl_warn("extract: '%s': %zu of its %zu page%s read by OCR", path, doc.ocr_pages, doc.pages,
			doc.pages == 1 ? "" : "s");
	order_read(&of, f, NULL, explain, &r);
	print_reading(&r, json, explain, of.text + of.body, argv[optind]);
	if (!f->court && !json)
		dl_warn("extract: no --court given: no dates were computed");
	reading_free(&r);
	rc = DL_EXIT_OK;
out:
	free(err);
	order_file_free(&of);
	document_free(&doc);
	notice_free(&notice);
	return rc;
}
