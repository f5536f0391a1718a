/*
 * segment.c: the normalised text split into segments (see text.h): sentences,
 * clauses after ';', list items, and the rows of a schedule run into one line.
 * Sentence ends are '.', '?', '!' and ';' followed by white space and an
 * upper-case letter, digit, quote or bracket, except after abbreviations
 * common in orders (v., No., Inc., U.S.C., Fed. R. Civ. P., initials...:
 * text_abbreviation_before).
 */
#include "text.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "timex.h"
#include "util.h"

/* Does low[a, b) announce rows that follow ("the following", "the indicated
 * dates", "as follows", "below")? */
static int announces_rows(const char *low, size_t a, size_t b)
{
	static const char *const words[] = {"following", "indicated", "follows", "below", NULL};
	/* (one pass over the words' starts: this runs on every line a colon ends) */
	for (size_t k = a; k < b; k++) {
		char c = low[k];
		if ((c != 'f' && c != 'i' && c != 'b') || (k > a && ascii_isalpha((unsigned char)low[k - 1])))
			continue;
		for (int i = 0; words[i]; i++) {
			size_t n = strlen(words[i]);
			if (words[i][0] == c && k + n <= b && !memcmp(low + k, words[i], n) &&
			    (k + n == b || !ascii_isalpha((unsigned char)low[k + n])))
				return 1;
		}
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

/* Does the full stop at 'end' close a firm's name and its sentence ("by
 * Volvo Construction Equipment North America LLC. Responses due by
 * 5/12/2014")? Only when the next word is capitalised and the one after it
 * is not: a name goes on in capitals ("Acme Corp. Retirement Plan", "Smith &
 * Co. LLP"), a sentence goes on in lower case. */
static int firm_ends(const char *s, size_t start, size_t end, size_t next)
{
	static const char *const firms[] = {"inc", "llc", "corp", "ltd", "co", "llp", NULL};
	size_t b = end;
	while (b > start && ascii_isalpha((unsigned char)s[b - 1]))
		b--;
	if (b > start && s[b - 1] != ' ' && s[b - 1] != ',')
		return 0;
	int firm = 0;
	for (int i = 0; firms[i] && !firm; i++)
		firm = strlen(firms[i]) == end - b && !strncasecmp(s + b, firms[i], end - b);
	if (!firm || !ascii_isupper((unsigned char)s[next]))
		return 0;
	size_t e = next + 1;
	while (ascii_islower((unsigned char)s[e]))
		e++;
	return e > next + 1 && s[e] == ' ' && ascii_islower((unsigned char)s[e + 1]);
}

/* Does the full stop at 'end' close a dotted citation and its sentence
 * ("... under section 13-21-111.6, C.R.S. The respondents are directed
 * ...")? Only when the next word is one that opens a sentence and never
 * goes on a name ("The", "This", "It"; not "U.S. District Court"). */
static int citation_ends(const char *s, size_t start, size_t end, size_t next)
{
	static const char *const openers[] = {"The ", "This ", "These ", "It ", "IT ", "Accordingly", "Therefore",
					      "THEREFORE", "Plaintiff ", "Defendant ", NULL};
	size_t b = end;
	while (b > start && (ascii_isalpha((unsigned char)s[b - 1]) || s[b - 1] == '.'))
		b--;
	if (end - b < 3 || !memchr(s + b, '.', end - b))
		return 0;
	for (int i = 0; openers[i]; i++)
		if (!strncmp(s + next, openers[i], strlen(openers[i])))
			return 1;
	return 0;
}

/* Does the capitalised word s[w, e) after a time of day say when or where
 * the event is (a time zone, a day, a month; with rooms: a courtroom, a
 * judge), not begin a sentence of its own? */
static int names_when_or_where(const char *s, size_t w, size_t e, int rooms)
{
	static const char *const zones[] = {"Eastern", "Central", "Mountain", "Pacific", "Alaska", "Hawaii",
					    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT",
					    "MT", "PT", "HST", "AKST", "AKDT", "Standard", "Daylight", "Local",
					    "Prevailing", NULL};
	static const char *const places[] = {"Courtroom", "Room", "Ctrm", "Dept", "Department", "Judge", "Before",
					     "In", "At", "Via", "By", "Telephonic", "Telephonically", "Video",
					     "Zoom", "Chambers", NULL};
	for (int i = 0; zones[i]; i++)
		if (strlen(zones[i]) == e - w && !strncmp(s + w, zones[i], e - w))
			return 1;
	for (int i = 0; rooms && places[i]; i++)
		if (strlen(places[i]) == e - w && !strncmp(s + w, places[i], e - w))
			return 1;
	for (int i = 0; i < 19; i++) {
		const char *day = i < 7 ? weekday_name(i) : month_name(i - 6);
		if (strlen(day) == e - w && !strncasecmp(s + w, day, e - w))
			return 1;
	}
	return 0;
}

/* The length of the Federal Register's footnote mark at p, a number between
 * backslashes ("\\1\\", "\\12\\"), with the space after it, when a sentence
 * follows it; else 0. */
static size_t fr_footnote_mark(const char *p)
{
	if (p[0] != '\\')
		return 0;
	size_t n = 1;
	while (n < 5 && ascii_isdigit((unsigned char)p[n]))
		n++;
	if (n == 1 || p[n] != '\\')
		return 0;
	n++;
	if (p[n] == ' ' || p[n] == '\n')
		return n + 1;
	return 0;
}

/* "at 3:00 p.m. The deadline ...": a.m. or p.m. ends the sentence when a
 * capitalised word other than a time zone or a day follows it (at 'next'):
 * not "at 9 a.m. MONDAY, NOVEMBER 4, 1996", "at 10:00 a.m. June 5". */
static int meridiem_ends(const char *s, size_t start, size_t end, size_t next)
{
	if ((end < start + 3 || (strncasecmp(s + end - 3, "a.m", 3) && strncasecmp(s + end - 3, "p.m", 3))) &&
	    (end < start + 4 || (strncasecmp(s + end - 4, "a. m", 4) && strncasecmp(s + end - 4, "p. m", 4))))
		return 0; /* (nor "a. m.", spaced out) */
	if (s[next] == '-' && ascii_isupper((unsigned char)s[next + 1]))
		return 1; /* the next item of a dashed list: "at 9:00 a.m. -As set forth" */
	if (!ascii_isupper((unsigned char)s[next]))
		return 0;
	size_t e = next;
	while (ascii_isalpha((unsigned char)s[e]))
		e++;
	return !names_when_or_where(s, next, e, 0);
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
 * item, 2 a dated row, 3 a numbered item): few in any text, so kept in a small open-addressed
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

/* A numbered list run into one line after its heading's colon ("... no
 * later than April 11, 2023: (1) the joint pretrial order ..., (2) a proposed
 * description of the case, and (3) ..."): the offsets of the items after
 * the first get 3 in breaks (the colon already breaks before the first).
 * Each item is "(n) " after ", ", "; ", "and " or "or ", in order, within
 * 600 bytes of the one before, in one paragraph. */
static void inline_numbers(const char *s, size_t len, struct breaks *breaks)
{
	for (const char *p = s; (p = strstr(p, ": (1) ")) != NULL; p += 6) {
		size_t prev = (size_t)(p - s) + 2, at[16], k = 0;
		for (size_t q = prev + 4; q + 4 < len && k < 16 && q < prev + 600 && s[q] != '\n'; q++) {
			if (s[q] != '(' || s[q + 1] != (char)('2' + k) || s[q + 2] != ')' || s[q + 3] != ' ')
				continue;
			int after = (q >= 2 && (s[q - 2] == ',' || s[q - 2] == ';') && s[q - 1] == ' ') ||
				    (q >= 4 && !strncmp(s + q - 4, "and ", 4)) || (q >= 3 && !strncmp(s + q - 3, "or ", 3));
			if (!after)
				continue;
			at[k++] = q;
			prev = q;
		}
		for (size_t i = 0; i < k; i++)
			breaks_set(breaks, at[i], 3);
	}
}

/* Bullets run into one line, as a web page gives a list ("... with the
 * following changes: \x01 Close of discovery - March 1, 2012 \x01 Plaintiff's
 * expert disclosure - January 15, 2012 ..."): where a line holds two or more
 * bullets after its start, each begins an item (3 in breaks). */
static void inline_bullets(const char *s, size_t len, struct breaks *breaks)
{
	size_t line = 0;
	while (line < len) {
		const char *nl = memchr(s + line, '\n', len - line);
		size_t eol = nl ? (size_t)(nl - s) : len, at[32], k = 0;
		for (size_t p = line + 1; p < eol && k < 32; p++)
			if (s[p] == '\x01' && s[p - 1] == ' ')
				at[k++] = p;
		for (size_t i = 0; k >= 2 && i < k; i++)
			breaks_set(breaks, at[i], 3);
		line = eol + 1;
	}
}

/* Docket text run on past a time of day ("... continued from 12/27/2004
 * 10:00:00 AM to 02/22/2005 10:00:00 AM Jury Selection/Trial to Follow has
 * been continued ..."): a break before the capitalised word after "AM" or
 * "PM" that ends a time, unless it says where or before whom (a room, a
 * time zone, a judge). Breaks get 2, as a row's. */
static void inline_meridiem(const struct text *t, struct breaks *breaks)
{
	const char *s = t->norm;
	for (const char *p = s; (p = strstr(p, "M ")) != NULL; p++) {
		size_t i = (size_t)(p - s);
		if (i < 3 || (s[i - 1] != 'A' && s[i - 1] != 'P') || s[i - 2] != ' ' || !ascii_isdigit((unsigned char)s[i - 3]))
			continue;
		size_t w = i + 2;
		if (!ascii_isupper((unsigned char)s[w]) || !ascii_islower((unsigned char)s[w + 1]))
			continue;
		size_t e = w;
		while (ascii_isalpha((unsigned char)s[e]))
			e++;
		if (!names_when_or_where(s, w, e, 1) && !breaks_get(breaks, w))
			breaks_set(breaks, w, 2);
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
		/* (and its own sentence, up to the colon before it: "... enters the
		 * following Pretrial Order. DEADLINES AT A GLANCE Supplemental
		 * Expert Designations: May 25, 2012 Discovery Completion: July 15,
		 * 2012" are cells, not a heading each) */
		for (size_t q = c; q-- > from;)
			if (s[q] == '\n' || s[q] == ':' || (s[q] == '.' && s[q + 1] == ' ')) {
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
			/* (a row an earlier heading on the line has already begun
			 * counts: "amended as follows: 1. The following schedule will
			 * govern ...: Joint Status Report ... February 26, 2018 ...") */
			if (s[after] == ' ' && ascii_isupper((unsigned char)s[after + 1])) {
				if (!breaks_get(breaks, after + 1))
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

/* The offset of the next ':' in s[c, eol), or eol. */
static size_t next_colon(const char *s, size_t c, size_t eol)
{
	const char *colon = c < eol ? memchr(s + c, ':', eol - c) : NULL;
	return colon ? (size_t)(colon - s) : eol;
}

/* Cells of a schedule listed date first run into one line [line, eol),
 * each a date, a colon and a label ("I. DEADLINES July 13,2017: Deadline for
 * requests for modification ... July 13,2017: Joint request for early
 * settlement conference ..."): a break before each date after the first,
 * when two or more such cells are in the line. */
static void date_first_cells(const struct text *t, size_t line, size_t eol, struct breaks *breaks)
{
	const char *s = t->norm, *low = t->low;
	size_t starts[16], n = 0;
	for (size_t c = line; (c = next_colon(s, c, eol)) < eol && n < 16; c++) {
		/* a date that ends right before the colon */
		for (size_t b = c > line + 20 ? c - 20 : line; b < c; b++) {
			dl_day d;
			size_t e;
			if (timex_word_start(low, b) && (ascii_isdigit((unsigned char)low[b]) || timex_month_initial(low[b])) &&
			    timex_date(low, b, &d, &e) == DATE_FOUND && (e == c || (e + 1 == c && s[e] == ' '))) {
				/* (from the day of the week before it: "Monday, February
				 * 11, 2013: cutoff deadline ...") */
				for (size_t w = b > line + 11 ? b - 11 : line; w + 7 <= b; w++)
					if (timex_weekday(low, w) == b - w) {
						b = w;
						break;
					}
				starts[n++] = b;
				break;
			}
		}
	}
	for (size_t k = 1; n >= 2 && k < n; k++)
		if (starts[k] > line && s[starts[k] - 1] == ' ' && !breaks_get(breaks, starts[k]))
			breaks_set(breaks, starts[k], 2);
}

/* A notice's line that sets an event and then names a deadline in a cell of
 * its own ("First Meeting of Creditors Scheduled For 11:10 9/9/98 At 300 W
 * Pratt, #375 Baltimore MD Last Day To Oppose Discharge: 11/8/98"): a break
 * before the deadline's label ("Last Day ...", "Deadline ...") when a date
 * comes before it in the line. */
static void deadline_cell_after_setting(const struct text *t, size_t line, size_t eol, struct breaks *breaks)
{
	const char *low = t->low;
	size_t colon = next_colon(t->norm, line, eol);
	for (; colon < eol; colon = next_colon(t->norm, colon + 1, eol)) {
		dl_day d;
		size_t e, ds = colon + 1;
		while (ds < eol && low[ds] == ' ')
			ds++;
		if (ds < eol && timex_date(low, ds, &d, &e) == DATE_FOUND)
			break;
	}
	if (colon >= eol)
		return;
	for (size_t p = colon; p > line && colon - p < 45; p--) {
		if (low[p - 1] != ' ' || !(timex_phrase_at(low, p, "last day") || timex_phrase_at(low, p, "deadline")))
			continue;
		for (size_t q = line; q + 1 < p; q++) {
			dl_day d;
			size_t e;
			if (timex_word_start(low, q) && ascii_isdigit((unsigned char)low[q]) &&
			    timex_date(low, q, &d, &e) == DATE_FOUND && e < p) {
				if (!breaks_get(breaks, p))
					breaks_set(breaks, p, 2);
				return;
			}
		}
		return;
	}
}

/* Cells of a schedule run into one line, each a label, a colon and a date
 * ("Discovery Cut-Off: 4/23/10 Cross-Dispositive Motion Filing Deadline:
 * 6/14/10 Opposition ... Deadline: 6/28/10"; ruled: "Service Date: |
 * 05/06/2013 | Disposition: | 11/27/2014"): where two or more such cells
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
		for (size_t c = line; (c = next_colon(s, c, eol)) < eol && n < 16; c++) {
			dl_day d;
			size_t e, ds = c + 1;
			while (ds < eol && (s[ds] == ' ' || s[ds] == '|'))
				ds++;
			if (ds >= eol || s[c + 1] != ' ' || timex_date(low, ds, &d, &e) != DATE_FOUND || e > eol)
				continue;
			size_t te;
			if (e + 1 < eol && s[e] == ' ' && ascii_isdigit((unsigned char)s[e + 1]) && timex_time(low, e + 1, &te) >= 0 &&
			    te <= eol)
				e = te; /* ("7/27/10 9:00 Ctrm. 3") */
			ends[n++] = e;
			c = e;
		}
		for (size_t k = 0; k < n; k++) {
			size_t p = ends[k];
			while (p < eol && (s[p] == ' ' || s[p] == '|'))
				p++;
			/* (in a ruled line, a label cell after the date begins a row
			 * even with no date in it: "Answer Date: | 06/05/2013 | Jury
			 * Trial: | NO |") */
			int ruled = memchr(s + ends[k], '|', p - ends[k]) != NULL;
			size_t colon = next_colon(s, p, eol);
			int labelled = ruled && colon < eol && colon - p <= 40 && !memchr(s + p, '|', colon - p);
			/* (or the number of the next item: "... : November 3, 2008 2.
			 * Deadline for motions ...: December 1, 2008") */
			int numbered = ascii_isdigit((unsigned char)s[p]) &&
				       ((s[p + 1] == '.' && s[p + 2] == ' ') ||
					(ascii_isdigit((unsigned char)s[p + 1]) && s[p + 2] == '.' && s[p + 3] == ' '));
			if ((k + 1 < n || labelled) && n + labelled >= 2 && p > ends[k] && s[p - 1] == ' ' &&
			    (ascii_isupper((unsigned char)s[p]) || numbered) && !breaks_get(breaks, p))
				breaks_set(breaks, p, 2);
		}
		deadline_cell_after_setting(t, line, eol, breaks);
		if (n < 2)
			date_first_cells(t, line, eol, breaks);
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
	inline_numbers(s, t->len, &breaks);
	inline_bullets(s, t->len, &breaks);
	inline_meridiem(t, &breaks);
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
			size_t j = i + 1, mark;
			while (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']')
				j++;
			if (c == ';' && s[j] == ' ') {
				end_here = 1; /* clauses of a list or docket text */
				next = (int)j;
			} else if (s[j] == ' ' && (ascii_isupper((unsigned char)s[j + 1]) || ascii_isdigit((unsigned char)s[j + 1]) ||
					    s[j + 1] == '"' || s[j + 1] == '(' || s[j + 1] == '\x01' ||
					    s[j + 1] == '[' || (s[j + 1] == '-' && ascii_isupper((unsigned char)s[j + 2])))) {
				end_here = 1;
				if (c == '.' && text_abbreviation_before(s, start, i) && !meridiem_ends(s, start, i, j + 1) &&
				    !id_ends(s, start, i, j + 1) && !firm_ends(s, start, i, j + 1) &&
				    !citation_ends(s, start, i, j + 1))
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
				if (c == '.' && i > k && i - k <= 3 && text_list_marker(s + k))
					end_here = 0;
				/* ':' splits only before a list marker, an ORDERED-style header,
				 * or the first row of a schedule the sentence announces ("the
				 * following documents by the indicated dates: 12/5/03 Docketing
				 * statement."; not "Due Date: 3/31/2025") */
				dl_day day;
				size_t de;
				size_t wd = c == ':' ? timex_weekday(t->low, j + 1) : 0; /* ("deadlines: Friday, November 23, 2012: ...") */
				if (c == ':' && !text_list_marker(s + j + 1) &&
				    !((ascii_isdigit((unsigned char)s[j + 1 + wd]) || (wd && timex_month_initial(t->low[j + 1 + wd]))) &&
				      timex_date(t->low, j + 1 + wd, &day, &de) && announces_rows(t->low, start, i)))
					end_here = 0;
				/* "on or before\nOctober 30, 2014;" keeps ';' inside a list item */
				next = (int)j;
			} else if (c == '.' && i >= 3 && ascii_islower((unsigned char)s[i - 1]) && ascii_islower((unsigned char)s[i - 2]) &&
				   ascii_islower((unsigned char)s[i - 3]) && ascii_isupper((unsigned char)s[j]) &&
				   ascii_islower((unsigned char)s[j + 1]) && !text_abbreviation_before(s, start, i)) {
				/* a space lost after the full stop: "complete both forms.Within seven" */
				end_here = 1;
				next = (int)j;
			} else if (c == '.' && i > start && (ascii_isalpha((unsigned char)s[i - 1]) || s[i - 1] == ')') &&
				   ascii_isdigit((unsigned char)s[j]) &&
				   (s[j + 1] == ' ' || (ascii_isdigit((unsigned char)s[j + 1]) && s[j + 2] == ' ')) &&
				   ascii_isupper((unsigned char)s[j + (s[j + 1] == ' ' ? 2 : 3)]) && !text_abbreviation_before(s, start, i)) {
				/* a footnote's number after the full stop: "on the OSC.2 If a
				 * hearing is requested, ..." (the number is left out) */
				end_here = 1;
				next = (int)j + (s[j + 1] == ' ' ? 1 : 2);
			} else if (c == '.' && (mark = fr_footnote_mark(s + j)) > 0 && !text_abbreviation_before(s, start, i)) {
				/* the Federal Register's footnote mark after the full stop:
				 * "(collectively Petitioner).\\1\\ Oral argument ..." (the mark
				 * is left out) */
				end_here = 1;
				next = (int)(j + mark);
			} else if (c == '.' && i > start && ascii_isalnum((unsigned char)s[i - 1]) && ascii_isdigit((unsigned char)s[j]) &&
				   s[j + 1] == ')' && s[j + 2] == ' ' && ascii_isupper((unsigned char)s[j + 3])) {
				/* a numbered item run into the sentence before it: "... Joseph
				 * J. Benz.1) A telephonic status conference ... January 6,
				 * 2015.2) The trial of this case ..." */
				end_here = 1;
				next = (int)j;
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
		if ((!strncmp(s + a, "and ", 4) && text_list_marker(s + a + 4)) || (!strncmp(s + a, "or ", 3) && text_list_marker(s + a + 3)))
			a += s[a] == 'a' ? 4 : 3;
		if (break_find(found, nbreaks, a) == 1) { /* "b. fact discovery closes ...", run into the line */
			item = 1;
			a += 3;
		} else if (text_list_marker(s + a)) {
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
