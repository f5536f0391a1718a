/*
 * publish.h: every subscriber's feed written to DIR/FEED-ID.ics for a static
 * web server (contrib/nginx/deadlines.conf), each atomically and only when
 * it changed; the files made for tokens that no longer exist are removed.
 */
#ifndef DL_PUBLISH_H
#define DL_PUBLISH_H

#include "store.h"

/* How a publish went. */
struct publish_result {
	int written, unchanged, removed, failed;
};

/* Where a publish says what went wrong with a file or a step ("publish:
 * cannot write 'DIR/NAME': ..."): it goes on with the others. */
struct publish_report {
	void (*say)(const char *msg, void *arg);
	void *arg;
};

/* Take the lock of the directory dir, open as dirfd, waiting up to 10 s for
 * another publish; it lasts until dirfd is closed. 0, or -1 after saying
 * why. */
int publish_lock(int dirfd, const char *dir, const struct publish_report *report);
/* Publish every subscriber of db into the directory dir, open as dirfd and
 * locked (publish_lock), files with mode. 0 when the run went through (some
 * files may have failed: result->failed), -1 when it could not (the lock,
 * the manifest, the database); every problem was said through report. */
int publish_feeds(store *db, int dirfd, const char *dir, int mode, const struct publish_report *report,
		  struct publish_result *result);

#endif
