/*
 * text.c: normalisation of order text (see text.h): typographic folding,
 * page furniture, pleading-paper line numbers, soft line breaks joined; the
 * normalised text kept once in lower case with its case bits. Splitting it
 * into segments is segment.c's.
 */
#include "text.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "split-words.h"
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

/* Drop the characters at the offsets at[0..n) (ascending) from o's text,
 * keeping every other character's offset in the original. */
static void drop_chars(struct out *o, const size_t *at, size_t n)
{
	struct out d = {{0}, NULL, 0, 0, SIZE_MAX};
	buf_init(&d.b);
	buf_reserve(&d.b, o->b.len + 1);
	size_t r = 0, k = 0;
	for (size_t i = 0; i < o->b.len; i++) {
		while (r + 1 < o->nruns && o->runs[r + 1].norm <= i)
			r++;
		if (k < n && at[k] == i) {
			k++;
			continue;
		}
		put(&d, o->b.data[i], o->runs[r].orig + (i - o->runs[r].norm));
	}
	free(o->runs);
	buf_free(&o->b);
	*o = d;
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
	/* (a brace is a bracket mistyped: "(Time excluded ... 9/9/2013} Pretrial ...") */
	if (p[0] == '{' || p[0] == '}')
		return p[0] == '{' ? '(' : ')';
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
					     "Visitors:", "Dockets.Justia.com", NULL};
	for (int i = 0; starts[i]; i++)
		if (n >= strlen(starts[i]) && !strncmp(s, starts[i], strlen(starts[i])))
			return 1;
	/* a CM/ECF page stamp: "Case 2:16-cv-00435 Document 35 Filed 05/19/17 Page 2 of 3",
	 * "Case: 5:14-cv-02331-JRA Doc #: 29 Filed: 01/28/15 2 of 6. PageID #: 151" */
	/* (a line of its own: a page's whole text run into one line after the
	 * stamp is not furniture) */
	if (n >= 8 && n <= 200 && !strncmp(s, "Case", 4) && (s[4] == ' ' || s[4] == ':')) {
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
	/* a state e-filing system's page stamp, each field a line of its own,
	 * which a PDF's text puts inside the page's sentence ("DATE FILED: April
	 * 7, 2023 9:41 AM", "CASE NUMBER: 2023CV30130", "FILING ID: 5F8...") */
	static const char *const efiling[] = {"DATE FILED: ", "CASE NUMBER: ", "FILING ID: ", NULL};
	for (int i = 0; efiling[i]; i++) {
		size_t k = strlen(efiling[i]);
		if (n > k && n < 48 && !strncmp(s, efiling[i], k)) {
			size_t words = 1;
			for (size_t j = k; j < n; j++)
				words += s[j] == ' ';
			if (words <= 6) /* (the field's value only: a date and time, a number) */
				return 1;
		}
	}
	return 0;
}

/* The length of a court of appeals' page stamp that starts at s inside a line
 * ("Appellate Case: 13-702 Document: 01019047521 Date Filed: 05/03/2013
 * Page: 2", "USCA11 Case: 24-10280 Document: 10-1 Date Filed: 03/20/2024
 * Page: 1 of 2"), which a PDF's text runs into the page's first sentence;
 * 0 when none starts there. (A stamp on a line of its own is furniture().) */
