/*
 * eventkey.h: the canonical name of an event, so that an obligation's words
 * ("until the issues of qualified immunity have been decided", "within 14 days
 * after the Court rules on the motion for summary judgment") and the event a
 * user records ("qualified immunity decided") meet. Pure.
 */
#ifndef DL_EVENTKEY_H
#define DL_EVENTKEY_H

/* A malloc'd key: lower case, e.g. "qualified immunity decided". */
char *event_key(const char *text);

#endif
