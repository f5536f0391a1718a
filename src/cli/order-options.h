/*
 * order-options.h: the options 'extract' and 'import' share: --entered,
 * --served and --service (the order's dates), --court and --rules.
 */
#ifndef DL_ORDER_OPTIONS_H
#define DL_ORDER_OPTIONS_H

#include "cmd.h"
#include "importer.h"

/* What the options gave. */
struct order_options {
	struct order_facts facts; /* the dates (and the rules, with --rules) */
	const char *court;	  /* --court, or NULL */
	int have_rules;		  /* --rules was given */
};
void order_options_init(struct order_options *oo);
/* Take option c (getopt's 'E' --entered, 'S' --served, 'M' --service, 'c'
 * --court, 'r' --rules) with its argument: 0; 1 when c is none of them; -1
 * after a usage error. */
int order_option(const struct dl_command *cmd, int c, const char *arg, struct order_options *oo);
/* After the options: --served and --service go together. 0, or -1 after a
 * usage error. */
int order_options_check(const struct dl_command *cmd, const struct order_options *oo);

#endif
