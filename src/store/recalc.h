/*
 * recalc.h: every derived value of the stored obligations brought up to
 * date with their facts, after a fact changed (an event recorded or removed,
 * a closure, an order's dates, an extension): the trigger's date (from its
 * order's entry or service, or the event it runs from), the date derive()
 * gives (derive.h), and for an until-obligation whether the event it waits
 * for has happened. Done, vacated and pinned obligations keep what they
 * have. Changes are written with history rows.
 */
#ifndef DL_RECALC_H
#define DL_RECALC_H

#include "store.h"

/* Recompute the obligations of a court (court != NULL) or of a case
 * (case_id != 0) inside the caller's transaction. *moved counts those whose
 * date or status changed. 0, or -1 with *err. */
int recalc(store *s, const char *court, int64_t case_id, const char *cause, int *moved, char **err);

#endif
