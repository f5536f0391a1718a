/*
 * series-end.c: the end of a recurring duty from its sentence (see
 * series-end.h), through the reader's own until_span (until.c): an event,
 * or a last day.
 */
#include "series-end.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>

#include "timex.h"
#include "until.h"
#include "util.h"

void series_end_apply(struct extracted *e)
{
	if (!e->kind || strcmp(e->kind, "recurring") != 0 || !e->quote)
		return;
	size_t n = strlen(e->action ? e->action : "");
	if (n > 6 && !strcmp(e->action + n - 6, " every")) /* "file a report every" */
		e->action[n - 6] = '\0';
	if (e->until)
		return;
	char *low = xstrdup(e->quote);
	for (char *p = low; *p; p++)
		*p = (char)ascii_tolower((unsigned char)*p);
	size_t cue = 0, len = strlen(low), ea, eb;
	int stated = until_span(low, 0, len, &cue, &ea, &eb) && eb > ea;
	free(low);
	if (!stated)
		return;
	char *end = xstrndup(e->quote + ea, eb - ea);
	/* a date is no event, and "further order" is no end */
	low = xstrdup(end);
	for (char *p = low; *p; p++)
		*p = (char)ascii_tolower((unsigned char)*p);
	dl_day day;
	size_t de;
	int dated = timex_date(low, 0, &day, &de);
	if (dated == DATE_FOUND) {
		/* "... every 30 days until December 2, 2025": its last day, not its
		 * first (the clause's times took it as a date stated) */
		e->until_day = day;
		if (e->due == day)
			e->due = DATE_NONE;
	}
	else if (!dated && !strstr(low, "further order"))
		e->until = end, end = NULL;
	free(end);
	free(low);
}
