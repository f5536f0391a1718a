/*
 * closures.h: recorded closures (clerk's office inaccessible, FRCP 6(a)(3))
 * loaded into a court calendar.
 */
#ifndef DL_CLOSURES_H
#define DL_CLOSURES_H

#include "calendar.h"
#include "store.h"

/* Add the closures recorded in s for the calendar's court. */
int closures_load_store(store *s, struct calendar *cal);

#endif
