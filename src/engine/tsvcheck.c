/*
 * tsvcheck.c: the build-time check of the data tables. Run on each
 * table of data/ before it is compiled in (Makefile.am), it refuses the whole
 * table, naming file, line, column and why, when a row has a field the
 * engine does not understand: a typo in a table would otherwise be read as
 * "no such day" or a default and silently change dates. Given a C name, it
 * then writes the table out as C, parsed (tables.h): the holiday tables as
 * struct holrow rows, the courts as struct court, the declared days with
 * their day numbers; the program reads them as they are.
 *   usage: tsvcheck TABLE FILE [C-NAME]   (TABLE: courts, divisions, declared,
 *                                          state-holidays, federal-holidays,
 *                                          inauguration-area)
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
static const char *const rule_default_cols[] = {"names", "days", "from", "us_days", "citation"};
static const struct table tables[] = {
	{"courts", 6, court_cols},
	{"divisions", 4, division_cols},
	{"rule-defaults", 5, rule_default_cols},
	{"declared", 4, declared_cols},
	{"state-holidays", HOLROW_COLUMNS, state_cols},
	{"federal-holidays", HOLROW_COLUMNS, state_cols},
	{"inauguration-area", 4, area_cols},
};

/* The words of the tables' enums, in the order of their values, and the
 * names of those values in C. */
static const char *const court_kinds[] = {"district", "circuit", "bankruptcy", "state"};
static const char *const court_kind_c[] = {"COURT_DISTRICT", "COURT_CIRCUIT", "COURT_BANKRUPTCY",
					   "COURT_STATE"};
static const char *const declared_statuses[] = {"arguable", "half-day", "not-holiday"};
static const char *const declared_c[] = {"DECLARED_ARGUABLE", "DECLARED_HALF_DAY", "DECLARED_NOT_HOLIDAY"};
static const char *const cycle_c[] = {"CYCLE_ALL", "CYCLE_EVEN", "CYCLE_ODD", "CYCLE_INAUG", "CYCLE_PRES"};
static const char *const shift_c[] = {"SHIFT_NONE", "SHIFT_FED", "SHIFT_SUN_MON", "SHIFT_NEXT_WEEKDAY"};
static const char *const status_c[] = {"STATUS_HOLIDAY", "STATUS_ARGUABLE", "STATUS_OPTIONAL",
				       "STATUS_NOT_EXPRESSIBLE"};

static int word_index(const char *s, const char *const *words, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(s, words[i]) == 0)
			return i;
	return -1;
}

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

/* 0 with *d when s is a whole number of days 1-3650, else -1. */
static int parse_days(const char *s, long *d)
{
	char *end;
	if (!*s || *s < '0' || *s > '9')
		return -1;
	*d = strtol(s, &end, 10);
	return *end || *d < 1 || *d > 3650 ? -1 : 0;
}

