/*
 * pdf.h: a PDF order -> a document (document.h): each page's text layer
 * through poppler-glib, lines with their places (pages.c joins them into
 * rows and removes stamps, headers, footers and line numbers); a page with no
 * text layer is read by OCR (ocr.h) where it is built in.
 */
#ifndef DL_PDF_H
#define DL_PDF_H

#include "document.h"

/* More pages than this and a PDF is no order: it is refused. */
#define PDF_MAX_PAGES 300
/* Nor a file larger than this. */
#define PDF_MAX_BYTES (256u << 20)

/* Read the PDF at path into d. 0, or -1 with *err (malloc'd) naming the
 * file and what is wrong: unreadable, encrypted, damaged, too long, a scanned
 * page without OCR built in, no text at all. */
int pdf_read(const char *path, struct document *d, char **err);

#endif
