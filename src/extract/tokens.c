/*
 * tokens.c: sentences as tokens (see tokens.h).
 */
#include "tokens.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>

#include "timex.h"
#include "util.h"

static struct token *push(struct tokens *tk, size_t a, size_t b, enum token_type type)
{
	if (tk->n == tk->cap)
		tk->v = xrealloc(tk->v, (tk->cap = tk->cap ? 2 * tk->cap : 64) * sizeof *tk->v);
	struct token *k = &tk->v[tk->n++];
	memset(k, 0, sizeof *k);
	k->a = a;
	k->b = b;
	k->type = type;
	k->day = DATE_NONE;
	k->minute = -1;
	return k;
}

static int word_char(char c)
{
	return ascii_isalnum((unsigned char)c);
}

/* End of the word at p: letters and digits, with ' and - inside, and an
 * ampersand set between letters, a company's initials ("PG&E", "AT&T"). */
static size_t word_end(const char *s, size_t p, size_t b)
{
	size_t start = p;
	while (p < b && (word_char(s[p]) || ((s[p] == '\'' || s[p] == '-') && p + 1 < b && word_char(s[p + 1])) ||
			 (s[p] == '&' && p > start && ascii_isalpha((unsigned char)s[p - 1]) && p + 1 < b &&
			  ascii_isalpha((unsigned char)s[p + 1]))))
		p++;
	return p;
}

uint32_t text_word_hash(const char *w, size_t len)
{
	return (uint32_t)lexicon_hash(w, len);
}

/* The token's hash and meanings; h is lexicon_hash(w, len). */
static void meanings(struct token *k, const char *w, size_t len, uint64_t h)
{
	k->hash = (uint32_t)h;
	k->nhits = (uint8_t)lexicon_lookup_hashed(w, len, h, k->hit, TOKEN_HITS);
	for (int i = 0; i < k->nhits; i++)
		k->classes |= lexicon_entry_classes(k->hit[i].entry);
}

