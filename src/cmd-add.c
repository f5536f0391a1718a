/*
 * cmd-add.c: deadlines add — an obligation entered by hand: a date certain
 * (--due), or an obligation that lasts until an event (--until).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

const struct dl_command cmd_add_entry = {
	"add", run,
	"add --case NUMBER --who PARTY --action TEXT --due YYYY-MM-DD [--time HH:MM]\n"
	"    [--kind deadline|hearing] [--scope TEXT] [--note TEXT]\n"
	"add --case NUMBER --who PARTY --action TEXT --until EVENT [--scope TEXT] [--note TEXT]",
	"add an obligation by hand",
	"A date given with --due is a date certain: it is never moved, even when it\n"
	"falls on a weekend or holiday (a warning says so). --until records an\n"
	"obligation that lasts until an event, such as a stay.\n",
};

/* 1 if s is a valid 24-hour HH:MM. */
static int valid_time(const char *s)
{
	return strlen(s) == 5 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
	       s[2] == ':' && isdigit((unsigned char)s[3]) && isdigit((unsigned char)s[4]) &&
	       atoi(s) < 24 && atoi(s + 3) < 60;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"case", required_argument, NULL, 'c'},  {"who", required_argument, NULL, 'w'},
		{"action", required_argument, NULL, 'a'}, {"due", required_argument, NULL, 'D'},
		{"time", required_argument, NULL, 't'},  {"kind", required_argument, NULL, 'k'},
		{"note", required_argument, NULL, 'n'},  {"scope", required_argument, NULL, 's'},
		{"until", required_argument, NULL, 'u'}, {NULL, 0, NULL, 0}};
	const char *number = NULL, *kind = NULL, *time = NULL;
	struct obligation o;
	int c;
	obligation_init(&o);
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_add_entry, argc, argv, "", opts)) != -1) {
		switch (c) {
		case '?':
			return DL_EXIT_USAGE;
		case 'c': number = optarg; break;
		case 'w': o.who = optarg; break;
		case 'a': o.action = optarg; break;
		case 't': time = optarg; break;
		case 'k': kind = optarg; break;
		case 'n': o.note = optarg; break;
		case 's': o.scope = optarg; break;
		case 'u': o.until_event = optarg; break;
		case 'D':
			if (cmd_parse_date(&cmd_add_entry, "--due", optarg, &o.due) != 0)
				return DL_EXIT_USAGE;
			break;
		}
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_add_entry, "add: unexpected argument '%s'", argv[optind]);
	if (!number)
		return cmd_usage_error(&cmd_add_entry, "add: --case NUMBER is required");
	if (!o.who || !*o.who)
		return cmd_usage_error(&cmd_add_entry, "add: --who PARTY is required");
	if (!o.action || !*o.action)
		return cmd_usage_error(&cmd_add_entry, "add: --action TEXT is required");
	if (o.until_event && o.due != DATE_NONE)
		return cmd_usage_error(&cmd_add_entry, "add: give --due or --until, not both");
	if (!o.until_event && o.due == DATE_NONE)
		return cmd_usage_error(&cmd_add_entry, "add: --due DATE (or --until EVENT) is required");
	if (time && !valid_time(time))
		return cmd_usage_error(&cmd_add_entry, "add: invalid --time '%s': expected HH:MM (24-hour)",
				       time);
	if (!kind)
		kind = o.until_event ? "until" : "deadline";
	if (o.until_event ? strcmp(kind, "until") != 0
			  : strcmp(kind, "deadline") != 0 && strcmp(kind, "hearing") != 0)
		return cmd_usage_error(&cmd_add_entry,
				       "add: invalid --kind '%s': expected deadline or hearing with "
				       "--due, until with --until",
				       kind);
	if (time && o.until_event)
		return cmd_usage_error(&cmd_add_entry, "add: --time goes with --due");

	int rc = ctx_open(ctx, STORE_CREATE);
	if (rc)
		return rc;
	struct case_row cs;
	if (store_begin(ctx->db) != STORE_OK ||
	    store_case_find(ctx->db, number, &cs) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		store_rollback(ctx->db);
		return DL_EXIT_FAIL;
	}
	/* Owned copies, so obligation_free() can release them. */
	o.case_id = cs.id;
	o.kind = xstrdup(kind);
	o.who = xstrdup(o.who);
	o.action = xstrdup(o.action);
	o.note = o.note ? xstrdup(o.note) : NULL;
	o.scope = o.scope ? xstrdup(o.scope) : NULL;
	o.until_event = o.until_event ? xstrdup(o.until_event) : NULL;
	o.due_time = time ? xstrdup(time) : NULL;
	o.basis = xstrdup(o.due != DATE_NONE ? "stated" : "none");
	o.trigger = xstrdup(o.due != DATE_NONE ? "date" : "none");
	o.trigger_date = o.due;
	o.rule_cite = o.due != DATE_NONE ? xstrdup("date certain set by the court (not rolled)") : NULL;
	if (o.due != DATE_NONE && date_is_weekend(o.due))
		o.warnings = xasprintf("the date certain falls on a %s; it is not moved",
				       weekday_name(date_weekday(o.due)));
	if (store_obligation_add(ctx->db, &o, "added by hand") != STORE_OK ||
	    store_commit(ctx->db) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		store_rollback(ctx->db);
		obligation_free(&o);
		case_row_free(&cs);
		return DL_EXIT_FAIL;
	}
	char when[15];
	if (o.due != DATE_NONE)
		printf("added #%lld: %s %s by %s%s%s\n", (long long)o.id, o.who, o.action,
		       date_format_long(o.due, when), time ? " " : "", time ? time : "");
	else
		printf("added #%lld: %s %s until %s\n", (long long)o.id, o.who, o.action,
		       o.until_event);
	if (o.warnings)
		dl_warn("%s", o.warnings);
	obligation_free(&o);
	case_row_free(&cs);
	return DL_EXIT_OK;
}
