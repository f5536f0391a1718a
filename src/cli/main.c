/*
 * main.c: the global options, the command run, and the exit status.
 * deadlines [-d DB] [--today DATE] [--color WHEN] COMMAND [ARGS]
 * The command table is commands.c; what the commands share, cmd.c.
 */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd-full.h"
#include "cmd.h"
#include "terminal.h"
#include "util.h"

static const char main_usage[] =
	"usage: deadlines [-d DB] [--today YYYY-MM-DD] [--color=auto|always|never] COMMAND [ARGS]\n"
	"       deadlines --version | --help | help COMMAND\n";

static void print_main_help(FILE *out)
{
	fputs(main_usage, out);
	fputs("\nCommands:\n", out);
	for (int i = 0; dl_commands[i]; i++)
		fprintf(out, "  %-10s %s\n", dl_commands[i]->name, dl_commands[i]->summary);
	fputs("\nGlobal options:\n"
	      "  -d, --db PATH        database file (default $DEADLINES_DB, else\n"
	      "                       $XDG_DATA_HOME/deadlines/deadlines.db)\n"
	      "  --today YYYY-MM-DD   the date reports count from (default $DEADLINES_TODAY,\n"
	      "                       else the local date)\n"
	      "  --color WHEN         auto (default; off when NO_COLOR is set), always, never\n"
	      "  --no-pager           no pager for long reports (default: $DEADLINES_PAGER,\n"
	      "                       else $PAGER, else less, on a terminal)\n"
	      "\nExit status: 0 ok, 1 failure, 2 usage error.\n",
	      out);
}

static char *default_db_path(void)
{
	const char *env = getenv("DEADLINES_DB");
	if (env && *env)
		return xstrdup(env);
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg == '/')
		return xasprintf("%s/deadlines/deadlines.db", xdg);
	const char *home = getenv("HOME");
	if (!home || !*home)
		return NULL;
	return xasprintf("%s/.local/share/deadlines/deadlines.db", home);
}

static dl_day local_today(void)
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}


static int run_main(int argc, char **argv, char **db_path);

int main(int argc, char **argv)
{
	char *db_path = NULL;
	/* character classes and display widths (wcwidth) of UTF-8, the one
	 * encoding read and written, whatever the user's locale */
	setlocale(LC_CTYPE, "C.UTF-8");
	output_guard(); /* nothing from the data acts on the terminal (terminal.h) */
	int rc = run_main(argc, argv, &db_path);
	free(db_path);
	output_flush();
	output_end();
	return rc;
}

/* Everything main does; *db_path is freed by main whatever happens. */
static int run_main(int argc, char **argv, char **db_path_out)
{
	struct dl_ctx ctx = {.db_path = NULL, .today = DATE_NONE, .color = -1, .db = NULL, .argv = argv};
	const char *today_arg = getenv("DEADLINES_TODAY"), *today_src = "DEADLINES_TODAY";
	const char *color = "auto";
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "+:d:h", dl_global_options, NULL)) != -1) {
		switch (c) {
		case 'd':
			free(*db_path_out);
			*db_path_out = xstrdup(optarg);
			break;
		case 't':
			today_arg = optarg;
			today_src = "--today";
			break;
		case 'c':
			color = optarg;
			break;
		case 'V':
			printf("deadlines %s\n", PACKAGE_VERSION);
			return DL_EXIT_OK;
		case 'P':
			ctx.no_pager = 1;
			break;
		case 'h':
			print_main_help(stdout);
			return DL_EXIT_OK;
		case ':':
			dl_error("option '%s' needs a value", argv[optind - 1]);
			fputs(main_usage, stderr);
			return DL_EXIT_USAGE;
		default:
			dl_error("unknown option '%s'", argv[optind - 1]);
			fputs(main_usage, stderr);
			return DL_EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		fputs(main_usage, stderr);
		fputs("Run 'deadlines help' for the list of commands.\n", stderr);
		return DL_EXIT_USAGE;
	}
	const struct dl_command *cmd = command_find(argv[optind]);
	if (!cmd) {
		dl_error("unknown command '%s' (see 'deadlines help')", argv[optind]);
		return DL_EXIT_USAGE;
	}
	if (!cmd->run)
		return dl_run_full(argv);
	ctx.argv = argv;
	if (today_arg && *today_arg) {
		char why[80];
		if (date_parse(today_arg, &ctx.today, why, sizeof why) != 0) {
			dl_error("invalid date for %s '%s': %s", today_src, today_arg, why);
			return DL_EXIT_USAGE;
		}
		ctx.today_fixed = 1;
	} else {
		ctx.today = local_today();
	}
	if (strcmp(color, "always") == 0) {
		ctx.color = 1;
	} else if (strcmp(color, "never") == 0) {
		ctx.color = 0;
	} else if (strcmp(color, "auto") == 0) {
		const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
		ctx.color = isatty(STDOUT_FILENO) && !(no && *no) && !(term && !strcmp(term, "dumb"));
	} else {
		dl_error("invalid value for --color '%s': expected auto, always or never", color);
		return DL_EXIT_USAGE;
	}
	if (!*db_path_out)
		*db_path_out = default_db_path();
	ctx.db_path = *db_path_out;

	int argc_cmd = argc - optind;
	char **argv_cmd = argv + optind;
	for (int i = 1; i < argc_cmd; i++) {
		if (strcmp(argv_cmd[i], "--") == 0)
			break;
		if (strcmp(argv_cmd[i], "--help") == 0 || strcmp(argv_cmd[i], "-h") == 0) {
			cmd_print_usage(cmd, stdout);
			if (cmd->help)
				printf("\n%s", cmd->help);
			return DL_EXIT_OK;
		}
	}
	int rc = cmd->run(&ctx, argc_cmd, argv_cmd);
	store_close(ctx.db);
	if (output_flush() != 0 && rc == DL_EXIT_OK) {
		/* (a command that failed has said why already) */
		dl_error("cannot write output: %s", strerror(errno));
		return DL_EXIT_FAIL;
	}
	return rc;
}
