/*
 * cmd-holidays.c: deadlines holidays --court CODE --year YYYY — the legal
 * holidays that apply in a court that year, with kind, direction and citation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cmd.h"
#include "compute.h"
#include "court-context.h"
#include "json-csv.h"
#include "records.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"court", required_argument, NULL, 'c'},
	{"year", required_argument, NULL, 'y'},
	{"rules", required_argument, NULL, 'r'},
	{"json", no_argument, NULL, 'j'},
	{"courts", no_argument, NULL, 'C'},
	{"division", required_argument, NULL, 'D'},
	{"from-court", required_argument, NULL, 'F'},
	{"format", required_argument, NULL, 'f'},
	{NULL, 0, NULL, 0},
};
static const char *const holiday_columns[] = {"date",	  "weekday",   "name",	    "kind",
					      "counts",	  "arguable",  "direction", "citation",
					      "statutory", "state",	NULL};
static const char *const court_columns[] = {"code", "kind", "state", "tz", "name", "short", NULL};

const struct dl_command cmd_holidays_entry = {
	"holidays", run, "holidays --court CODE [--division NAME] [--from-court CODE] --year YYYY\n"
			 "         [--rules RULES] [--format table|csv|json] [--json]\n"
			 "holidays --courts [--format table|csv|json] [--json]",
	"the legal holidays of a court in a year, or the court registry",
	"Each holiday has a kind (federal, declared, state, court), says whether it\n"
	"counts only for periods measured forward (state holidays, FRCP 6(a)(6)(C)),\n"
	"whether its status is arguable, and its citation. Information-only days\n"
	"(half-day closures, days held not to be holidays, optional state days) are\n"
	"listed with 'counts: no'. Recorded closures appear with kind 'closure'.\n"
	"A holiday of the state whose day the data cannot express (a Hebrew or\n"
	"lunar date, a day a governor has yet to designate) is neither listed nor\n"
	"counted: a warning names it. --division names a division of the court in\n"
	"the Washington, D.C. area, where Inauguration Day is a holiday. In a court\n"
	"of appeals, --from-court names the district court whose judgment is on\n"
	"appeal: its state's holidays are listed too (FRAP 26(a)(6)(C)), each saying\n"
	"whose it is.\n",
	options, NULL,
};

static int list_courts(enum records_format format)
{
	struct records *out = format == FORMAT_TABLE ? NULL : records_new(format, "courts", court_columns);
	for (size_t i = 0; i < court_count(); i++) {
		const struct court *c = court_at(i);
		if (out)
			records_add(out, json_pack("{s:s,s:s,s:s,s:s,s:s,s:s}", "code", c->code,
							       "kind", court_kind_name(c->kind), "state", c->state, "tz",
							       c->tz, "name", c->name, "short", c->short_name));
		else
			printf("%-6s %-10s %-2s  %-22s %s\n", c->code, court_kind_name(c->kind), c->state, c->tz,
			       c->short_name);
	}
	if (out)
		records_finish(out);
	return DL_EXIT_OK;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *code = NULL, *division = NULL, *origin = NULL;
	long year = 0;
	int courts = 0, c, have_rules = 0;
	enum records_format format = FORMAT_TABLE;
	enum rule_set rules = RULES_FRCP;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_holidays_entry, argc, argv, "", options)) != -1) {
		switch (c) {
		case '?': return DL_EXIT_USAGE;
		case 'c': code = optarg; break;
		case 'y':
			if (parse_int(optarg, DATE_MIN_YEAR, DATE_MAX_YEAR, &year) != 0)
				return cmd_usage_error(&cmd_holidays_entry,
						       "holidays: invalid --year '%s': expected %d-%d",
						       optarg, DATE_MIN_YEAR, DATE_MAX_YEAR);
			break;
		case 'r':
			if (rule_set_parse(optarg, &rules) != 0)
				return cmd_usage_error(&cmd_holidays_entry, "holidays: unknown rules '%s'",
						       optarg);
			have_rules = 1;
			break;
		case 'j': format = FORMAT_JSON; break;
		case 'f':
			if (records_format_parse(&cmd_holidays_entry, "holidays", optarg, &format))
				return DL_EXIT_USAGE;
			break;
		case 'C': courts = 1; break;
		case 'D': division = optarg; break;
		case 'F': origin = optarg; break;
		}
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_holidays_entry, "holidays: unexpected argument '%s'",
				       argv[optind]);
	if (courts)
		return list_courts(format);
	if (!code || !year)
		return cmd_usage_error(&cmd_holidays_entry, "holidays: --court and --year are required");
	const struct court *court = court_find(code);
	if (!court)
		return cmd_usage_error(&cmd_holidays_entry, "holidays: unknown court '%s'", code);
	if (rules_for_court(court, have_rules ? &rules : NULL, &rules) != 0)
		return cmd_usage_error(&cmd_holidays_entry,
				       "holidays: rules '%s' do not apply in court '%s' (Texas state "
				       "courts use --rules tx --court tx)",
				       rule_set_name(rules), court->code);
	struct court in_context;
	if (division || origin) {
		char *why = NULL;
		if (court_in_context(court, division, origin, &in_context, &why) != 0) {
			cmd_usage_error(&cmd_holidays_entry, "holidays: %s", why);
			free(why);
			return DL_EXIT_USAGE;
		}
		court = &in_context;
	}
	struct calendar *cal = calendar_new(court, rules_family(rules));
	int rc = ctx_load_closures(ctx, cal);
	if (rc)
		goto out;
	/* The state's holidays the data cannot express are not in the list: say so. */
	const char *names[32], *cites[32];
	size_t nx = calendar_not_expressible(cal, (int)year, names, cites, 32);
	for (size_t i = 0; i < nx; i++)
		dl_warn("%s (%s): a holiday in %ld whose day the data cannot express; it is not listed "
			"and not counted: check it",
			names[i], cites[i], year);
	size_t n;
	const struct holiday *h = calendar_year(cal, (int)year, &n);
	struct records *out =
		format == FORMAT_TABLE ? NULL : records_new(format, "holidays", holiday_columns);
	if (out) {
		records_set(out, "court", json_string(court->code));
		records_set(out, "year", json_integer(year));
		records_set(out, "rules", json_string(rule_set_name(rules)));
	} else {
		ctx_pager(ctx);
		printf("Legal holidays in %s (%s), %ld:\n", court->name, court->code, year);
	}
	for (size_t i = 0; i < n; i++) {
		char when[15], iso[11], stat[11];
		const char *direction = h[i].forward_only ? "forward" : "both";
		if (out) {
			json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:b,s:b,s:s,s:s}", "date",
					      date_format(h[i].day, iso), "weekday",
					      weekday_abbr(date_weekday(h[i].day)), "name", h[i].name,
					      "kind", holiday_kind_name(h[i].kind), "counts",
					      h[i].counts, "arguable", h[i].arguable, "direction", direction,
					      "citation", h[i].citation);
			if (h[i].kind == HOLIDAY_STATE)
				json_object_set_new(o, "state", json_string(h[i].origin ? court->origin->state
										       : court->state));
			json_object_set_new(o, "statutory",
					    h[i].statutory == DATE_NONE
						    ? json_null()
						    : json_string(date_format(h[i].statutory, stat)));
			records_add(out, o);
			continue;
		}
		printf("  %s  %-8s %s", date_format_long(h[i].day, when), holiday_kind_name(h[i].kind),
		       h[i].name);
		if (h[i].statutory != DATE_NONE)
			printf(" (observed; falls on %s)", date_format_long(h[i].statutory, when));
		if (!h[i].counts)
			fputs(" [counts: no]", stdout);
		else if (h[i].arguable)
			fputs(" [arguable]", stdout);
		if (h[i].forward_only && h[i].counts)
			fputs(" [forward periods only]", stdout);
		if (h[i].origin)
			printf(" [%s: the state of the court appealed from]", court->origin->state);
		printf("\n%30s%s\n", "", h[i].citation);
	}
	/* Recorded closures of that year. */
	dl_day jan1 = date_from_ymd((int)year, 1, 1), dec31 = date_from_ymd((int)year, 12, 31);
	for (dl_day d = jan1; d <= dec31; d++) {
		const char *reason = (calendar_flags(cal, d) & DAY_CLOSED) ? calendar_closure_reason(cal, d)
									    : NULL;
		if (!reason)
			continue;
		char when[15], iso[11];
		if (out)
			records_add(out, json_pack("{s:s,s:s,s:s,s:s,s:b,s:b,s:s,s:s}", "date",
							       date_format(d, iso), "weekday",
							       weekday_abbr(date_weekday(d)), "name", reason,
							       "kind", "closure", "counts", 1, "arguable", 0,
							       "direction", "forward", "citation",
							       "FRCP 6(a)(3) (recorded closure)"));
		else
			printf("  %s  %-8s %s\n%30sFRCP 6(a)(3) (recorded closure)\n",
			       date_format_long(d, when), "closure", reason, "");
	}
	if (out)
		records_finish(out);
out:
	calendar_free(cal);
	return rc;
}
