/*
 * cmd-import.c: deadlines import — store an order (full text, sha256) and its
 * obligations in one transaction. Importing the same text again changes
 * nothing; --dry-run stores nothing. The order may be text, a PDF (its
 * CM/ECF stamp gives the case, document and date), or a CM/ECF notice by
 * e-mail (its case is added when it is new; the PDF of its document merged);
 * --mail imports every notice of a mailbox, each in a transaction of its own;
 * an iCalendar invitation or calendar gives hearings (import-ics.c).
 * PDF and e-mail are read in deadlines-full (cmd-full.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cmd-full.h"
#include "cmd.h"
#include "import-ics.h"
#include "importer.h"
#include "readers.h"
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
	{"attach", required_argument, NULL, 'a'},
	{"mail", no_argument, NULL, 'm'},
	{"ics", required_argument, NULL, 'i'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_import_entry = {
	"import", run,
	"import FILE|- [--case NUMBER] [--entered DATE] [--docket TEXT]\n"
	"       [--served DATE --service METHOD] [--attach FILE.pdf] [--dry-run] [--json]\n"
	"       import --mail MBOX|MAILDIR [--dry-run]\n"
	"       import INVITE.ics [--case NUMBER] [--dry-run]\n"
	"       import --ics URL|FILE --case NUMBER [--dry-run]",
	"store an order and the obligations it contains",
	"Reads the order like 'deadlines extract' and stores it in the case with every\n"
	"obligation, in one transaction. Dates are computed under the case's court's\n"
	"rules from --entered (or the file header's 'entered:'). The same text imported\n"
	"twice into a case is stored once. --dry-run shows what would be stored.\n"
	"FILE may be plain text (--case is required), a PDF or a CM/ECF notice of\n"
	"electronic filing (an e-mail). A PDF's CM/ECF stamp ('Case 2:16-cv-00435\n"
	"Document 35 Filed 05/19/17 Page 1 of 3') gives its case, document number and\n"
	"entry date when --case and --entered do not (a stamp that contradicts them is\n"
	"an error); its text, without stamps, page headers, footers and line numbers,\n"
	"is stored with the order ('deadlines show ID --order'). A page with no text\n"
	"is read by OCR where it is built in; each obligation read so is marked with\n"
	"the engine's confidence. A notice gives the court, case, document number,\n"
	"dates and docket text; its case is added when there is none, and a notice\n"
	"already imported (the same document of the same case) is skipped. --attach\n"
	"gives the PDF of the notice's document (else a PDF beside the e-mail whose\n"
	"name holds the document number is taken; for --mail, beside the mailbox):\n"
	"the two are merged, the order's obligation kept where both state it.\n"
	"--mail imports every notice in an mbox\n"
	"file or a Maildir, each in a transaction of its own, and says how many were\n"
	"imported, skipped and rejected and why (exit 1 when any was rejected).\n"
	"An iCalendar invitation (FILE.ics, or --ics URL|FILE for a calendar a court\n"
	"publishes) gives hearings at its times (its own VTIMEZONE), with its place\n"
	"and video link; recurring events are expanded (3 years at most); importing\n"
	"it again updates them by UID and SEQUENCE (a cancellation vacates them).\n"
	"Without --case, the case is the one of the database the invitation names.\n",
	options, NULL,
};

/* What an import sent to the review queue, in a line (none: nothing). */
static void review_summary(const struct import_review *r)
{
	if (!r->pending && !r->changes && !r->sentences)
		return;
	printf("for review: %zu pending, %zu proposed change%s of earlier obligations, %zu sentence%s that "
	       "gave nothing (see 'deadlines review')\n",
	       r->pending, r->changes, r->changes == 1 ? "" : "s", r->sentences, r->sentences == 1 ? "" : "s");
}

/* How an imported obligation is known: its id (none in a dry run), or the
 * proposed change it became; and whether it awaits review. */
