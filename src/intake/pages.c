/*
 * pages.c: placed lines -> a document's text, with rows kept and the page's
 * furniture removed (see pages.h).
 */
#include "pages.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The top and bottom of a page where headers, footers, stamps and page
 * numbers stand: this share of its height. */
#define ZONE 0.09
/* Pleading paper numbers at least this many lines of a page. */
#define PLEADING_MIN 8

void page_add_line(struct page *p, char *text, size_t len, double x0, double y0, double x1,
		   double y1, struct ocr_word *words, size_t nwords)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 64;
		p->lines = xrealloc(p->lines, p->cap * sizeof *p->lines);
	}
	p->lines[p->n++] = (struct page_line){text, len, x0, y0, x1, y1, words, nwords};
}

void page_free(struct page *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->lines[i].text);
		free(p->lines[i].words);
	}
	free(p->lines);
	memset(p, 0, sizeof *p);
}

/* A row: the lines that stand side by side, joined left to right. */
struct row {
	struct buf text;
	struct ocr_word *words;
	size_t nwords;
	double y0, y1, x0;
	size_t first_len; /* the length of the leftmost line's text */
	int drop;	  /* furniture */
	size_t cut;	  /* bytes cut from its start (a pleading line number) */
};

static int by_top(const void *a, const void *b)
{
	const struct page_line *x = *(struct page_line *const *)a,
			       *y = *(struct page_line *const *)b;
	if (x->y0 != y->y0)
		return x->y0 < y->y0 ? -1 : 1;
	return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static int by_left(const void *a, const void *b)
{
	const struct page_line *x = *(struct page_line *const *)a,
			       *y = *(struct page_line *const *)b;
	return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static int blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Join the lines of a page that stand side by side into rows, top to bottom. */
static struct row *page_rows(const struct page *p, size_t *nrows)
{
	struct page_line **order = xcalloc(p->n ? p->n : 1, sizeof *order);
	size_t n = 0;
	for (size_t i = 0; i < p->n; i++)
		if (!blank(p->lines[i].text, p->lines[i].len))
			order[n++] = &p->lines[i];
	qsort(order, n, sizeof *order, by_top);
	struct row *rows = xcalloc(n ? n : 1, sizeof *rows);
	size_t r = 0;
	for (size_t i = 0; i < n;) {
		/* the lines whose middle is within the first one's height */
		double top = order[i]->y0, bottom = order[i]->y1;
		size_t j = i + 1;
		while (j < n && (order[j]->y0 + order[j]->y1) / 2 < bottom &&
		       (order[j]->y0 + order[j]->y1) / 2 > top)
			j++;
		qsort(order + i, j - i, sizeof *order, by_left);
		struct row *w = &rows[r++];
		buf_init(&w->text);
		w->y0 = top;
		w->y1 = bottom;
		w->x0 = order[i]->x0;
		w->first_len = order[i]->len;
		for (size_t k = i; k < j; k++) {
			const struct page_line *l = order[k];
			if (k > i) {
				const struct page_line *prev = order[k - 1];
				double cw =
					(prev->x1 - prev->x0) / (double)(prev->len ? prev->len : 1);
				buf_puts(&w->text, l->x0 - prev->x1 > 3 * cw ? "   " : " ");
			}
			if (l->nwords) {
				w->words = xrealloc(w->words,
						    (w->nwords + l->nwords) * sizeof *w->words);
				for (size_t q = 0; q < l->nwords; q++) {
					struct ocr_word o = l->words[q];
					o.start += w->text.len;
					o.end += w->text.len;
					w->words[w->nwords++] = o;
				}
			}
			buf_add(&w->text, l->text, l->len);
			if (l->y1 > w->y1)
				w->y1 = l->y1;
		}
		i = j;
	}
	free(order);
	*nrows = r;
	return rows;
}

/* s[0..n) trimmed of white space on both sides. */
static void trim(const char **s, size_t *n)
{
	while (*n && isspace((unsigned char)**s))
		(*s)++, (*n)--;
	while (*n && isspace((unsigned char)(*s)[*n - 1]))
		(*n)--;
}

/* Skip spaces at *p. */
static void spaces(const char **p, const char *end)
{
	while (*p < end && (**p == ' ' || **p == '\t'))
		(*p)++;
}

/* The word w (letter case aside) at *p, then what follows it. */
static int word(const char **p, const char *end, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(end - *p) < n || strncasecmp(*p, w, n))
		return 0;
	*p += n;
	return 1;
}

int stamp_parse(const char *s, size_t len, char **case_number, char **document, dl_day *filed)
{
	const char *p = s, *end = s + len;
	trim(&p, &len);
	end = p + len;
	if (!word(&p, end, "Case"))
		return 0;
	if (p < end && *p == ':')
		p++;
	spaces(&p, end);
	const char *cn = p;
	while (p < end && !isspace((unsigned char)*p))
		p++;
	const char *cn_end = p;
	if (cn_end - cn < 5 || !isdigit((unsigned char)*cn))
		return 0;
	spaces(&p, end);
	if (!word(&p, end, "Document") && !word(&p, end, "Doc"))
		return 0;
	while (p < end && (*p == '.' || *p == '#' || *p == ':' || *p == ' '))
		p++;
	const char *dn = p;
	while (p < end && (isdigit((unsigned char)*p) || *p == '-'))
		p++;
	const char *dn_end = p;
	if (dn == dn_end || !isdigit((unsigned char)*dn))
		return 0;
	spaces(&p, end);
	if (!word(&p, end, "Filed"))
		return 0;
	if (p < end && *p == ':')
		p++;
	spaces(&p, end);
	/* "Filed in TXSD on 05/19/17" */
	const char *in = p;
	if (word(&p, end, "in ")) {
		while (p < end && isalpha((unsigned char)*p))
			p++;
		spaces(&p, end);
		if (p == in + 3)
			return 0;
	}
	if (word(&p, end, "on"))
		spaces(&p, end);
	size_t used;
	dl_day day;
	if (!us_date_parse(p, &used, &day) || p + used > end)
		return 0;
	p += used;
	/* then a page: "Page 2 of 3", "2 of 6. PageID #: 151", "in TXSD Page 1 of 3" */
	int page = 0;
	for (const char *q = p; q + 4 <= end && !page; q++)
		page = !strncmp(q, " of ", 4) || !strncmp(q, "Page", 4);
	if (!page)
		return 0;
	/* the document's own number, not an attachment's ("45-1": document 45) */
	const char *dash = memchr(dn, '-', (size_t)(dn_end - dn));
	*case_number = xstrndup(cn, (size_t)(cn_end - cn));
	*document = xstrndup(dn, (size_t)((dash ? dash : dn_end) - dn));
	*filed = day;
	return 1;
}

/* A page number: "3", "- 3 -", "Page 3", "Page 3 of 9", "3 of 9". */
static int page_number(const char *s, size_t n)
{
	trim(&s, &n);
	const char *p = s, *end = s + n;
	if (p < end && *p == '-')
		p++;
	spaces(&p, end);
	if (word(&p, end, "Page"))
		spaces(&p, end);
	const char *d = p;
	while (p < end && isdigit((unsigned char)*p))
		p++;
	if (p == d || p - d > 4)
		return 0;
	spaces(&p, end);
	if (word(&p, end, "of")) {
		spaces(&p, end);
		const char *d2 = p;
		while (p < end && isdigit((unsigned char)*p))
			p++;
		if (p == d2)
			return 0;
		spaces(&p, end);
	}
	if (p < end && *p == '-')
		p++;
	return p == end;
}

/* A row's text with digits as '#' and white space folded: how a running
 * header or footer is recognised from page to page. */
static char *furniture_key(const struct row *w)
{
	struct buf b;
	buf_init(&b);
	const char *s = w->text.data;
	size_t n = w->text.len;
	trim(&s, &n);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isspace(c)) {
			if (b.len && b.data[b.len - 1] != ' ')
				buf_putc(&b, ' ');
		} else {
			buf_putc(&b, isdigit(c) ? '#' : (char)tolower(c));
		}
	}
	return buf_detach(&b);
}

