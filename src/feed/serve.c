/*
 * serve.c: the feed server on libmicrohttpd (see serve.h). One polling
 * thread answers every connection, so the one SQLite connection is used from
 * one thread only. Limits (SECURITY.md): 256 connections, a number per client
 * address (--per-address, default 16), 16 KiB per connection for the request
 * line and headers, a 10 s idle timeout, and deadlines that no slow client
 * can stretch by sending a byte now and then (Slowloris): 10 s to send a
 * whole request, 120 s to take a whole answer. The main thread enforces the
 * deadlines every 250 ms by shutting the connection's socket down (the
 * polling thread then closes it); when more than 192 connections are open, a
 * new one cuts the oldest that has not finished sending its request, so
 * connections spread over many addresses cannot keep others out either.
 */
#include "serve.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "feed.h"
#include "store.h"
#include "token.h"
#include "util.h"

enum {
	MAX_CONNECTIONS = 256,
	SOFT_CONNECTIONS = 192,  /* above this, a new connection cuts the oldest unfinished request */
	IDLE_TIMEOUT = 10,       /* seconds without progress */
	REQUEST_DEADLINE = 10,   /* seconds to send a request's line and headers */
	RESPONSE_DEADLINE = 120, /* seconds to take its answer */
	SWEEP_MS = 250,
};

/* One open connection, in the order they were opened (or their last answer
 * finished, for a kept-alive one). */
struct conn {
	struct conn *prev, *next;
	int fd;
	struct timespec since; /* CLOCK_MONOTONIC */
	int answering;         /* the request is whole; its answer is going out */
	int cut;               /* its socket was shut down */
};

struct server {
	store *db;
	pthread_mutex_t lock; /* the connection list: the polling thread and the sweeper */
	struct conn *oldest, *newest;
	size_t nconn;
	pthread_mutex_t log_lock;
	char last_log[256];   /* libmicrohttpd's last message, */
	time_t last_log_at;   /* when it was printed, */
	unsigned repeats;     /* and how often it came again since */
};

/* MHD_OPTION_EXTERNAL_LOGGER: libmicrohttpd's messages as ours ("deadlines:
 * serve: ..."), a message that comes again within a minute counted instead
 * of printed: under attack it would say the same for every connection. */
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	struct server *srv = cls;
	char msg[256];
	vsnprintf(msg, sizeof msg, fmt, ap);
	size_t n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == '.'))
		msg[--n] = '\0';
	if (msg[0] >= 'A' && msg[0] <= 'Z' && !(msg[1] >= 'A' && msg[1] <= 'Z'))
		msg[0] = (char)(msg[0] - 'A' + 'a'); /* our messages start in lower case */
	time_t now = time(NULL);
	pthread_mutex_lock(&srv->log_lock);
	if (!strcmp(msg, srv->last_log) && now - srv->last_log_at < 60) {
		srv->repeats++;
	} else {
		if (srv->repeats)
			fprintf(stderr, "deadlines: serve: (the message before came %u more times)\n", srv->repeats);
		fprintf(stderr, "deadlines: serve: %s\n", msg);
		snprintf(srv->last_log, sizeof srv->last_log, "%s", msg);
		srv->last_log_at = now;
		srv->repeats = 0;
	}
	pthread_mutex_unlock(&srv->log_lock);
}

static double elapsed(const struct timespec *since, const struct timespec *now)
{
	return (double)(now->tv_sec - since->tv_sec) + (double)(now->tv_nsec - since->tv_nsec) / 1e9;
}

/* Shut c's socket down (once): the polling thread sees the end and closes it. */
static void cut(struct conn *c)
{
	if (!c->cut) {
		shutdown(c->fd, SHUT_RDWR);
		c->cut = 1;
	}
}

static void list_remove(struct server *srv, struct conn *c)
{
	*(c->prev ? &c->prev->next : &srv->oldest) = c->next;
	*(c->next ? &c->next->prev : &srv->newest) = c->prev;
	srv->nconn--;
}

static void list_append(struct server *srv, struct conn *c)
{
	c->prev = srv->newest;
	c->next = NULL;
	*(srv->newest ? &srv->newest->next : &srv->oldest) = c;
	srv->newest = c;
	srv->nconn++;
}

/* MHD_OPTION_NOTIFY_CONNECTION: keep the list of open connections; past
 * SOFT_CONNECTIONS, a new one cuts the oldest that is still sending its
 * request. */
static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
			  enum MHD_ConnectionNotificationCode toe)
{
	struct server *srv = cls;
	pthread_mutex_lock(&srv->lock);
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *info =
			MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
		struct conn *c = xcalloc(1, sizeof *c);
		c->fd = info ? info->connect_fd : -1;
		c->cut = c->fd < 0;
		clock_gettime(CLOCK_MONOTONIC, &c->since);
		list_append(srv, c);
		*socket_context = c;
		if (srv->nconn > SOFT_CONNECTIONS)
			for (struct conn *o = srv->oldest; o && o != c; o = o->next)
				if (!o->answering && !o->cut) {
					cut(o);
					break;
				}
	} else if (*socket_context) {
		list_remove(srv, *socket_context);
		free(*socket_context);
		*socket_context = NULL;
	}
	pthread_mutex_unlock(&srv->lock);
}

/* Mark conn's request whole (answering) or answered (the next one's
 * deadline starts now). */
