/*
 * calendars.h: the court calendars obligations are derived in: a court's
 * legal holidays under its rules' family, with the closures recorded in the
 * store (clerk's office inaccessible, FRCP 6(a)(3)). A set of them serves
 * any number of obligations: each court's calendar is built once.
 */
#ifndef DL_CALENDARS_H
#define DL_CALENDARS_H

#include "calendar.h"
#include "obligation.h"
#include "store.h"

/* Add the closures recorded in s for the calendar's court. */
int calendars_load_closures(store *s, struct calendar *cal);

struct calendars;
/* A set of calendars with the closures of s (NULL: none recorded). */
struct calendars *calendars_new(store *s);
/* The calendar o is derived in (its court, under its rules), or NULL with
 * *err (malloc'd): an unknown court, or the closures could not be read.
 * It belongs to the set. */
struct calendar *calendars_of(struct calendars *cs, const struct obligation *o, char **err);
void calendars_free(struct calendars *cs);

#endif
