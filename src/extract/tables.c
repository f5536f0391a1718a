/*
 * tables.c: the reader's compiled-in tables (data/lexicon.tsv, data/frames.tsv,
 * generated into data-lexicon.c and data-frames.c), parsed once. The build
 * checked them already (extract-datacheck), so a failure here is a bug.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "extract.h"
#include "frames.h"
#include "lexicon.h"

extern const char *const lexicon_table[][4];
extern const size_t lexicon_rows;
extern const char *const frames_table[][5];
extern const size_t frames_rows;

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void build(void)
{
	size_t bad;
	char *err = NULL;
	struct lexicon *lex = lexicon_build(lexicon_table, lexicon_rows, &bad, &err);
	if (!lex) {
		fprintf(stderr, "deadlines: data/lexicon.tsv row %zu: %s\n", bad + 1, err);
		abort();
	}
	lexicon_use(lex);
	if (frames_build(frames_table, frames_rows, &bad, &err) != 0) {
		fprintf(stderr, "deadlines: data/frames.tsv row %zu: %s\n", bad + 1, err);
		abort();
	}
}

void reader_tables_init(void)
{
	pthread_once(&once, build);
}