static size_t appellate_stamp(const char *s, size_t n)
{
	size_t k = 0;
	if (n > 16 && !strncmp(s, "Appellate Case: ", 16))
		k = 16;
	else if (n > 12 && !strncmp(s, "USCA", 4)) {
		k = 4;
		while (k < n && ascii_isdigit((unsigned char)s[k]))
			k++;
		if (k == 4 || k + 7 > n || strncmp(s + k, " Case: ", 7))
			return 0;
		k += 7;
	} else
		return 0;
	/* the stamp's fields, then "Page: N" or "Page: N of M", within 160 bytes */
	size_t end = n < k + 160 ? n : k + 160;
	const char *doc = memmem(s + k, end - k, "Document: ", 10);
	const char *page = memmem(s + k, end - k, "Page: ", 6);
	if (!doc || !page || page < doc || !memmem(s + k, (size_t)(page - s) - k, "Filed: ", 7))
		return 0;
	size_t p = (size_t)(page - s) + 6, digits = 0;
	while (p < n && ascii_isdigit((unsigned char)s[p]))
		p++, digits++;
	if (!digits)
		return 0;
	if (p + 4 < n && !strncmp(s + p, " of ", 4) && ascii_isdigit((unsigned char)s[p + 4])) {
		p += 4;
		while (p < n && ascii_isdigit((unsigned char)s[p]))
			p++;
	}
	return p;
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
	/* a time of day at the end, after the date (its "p.m." keeps the full
	 * stop the line's end gave up) */
	for (size_t i = end > 12 ? end - 12 : 0; i < end; i++) {
		size_t e;
		if (timex_word_start(low, i) && ascii_isdigit((unsigned char)low[i]) && timex_time(low, i, &e) >= 0 &&
		    (e == end || (e == end + 1 && low[end] == '.'))) {
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

/* Is the line s[0, n) a date alone, perhaps with a time of day and
 * punctuation ("JANUARY 15, 2016", "July 21, 2016 at 10:00 A.M.")? */
static int date_alone(const char *s, size_t n)
{
	char low[64];
	while (n && (ascii_isspace((unsigned char)s[n - 1]) || strchr(".;,:", s[n - 1])))
		n--;
	if (n == 0 || n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ascii_tolower((unsigned char)s[i]);
	low[n] = '\0';
	dl_day d;
	size_t e, t;
	if (timex_date(low, 0, &d, &e) != DATE_FOUND)
		return 0;
	while (e < n && (low[e] == ' ' || low[e] == ',' || low[e] == '@'))
		e++;
	if (e + 2 < n && !strncmp(low + e, "at ", 3))
		e += 3;
	if (e < n && timex_time(low, e, &t) >= 0)
		e = t;
	return e == n;
}

/* Does the text so far end with a word in capitals or with a capital
 * initial ("DEADLINES", "Join Additional Parties"): a heading or a row's
 * label, which a date on the line after does not go on? */
static int after_title_word(const char *s, size_t n)
{
	/* (not a word a date goes on from: "ON OR BEFORE\n\nOCTOBER 13, 2014") */
	static const char *const leads[] = {"on", "by", "before", "after", "until", "than", "of", "to", "and",
					    "or", "for", "at", "from", "through", "dated", NULL};
	size_t w = n;
	while (w > 0 && ascii_isalpha((unsigned char)s[w - 1]))
		w--;
	if (w == n || !ascii_isupper((unsigned char)s[w]) || n - w > 12)
		return w < n && ascii_isupper((unsigned char)s[w]);
	char word[13];
	for (size_t i = w; i < n; i++)
		word[i - w] = (char)ascii_tolower((unsigned char)s[i]);
	word[n - w] = '\0';
	for (int i = 0; leads[i]; i++)
		if (!strcmp(word, leads[i]))
			return 0;
	return 1;
}

/* Does the text so far end with a lower-case word a sentence cannot end
 * with ("... set for Trial before the", "will be held on"): what follows a
 * blank line after it goes on with it (double-spaced PDF text)? */
static int ends_mid_phrase(const char *s, size_t n)
{
	static const char *const words[] = {"the", "a", "an", "of", "to", "for", "on", "at", "by", "before", "and",
					    "or", "with", "in", "during", "from", "upon", "until", "than", "through",
					    "between", "under", NULL};
	size_t w = n;
	while (w > 0 && ascii_islower((unsigned char)s[w - 1]))
		w--;
	if (w == n || n - w > 7 || (w > 0 && ascii_isalpha((unsigned char)s[w - 1])))
		return 0;
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n - w && !memcmp(s + w, words[i], n - w))
			return 1;
	return 0;
}

/* Is the space between out[0, len) and next[0, left) one a scan put inside
 * a time ("08: 30 AM": a colon after a digit, then two digits) or a date
 * ("2/ 26/2018": a slash after a digit, then one or two digits and a slash;
 * "June 9, 201 4": a year's last digit cut off after ", 19" or ", 20")? */
static int scan_split(const char *out, size_t len, const char *next, size_t left)
{
	if (len < 2 || !ascii_isdigit((unsigned char)out[len - 2]) || left < 3)
		return 0;
	size_t d = 0;
	while (d < left && ascii_isdigit((unsigned char)next[d]))
		d++;
	if (len >= 6 && d == 1 && !memcmp(out + len - 5, ", ", 2) &&
	    (!memcmp(out + len - 3, "19", 2) || !memcmp(out + len - 3, "20", 2)) &&
	    ascii_isdigit((unsigned char)out[len - 1]) && ascii_isdigit((unsigned char)out[len - 6]))
		return 1;
	if (out[len - 1] == ':')
		return d == 2;
	return out[len - 1] == '/' && d >= 1 && d <= 2 && d < left && next[d] == '/';
}

/* Does the (row) line begin with a date? */
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

/* The length of a date (and perhaps a time of day) and a ':' that open
 * s[0, n) ("June 16, 2015:", "June 23, 2015 @ 1:00 p.m.:", "March 11, 2024:
 * Plaintiff's expert disclosures"), or 0. */
static size_t date_colon_prefix(const char *s, size_t n)
{
	char low[64];
	if (n > sizeof low - 1)
		n = sizeof low - 1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ascii_tolower((unsigned char)s[i]);
	low[n] = '\0';
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
	return e < n && low[e] == ':' ? e + 1 : 0;
}

/* Is s[0, n) a date (and perhaps a time of day) and a closing ':' and nothing
 * else ("June 16, 2015:")? */
static int date_then_colon(const char *s, size_t n)
{
	return n < 64 && n >= 2 && date_colon_prefix(s, n) == n;
}

/* Does the line start with a list marker ("1.", "(a)", "A.", bullet)? */
int text_list_marker(const char *s)
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
	/* "i. " .. "xii. ": items numbered in small roman numerals */
	static const char *const romans[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", NULL};
	for (int r = 0; romans[r]; r++) {
		size_t n = strlen(romans[r]);
		if (!strncmp(s, romans[r], n) && s[n] == '.' && s[n + 1] == ' ')
			return 1;
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

/* Does a line that opens with "(30) " give the figures of the number word
 * that ends the text before it ("within thirty\n(30) days"), not a list's
 * marker? */
static int figures_after_words(const char *before, size_t n, const char *line)
{
	if (line[0] != '(' || !ascii_isdigit((unsigned char)line[1]))
		return 0;
	while (n > 0 && ascii_isspace((unsigned char)before[n - 1]))
		n--;
	size_t w = n;
	while (w > 0 && n - w < 23 && (ascii_isalpha((unsigned char)before[w - 1]) || before[w - 1] == '-'))
		w--;
	char word[24];
	for (size_t i = w; i < n; i++)
		word[i - w] = (char)ascii_tolower((unsigned char)before[i]);
	word[n - w] = '\0';
	long value;
	size_t end;
	/* (the reader's own number words: timex_number) */
	return n > w && timex_number(word, 0, &value, &end) && end == n - w;
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
	int pending_space = 0, pending_par = 0, blank_before = 0, colon_before = 0, date_end = 0, date_heads_row = 0,
	    date_row = 0, join_cell = 0;
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
		/* a bullet on a line of its own, as a PDF's symbol font gives it
		 * ("!", "*", a private-use glyph, "\u2022"): the next line begins an item */
		{
			size_t f = i, l = eol;
			while (f < eol && ascii_isspace((unsigned char)src[f]))
				f++;
			while (l > f && ascii_isspace((unsigned char)src[l - 1]))
				l--;
			const unsigned char *u = (const unsigned char *)src + f;
			if ((l == f + 1 && (src[f] == '!' || src[f] == '*')) ||
			    (l == f + 3 && (u[0] == 0xEF && u[1] >= 0x80 && u[1] <= 0x83)) ||
			    (l == f + 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xA2)) {
				pending_par = o.b.len > 0;
				i = eol + 1;
				continue;
			}
		}
		/* a ruled table flattened one cell to a line ("Fact Discovery
		 * Cut-Off:" / "|" / "March 17, 2017" / "|" / "Expert Witness
		 * Disclosures:"): a rule between a label and the date under it
		 * joins them in one row; a rule after the date ends the row */
		{
			size_t f = i, l = eol;
			while (f < eol && ascii_isspace((unsigned char)src[f]))
				f++;
			while (l > f && ascii_isspace((unsigned char)src[l - 1]))
				l--;
			if (l == f + 1 && src[f] == '|') {
				size_t g = eol + 1;
				while (g < len && ascii_isspace((unsigned char)src[g]))
					g++;
				const char *gl = g < len ? memchr(src + g, '\n', len - g) : NULL;
				size_t ge = gl ? (size_t)(gl - src) : len;
				if (o.b.len && !date_end && g < len && date_only(src + g, ge - g > 40 ? 40 : ge - g)) {
					put(&o, ' ', f ? f - 1 : 0);
					put(&o, '|', f);
					pending_space = 1;
					pending_par = colon_before = 0;
					join_cell = 1;
				} else {
					pending_par = o.b.len > 0;
				}
				blank_before = 0;
				i = eol + 1;
				continue;
			}
		}
		/* a blank line inside a sentence (PDF text): the next line goes on in
		 * lower case, after a line that did not end a sentence */
		{
			size_t f = i;
			while (f < eol && ascii_isspace((unsigned char)src[f]))
				f++;
			if (blank_before && pending_par && o.b.len && !strchr(".:;", o.b.data[o.b.len - 1]) &&
			    (ascii_islower((unsigned char)src[f]) ||
			     (date_only(src + f, eol - f > 40 ? 40 : eol - f) &&
			      (!after_title_word(o.b.data, o.b.len) || date_alone(src + f, eol - f))) ||
			     paren_open(o.b.data, o.b.len) || period_opens(src + f, eol - f) ||
			     ends_mid_phrase(o.b.data, o.b.len)))
				pending_par = 0;
			/* "(pursuant to Fed.R.Civ.P." / blank lines / "26(a)(1) ...": a
			 * rule's abbreviation, not a sentence's end, before the figures
			 * that go on with it */
			if (blank_before && pending_par && o.b.len && o.b.data[o.b.len - 1] == '.' &&
			    ascii_isdigit((unsigned char)src[f]) && text_abbreviation_before(o.b.data, 0, o.b.len - 1))
				pending_par = 0;
			/* "Discovery cutoff date:" and the date on the next line */
			if (colon_before && pending_par && date_only(src + f, eol - f > 40 ? 40 : eol - f))
				pending_par = 0;
			if ((date_end || date_row) && !pending_par && o.b.len &&
			    (ascii_isupper((unsigned char)src[f]) || src[f] == '(' || (unsigned char)src[f] == 0xE2))
				pending_par = 1;
		}
		blank_before = colon_before = date_end = date_row = 0;
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
		if (text_list_marker(head) && o.b.len && !figures_after_words(o.b.data, o.b.len, head))
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
			/* (and "March 11, 2024: Plaintiff's expert disclosures" is a row
			 * of its own, date first, which a line in capitals after it ends) */
			date_row = !date_heads_row && l > f && date_colon_prefix(src + f, l - f) > 0;
			if (o.b.len && (date_heads_row || date_row))
				pending_par = 1;
		}
		if (join_cell)
			pending_par = join_cell = 0;
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
			/* a space a scan put inside a time or a date, after its colon or
			 * slash ("08: 30 AM", "2/ 26/2018") */
			if (c == ' ' && !pending_space && scan_split(o.b.data, o.b.len, src + k + 1, eol - (k + 1))) {
				k += n;
				continue;
			}
			if (c == ' ') {
				pending_space = o.b.len > 0;
				k += n;
				continue;
			}
			if (c == 'A' || c == 'U') {
				size_t stamp = appellate_stamp(src + k, eol - k);
				if (stamp) {
					pending_space = o.b.len > 0;
					k += stamp;
					continue;
				}
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
			/* a dot leader between a schedule's label and its date ("Discovery
			 * cutoff . . . . . . 30 January 2015", "Trial ........ June 5"):
			 * the label's colon */
			if (c == '.') {
				size_t p = k, dots = 0;
				while (p < eol && (src[p] == '.' || (src[p] == ' ' && p + 1 < eol && src[p + 1] == '.')))
					dots += src[p++] == '.';
				if (dots >= 4) {
					put(&o, ':', k);
					pending_space = 1;
					k = p;
					continue;
				}
			}
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
	/* words a text layer split ("Pla intiff") joined again */
	size_t *split;
	size_t nsplit = split_words_find(o.b.data, o.b.len, &split);
	if (nsplit)
		drop_chars(&o, split, nsplit);
	free(split);
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
int text_abbreviation_before(const char *s, size_t start, size_t end)
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
	/* a clock's "a. m." spaced out: its "a." after the hour, its "m." after that */
	if (n == 1 && (w[0] == 'a' || w[0] == 'p') && b >= start + 2 && s[b - 1] == ' ' &&
	    ascii_isdigit((unsigned char)s[b - 2]))
		return 1;
	if (n == 1 && w[0] == 'm' && b >= start + 3 && s[b - 1] == ' ' && s[b - 2] == '.' &&
	    (ascii_tolower((unsigned char)s[b - 3]) == 'a' || ascii_tolower((unsigned char)s[b - 3]) == 'p'))
		return 1;
	/* a single capital letter: an initial */
	if (n == 1 && ascii_isupper((unsigned char)s[b]))
		return 1;
	return 0;
}
