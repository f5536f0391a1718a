/*
 * feed.h: the feed of a selection of obligations (for 'feed', 'publish'
 * and 'serve'): selects them, explains each computed date, renders the
 * iCalendar text.
 */
#ifndef DL_FEED_H
#define DL_FEED_H

#include <stdio.h>

#include "ics.h"
#include "store.h"

struct feed_selection {
	const char *const *cases; /* NULL-terminated case numbers, or NULL: every case */
	const char *who;          /* a party (party-roles.h), or NULL */
	int status;               /* STATUS_ANY, or an enum obligation_status */
	int confirmed_only;       /* 1: leave out what awaits review */
};

/* The feed text (malloc'd), or NULL with *err. newest (may be NULL) gets the
 * latest change time of the obligations in it ("YYYY-MM-DDTHH:MM:SSZ", or ""). */
char *feed_build(store *s, const struct feed_selection *sel, const struct ics_options *opt,
		 char newest[32], char **err);

/* The same feed written to out as it is made (little memory, whatever
 * its size): 0, or -1 with *err (malloc'd), or -1 with *err NULL and errno
 * set when writing to out failed. On an error, out may hold the part
 * written before it. */
int feed_write(store *s, const struct feed_selection *sel, const struct ics_options *opt, FILE *out,
	       char **err);

/* A subscriber's feed: its cases (all when it names none) and party. */
char *feed_for_subscriber(store *s, const struct subscriber_row *sub, char newest[32], char **err);

#endif
