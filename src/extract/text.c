/*
 * text.c: normalisation and segmentation of order text (see text.h).
 * Sentence ends are '.', '?', '!' and ';' followed by white space and an
 * upper-case letter, digit, quote or bracket, except after abbreviations
 * common in orders (v., No., Inc., U.S.C., Fed. R. Civ. P., initials...).
 */
#include "text.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "timex.h"
#include "util.h"

struct out {
	struct buf b;
	struct text_run *runs; /* where the normalised text's offset to the original changes */
	size_t nruns, cap;
	size_t next_from;      /* the original's offset that goes on the last run (none: SIZE_MAX) */
};

static inline void put(struct out *o, char c, size_t from)
{
	if (from != o->next_from) {
		if (o->nruns == o->cap)
			o->runs = xrealloc(o->runs, (o->cap = o->cap ? 2 * o->cap : 256) * sizeof *o->runs);
		o->runs[o->nruns++] = (struct text_run){o->b.len, from};
	}
	o->next_from = from + 1;
	buf_putc(&o->b, c);
}

size_t text_orig(const struct text *t, size_t i)
{
	size_t lo = 0, hi = t->nruns;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->runs[mid].norm <= i)
			lo = mid;
		else
			hi = mid;
	}
	return t->runs[lo].orig + (i - t->runs[lo].norm);
}

/* Fold one UTF-8 sequence at p to ASCII where it has an ASCII meaning;
 * returns the replacement (0: keep the bytes) and its length in *n. */
static inline char fold(const unsigned char *p, size_t left, size_t *n)
{
	*n = 1;
	if (p[0] < 0x80)
		return (char)p[0];
	if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80) {
		*n = 3;
		switch (p[2]) {
		case 0x98: case 0x99: case 0x9B: return '\'';
		case 0x9C: case 0x9D: case 0x9F: return '"';
		case 0x93: case 0x94: case 0x95: return '-';
		case 0xA2: return '\x01'; /* bullet: a list marker */
		case 0xA6: return '.';
		case 0x8B: case 0xAF: case 0x89: case 0x8A: return ' ';
		}
		*n = 1;
	}
	if (left >= 2 && p[0] == 0xC2 && p[1] == 0xA0) {
		*n = 2;
		return ' ';
	}
	return 0;
}

/* Is the line (trimmed) page furniture or a bare pleading-paper line number? */
static int furniture(const char *s, size_t n)
{
	while (n && ascii_isspace((unsigned char)*s))
		s++, n--;
	while (n && ascii_isspace((unsigned char)s[n - 1]))
		n--;
	if (n == 0)
		return 0;
	size_t digits = 0;
	while (digits < n && ascii_isdigit((unsigned char)s[digits]))
		digits++;
	if (digits == n && n <= 2)
		return 1;
	if (n >= 3 && s[0] == '-' && s[n - 1] == '-' && digits == 0) {
		size_t k = 1;
		while (k < n - 1 && ascii_isdigit((unsigned char)s[k]))
			k++;
		if (k == n - 1)
			return 1;
	}
	static const char *const starts[] = {"Download PDF", "Elawyers", "Document Info",
					     "Visitors:", NULL};
	for (int i = 0; starts[i]; i++)
		if (n >= strlen(starts[i]) && !strncmp(s, starts[i], strlen(starts[i])))
			return 1;
	/* a CM/ECF page stamp: "Case 2:16-cv-00435 Document 35 Filed 05/19/17 Page 2 of 3",
	 * "Case: 5:14-cv-02331-JRA Doc #: 29 Filed: 01/28/15 2 of 6. PageID #: 151" */
	if (n >= 8 && !strncmp(s, "Case", 4) && (s[4] == ' ' || s[4] == ':')) {
		char line[512];
		size_t m = n < sizeof line - 1 ? n : sizeof line - 1;
		memcpy(line, s, m);
		line[m] = '\0';
		const char *filed = strstr(line, "Filed");
		if ((strstr(line, " Document ") || strstr(line, " Doc #") || strstr(line, " Doc. ")) && filed &&
		    (strstr(line, " Page ") || strstr(line, " of ") ||
		     /* (the stamp's first line alone: "... Filed 12/15/16", the page on the next) */
		     strspn(filed + 5 + strspn(filed + 5, ": "), "0123456789/-") +
				     (size_t)(filed + 5 + strspn(filed + 5, ": ") - line) == m))
			return 1;
	}
	if (n < 40 && !strncmp(s, "Page ", 5) && memmem(s, n, " of ", 4) && (n < 20 || memmem(s, n, "PageID", 6)))
		return 1;
	return 0;
}

/* Is the line a row of a schedule: short, no verb of a sentence, and ending
 * with a date (or a date and a time, or "immediately")? */