void tokenize(const struct text *t, size_t a, size_t b, struct tokens *tk)
{
	const char *low = t->low;
	tk->n = 0;
	size_t p = a;
	while (p < b) {
		char c = low[p];
		if (c == ' ' || c == '\n' || c == '\x01') {
			p++;
			continue;
		}
		if (!word_char(c)) {
			push(tk, p, p + 1, TK_PUNCT);
			p++;
			continue;
		}
		dl_day day;
		size_t e;
		int r = ascii_isdigit((unsigned char)c) || timex_month_initial(c) ? timex_date(low, p, &day, &e) : 0;
		if (r && e <= b) {
			struct token *k = push(tk, p, e, TK_DATE);
			k->day = r == DATE_FOUND ? day : DATE_NONE;
			p = e;
			continue;
		}
		if (ascii_isdigit((unsigned char)c) || (c == 'n' && !strncmp(low + p, "noon", 4))) {
			int minute = timex_time(low, p, &e);
			if (minute >= 0 && e <= b) {
				struct token *k = push(tk, p, e, TK_TIME);
				k->minute = minute;
				p = e;
				continue;
			}
		}
		long n;
		if (timex_number(low, p, &n, &e) && e <= b) {
			const char *unit;
			size_t u = e < b && low[e] == ' ' ? timex_unit(low, e + 1, b, &unit) : 0;
			/* "fourteen-day period", "30-day": a period too */
			if (!u && e < b && low[e] == '-')
				u = timex_unit(low, e + 1, b, &unit);
			if (u) {
				push(tk, p, u, TK_PERIOD);
				p = u;
				continue;
			}
			/* (an ordinal is a word: "2nd-Disclosure PSI due ...") */
			int ordinal = e + 2 <= b && ascii_isdigit((unsigned char)low[e - 1]) &&
				      (!strncmp(low + e, "st", 2) || !strncmp(low + e, "nd", 2) ||
				       !strncmp(low + e, "rd", 2) || !strncmp(low + e, "th", 2)) &&
				      (e + 2 == b || !word_char(low[e + 2]));
			if ((ascii_isdigit((unsigned char)c) || low[p] == '(') && !ordinal) {
				push(tk, p, e, TK_NUM);
				p = e;
				continue;
			}
		}
		size_t we = word_end(low, p, b);
		uint64_t wh = lexicon_hash(low + p, we - p); /* (once: the phrase's head, the word's meanings) */
		/* several-word entries ("court reporter"): the longest that is known */
		if (lexicon_starts_phrase_hashed(low + p, we - p, wh)) {
			size_t best = 0, q = we;
			for (int words = 1; words < 5 && q + 1 < b && low[q] == ' ' && word_char(low[q + 1]); words++) {
				q = word_end(low, q + 1, b);
				struct lex_hit h;
				if (lexicon_lookup(low + p, q - p, &h, 1))
					best = q;
			}
			if (best) {
				struct token *k = push(tk, p, best, TK_WORD);
				meanings(k, low + p, best - p, lexicon_hash(low + p, best - p));
				k->initcap = text_is_upper(t, p);
				p = best;
				continue;
			}
		}
		struct token *k = push(tk, p, we, TK_WORD);
		size_t wb = we;
		if (wb - p > 2 && low[wb - 2] == '\'' && low[wb - 1] == 's') {
			wb -= 2;
			k->poss = 1;
		}
		if (we < b && low[we] == '\'' && low[we - 1] == 's') { /* "defendants'" */
			k->poss = 1;
			we++;
		}
		k->b = wb;
		meanings(k, low + p, wb - p, wb == we ? wh : lexicon_hash(low + p, wb - p));
		/* a footnote's number set against the word it follows ("Dispositive
		 * motions due1", "designations exchanged2"): the word without it */
		if (!k->nhits && !k->poss && wb - p >= 4 && ascii_isdigit((unsigned char)low[wb - 1]) &&
		    ascii_islower((unsigned char)low[wb - 2]) && ascii_islower((unsigned char)low[wb - 3]) &&
		    ascii_islower((unsigned char)low[p])) {
			struct lex_hit h;
			if (lexicon_lookup(low + p, wb - 1 - p, &h, 1)) {
				k->b = --wb;
				meanings(k, low + p, wb - p, lexicon_hash(low + p, wb - p));
			}
		}
		int upper = 0, letters = 0;
		for (size_t i = p; i < wb; i++)
			if (ascii_isalpha((unsigned char)low[i])) {
				letters++;
				upper += text_is_upper(t, i);
			}
		k->caps = letters >= 2 && upper == letters;
		/* (a name may open in lower case before its capital: "eBay",
		 * "e-Numerate") */
		k->initcap = text_is_upper(t, p) ||
			     (wb - p > 3 && (text_is_upper(t, p + 1) || (low[p + 1] == '-' && text_is_upper(t, p + 2))));
		p = we;
	}
}

void tokens_free(struct tokens *tk)
{
	free(tk->v);
	memset(tk, 0, sizeof *tk);
}

int token_has_forms(const struct token *k, int cls, unsigned forms)
{
	for (int i = 0; i < k->nhits; i++)
		if ((lexicon_entry_classes(k->hit[i].entry) & ((uint64_t)1 << cls)) && (k->hit[i].forms & forms))
			return 1;
	return 0;
}

int token_states_year(const struct text *t, const struct token *k)
{
	const char *s = t->low + k->a;
	size_t n = k->b - k->a, digits = 0;
	while (digits < n && ascii_isdigit((unsigned char)s[n - 1 - digits]))
		digits++;
	/* (a year of four digits, or the last figure of "6/4/19") */
	return k->type == TK_DATE && (digits == 4 || (digits == 2 && n > 2 && s[n - 3] == '/'));
}

const char *token_lemma_among(const struct token *k, const char *const *lemmas)
{
	for (int h = 0; h < k->nhits; h++) {
		const char *lemma = lexicon_entry_lemma(k->hit[h].entry);
		for (int i = 0; lemmas[i]; i++)
			if (!strcmp(lemma, lemmas[i]))
				return lemmas[i];
	}
	return NULL;
}
