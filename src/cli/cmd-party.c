/*
 * cmd-party.c: deadlines party add CASE NAME --role ROLE — the parties of a case,
 * so that obligations can name who must act.
 */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "mutate.h"
#include "party-roles.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"role", required_argument, NULL, 'r'},
	{NULL, 0, NULL, 0},
};
static const struct dl_verb verbs[] = {
	{"add", options},
	{NULL, NULL},
};

const struct dl_command cmd_party_entry = {
	"party", run, "party add CASE NAME --role ROLE",
	"add a party to a case",
	"ROLE is one of plaintiff, defendant, petitioner, respondent, appellant,\n"
	"appellee, debtor, creditor, trustee, intervenor, movant, third-party, other.\n",
	NULL, verbs,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *role = NULL;
	int c;
	if (argc < 2 || strcmp(argv[1], "add") != 0)
		return cmd_usage_error(&cmd_party_entry, "party: say add");
	argc--, argv++;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_party_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		role = optarg;
	}
	if (optind + 2 != argc)
		return cmd_usage_error(&cmd_party_entry, "party add: give CASE and NAME");
	if (!role)
		return cmd_usage_error(&cmd_party_entry, "party add: --role is required");
	if (!party_is_role(role))
		return cmd_usage_error(&cmd_party_entry, "party add: unknown role '%s'", role);
	const char *number = argv[optind], *name = argv[optind + 1];
	if (!*name)
		return cmd_usage_error(&cmd_party_entry, "party add: the party name is empty");
	struct case_row cs;
	int rc = mutate_case(ctx, number, &cs);
	if (rc)
		return rc;
	if (store_party_add(ctx->db, cs.id, name, role) != STORE_OK)
		rc = mutate_fail(ctx);
	else if (!(rc = mutate_commit(ctx)))
		printf("added %s %s to case %s\n", role, name, cs.number);
	case_row_free(&cs);
	return rc;
}
