/*
 * icalcheck.h: feeds read back with libical and written out again: the feed
 * writer (src/feed/ics.c) writes what libical writes, folds mended.
 */
#ifndef DL_ICALCHECK_H
#define DL_ICALCHECK_H

/* The number of VEVENTs libical reads in text, or -1 if it does not parse. */
int ical_count_events(const char *text);

/* text parsed by libical and written out again by libical (malloc'd; NULL if
 * it does not parse), with libical's two habits undone so that a feed
 * written by libical comes back byte for byte:
 *   - it writes VTIMEZONEs in the reverse of the order it read them;
 *   - folding a line of 73 or 74 octets it can leave an empty continuation
 *     line or split the CRLF (the writer mends both). */
char *ical_rewritten(const char *text);

#endif