static int in_zone(const struct page *p, const struct row *w)
{
	return p->height > 0 && (w->y1 <= p->height * ZONE || w->y0 >= p->height * (1 - ZONE));
}

/* The leading number of a row ("12  The parties shall ..."), or -1. */
static long leading_number(const struct row *w, size_t *len)
{
	const char *s = w->text.data, *p = s;
	long v = 0;
	while (*p == ' ')
		p++;
	const char *d = p;
	while (isdigit((unsigned char)*p) && p - d < 3)
		v = v * 10 + (*p++ - '0');
	if (p == d || p - d > 2 || (*p && *p != ' ' && *p != '\t'))
		return -1;
	while (*p == ' ' || *p == '\t')
		p++;
	*len = (size_t)(p - s);
	return v;
}

/* Pleading paper: at least PLEADING_MIN rows of the page begin with a number
 * of 1 to 28 at the left margin, each more than the one before (or 1, where
 * the numbering starts again); those numbers are cut. */
static int pleading_number(const struct page *p, const struct row *w, long last, size_t *len)
{
	long v = leading_number(w, len);
	return v >= 1 && v <= 28 && (v > last || v == 1) && w->x0 < p->width * 0.2 + 1 ? (int)v : 0;
}

static void pleading_numbers(const struct page *p, struct row *rows, size_t n)
{
	size_t count = 0, len;
	long last = 0, v;
	for (size_t i = 0; i < n; i++)
		if ((v = pleading_number(p, &rows[i], last, &len)))
			count++, last = v;
	if (count < PLEADING_MIN)
		return;
	last = 0;
	for (size_t i = 0; i < n; i++) {
		if (!(v = pleading_number(p, &rows[i], last, &len)))
			continue;
		last = v;
		rows[i].cut = len;
		if (len >= rows[i].text.len)
			rows[i].drop = 1;
	}
}

