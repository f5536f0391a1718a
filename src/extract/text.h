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

struct text {
	char *norm;     /* normalised text; paragraphs separated by '\n' */
	char *low;      /* the same, ASCII lower case */
	size_t *map;    /* map[i]: offset in the original of norm[i]; map[len] = original length */
	size_t len;
};

struct segment {
	size_t start, end;  /* in norm */
	int list_item;      /* began with a list marker (1., (a), bullet) */
	int after_header;   /* follows a header that ends with ':' ("IT IS ORDERED:") */
};

/* Normalise src (len bytes, no NULs). */
void text_init(struct text *t, const char *src, size_t len);
void text_free(struct text *t);

/* Split into segments; *out is malloc'd. Returns the count. */
size_t text_segments(const struct text *t, struct segment **out);

#endif
