/*
 * serve.h: the feed server (the only module that includes microhttpd.h).
 * GET or HEAD /feeds/TOKEN.ics answers the subscriber's feed with ETag and
 * Last-Modified (304 for a matching conditional request); anything else is a
 * 404 that says nothing about whether a token exists, or 405 for other
 * methods. The database is opened read-only: the server never writes.
 */
#ifndef DL_SERVE_H
#define DL_SERVE_H

/* Serve until SIGINT or SIGTERM. Returns 0, or -1 with a message in *err. */
int serve_run(const char *db_path, const char *address, int port, char **err);

#endif
