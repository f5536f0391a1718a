/*
 * cmd-subscriber.c: deadlines subscriber add|list|rm|rotate — who may read
 * which feed. Each subscriber has a secret token (256 bits from the OS) that
 * is shown once; the database keeps only its SHA-256.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "ics.h"
#include "mutate.h"
#include "json-csv.h"
#include "records.h"
#include "terminal.h"
#include "token.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option add_options[] = {
	{"case", required_argument, NULL, 'c'},
	{"who", required_argument, NULL, 'w'},
	{"url", required_argument, NULL, 'u'},
	{"alarms", required_argument, NULL, 'a'},
	{"confirmed-only", no_argument, NULL, 'C'},
	{NULL, 0, NULL, 0},
};
static const struct option other_options[] = {
	{"json", no_argument, NULL, 'j'},
	{"url", required_argument, NULL, 'u'},
	{NULL, 0, NULL, 0},
};
static const struct option list_options[] = {
	{"json", no_argument, NULL, 'j'},
	{"url", required_argument, NULL, 'u'},
	{"format", required_argument, NULL, 'F'},
	{NULL, 0, NULL, 0},
};
static const char *const columns[] = {"name", "cases", "who", "alarms", "feed_id", "created", NULL};
static const struct dl_verb verbs[] = {
	{"add", add_options},
	{"list", list_options},
	{"rm", other_options},
	{"rotate", other_options},
	{NULL, NULL},
};

const struct dl_command cmd_subscriber_entry = {
	"subscriber", run,
	"subscriber add NAME [--case NUMBER]... [--who PARTY] [--alarms 7d,1d|none] [--confirmed-only]\n"
	"               [--url BASE]\n"
	"subscriber list [--format table|csv|json] [--json]\n"
	"subscriber rm NAME\n"
	"subscriber rotate NAME [--url BASE]",
	"manage who may subscribe to which feed",
	"A subscriber sees the obligations of its cases (every case if it names none),\n"
	"optionally only one party's. 'add' and 'rotate' print the subscription URL\n"
	"once: 'deadlines serve' answers BASE/feeds/TOKEN.ics (default BASE\n"
	"http://127.0.0.1:8080). 'deadlines publish DIR' writes DIR/FEED-ID.ics for a\n"
	"static web server, where FEED-ID is the token's SHA-256 (also printed).\n"
	"--alarms: the reminders its feed's events carry (default " ICS_DEFAULT_ALARMS ": the day\n"
	"before, at 9 a.m. for an all-day deadline; 'none' for none; see 'deadlines\n"
	"help feed'). --confirmed-only: its feed leaves out what awaits review (other\n"
	"feeds show it UNCONFIRMED, with a lower priority).\n",
	NULL, verbs,
};

static void print_urls(const char *base, const char *token, const char *hash)
{
	printf("subscription URL (deadlines serve): %s/feeds/%s.ics\n", base, token);
	printf("static file (deadlines publish):    %s.ics\n", hash);
	printf("the token is shown only now; 'subscriber rotate' replaces it\n");
}

/* A static copy of the old feed stays where 'publish' put it until the next
 * publish: say so when a publish directory is known. */
static void publish_note(struct dl_ctx *ctx)
{
	char *dir = NULL;
	if (store_meta_get(ctx->db, "publish_dir", &dir) == STORE_OK)
		printf("the old feed stays in %s until you run 'deadlines publish %s'\n", dir, dir);
	free(dir);
}

/* The token is shown only once: what was printed goes out before the
 * change is committed, and a token that could not be shown is not stored
 * (the transaction is rolled back). An exit status. */
static int commit_shown(struct dl_ctx *ctx, const char *verb, const char *kept)
{
	if (output_flush() != 0) {
		int e = errno;
		return mutate_refuse(ctx, "subscriber %s: cannot show the token: %s; %s", verb, strerror(e), kept);
	}
	char *before = xasprintf("subscriber %s: ", verb);
	int rc = mutate_commit_said(ctx, before, "; the token shown above is not valid");
	free(before);
	return rc;
}