static int row_line(const char *s, size_t n)
{
	char low[256];
	/* (a cell rule of a table drawn with bars: "Expert discovery: | February 14, 2022 |") */
	while (n && (ascii_isspace((unsigned char)s[n - 1]) || s[n - 1] == '|'))
		n--;
	/* (and a note in parentheses after the date: "Appellant's Brief October 7,
	 * 2016 (not to exceed 14,000 words)") */
	if (n && s[n - 1] == ')') {
		size_t k = n - 1;
		while (k > 0 && s[k] != '(')
			k--;
		if (s[k] == '(' && k > 0 && n - k < 60)
			for (n = k; n && ascii_isspace((unsigned char)s[n - 1]); n--)
				;
	}
	if (n == 0 || n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ascii_tolower((unsigned char)s[i]);
	low[n] = '\0';
	static const char *const verbs[] = {"shall", "must", "will", "may", "is", "are", "be", "was",
					    "were", "should", "by", "before", "than", NULL};
	size_t words = 0;
	for (size_t i = 0; i < n; i++)
		if (ascii_isalpha((unsigned char)low[i]) && (i == 0 || !ascii_isalnum((unsigned char)low[i - 1]))) {
			words++;
			if (timex_phrase_at(low, i, "may") && low[i + 3] == ' ' && ascii_isdigit((unsigned char)low[i + 4]))
				continue; /* the month */
			for (int k = 0; verbs[k]; k++)
				if (timex_phrase_at(low, i, verbs[k]))
					return 0;
		}
	if (words > 16)
		return 0;
	size_t end = n;
	while (end && strchr(".;,", low[end - 1]))
		end--;
	if (end >= 11 && !strncmp(low + end - 11, "immediately", 11))
		return 1;
	/* a time of day at the end, after the date */
	for (size_t i = end > 12 ? end - 12 : 0; i < end; i++) {
		size_t e;
		if (timex_word_start(low, i) && ascii_isdigit((unsigned char)low[i]) && timex_time(low, i, &e) >= 0 && e == end) {
			end = i;
			while (end && (low[end - 1] == ' ' || low[end - 1] == ',' || low[end - 1] == '@'))
				end--;
			if (end >= 2 && !strncmp(low + end - 2, "at", 2))
				end -= 2;
			while (end && low[end - 1] == ' ')
				end--;
			break;
		}
	}
	for (size_t i = end > 30 ? end - 30 : 0; i < end; i++) {
		dl_day d;
		size_t e;
		if (timex_word_start(low, i) && timex_date(low, i, &d, &e) && e == end)
			return 1;
	}
	return 0;
}

/* Does the line end with a date (and perhaps a time of day)? */
static int ends_in_date(const char *s, size_t n)
{
	char low[64];
	while (n && (ascii_isspace((unsigned char)s[n - 1]) || strchr(".;,|", s[n - 1])))
		n--;
	/* a schedule's row due at once: "... who have not previously filed IMMEDIATELY" */
	if (n >= 12 && !strncmp(s + n - 11, "IMMEDIATELY", 11) && !ascii_isalpha((unsigned char)s[n - 12]))
		return 1;
	size_t from = n > 40 ? n - 40 : 0;
	size_t m = n - from;
	for (size_t i = 0; i < m; i++)
		low[i] = (char)ascii_tolower((unsigned char)s[from + i]);
	low[m] = '\0';
	/* a time at the end, after the date: step back over it */
	for (size_t i = m > 12 ? m - 12 : 0; i < m; i++) {
		size_t e;
		if (timex_word_start(low, i) && ascii_isdigit((unsigned char)low[i]) && timex_time(low, i, &e) >= 0 && e == m) {
			m = i;
			while (m && (low[m - 1] == ' ' || low[m - 1] == ','))
				m--;
			if (m >= 2 && !strncmp(low + m - 2, "at", 2))
				m -= 2;
			while (m && low[m - 1] == ' ')
				m--;
			low[m] = '\0';
			break;
		}
	}
	for (size_t i = 0; i < m; i++) {
		dl_day d;
		size_t e;
		if (timex_word_start(low, i) && timex_date(low, i, &d, &e) && e == m)
			return 1;
	}
	return 0;
}

/* Is the (row) line nothing but a date, perhaps with a time? */
static int date_only(const char *s, size_t n)
{
	char low[64];
	if (n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ascii_tolower((unsigned char)s[i]);
	low[n] = '\0';
	dl_day d;
	size_t e;
	return timex_date(low, 0, &d, &e) != 0;
}

/* Is s[0, n) a date (and perhaps a time of day) and a closing ':' and nothing
 * else ("June 16, 2015:", "June 23, 2015 @ 1:00 p.m.:")? */
static int date_then_colon(const char *s, size_t n)
{
	char low[64];
	if (n < 2 || n >= sizeof low || s[n - 1] != ':')
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ascii_tolower((unsigned char)s[i]);
	low[--n] = '\0';
	dl_day d;
	size_t e;
	if (timex_date(low, 0, &d, &e) != DATE_FOUND)
		return 0;
	while (e < n && (low[e] == ' ' || low[e] == '@' || low[e] == ','))
		e++;
	size_t t;
	if (e < n && timex_time(low, e, &t) >= 0)
		e = t;
	while (e < n && low[e] == ' ')
		e++;
	return e == n;
}

/* Does the line start with a list marker ("1.", "(a)", "A.", bullet)? */
static int list_marker(const char *s)
{
	while (*s == ' ')
		s++;
	if (*s == '\x01')
		return 1;
	/* a dash used as a bullet: "ORDERED as follows: -Motions are to be
	 * filed ...", "- Trial shall commence ..." */
	if (s[0] == '-' && (ascii_isupper((unsigned char)s[1]) || (s[1] == ' ' && ascii_isupper((unsigned char)s[2]))))
		return 1;
	if (ascii_isdigit((unsigned char)s[0])) {
		size_t k = 0;
		while (ascii_isdigit((unsigned char)s[k]) && k < 3)
			k++;
		return s[k] == '.' && s[k + 1] == ' ';
	}
	if (s[0] == '(' && ascii_isalnum((unsigned char)s[1])) {
		size_t k = 1;
		while (ascii_isalnum((unsigned char)s[k]) && k < 5)
			k++;
		return s[k] == ')' && s[k + 1] == ' ';
	}
	/* "A. " .. "H. ", "a. " .. "h. ": lettered items (later letters are more
	 * often initials) */
	return ((s[0] >= 'A' && s[0] <= 'H') || (s[0] >= 'a' && s[0] <= 'h')) && s[1] == '.' && s[2] == ' ';
}

/* Pleading paper numbers its lines 1 to 28 in the margin; a PDF's text often
 * runs them into the sentences ("... must also be 7 filed within 14 days").
 * Find such runs: standalone numbers counting up by one, each within a few
 * hundred bytes of the last, at least five in a row (so "within 14 days" is
 * left alone unless it happens to be the next line number in a run). Returns
 * their byte ranges, sorted, in *out (malloc'd); the count. */
struct range {
	size_t a, b;
};

static size_t line_numbers(const char *src, size_t len, struct range **out)
{
	struct range *v = NULL, *chain = NULL;
	size_t n = 0, cap = 0, nchain = 0, capchain = 0;
	long expect = 0;
	size_t last = 0;
	for (size_t i = 0; i < len; i++) {
		if (!ascii_isdigit((unsigned char)src[i]) || (i && !ascii_isspace((unsigned char)src[i - 1]) && src[i - 1] != '|'))
			continue;
		size_t e = i;
		long num = 0;
		while (e < len && ascii_isdigit((unsigned char)src[e]) && e - i < 3)
			num = num * 10 + (src[e++] - '0');
		if (e < len && !ascii_isspace((unsigned char)src[e]) && src[e] != '|')
			continue;
		if (num < 1 || num > 28) {
			i = e;
			continue;
		}
		int next = nchain && num == expect && i - last < 600;
		if (!next && num != 1) {
			i = e;
			continue;
		}
		if (!next) { /* a new run begins: keep the last one if it was long */
			if (nchain >= 5) {
				if (n + nchain > cap)
					v = xrealloc(v, (cap = 2 * (n + nchain)) * sizeof *v);
				memcpy(v + n, chain, nchain * sizeof *chain);
				n += nchain;
			}
			nchain = 0;
		}
		if (nchain == capchain)
			chain = xrealloc(chain, (capchain = capchain ? 2 * capchain : 32) * sizeof *chain);
		chain[nchain++] = (struct range){i, e};
		expect = num == 28 ? 1 : num + 1;
		last = e;
		i = e;
	}
	if (nchain >= 5) {
		if (n + nchain > cap)
			v = xrealloc(v, (cap = n + nchain) * sizeof *v);
		memcpy(v + n, chain, nchain * sizeof *chain);
		n += nchain;
	}
	free(chain);
	*out = v;
	return n;
}

static int abbreviation_before(const char *s, size_t start, size_t end);

/* Does the text so far end inside a parenthesis opened on its last line
 * (within 300 bytes): "October 05, 2017 (but not before Dispositive" /
 * blank lines / "Motions deadline)"? */
static int paren_open(const char *s, size_t n)
{
	int depth = 0;
	for (size_t i = n; i-- > 0 && n - i <= 300 && s[i] != '\n';)
		depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
	return depth > 0;
}

/* Does the line open with a period from an event ("30 days after disclosure
 * made by other party", "Two days prior to the pretrial conference"): a
 * schedule's cell, its label on the line before? */
static int period_opens(const char *s, size_t n)
{
	char low[64];
	size_t m = n < sizeof low - 1 ? n : sizeof low - 1;
	for (size_t i = 0; i < m; i++)
		low[i] = (char)ascii_tolower((unsigned char)s[i]);
	low[m] = '\0';
	long v;
	size_t e;
	if (!timex_number(low, 0, &v, &e) || low[e] != ' ')
		return 0;
	static const char *const units[] = {"days ", "day ", "weeks ", "months ", "business days ", "court days ", NULL};
	for (int i = 0; units[i]; i++) {
		size_t k = strlen(units[i]);
		if (!strncmp(low + e + 1, units[i], k))
			return !strncmp(low + e + 1 + k, "after", 5) || !strncmp(low + e + 1 + k, "before", 6) ||
			       !strncmp(low + e + 1 + k, "prior", 5) || !strncmp(low + e + 1 + k, "from", 4);
	}
	return 0;
}

void text_init(struct text *t, const char *src, size_t len)
{
	if (len > TEXT_MAX_BYTES)
		len = TEXT_MAX_BYTES; /* (orders are at most ORDER_MAX_BYTES: never here) */
	struct range *numbers;
	size_t nnumbers = line_numbers(src, len, &numbers), next_number = 0;
	struct out o = {{0}, NULL, 0, 0, SIZE_MAX};
	buf_init(&o.b);
	buf_reserve(&o.b, len + 1); /* the normalised text is never longer */
	int pending_space = 0, pending_par = 0, blank_before = 0, colon_before = 0, date_end = 0, date_heads_row = 0;
	size_t i = 0;
	while (i < len) {
		const char *nl = memchr(src + i, '\n', len - i);
		size_t eol = nl ? (size_t)(nl - src) : len;
		size_t line_start = i;
		if (furniture(src + i, eol - i)) {
			i = eol + 1;
			continue;
		}
		/* a blank line ends a paragraph; a list item starts one */
		int blank = 1;
		for (size_t k = i; k < eol && blank; k++)
			if (!ascii_isspace((unsigned char)src[k]))
				blank = 0;
		if (blank) {
			pending_par = o.b.len > 0;
			blank_before = 1;
			i = eol + 1;
			continue;
		}
		/* a blank line inside a sentence (PDF text): the next line goes on in
		 * lower case, after a line that did not end a sentence */
		{
			size_t f = i;
			while (f < eol && ascii_isspace((unsigned char)src[f]))
				f++;
			if (blank_before && pending_par && o.b.len && !strchr(".:;", o.b.data[o.b.len - 1]) &&
			    (ascii_islower((unsigned char)src[f]) || date_only(src + f, eol - f > 40 ? 40 : eol - f) ||
			     paren_open(o.b.data, o.b.len) || period_opens(src + f, eol - f)))
				pending_par = 0;
			/* "(pursuant to Fed.R.Civ.P." / blank lines / "26(a)(1) ...": a
			 * rule's abbreviation, not a sentence's end, before the figures
			 * that go on with it */
			if (blank_before && pending_par && o.b.len && o.b.data[o.b.len - 1] == '.' &&
			    ascii_isdigit((unsigned char)src[f]) && abbreviation_before(o.b.data, 0, o.b.len - 1))
				pending_par = 0;
			/* "Discovery cutoff date:" and the date on the next line */
			if (colon_before && pending_par && date_only(src + f, eol - f > 40 ? 40 : eol - f))
				pending_par = 0;
			if (date_end && !pending_par && o.b.len && (ascii_isupper((unsigned char)src[f]) || src[f] == '(' ||
								      (unsigned char)src[f] == 0xE2))
				pending_par = 1;
		}
		blank_before = colon_before = date_end = 0;
		/* fold the line into a scratch copy to test for a list marker */
		char head[8];
		size_t h = 0, k = i;
		while (k < eol && h < sizeof head - 1) {
			size_t n;
			char c = fold((const unsigned char *)src + k, len - k, &n);
			head[h++] = c ? c : 'x';
			k += n;
		}
		head[h] = '\0';
		if (list_marker(head) && o.b.len)
			pending_par = 1;
		/* "June 16, 2015:" on a line of its own heads the row below it (a
		 * schedule listed date first) */
		{
			size_t f = i, l = eol;
			while (f < eol && ascii_isspace((unsigned char)src[f]))
				f++;
			while (l > f && ascii_isspace((unsigned char)src[l - 1]))
				l--;
			date_heads_row = l > f && src[l - 1] == ':' && l - f <= 40 && date_then_colon(src + f, l - f);
			if (o.b.len && date_heads_row)
				pending_par = 1;
		}
		int blank_so_far = 1; /* only white space and backticks on this line yet */
		for (k = line_start; k < eol;) {
			size_t n;
			char c = fold((const unsigned char *)src + k, len - k, &n);
			while (next_number < nnumbers && numbers[next_number].b <= k)
				next_number++;
			if (next_number < nnumbers && numbers[next_number].a <= k) {
				c = ' '; /* a pleading-paper line number: white space */
				n = 1;
			}
			if (c == '\r' || c == '\t' || c == '\f' || c == '\v')
				c = ' ';
			/* a backtick opening a line or standing alone is a scan's mark,
			 * not text ("`will be held"); one before a word mid-line is an
			 * opening quote ("motion `calls into question'") */
			if (c == '`' && (k + 1 >= eol || ascii_isspace((unsigned char)src[k + 1]) || src[k + 1] == '`' ||
					 blank_so_far))
				c = ' ';
			else if (c != ' ')
				blank_so_far = 0;
			if (c == ' ') {
				pending_space = o.b.len > 0;
				k += n;
				continue;
			}
			/* a separator stands for the white space just before this
			 * character (so that the offsets run on unbroken) */
			if (pending_par && o.b.len) {
				put(&o, '\n', k ? k - 1 : 0);
				pending_space = pending_par = 0;
			} else if (pending_space) {
				put(&o, ' ', k ? k - 1 : 0);
				pending_space = 0;
			}
			/* "twenty*eight": a hyphen misread (OCR, a typist) between letters */
			if (c == '*' && o.b.len && ascii_isalpha((unsigned char)o.b.data[o.b.len - 1]) && !pending_space &&
			    k + 1 < eol && ascii_isalpha((unsigned char)src[k + 1]) &&
			    !(k + 3 < eol && src[k + 1] == 'f' && src[k + 2] == 'n' && ascii_isdigit((unsigned char)src[k + 3])))
				c = '-'; /* (not a footnote's mark: "counsel*fn1") */
			/* "Plaintiff(s)", "Defendant(s)": the plural */
			if (c == '(' && k + 2 < eol && src[k + 1] == 's' && src[k + 2] == ')' && o.b.len &&
			    ascii_isalpha((unsigned char)o.b.data[o.b.len - 1]) && !pending_space &&
			    (k + 3 >= eol || !ascii_isalnum((unsigned char)src[k + 3]))) {
				put(&o, 's', k + 1);
				k += 3;
				continue;
			}
			if (c)
				put(&o, c, k);
			else
				for (size_t j = 0; j < n; j++)
					put(&o, src[k + j], k + j);
			k += n;
		}
		pending_space = o.b.len > 0;
		/* a line of a schedule ("Discovery Deadline NOVEMBER 1, 2005") is a row
		 * of its own, not part of a paragraph */
		if (row_line(src + line_start, eol - line_start))
			pending_par = 1;
		/* a line ending with a date, before one that begins a new row or
		 * sentence, ends its row even with a verb in it ("Discovery completed
		 * by November 8, 2024" / "All motions in limine must be filed by ...") */
		date_end = ends_in_date(src + line_start, eol - line_start);
		i = eol + 1;
		/* a line that ends with ':' introduces what follows ("IT IS ORDERED:"),
		 * but a date's line heads its row ("June 16, 2015:" / "Deadline for
		 * disclosure of damages ...") */
		if (o.b.len && o.b.data[o.b.len - 1] == ':' && !date_heads_row)
			pending_par = colon_before = 1;
		/* one paragraph per line when lines are long (no hard wrapping) */
		if (eol - line_start > 200)
			pending_par = 1;
	}
	/* the end: text_orig(t, len) is the original's length */
	if (o.nruns == o.cap)
		o.runs = xrealloc(o.runs, (o.cap = o.cap ? 2 * o.cap : 1) * sizeof *o.runs);
	o.runs[o.nruns++] = (struct text_run){o.b.len, len};
	free(numbers);
	t->len = o.b.len;
	t->norm = buf_detach(&o.b);
	t->runs = o.runs;
	t->nruns = o.nruns;
	t->low = xstrdup(t->norm);
	t->upper = xcalloc(t->len / 8 + 1, 1);
	for (size_t j = 0; j < t->len; j++)
		if (ascii_isupper((unsigned char)t->low[j])) {
			t->upper[j >> 3] |= (uint8_t)(1u << (j & 7));
			t->low[j] = (char)ascii_tolower((unsigned char)t->low[j]);
		}
}

char *text_copy(const struct text *t, size_t a, size_t b)
{
	char *s = xstrndup(t->low + a, b - a);
	for (size_t i = a; i < b; i++)
		if (text_is_upper(t, i))
			s[i - a] = (char)ascii_toupper((unsigned char)s[i - a]);
	return s;
}

int text_is_at(const struct text *t, size_t i, const char *w, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)w[k];
		if (i + k >= t->len || t->low[i + k] != (char)ascii_tolower(c) || text_is_upper(t, i + k) != (ascii_isupper(c) != 0))
			return 0;
	}
	return 1;
}

