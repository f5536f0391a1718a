/*
 * frames-table.h: the frames as frames-table.c reads them from their table and
 * frames.c matches them, shared by those two files only (frames.h is the
 * reader's view).
 */
#ifndef DL_EXTRACT_FRAMES_TABLE_H
#define DL_EXTRACT_FRAMES_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "frames.h"

enum alt_type { A_WORD, A_CLASS, A_TYPE, A_PUNCT };

struct alt {
	enum alt_type type;
	char word[28];
	uint32_t hash;      /* of word (A_WORD) */
	uint8_t len;
	int cls;
	unsigned forms;
	enum token_type ttype;
};

enum el_type { E_ALTS, E_NOT, E_GAP, E_SLOT };

#define MAX_ALTS 16
#define MAX_ELEMENTS 20

struct element {
	enum el_type type;
	int optional;
	int nalt;
	struct alt *alt; /* (nalt of them; frames are read often and stay small) */
	enum slot slot;
};

struct frame {
	const char *name;
	enum frame_kind kind;
	unsigned flags;
	int once_ok;
	int nel;
	struct element el[MAX_ELEMENTS];
	uint64_t need;     /* classes the sentence must have (prefilter) */
	int slot_first;
	int first_fast;    /* the first element is a plain choice of classes and words: */
	uint64_t first_classes; /* ... any of these classes */
	uint32_t first_hash[MAX_ALTS]; /* ... or these words */
	int nfirst_words;
	uint64_t first_words[4]; /* ... (their hashes, word_set: to skip most tokens at once) */
	/* each element that must match, as the sentence-wide bits any of its
	 * alternatives needs (could_match's prefilter, made once) */
	struct need_bits {
		uint64_t classes;
		uint64_t words[4]; /* a Bloom filter of its words' hashes (word_bit) */
		unsigned types;
	} needs[MAX_ELEMENTS];
	int nneeds;
};

/* The frames read from the table (frames-table.c), in its order. */
extern struct frame *frames;
extern size_t nframes;

/* Each frame's prefilter, laid out together for the loop over every frame
 * that each sentence runs (its need, and its needs in need_pool). */
struct frame_filter {
	uint64_t need;
	uint32_t first, n;
};
extern struct frame_filter *filters;
extern struct need_bits *need_pool;

/* The sentence's words and the frames' are compared by a Bloom filter of 256
 * bits (a sentence of 25 words sets a tenth of them: few frames pass that
 * cannot match). */
#define WORD_NONE 256u
static inline unsigned word_bit(uint32_t hash)
{
	return hash & 255;
}
static inline void word_set(uint64_t *set, uint32_t hash)
{
	set[word_bit(hash) >> 6] |= (uint64_t)1 << (word_bit(hash) & 63);
}
static inline int word_in(const uint64_t *set, unsigned bit)
{
	return bit != WORD_NONE && (set[bit >> 6] >> (bit & 63) & 1);
}
static inline int words_meet(const uint64_t *x, const uint64_t *y)
{
	return ((x[0] & y[0]) | (x[1] & y[1]) | (x[2] & y[2]) | (x[3] & y[3])) != 0;
}

/* Build the matcher's table of small words (frames.c); frames_build calls it. */
void frame_roles_build(void);

#endif
