/*
 * text.h: order text made ready for matching: typographic quotes and dashes
 * folded to ASCII, page furniture and pleading-paper line numbers dropped,
 * soft line breaks joined, white space collapsed; and split into segments
 * (sentences, list items, clauses). Every character of the normalised text
 * keeps the byte offset it came from, so quotes are cut from the original.
 */
#ifndef DL_EXTRACT_TEXT_H
#define DL_EXTRACT_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* From norm[norm] on, each character comes from the original at orig + (i - norm). */
struct text_run {
	size_t norm, orig;
};

struct text {
	char *norm;     /* normalised text; paragraphs separated by '\n' (only until
			   text_drop_norm: the reader keeps low and the case bits) */
	char *low;      /* the same, ASCII lower case */
	uint8_t *upper; /* a bit per character: upper case in norm (text_is_upper) */
	size_t len;
	struct text_run *runs; /* only where the mapping shifts (a few per line) */
	size_t nruns;
};

/* Was low[i] upper case in the normalised text? */
static inline int text_is_upper(const struct text *t, size_t i)
{
	return t->upper[i >> 3] >> (i & 7) & 1;
}

/* The normalised text [a, b) in its own case, malloc'd. */
char *text_copy(const struct text *t, size_t a, size_t b);

/* Does the normalised text at i read w exactly (its case too)? */
int text_is_at(const struct text *t, size_t i, const char *w, size_t n);

/* Free norm once the text is split: the reader needs only low, the case
 * bits and the runs (a long text is then two copies in memory, not three). */
void text_drop_norm(struct text *t);

/* The offset in the original of norm[i] (i == len: the original's length). */
size_t text_orig(const struct text *t, size_t i);

/* (A segment is about sixty bytes of text, and a long text has hundreds of
 * thousands: its offsets are 32 bits, enough for any text the reader takes,
 * TEXT_MAX_BYTES.) */
struct segment {
	uint32_t start, end;   /* in norm */
	uint8_t list_item;     /* began with a list marker (1., (a), bullet) */
	uint8_t after_header;  /* follows a header that ends with ':' ("IT IS ORDERED:") */
};

/* The longest text text_init takes; the rest of a longer one is not read. */
#define TEXT_MAX_BYTES ((size_t)UINT32_MAX - 1)

/* Normalise src (len bytes, no NULs). */
void text_init(struct text *t, const char *src, size_t len);
void text_free(struct text *t);

/* Split into segments; *out is malloc'd. Returns the count. */
size_t text_segments(const struct text *t, struct segment **out);

/* (text.c's, which segment.c shares) Does the line start with a list marker
 * ("1.", "(a)", "A.", a bullet)? Is the word ending at end (before '.') an
 * abbreviation? */
int text_list_marker(const char *s);
int text_abbreviation_before(const char *s, size_t start, size_t end);

#endif
