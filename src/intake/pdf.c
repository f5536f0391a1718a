/*
 * pdf.c: a PDF order read through poppler-glib (see pdf.h). Each page's text
 * comes in poppler's reading order with a box for every character
 * (poppler_page_get_text_layout); the characters of each line give it its
 * place, and pages.c does the rest.
 */
#include "pdf.h"

#include <errno.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"
#include "util.h"
#ifdef HAVE_OCR
#include "ocr.h"
#endif

/* Add the part [a, b) of text to out with its box, unless it is blank. */
static int add_part(struct page *out, const char *text, size_t a, size_t b, double x0, double y0,
		    double x1, double y1)
{
	size_t k = a;
	while (k < b && (unsigned char)text[k] <= ' ')
		k++;
	if (k == b)
		return 0;
	page_add_line(out, xstrndup(text + a, b - a), b - a, x0, y0, x1, y1, NULL, 0);
	return 1;
}

/* The lines of a page's text layer, each with the box of its characters
 * (white space aside); a line is cut where a gap wider than a few of its
 * characters parts its words (a line number in the margin, a table's cells
 * that the text layer joined), so that pages.c places each part. 1 when the
 * page has any text. */
static int text_layer(PopplerPage *page, struct page *out)
{
	char *text = poppler_page_get_text(page);
	PopplerRectangle *rects = NULL;
	guint nrects = 0;
	int any = 0;
	if (!text)
		return 0;
	size_t len = strlen(text);
	if (!poppler_page_get_text_layout(page, &rects, &nrects))
		nrects = 0;
	size_t nchars = (size_t)g_utf8_strlen(text, (gssize)len);
	int placed = nrects == nchars; /* else lines are placed one under the other */
	size_t start = 0, ci = 0, lineno = 0;
	while (start < len) {
		const char *eol = memchr(text + start, '\n', len - start);
		size_t end = eol ? (size_t)(eol - text) : len;
		if (!placed) {
			double y = (double)lineno * 12 + 100;
			any |= add_part(out, text, start, end, 0, y, out->width, y + 10);
		} else {
			size_t part = start, glyphs = 0;
			double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9, widths = 0;
			for (size_t i = start; i < end;
			     i = (size_t)(g_utf8_next_char(text + i) - text), ci++) {
				if ((unsigned char)text[i] <= ' ')
					continue;
				const PopplerRectangle *r = &rects[ci];
				double w = r->x2 - r->x1, gap = r->x1 - x1;
				if (glyphs && gap > 12 && gap > 2.5 * (widths / (double)glyphs)) {
					any |= add_part(out, text, part, i, x0, y0, x1, y1);
					part = i, glyphs = 0, widths = 0;
					x0 = y0 = 1e9, x1 = y1 = -1e9;
				}
				x0 = r->x1 < x0 ? r->x1 : x0;
				x1 = r->x2 > x1 ? r->x2 : x1;
				y0 = r->y1 < y0 ? r->y1 : y0;
				y1 = r->y2 > y1 ? r->y2 : y1;
				widths += w > 0 ? w : 0;
				glyphs++;
			}
			if (glyphs)
				any |= add_part(out, text, part, end, x0, y0, x1, y1);
			ci++; /* the newline's box */
		}
		lineno++;
		start = end + 1;
	}
	g_free(rects);
	g_free(text);
	return any;
}

int pdf_read(const char *path, struct document *d, char **err)
{
	char *data = NULL;
	size_t size = 0;
	GError *gerr = NULL;
	int rc = -1;
	struct page *pages = NULL;
	size_t npages = 0, nalloc = 0;
	PopplerDocument *doc = NULL;
#ifdef HAVE_OCR
	struct ocr *ocr = NULL;
#endif
	document_init(d);
	if (read_file(path, &data, &size, PDF_MAX_BYTES) != 0) {
		*err = errno == EFBIG ? xasprintf("'%s' is larger than %u MB; is it an order?",
						  path, PDF_MAX_BYTES >> 20)
				      : xasprintf("cannot read '%s': %s", path, strerror(errno));
		return -1;
	}
	GBytes *bytes = g_bytes_new_take(data, size);
	doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
	g_bytes_unref(bytes);
	if (!doc) {
		if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED)
			*err = xasprintf("'%s' is encrypted (it asks for a password): give an "
					 "unprotected copy",
					 path);
		else
			*err = xasprintf("'%s' is not a readable PDF (damaged or cut short?): %s",
					 path, gerr ? gerr->message : "poppler could not open it");
		goto out;
	}
	int n = poppler_document_get_n_pages(doc);
	if (n <= 0) {
		*err = xasprintf("'%s' has no pages", path);
		goto out;
	}
	if (n > PDF_MAX_PAGES) {
		*err = xasprintf(
			"'%s' has %d pages, more than the %d an order may have: is it an order?",
			path, n, PDF_MAX_PAGES);
		goto out;
	}
	pages = xcalloc((size_t)n, sizeof *pages);
	nalloc = (size_t)n;
	for (int i = 0; i < n; i++, npages++) {
		PopplerPage *page = poppler_document_get_page(doc, i);
		struct page *p = &pages[i];
		if (!page) {
			*err = xasprintf("'%s': page %d cannot be read (the PDF is damaged)", path,
					 i + 1);
			goto out;
		}
		poppler_page_get_size(page, &p->width, &p->height);
		if (!text_layer(page, p)) {
#ifdef HAVE_OCR
			char *why = NULL;
			if ((!ocr && !(ocr = ocr_new(&why))) || ocr_page(ocr, page, p, &why) != 0) {
				*err = xasprintf(
					"'%s': page %d is a scan and cannot be read by OCR: %s",
					path, i + 1, why);
				free(why);
				g_object_unref(page);
				goto out;
			}
			p->ocr = 1;
			d->ocr_pages++;
#else
			*err = xasprintf(
				"'%s': page %d has no text (a scan), and this deadlines was built "
				"without OCR (configure --with-ocr; apt-get install "
				"libtesseract-dev "
				"tesseract-ocr-eng)",
				path, i + 1);
			g_object_unref(page);
			goto out;
#endif
		}
		g_object_unref(page);
	}
	d->pages = npages;
	pages_text(pages, npages, d);
	size_t k = 0;
	while (k < d->len && (unsigned char)d->text[k] <= ' ')
		k++;
	if (k == d->len) {
		*err = xasprintf("'%s' has no text on any of its %zu page%s", path, npages,
				 npages == 1 ? "" : "s");
		goto out;
	}
	rc = 0;
out:
	for (size_t i = 0; pages && i < nalloc; i++) /* (a zeroed page frees nothing) */
		page_free(&pages[i]);
	free(pages);
	if (gerr)
		g_error_free(gerr);
	if (doc)
		g_object_unref(doc);
#ifdef HAVE_OCR
	ocr_free(ocr);
#endif
	if (rc != 0)
		document_free(d);
	return rc;
}
