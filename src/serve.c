/*
 * serve.c: the feed server on libmicrohttpd (see serve.h). One polling
 * thread answers every connection, so the one SQLite connection is used from
 * one thread only. Limits: 64 connections, 10 s idle timeout, 16 KiB per
 * connection for the request line and headers. There is no per-address
 * limit: behind the TLS proxy every client has the proxy's address.
 */
#include "serve.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feedbuild.h"
#include "store.h"
#include "token.h"
#include "util.h"

struct server {
	store *db;
};

static enum MHD_Result reply(struct MHD_Connection *conn, unsigned code, const char *body,
			     const char *type, const char *etag, const char *modified, int head)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(head ? 0 : strlen(body), (void *)body,
								 MHD_RESPMEM_MUST_COPY);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "private, max-age=300");
	if (etag)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
	if (modified)
		MHD_add_response_header(r, MHD_HTTP_HEADER_LAST_MODIFIED, modified);
	if (code == MHD_HTTP_METHOD_NOT_ALLOWED)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
	enum MHD_Result rc = MHD_queue_response(conn, code, r);
	MHD_destroy_response(r);
	return rc;
}

/* "/feeds/TOKEN.ics" with TOKEN of 16 to 128 URL-safe characters; 0 or -1. */
int serve_token_of(const char *url, char token[129])
{
	static const char prefix[] = "/feeds/";
	if (strncmp(url, prefix, sizeof prefix - 1))
		return -1;
	const char *t = url + sizeof prefix - 1, *dot = strrchr(t, '.');
	if (!dot || strcmp(dot, ".ics") || dot - t < 16 || dot - t > 128)
		return -1;
	for (const char *p = t; p < dot; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '-' || *p == '_'))
			return -1;
	memcpy(token, t, (size_t)(dot - t));
	token[dot - t] = '\0';
	return 0;
}

/* "2026-01-01T00:00:00Z" -> an HTTP date, and its time_t. */
static time_t http_date(const char *stamp, char out[40])
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (!stamp || sscanf(stamp, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
			      &tm.tm_min, &tm.tm_sec) != 6) {
		tm.tm_year = 1970, tm.tm_mon = 1, tm.tm_mday = 1;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm);
	static const char *const wd[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	static const char *const mo[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	struct tm g;
	gmtime_r(&t, &g);
	snprintf(out, 40, "%s, %02d %s %04d %02d:%02d:%02d GMT", wd[g.tm_wday], g.tm_mday, mo[g.tm_mon],
		 g.tm_year + 1900, g.tm_hour, g.tm_min, g.tm_sec);
	return t;
}

time_t serve_parse_http_date(const char *s)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (!s || !strptime(s, "%a, %d %b %Y %H:%M:%S GMT", &tm))
		return (time_t)-1;
	return timegm(&tm);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url,
			      const char *method, const char *version, const char *upload_data,
			      size_t *upload_data_size, void **req_cls)
{
	struct server *srv = cls;
	(void)version, (void)upload_data, (void)req_cls;
	int head = !strcmp(method, MHD_HTTP_METHOD_HEAD);
	if (strcmp(method, MHD_HTTP_METHOD_GET) && !head)
		return reply(conn, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed\n", "text/plain", NULL, NULL, 0);
	if (*upload_data_size)
		return reply(conn, MHD_HTTP_BAD_REQUEST, "a GET has no body\n", "text/plain", NULL, NULL, 0);
	char token[129], hash[65];
	struct subscriber_row sub;
	/* Unknown and malformed tokens get the same answer. The lookup is by the
	 * token's SHA-256, so its time does not depend on how much of a wrong
	 * token matches a right one. */
	if (serve_token_of(url, token) != 0)
		return reply(conn, MHD_HTTP_NOT_FOUND, "not found\n", "text/plain", NULL, NULL, head);
	token_hash(token, hash);
	/* the database's files may have been made or removed since the last request */
	char *rerr = NULL;
	if (store_refresh(srv->db, &rerr) != STORE_OK) {
		fprintf(stderr, "deadlines: serve: %s (answering from the database as it was)\n", rerr);
		free(rerr);
	}
	if (store_subscriber_by_hash(srv->db, hash, &sub) != STORE_OK)
		return reply(conn, MHD_HTTP_NOT_FOUND, "not found\n", "text/plain", NULL, NULL, head);
	char newest[32], *err = NULL;
	char *feed = feed_for_subscriber(srv->db, &sub, newest, &err);
	subscriber_row_free(&sub);
	if (!feed) {
		fprintf(stderr, "deadlines: serve: %s\n", err);
		free(err);
		return reply(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error\n", "text/plain", NULL, NULL, head);
	}
	char sha[65], etag[40], modified[40];
	sha256_hex(feed, strlen(feed), sha);
	snprintf(etag, sizeof etag, "\"%.32s\"", sha);
	time_t last = http_date(newest[0] ? newest : NULL, modified);
	const char *inm = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH);
	const char *ims = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_MODIFIED_SINCE);
	int not_modified = inm ? (strstr(inm, etag) != NULL || !strcmp(inm, "*"))
			       : (ims && serve_parse_http_date(ims) != (time_t)-1 && serve_parse_http_date(ims) >= last);
	enum MHD_Result rc = not_modified
				     ? reply(conn, MHD_HTTP_NOT_MODIFIED, "", "text/calendar; charset=utf-8", etag,
					     modified, 1)
				     : reply(conn, MHD_HTTP_OK, feed, "text/calendar; charset=utf-8", etag,
					     modified, head);
	free(feed);
	return rc;
}

int serve_run(const char *db_path, const char *address, int port, char **err)
{
	struct server srv = {NULL};
	if (store_open(db_path, STORE_READONLY, &srv.db, err) != STORE_OK)
		return -1;
	int v6 = strchr(address, ':') != NULL;
	struct sockaddr_in sa;
	struct sockaddr_in6 sa6;
	memset(&sa, 0, sizeof sa);
	memset(&sa6, 0, sizeof sa6);
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa6.sin6_family = AF_INET6;
	sa6.sin6_port = htons((uint16_t)port);
	int parsed = v6 ? inet_pton(AF_INET6, address, &sa6.sin6_addr) : inet_pton(AF_INET, address, &sa.sin_addr);
	if (parsed != 1) {
		*err = xasprintf("cannot listen on '%s': not an %s address", address, v6 ? "IPv6" : "IPv4");
		store_close(srv.db);
		return -1;
	}
	/* "[::1]:8080" in messages, as in a URL */
	char *shown = xasprintf(v6 ? "[%s]:%d" : "%s:%d", address, port);
	/* SIGINT/SIGTERM end the server: block them so the polling thread never
	 * takes them, then wait for one here. */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0), (uint16_t)port,
		NULL, NULL, handle, &srv, MHD_OPTION_SOCK_ADDR,
		v6 ? (struct sockaddr *)&sa6 : (struct sockaddr *)&sa, MHD_OPTION_CONNECTION_LIMIT, (unsigned)64,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)16384, MHD_OPTION_END);
	if (!d) {
		*err = xasprintf("cannot listen on %s: %s", shown,
				 errno ? strerror(errno) : "the address is in use or not permitted");
		free(shown);
		store_close(srv.db);
		return -1;
	}
	fprintf(stderr, "deadlines: serving feeds on http://%s/feeds/TOKEN.ics\n", shown);
	free(shown);
	int sig;
	sigwait(&stop, &sig);
	MHD_stop_daemon(d);
	store_close(srv.db);
	return 0;
}