static void print_item_id(const struct import_result *res, size_t i, int dry)
{
	int64_t change = res->review.proposal ? res->review.proposal[i] : 0;
	if (change > 0)
		printf("c%lld proposed change: ", (long long)change);
	else if (change < 0)
		printf("proposed change: ");
	else if (!dry)
		printf("#%lld ", (long long)res->r.o[i].id);
	if (res->r.o[i].review == REVIEW_PENDING)
		printf("(pending review) ");
}

/* What was imported (or would be, dry), as JSON or for people. */
static void print_imported(const struct import_result *res, const struct case_row *cs, int json,
			   int dry, const char *path)
{
	const struct extraction *x = &res->r.x;
	json_t *array = json ? json_array() : NULL;
	for (size_t i = 0; i < x->n; i++) {
		const struct obligation *o = &res->r.o[i];
		int64_t change = res->review.proposal ? res->review.proposal[i] : 0;
		if (json) {
			json_t *j = extracted_json(&x->items[i], o);
			json_object_set_new(j, "id", dry || change ? json_null() : json_integer(o->id));
			json_object_set_new(j, "pending", json_boolean(o->review == REVIEW_PENDING));
			json_object_set_new(j, "change", change > 0 ? json_integer(change) : json_null());
			json_array_append_new(array, j);
			continue;
		}
		print_item_id(res, i, dry);
		extracted_print(stdout, &x->items[i], o);
		putchar('\n');
	}
	if (json) {
		json_t *doc = json_pack("{s:o,s:o,s:b,s:o,s:o}", "case", json_text(cs->number), "order",
					dry ? json_null() : json_integer(res->order_id), "dry_run", dry,
					"from_court", res->origin_read ? json_string(res->origin_read) : json_null(),
					"obligations", array);
		json_print(doc, stdout);
		json_decref(doc);
		return;
	}
	if (res->origin_read) {
		const struct court *from = court_find(res->origin_read);
		printf("case %s is on appeal from %s (%s), as the order's caption says: that state's "
		       "holidays count too (FRAP 26(a)(6)(C))\n",
		       cs->number, from->short_name, from->code);
	}
	if (x->n == 0)
		printf("no obligations found in %s\n", strcmp(path, "-") ? path : "the order");
	printf("%s order into case %s: %zu obligation%s%s\n", dry ? "dry run: would import the" : "imported the",
	       cs->number, x->n, x->n == 1 ? "" : "s", dry ? " (nothing stored)" : "");
	review_summary(&res->review);
}

/* The import asked for: the options. */
struct import_args {
	struct order_options oo;
	const char *number, *docket, *attach;
	int json, dry;
};

/* Store order file of (read from path, perhaps from a PDF: doc) into case
 * number, in one transaction, and print it. */
