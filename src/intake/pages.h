/*
 * pages.h: the pages of a document as lines placed on the page (from the PDF's
 * text layer or from OCR) -> the document's text. Pure: no I/O, no PDF
 * library. Lines side by side (a table's cells, which a text layer gives one
 * column after the other) are joined into one row, so that a schedule keeps
 * its rows for the reader; the page's furniture is removed: CM/ECF stamps
 * ("Case 2:16-cv-00435 Document 35 Filed 05/19/17 Page 2 of 3"), whose case,
 * document number and date become the document's facts; page numbers;
 * running headers and footers (the same line at the top or the bottom of
 * most pages); the line numbers of pleading paper.
 */
#ifndef DL_PAGES_H
#define DL_PAGES_H

#include <stddef.h>

#include "document.h"

struct page_line {
	char *text; /* UTF-8, no newline (malloc'd) */
	size_t len;
	double x0, y0, x1, y1;	/* its box, in points, y down from the top */
	struct ocr_word *words; /* OCR words, offsets in text (malloc'd), or NULL */
	size_t nwords;
};

struct page {
	struct page_line *lines;
	size_t n, cap;
	double width, height;
	int ocr; /* read by OCR */
};

/* Add a line to p (p takes text and words). */
void page_add_line(struct page *p, char *text, size_t len, double x0, double y0, double x1,
		   double y1, struct ocr_word *words, size_t nwords);
void page_free(struct page *p);

/* The text of pages[0..n) into d (text, len, words; the first stamp's case
 * number, document number and filed date into d->facts). */
void pages_text(struct page *pages, size_t n, struct document *d);

/* A CM/ECF page stamp in s[0..len): 1, with what it says (case and
 * document malloc'd); 0 when the line is none. */
int stamp_parse(const char *s, size_t len, char **case_number, char **document, dl_day *filed);

#endif