void text_drop_norm(struct text *t)
{
	free(t->norm);
	t->norm = NULL;
}

void text_free(struct text *t)
{
	free(t->norm);
	free(t->low);
	free(t->upper);
	free(t->runs);
	memset(t, 0, sizeof *t);
}

static const char *const abbreviations[] = {
	"v", "vs", "no", "nos", "inc", "co", "corp", "ltd", "llc", "fed", "r", "civ", "p", "app",
	"crim", "evid", "bankr", "dkt", "doc", "docs", "ecf", "cir", "supp", "id", "cf", "e.g",
	"i.e", "al", "mr", "ms", "mrs", "dr", "jr", "sr", "st", "j", "jj", "esq", "dep't", "gp",
	"prod", "res", "tex", "mich", "cal", "ill", "fla", "ky", "ark", "conn", "del", "ga",
	"dist", "ct", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "para", "art", "sec", "ch", "pp", "pres", "serv", "hon", "univ", "hosp",
	"litig", "stat", "ann", "rev", "gov't", "code", "ord", "u.s", "u.s.c", "d.e", "f", "n.d",
	"s.d", "e.d", "w.d", "m.d", "c.d", "d", "ex", "exh", "approx", "cmt", "amend", "assoc",
	"bros", "dept", "div", "govt", "int'l", "nat'l", "tel", "mfg", "ins", "sch", "mem",
	"op", "ref", "ave", "blvd", "n", "s", "e", "w", "a.m", "p.m", "seq", "viz", NULL};

