/*
 * datacheck.c: extract-datacheck, run by the build: parses data/lexicon.tsv
 * and data/frames.tsv exactly as the reader will, and fails with FILE:LINE and
 * the reason on the first row it cannot read (a typo never reaches a binary).
 * usage: extract-datacheck LEXICON.tsv FRAMES.tsv
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frames.h"
#include "lexicon.h"
#include "util.h"

struct rows {
	char **cells;   /* ncols per row */
	size_t *line;   /* the file line of each row */
	size_t n, cap;
};

/* Read a TSV table: comment and blank lines skipped, each row ncols cells. */
static int read_table(const char *path, size_t ncols, struct rows *t)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "%s: cannot open: ", path);
		perror(NULL);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t got;
	memset(t, 0, sizeof *t);
	while ((got = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
			line[--got] = '\0';
		const char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (line[0] == '#' || !*p)
			continue;
		if (t->n == t->cap) {
			t->cap = t->cap ? 2 * t->cap : 256;
			t->cells = xrealloc(t->cells, t->cap * ncols * sizeof *t->cells);
			t->line = xrealloc(t->line, t->cap * sizeof *t->line);
		}
		size_t col = 0;
		char *c = line;
		for (;;) {
			char *tab = strchr(c, '\t');
			if (col == ncols) {
				fprintf(stderr, "%s:%zu: more than %zu tab-separated columns\n", path, lineno, ncols);
				fclose(f);
				free(line);
				return -1;
			}
			t->cells[t->n * ncols + col++] = xstrndup(c, tab ? (size_t)(tab - c) : strlen(c));
			if (!tab)
				break;
			c = tab + 1;
		}
		if (col != ncols) {
			fprintf(stderr, "%s:%zu: expected %zu tab-separated columns, found %zu\n", path, lineno,
				ncols, col);
			fclose(f);
			free(line);
			return -1;
		}
		t->line[t->n++] = lineno;
	}
	free(line);
	fclose(f);
	return 0;
}

static void rows_free(struct rows *t, size_t ncols)
{
	for (size_t i = 0; i < t->n * ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t->line);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: extract-datacheck LEXICON.tsv FRAMES.tsv\n");
		return 2;
	}
	struct rows lex, fr;
	if (read_table(argv[1], 4, &lex) != 0 || read_table(argv[2], 5, &fr) != 0)
		return 1;
	size_t bad;
	char *err = NULL;
	int rc = 0;
	struct lexicon *l = lexicon_build((const char *const (*)[4])lex.cells, lex.n, &bad, &err);
	if (!l) {
		fprintf(stderr, "%s:%zu: %s\n", argv[1], lex.line[bad], err);
		rc = 1;
	} else {
		lexicon_use(l);
		if (frames_build((const char *const (*)[5])fr.cells, fr.n, &bad, &err) != 0) {
			fprintf(stderr, "%s:%zu: %s\n", argv[2], fr.line[bad], err);
			rc = 1;
		}
		frames_free();
		lexicon_free(l);
	}
	free(err);
	rows_free(&lex, 4);
	rows_free(&fr, 5);
	return rc;
}
