/*
 * tokens.h: a sentence of the normalised order text (text.h) as tokens the
 * frames match: words (with their lexicon meanings), punctuation, and time
 * expressions kept whole — a date ("June 5, 2008"), a time of day ("10:00
 * a.m."), a period ("fourteen (14) days") — so that a frame sees one token
 * where the text has several words.
 */
#ifndef DL_EXTRACT_TOKENS_H
#define DL_EXTRACT_TOKENS_H

#include <stddef.h>
#include <string.h>
#include <stdint.h>

#include "date.h"
#include "lexicon.h"
#include "text.h"

enum token_type { TK_WORD, TK_PUNCT, TK_NUM, TK_DATE, TK_TIME, TK_PERIOD };

#define TOKEN_HITS 3

struct token {
	size_t a, b;           /* [a, b) in the normalised text (without a possessive 's) */
	enum token_type type;
	unsigned poss : 1;     /* followed by 's or ' (possessive) */
	unsigned caps : 1;     /* written in capitals (ORDERED) */
	unsigned initcap : 1;  /* begins with a capital (a name, a title) */
	uint8_t nhits;
	uint32_t hash;         /* of the word's text (TK_WORD; see text_word_hash) */
	struct lex_hit hit[TOKEN_HITS];
	uint64_t classes;      /* the classes of all its meanings */
	dl_day day;            /* TK_DATE: the date, or DATE_NONE for one that does not exist */
	int minute;            /* TK_TIME */
};

struct tokens {
	struct token *v;
	size_t n, cap;
};

/* Tokenise t's text [a, b) into tk (reusing its memory). */
void tokenize(const struct text *t, size_t a, size_t b, struct tokens *tk);
void tokens_free(struct tokens *tk);

/* The first of the NULL-terminated lemmas that is one of the token's
 * meanings' lemma ("agreed" -> "agree"), or NULL. */
const char *token_lemma_among(const struct token *k, const char *const *lemmas);
/* 1 if the token is a date that states its year ("June 4, 2019", "6/4/19"),
 * not one whose year was read from the order ("June 4"). */
int token_states_year(const struct text *t, const struct token *k);
/* The hash tokens keep of their word's text. */
uint32_t text_word_hash(const char *w, size_t len);
/* 1 if the token is the word w (lower case). Inline, as token_has: both
 * run for most tokens of every sentence and nearly always fail on their
 * first test (the first letter; the class bit). */
static inline int token_is(const struct text *t, const struct token *k, const char *w)
{
	if (k->type != TK_WORD || t->low[k->a] != w[0])
		return 0;
	size_t n = strlen(w);
	return k->b - k->a == n && !memcmp(t->low + k->a, w, n);
}
/* 1 if the token is one of the NULL-terminated lower-case words (inline: it
 * runs for every token of every sentence; first letters are compared first). */
static inline int token_among(const struct text *t, const struct token *k, const char *const *words)
{
	if (k->type != TK_WORD)
		return 0;
	size_t n = k->b - k->a;
	const char *w = t->low + k->a;
	for (int i = 0; words[i]; i++) {
		const char *c = words[i];
		if (c[0] != w[0])
			continue;
		size_t j = 1;
		while (j < n && c[j] == w[j])
			j++;
		if (j == n && c[n] == '\0')
			return 1;
	}
	return 0;
}
/* (token_has's test of the form bits, for a token that has the class) */
int token_has_forms(const struct token *k, int cls, unsigned forms);
/* 1 if the token has class cls with any of the form bits (forms 0: any form). */
static inline int token_has(const struct token *k, int cls, unsigned forms)
{
	if (cls < 0 || !(k->classes & ((uint64_t)1 << cls)))
		return 0;
	return !forms || token_has_forms(k, cls, forms);
}

#endif
