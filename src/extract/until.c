/*
 * until.c: what ends a stay (see until.h).
 */
#include "until.h"

#include <stdlib.h>
#include <string.h>

#include "timex.h"
#include "util.h"

static char *trimmed(const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == ',' || s[a] == ':'))
		a++;
	while (b > a && strchr(" ,.;:)", s[b - 1]))
		b--;
	return b > a ? xstrndup(s + a, b - a) : NULL;
}

/* The event's words from s up to the end of its clause (or a parenthesis
 * that refers elsewhere: "... approval order (see documents 31520 and ...)"). */
static size_t event_end(const char *low, size_t s, size_t b)
{
	size_t e = s;
	while (e < b && low[e] != ';' && low[e] != '\n' &&
	       !(low[e] == '(' && (!strncmp(low + e + 1, "see ", 4) || !strncmp(low + e + 1, "doc", 3) ||
				   !strncmp(low + e + 1, "ecf", 3) || !strncmp(low + e + 1, "dkt", 3) ||
				   !strncmp(low + e + 1, "related", 7))) &&
	       !(low[e] == '.' && (e + 1 >= b || low[e + 1] == ' ') && !(e >= 2 && low[e - 2] == '.')) &&
	       !(low[e] == ',' && e + 1 < b && low[e + 1] == ' ' && e - s > 8))
		e++;
	return e;
}

char *until_event(const char *norm, const char *low, size_t a, size_t b, size_t *cue_at)
{
	static const char *const cues[] = {"until ", "pending ", "through the resolution of ",
					   "through the conclusion of ", "through ", "during the pendency of ",
					   "while ", "till ", NULL};
	long best = -1;
	size_t best_len = 0;
	for (int i = 0; cues[i]; i++) {
		long at = timex_find_phrase(low + a, cues[i], 0);
		if (at < 0 || a + (size_t)at >= b)
			continue;
		if (best < 0 || at < best || (at == best && strlen(cues[i]) > best_len)) {
			best = at;
			best_len = strlen(cues[i]);
		}
	}
	if (best < 0)
		return NULL;
	size_t s = a + (size_t)best + best_len;
	*cue_at = a + (size_t)best;
	/* "until December 2, 2002": the date whole (its comma ends nothing) */
	dl_day day;
	size_t de;
	if (timex_date(low, s, &day, &de) && de <= b)
		return trimmed(norm, s, de);
	/* "until further order", "pending resolution of X" */
	return trimmed(norm, s, event_end(low, s, b));
}

char *until_from_title(const char *norm, const char *low, size_t len)
{
	static const char *const motions[] = {"motion to stay ", "motion for stay ", "motion for a stay ",
					      NULL};
	for (int i = 0; motions[i]; i++) {
		long at = timex_find_phrase(low, motions[i], 0);
		if (at < 0)
			continue;
		size_t from = (size_t)at + strlen(motions[i]);
		size_t end = from + 200 < len ? from + 200 : len;
		size_t cue;
		char *ev = until_event(norm, low, from, end, &cue);
		if (ev && cue - from < 60)
			return ev;
		free(ev);
	}
	return NULL;
}