/* Is the word ending at 'end' (exclusive, before '.') an abbreviation? */
static int abbreviation_before(const char *s, size_t start, size_t end)
{
	size_t b = end;
	while (b > start && (ascii_isalpha((unsigned char)s[b - 1]) || s[b - 1] == '.' || s[b - 1] == '\''))
		b--;
	size_t n = end - b;
	if (n == 0 || n > 12)
		return 0;
	char w[16];
	for (size_t i = 0; i < n; i++)
		w[i] = (char)ascii_tolower((unsigned char)s[b + i]);
	w[n] = '\0';
	for (int i = 0; abbreviations[i]; i++)
		if (abbreviations[i][0] == w[0] && !strcmp(w, abbreviations[i]))
			return 1;
	/* dotted initialisms: u.s.c, d.e, fed.r.civ.p */
	if (n >= 3 && strchr(w, '.'))
		return 1;
	/* a single capital letter: an initial */
	if (n == 1 && ascii_isupper((unsigned char)s[b]))
		return 1;
	return 0;
}

/* Does low[a, b) announce rows that follow ("the following", "the indicated
 * dates", "as follows", "below")? */
static int announces_rows(const char *low, size_t a, size_t b)
{
	static const char *const words[] = {"following", "indicated", "follows", "below", NULL};
	for (int i = 0; words[i]; i++) {
		size_t n = strlen(words[i]);
		for (size_t k = a; k + n <= b; k++)
			if (!memcmp(low + k, words[i], n) && (k == a || !ascii_isalpha((unsigned char)low[k - 1])) &&
			    (k + n == b || !ascii_isalpha((unsigned char)low[k + n])))
				return 1;
	}
	return 0;
}

