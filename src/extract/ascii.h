/*
 * ascii.h: character classes of ASCII, inline. The reader's text is UTF-8
 * read under C.UTF-8 (main.c), where <ctype.h> answers these for ASCII
 * alone; these answer the same without a call and a locale lookup per
 * character (the reader asks them of every byte of an order), and whatever
 * the locale.
 */
#ifndef DL_EXTRACT_ASCII_H
#define DL_EXTRACT_ASCII_H

static inline int ascii_isdigit(int c)
{
	return c >= '0' && c <= '9';
}
static inline int ascii_isupper(int c)
{
	return c >= 'A' && c <= 'Z';
}
static inline int ascii_islower(int c)
{
	return c >= 'a' && c <= 'z';
}
static inline int ascii_isalpha(int c)
{
	return ascii_isupper(c) || ascii_islower(c);
}
static inline int ascii_isalnum(int c)
{
	return ascii_isalpha(c) || ascii_isdigit(c);
}
static inline int ascii_isspace(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}
static inline int ascii_tolower(int c)
{
	return ascii_isupper(c) ? c + ('a' - 'A') : c;
}
static inline int ascii_toupper(int c)
{
	return ascii_islower(c) ? c - ('a' - 'A') : c;
}

#endif
