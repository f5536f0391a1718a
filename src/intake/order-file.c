/*
 * order-file.c: an order file read and checked (see order-file.h).
 */
#include "order-file.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Replace by '?', byte for byte (offsets are kept), each byte of f's text
 * that is not part of a valid UTF-8 character, and each control character
 * but tab, newline, carriage return, form feed and vertical tab (an escape
 * sequence in an order must reach neither a terminal nor a calendar):
 * counted, with the offset of the first, in f. */
static void sanitize_text(struct order_file *f)
{
	char *s = f->text;
	size_t len = f->len, i = 0, n;
	uint32_t cp;
	while (i < len) {
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) {
			i++;
			continue;
		}
		if (!(n = utf8_decode(s + i, len - i, &cp))) {
			if (!f->invalid_utf8++)
				f->invalid_at = i;
			s[i++] = '?';
			continue;
		}
		if ((cp < 0x20 && !strchr("\t\n\r\f\v", (int)cp)) || (cp >= 0x7F && cp <= 0x9F)) {
			if (!f->controls++)
				f->control_at = i;
			memset(s + i, '?', n);
		}
		i += n;
	}
}

/* A header: "key: value" lines, then a line "---". */
static void read_header(struct order_file *f)
{
	const char *s = f->text, *end = s + f->len;
	const char *line = s;
	for (int n = 0; n < 40 && line < end; n++) {
		const char *eol = memchr(line, '\n', (size_t)(end - line));
		if (!eol)
			return;
		size_t len = (size_t)(eol - line);
		if (len == 3 && !strncmp(line, "---", 3)) {
			f->body = (size_t)(eol + 1 - s);
			break;
		}
		const char *colon = memchr(line, ':', len);
		if (!colon || colon == line || colon - line > 20)
			return;
		line = eol + 1;
	}
	if (!f->body)
		return;
	/* the header is valid: read the fields we know */
	for (line = s; line < s + f->body - 4;) {
		const char *eol = memchr(line, '\n', (size_t)(end - line));
		size_t len = (size_t)(eol - line);
		const char *colon = memchr(line, ':', len);
		const char *v = colon + 1;
		while (v < eol && *v == ' ')
			v++;
		size_t klen = (size_t)(colon - line), vlen = (size_t)(eol - v);
		char why[64];
		if (klen == 7 && !strncmp(line, "entered", 7)) {
			/* YYYY-MM-DD, perhaps followed by words ("2017-05-19 (Friday)") */
			size_t n = 0;
			while (n < vlen && !strchr(" \t\r(;,", v[n]))
				n++;
			char d[11] = "";
			if (n <= 10)
				memcpy(d, v, n), d[n] = '\0';
			if (n > 10 || date_parse(d, &f->entered, why, sizeof why) != 0) {
				f->entered = DATE_NONE;
				f->entered_error = xasprintf("the file's header says 'entered: %.*s': %s", (int)(n < 40 ? n : 40),
							     v, n > 10 ? "expected YYYY-MM-DD" : why);
			}
		} else if (klen == 6 && !strncmp(line, "docket", 6)) {
			const char *paren = memchr(v, '(', vlen);
			size_t n = paren ? (size_t)(paren - v) : vlen;
			while (n && v[n - 1] == ' ')
				n--;
			f->docket = xstrndup(v, n);
		} else if (klen == 5 && !strncmp(line, "court", 5)) {
			/* "S.D. Tex. (txsd)": a code in the parentheses that end the value */
			const char *close = eol;
			while (close > v && (close[-1] == ' ' || close[-1] == '\r'))
				close--;
			if (close > v && close[-1] == ')') {
				const char *paren = close - 1, *open = paren;
				while (open > v && ((open[-1] >= 'a' && open[-1] <= 'z') ||
						    (open[-1] >= '0' && open[-1] <= '9')))
					open--;
				if (open > v && open[-1] == '(' && paren - open >= 2 && paren - open < 10)
					f->court = xstrndup(open, (size_t)(paren - open));
			}
		}
		line = eol + 1;
	}
}

int order_file_read(const char *path, struct order_file *f, char **err)
{
	memset(f, 0, sizeof *f);
	f->entered = DATE_NONE;
	const char *name = strcmp(path, "-") == 0 ? "standard input" : path;
	if (read_file(path, &f->text, &f->len, ORDER_MAX_BYTES) != 0) {
		*err = errno == EFBIG ? xasprintf("'%s' is larger than %u MB; is it an order?", name,
						  ORDER_MAX_BYTES >> 20)
				      : xasprintf("cannot read '%s': %s", name, strerror(errno));
		return -1;
	}
	size_t blank = 0;
	while (blank < f->len && isspace((unsigned char)f->text[blank]))
		blank++;
	if (blank == f->len) {
		*err = xasprintf("'%s' is empty: there is no order text in it", name);
		order_file_free(f);
		return -1;
	}
	if (memchr(f->text, '\0', f->len)) {
		*err = xasprintf("'%s' is not text (it contains NUL bytes); give the order as plain "
				 "text (e.g. pdftotext ORDER.pdf)", name);
		order_file_free(f);
		return -1;
	}
	sanitize_text(f);
	read_header(f);
	return 0;
}

void order_file_from_text(char *text, size_t len, struct order_file *f)
{
	memset(f, 0, sizeof *f);
	f->entered = DATE_NONE;
	f->text = text;
	f->len = len;
	for (char *nul = memchr(text, '\0', len); nul; nul = memchr(nul, '\0', len - (size_t)(nul - text))) {
		if (!f->controls++)
			f->control_at = (size_t)(nul - text);
		*nul = '?';
	}
	sanitize_text(f);
}

int order_file_entered(const struct order_file *f, dl_day given, dl_day *out, char **err)
{
	*out = given != DATE_NONE ? given : f->entered;
	if (given == DATE_NONE && f->entered_error) {
		*err = xasprintf("%s (give --entered DATE to set it)", f->entered_error);
		return -1;
	}
	return 0;
}

void order_file_free(struct order_file *f)
{
	free(f->text);
	free(f->entered_error);
	free(f->docket);
	free(f->court);
	memset(f, 0, sizeof *f);
}