/* "See id. The court ORDERS ...": a citation to "id." ends its sentence when
 * a capitalised word follows (at 'next'); "id. at 5", "Id. § 154" go on. */
static int id_ends(const char *s, size_t start, size_t end, size_t next)
{
	if (end < start + 2 || strncasecmp(s + end - 2, "id", 2) || (end > start + 2 && ascii_isalpha((unsigned char)s[end - 3])))
		return 0;
	return ascii_isupper((unsigned char)s[next]) && ascii_isalpha((unsigned char)s[next + 1]);
}

/* "at 3:00 p.m. The deadline ...": a.m. or p.m. ends the sentence when a
 * capitalised word other than a time zone follows it (at 'next'). */
static int meridiem_ends(const char *s, size_t start, size_t end, size_t next)
{
	static const char *const zones[] = {"Eastern", "Central", "Mountain", "Pacific", "Alaska", "Hawaii",
					    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT",
					    "MT", "PT", "HST", "AKST", "AKDT", "Standard", "Daylight", "Local",
					    "Prevailing", "EST.", "CST.", NULL};
	if (end < start + 3 || (strncasecmp(s + end - 3, "a.m", 3) && strncasecmp(s + end - 3, "p.m", 3)))
		return 0;
	if (s[next] == '-' && ascii_isupper((unsigned char)s[next + 1]))
		return 1; /* the next item of a dashed list: "at 9:00 a.m. -As set forth" */
	if (!ascii_isupper((unsigned char)s[next]))
		return 0;
	size_t e = next;
	while (ascii_isalpha((unsigned char)s[e]))
		e++;
	for (int i = 0; zones[i]; i++)
		if (strlen(zones[i]) == e - next && !strncmp(s + next, zones[i], e - next))
			return 0;
	/* nor the day it is on: "at 9 a.m. MONDAY, NOVEMBER 4, 1996", "at 10:00
	 * a.m. June 5" */
	for (int i = 0; i < 19; i++) {
		const char *day = i < 7 ? weekday_name(i) : month_name(i - 6);
		if (strlen(day) == e - next && !strncasecmp(s + next, day, e - next))
			return 0;
	}
	return 1;
}

