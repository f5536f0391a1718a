/*
 * ocr.h: a page with no text layer, rendered by poppler through cairo (300
 * dpi, grey) and read with Tesseract's C API (English): its lines with their
 * places and each word's confidence, as pages.h takes them. Built only with
 * OCR (configure --with-ocr: HAVE_OCR).
 */
#ifndef DL_OCR_H
#define DL_OCR_H

#include <poppler.h>

#include "pages.h"

struct ocr;
/* The engine, ready to read English. NULL with *err when it cannot start
 * (no language data: apt-get install tesseract-ocr-eng). */
struct ocr *ocr_new(char **err);
void ocr_free(struct ocr *o);
/* Read page into out (its lines, in points). 0, or -1 with *err. */
int ocr_page(struct ocr *o, PopplerPage *page, struct page *out, char **err);

#endif
