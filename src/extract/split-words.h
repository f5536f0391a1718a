/*
 * split-words.h: words split by a space in a PDF's text layer or a scan
 * ("Pla intiff", "shall n otify"), found so that text.c can join them.
 */
#ifndef DL_EXTRACT_SPLIT_WORDS_H
#define DL_EXTRACT_SPLIT_WORDS_H

#include <stddef.h>

/* The offsets in s (len bytes) of the spaces that split a word, ascending,
 * in *spaces (malloc'd; NULL when none). Returns their count. */
size_t split_words_find(const char *s, size_t len, size_t **spaces);

#endif