/* Is a parenthesis open at i that opened after the sentence's first
 * non-blank character (start)? */
static int paren_opened_inside(const char *s, size_t start, size_t i)
{
	while (start < i && s[start] == ' ')
		start++;
	int depth = 0;
	for (size_t k = i; k-- > start;) {
		if (s[k] == ')')
			depth++;
		else if (s[k] == '(' && depth-- == 0)
			return k > start;
	}
	return 0;
}

/* The offsets where a segment breaks inside a line, and why (1 a lettered
 * item, 2 a dated row): few in any text, so kept in a small open-addressed
 * table rather than a byte per character. */
struct breaks {
	size_t *at;          /* offset + 1 (0: an empty cell) */
	unsigned char *why;
	size_t n, cap;       /* (cap a power of two, at least twice n) */
};

static size_t *breaks_cell(const struct breaks *b, size_t pos)
{
	size_t mask = b->cap - 1;
	for (size_t h = (pos * 0x9E3779B97F4A7C15u) >> 7 & mask;; h = (h + 1) & mask)
		if (b->at[h] == pos + 1 || b->at[h] == 0)
			return &b->at[h];
}

static unsigned char breaks_get(const struct breaks *b, size_t pos)
{
	if (!b->cap)
		return 0;
	size_t *cell = breaks_cell(b, pos);
	return *cell ? b->why[cell - b->at] : 0;
}

static void breaks_set(struct breaks *b, size_t pos, unsigned char why)
{
	if (2 * (b->n + 1) > b->cap) {
		struct breaks old = *b;
		b->cap = old.cap ? 2 * old.cap : 64;
		b->at = xcalloc(b->cap, sizeof *b->at);
		b->why = xcalloc(b->cap, 1);
		b->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.at[i])
				breaks_set(b, old.at[i] - 1, old.why[i]);
		free(old.at);
		free(old.why);
	}
	size_t *cell = breaks_cell(b, pos);
	if (!*cell) {
		*cell = pos + 1;
		b->n++;
	}
	b->why[cell - b->at] = why; /* (0 leaves the cell, reading as no break) */
}

/* A lettered list run into one line, as a PDF or a scan gives it ("... by
 * the following dates: a. amended pleadings ... b. fact discovery closes
 * ... c. ..."): the offsets where its items begin get 1 in breaks. An item is " x. " with x the next letter; a run counts from a.
 * with at least three items in order, each within 600 bytes of the one
 * before, in one paragraph. */
static void inline_letters(const char *s, size_t len, struct breaks *breaks)
{
	for (size_t a = 1; a + 3 < len; a++) {
		/* (from one full stop to the next: an item's letter stands before one) */
		const char *dot = memchr(s + a + 1, '.', len - (a + 1));
		if (!dot)
			break;
		a = (size_t)(dot - s) - 1;
		if (a + 3 >= len)
			break;
		if (s[a] != 'a' || s[a - 1] != ' ' || s[a + 2] != ' ')
			continue;
		size_t at[26], k = 1;
		at[0] = a;
		for (size_t p = a + 3; p + 3 < len && k < 26 && p < at[k - 1] + 600 && s[p] != '\n'; p++)
			if (s[p] == (char)('a' + k) && s[p - 1] == ' ' && s[p + 1] == '.' && s[p + 2] == ' ')
				at[k++] = p;
		if (k < 3)
			continue;
		for (size_t i = 0; i < k; i++)
			breaks_set(breaks, at[i], 1);
		a = at[k - 1];
	}
}

/* Dated rows run into the line after a heading that announces them ("the
 * new, further amended deadlines are as follows: Discovery completed July 1,
 * 2015 Plaintiff's expert designation August 17, 2015 ..."): each row begins
 * where a full date is followed by a capitalised word; they get 2 in breaks there
 * and after the heading's colon. */
