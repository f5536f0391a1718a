/*
 * html.c: an HTML body as text (see html.h): one pass over the bytes, a tag
 * read whole, its name compared with the few that matter.
 */
#include "html.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A UTF-8 character into b. */
static void put_cp(struct buf *b, uint32_t cp)
{
	char u[4];
	size_t n;
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp == 0x200B || cp == 0xFEFF)
		return; /* zero-width: nothing a reader sees */
	if (cp < 0x80)
		u[0] = (char)cp, n = 1;
	else if (cp < 0x800)
		u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
	else if (cp < 0x10000)
		u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
		u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
	else
		u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
	buf_add(b, u, n);
}

/* A character reference at s (after '&'): its code point, with *used the
 * bytes it takes (with its ';' when there is one); 0 when it is none. */
static uint32_t reference(const char *s, const char *end, size_t *used)
{
	static const struct {
		const char *name;
		uint32_t cp;
	} names[] = {{"amp", '&'},	{"lt", '<'},	   {"gt", '>'},	       {"quot", '"'},
		     {"apos", '\''},	{"nbsp", ' '},	   {"sect", 0xA7},     {"para", 0xB6},
		     {"ndash", 0x2013}, {"mdash", 0x2014}, {"rsquo", 0x2019},  {"lsquo", 0x2018},
		     {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"copy", 0xA9},
		     {"bull", 0x2022},	{"middot", 0xB7}};
	const char *p = s;
	uint32_t cp = 0;
	if (p < end && *p == '#') {
		p++;
		int hex = p < end && (*p == 'x' || *p == 'X');
		p += hex;
		const char *d = p;
		while (p < end &&
		       (hex ? isxdigit((unsigned char)*p) : isdigit((unsigned char)*p)) &&
		       p - d < 8) {
			int v = isdigit((unsigned char)*p) ? *p - '0'
							   : tolower((unsigned char)*p) - 'a' + 10;
			cp = cp * (hex ? 16 : 10) + (uint32_t)v;
			p++;
		}
		if (p == d)
			return 0;
	} else {
		size_t i, n = 0;
		while (p + n < end && isalnum((unsigned char)p[n]) && n < 8)
			n++;
		for (i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strlen(names[i].name) == n && !strncmp(p, names[i].name, n))
				break;
		if (i == sizeof names / sizeof names[0])
			return 0;
		cp = names[i].cp;
		p += n;
	}
	if (p < end && *p == ';')
		p++;
	*used = (size_t)(p - s);
	return cp;
}

/* Does the tag name at s (n bytes) begin a block? */
static int block_tag(const char *s, size_t n)
{
	static const char *const blocks[] = {
		"p",  "br", "div", "tr", "table",      "li", "ul",  "ol",     "h1",    "h2",
		"h3", "h4", "h5",  "h6", "blockquote", "hr", "pre", "center", "title", NULL};
	for (int i = 0; blocks[i]; i++)
		if (strlen(blocks[i]) == n && !strncasecmp(s, blocks[i], n))
			return 1;
	return 0;
}

/* The value of attribute name in the tag [s, end), or NULL (malloc'd). */
static char *attribute(const char *s, const char *end, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = s; p + n < end; p++) {
		if (strncasecmp(p, name, n) || !isspace((unsigned char)p[-1]))
			continue;
		const char *q = p + n;
		while (q < end && isspace((unsigned char)*q))
			q++;
		if (q >= end || *q != '=')
			continue;
		q++;
		while (q < end && isspace((unsigned char)*q))
			q++;
		char quote = q < end && (*q == '"' || *q == '\'') ? *q++ : 0;
		const char *v = q;
		while (q < end && (quote ? *q != quote : !isspace((unsigned char)*q) && *q != '>'))
			q++;
		/* its character references decoded ("&amp;" in a link) */
		struct buf b;
		buf_init(&b);
		for (const char *r = v; r < q;) {
			size_t used = 0;
			uint32_t cp = *r == '&' ? reference(r + 1, q, &used) : 0;
			if (cp) {
				put_cp(&b, cp);
				r += 1 + used;
			} else {
				buf_putc(&b, *r++);
			}
		}
		return buf_detach(&b);
	}
	return NULL;
}

char *html_to_text(const char *html, size_t len, size_t *out_len, char **links)
{
	struct buf b, l;
	const char *p = html, *end = html + len;
	buf_init(&b);
	buf_init(&l);
	int space = 0; /* white space seen since the last character */
	while (p < end) {
		if (*p == '<') {
			const char *gt = memchr(p, '>', (size_t)(end - p));
			if (!gt)
				break;
			if (p + 4 <= end && !strncmp(p, "<!--", 4)) {
				const char *c = p + 4;
				while (c + 3 <= end && strncmp(c, "-->", 3))
					c++;
				p = c + 3 <= end ? c + 3 : end;
				continue;
			}
			const char *name = p + 1 + (p[1] == '/');
			size_t n = 0;
			while (name + n < gt && isalnum((unsigned char)name[n]))
				n++;
			if (p[1] != '/' && ((n == 6 && !strncasecmp(name, "script", 6)) ||
					    (n == 5 && !strncasecmp(name, "style", 5)))) {
				/* dropped whole, up to its end tag */
				const char *c = gt;
				while (c + n + 2 < end && !(c[0] == '<' && c[1] == '/' &&
							    !strncasecmp(c + 2, name, n)))
					c++;
				gt = memchr(c, '>', (size_t)(end - c));
				p = gt ? gt + 1 : end;
				continue;
			}
			if (block_tag(name, n)) {
				if (b.len && b.data[b.len - 1] != '\n')
					buf_putc(&b, '\n');
				space = 0;
			} else if (n == 2 && !strncasecmp(name, "td", 2) && p[1] != '/') {
				space = 1; /* cells of a row apart */
			} else if (n == 1 && tolower((unsigned char)*name) == 'a' && p[1] != '/') {
				char *href = attribute(name + 1, gt, "href");
				if (href) {
					buf_printf(&l, "%s\n", href);
					free(href);
				}
			}
			p = gt + 1;
			continue;
		}
		if (isspace((unsigned char)*p) || !*p) { /* (a NUL byte too: the text has none) */
			space = 1;
			p++;
			continue;
		}
		size_t used = 0;
		uint32_t cp = *p == '&' ? reference(p + 1, end, &used) : 0;
		if (cp == ' ' || cp == 0xA0) { /* &nbsp; is white space, folded with the rest */
			space = 1;
			p += 1 + used;
			continue;
		}
		if (space && b.len && b.data[b.len - 1] != '\n')
			buf_putc(&b, ' ');
		space = 0;
		if (cp) {
			put_cp(&b, cp);
			p += 1 + used;
			continue;
		}
		buf_putc(&b, *p++);
	}
	*out_len = b.len;
	*links = buf_detach(&l);
	return buf_detach(&b);
}
