/*
 * relative.c: a period running from another obligation of the same order
 * (see relative.h). The event's words, lower case, less "the", "deadline",
 * "date" and "set": each word left (a trailing 's' aside: "motions" is
 * "motion") must be in the other obligation's action; a hearing's words
 * ("hearing", "conference", "trial") name only a hearing. The nearest
 * obligation before the one that refers to it wins, else the nearest after.
 */
#include "relative.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "timex.h"
#include "util.h"

/* The words of s that say which obligation, lower case: words[1..] (NULL
 * ended), words[0] the buffer they point into; NULL when there are none.
 * Free words[0] and words. */
static char **name_words(const char *s)
{
	static const char *const skip[] = {"the", "deadline", "date", "said",
					   "a",	  "an",	      "of",   NULL};
	/* what follows says when it is, not which: "the hearing set for June 5" */
	static const char *const stop[] = {"set", "scheduled", "on",  "at",
					   "for", "currently", "now", NULL};
	char *low = xstrdup(s);
	for (char *p = low; *p; p++)
		*p = isalnum((unsigned char)*p) ? (char)tolower((unsigned char)*p) : ' ';
	size_t n = 1;
	char **w = xcalloc(strlen(low) / 2 + 3, sizeof *w);
	w[0] = low;
	char *save = NULL;
	for (char *t = strtok_r(low, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		int skipped = 0, stopped = 0;
		for (int k = 0; stop[k] && !stopped; k++)
			stopped = strcmp(t, stop[k]) == 0;
		if (stopped)
			break;
		for (int k = 0; skip[k] && !skipped; k++)
			skipped = strcmp(t, skip[k]) == 0;
		size_t len = strlen(t);
		if (len > 3 && t[len - 1] == 's')
			t[len - 1] = '\0'; /* "motions": "motion" */
		if (!skipped)
			w[n++] = t;
	}
	if (n == 1) {
		free(low);
		free(w);
		return NULL;
	}
	return w;
}

static int is_hearing_word(const char *w)
{
	return !strcmp(w, "hearing") || !strcmp(w, "conference") || !strcmp(w, "trial");
}

/* Does obligation c answer to words (out[1..])? */
static int names(const struct obligation *c, char **words)
{
	if (!c->action)
		return 0;
	char *act = xstrdup(c->action);
	for (char *p = act; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	int all = 1, hearing = 0;
	for (int i = 1; words[i] && all; i++) {
		hearing |= is_hearing_word(words[i]);
		all = strstr(act, words[i]) != NULL;
	}
	free(act);
	return all && (!hearing || c->kind == KIND_HEARING);
}

/* The index of the obligation of o (other than i) that words name, the
 * nearest first, or -1. */
static long named(const struct obligation *o, size_t n, size_t i, char **words)
{
	for (size_t d = 1; d < n; d++) {
		if (d <= i && names(&o[i - d], words) && o[i - d].when.trigger != TRIGGER_EVENT)
			return (long)(i - d);
		if (i + d < n && names(&o[i + d], words) && o[i + d].when.trigger != TRIGGER_EVENT)
			return (long)(i + d);
	}
	return -1;
}

/* A deadline with no time whose quote states a period from an event that
 * names another obligation of o: that period given to it. */
static void period_from_quote(struct obligation *o, size_t n, size_t i)
{
	struct obligation_when *w = &o[i].when;
	if (o[i].kind != KIND_DEADLINE || w->trigger != TRIGGER_NONE ||
	    w->stated_date != DATE_NONE || !o[i].quote)
		return;
	/* its sentence: the reader may have cut it where the obligation it names
	 * begins ("reply 7 days before" | "the hearing set for June 5"): the
	 * next quote too when it follows at once */
	char *text = i + 1 < n && o[i + 1].quote && o[i + 1].quote_start >= o[i].quote_end &&
				     o[i + 1].quote_start - o[i].quote_end <= 2
			     ? xasprintf("%s %s", o[i].quote, o[i + 1].quote)
			     : xstrdup(o[i].quote);
	/* the reader's text form: lower case, single spaces */
	char *low = xstrdup(text), *q = low;
	for (const char *p = text; *p; p++) {
		char c = isspace((unsigned char)*p) ? ' ' : (char)tolower((unsigned char)*p);
		if (c != ' ' || (q > low && q[-1] != ' '))
			*q++ = c;
	}
	*q = '\0';
	struct timex_period tp;
	enum period_unit unit;
	if (timex_period(low, 0, &tp) && !tp.recurring && tp.n > 0 && tp.unit &&
	    unit_parse(tp.unit, &unit) == 0 && strcmp(tp.event, "entry") != 0 &&
	    strcmp(tp.event, "service") != 0 && strcmp(tp.event, "receipt") != 0) {
		char **words = name_words(tp.event);
		if (words && named(o, n, i, words) >= 0) {
			w->trigger = TRIGGER_EVENT;
			w->trigger_event = xstrdup(tp.event);
			w->period_n = tp.n;
			w->unit = unit;
			w->direction = tp.before ? DIR_BEFORE : DIR_AFTER;
			o[i].basis = BASIS_STATED;
		}
		if (words) {
			free(words[0]);
			free(words);
		}
	}
	free(low);
	free(text);
}

void relative_anchors(struct obligation *o, size_t n, long *anchor)
{
	for (size_t i = 0; i < n; i++)
		period_from_quote(o, n, i);
	for (size_t i = 0; i < n; i++) {
		anchor[i] = -1;
		const struct obligation_when *w = &o[i].when;
		if (w->trigger != TRIGGER_EVENT || !w->trigger_event || w->unit == UNIT_NONE)
			continue;
		char **words = name_words(w->trigger_event);
		if (!words)
			continue;
		anchor[i] = named(o, n, i, words);
		free(words[0]);
		free(words);
	}
}