static void inline_rows(const struct text *t, struct breaks *breaks)
{
	const char *s = t->norm, *low = t->low;
	for (size_t c = 0; c < t->len; c++) {
		const char *colon = memchr(s + c, ':', t->len - c);
		if (!colon)
			break;
		c = (size_t)(colon - s);
		if (s[c + 1] != ' ' && s[c + 1] != '\n')
			continue;
		/* (the heading's own words, not the whole paragraph: a long line of
		 * PDF text has many colons) */
		size_t from = c > 300 ? c - 300 : 0;
		for (size_t q = c; q-- > from;)
			if (s[q] == '\n') {
				from = q + 1;
				break;
			}
		if (!announces_rows(low, from, c))
			continue;
		/* (the rows on the heading's line, or on the line below it) */
		size_t rows = 0, first = c + 2;
		for (size_t p = c + 2; p < t->len && s[p] != '\n'; p++) {
			dl_day d;
			size_t e;
			if (!timex_word_start(low, p) || !ascii_isalpha((unsigned char)s[p]) ||
			    timex_date(low, p, &d, &e) != DATE_FOUND)
				continue;
			/* (past a note in parentheses: "October 7, 2016 (not to exceed
			 * 14,000 words) Appellees' Brief(s) ...") */
			size_t after = e;
			if (s[e] == ' ' && s[e + 1] == '(') {
				const char *close = memchr(s + e, ')', t->len - e < 80 ? t->len - e : 80);
				if (close)
					after = (size_t)(close - s) + 1;
			}
			if (s[after] == ' ' && ascii_isupper((unsigned char)s[after + 1]) && !breaks_get(breaks, after + 1)) {
				breaks_set(breaks, after + 1, 2);
				rows++;
			}
			p = e;
		}
		if (rows >= 2 && s[c + 1] == ' ')
			breaks_set(breaks, first, 2);
		else if (rows < 2)
			for (size_t p = c + 2; p < t->len && s[p] != '\n'; p++)
				if (breaks_get(breaks, p) == 2)
					breaks_set(breaks, p, 0);
	}
}

/* The breaks found, in order of offset, for the one pass that splits the text. */
struct break_at {
	size_t pos;
	unsigned char why;
};

static int break_order(const void *x, const void *y)
{
	const struct break_at *a = x, *b = y;
	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

static struct break_at *breaks_sorted(const struct breaks *b, size_t *n)
{
	struct break_at *v = xmalloc((b->n ? b->n : 1) * sizeof *v);
	*n = 0;
	for (size_t i = 0; i < b->cap; i++)
		if (b->at[i] && b->why[i])
			v[(*n)++] = (struct break_at){b->at[i] - 1, b->why[i]};
	qsort(v, *n, sizeof *v, break_order);
	return v;
}

/* The break at pos, or 0: *cur moves on through v as pos grows. */
static unsigned char break_next(const struct break_at *v, size_t n, size_t *cur, size_t pos)
{
	while (*cur < n && v[*cur].pos < pos)
		(*cur)++;
	return *cur < n && v[*cur].pos == pos ? v[*cur].why : 0;
}

/* The break at pos, or 0, wherever pos is. */
static unsigned char break_find(const struct break_at *v, size_t n, size_t pos)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].pos < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].pos == pos ? v[lo].why : 0;
}

/* Cells of a schedule run into one line, each a label, a colon and a date
 * ("Discovery Cut-Off: 4/23/10 Cross-Dispositive Motion Filing Deadline:
 * 6/14/10 Opposition ... Deadline: 6/28/10"): where two or more such cells
 * share a line, each after the first begins a row (2 in breaks), at the
 * capitalised word after the date before it (and its time, if any). */
static void inline_cells(const struct text *t, struct breaks *breaks)
{
	const char *s = t->norm, *low = t->low;
	size_t line = 0;
	while (line < t->len) {
		const char *nl = memchr(s + line, '\n', t->len - line);
		size_t eol = nl ? (size_t)(nl - s) : t->len;
		size_t ends[16], n = 0;
		for (size_t c = line; c < eol && n < 16; c++) {
			const char *colon = memchr(s + c, ':', eol - c);
			if (!colon)
				break;
			c = (size_t)(colon - s);
			dl_day d;
			size_t e;
			if (c + 2 >= eol || s[c + 1] != ' ' || timex_date(low, c + 2, &d, &e) != DATE_FOUND || e > eol)
				continue;
			size_t te;
			if (e + 1 < eol && s[e] == ' ' && ascii_isdigit((unsigned char)s[e + 1]) && timex_time(low, e + 1, &te) >= 0 &&
			    te <= eol)
				e = te; /* ("7/27/10 9:00 Ctrm. 3") */
			ends[n++] = e;
			c = e;
		}
		for (size_t k = 0; n >= 2 && k + 1 < n; k++)
			if (s[ends[k]] == ' ' && ascii_isupper((unsigned char)s[ends[k] + 1]) && !breaks_get(breaks, ends[k] + 1))
				breaks_set(breaks, ends[k] + 1, 2);
		line = eol + 1;
	}
}

