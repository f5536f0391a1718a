/*
 * cmd.h: what every subcommand gets (the global options, the database opened
 * on demand) and the command table entry each cmd-*.c file defines.
 */
#ifndef DL_CMD_H
#define DL_CMD_H

#include <getopt.h>
#include <stdio.h>

#include "date.h"
#include "store.h"

struct dl_ctx {
	const char *db_path;
	dl_day today;
	int today_fixed; /* today came from --today or DEADLINES_TODAY */
	int color; /* 1: colour standard output */
	int no_pager; /* --no-pager */
	store *db;
	char **argv; /* the program's whole command line (for deadlines-full: cmd-full.h) */
};

/* A verb of a command with verbs ("case add"), and its options. */
struct dl_verb {
	const char *name;
	const struct option *options; /* getopt_long's, ended by a zeroed one */
};

/* One command: the command table (main.c) lists them, 'help', the man page
 * and the shell completions (src/cli/completion.c) read them. */
struct dl_command {
	const char *name;
	int (*run)(struct dl_ctx *ctx, int argc, char **argv);
	const char *usage;   /* one or more lines, without "usage: deadlines " */
	const char *summary; /* one line for 'deadlines help' */
	const char *help;    /* longer text for 'deadlines help CMD', or NULL */
	const struct option *options; /* its options (ended by a zeroed one), or NULL */
	const struct dl_verb *verbs;  /* its verbs (ended by a NULL name), or NULL */
};

/* A long report begins: on a terminal, a pager shows it (terminal.h's
 * output_pager) unless --no-pager was given. */
void ctx_pager(struct dl_ctx *ctx);

/* Open the database (STORE_READONLY or STORE_CREATE); prints the error and
 * returns DL_EXIT_FAIL when it cannot. */
int ctx_open(struct dl_ctx *ctx, int mode);

struct calendar;
/* Add the closures recorded in the database (if there is one; none is
 * created) to a court calendar. Prints errors; returns an exit status. */
int ctx_load_closures(struct dl_ctx *ctx, struct calendar *cal);

/* Report a usage error for cmd: "deadlines: MESSAGE" then its usage; returns DL_EXIT_USAGE. */
int cmd_usage_error(const struct dl_command *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void cmd_print_usage(const struct dl_command *cmd, FILE *out);

/* getopt_long for a subcommand: resets getopt, reports unknown options and
 * missing arguments as usage errors. Returns the option, -1 at the end, or
 * '?' after printing the error (the caller returns DL_EXIT_USAGE). */
int cmd_getopt(const struct dl_command *cmd, int argc, char **argv, const char *shortopts,
	       const struct option *longopts);
/* Call once before the first cmd_getopt of a command. */
void cmd_getopt_reset(void);

/* Parse a date option value; prints "invalid date for --due '2017-02-30': ..." on failure. */
int cmd_parse_date(const struct dl_command *cmd, const char *option, const char *value,
		   dl_day *out);
/* Parse DATE or DATETHH:MM (*minute -1 without a time); 0, or -1 after a
 * usage error naming the option. */
int cmd_parse_datetime(const struct dl_command *cmd, const char *option, const char *value,
		       dl_day *day, int *minute);
/* Parse a --status: open, done, vacated, ended, or all (STATUS_ANY); 0, or -1. */
int cmd_parse_status(const char *value, int *status);
/* 1 if s is a valid 24-hour HH:MM (--time). */
int cmd_valid_time(const char *s);
/* Parse an obligation id ("12" or "#12"). */
int cmd_parse_id(const struct dl_command *cmd, const char *value, int64_t *out);

/* --who in f (list, feed, subscriber, notify): a role, or a party known in
 * f's cases; else a usage error naming the known ones (DL_EXIT_USAGE). An
 * empty one is refused. Needs the database open; returns an exit status. */
int cmd_check_who(struct dl_ctx *ctx, const struct dl_command *cmd, const struct obligation_filter *f);

/* Every command, in the order 'deadlines help' lists them (commands.c). */
extern const struct dl_command *const dl_commands[];
/* The options before the command (-d DB, --today, --color, ...). */
extern const struct option dl_global_options[];
const struct dl_command *command_find(const char *name);

#endif