static int sub_add(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *cases[65] = {NULL}, *who = NULL, *base = "http://127.0.0.1:8080", *alarms = NULL;
	int n = 0, c, confirmed_only = 0;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_subscriber_entry, argc, argv, "", add_options)) != -1) {
		if (c == 'C')
			confirmed_only = 1;
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'c') {
			if (n == 64)
				return cmd_usage_error(&cmd_subscriber_entry, "subscriber add: at most 64 --case");
			cases[n++] = optarg;
		}
		if (c == 'w')
			who = optarg;
		if (c == 'u')
			base = optarg;
		if (c == 'a') {
			struct ics_options opt;
			ics_options_init(&opt, "");
			if (ics_parse_alarms(optarg, &opt) != 0)
				return cmd_usage_error(&cmd_subscriber_entry,
						       "subscriber add: invalid --alarms '%s': expected days "
						       "like 7d,1d or none",
						       optarg);
			alarms = optarg;
		}
	}
	if (optind + 1 != argc || !*argv[optind])
		return cmd_usage_error(&cmd_subscriber_entry, "subscriber add: give one NAME");
	int64_t ids[64];
	char token[44], hash[65];
	int rc = mutate_begin(ctx);
	if (rc)
		return rc;
	for (int i = 0; i < n; i++) {
		struct case_row cs;
		if (store_case_find(ctx->db, cases[i], &cs) != STORE_OK)
			return mutate_refuse(ctx, "subscriber add: %s", store_errmsg(ctx->db));
		ids[i] = cs.id;
		case_row_free(&cs);
	}
	struct obligation_filter party; /* its party, known in its cases */
	obligation_filter_init(&party);
	party.who = who;
	party.cases = n ? cases : NULL;
	if ((rc = cmd_check_who(ctx, &cmd_subscriber_entry, &party))) {
		mutate_cancel(ctx);
		return rc;
	}
	if (token_new(token, hash) != 0)
		return mutate_refuse(ctx, "cannot read random bytes for a token");
	if (store_subscriber_add(ctx->db, argv[optind], hash, who, alarms, confirmed_only, ids, (size_t)n) != STORE_OK)
		return mutate_refuse(ctx, "subscriber add: %s", store_errmsg(ctx->db));
	printf("added subscriber %s (%s%s%s%s%s%s)\n", argv[optind], n ? "its cases" : "every case",
	       who ? ", party " : "", who ? who : "", alarms ? ", alarms " : "", alarms ? alarms : "",
	       confirmed_only ? ", confirmed only" : "");
	print_urls(base, token, hash);
	return commit_shown(ctx, "add", "nothing was stored");
}

static int print_sub(const struct subscriber_row *r, void *arg)
{
	struct records *out = arg;
	if (out) {
		json_t *cases = json_array();
		for (size_t i = 0; i < r->ncases; i++)
			json_array_append_new(cases, json_text(r->cases[i]));
		records_add(out, json_pack("{s:o,s:o,s:o,s:o,s:o,s:o,s:b}", "name", json_text(r->name),
						       "cases", cases, "who", json_text(r->who), "alarms",
						       json_text(r->alarms ? r->alarms : ICS_DEFAULT_ALARMS), "feed_id",
						       json_text(r->token_hash), "created", json_text(r->created),
						       "confirmed_only", r->confirmed_only));
		return 0;
	}
	printf("%-20s %s%s%s%s\n", r->name, r->ncases ? "" : "every case", r->who ? "  party: " : "",
	       r->who ? r->who : "", r->confirmed_only ? "  confirmed only" : "");
	for (size_t i = 0; i < r->ncases; i++)
		printf("%-20s   case %s\n", "", r->cases[i]);
	return 0;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cmd_usage_error(&cmd_subscriber_entry, "subscriber: say add, list, rm or rotate");
	const char *verb = argv[1];
	if (!strcmp(verb, "add"))
		return sub_add(ctx, argc - 1, argv + 1);
	enum records_format format = FORMAT_TABLE;
	int c;
	const char *base = "http://127.0.0.1:8080";
	argc--, argv++;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_subscriber_entry, argc, argv, "",
			       strcmp(verb, "list") ? other_options : list_options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'j')
			format = FORMAT_JSON;
		if (c == 'u')
			base = optarg;
		if (c == 'F' && records_format_parse(&cmd_subscriber_entry, "subscriber list", optarg,
						     &format))
			return DL_EXIT_USAGE;
	}
	if (!strcmp(verb, "list")) {
		int rc = ctx_open(ctx, STORE_READONLY);
		if (rc)
			return rc;
		struct records *out =
			format == FORMAT_TABLE ? NULL : records_new(format, "subscribers", columns);
		if (store_subscriber_each(ctx->db, print_sub, out) != STORE_OK) {
			dl_error("%s", store_errmsg(ctx->db));
			records_abort(out);
			return DL_EXIT_FAIL;
		}
		if (out)
			records_finish(out);
		return DL_EXIT_OK;
	}
	if (strcmp(verb, "rm") && strcmp(verb, "rotate"))
		return cmd_usage_error(&cmd_subscriber_entry, "subscriber: unknown subcommand '%s'", verb);
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_subscriber_entry, "subscriber %s: give one NAME", verb);
	char token[44], hash[65];
	int rotate = !strcmp(verb, "rotate");
	int rc = ctx_open(ctx, STORE_CREATE);
	if (rc)
		return rc;
	if (rotate && token_new(token, hash) != 0) {
		dl_error("cannot read random bytes for a token");
		return DL_EXIT_FAIL;
	}
	if ((rc = mutate_begin(ctx)))
		return rc;
	if ((!rotate ? store_subscriber_rm(ctx->db, argv[optind])
		     : store_subscriber_set_hash(ctx->db, argv[optind], hash)) != STORE_OK)
		return mutate_refuse(ctx, "subscriber %s: %s", verb, store_errmsg(ctx->db));
	if (!rotate) {
		char *before = xasprintf("subscriber %s: ", verb);
		rc = mutate_commit_said(ctx, before, "");
		free(before);
		if (rc)
			return rc;
		printf("removed subscriber %s\n", argv[optind]);
		publish_note(ctx);
		return DL_EXIT_OK;
	}
	printf("new token for %s; the old URL stops working\n", argv[optind]);
	print_urls(base, token, hash);
	publish_note(ctx);
	return commit_shown(ctx, "rotate", "the old token stays");
}
