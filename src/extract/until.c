/*
 * until.c: what ends a stay (see until.h).
 */
#include "until.h"

#include <stdlib.h>
#include <string.h>

#include "timex.h"
#include "util.h"

/* [*a, *b) without the spaces and stops around it. */
static void trim(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && (s[*a] == ' ' || s[*a] == ',' || s[*a] == ':'))
		(*a)++;
	while (*b > *a && strchr(" ,.;:)", s[*b - 1]))
		(*b)--;
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
	       !(low[e] == '.' && (e + 1 >= b || low[e + 1] == ' ') && !(e >= 2 && low[e - 2] == '.') &&
		 !(e >= 2 && low[e - 1] == 'v' && low[e - 2] == ' ')) /* ("pending the decision in Smith v. Jones") */ &&
	       !(low[e] == ',' && e + 1 < b && low[e + 1] == ' ' && e - s > 8))
		e++;
	return e;
}

int until_span(const char *low, size_t a, size_t b, size_t *cue_at, size_t *ev_a, size_t *ev_b)
{
	static const char *const cues[] = {"until ", "pending ", "through the resolution of ",
					   "through the conclusion of ", "through ", "during the pendency of ",
					   "while ", "till ", "expire on ", "expires on ", "terminate on ",
					   "terminates on ", "dissolve on ", "dissolves on ", NULL};
	long best = -1;
	size_t best_len = 0;
	for (int i = 0; cues[i]; i++) {
		long found = timex_find_phrase_before(low, cues[i], a, b);
		/* ("Pending before this Court is ...", "the motion pending in this
		 * court": where a thing waits, not until when) */
		while (found >= 0 && !strcmp(cues[i], "pending ") &&
		       (timex_phrase_at(low, (size_t)found + 8, "before") || timex_phrase_at(low, (size_t)found + 8, "in")))
			found = timex_find_phrase_before(low, cues[i], (size_t)found + 1, b);
		if (found < 0)
			continue;
		long at = found - (long)a;
		if (best < 0 || at < best || (at == best && strlen(cues[i]) > best_len)) {
			best = at;
			best_len = strlen(cues[i]);
		}
	}
	if (best < 0)
		return 0;
	size_t s = a + (size_t)best + best_len;
	*cue_at = a + (size_t)best;
	/* "until December 2, 2002": the date whole (its comma ends nothing);
	 * "until further order", "pending resolution of X" */
	dl_day day;
	size_t de;
	/* "suspended until at least September 1, 2020": the day is the end */
	if (timex_phrase_at(low, s, "at least"))
		s += strlen("at least ");
	/* "through Friday, July 3, 2020": the weekday names the day */
	size_t wd = timex_weekday(low, s);
	int dated = wd && timex_date(low, s + wd, &day, &de) && de <= b;
	if (dated)
		s += wd;
	else
		dated = timex_date(low, s, &day, &de) && de <= b;
	*ev_a = s;
	*ev_b = dated ? de : event_end(low, s, b);
	trim(low, ev_a, ev_b);
	return 1;
}

int until_title_span(const char *low, size_t len, size_t *ev_a, size_t *ev_b)
{
	static const char *const motions[] = {"motion to stay ", "motions to stay ", "motion for stay ",
					      "motion for a stay ", "order staying ", "move to stay ", "moves to stay ",
					      NULL};
	/* (each time the motion is named: the title names it bare, the
	 * recital after it with its end, "Defendant has filed a Motion to
	 * Stay Discovery (Doc. 14) until the court rules on ...") */
	for (int i = 0; motions[i]; i++)
		for (long at = timex_find_phrase(low, motions[i], 0); at >= 0;
		     at = timex_find_phrase(low, motions[i], (size_t)at + 1)) {
			size_t from = (size_t)at + strlen(motions[i]);
			size_t end = from + 200 < len ? from + 200 : len;
			size_t cue;
			if (until_span(low, from, end, &cue, ev_a, ev_b) && *ev_b > *ev_a && cue - from < 60)
				return 1;
		}
	return 0;
}
