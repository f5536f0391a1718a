/*
 * icalcheck.h: feeds read back with libical, the tests' independent reader
 * of the feed writer (src/ics.c writes its lines itself).
 */
#ifndef DL_ICALCHECK_H
#define DL_ICALCHECK_H

/* The number of VEVENTs libical reads in text, or -1 if it does not parse. */
int ical_count_events(const char *text);

/* text parsed by libical and written out again by libical (malloc'd; NULL if
 * it does not parse), with libical's three habits undone so that a feed
 * written in libical's form comes back byte for byte:
 *   - it writes VTIMEZONEs in the reverse of the order it read them;
 *   - it writes a CATEGORIES list as one CATEGORIES property per category;
 *   - folding a line of 73 or 74 octets it can leave an empty continuation
 *     line or split the CRLF (the writer ends such a line instead). */
char *ical_rewritten(const char *text);

#endif
