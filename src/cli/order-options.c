/*
 * order-options.c: the options of an order (see order-options.h).
 */
#include "order-options.h"

#include <string.h>

void order_options_init(struct order_options *oo)
{
	memset(oo, 0, sizeof *oo);
	oo->facts.rules = RULES_FRCP;
	oo->facts.dates = (struct order_dates){DATE_NONE, DATE_NONE, SERVICE_NONE, -1};
}

int order_option(const struct dl_command *cmd, int c, const char *arg, struct order_options *oo)
{
	struct order_dates *d = &oo->facts.dates;
	switch (c) {
	case 'E': return cmd_parse_date(cmd, "--entered", arg, &d->entered) == 0 ? 0 : -1;
	case 'S': /* a time too, for a period in hours */
		return cmd_parse_datetime(cmd, "--served", arg, &d->served, &d->served_minute) == 0 ? 0
												     : -1;
	case 'M':
		if (service_parse(arg, &d->service) != 0 || d->service == SERVICE_NONE) {
			cmd_usage_error(cmd,
					"%s: unknown service method '%s': expected personal, "
					"electronic, mail, leave-with-clerk or other",
					cmd->name, arg);
			return -1;
		}
		return 0;
	case 'c': oo->court = arg; return 0;
	case 'r':
		if (rule_set_parse(arg, &oo->facts.rules) != 0) {
			cmd_usage_error(cmd,
					"%s: unknown rules '%s': expected frcp, frap, frbp or tx",
					cmd->name, arg);
			return -1;
		}
		oo->have_rules = 1;
		return 0;
	}
	return 1; /* not ours */
}

int order_options_check(const struct dl_command *cmd, const struct order_options *oo)
{
	if ((oo->facts.dates.served == DATE_NONE) != (oo->facts.dates.service == SERVICE_NONE)) {
		cmd_usage_error(cmd, "%s: --served and --service go together", cmd->name);
		return -1;
	}
	return 0;
}
