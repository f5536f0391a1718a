/*
 * until.h: what ends a stay, an abatement or a protection: the event after
 * "until", "pending", "through", "during the pendency of"; else the event the
 * order's title or docket text names ("Motion to Stay Pending Arbitration");
 * else "further order of the court", and the caller says so.
 */
#ifndef DL_EXTRACT_UNTIL_H
#define DL_EXTRACT_UNTIL_H

#include <stddef.h>

/* The ending event stated in low[a, b) (lower case): 1, with its span in
 * [*ev_a, *ev_b) (empty when the cue has no words after it) and where the cue
 * ("until", "pending") begins in *cue_at; 0 when the clause states none. The
 * caller copies the span from the text in its own case. */
int until_span(const char *low, size_t a, size_t b, size_t *cue_at, size_t *ev_a, size_t *ev_b);

/* The ending event named by a stay motion in the whole text ("motion to stay
 * pending inter partes review"): 1 and its span, or 0. */
int until_title_span(const char *low, size_t len, size_t *ev_a, size_t *ev_b);

#endif
