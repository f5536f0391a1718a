/*
 * cmd-review.c: deadlines review [list|next|accept|reject|add|threshold] —
 * the review queue (issue 17): what the reader was not sure of, what an
 * amending order would change, and the sentences that gave nothing. Parses
 * the options; review-show.c prints the queue, review-decide.c decides.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "mutate.h"
#include "review-queue.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option list_options[] = {
	{"case", required_argument, NULL, 'c'},
	{"json", no_argument, NULL, 'j'},
	{NULL, 0, NULL, 0},
};
static const struct option accept_options[] = {
	{"due", required_argument, NULL, 'd'},
	{"time", required_argument, NULL, 'T'},
	{"who", required_argument, NULL, 'w'},
	{"action", required_argument, NULL, 'a'},
	{"target", required_argument, NULL, 't'},
	{"reason", required_argument, NULL, 'r'},
	{NULL, 0, NULL, 0},
};
static const struct option reject_options[] = {
	{"reason", required_argument, NULL, 'r'},
	{NULL, 0, NULL, 0},
};
static const struct option add_options[] = {
	{"from-sentence", required_argument, NULL, 's'},
	{"due", required_argument, NULL, 'd'},
	{"time", required_argument, NULL, 'T'},
	{"who", required_argument, NULL, 'w'},
	{"action", required_argument, NULL, 'a'},
	{"kind", required_argument, NULL, 'k'},
	{NULL, 0, NULL, 0},
};
static const struct option threshold_options[] = {
	{"case", required_argument, NULL, 'c'},
	{NULL, 0, NULL, 0},
};
static const struct dl_verb verbs[] = {
	{"list", list_options},	    {"next", list_options}, {"accept", accept_options},
	{"reject", reject_options}, {"add", add_options},   {"threshold", threshold_options},
	{"remind-after", NULL},	    {NULL, NULL},
};

const struct dl_command cmd_review_entry = {
	"review",
	run,
	"review [list|next] [--case NUMBER] [--json]\n"
	"review accept ID [--due DATE] [--time HH:MM] [--who PARTY] [--action TEXT] [--target ID]\n"
	"              [--reason TEXT]\n"
	"review reject ID --reason TEXT\n"
	"review add --from-sentence N --action TEXT [--who PARTY] [--due DATE] [--time HH:MM]\n"
	"           [--kind deadline|hearing]\n"
	"review threshold high|medium|low|default [--case NUMBER]\n"
	"review remind-after N(h|d)|default",
	"check what the reader was unsure of, and what orders change",
	"import files an obligation the reader is less sure of than the threshold\n"
	"(default high: only high goes straight to open) as pending; one that changes\n"
	"an obligation the case has already becomes a proposed change (cID), or\n"
	"vacatur; the sentences that read as commands but gave nothing are kept too\n"
	"(sID). 'review' lists them oldest first; 'review next' shows the first with\n"
	"the commands that decide it. ID: 12 or #12 (a pending obligation), c3, s4.\n"
	"Accepting a change moves its obligation in place (its UID kept, SEQUENCE\n"
	"raised); one that matched no obligation or several needs --target ID.\n"
	"'review accept #ID --target T' takes a pending obligation as a change of T.\n"
	"'notify' reminds the reviewer, once a day, of what has waited longer than\n"
	"remind-after (default 1d).\n",
	NULL,
	verbs,
};

/* The case --case names (0: none given), read only. */
static int case_of(struct dl_ctx *ctx, const char *number, int64_t *id)
{
	struct case_row cs;
	*id = 0;
	if (!number)
		return DL_EXIT_OK;
	if (store_case_find(ctx->db, number, &cs) != STORE_OK) {
		dl_error("review: %s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	*id = cs.id;
	case_row_free(&cs);
	return DL_EXIT_OK;
}

static int set_threshold(struct dl_ctx *ctx, const char *level, const char *number)
{
	enum confidence c = CONFIDENCE_NONE;
	if (strcmp(level, "default") && (confidence_parse(level, &c) != 0 || c == CONFIDENCE_NONE))
		return cmd_usage_error(&cmd_review_entry,
				       "review threshold: invalid level '%s': expected high, "
				       "medium, low or default",
				       level);
	struct case_row cs;
	memset(&cs, 0, sizeof cs);
	int rc = number ? mutate_case(ctx, number, &cs) : mutate_begin(ctx);
	if (rc)
		return rc;
	if (store_review_set_threshold(ctx->db, cs.id, c) != STORE_OK) {
		case_row_free(&cs);
		return mutate_fail(ctx);
	}
	if (!(rc = mutate_commit(ctx)))
		printf("%s%s: %s\n", number ? "case " : "the database", number ? cs.number : "",
		       c == CONFIDENCE_NONE	? (number ? "the database's threshold"
							  : "the default threshold (high)")
		       : c == CONFIDENCE_HIGH	? "only high confidence is filed open"
		       : c == CONFIDENCE_MEDIUM ? "high and medium confidence are filed open"
						: "everything is filed open (no review)");
	case_row_free(&cs);
	return rc;
}

/* review remind-after N(h|d)|default: the database's setting. */
static int remind_after(struct dl_ctx *ctx, int argc, char **argv)
{
	long n = 0;
	if (argc != 2)
		return cmd_usage_error(&cmd_review_entry,
				       "review remind-after: give one time (12h, 2d) or default");
	size_t len = strlen(argv[1]);
	char unit = len ? argv[1][len - 1] : '\0', *digits = xstrndup(argv[1], len ? len - 1 : 0);
	int bad = (unit != 'h' && unit != 'd') || parse_int(digits, 1, 8760, &n) != 0;
	free(digits);
	if (strcmp(argv[1], "default") && bad)
		return cmd_usage_error(&cmd_review_entry,
				       "review remind-after: invalid time '%s': expected hours "
				       "(12h), days (2d) or "
				       "default",
				       argv[1]);
	int hours = strcmp(argv[1], "default") ? (int)(unit == 'd' ? n * 24 : n) : 0;
	int rc = mutate_begin(ctx);
	if (rc)
		return rc;
	if (store_review_set_remind_after(ctx->db, hours) != STORE_OK)
		return mutate_fail(ctx);
	if (!(rc = mutate_commit(ctx)))
		printf("notify reminds the reviewer of what has waited more than %d hours\n",
		       hours ? hours : REVIEW_REMIND_AFTER_DEFAULT);
	return rc;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *verb = argc > 1 && argv[1][0] != '-' ? argv[1] : "list";
	int shift = argc > 1 && argv[1][0] != '-';
	const struct option *opts = NULL;
	int known = 0;
	for (int i = 0; verbs[i].name; i++)
		if (!strcmp(verbs[i].name, verb))
			opts = verbs[i].options, known = 1;
	if (!known)
		return cmd_usage_error(&cmd_review_entry, "review: unknown subcommand '%s'", verb);
	argc -= shift, argv += shift;
	if (!opts)
		return remind_after(ctx, argc, argv);
	struct review_fix fix = {NULL, NULL, NULL, NULL, NULL, DATE_NONE, 0};
	const char *number = NULL;
	int json = 0, c;
	int64_t sentence = 0;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_review_entry, argc, argv, "", opts)) != -1) {
		struct queue_ref ref;
		switch (c) {
		case '?': return DL_EXIT_USAGE;
		case 'c': number = optarg; break;
		case 'j': json = 1; break;
		case 'd':
			if (cmd_parse_date(&cmd_review_entry, "--due", optarg, &fix.due) != 0)
				return DL_EXIT_USAGE;
			break;
		case 'T':
			if (!cmd_valid_time(optarg))
				return cmd_usage_error(
					&cmd_review_entry,
					"review: invalid --time '%s': expected HH:MM (24-hour)",
					optarg);
			fix.time = optarg;
			break;
		case 'w':
		case 'a':
		case 'r':
			if (!*optarg)
				return cmd_usage_error(&cmd_review_entry, "review: --%s is empty",
						       c == 'w'	  ? "who"
						       : c == 'a' ? "action"
								  : "reason");
			*(c == 'w' ? &fix.who : c == 'a' ? &fix.action : &fix.reason) = optarg;
			break;
		case 't':
			if (cmd_parse_id(&cmd_review_entry, optarg, &fix.target) != 0)
				return DL_EXIT_USAGE;
			break;
		case 'k':
			if (strcmp(optarg, "deadline") && strcmp(optarg, "hearing"))
				return cmd_usage_error(&cmd_review_entry,
						       "review add: invalid --kind '%s': expected "
						       "deadline or hearing",
						       optarg);
			fix.kind = optarg;
			break;
		case 's':
			if (queue_ref_parse(&cmd_review_entry, optarg, &ref) != 0)
				return DL_EXIT_USAGE;
			if (ref.type == QUEUE_CHANGE)
				return cmd_usage_error(&cmd_review_entry,
						       "review add: --from-sentence takes a "
						       "sentence (s4 or 4), not '%s'",
						       optarg);
			sentence = ref.id;
			break;
		}
	}
	int rest = argc - optind;
	if (!strcmp(verb, "list") || !strcmp(verb, "next")) {
		if (rest)
			return cmd_usage_error(&cmd_review_entry, "review %s: unexpected '%s'",
					       verb, argv[optind]);
		int64_t case_id;
		int rc = ctx_open(ctx, STORE_READONLY);
		if (rc || (rc = case_of(ctx, number, &case_id)))
			return rc;
		return review_show(ctx, case_id, json, !strcmp(verb, "next"));
	}
	if (!strcmp(verb, "threshold")) {
		if (rest != 1)
			return cmd_usage_error(&cmd_review_entry,
					       "review threshold: give one level");
		return set_threshold(ctx, argv[optind], number);
	}
	if (!strcmp(verb, "add")) {
		if (rest)
			return cmd_usage_error(&cmd_review_entry, "review add: unexpected '%s'",
					       argv[optind]);
		if (!sentence || !fix.action)
			return cmd_usage_error(
				&cmd_review_entry,
				"review add: give --from-sentence N and --action TEXT");
		return review_add(ctx, sentence, &fix);
	}
	if (rest != 1)
		return cmd_usage_error(&cmd_review_entry, "review %s: give one ID", verb);
	struct queue_ref ref;
	if (queue_ref_parse(&cmd_review_entry, argv[optind], &ref) != 0)
		return DL_EXIT_USAGE;
	if (!strcmp(verb, "reject")) {
		if (!fix.reason)
			return cmd_usage_error(&cmd_review_entry,
					       "review reject: give --reason TEXT");
		return review_reject(ctx, &ref, fix.reason);
	}
	if (fix.target && ref.type == QUEUE_SENTENCE)
		return cmd_usage_error(
			&cmd_review_entry,
			"review accept: --target goes with a change or an obligation");
	if (fix.target && ref.type == QUEUE_OBLIGATION && (fix.who || fix.action))
		return cmd_usage_error(&cmd_review_entry,
				       "review accept: with --target, an obligation is taken as a "
				       "change: --due and "
				       "--time only");
	if ((fix.who || fix.action) && ref.type == QUEUE_CHANGE)
		return cmd_usage_error(&cmd_review_entry,
				       "review accept: a change takes --due, --time and --target, "
				       "not --who or --action");
	return review_accept(ctx, &ref, &fix);
}
