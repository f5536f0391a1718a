/*
 * tsvcheck.c: the build-time check of the data tables. Run on each
 * table of data/ before it is compiled in (Makefile.am), it refuses the whole
 * table, naming file, line, column and why, when a row has a field the
 * engine does not understand: a typo in a table would otherwise be read as
 * "no such day" or a default and silently change dates.
 *   usage: tsvcheck TABLE FILE   (TABLE: courts, divisions, declared, state-holidays,
 *                                 inauguration-area)
 * Exit 0 when every row is understood, 1 otherwise (every bad row is named).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "holrule.h"

#define MAX_COLS 12

struct table {
	const char *name;
	int cols;
	const char *const *colnames;
};

static const char *const court_cols[] = {"code", "kind", "state", "tz", "name", "short"};
static const char *const division_cols[] = {"code", "division", "tz", "note"};
static const char *const declared_cols[] = {"date", "status", "name", "citation"};
static const char *const state_cols[] = {"state", "name", "rule", "cycle", "from",
					 "to", "shift", "status", "citation"};
static const char *const area_cols[] = {"code", "division", "place", "citation"};
static const struct table tables[] = {
	{"courts", 6, court_cols},       {"divisions", 4, division_cols},
	{"declared", 4, declared_cols},  {"state-holidays", HOLROW_COLUMNS, state_cols},
	{"inauguration-area", 4, area_cols},
};

/* "Area/Location" as tzdata names zones (the zone's data is checked at run time). */
static int zone_name(const char *s)
{
	const char *slash = strchr(s, '/');
	if (!slash || slash == s || !slash[1])
		return 0;
	for (; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '/' || *s == '_' ||
		      *s == '-'))
			return 0;
	return 1;
}

static int lower_code(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
			return 0;
	return 1;
}

/* Check one row of table t: 0, or the 1-based column at fault with why. */
static int check_row(const struct table *t, const char *const *f, char *why, size_t n)
{
	for (int i = 0; i < t->cols; i++)
		if (!f[i][0])
			return snprintf(why, n, "empty"), i + 1;
	if (strcmp(t->name, "state-holidays") == 0) {
		struct holrow r;
		return holrow_parse(f, &r, why, n);
	}
	if (strcmp(t->name, "declared") == 0) {
		dl_day d;
		char w[80];
		if (date_parse(f[0], &d, w, sizeof w) != 0)
			return snprintf(why, n, "not a date: %s", w), 1;
		if (strcmp(f[1], "arguable") && strcmp(f[1], "half-day") && strcmp(f[1], "not-holiday"))
			return snprintf(why, n, "expected arguable, half-day or not-holiday"), 2;
		return 0;
	}
	if (strcmp(t->name, "courts") == 0) {
		if (!lower_code(f[0]))
			return snprintf(why, n, "expected a lower-case code"), 1;
		if (strcmp(f[1], "district") && strcmp(f[1], "circuit") && strcmp(f[1], "bankruptcy") &&
		    strcmp(f[1], "state"))
			return snprintf(why, n, "expected district, circuit, bankruptcy or state"), 2;
		if (strlen(f[2]) != 2 || f[2][0] < 'A' || f[2][0] > 'Z' || f[2][1] < 'A' || f[2][1] > 'Z')
			return snprintf(why, n, "expected a USPS code like TX"), 3;
		if (!zone_name(f[3]))
			return snprintf(why, n, "expected an IANA zone name like America/Chicago"), 4;
		return 0;
	}
	if (!lower_code(f[0]))
		return snprintf(why, n, "expected a court code from courts.tsv"), 1;
	if (strcmp(t->name, "divisions") == 0 && !zone_name(f[2]))
		return snprintf(why, n, "expected an IANA zone name like America/Chicago"), 3;
	return 0;
}

int main(int argc, char **argv)
{
	const struct table *t = NULL;
	for (size_t i = 0; argc == 3 && i < sizeof tables / sizeof tables[0]; i++)
		if (strcmp(argv[1], tables[i].name) == 0)
			t = &tables[i];
	if (!t) {
		fprintf(stderr, "usage: tsvcheck courts|divisions|declared|state-holidays|"
				"inauguration-area FILE\n");
		return 2;
	}
	FILE *in = fopen(argv[2], "r");
	if (!in) {
		perror(argv[2]);
		return 1;
	}
	char line[4096];
	int lineno = 0, bad = 0, rows = 0;
	while (fgets(line, sizeof line, in)) {
		lineno++;
		size_t len = strlen(line);
		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		if (line[0] == '#' || strspn(line, " \t") == len)
			continue;
		const char *f[MAX_COLS];
		int nf = 0;
		for (char *p = line;; p++) {
			char *tab = strchr(p, '\t');
			if (nf < MAX_COLS)
				f[nf] = p;
			nf++;
			if (!tab)
				break;
			*tab = '\0';
			p = tab;
		}
		rows++;
		if (nf != t->cols) {
			fprintf(stderr, "%s:%d: expected %d tab-separated columns, found %d\n", argv[2],
				lineno, t->cols, nf);
			bad++;
			continue;
		}
		char why[160];
		int col = check_row(t, f, why, sizeof why);
		if (col) {
			fprintf(stderr, "%s:%d: column %d (%s) '%s': %s\n", argv[2], lineno, col,
				t->colnames[col - 1], f[col - 1], why);
			bad++;
		}
	}
	fclose(in);
	if (bad)
		fprintf(stderr, "%s: %d of %d rows not understood\n", argv[2], bad, rows);
	return bad ? 1 : 0;
}
