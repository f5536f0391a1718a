/*
 * series-end.h: a recurring duty's end as its sentence states it ("file a
 * joint status report every 90 days until the stay is lifted"): the event
 * after "until" becomes the series' end (the importer links it, so the
 * series ends when the event is recorded), or the date after it its last
 * day ("every 30 days until December 2, 2025"). Kept apart from the
 * reader's frames and lexicon.
 */
#ifndef DL_SERIES_END_H
#define DL_SERIES_END_H

#include "extract.h"

/* For a recurring e with no end yet: the event its quote says it runs
 * until (not "further order"), into e->until, or the date, into
 * e->until_day; and its action without the "every" the reader left at its
 * end. */
void series_end_apply(struct extracted *e);

#endif