static int import_file(struct dl_ctx *ctx, struct import_args *a, const char *path, struct order_file *of,
		       const struct document *doc)
{
	struct case_row cs;
	struct import_result res;
	char *err = NULL, *cause = NULL;
	const char *number = a->number, *docket = a->docket;
	memset(&cs, 0, sizeof cs);
	memset(&res, 0, sizeof res);
	int rc = DL_EXIT_FAIL;
	if (of->invalid_utf8)
		dl_warn("import: '%s' is not valid UTF-8 at byte offset %zu (%zu invalid byte%s); each "
			"is stored as '?'", path, of->invalid_at, of->invalid_utf8, of->invalid_utf8 == 1 ? "" : "s");
	if (of->controls)
		dl_warn("import: '%s' holds control characters (the first at byte offset %zu, %zu in "
			"all); each is stored as '?'", path, of->control_at, of->controls);
	dl_day *entered = &a->oo.facts.dates.entered;
	if (order_file_entered(of, *entered, entered, &err) != 0) {
		dl_error("import: %s", err);
		goto out;
	}
	char *stamped = doc && doc->facts.document ? xasprintf("ECF No. %s", doc->facts.document) : NULL;
	if (!docket)
		docket = of->docket ? of->docket : stamped;
	/* a dry run only reads */
	if ((rc = a->dry ? ctx_open(ctx, STORE_READONLY) : mutate_begin(ctx))) {
		free(stamped);
		goto out;
	}
	int found = a->number || !doc ? store_case_find(ctx->db, number, &cs)
				       : case_find_same(ctx->db, doc->facts.case_number, NULL, &cs);
	if (found != STORE_OK) {
		if (found == STORE_NOTFOUND && !a->number)
			rc = mutate_refuse(ctx, "import: '%s' is stamped for case %s, which is not in the "
						"database (add it with 'deadlines case add')",
					   path, doc->facts.case_number);
		else
			rc = mutate_refuse(ctx, "import: %s", store_errmsg(ctx->db));
		free(stamped);
		goto out;
	}
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	cause = xasprintf("imported from %s%s%s", docket ? docket : "the order",
			  strcmp(path, "-") ? " in " : "", strcmp(path, "-") ? base : "");
	struct import_request req = {a->oo.facts, docket, cause, a->dry,
				     doc ? doc->facts.document : NULL,
				     !doc ? "text" : doc->ocr_pages ? "ocr" : "pdf", NULL, NULL, NULL};
	req.facts.doc = doc;
	int failed = import_order(ctx->db, &cs, of, &req, &res);
	free(stamped);
	if (failed) {
		rc = mutate_refuse(ctx, "import: %s; nothing was stored", store_errmsg(ctx->db));
		goto out;
	}
	if (res.already) {
		printf("this %s is already imported into case %s (order #%lld): nothing changed\n",
		       res.already == 1 ? "order" : "document", cs.number, (long long)res.order_id);
		rc = mutate_cancel(ctx);
		goto out;
	}
	if (!a->dry && (rc = mutate_commit_said(ctx, "import: ", "; nothing was stored")))
		goto out;
	print_imported(&res, &cs, a->json, a->dry, path);
	if (*entered == DATE_NONE)
		dl_warn("import: no entry date (--entered): periods that run from entry have no date yet");
	rc = DL_EXIT_OK;
out:
	free(err);
	free(cause);
	import_result_free(&res);
	case_row_free(&cs);
	return rc;
}

