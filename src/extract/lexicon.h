/*
 * lexicon.h: the words the order reader knows (data/lexicon.tsv, compiled in),
 * each entry a lemma with its classes ("order", "party", "event" ...) and its
 * forms tagged base, pres, past, pp, ing or pl. The frames of data/frames.tsv
 * match tokens by class and form through this module.
 *
 * The rows are parsed once into a lexicon (lexicon_build); reader_tables_init()
 * (tables.h) builds the compiled-in one and makes it current. The same
 * parsing runs at build time in extract-datacheck over data/lexicon.tsv, so a
 * malformed row fails the build with its file:line.
 */
#ifndef DL_EXTRACT_LEXICON_H
#define DL_EXTRACT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

enum lex_form {
	LF_BASE = 1, LF_PRES = 2, LF_PAST = 4, LF_PP = 8, LF_ING = 16, LF_PL = 32
};

#define LEX_MAX_CLASSES 64

/* One meaning of a word: which entry (row) and which forms the word is of it. */
struct lex_hit {
	uint16_t entry;
	uint8_t forms;  /* LF_* bits */
};

struct lexicon;

/* Parse rows (lemma, class, forms, note). Returns the lexicon, or NULL with
 * *err (malloc'd) and *bad_row (0-based) naming the first bad row. */
struct lexicon *lexicon_build(const char *const (*rows)[4], size_t n, size_t *bad_row, char **err);
void lexicon_free(struct lexicon *lex);
/* Make lex the lexicon every function below reads. */
void lexicon_use(struct lexicon *lex);

/* The classes of one entry, as bits (1 << class number). */
uint64_t lexicon_entry_classes(int entry);
const char *lexicon_entry_lemma(int entry);
/* 1 when the entry's note marks it as used by one corpus order on purpose. */
int lexicon_entry_once_ok(int entry);
size_t lexicon_entry_count(void);

/* The class's number, or -1 if no entry has it. lexicon_class remembers its
 * answers by the name's address: give it only string literals;
 * lexicon_class_named takes any string. */
int lexicon_class(const char *name);
int lexicon_class_named(const char *name);
const char *lexicon_class_name(int cls);

/* The meanings of the lower-case word w[0, len): up to max hits; the count. */
int lexicon_lookup(const char *w, size_t len, struct lex_hit *hits, int max);
/* The same, with w's lexicon_hash already made (a token's, made once). */
int lexicon_lookup_hashed(const char *w, size_t len, uint64_t h, struct lex_hit *hits, int max);
/* The hash of a word's text (64-bit FNV-1a): the lexicon's table's, and the
 * one tokens keep (text_word_hash, its low 32 bits). */
uint64_t lexicon_hash(const char *w, size_t len);

/* Is the lower-case word w[0, len) the first word of a several-word entry? */
int lexicon_starts_phrase(const char *w, size_t len);
int lexicon_starts_phrase_hashed(const char *w, size_t len, uint64_t h);

/* ---- parsing, shared with the build-time check ---- */

/* Parse a forms column ("order orders/pres ordered/past+pp"): calls each(word,
 * len, forms bits, arg) for every form. Returns 0, or -1 with *err (malloc'd)
 * naming what is wrong. */
int lexicon_parse_forms(const char *lemma, const char *forms,
			void (*each)(const char *w, size_t len, unsigned forms, void *arg), void *arg,
			char **err);
/* Parse a class column ("set,report"): names must be [a-z-]+. Calls each(name,
 * len, arg). Returns 0, or -1 with *err. */
int lexicon_parse_classes(const char *classes, void (*each)(const char *name, size_t len, void *arg),
			  void *arg, char **err);

#endif
