/*
 * cmd-help.c: deadlines help [COMMAND].
 */
#include <stdio.h>

#include "cmd-full.h"
#include "cmd.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

const struct dl_command cmd_help_entry = {
	"help", run, "help [COMMAND]", "show the commands, or one command's usage", NULL, NULL, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	(void)ctx;
	if (argc > 2)
		return cmd_usage_error(&cmd_help_entry, "help: give at most one COMMAND");
	if (argc == 1) {
		puts("usage: deadlines [-d DB] [--today YYYY-MM-DD] [--color WHEN] COMMAND [ARGS]\n");
		puts("Commands:");
		for (int i = 0; dl_commands[i]; i++)
			printf("  %-10s %s\n", dl_commands[i]->name, dl_commands[i]->summary);
		puts("\nRun 'deadlines help COMMAND' for one command, 'man deadlines' for all.");
		return DL_EXIT_OK;
	}
	const struct dl_command *cmd = command_find(argv[1]);
	if (!cmd) {
		dl_error("help: unknown command '%s'", argv[1]);
		return DL_EXIT_USAGE;
	}
	if (!cmd->run) {
		char *full[] = {(char *)"deadlines", (char *)"help", argv[1], NULL};
		return dl_run_full(full);
	}
	cmd_print_usage(cmd, stdout);
	printf("\n%s\n", cmd->summary);
	if (cmd->help)
		printf("\n%s", cmd->help);
	return DL_EXIT_OK;
}
