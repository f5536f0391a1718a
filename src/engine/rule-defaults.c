/*
 * rule-defaults.c: the period of a rule an order names without its time
 * (see rule-defaults.h), looked up in data/rule-defaults.tsv as compiled in
 * (tables.h; src/engine/tsvcheck checked every row at build time).
 */
#include "rule-defaults.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "tables.h"
#include "util.h"

/* Does text[i..len) begin with name (lower case; a space in name matches a
 * run of whitespace, a letter either case), not inside a word? Its length
 * in text, or 0. */
static size_t name_at(const char *text, size_t len, size_t i, const char *name, size_t name_len)
{
	if (i > 0 && isalnum((unsigned char)text[i - 1]))
		return 0;
	size_t k = i;
	for (size_t j = 0; j < name_len; j++) {
		if (name[j] == ' ') {
			if (k >= len || !isspace((unsigned char)text[k]))
				return 0;
			while (k < len && isspace((unsigned char)text[k]))
				k++;
		} else if (k < len && tolower((unsigned char)text[k]) == name[j]) {
			k++;
		} else {
			return 0;
		}
	}
	/* "rule 12(a)" goes on as "(1)(A)"; "frap 4" would not be "frap 40" */
	if (k < len && isalnum((unsigned char)name[name_len - 1]) &&
	    isalnum((unsigned char)text[k]))
		return 0;
	return k - i;
}

/* 1 when who names the United States (an agency, officer or employee: the
 * words an order uses for the government as a party). */
static int names_united_states(const char *who)
{
	static const char *const words[] = {"united states", "government", "federal defendant",
					    NULL};
	if (!who)
		return 0;
	char *low = xstrdup(who);
	for (char *p = low; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	int yes = 0;
	for (int i = 0; words[i] && !yes; i++)
		yes = strstr(low, words[i]) != NULL;
	free(low);
	return yes;
}

const char *rule_default_citation(const char *cite)
{
	for (size_t r = 0; cite && r < rule_default_rows; r++)
		if (strcmp(rule_default_table[r][4], cite) == 0)
			return rule_default_table[r][4];
	return NULL;
}

int rule_default_find(const char *text, size_t len, const char *who, struct rule_default *out)
{
	size_t best = 0, best_row = 0;
	for (size_t r = 0; r < rule_default_rows; r++) {
		const char *names = rule_default_table[r][0];
		for (const char *n = names; *n;) {
			const char *bar = strchr(n, '|');
			size_t nl = bar ? (size_t)(bar - n) : strlen(n);
			for (size_t i = 0; i + nl <= len; i++)
				if (tolower((unsigned char)text[i]) == n[0] &&
				    name_at(text, len, i, n, nl) && nl > best)
					best = nl, best_row = r;
			n += nl + (bar != NULL);
		}
	}
	if (!best)
		return 0;
	const char *const *row = rule_default_table[best_row];
	int us = strcmp(row[3], "-") != 0 && names_united_states(who);
	*out = (struct rule_default){strtol(us ? row[3] : row[1], NULL, 10),
				     strcmp(row[2], "service") == 0, us, row[4]};
	return 1;
}