size_t text_segments(const struct text *t, struct segment **out)
{
	const char *s = t->norm;
	size_t cap = 64, n = 0, start = 0;
	int header = 0;
	struct breaks breaks = {0};
	inline_letters(s, t->len, &breaks);
	inline_rows(t, &breaks);
	inline_cells(t, &breaks);
	size_t nbreaks, next_break = 0;
	struct break_at *found = breaks_sorted(&breaks, &nbreaks);
	free(breaks.at);
	free(breaks.why);
	*out = xmalloc(cap * sizeof **out);
	for (size_t i = 0; i <= t->len; i++) {
		/* (on to the next byte that can end a segment: a stop, a line's
		 * end, the text's end, or the space before a break) */
		size_t to = i + strcspn(s + i, "\n.?!;:");
		while (next_break < nbreaks && found[next_break].pos <= i)
			next_break++;
		if (next_break < nbreaks && found[next_break].pos - 1 < to)
			to = found[next_break].pos - 1;
		i = to;
		int end_here = 0, next = i + 1;
		char c = s[i];
		if (c == '\0' || c == '\n') {
			end_here = 1;
			next = (int)i + 1;
		} else if (c == ' ' && i > start && break_next(found, nbreaks, &next_break, i + 1)) {
			end_here = 1; /* before an item of a lettered list run into the line */
			next = (int)i + 1;
		} else if (c == '.' || c == '?' || c == '!' || c == ';' || c == ':') {
			size_t j = i + 1;
			while (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']')
				j++;
			if (c == ';' && s[j] == ' ') {
				end_here = 1; /* clauses of a list or docket text */
				next = (int)j;
			} else if (s[j] == ' ' && (ascii_isupper((unsigned char)s[j + 1]) || ascii_isdigit((unsigned char)s[j + 1]) ||
					    s[j + 1] == '"' || s[j + 1] == '(' || s[j + 1] == '\x01' ||
					    s[j + 1] == '[' || (s[j + 1] == '-' && ascii_isupper((unsigned char)s[j + 2])))) {
				end_here = 1;
				if (c == '.' && abbreviation_before(s, start, i) && !meridiem_ends(s, start, i, j + 1) &&
				    !id_ends(s, start, i, j + 1))
					end_here = 0;
				/* a full stop that closes a parenthesis opened inside the
				 * sentence ("Initial Expert Designation (¶ 4 a.) March 31,
				 * 2011") ends the parenthesis, not the sentence */
				if (c == '.' && s[i + 1] == ')' && paren_opened_inside(s, start, i))
					end_here = 0;
				/* the dot of a list marker ("1. ", "A. ") at the start of a segment */
				size_t k = start;
				while (k < i && s[k] == ' ')
					k++;
				if (c == '.' && i > k && i - k <= 3 && list_marker(s + k))
					end_here = 0;
				/* ':' splits only before a list marker, an ORDERED-style header,
				 * or the first row of a schedule the sentence announces ("the
				 * following documents by the indicated dates: 12/5/03 Docketing
				 * statement."; not "Due Date: 3/31/2025") */
				dl_day day;
				size_t de;
				if (c == ':' && !list_marker(s + j + 1) &&
				    !(ascii_isdigit((unsigned char)s[j + 1]) && timex_date(t->low, j + 1, &day, &de) &&
				      announces_rows(t->low, start, i)))
					end_here = 0;
				/* "on or before\nOctober 30, 2014;" keeps ';' inside a list item */
				next = (int)j;
			} else if (c == '.' && i >= 3 && ascii_islower((unsigned char)s[i - 1]) && ascii_islower((unsigned char)s[i - 2]) &&
				   ascii_islower((unsigned char)s[i - 3]) && ascii_isupper((unsigned char)s[j]) &&
				   ascii_islower((unsigned char)s[j + 1]) && !abbreviation_before(s, start, i)) {
				/* a space lost after the full stop: "complete both forms.Within seven" */
				end_here = 1;
				next = (int)j;
			} else if (c == '.' && i > start && (ascii_isalpha((unsigned char)s[i - 1]) || s[i - 1] == ')') &&
				   ascii_isdigit((unsigned char)s[j]) &&
				   (s[j + 1] == ' ' || (ascii_isdigit((unsigned char)s[j + 1]) && s[j + 2] == ' ')) &&
				   ascii_isupper((unsigned char)s[j + (s[j + 1] == ' ' ? 2 : 3)]) && !abbreviation_before(s, start, i)) {
				/* a footnote's number after the full stop: "on the OSC.2 If a
				 * hearing is requested, ..." (the number is left out) */
				end_here = 1;
				next = (int)j + (s[j + 1] == ' ' ? 1 : 2);
			} else if (c == '.' && i >= 4 && ascii_isdigit((unsigned char)s[i - 1]) && ascii_isdigit((unsigned char)s[i - 4]) &&
				   (ascii_isupper((unsigned char)s[j]) || (ascii_isdigit((unsigned char)s[j]) && s[j + 1] == '.'))) {
				/* docket text run together: "due 12/28/2009.Statement ...",
				 * "June 14, 2024.6. Plaintiffs motion ..." */
				end_here = 1;
				next = (int)j;
			}
		}
		if (!end_here)
			continue;
		/* the sentence keeps its closing quotation marks and brackets */
		size_t b = (size_t)i + (c && c != '\n' ? 1 : 0), a = start;
		while (c && c != '\n' && (s[b] == '"' || s[b] == '\'' || s[b] == ')' || s[b] == ']'))
			b++;
		while (a < b && s[a] == ' ')
			a++;
		/* strip a list marker ("and (2) file ..." too; a bullet) */
		int item = 0;
		if ((!strncmp(s + a, "and ", 4) && list_marker(s + a + 4)) || (!strncmp(s + a, "or ", 3) && list_marker(s + a + 3)))
			a += s[a] == 'a' ? 4 : 3;
		if (break_find(found, nbreaks, a) == 1) { /* "b. fact discovery closes ...", run into the line */
			item = 1;
			a += 3;
		} else if (list_marker(s + a)) {
			item = 1;
			if (s[a] == '\x01' || s[a] == '-')
				a++;
			else
				while (a < b && s[a] != ' ')
					a++;
			while (a < b && s[a] == ' ')
				a++;
		}
		while (b > a && s[b - 1] == ' ')
			b--;
		if (b > a) {
			if (n == cap)
				*out = xrealloc(*out, (cap *= 2) * sizeof **out);
			(*out)[n++] = (struct segment){(uint32_t)a, (uint32_t)b, (uint8_t)item, (uint8_t)header};
			header = s[b - 1] == ':' ? 1 : (c == '\n' && !item ? 0 : header);
			if (s[b - 1] == ':')
				header = 1;
		}
		start = (size_t)next;
		if (c == '\0')
			break;
	}
	free(found);
	return n;
}
