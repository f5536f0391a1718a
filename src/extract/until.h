/*
 * until.h: what ends a stay, an abatement or a protection: the event after
 * "until", "pending", "through", "during the pendency of"; else the event the
 * order's title or docket text names ("Motion to Stay Pending Arbitration");
 * else "further order of the court", and the caller says so.
 */
#ifndef DL_EXTRACT_UNTIL_H
#define DL_EXTRACT_UNTIL_H

#include <stddef.h>

/* The ending event stated in low[a, b) (norm gives its original case), as a
 * malloc'd string; NULL when the clause states none. *cue_at gets where the
 * cue ("until", "pending") begins. */
char *until_event(const char *norm, const char *low, size_t a, size_t b, size_t *cue_at);

/* The ending event named by a stay motion in the whole text ("motion to stay
 * pending inter partes review"), or NULL. */
char *until_from_title(const char *norm, const char *low, size_t len);

#endif