/* A PDF read, its stamp's facts checked against the options: an order file. */
static int import_pdf(struct dl_ctx *ctx, struct import_args *a, const char *path)
{
	struct document doc;
	char *err = NULL;
	if (dl_readers->pdf(path, &doc, &err) != 0) {
		dl_error("import: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	const struct doc_facts *f = &doc.facts;
	dl_day *entered = &a->oo.facts.dates.entered;
	int rc = DL_EXIT_FAIL;
	char d1[11], d2[11];
	if (a->number && f->case_number && !case_number_same(a->number, f->case_number)) {
		dl_error("import: '%s' is stamped for case %s, not %s (--case)", path, f->case_number, a->number);
		goto out;
	}
	if (*entered != DATE_NONE && f->filed != DATE_NONE && *entered != f->filed) {
		dl_error("import: '%s' is stamped filed on %s, not %s (--entered)", path,
			 date_format(f->filed, d1), date_format(*entered, d2));
		goto out;
	}
	if (!a->number && !f->case_number) {
		rc = cmd_usage_error(&cmd_import_entry, "import: '%s' has no CM/ECF stamp naming its case: "
							"give --case NUMBER", path);
		goto out;
	}
	if (*entered == DATE_NONE)
		*entered = f->filed;
	if (doc.ocr_pages)
		dl_warn("import: '%s': %zu of its %zu page%s read by OCR", path, doc.ocr_pages, doc.pages,
			doc.pages == 1 ? "" : "s");
	struct order_file of;
	order_file_from_text(doc.text, doc.len, &of);
	doc.text = NULL; /* (the order file has it) */
	rc = import_file(ctx, a, path, &of, &doc);
	order_file_free(&of);
out:
	document_free(&doc);
	return rc;
}

/* What a mailbox gave. */
struct tally {
	struct dl_ctx *ctx;
	struct import_args *a;
	const char *path;
	int imported, skipped, rejected, others;
	int why[NEF_NO_DOCKET_TEXT + 2]; /* rejected by enum nef_error; the last: not stored */
};

/* Import one notice in a transaction of its own and say what it gave. 0,
 * or -1 (said) when it was rejected. */
static int import_one_notice(struct tally *t, const char *where, struct notice *n, const struct document *pdf)
{
	struct dl_ctx *ctx = t->ctx;
	struct notice_result res;
	char *err = NULL;
	const char *base = strrchr(t->path, '/') ? strrchr(t->path, '/') + 1 : t->path;
	char *cause = xasprintf("imported from the notice %s%s%s", base, where ? ", " : "", where ? where : "");
	int rc = t->a->dry ? ctx_open(ctx, STORE_READONLY) : mutate_begin(ctx);
	if (rc) {
		free(cause);
		return -1;
	}
	struct notice_request req = {n, pdf, cause, t->a->dry};
	if (import_notice(ctx->db, &req, &res, &err) != 0) {
		store_rollback(ctx->db);
		dl_error("import: '%s'%s%s: %s; nothing was stored", t->path, where ? " " : "", where ? where : "", err);
		free(err);
		free(cause);
		notice_result_free(&res);
		return -1;
	}
	if (res.skipped) {
		store_rollback(ctx->db);
		printf("skipped %s%s of case %s (%s): already imported (order #%lld)\n",
		       n->facts.document ? "ECF No. " : "the docket entry", n->facts.document ? n->facts.document : "",
		       res.cs.number, res.cs.court, (long long)res.r.order_id);
		t->skipped++;
	} else {
		if (!t->a->dry && mutate_commit_said(ctx, "import: ", "; nothing was stored")) {
			free(cause);
			notice_result_free(&res);
			return -1;
		}
		size_t k = res.r.r.x.n;
		printf("%s %s%s%s of case %s (%s%s): %zu obligation%s", t->a->dry ? "would import" : "imported",
		       n->facts.document ? "ECF No. " : "the docket entry", n->facts.document ? n->facts.document : "",
		       "", res.cs.number, res.cs.court, res.case_created ? ", case added" : "", k,
		       k == 1 ? "" : "s");
		if (n->facts.description)
			printf(" (%s)", n->facts.description);
		if (res.merged)
			printf("; %d stated in both the PDF and the docket text, kept once", res.merged);
		putchar('\n');
		if (!t->a->json)
			review_summary(&res.r.review);
		for (size_t i = 0; i < k && !t->a->json; i++) {
			printf("  ");
			print_item_id(&res.r, i, t->a->dry);
			extracted_print(stdout, &res.r.r.x.items[i], &res.r.r.o[i]);
		}
		t->imported++;
	}
	free(cause);
	notice_result_free(&res);
	return 0;
}

/* The PDF of notice n's document beside path (in its directory; a directory
 * itself: in it): 1 and *pdf, 0 when there is none, -1 when the one found
 * cannot be read (said). */
static int pdf_beside(const char *path, int is_dir, const struct notice *n, struct document *pdf)
{
	char *why = NULL, *dir = xstrdup(path), *slash = is_dir ? NULL : strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	int found = dl_readers->attachment(is_dir || slash ? dir : ".", n, pdf, &why);
	if (found < 0)
		dl_error("import: beside '%s': %s", path, why);
	free(why);
	free(dir);
	return found;
}

/* One e-mail: a notice, with the PDF of its document when given or beside it. */
static int import_mail(struct dl_ctx *ctx, struct import_args *a, const char *path)
{
	struct notice n;
	struct document pdf;
	char *why = NULL;
	int have_pdf = 0, rc = DL_EXIT_FAIL;
	document_init(&pdf);
	int r = dl_readers->mail(path, &n, &why);
	if (r != NEF_OK) {
		dl_error("import: '%s' %s", path, why);
		free(why);
		return DL_EXIT_FAIL;
	}
	if (a->number && !case_number_same(a->number, n.facts.case_number)) {
		dl_error("import: '%s' is a notice in case %s, not %s (--case)", path, n.facts.case_number, a->number);
		goto out;
	}
	char d1[11], d2[11];
	dl_day given = a->oo.facts.dates.entered;
	if (given != DATE_NONE && n.facts.entered != DATE_NONE && given != n.facts.entered) {
		dl_error("import: '%s' says the entry was made on %s, not %s (--entered)", path,
			 date_format(n.facts.entered, d1), date_format(given, d2));
		goto out;
	}
	if (a->attach) {
		if (dl_readers->pdf(a->attach, &pdf, &why) != 0) {
			dl_error("import: %s", why);
			goto out;
		}
		have_pdf = 1;
		const struct doc_facts *f = &pdf.facts;
		if ((f->document && n.facts.document && strcmp(f->document, n.facts.document)) ||
		    (f->case_number && !case_number_same(f->case_number, n.facts.case_number))) {
			dl_error("import: '%s' is stamped as document %s of case %s, but the notice '%s' is of "
				 "document %s of case %s",
				 a->attach, f->document ? f->document : "?", f->case_number ? f->case_number : "?",
				 path, n.facts.document ? n.facts.document : "?", n.facts.case_number);
			goto out;
		}
	} else if ((have_pdf = pdf_beside(path, 0, &n, &pdf)) < 0) {
		goto out;
	}
	struct tally t = {ctx, a, path, 0, 0, 0, 0, {0}};
	rc = import_one_notice(&t, NULL, &n, have_pdf ? &pdf : NULL) == 0 ? DL_EXIT_OK : DL_EXIT_FAIL;
out:
	free(why);
	notice_free(&n);
	document_free(&pdf);
	return rc;
}

/* Each message of a mailbox. */
static int each_notice(const char *where, const char *subject, int rc, struct notice *n, const char *why,
		       void *arg)
{
	struct tally *t = arg;
	if (rc == NEF_NOT_NOTICE || rc == -1) {
		t->others++;
		return 0;
	}
	if (rc != NEF_OK) {
		t->rejected++;
		struct buf b;
		buf_init(&b);
		buf_printf(&b, "%s%s%s%s %s", where, subject ? " (" : "", subject ? subject : "", subject ? ")" : "", why);
		dl_error("import: '%s' %s", t->path, b.data);
		t->why[rc]++;
		buf_free(&b);
		return 0;
	}
	struct document pdf;
	document_init(&pdf);
	struct stat st;
	int found = pdf_beside(t->path, stat(t->path, &st) == 0 && S_ISDIR(st.st_mode), n, &pdf);
	if (found < 0 || import_one_notice(t, where, n, found ? &pdf : NULL) != 0) {
		t->rejected++;
		t->why[NEF_NO_DOCKET_TEXT + 1]++;
	}
	document_free(&pdf);
	return 0;
}

static int import_mailbox(struct dl_ctx *ctx, struct import_args *a, const char *path)
{
	struct tally t = {ctx, a, path, 0, 0, 0, 0, {0}};
	char *err = NULL;
	if (dl_readers->mailbox(path, each_notice, &t, &err) != 0) {
		dl_error("import: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	static const char *const words[] = {
		[NEF_UNKNOWN_COURT] = "a court not in the registry", [NEF_NO_CASE] = "no case number",
		[NEF_NO_DOCKET_TEXT] = "no docket text", [NEF_NO_DOCKET_TEXT + 1] = "not stored"};
	printf("mailbox '%s': %d notice%s %s, %d skipped (already imported), %d rejected", path, t.imported,
	       t.imported == 1 ? "" : "s", a->dry ? "would be imported" : "imported", t.skipped, t.rejected);
	for (size_t i = 0, first = 1; i < sizeof t.why / sizeof t.why[0]; i++)
		if (t.why[i] && words[i]) {
			printf("%s%d %s", first ? " (" : ", ", t.why[i], words[i]);
			first = 0;
		}
	if (t.rejected)
		putchar(')');
	if (t.others)
		printf("; %d message%s not a notice of electronic filing", t.others, t.others == 1 ? " was" : "s were");
	putchar('\n');
	return t.rejected ? DL_EXIT_FAIL : DL_EXIT_OK;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	struct import_args a;
	const char *ics = NULL;
	int c, mail = 0;
	memset(&a, 0, sizeof a);
	order_options_init(&a.oo);
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_import_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		else if (c == 'C')
			a.number = optarg;
		else if (c == 'D')
			a.docket = optarg;
		else if (c == 'n')
			a.dry = 1;
		else if (c == 'j')
			a.json = 1;
		else if (c == 'a')
			a.attach = optarg;
		else if (c == 'm')
			mail = 1;
		else if (c == 'i')
			ics = optarg;
		else if (order_option(&cmd_import_entry, c, optarg, &a.oo) < 0)
			return DL_EXIT_USAGE;
	}
	if (ics || (!mail && optind + 1 == argc && strlen(argv[optind]) > 4 &&
		    !strcasecmp(argv[optind] + strlen(argv[optind]) - 4, ".ics"))) {
		if (ics ? optind != argc : optind + 1 != argc)
			return cmd_usage_error(&cmd_import_entry, "import: give one calendar (FILE.ics, or --ics URL|FILE)");
		if (mail || a.attach || a.json || a.docket || a.oo.facts.dates.entered != DATE_NONE ||
		    a.oo.facts.dates.served != DATE_NONE)
			return cmd_usage_error(&cmd_import_entry, "import: a calendar takes --case and --dry-run only");
		if (ics && !a.number)
			return cmd_usage_error(&cmd_import_entry, "import: --ics needs --case NUMBER");
		return import_ics(ctx, ics ? ics : argv[optind], a.number, a.dry);
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_import_entry, mail ? "import: give one mailbox (an mbox file or a Maildir)"
							       : "import: give one FILE (or - for standard input)");
	if (order_options_check(&cmd_import_entry, &a.oo) != 0)
		return DL_EXIT_USAGE;
	const char *path = argv[optind];
	enum doc_kind kind = mail ? DOC_MAIL : document_kind(path);
	if (mail && (a.number || a.attach || a.docket || a.json || a.oo.facts.dates.entered != DATE_NONE))
		return cmd_usage_error(&cmd_import_entry, "import: --mail takes its facts from each notice "
							  "(give no --case, --entered, --docket, --attach or --json)");
	if (a.attach && kind != DOC_MAIL)
		return cmd_usage_error(&cmd_import_entry, "import: --attach goes with a notice of electronic "
							  "filing (an e-mail); '%s' is not one", path);
	if (kind == DOC_MAIL && a.json)
		return cmd_usage_error(&cmd_import_entry, "import: --json is for an order, not a notice");
	if (kind != DOC_TEXT && !dl_readers)
		return dl_run_full(ctx->argv);
	if (mail)
		return import_mailbox(ctx, &a, path);
	if (kind == DOC_MAIL)
		return import_mail(ctx, &a, path);
	if (kind == DOC_PDF)
		return import_pdf(ctx, &a, path);
	if (!a.number)
		return cmd_usage_error(&cmd_import_entry, "import: --case NUMBER is required");
	struct order_file of;
	char *err = NULL;
	if (order_file_read(path, &of, &err) != 0) {
		dl_error("import: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	int rc = import_file(ctx, &a, path, &of, NULL);
	order_file_free(&of);
	return rc;
}