static void set_answering(struct server *srv, struct MHD_Connection *conn, int answering)
{
	const union MHD_ConnectionInfo *info = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	pthread_mutex_lock(&srv->lock);
	struct conn *c = info ? info->socket_context : NULL;
	if (c) {
		c->answering = answering;
		if (!answering)
			clock_gettime(CLOCK_MONOTONIC, &c->since);
	}
	pthread_mutex_unlock(&srv->lock);
}

/* MHD_OPTION_NOTIFY_COMPLETED */
static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
			 enum MHD_RequestTerminationCode toe)
{
	(void)req_cls, (void)toe;
	set_answering(cls, conn, 0);
}

/* Cut every connection past its deadline. */
static void sweep(struct server *srv)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	pthread_mutex_lock(&srv->lock);
	for (struct conn *c = srv->oldest; c; c = c->next)
		if (elapsed(&c->since, &now) > (c->answering ? RESPONSE_DEADLINE : REQUEST_DEADLINE))
			cut(c);
	pthread_mutex_unlock(&srv->lock);
}

/* Queue an answer. For HEAD too the whole body is given: libmicrohttpd sends
 * its Content-Length and leaves the body out. */
static enum MHD_Result reply(struct MHD_Connection *conn, unsigned code, const char *body,
			     const char *type, const char *etag, const char *modified)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(strlen(body), (void *)body,
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
	(void)version, (void)upload_data, (void)upload_data_size, (void)req_cls;
	/* called once a request's line and headers are in; every answer is
	 * queued at this first call, before any body is read */
	set_answering(srv, conn, 1);
	int head = !strcmp(method, MHD_HTTP_METHOD_HEAD);
	if (strcmp(method, MHD_HTTP_METHOD_GET) && !head)
		return reply(conn, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed\n", "text/plain", NULL, NULL);
	if (!MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST))
		return reply(conn, MHD_HTTP_BAD_REQUEST, "a request needs a Host header\n", "text/plain", NULL, NULL);
	const char *length = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	if ((length && strcmp(length, "0")) ||
	    MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING))
		return reply(conn, MHD_HTTP_BAD_REQUEST, "a GET has no body\n", "text/plain", NULL, NULL);
	char token[129], hash[65];
	struct subscriber_row sub;
	/* Unknown and malformed tokens get the same answer. The lookup is by the
	 * token's SHA-256, so its time does not depend on how much of a wrong
	 * token matches a right one. */
	if (serve_token_of(url, token) != 0)
		return reply(conn, MHD_HTTP_NOT_FOUND, "not found\n", "text/plain", NULL, NULL);
	token_hash(token, hash);
	/* the database's files may have been made or removed since the last request */
	char *rerr = NULL;
	if (store_refresh(srv->db, &rerr) != STORE_OK) {
		fprintf(stderr, "deadlines: serve: %s (answering from the database as it was)\n", rerr);
		free(rerr);
	}
	if (store_subscriber_by_hash(srv->db, hash, &sub) != STORE_OK)
		return reply(conn, MHD_HTTP_NOT_FOUND, "not found\n", "text/plain", NULL, NULL);
	char newest[32], *err = NULL;
	char *feed = feed_for_subscriber(srv->db, &sub, newest, &err);
	subscriber_row_free(&sub);
	if (!feed) {
		fprintf(stderr, "deadlines: serve: %s\n", err);
		free(err);
		return reply(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error\n", "text/plain", NULL, NULL);
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
					     modified)
				     : reply(conn, MHD_HTTP_OK, feed, "text/calendar; charset=utf-8", etag,
					     modified);
	free(feed);
	return rc;
}

int serve_run(const char *db_path, const char *address, int port, int per_address, char **err)
{
	struct server srv;
	memset(&srv, 0, sizeof srv);
	pthread_mutex_init(&srv.lock, NULL);
	pthread_mutex_init(&srv.log_lock, NULL);
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
		MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0), (uint16_t)port, NULL,
		NULL, handle, &srv, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, &srv, MHD_OPTION_SOCK_ADDR,
		v6 ? (struct sockaddr *)&sa6 : (struct sockaddr *)&sa,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)MAX_CONNECTIONS, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
		(unsigned)per_address, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_TIMEOUT,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)16384, MHD_OPTION_NOTIFY_CONNECTION, on_connection,
		&srv, MHD_OPTION_NOTIFY_COMPLETED, on_completed, &srv, MHD_OPTION_END);
	if (!d) {
		*err = xasprintf("cannot listen on %s: %s", shown,
				 errno ? strerror(errno) : "the address is in use or not permitted");
		free(shown);
		store_close(srv.db);
		pthread_mutex_destroy(&srv.lock);
		pthread_mutex_destroy(&srv.log_lock);
		return -1;
	}
	fprintf(stderr, "deadlines: serving feeds on http://%s/feeds/TOKEN.ics\n", shown);
	free(shown);
	const struct timespec tick = {0, SWEEP_MS * 1000000L};
	while (sigtimedwait(&stop, NULL, &tick) < 0)
		sweep(&srv);
	MHD_stop_daemon(d);
	if (srv.repeats)
		fprintf(stderr, "deadlines: serve: (the message before came %u more times)\n", srv.repeats);
	store_close(srv.db);
	pthread_mutex_destroy(&srv.lock);
	pthread_mutex_destroy(&srv.log_lock);
	return 0;
}
