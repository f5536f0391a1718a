/*
 * ocr.c: a scanned page read with Tesseract's C API (see ocr.h). The page is
 * rendered by poppler into a cairo image at 300 dpi, made grey, and
 * recognised; the result is walked word by word (TessResultIterator at
 * RIL_WORD), a new line at each text line's first word, each word with its
 * confidence and each line with its box (in points, as the text layer's).
 */
#include "ocr.h"

#include <cairo.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tesseract/capi.h>

#include "util.h"

#define OCR_DPI 300

struct ocr {
	TessBaseAPI *api;
};

struct ocr *ocr_new(char **err)
{
	struct ocr *o = xcalloc(1, sizeof *o);
	o->api = TessBaseAPICreate();
	/* (the engine's messages are no user's business: its debug file is none) */
	TessBaseAPISetVariable(o->api, "debug_file", "/dev/null");
	if (TessBaseAPIInit3(o->api, NULL, "eng") != 0) {
		*err = xstrdup("Tesseract has no English language data (apt-get install "
			       "tesseract-ocr-eng)");
		ocr_free(o);
		return NULL;
	}
	TessBaseAPISetPageSegMode(o->api, PSM_AUTO);
	return o;
}

void ocr_free(struct ocr *o)
{
	if (!o)
		return;
	TessBaseAPIEnd(o->api);
	TessBaseAPIDelete(o->api);
	free(o);
}

/* The page as grey bytes, one a pixel, at OCR_DPI. NULL when cairo fails. */
static unsigned char *render_grey(PopplerPage *page, int *w, int *h)
{
	double pw, ph;
	poppler_page_get_size(page, &pw, &ph);
	*w = (int)(pw * OCR_DPI / 72.0 + 0.5);
	*h = (int)(ph * OCR_DPI / 72.0 + 0.5);
	if (*w <= 0 || *h <= 0 || *w > 20000 || *h > 20000)
		return NULL;
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, *w, *h);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return NULL;
	}
	cairo_t *cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, OCR_DPI / 72.0, OCR_DPI / 72.0);
	poppler_page_render_for_printing(page, cr);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	const unsigned char *data = cairo_image_surface_get_data(s);
	int stride = cairo_image_surface_get_stride(s);
	unsigned char *grey = xmalloc((size_t)*w * (size_t)*h);
	for (int y = 0; y < *h; y++) {
		const uint32_t *row =
			(const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
		for (int x = 0; x < *w; x++) {
			uint32_t px = row[x];
			unsigned r = (px >> 16) & 0xFF, g = (px >> 8) & 0xFF, b = px & 0xFF;
			grey[(size_t)y * (size_t)*w + (size_t)x] =
				(unsigned char)((r * 299 + g * 587 + b * 114) / 1000);
		}
	}
	cairo_surface_destroy(s);
	return grey;
}

int ocr_page(struct ocr *o, PopplerPage *page, struct page *out, char **err)
{
	int w, h;
	unsigned char *grey = render_grey(page, &w, &h);
	if (!grey) {
		*err = xstrdup("the page could not be rendered");
		return -1;
	}
	TessBaseAPISetImage(o->api, grey, w, h, 1, w);
	TessBaseAPISetSourceResolution(o->api, OCR_DPI);
	if (TessBaseAPIRecognize(o->api, NULL) != 0) {
		free(grey);
		TessBaseAPIClear(o->api);
		*err = xstrdup("Tesseract could not recognise it");
		return -1;
	}
	const double k = 72.0 / OCR_DPI;
	TessResultIterator *ri = TessBaseAPIGetIterator(o->api);
	struct buf text;
	struct ocr_word *words = NULL;
	size_t nwords = 0, cap = 0;
	int lx0 = 0, ly0 = 0, lx1 = 0, ly1 = 0;
	buf_init(&text);
	if (ri) {
		TessPageIterator *pi = TessResultIteratorGetPageIterator(ri);
		do {
			char *word = TessResultIteratorGetUTF8Text(ri, RIL_WORD);
			if (!word)
				continue;
			if (TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE)) {
				if (text.len) {
					page_add_line(out, xstrndup(text.data, text.len), text.len,
						      lx0 * k, ly0 * k, lx1 * k, ly1 * k, words,
						      nwords);
					words = NULL, nwords = cap = 0;
					text.len = 0;
				}
				if (!TessPageIteratorBoundingBox(pi, RIL_TEXTLINE, &lx0, &ly0, &lx1,
								 &ly1))
					lx0 = ly0 = lx1 = ly1 = 0;
			}
			if (text.len)
				buf_putc(&text, ' ');
			if (nwords == cap) {
				cap = cap ? 2 * cap : 16;
				words = xrealloc(words, cap * sizeof *words);
			}
			size_t wl = strlen(word);
			float conf = TessResultIteratorConfidence(ri, RIL_WORD);
			words[nwords++] = (struct ocr_word){text.len, text.len + wl,
							    conf < 0	 ? 0
							    : conf > 100 ? 100
									 : (int)(conf + 0.5f)};
			buf_add(&text, word, wl);
			TessDeleteText(word);
		} while (TessResultIteratorNext(ri, RIL_WORD));
		TessResultIteratorDelete(ri);
	}
	if (text.len) {
		page_add_line(out, xstrndup(text.data, text.len), text.len, lx0 * k, ly0 * k,
			      lx1 * k, ly1 * k, words, nwords);
		words = NULL;
	}
	free(words);
	buf_free(&text);
	TessBaseAPIClear(o->api);
	free(grey);
	return 0;
}
