/*
 * cmd-compute.c: deadlines compute — one period computed under a court's rules,
 * with every step explained. Closures recorded in the database (if there is
 * one) and --inaccessible days make the clerk's office inaccessible.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cmd.h"
#include "compute.h"
#include "court-context.h"
#include "print-computation.h"
#include "json-csv.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

/* the units' options (their values follow getopt's characters) */
enum { O_DAYS = 256, O_COURT_DAYS, O_HOURS, O_WEEKS, O_MONTHS, O_YEARS };
static const struct option options[] = {
	{"from", required_argument, NULL, 'f'},
	{"days", required_argument, NULL, O_DAYS},
	{"court-days", required_argument, NULL, O_COURT_DAYS},
	{"business-days", required_argument, NULL, O_COURT_DAYS},
	{"hours", required_argument, NULL, O_HOURS},
	{"weeks", required_argument, NULL, O_WEEKS},
	{"months", required_argument, NULL, O_MONTHS},
	{"years", required_argument, NULL, O_YEARS},
	{"before", no_argument, NULL, 'b'},
	{"served", required_argument, NULL, 's'},
	{"rules", required_argument, NULL, 'r'},
	{"court", required_argument, NULL, 'c'},
	{"inaccessible", required_argument, NULL, 'i'},
	{"regime", required_argument, NULL, 'R'},
	{"explain", no_argument, NULL, 'e'},
	{"json", no_argument, NULL, 'j'},
	{"division", required_argument, NULL, 'D'},
	{"from-court", required_argument, NULL, 'F'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_compute_entry = {
	"compute", run,
	"compute --from DATE[THH:MM] (--days N | --court-days N | --hours N | --weeks N |\n"
	"        --months N | --years N) [--before] [--served METHOD] [--rules RULES]\n"
	"        [--court CODE [--division NAME] [--from-court CODE]] [--inaccessible DATE[THH:MM]]...\n"
	"        [--regime DATE]\n"
	"        [--explain] [--json]",
	"compute a deadline under FRCP 6, FRAP 26, FRBP 9006 or Texas rules",
	"RULES: frcp, frap, frbp, tx; by default the court's own (frap for courts of\n"
	"appeals, frbp for bankruptcy courts, tx for the Texas state courts, 'tx').\n"
	"METHOD (how the paper that starts the period was served): personal,\n"
	"electronic, mail, leave-with-clerk, other. --before counts backward from the\n"
	"event (\"14 days before the hearing\"). --regime DATE applies the rules in force\n"
	"on DATE (default: the day of the event). The due date is the earliest reading\n"
	"where the law is unsettled; --explain shows every step with its citation.\n"
	"--division names a division in another time zone than the court's clerk's\n"
	"office (e.g. --court txwd --division \"El Paso\"): the day ends there; or\n"
	"a division in the Washington, D.C. area (e.g. --court vaed --division\n"
	"Alexandria), where Inauguration Day is a holiday (5 U.S.C. 6103(c)).\n"
	"--from-court names, in a court of appeals, the district court whose judgment\n"
	"is on appeal (e.g. --court ca5 --from-court txsd): the legal holidays of its\n"
	"state count too, with those of the circuit clerk's (FRAP 26(a)(6)(C)).\n"
	"Without --court the period is counted as the rules' worked examples count it:\n"
	"federal legal holidays only, in no time zone, with a warning that state\n"
	"holidays and recorded closures were not applied.\n",
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	struct period p = {RULES_FRCP, DATE_NONE, -1, 0, UNIT_DAYS, 0, SERVICE_NONE, DATE_NONE, 0};
	const char *court_code = NULL, *from_arg = NULL, *division = NULL, *origin = NULL;
	dl_day inaccessible[64];
	int inaccessible_from[64]; /* the minute it began (DATETHH:MM), or -1: all day */
	int ninaccessible = 0, explain = 0, json = 0, units = 0, rules_given = 0, c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_compute_entry, argc, argv, "", options)) != -1) {
		long v;
		switch (c) {
		case '?':
			return DL_EXIT_USAGE;
		case 'f':
			from_arg = optarg;
			break;
		case O_DAYS: case O_COURT_DAYS: case O_HOURS: case O_WEEKS: case O_MONTHS: case O_YEARS:
			if (parse_int(optarg, 0, 36500, &v) != 0)
				return cmd_usage_error(&cmd_compute_entry,
						       "compute: invalid period '%s': expected a whole "
						       "number from 0 to 36500",
						       optarg);
			p.n = v;
			p.unit = (enum period_unit)(c - O_DAYS);
			units++;
			break;
		case 'b': p.before = 1; break;
		case 's':
			if (service_parse(optarg, &p.service) != 0 || p.service == SERVICE_NONE)
				return cmd_usage_error(&cmd_compute_entry,
						       "compute: unknown service method '%s': expected "
						       "personal, electronic, mail, leave-with-clerk or other",
						       optarg);
			break;
		case 'r':
			rules_given = 1;
			if (rule_set_parse(optarg, &p.rules) != 0)
				return cmd_usage_error(&cmd_compute_entry,
						       "compute: unknown rules '%s': expected frcp, frap, "
						       "frbp or tx",
						       optarg);
			break;
		case 'c': court_code = optarg; break;
		case 'i':
			if (ninaccessible == 64)
				return cmd_usage_error(&cmd_compute_entry,
						       "compute: at most 64 --inaccessible days");
			if (cmd_parse_datetime(&cmd_compute_entry, "--inaccessible", optarg,
					       &inaccessible[ninaccessible],
					       &inaccessible_from[ninaccessible]) != 0)
				return DL_EXIT_USAGE;
			ninaccessible++;
			break;
		case 'R':
			if (cmd_parse_date(&cmd_compute_entry, "--regime", optarg, &p.regime) != 0)
				return DL_EXIT_USAGE;
			break;
		case 'e': explain = 1; break;
		case 'D': division = optarg; break;
		case 'F': origin = optarg; break;
		case 'j': json = 1; break;
		}
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_compute_entry, "compute: unexpected argument '%s'",
				       argv[optind]);
	if (!from_arg)
		return cmd_usage_error(&cmd_compute_entry, "compute: --from DATE is required");
	if (cmd_parse_datetime(&cmd_compute_entry, "--from", from_arg, &p.from, &p.from_minute) != 0)
		return DL_EXIT_USAGE;
	if (units != 1)
		return cmd_usage_error(&cmd_compute_entry,
				       "compute: give exactly one of --days, --court-days, --hours, "
				       "--weeks, --months, --years");
	if (p.unit == UNIT_HOURS && p.from_minute < 0)
		return cmd_usage_error(&cmd_compute_entry,
				       "compute: --hours needs the time of the event: --from DATETHH:MM");
	/* Without a court: the federal calendar alone, in no time zone (the
	 * rules' own worked examples count so); compute_period warns. */
	const enum rule_set *asked = rules_given ? &p.rules : NULL;
	const struct court *court = court_code ? court_find(court_code) : court_for_rules(asked);
	if (court_code && !court)
		return cmd_usage_error(&cmd_compute_entry, "compute: unknown court '%s'", court_code);
	if (!court)
		court = court_none();
	if ((division || origin) && court_is_none(court))
		return cmd_usage_error(&cmd_compute_entry, "compute: --%s needs --court",
				       division ? "division" : "from-court");
	if (rules_for_court(court, asked, &p.rules) != 0)
		return cmd_usage_error(&cmd_compute_entry,
				       "compute: rules '%s' do not apply in court '%s' (Texas state "
				       "courts use --rules tx --court tx)",
				       rule_set_name(p.rules), court->code);

	struct court in_context;
	if (division || origin) {
		char *why = NULL;
		if (court_in_context(court, division, origin, &in_context, &why) != 0) {
			cmd_usage_error(&cmd_compute_entry, "compute: %s", why);
			free(why);
			return DL_EXIT_USAGE;
		}
		court = &in_context;
	}
	struct calendar *cal = calendar_new(court, rules_family(p.rules));
	struct computation res;
	char *err = NULL;
	int rc = DL_EXIT_FAIL;
	if (!court_is_none(court) && ctx_load_closures(ctx, cal) != DL_EXIT_OK)
		goto out;
	for (int i = 0; i < ninaccessible; i++)
		calendar_add_closure_from(cal, inaccessible[i], inaccessible_from[i],
					  "given with --inaccessible");
	if (compute_period(cal, &p, &res, &err) != 0) {
		dl_error("compute: %s", err);
		goto out;
	}
	char when[15];
	if (json) {
		json_t *doc = explain_json(&res);
		json_object_set_new(doc, "rules", json_string(rule_set_name(p.rules)));
		json_object_set_new(doc, "court",
				    court_is_none(court) ? json_null() : json_string(court->code));
		json_print(doc, stdout);
		json_decref(doc);
	} else {
		printf("%s", date_format_long(res.due, when));
		if (res.due_minute >= 0)
			printf(" %02d:%02d%s%s", res.due_minute / 60, res.due_minute % 60,
			       res.end_zone[0] ? " " : "", res.end_zone);
		putchar('\n');
		if (explain) {
			if (court_is_none(court))
				printf("\nNo court: federal holidays only, no time zone, %s:\n", res.regime);
			else
				printf("\n%s, %s (%s), %s:\n", court->name, court->short_name,
				       court->code, res.regime);
			explain_print(stdout, &res);
		} else {
			for (size_t i = 0; i < res.nwarnings; i++)
				dl_warn("%s", res.warnings[i]);
		}
	}
	computation_free(&res);
	rc = DL_EXIT_OK;
out:
	free(err);
	calendar_free(cal);
	return rc;
}
