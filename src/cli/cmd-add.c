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

#include "calendars.h"
#include "cmd.h"
#include "compute.h"
#include "derive.h"
#include "eventkey.h"
#include "mutate.h"
#include "rule-defaults.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"case", required_argument, NULL, 'c'},
	{"who", required_argument, NULL, 'w'},
	{"action", required_argument, NULL, 'a'},
	{"due", required_argument, NULL, 'D'},
	{"time", required_argument, NULL, 't'},
	{"kind", required_argument, NULL, 'k'},
	{"note", required_argument, NULL, 'n'},
	{"scope", required_argument, NULL, 's'},
	{"until", required_argument, NULL, 'u'},
	{"within", required_argument, NULL, 'W'},
	{"from", required_argument, NULL, 'f'},
	{"before", no_argument, NULL, 'b'},
	{"served", required_argument, NULL, 'S'},
	{"rules", required_argument, NULL, 'r'},
	{"court-days", no_argument, NULL, 'C'},
	{"presumed", no_argument, NULL, 'P'},
	{"on", required_argument, NULL, 'O'},
	{"every", required_argument, NULL, 'E'},
	{"day", required_argument, NULL, 'Y'},
	{"until-event", required_argument, NULL, 'U'},
	{"until-date", required_argument, NULL, 'T'},
	{"rule", required_argument, NULL, 'R'},
	{"from-moved", no_argument, NULL, 'M'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_add_entry = {
	"add", run,
	"add --case NUMBER --who PARTY --action TEXT --due YYYY-MM-DD [--time HH:MM]\n"
	"    [--kind deadline|hearing] [--scope TEXT] [--note TEXT]\n"
	"add --case NUMBER --who PARTY --action TEXT --within N[d|w|m|y|h] --from DATE[THH:MM]\n"
	"    [--court-days] [--before] [--served METHOD] [--rules RULES] [--presumed]\n"
	"    [--scope TEXT] [--note TEXT]\n"
	"add --case NUMBER --who PARTY --action TEXT --until EVENT [--on DATE]\n"
	"    [--scope TEXT] [--note TEXT]\n"
	"add --case NUMBER --who PARTY --action TEXT --rule RULE --from DATE\n"
	"    [--served METHOD] [--scope TEXT] [--note TEXT]\n"
	"add --case NUMBER --who PARTY --action TEXT --kind recurring --every N[d|w|m]\n"
	"    [--from DATE] [--day D | --from-moved] [--until-event EVENT | --until-date DATE]\n"
	"    [--served METHOD] [--rules RULES] [--scope TEXT] [--note TEXT]",
	"add an obligation by hand",
	"A date given with --due is a date certain: it is never moved, even when it\n"
	"falls on a weekend or holiday (a warning says so). --within N --from DATE is\n"
	"a period computed under the court's rules (--rules, by default the court's\n"
	"own: see 'deadlines help compute'); the\n"
	"period and its trigger are stored, so the date is recomputed when a fact\n"
	"changes. --served METHOD: the period runs from service by that method\n"
	"(personal, electronic, mail, leave-with-clerk, other). A period in hours\n"
	"(--within 72h) needs the time it runs from (--from 2024-03-08T10:00): it\n"
	"counts every hour and ends at that time (FRCP 6(a)(2)). --presumed marks a\n"
	"period the order does not state (a default applies). --until records an\n"
	"obligation that lasts until an event, such as a stay, from --on DATE (the day\n"
	"it began; default: today, or --today). --kind recurring --every N enters a\n"
	"recurring duty (\"a joint status report every 90 days until the stay is\n"
	"lifted\"): occurrence k is due k cycles after --from (default: today),\n"
	"each computed under the court's rules (a weekend or holiday moves it; the\n"
	"next still counts from the stated cycle); --day D (1-31, with months): on\n"
	"day D of the month (a shorter month's last day), the first after --from,\n"
	"then every N months. --from-moved: each occurrence counts from the day the\n"
	"one before was due, when the order says so. It runs until --until-event\n"
	"happens ('deadlines event add'), until --until-date, or until further order.\n"
	"'done ID' closes the open occurrence and the next appears. --rule RULE\n"
	"(\"Rule 12(a)\", \"FRAP 4(a)\", \"28 U.S.C. 636(b)(1)\"): an order that names the\n"
	"rule but not the time; the rule's own period (data/rule-defaults.tsv) from\n"
	"--from, the day of service (--served) or of entry the rule counts from,\n"
	"flagged a rule default.\n",
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *number = NULL, *kind = NULL, *time = NULL, *within = NULL;
	const char *served = NULL, *rules = NULL, *every = NULL, *until_event = NULL, *rule = NULL;
	long day_of_month = 0;
	dl_day until_date = DATE_NONE;
	int before = 0, court_days = 0, presumed = 0, from_moved = 0;
	dl_day from = DATE_NONE, on = DATE_NONE;
	int from_minute = -1;
	struct obligation o;
	int c;
	obligation_init(&o);
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_add_entry, argc, argv, "", options)) != -1) {
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
			if (cmd_parse_datetime(&cmd_add_entry, "--from", optarg, &from, &from_minute) != 0)
				return DL_EXIT_USAGE;
			break;
		case 'O':
			if (cmd_parse_date(&cmd_add_entry, "--on", optarg, &on) != 0)
				return DL_EXIT_USAGE;
			break;
		case 'E': every = optarg; break;
		case 'R': rule = optarg; break;
		case 'M': from_moved = 1; break;
		case 'U': until_event = optarg; break;
		case 'Y':
			if (parse_int(optarg, 1, 31, &day_of_month) != 0)
				return cmd_usage_error(&cmd_add_entry,
						       "add: invalid --day '%s': expected a day of the "
						       "month, 1-31",
						       optarg);
			break;
		case 'T':
			if (cmd_parse_date(&cmd_add_entry, "--until-date", optarg, &until_date) != 0)
				return DL_EXIT_USAGE;
			break;
		case 'D':
			if (cmd_parse_date(&cmd_add_entry, "--due", optarg, &o.derived.due) != 0)
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
	/* a rule the order names without the time: its period, as --within */
	char rule_within[24];
	struct rule_default rd;
	if (rule) {
		if (within || presumed)
			return cmd_usage_error(&cmd_add_entry,
					       "add: --rule gives the period: leave out --within and --presumed");
		if (!rule_default_find(rule, strlen(rule), o.who, &rd))
			return cmd_usage_error(&cmd_add_entry,
					       "add: no default period is known for the rule '%s' (see "
					       "data/rule-defaults.tsv: e.g. \"Rule 12(a)\", \"Rule "
					       "59(e)\", \"FRAP 4(a)\")",
					       rule);
		if (rd.from_service && !served)
			return cmd_usage_error(&cmd_add_entry,
					       "add: %s runs from service: give --served METHOD",
					       rd.citation);
		if (!rd.from_service && served)
			return cmd_usage_error(&cmd_add_entry,
					       "add: %s runs from entry, not service: leave out --served",
					       rd.citation);
		snprintf(rule_within, sizeof rule_within, "%ldd", rd.days);
		within = rule_within;
	}
	int ways = (o.derived.due != DATE_NONE) + (o.until_event != NULL) + (within != NULL) +
		   (every != NULL);
	if (ways > 1)
		return cmd_usage_error(&cmd_add_entry, "add: give one of --due, --within, --until or --every");
	if (ways == 0)
		return cmd_usage_error(&cmd_add_entry,
				       "add: say when: --due DATE, --within N --from DATE, --until EVENT, "
				       "or --kind recurring --every N");
	int recurring = kind && !strcmp(kind, "recurring");
	if (recurring != (every != NULL))
		return cmd_usage_error(&cmd_add_entry, "add: --kind recurring and --every go together");
	if (!every && (day_of_month || until_event || until_date != DATE_NONE || from_moved))
		return cmd_usage_error(&cmd_add_entry, "add: --day, --from-moved, --until-event and "
				       "--until-date go with --every");
	if (day_of_month && from_moved)
		return cmd_usage_error(&cmd_add_entry, "add: give one of --day and --from-moved");
	if (until_event && until_date != DATE_NONE)
		return cmd_usage_error(&cmd_add_entry, "add: give one of --until-event and --until-date");
	if (until_event && !*until_event)
		return cmd_usage_error(&cmd_add_entry, "add: the --until-event is empty");
	long n = 0;
	char unit = 'd';
	enum rule_set rule_set = RULES_FRCP;
	enum service_method service = SERVICE_NONE;
	if (every) {
		if (period_parse(every, &n, &unit) != 0 || n < 1 || n > 3650 || !strchr("dwm", unit))
			return cmd_usage_error(&cmd_add_entry,
					       "add: invalid --every '%s': expected a number of days "
					       "(90d), weeks (2w) or months (3m)",
					       every);
		if (day_of_month && unit != 'm')
			return cmd_usage_error(&cmd_add_entry, "add: --day goes with months (--every 1m)");
		if (before || court_days || presumed)
			return cmd_usage_error(&cmd_add_entry,
					       "add: --before, --court-days and --presumed do not go "
					       "with --every");
		if (served && (service_parse(served, &service) != 0 || service == SERVICE_NONE))
			return cmd_usage_error(&cmd_add_entry,
					       "add: unknown service method '%s': expected personal, "
					       "electronic, mail, leave-with-clerk or other",
					       served);
		if (from == DATE_NONE)
			from = ctx->today;
		if (from_minute >= 0)
			return cmd_usage_error(&cmd_add_entry, "add: a series starts on a day: --from DATE");
		if (until_date != DATE_NONE && until_date <= from)
			return cmd_usage_error(&cmd_add_entry,
					       "add: --until-date must be after the series starts");
	} else if (within) {
		if (period_parse(within, &n, &unit) != 0 || n > 36500)
			return cmd_usage_error(&cmd_add_entry,
					       "add: invalid --within '%s': expected a number of days "
					       "(30d), weeks (2w), months (3m), years (1y) or hours (72h)",
					       within);
		if (from == DATE_NONE)
			return cmd_usage_error(&cmd_add_entry, "add: --within needs --from DATE (the trigger)");
		if ((unit == 'h') != (from_minute >= 0))
			return cmd_usage_error(&cmd_add_entry,
					       unit == 'h' ? "add: a period in hours needs the time it runs "
							     "from: --from DATETHH:MM"
							   : "add: a time in --from goes with a period in "
							     "hours (--within 72h)");
		if (unit == 'h' && (court_days || before))
			return cmd_usage_error(&cmd_add_entry,
					       "add: --court-days and --before do not go with hours");
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
	if (time && !cmd_valid_time(time))
		return cmd_usage_error(&cmd_add_entry, "add: invalid --time '%s': expected HH:MM (24-hour)",
				       time);
	enum obligation_kind k = o.until_event ? KIND_UNTIL : KIND_DEADLINE;
	if (kind && (obligation_kind_parse(kind, &k) != 0 ||
		     (k == KIND_UNTIL) != (o.until_event != NULL)))
		return cmd_usage_error(&cmd_add_entry,
				       "add: invalid --kind '%s': expected deadline or hearing with "
				       "--due, until with --until, recurring with --every",
				       kind);
	if (time && (o.until_event || every))
		return cmd_usage_error(&cmd_add_entry, "add: --time goes with --due");
	if (on != DATE_NONE && !o.until_event)
		return cmd_usage_error(&cmd_add_entry, "add: --on goes with --until");

	/* the facts, as stored (owned copies, so obligation_free() releases them) */
	struct obligation_when *w = &o.when;
	o.kind = k;
	o.who = xstrdup(o.who);
	o.action = xstrdup(o.action);
	o.note = o.note ? xstrdup(o.note) : NULL;
	o.scope = o.scope ? xstrdup(o.scope) : NULL;
	o.until_event = o.until_event ? xstrdup(o.until_event) : NULL; /* (--until) */
	o.due_time = time ? xstrdup(time) : NULL;
	if (every) { /* a series: its start, cycle and end (series.h) */
		static const enum period_unit units[] = {UNIT_DAYS, UNIT_WEEKS, UNIT_MONTHS};
		w->trigger = service != SERVICE_NONE ? TRIGGER_SERVICE : TRIGGER_DATE;
		w->trigger_date = from;
		w->series_day = (int)day_of_month;
		w->series_from_moved = from_moved;
		w->period_n = n;
		w->unit = units[strchr("dwm", unit) - "dwm"];
		w->direction = DIR_AFTER;
		w->service = service;
		w->occurrence = 1;
		w->series_until = until_date;
		o.basis = BASIS_COMPUTED;
		if (until_event) {
			o.until_event = xstrdup(until_event);
			o.link_event = event_key(until_event);
		}
	} else if (within) {
		static const enum period_unit units[] = {UNIT_DAYS, UNIT_WEEKS, UNIT_MONTHS, UNIT_YEARS,
							 UNIT_HOURS};
		w->trigger = service != SERVICE_NONE ? TRIGGER_SERVICE : TRIGGER_DATE;
		w->trigger_date = from;
		w->trigger_minute = from_minute;
		if (rule) /* (the table's citation, for the feed and the first step) */
			w->rule_default = xstrdup(rd.citation);
		w->period_n = n;
		w->unit = court_days ? UNIT_COURT_DAYS : units[strchr("dwmyh", unit) - "dwmyh"];
		w->direction = before ? DIR_BEFORE : DIR_AFTER;
		w->service = service;
		o.basis = presumed ? BASIS_PRESUMED : BASIS_COMPUTED;
	} else if (o.until_event) { /* it runs from the day it began */
		w->trigger = TRIGGER_DATE;
		w->trigger_date = on != DATE_NONE ? on : ctx->today;
		o.basis = BASIS_NONE;
	} else {
		w->trigger = TRIGGER_NONE;
		o.basis = o.derived.due != DATE_NONE ? BASIS_STATED : BASIS_NONE;
		w->stated_date = o.derived.due;
	}
	if (o.until_event && !o.link_event)
		o.link_event = event_key(o.until_event);

	struct case_row cs;
	struct calendars *cs_cal = NULL;
	struct derivation d;
	int derived = 0;
	char *err = NULL;
	int rc = mutate_case(ctx, number, &cs);
	if (rc) {
		obligation_free(&o);
		return rc;
	}
	o.case_id = cs.id;
	o.join.court = xstrdup(cs.court);
	o.join.division = cs.division ? xstrdup(cs.division) : NULL;
	o.join.from_court = cs.from_court ? xstrdup(cs.from_court) : NULL;
	o.join.case_number = xstrdup(cs.number);
	/* the rules: those asked for where they apply, else the court's own */
	const struct court *court = court_find(cs.court);
	if (court && rules_for_court(court, rules ? &rule_set : NULL, &rule_set) != 0) {
		rc = mutate_refuse(ctx, court->kind == COURT_STATE
					? "case %s is in a Texas state court: use --rules tx"
					: "case %s is in a federal court: the Texas rules (tx) apply only in "
					  "the Texas state courts",
				   cs.number);
		goto out;
	}
	w->rules = rule_set;
	cs_cal = calendars_new(ctx->db);
	struct calendar *cal = calendars_of(cs_cal, &o, &err);
	if (cal) {
		derived = 1;
		if (derive(cal, w, DERIVE_EXPLAINED, &d, &err) != 0)
			cal = NULL;
	}
	if (!cal) {
		rc = mutate_refuse(ctx, "add: %s", err);
		goto out;
	}
	derivation_values(&d, &o.derived);
	if (store_obligation_add(ctx->db, &o, "added by hand") != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if ((rc = mutate_commit(ctx)))
		goto out;
	char when[15], hhmm[6];
	if (every && o.derived.due != DATE_NONE)
		printf("added #%lld: %s %s every %ld%c, first by %s%s%s\n", (long long)o.id, o.who,
		       o.action, n, unit, date_format_long(o.derived.due, when),
		       o.until_event ? ", until " : "", o.until_event ? o.until_event : "");
	else if (o.derived.due != DATE_NONE && o.derived.due_minute >= 0) /* hours: its end */
		printf("added #%lld: %s %s by %s %s (%s)\n", (long long)o.id, o.who, o.action,
		       date_format_long(o.derived.due, when), time_format(o.derived.due_minute, hhmm),
		       d.c.end_zone);
	else if (o.derived.due != DATE_NONE)
		printf("added #%lld: %s %s by %s%s%s\n", (long long)o.id, o.who, o.action,
		       date_format_long(o.derived.due, when), time ? " " : "", time ? time : "");
	else
		printf("added #%lld: %s %s until %s\n", (long long)o.id, o.who, o.action,
		       o.until_event);
	for (const char *p = o.derived.warnings; p && *p;) {
		const char *nl = strchr(p, '\n');
		int len = nl ? (int)(nl - p) : (int)strlen(p);
		dl_warn("%.*s", len, p);
		p += len + (nl != NULL);
	}
out:
	if (derived)
		derivation_free(&d);
	calendars_free(cs_cal);
	free(err);
	obligation_free(&o);
	case_row_free(&cs);
	return rc;
}
