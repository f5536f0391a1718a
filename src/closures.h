/*
 * closures.h: recorded closures (clerk's office inaccessible, FRCP 6(a)(3))
 * loaded into a court calendar.
 */
#ifndef DL_CLOSURES_H
#define DL_CLOSURES_H

#include "calendar.h"
#include "cmd.h"

/* Add the database's closures for the calendar's court, if there is a database
 * (none is created). Returns an exit status; prints errors. */
int closures_load(struct dl_ctx *ctx, struct calendar *cal);
/* The same inside a command that holds the store open. */
int closures_load_store(store *s, struct calendar *cal);

#endif
