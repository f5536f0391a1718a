/*
 * split-words.c: words a PDF's text layer or a scan split with a space ("Pla
 * intiff shall n otify", "Defendan ts", "par ties") joined again (see
 * split-words.h).
 *
 * The evidence is the order's own text, not a dictionary: "pla intiff" is
 * joined when "plaintiff" stands whole elsewhere in the same order (twice at
 * least, and more often than the split pair), and one of its pieces never
 * stands alone anywhere else ("pla", "intiff"). Two words that each stand
 * alone elsewhere are left as they are ("in to", "may be", "the clerk"), and
 * so is a pair whose joined form the order never writes whole.
 */
#include "split-words.h"

#include "ascii.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define WORD_MAX 40 /* longer runs of letters are not counted (no split word is) */
#define RARE 8      /* a piece seen more often than this stands alone elsewhere */

/*
 * Counting every word exactly would cost a hash table the size of the
 * order's vocabulary; most pairs are two common words, ruled out at once.
 * So the words are first counted approximately, in a sketch of 2^16
 * counters (a counter may also hold other words' counts: never fewer than
 * the word's own), which finds the few candidate pairs; only the words of
 * those are then counted exactly.
 */
#define SKETCH_BITS 16
#define SKETCH_SIZE (1u << SKETCH_BITS)

/* A word's state over its letters, case folded ('a' | 0x20 is 'a'; so is
 * 'A' | 0x20), such that a word's state goes on into the next piece's: the
 * state of "pla" then "intiff" is that of "plaintiff". (A rotate and an
 * exclusive or per letter, one multiplication per word: the reader reads
 * every word of an order twice here.) */
static inline uint32_t state_step(uint32_t h, char c)
{
	return (h << 5 | h >> 27) ^ (uint8_t)(c | 0x20);
}
static uint32_t state_of(uint32_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = state_step(h, s[i]);
	return h;
}
#define STATE_SEED 0x2545F491u

/* The word's hash from its state: its sketch counter is the top bits. */
static inline uint32_t hash_of(uint32_t state)
{
	return state * 0x9E3779B1u;
}
static inline uint32_t counter_of(uint32_t hash)
{
	return hash >> (32 - SKETCH_BITS);
}

static int same_letters(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((a[i] | 0x20) != (b[i] | 0x20))
			return 0;
	return 1;
}

/* Is the run of letters [a, b) a word of running text, not part of an
 * address, a file name or a figure ("clerk@court.gov", "10th")? */
static inline int in_prose(const char *s, size_t len, size_t a, size_t b)
{
	if (b - a > WORD_MAX)
		return 0;
	if (a > 0) {
		char c = s[a - 1];
		if (c == '@' || c == '.' || c == '/' || c == '_' || c == '\\' || ascii_isdigit((unsigned char)c))
			return 0;
	}
	if (b < len) {
		char c = s[b];
		if (c == '@' || c == '_' || c == '\\' || ascii_isdigit((unsigned char)c))
			return 0;
	}
	return 1;
}

/* The next run of letters at or after *i: its bounds and state; 0 at the end. */
static inline int next_word(const char *s, size_t len, size_t *i, size_t *a, size_t *b, uint32_t *state)
{
	size_t k = *i;
	while (k < len && !ascii_isalpha((unsigned char)s[k]))
		k++;
	if (k >= len) {
		*i = k;
		return 0;
	}
	*a = k;
	uint32_t h = STATE_SEED;
	while (k < len && ascii_isalpha((unsigned char)s[k]))
		h = state_step(h, s[k++]);
	*b = *i = k;
	*state = h;
	return 1;
}

/* Does a bracket, a hyphen or an apostrophe join the pair [a, b) to what is
 * around it ("(b) y", "co- ordinate", "'s")? Then it is not a split word. */
static int opens_or_closes(const char *s, size_t len, size_t a, size_t b)
{
	return (a > 0 && (s[a - 1] == '(' || s[a - 1] == '-' || s[a - 1] == '\'')) ||
	       (b < len && (s[b] == ')' || s[b] == '-' || s[b] == '\''));
}

