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

#include "util.h"

/* The words of s that say which obligation, lower case: words[1..] (NULL
 * ended), words[0] the buffer they point into; NULL when there are none.
 * Free words[0] and words. */
static char **name_words(const char *s)
{
	static const char *const skip[] = {"the", "deadline", "date", "set", "said", "scheduled",
					   "for", "a",	      "an",   "of",  NULL};
	char *low = xstrdup(s);
	for (char *p = low; *p; p++)
		*p = isalnum((unsigned char)*p) ? (char)tolower((unsigned char)*p) : ' ';
	size_t n = 1;
	char **w = xcalloc(strlen(low) / 2 + 3, sizeof *w);
	w[0] = low;
	char *save = NULL;
	for (char *t = strtok_r(low, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		int skipped = 0;
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

void relative_anchors(const struct obligation *o, size_t n, long *anchor)
{
	for (size_t i = 0; i < n; i++) {
		anchor[i] = -1;
		const struct obligation_when *w = &o[i].when;
		if (w->trigger != TRIGGER_EVENT || !w->trigger_event || w->unit == UNIT_NONE)
			continue;
		char **words = name_words(w->trigger_event);
		if (!words)
			continue;
		for (size_t d = 1; d < n && anchor[i] < 0; d++) {
			if (d <= i && names(&o[i - d], words) &&
			    o[i - d].when.trigger != TRIGGER_EVENT)
				anchor[i] = (long)(i - d);
			else if (i + d < n && names(&o[i + d], words) &&
				 o[i + d].when.trigger != TRIGGER_EVENT)
				anchor[i] = (long)(i + d);
		}
		free(words[0]);
		free(words);
	}
}
