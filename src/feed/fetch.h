/*
 * fetch.h: a calendar fetched over HTTP(S) with libcurl (the only module
 * that includes curl.h; deadlines-full only): a conditional GET that sends
 * the ETag of the copy already held, follows a few redirects, and refuses
 * what is too big, too slow or not a success.
 */
#ifndef DL_FETCH_H
#define DL_FETCH_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { FETCH_LIMIT = 64 << 20 }; /* octets */

struct fetched {
	int not_modified; /* 304: the copy held is current (body NULL) */
	char *body;	  /* NUL-terminated, malloc'd */
	size_t len;
	char *etag; /* the answer's ETag, or NULL */
};

/* 1 if s looks like a URL for fetch (http:// or https://). (Inline, as
 * fetched_free: 'deadlines', without libcurl, asks too.) */
static inline int fetch_is_url(const char *s)
{
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8);
}
/* GET url (with If-None-Match: etag when etag is not NULL): 0, or -1 with
 * *err ("cannot fetch 'URL': 404 Not Found"). */
int fetch_url(const char *url, const char *etag, struct fetched *out, char **err);
static inline void fetched_free(struct fetched *f)
{
	free(f->body);
	free(f->etag);
	memset(f, 0, sizeof *f);
}

#endif