/* ---- exact counts of a few words ---- */

struct wanted {
	const char *s;
	size_t a1, b1, a2, b2; /* the word: s[a1, b1) then s[a2, b2) */
	uint32_t state, count;
};

struct pair {
	size_t a, mid, b; /* first piece [a, mid), the space at mid, second [mid + 1, b) */
	size_t first, second, whole; /* their entries in the wanted words */
};

struct want_list {
	struct wanted *v;
	size_t n, cap;
	size_t *head, *next, nbuckets; /* the words by state: chains of indices + 1 */
	uint8_t filter[SKETCH_SIZE / 8]; /* a bit per sketch counter of a wanted word */
};

static int wanted_is(const struct wanted *w, const char *s, size_t a, size_t b)
{
	size_t n1 = w->b1 - w->a1, n2 = w->b2 - w->a2;
	return b - a == n1 + n2 && same_letters(w->s + w->a1, s + a, n1) && same_letters(w->s + w->a2, s + a + n1, n2);
}

/* The word's letters, its pieces joined (at most WORD_MAX), in buf; their number. */
static size_t wanted_letters(const struct wanted *w, char *buf)
{
	size_t n1 = w->b1 - w->a1, n2 = w->b2 - w->a2;
	memcpy(buf, w->s + w->a1, n1);
	memcpy(buf + n1, w->s + w->a2, n2);
	return n1 + n2;
}

static void rehash(struct want_list *l, size_t nbuckets)
{
	free(l->head);
	l->head = xcalloc(nbuckets, sizeof *l->head);
	l->nbuckets = nbuckets;
	for (size_t k = 0; k < l->n; k++) {
		size_t h = hash_of(l->v[k].state) & (nbuckets - 1);
		l->next[k] = l->head[h];
		l->head[h] = k + 1;
	}
}

/* The index of the word s[a1, b1) s[a2, b2) among those counted exactly
 * (pass 3), added if new: one entry a word, whatever its case or where it
 * splits, so that each word is looked up once (a long text has many pairs). */
static size_t want(struct want_list *l, const char *s, size_t a1, size_t b1, size_t a2, size_t b2)
{
	uint32_t st = state_of(state_of(STATE_SEED, s + a1, b1 - a1), s + a2, b2 - a2), f = counter_of(hash_of(st));
	struct wanted w = {s, a1, b1, a2, b2, st, 0};
	char mine[2 * WORD_MAX], theirs[2 * WORD_MAX];
	size_t n = wanted_letters(&w, mine);
	for (size_t k = l->nbuckets ? l->head[hash_of(st) & (l->nbuckets - 1)] : 0; k; k = l->next[k - 1]) {
		const struct wanted *x = &l->v[k - 1];
		if (x->state == st && wanted_letters(x, theirs) == n && same_letters(mine, theirs, n))
			return k - 1;
	}
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
		l->next = xrealloc(l->next, l->cap * sizeof *l->next);
	}
	l->v[l->n++] = w;
	l->filter[f >> 3] |= (uint8_t)(1u << (f & 7));
	if (l->n > l->nbuckets / 2) { /* (the chains kept short: grown with the words) */
		rehash(l, l->nbuckets ? 2 * l->nbuckets : 64);
	} else {
		size_t h = hash_of(st) & (l->nbuckets - 1);
		l->next[l->n - 1] = l->head[h];
		l->head[h] = l->n;
	}
	return l->n - 1;
}

/* The word's entry, if it is one counted exactly; SIZE_MAX if not. */
static size_t wanted_find(const struct want_list *l, uint32_t st, const char *s, size_t a, size_t b)
{
	for (size_t k = l->head[hash_of(st) & (l->nbuckets - 1)]; k; k = l->next[k - 1])
		if (l->v[k - 1].state == st && wanted_is(&l->v[k - 1], s, a, b))
			return k - 1;
	return SIZE_MAX;
}

