/*
 * cmd-add.c: deadlines add — an obligation entered by hand: a date certain
 * (--due), a period from a trigger (--within 30d --from DATE), computed by the
 * engine and stored with its facts, or an obligation that lasts until an event
 * (--until).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "eventkey.h"
#include "recalc.h"
#include "cmd.h"
#include "compute.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

const struct dl_command cmd_add_entry = {
	"add", run,
	"add --case NUMBER --who PARTY --action TEXT --due YYYY-MM-DD [--time HH:MM]\n"
	"    [--kind deadline|hearing] [--scope TEXT] [--note TEXT]\n"
	"add --case NUMBER --who PARTY --action TEXT --within N[d|w|m|y] --from DATE\n"
	"    [--court-days] [--before] [--served METHOD] [--rules RULES] [--presumed]\n"
	"    [--scope TEXT] [--note TEXT]\n"
	"add --case NUMBER --who PARTY --action TEXT --until EVENT [--scope TEXT] [--note TEXT]",
	"add an obligation by hand",
	"A date given with --due is a date certain: it is never moved, even when it\n"
	"falls on a weekend or holiday (a warning says so). --within N --from DATE is\n"
	"a period computed under the court's rules (--rules, by default the court's\n"
	"own: see 'deadlines help compute'); the\n"
	"period and its trigger are stored, so the date is recomputed when a fact\n"
	"changes. --served METHOD: the period runs from service by that method\n"
	"(personal, electronic, mail, leave-with-clerk, other). --presumed marks a\n"
	"period the order does not state (a default applies). --until records an\n"
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
		{"until", required_argument, NULL, 'u'}, {"within", required_argument, NULL, 'W'},
		{"from", required_argument, NULL, 'f'},  {"before", no_argument, NULL, 'b'},
		{"served", required_argument, NULL, 'S'}, {"rules", required_argument, NULL, 'r'},
		{"court-days", no_argument, NULL, 'C'},  {"presumed", no_argument, NULL, 'P'},
		{NULL, 0, NULL, 0}};
	const char *number = NULL, *kind = NULL, *time = NULL, *within = NULL;
	const char *served = NULL, *rules = NULL;
	int before = 0, court_days = 0, presumed = 0;
	dl_day from = DATE_NONE;
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
		case 'W': within = optarg; break;
		case 'b': before = 1; break;
		case 'S': served = optarg; break;
		case 'r': rules = optarg; break;
		case 'C': court_days = 1; break;
		case 'P': presumed = 1; break;
		case 'f':
			if (cmd_parse_date(&cmd_add_entry, "--from", optarg, &from) != 0)
				return DL_EXIT_USAGE;
			break;
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
	int ways = (o.due != DATE_NONE) + (o.until_event != NULL) + (within != NULL);
	if (ways > 1)
		return cmd_usage_error(&cmd_add_entry, "add: give one of --due, --within or --until");
	if (ways == 0)
		return cmd_usage_error(&cmd_add_entry,
				       "add: say when: --due DATE, --within N --from DATE, or --until EVENT");
	long n = 0;
	char unit = 'd';
	enum rule_set rule_set = RULES_FRCP;
	enum service_method service = SERVICE_NONE;
	if (within) {
		if (period_parse(within, &n, &unit) != 0 || n > 36500)
			return cmd_usage_error(&cmd_add_entry,
					       "add: invalid --within '%s': expected a number of days "
					       "(30d), weeks (2w), months (3m) or years (1y)",
					       within);
		if (from == DATE_NONE)
			return cmd_usage_error(&cmd_add_entry, "add: --within needs --from DATE (the trigger)");
		if (court_days && unit != 'd')
			return cmd_usage_error(&cmd_add_entry, "add: --court-days counts days (e.g. 10d)");
		if (served && (service_parse(served, &service) != 0 || service == SERVICE_NONE))
			return cmd_usage_error(&cmd_add_entry,
					       "add: unknown service method '%s': expected personal, "
					       "electronic, mail, leave-with-clerk or other",
					       served);
	} else if (from != DATE_NONE || served || before || court_days || presumed) {
		return cmd_usage_error(&cmd_add_entry, "add: --from, --served, --before, --court-days "
				       "and --presumed go with --within");
	}
	if (rules && rule_set_parse(rules, &rule_set) != 0)
		return cmd_usage_error(&cmd_add_entry, "add: unknown rules '%s': expected frcp, frap, "
				       "frbp or tx", rules);
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
	o.court = xstrdup(cs.court);
	o.case_number = xstrdup(cs.number);
	o.rules = xstrdup(rule_set_name(rule_set));
	if (within) {
		static const char *const units[] = {"days", "weeks", "months", "years"};
		o.trigger = xstrdup(service != SERVICE_NONE ? "service" : "date");
		o.trigger_date = from;
		o.period_n = n;
		o.period_unit = xstrdup(court_days ? "court_days" : units[strchr("dwmy", unit) - "dwmy"]);
		o.period_dir = xstrdup(before ? "before" : "after");
		o.service_method = service != SERVICE_NONE ? xstrdup(service_name(service)) : NULL;
		o.basis = xstrdup(presumed ? "presumed" : "computed");
	} else {
		o.trigger = xstrdup("none");
		o.basis = xstrdup(o.due != DATE_NONE ? "stated" : "none");
		o.stated_date = o.due;
	}
	if (o.until_event)
		o.link_event = event_key(o.until_event);
	struct computation comp;
	char *err = NULL;
	const struct court *court = court_find(cs.court);
	if (!rules && court) { /* the court's own rules */
		rule_set = rules_of_court(court);
		free(o.rules);
		o.rules = xstrdup(rule_set_name(rule_set));
	}
	if (o.until_event == NULL) {
		if (strcmp(o.court, "tx") == 0 && rule_set != RULES_TX) {
			dl_error("case %s is in a Texas state court: use --rules tx", cs.number);
			store_rollback(ctx->db);
			obligation_free(&o);
			case_row_free(&cs);
			return DL_EXIT_FAIL;
		}
		if (obligation_compute(ctx->db, &o, &comp, &err) != 0) {
			dl_error("add: %s", err);
			free(err);
			store_rollback(ctx->db);
			obligation_free(&o);
			case_row_free(&cs);
			return DL_EXIT_FAIL;
		}
		o.due = comp.due;
		o.latest = comp.latest;
		o.warnings = computation_warnings(&comp);
		o.rule_cite = within ? computation_citation(&comp)
				     : xstrdup("date certain set by the court (not moved)");
		computation_free(&comp);
	}
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
	if (o.warnings) {
		const char *p = o.warnings;
		while (*p) {
			const char *nl = strchr(p, '\n');
			int len = nl ? (int)(nl - p) : (int)strlen(p);
			dl_warn("%.*s", len, p);
			p += len + (nl != NULL);
		}
	}
	obligation_free(&o);
	case_row_free(&cs);
	return DL_EXIT_OK;
}
