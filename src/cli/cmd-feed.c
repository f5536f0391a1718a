/*
 * cmd-feed.c: deadlines feed — one iCalendar feed of a selection of
 * obligations, to standard output or (atomically) to a file.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "feed.h"
#include "terminal.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"case", required_argument, NULL, 'c'},
	{"who", required_argument, NULL, 'w'},
	{"status", required_argument, NULL, 's'},
	{"name", required_argument, NULL, 'n'},
	{"keep-cancelled", no_argument, NULL, 'k'},
	{"alarms", required_argument, NULL, 'a'},
	{"output", required_argument, NULL, 'o'},
	{"mode", required_argument, NULL, 'm'},
	{"confirmed-only", no_argument, NULL, 'C'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_feed_entry = {
	"feed", run,
	"feed [--case NUMBER]... [--who PARTY] [--status all|open|done|ended|vacated]\n"
	"     [--name TEXT] [--keep-cancelled] [--alarms 7d,1d|none] [--confirmed-only]\n"
	"     [-o FILE [--mode 0644]]",
	"write an iCalendar feed of obligations",
	"Deadlines are all-day events on their due dates; hearings are timed events in\n"
	"the court's time zone; an until-obligation is an event on the day it began\n"
	"(and one on the day it ended). Vacated obligations are left out unless\n"
	"--keep-cancelled keeps them as cancelled events. UIDs never change; SEQUENCE\n"
	"rises when an obligation changes; an unchanged database gives the same bytes.\n"
	"Open events carry reminders (VALARM): by default the day before at 9 a.m.\n"
	"(deadlines' time of day: an all-day event's reminders fire at 09:00 local\n"
	"time), hearings the day before at their hour; --alarms 7d,1d,0d chooses the\n"
	"days, --alarms none leaves them out. What an import filed pending review is\n"
	"'UNCONFIRMED: ...' with PRIORITY 9 (the lowest), or left out with\n"
	"--confirmed-only. The feed is\n"
	"written as it is made: -o FILE replaces FILE only once the whole feed is\n"
	"written; on standard output an error leaves the feed cut short (exit 1).\n"
	"FILE gets the mode the umask leaves (0600 under umask 077) unless --mode\n"
	"gives one; a FILE that is a symbolic link or not a regular file is refused.\n",
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *cases[65] = {NULL}, *out = NULL;
	int ncases = 0, c, mode = -1;
	struct feed_selection sel = {NULL, NULL, STATUS_ANY, 0};
	struct ics_options opt;
	ics_options_init(&opt, "Deadlines");
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_feed_entry, argc, argv, "o:", options)) != -1) {
		switch (c) {
		case '?':
			return DL_EXIT_USAGE;
		case 'c':
			if (ncases == 64)
				return cmd_usage_error(&cmd_feed_entry, "feed: at most 64 --case");
			cases[ncases++] = optarg;
			break;
		case 'w': sel.who = optarg; break;
		case 's':
			if (cmd_parse_status(optarg, &sel.status) != 0)
				return cmd_usage_error(&cmd_feed_entry, "feed: invalid --status '%s'", optarg);
			break;
		case 'n': opt.name = optarg; break;
		case 'k': opt.keep_cancelled = 1; break;
		case 'C': sel.confirmed_only = 1; break;
		case 'a':
			if (ics_parse_alarms(optarg, &opt) != 0)
				return cmd_usage_error(&cmd_feed_entry,
						       "feed: invalid --alarms '%s': expected days like 7d,1d "
						       "or none",
						       optarg);
			break;
		case 'o': out = optarg; break;
		case 'm':
			if (parse_file_mode(optarg, &mode) != 0)
				return cmd_usage_error(&cmd_feed_entry,
						       "feed: invalid --mode '%s': expected octal read and write "
						       "bits like 0644 or 0600",
						       optarg);
			break;
		}
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_feed_entry, "feed: unexpected argument '%s'", argv[optind]);
	if (mode >= 0 && !out)
		return cmd_usage_error(&cmd_feed_entry, "feed: --mode goes with -o FILE");
	sel.cases = ncases ? cases : NULL;
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	for (int i = 0; i < ncases; i++) {
		struct case_row cs;
		if (store_case_find(ctx->db, cases[i], &cs) != STORE_OK) {
			dl_error("feed: %s", store_errmsg(ctx->db));
			return DL_EXIT_FAIL;
		}
		case_row_free(&cs);
	}
	struct obligation_filter party;
	obligation_filter_init(&party);
	party.who = sel.who;
	party.cases = sel.cases;
	if ((rc = cmd_check_who(ctx, &cmd_feed_entry, &party)))
		return rc;
	/* written as it is made: to a temporary file renamed over FILE when it
	 * is whole, or to standard output (which an error leaves cut short) */
	char *err = NULL;
	struct atomic_file file = {output_raw(), -1, 0, NULL, NULL}; /* stdout: the feed's bytes as they are */
	if (out && atomic_open(&file, AT_FDCWD, out, mode) != 0) {
		dl_error("feed: cannot write '%s': %s", out, dl_strerror(errno));
		return DL_EXIT_FAIL;
	}
	if (feed_write(ctx->db, &sel, &opt, file.f, &err) != 0) {
		if (err)
			dl_error("feed: %s", err);
		else
			dl_error("feed: cannot write '%s': %s", out ? out : "standard output", strerror(errno));
		if (out)
			atomic_abort(&file);
		free(err);
		return DL_EXIT_FAIL;
	}
	if (out && atomic_commit(&file) != 0) {
		dl_error("feed: cannot write '%s': %s", out, dl_strerror(errno));
		return DL_EXIT_FAIL;
	}
	return DL_EXIT_OK;
}
