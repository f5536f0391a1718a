/*
 * serve.h: the feed server (the only module that includes microhttpd.h).
 * GET or HEAD /feeds/TOKEN.ics answers the subscriber's feed with ETag and
 * Last-Modified (304 for a matching conditional request); anything else is a
 * 404 that says nothing about whether a token exists, or 405 for other
 * methods. The database is opened read-only: the server never writes.
 */
#ifndef DL_SERVE_H
#define DL_SERVE_H

#include <time.h>

/* The request parsers, exposed for the fuzzers: the token of a
 * "/feeds/TOKEN.ics" path (0, or -1 if the path is anything else), and an
 * HTTP date ((time_t)-1 if it is not one). */
int serve_token_of(const char *url, char token[129]);
time_t serve_parse_http_date(const char *s);

/* Serve until SIGINT or SIGTERM on address (IPv4, or IPv6 when it holds a
 * ':') and port, with at most per_address connections from one client
 * address. Returns 0, or -1 with a message in *err. */
int serve_run(const char *db_path, const char *address, int port, int per_address, char **err);

#endif
