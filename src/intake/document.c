/*
 * document.c: an order as it arrives, once it is text (see document.h): what
 * kind of file a path is, OCR confidence over a span of the text, and case
 * numbers compared as CM/ECF writes them in its many forms.
 */
#include "document.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void document_init(struct document *d)
{
	memset(d, 0, sizeof *d);
	d->facts.filed = d->facts.entered = DATE_NONE;
}

void doc_facts_free(struct doc_facts *f)
{
	free(f->case_number);
	free(f->document);
	free(f->court);
	free(f->court_line);
	free(f->case_name);
	free(f->filer);
	free(f->description);
	free(f->links);
	memset(f, 0, sizeof *f);
	f->filed = f->entered = DATE_NONE;
}

void document_free(struct document *d)
{
	free(d->text);
	free(d->words);
	doc_facts_free(&d->facts);
	document_init(d);
}

/* Is the line [s, e) a header field of an e-mail we know ("Subject: ...")? */
static int mail_header(const char *s, const char *e)
{
	static const char *const names[] = {
		"from",	       "to",	     "subject",	     "date",	     "received",
		"return-path", "message-id", "mime-version", "delivered-to", NULL};
	const char *colon = memchr(s, ':', (size_t)(e - s));
	if (!colon)
		return 0;
	for (int i = 0; names[i]; i++)
		if ((size_t)(colon - s) == strlen(names[i]) &&
		    !strncasecmp(s, names[i], strlen(names[i])))
			return 1;
	return 0;
}

enum doc_kind document_kind(const char *path)
{
	char head[8192];
	if (!strcmp(path, "-"))
		return DOC_TEXT;
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return DOC_TEXT;
	size_t n = fread(head, 1, sizeof head, fp);
	fclose(fp);
	/* (a PDF may have bytes before its header; readers look in the first KiB) */
	for (size_t i = 0; i + 5 <= n && i < 1024; i++)
		if (!memcmp(head + i, "%PDF-", 5))
			return DOC_PDF;
	/* a header block: "Name: value" lines (and their continuations) up to
	 * a blank line, two of them fields of an e-mail, or one after an mbox's
	 * "From " line (an order's own words may begin so: "From the Judge's
	 * Order:") */
	int known = 0, from_line = 0;
	const char *s = head, *end = head + n;
	if (n >= 5 && !memcmp(head, "From ", 5)) {
		const char *eol = memchr(head, '\n', n);
		if (!eol)
			return DOC_TEXT;
		s = eol + 1;
		from_line = 1;
	}
	while (s < end) {
		const char *eol = memchr(s, '\n', (size_t)(end - s));
		if (!eol)
			break;
		const char *e = eol > s && eol[-1] == '\r' ? eol - 1 : eol;
		if (e == s)
			break; /* the blank line that ends the header */
		if (*s == ' ' || *s == '\t') {
			s = eol + 1;
			continue;
		}
		const char *colon = memchr(s, ':', (size_t)(e - s));
		if (!colon || colon == s)
			return DOC_TEXT;
		for (const char *p = s; p < colon; p++)
			if (!isgraph((unsigned char)*p))
				return DOC_TEXT;
		known += mail_header(s, e);
		s = eol + 1;
	}
	return known >= (from_line ? 1 : 2) ? DOC_MAIL : DOC_TEXT;
}

int document_ocr_confidence(const struct document *d, size_t start, size_t end)
{
	unsigned long long sum = 0, weight = 0;
	for (size_t i = 0; i < d->nwords; i++) {
		const struct ocr_word *w = &d->words[i];
		if (w->end <= start || w->start >= end)
			continue;
		sum += (unsigned long long)w->conf * (w->end - w->start);
		weight += w->end - w->start;
	}
	return weight ? (int)((sum + weight / 2) / weight) : -1;
}

