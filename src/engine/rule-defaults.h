/*
 * rule-defaults.h: the time a rule gives when an order names the rule but
 * not the time ("answer as required by Rule 12(a)": 21 days after service,
 * 60 for the United States), from data/rule-defaults.tsv, each row with its
 * citation. A date counted from one is a rule default: the order names the
 * rule, the rule states the period (not presumed). Pure.
 */
#ifndef DL_RULE_DEFAULTS_H
#define DL_RULE_DEFAULTS_H

#include <stddef.h>

struct rule_default {
	long days;
	int from_service;     /* 1: runs from service; 0: from entry */
	int united_states;    /* the United States' period (who names it) */
	const char *citation; /* the table's */
};

/* The default of the rule that text[0, len) names (the longest name the
 * table has, as words, case and whitespace aside), the United States'
 * period when who (may be NULL) names the United States and the rule has
 * one: 1 with *out, or 0 when text names none. */
int rule_default_find(const char *text, size_t len, const char *who, struct rule_default *out);

/* The table's own copy of a citation it has (static: it outlives any
 * computation), or NULL. */
const char *rule_default_citation(const char *cite);

#endif
