/*
 * closures.h: recorded closures (clerk's office inaccessible, FRCP 6(a)(3))
 * loaded into a court calendar, and recomputation of the obligations whose
 * dates depend on them.
 */
#ifndef DL_CLOSURES_H
#define DL_CLOSURES_H

#include "calendar.h"
#include "cmd.h"
#include "compute.h"

/* Add the database's closures for the calendar's court, if there is a database
 * (none is created). Returns an exit status; prints errors. */
int closures_load(struct dl_ctx *ctx, struct calendar *cal);
/* The same inside a command that holds the store open. */
int closures_load_store(store *s, struct calendar *cal);

/* The rules an obligation is computed under. */
enum rule_set obligation_rules(const struct obligation *o);
/* Fill p from an obligation's stored facts; 0 if it has a period, -1 if not. */
int obligation_period(const struct obligation *o, struct period *p);
/* Compute an obligation's date from its stored facts and the court's calendar
 * (with the closures recorded in s; s may be NULL). 0, or -1 with *err. */
int obligation_compute(store *s, const struct obligation *o, struct computation *c, char **err);

/* Recompute every open, unpinned obligation with a period in court (NULL: all
 * courts), inside the caller's transaction. *moved counts the dates that changed. */
int recompute_court(store *s, const char *court, const char *cause, int *moved, char **err);

#endif