static void row_free(struct row *w)
{
	buf_free(&w->text);
	free(w->words);
}

void pages_text(struct page *pages, size_t npages, struct document *d)
{
	struct row **rows = xcalloc(npages ? npages : 1, sizeof *rows);
	size_t *nrows = xcalloc(npages ? npages : 1, sizeof *nrows);
	char **keys = NULL;
	size_t *key_pages = NULL, nkeys = 0;
	for (size_t pg = 0; pg < npages; pg++) {
		rows[pg] = page_rows(&pages[pg], &nrows[pg]);
		for (size_t i = 0; i < nrows[pg]; i++) {
			struct row *w = &rows[pg][i];
			char *cn = NULL, *dn = NULL;
			dl_day filed;
			if (stamp_parse(w->text.data, w->text.len, &cn, &dn, &filed)) {
				w->drop = 1;
				if (!d->facts.case_number) {
					text_clean_field(cn);
					d->facts.case_number = cn, d->facts.document = dn,
					d->facts.filed = filed;
					cn = dn = NULL;
				}
				free(cn);
				free(dn);
				continue;
			}
			if (!in_zone(&pages[pg], w))
				continue;
			if (page_number(w->text.data, w->text.len)) {
				w->drop = 1;
				continue;
			}
			/* count the pages each zone line stands on (once a page) */
			char *key = furniture_key(w);
			size_t k = 0;
			while (k < nkeys && strcmp(keys[k], key))
				k++;
			if (k == nkeys) {
				keys = xrealloc(keys, (nkeys + 1) * sizeof *keys);
				key_pages =
					xrealloc(key_pages, (nkeys + 1) * 2 * sizeof *key_pages);
				keys[nkeys] = key;
				key_pages[2 * nkeys] = 0;
				key_pages[2 * nkeys + 1] = (size_t)-1;
				nkeys++;
			} else {
				free(key);
			}
			if (key_pages[2 * k + 1] != pg)
				key_pages[2 * k]++, key_pages[2 * k + 1] = pg;
		}
		pleading_numbers(&pages[pg], rows[pg], nrows[pg]);
	}
	/* running headers and footers: on at least two pages and half of them */
	struct buf out;
	buf_init(&out);
	size_t nwords = 0, capwords = 0;
	for (size_t pg = 0; pg < npages; pg++) {
		for (size_t i = 0; i < nrows[pg]; i++) {
			struct row *w = &rows[pg][i];
			if (!w->drop && in_zone(&pages[pg], w) && npages >= 2) {
				char *key = furniture_key(w);
				for (size_t k = 0; k < nkeys; k++)
					if (!strcmp(keys[k], key) && key_pages[2 * k] >= 2 &&
					    2 * key_pages[2 * k] >= npages)
						w->drop = 1;
				free(key);
			}
			if (w->drop)
				continue;
			const char *s = w->text.data + w->cut;
			size_t n = w->text.len - w->cut, lead = 0;
			while (lead < n && isspace((unsigned char)s[lead]))
				lead++;
			while (n > lead && isspace((unsigned char)s[n - 1]))
				n--;
			size_t base = out.len;
			buf_add(&out, s + lead, n - lead);
			buf_putc(&out, '\n');
			for (size_t q = 0; q < w->nwords; q++) {
				struct ocr_word o = w->words[q];
				if (o.start < w->cut + lead || o.end > w->cut + n)
					continue;
				if (nwords == capwords) {
					capwords = capwords ? 2 * capwords : 256;
					d->words = xrealloc(d->words, capwords * sizeof *d->words);
				}
				o.start = o.start - w->cut - lead + base;
				o.end = o.end - w->cut - lead + base;
				d->words[nwords++] = o;
			}
		}
		for (size_t i = 0; i < nrows[pg]; i++)
			row_free(&rows[pg][i]);
		free(rows[pg]);
	}
	for (size_t k = 0; k < nkeys; k++)
		free(keys[k]);
	free(keys);
	free(key_pages);
	free(rows);
	free(nrows);
	d->nwords = nwords;
	d->len = out.len;
	d->text = buf_detach(&out);
}