/* Read digits at *p into *v (at most 9); 1 when there were some. */
static int digits(const char **p, long *v)
{
	const char *s = *p;
	long n = 0;
	int k = 0;
	while (isdigit((unsigned char)*s) && k < 9)
		n = n * 10 + (*s++ - '0'), k++;
	if (!k || isdigit((unsigned char)*s))
		return 0;
	*v = n;
	*p = s;
	return 1;
}

/* A federal case number's parts: [office(:|-)]YY-[type-]NNNNN, then what
 * follows (a judge's initials, a defendant's number). 1 when number is one;
 * *end is where its serial number ends. */
static int case_parts(const char *number, long *office, long *year, char type[5], long *serial,
		      const char **end)
{
	const char *p = number;
	size_t t = 0;
	*office = -1;
	while (*p == ' ')
		p++;
	if (isdigit((unsigned char)p[0]) && (p[1] == ':' || p[1] == '-') &&
	    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
	    (p[4] == '-' || isalpha((unsigned char)p[4])))
		*office = p[0] - '0', p += 2;
	if (!digits(&p, year) || *year >= 100)
		return 0;
	if (*p == '-' || *p == ' ')
		p++;
	while (isalpha((unsigned char)*p) && t < 4)
		type[t++] = (char)tolower((unsigned char)*p++);
	type[t] = '\0';
	if (isalpha((unsigned char)*p))
		return 0;
	if (t && (*p == '-' || *p == ' '))
		p++;
	const char *s = p;
	if (!digits(&p, serial) || (!t && p - s < 4))
		return 0; /* (a bankruptcy number's serial has five digits) */
	if (*p && *p != '-' && *p != ' ' && *p != '(')
		return 0;
	*end = p;
	return 1;
}

char *case_number_key(const char *number)
{
	long office, year, serial;
	char type[5];
	const char *end;
	if (case_parts(number, &office, &year, type, &serial, &end)) {
		char o[24] = "";
		if (office >= 0)
			snprintf(o, sizeof o, "%ld:", office);
		return xasprintf("%s%02ld-%s%s%ld", o, year, type, *type ? "-" : "", serial);
	}
	struct buf b;
	buf_init(&b);
	for (const char *p = number; *p; p++)
		if (!isspace((unsigned char)*p))
			buf_putc(&b, (char)tolower((unsigned char)*p));
	return buf_detach(&b);
}

char *case_number_base(const char *number)
{
	long office, year, serial;
	char type[5];
	const char *end;
	if (case_parts(number, &office, &year, type, &serial, &end))
		return xstrndup(number, (size_t)(end - number));
	return xstrdup(number);
}

int case_number_same(const char *a, const char *b)
{
	char *ka = case_number_key(a), *kb = case_number_key(b);
	int same = !strcmp(ka, kb);
	/* one without its office ("16-cv-435") is the same as one with it */
	if (!same) {
		const char *ca = strchr(ka, ':'), *cb = strchr(kb, ':');
		if (!ca != !cb)
			same = !strcmp(ca ? ca + 1 : ka, cb ? cb + 1 : kb);
	}
	free(ka);
	free(kb);
	return same;
}

int us_date_parse(const char *s, size_t *used, dl_day *out)
{
	const char *p = s;
	long m, d, y;
	if (!digits(&p, &m) || *p++ != '/' || !digits(&p, &d) || *p++ != '/')
		return 0;
	const char *ys = p;
	if (!digits(&p, &y) || (p - ys != 2 && p - ys != 4))
		return 0;
	if (p - ys == 2)
		y += 2000;
	if (!date_valid((int)y, (int)m, (int)d))
		return 0;
	*out = date_from_ymd((int)y, (int)m, (int)d);
	*used = (size_t)(p - s);
	return 1;
}

void text_clean_field(char *s)
{
	size_t len = strlen(s), i = 0, n;
	uint32_t cp;
	while (i < len) {
		if (!(n = utf8_decode(s + i, len - i, &cp))) {
			s[i++] = '?';
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
			memset(s + i, ' ', n);
		i += n;
	}
}
