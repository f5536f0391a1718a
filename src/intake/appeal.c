/*
 * appeal.c: the court an appeal comes from, read from an order's caption
 * (see appeal.h). The words after "appeal from the United States District
 * (or Bankruptcy) Court for the" are matched against the registry's court
 * names, whitespace and case aside, the longest name winning ("the
 * District of Columbia" over nothing shorter); a caption's line breaks and
 * what follows the name ("USDC No. 4:20-cv-1", a comma) do not matter.
 */
#include "appeal.h"

#include <ctype.h>
#include <string.h>

#include "calendar.h"
#include "util.h"

/* Does text[i..] begin with the words of want (spaces in want match any
 * run of whitespace; case aside)? The length taken, or 0. */
static size_t words_at(const char *text, size_t len, size_t i, const char *want)
{
	size_t start = i;
	for (const char *w = want; *w; w++) {
		if (*w == ' ') {
			if (i >= len || !isspace((unsigned char)text[i]))
				return 0;
			while (i < len && isspace((unsigned char)text[i]))
				i++;
			continue;
		}
		if (i >= len || tolower((unsigned char)text[i]) != tolower((unsigned char)*w))
			return 0;
		i++;
	}
	/* a whole word: "District of Kansas" is not "District of Kansasville" */
	size_t wl = strlen(want);
	if (wl && want[wl - 1] != ' ' && i < len && isalpha((unsigned char)text[i]))
		return 0;
	return i - start;
}

const char *appeal_origin(const char *text, size_t len)
{
	static const struct {
		const char *words;
		enum court_kind kind;
	} leads[] = {
		{"appeal from the united states district court for the ", COURT_DISTRICT},
		{"appeals from the united states district court for the ", COURT_DISTRICT},
		{"appeal from the united states bankruptcy court for the ", COURT_BANKRUPTCY},
	};
	for (size_t i = 0; i < len; i++) {
		if (tolower((unsigned char)text[i]) != 'a')
			continue;
		for (size_t l = 0; l < sizeof leads / sizeof leads[0]; l++) {
			size_t n = words_at(text, len, i, leads[l].words);
			if (!n)
				continue;
			const char *best = NULL;
			size_t best_len = 0;
			for (size_t c = 0; c < court_count(); c++) {
				const struct court *k = court_at(c);
				const char *name = k->kind == leads[l].kind
							   ? strstr(k->name, " for the ")
							   : NULL;
				if (!name)
					continue;
				size_t m = words_at(text, len, i + n, name + 9);
				if (m > best_len)
					best = k->code, best_len = m;
			}
			if (best)
				return best;
		}
	}
	return NULL;
}