/* Check one row of table t: 0, or the 1-based column at fault with why. */
static int check_row(const struct table *t, const char *const *f, char *why, size_t n)
{
	for (int i = 0; i < t->cols; i++)
		if (!f[i][0])
			return snprintf(why, n, "empty"), i + 1;
	if (strcmp(t->name, "state-holidays") == 0 || strcmp(t->name, "federal-holidays") == 0) {
		struct holrow r;
		if (strcmp(t->name, "federal-holidays") == 0 && strcmp(f[0], "US") != 0)
			return snprintf(why, n, "expected US (a federal holiday)"), 1;
		return holrow_parse(f, &r, why, n);
	}
	if (strcmp(t->name, "declared") == 0) {
		dl_day d;
		char w[80];
		if (date_parse(f[0], &d, w, sizeof w) != 0)
			return snprintf(why, n, "not a date: %s", w), 1;
		if (word_index(f[1], declared_statuses, 3) < 0)
			return snprintf(why, n, "expected arguable, half-day or not-holiday"), 2;
		return 0;
	}
	if (strcmp(t->name, "rule-defaults") == 0) {
		long d;
		for (const char *p = f[0]; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				return snprintf(why, n, "expected lower-case names"), 1;
		if (!*f[0] || strstr(f[0], "||") || f[0][0] == '|' || f[0][strlen(f[0]) - 1] == '|')
			return snprintf(why, n, "expected names separated by '|'"), 1;
		if (parse_days(f[1], &d) != 0)
			return snprintf(why, n, "expected a number of days, 1-3650"), 2;
		if (strcmp(f[2], "service") != 0 && strcmp(f[2], "entry") != 0)
			return snprintf(why, n, "expected service or entry"), 3;
		if (strcmp(f[3], "-") != 0 && parse_days(f[3], &d) != 0)
			return snprintf(why, n, "expected a number of days, 1-3650, or -"), 4;
		if (!*f[4])
			return snprintf(why, n, "expected the rule's citation"), 5;
		return 0;
	}
	if (strcmp(t->name, "courts") == 0) {
		if (!lower_code(f[0]))
			return snprintf(why, n, "expected a lower-case code"), 1;
		if (word_index(f[1], court_kinds, 4) < 0)
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

/* s as a C string literal (no trigraph, no escape taken for another). */
static void put_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\' || *s == '?')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

/* Row f of table t, parsed, as a C initializer. */
static void put_row(FILE *out, const struct table *t, const char *const *f)
{
	fputs("\t{", out);
	if (strcmp(t->name, "courts") == 0) {
		put_string(out, f[0]);
		fprintf(out, ", %s", court_kind_c[word_index(f[1], court_kinds, 4)]);
		for (int i = 2; i < 6; i++)
			fputs(", ", out), put_string(out, f[i]);
		fputs(", NULL, NULL", out);
	} else if (strcmp(t->name, "declared") == 0) {
		dl_day d;
		char why[80];
		date_parse(f[0], &d, why, sizeof why);
		fprintf(out, "%ld /* %s */, %s, ", (long)d, f[0], declared_c[word_index(f[1], declared_statuses, 3)]);
		put_string(out, f[2]);
		fputs(", ", out);
		put_string(out, f[3]);
	} else if (strcmp(t->name, "state-holidays") == 0 || strcmp(t->name, "federal-holidays") == 0) {
		struct holrow r;
		char why[160];
		holrow_parse(f, &r, why, sizeof why);
		fputs(".state = ", out), put_string(out, r.state);
		fputs(", .name = ", out), put_string(out, r.name);
		fputs(", .rule = ", out), put_string(out, r.rule);
		fputs(", .citation = ", out), put_string(out, r.citation);
		fprintf(out, ", .cycle = %s, .from = %d, .to = %d, .shift = %s, .status = %s", cycle_c[r.cycle],
			r.from, r.to, shift_c[r.shift], status_c[r.status]);
	} else {
		for (int i = 0; i < t->cols; i++)
			fputs(i ? ", " : "", out), put_string(out, f[i]);
	}
	fputs("},\n", out);
}

/* The head of the C form of table t, named name. */
static void put_head(FILE *out, const struct table *t, const char *file, const char *name)
{
	fprintf(out, "/* Generated from %s by src/engine/tsvcheck: do not edit. */\n", file);
	fprintf(out, "#include \"tables.h\"\n");
	if (strcmp(t->name, "courts") == 0)
		fprintf(out, "const struct court %s_table[] = {\n", name);
	else if (strcmp(t->name, "declared") == 0)
		fprintf(out, "const struct declared_day %s_table[] = {\n", name);
	else if (strcmp(t->name, "state-holidays") == 0 || strcmp(t->name, "federal-holidays") == 0)
		fprintf(out, "const struct holrow %s_table[] = {\n", name);
	else
		fprintf(out, "const char *const %s_table[][%d] = {\n", name, t->cols);
}

int main(int argc, char **argv)
{
	const struct table *t = NULL;
	for (size_t i = 0; (argc == 3 || argc == 4) && i < sizeof tables / sizeof tables[0]; i++)
		if (strcmp(argv[1], tables[i].name) == 0)
			t = &tables[i];
	if (!t) {
		fprintf(stderr, "usage: tsvcheck courts|divisions|declared|state-holidays|"
				"federal-holidays|inauguration-area|rule-defaults FILE [C-NAME]\n");
		return 2;
	}
	const char *cname = argc == 4 ? argv[3] : NULL;
	struct buf_rows {
		char **lines;
		size_t n;
	} kept = {NULL, 0};
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
			continue;
		}
		if (cname) { /* the row's fields, kept for the C form */
			kept.lines = realloc(kept.lines, (kept.n + 1) * t->cols * sizeof *kept.lines);
			if (!kept.lines)
				abort();
			for (int i = 0; i < t->cols; i++)
				if (!(kept.lines[kept.n * t->cols + i] = strdup(f[i])))
					abort();
			kept.n++;
		}
	}
	fclose(in);
	if (bad)
		fprintf(stderr, "%s: %d of %d rows not understood\n", argv[2], bad, rows);
	if (!bad && cname) {
		put_head(stdout, t, argv[2], cname);
		for (size_t r = 0; r < kept.n; r++)
			put_row(stdout, t, (const char *const *)&kept.lines[r * t->cols]);
		if (!kept.n)
			fputs("\t{0},\n", stdout);
		printf("};\nconst size_t %s_rows = %zu;\n", cname, kept.n);
		if (fflush(stdout) != 0)
			return 1;
	}
	for (size_t i = 0; i < kept.n * t->cols; i++)
		free(kept.lines[i]);
	free(kept.lines);
	return bad ? 1 : 0;
}