static int by_offset(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	return a < b ? -1 : a > b;
}

/* Pairs in the order of their joined word, then of where the space splits it. */
static int by_split(const void *x, const void *y)
{
	const struct pair *p = x, *q = y;
	if (p->whole != q->whole)
		return p->whole < q->whole ? -1 : 1;
	size_t ps = p->mid - p->a, qs = q->mid - q->a;
	return ps < qs ? -1 : ps > qs;
}

size_t split_words_find(const char *s, size_t len, size_t **spaces)
{
	*spaces = NULL;
	/* 1. every word of running text, counted in the sketch */
	uint16_t *sketch = xcalloc(SKETCH_SIZE, sizeof *sketch);
	size_t i = 0, a, b;
	uint32_t st;
	while (next_word(s, len, &i, &a, &b, &st))
		if (in_prose(s, len, a, b)) {
			uint16_t *c = &sketch[counter_of(hash_of(st))];
			*c += *c < UINT16_MAX;
		}
	/* 2. the candidates: two words one space apart, one of them rare, whose
	 * joined form the sketch holds twice at least */
	struct pair *pairs = NULL;
	size_t npairs = 0, cap = 0;
	struct want_list wl = {NULL, 0, 0, NULL, NULL, 0, {0}};
	size_t pa = 0, pb = 0; /* the word before, in running text (pb == 0: none) */
	uint32_t pst = 0, pc = 0;
	for (i = 0; next_word(s, len, &i, &a, &b, &st);) {
		if (!in_prose(s, len, a, b)) {
			pb = 0;
			continue;
		}
		uint32_t c = sketch[counter_of(hash_of(st))];
		if (pb && pb + 1 == a && s[pb] == ' ' && (pc <= RARE || c <= RARE) && !opens_or_closes(s, len, pa, b) &&
		    (pb - pa) + (b - a) <= WORD_MAX && sketch[counter_of(hash_of(state_of(pst, s + a, b - a)))] >= 2) {
			if (npairs == cap)
				pairs = xrealloc(pairs, (cap = cap ? 2 * cap : 16) * sizeof *pairs);
			pairs[npairs++] = (struct pair){pa, pb, b, want(&wl, s, pa, pb, 0, 0), want(&wl, s, a, b, 0, 0),
							want(&wl, s, pa, pb, a, b)};
		}
		pa = a;
		pb = b;
		pst = st;
		pc = c;
	}
	free(sketch);
	size_t n = 0, *out = npairs ? xcalloc(npairs, sizeof *out) : NULL;
	if (npairs) {
		/* 3. the candidates' words counted exactly */
		for (i = 0; next_word(s, len, &i, &a, &b, &st);) {
			if (!in_prose(s, len, a, b))
				continue;
			uint32_t f = counter_of(hash_of(st));
			if (!(wl.filter[f >> 3] >> (f & 7) & 1))
				continue;
			size_t k = wanted_find(&wl, st, s, a, b);
			if (k != SIZE_MAX)
				wl.v[k].count++;
		}
		/* 4. joined when the whole word stands more often than the pair
		 * stands split (the pairs that split it at the same letter, counted
		 * once sorted together), and one piece stands nowhere but in the
		 * pair; the spaces in the text's order */
		qsort(pairs, npairs, sizeof *pairs, by_split);
		for (size_t k = 0, run; k < npairs; k += run) {
			for (run = 1; k + run < npairs && !by_split(&pairs[k], &pairs[k + run]); run++)
				;
			uint32_t split = (uint32_t)run;
			const struct pair *p = &pairs[k];
			if (wl.v[p->whole].count > split && (wl.v[p->first].count == split || wl.v[p->second].count == split))
				for (size_t m = k; m < k + run; m++)
					out[n++] = pairs[m].mid;
		}
		qsort(out, n, sizeof *out, by_offset);
	}
	free(wl.v);
	free(wl.next);
	free(wl.head);
	free(pairs);
	if (!n) {
		free(out);
		return 0;
	}
	*spaces = out;
	return n;
}
