/*
 * fetch.c: a calendar over HTTP(S) with libcurl (see fetch.h).
 */
#include "fetch.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

struct sink {
	struct buf body;
	char *etag;
	int too_big;
};

static size_t on_body(char *data, size_t size, size_t n, void *arg)
{
	struct sink *s = arg;
	if (s->body.len + size * n > FETCH_LIMIT) {
		s->too_big = 1;
		return 0; /* stops the transfer */
	}
	buf_add(&s->body, data, size * n);
	return size * n;
}

/* "ETag: value" among the answer's headers (the last answer's: a redirect's
 * are dropped when the next begins). */
static size_t on_header(char *data, size_t size, size_t n, void *arg)
{
	struct sink *s = arg;
	size_t len = size * n;
	if (len >= 5 && !strncmp(data, "HTTP/", 5)) { /* a new answer */
		free(s->etag);
		s->etag = NULL;
	} else if (len > 5 && !strncasecmp(data, "ETag:", 5)) {
		const char *v = data + 5, *e = data + len;
		while (v < e && (*v == ' ' || *v == '\t'))
			v++;
		while (e > v && (e[-1] == '\r' || e[-1] == '\n' || e[-1] == ' '))
			e--;
		free(s->etag);
		s->etag = xstrndup(v, (size_t)(e - v));
	}
	return len;
}

int fetch_url(const char *url, const char *etag, struct fetched *out, char **err)
{
	memset(out, 0, sizeof out[0]);
	struct sink s;
	memset(&s, 0, sizeof s);
	buf_init(&s.body);
	CURL *c = curl_easy_init();
	if (!c) {
		*err = xstrdup("cannot start libcurl");
		return -1;
	}
	char curl_err[CURL_ERROR_SIZE] = "";
	struct curl_slist *headers = NULL;
	char *inm = etag ? xasprintf("If-None-Match: %s", etag) : NULL;
	if (inm)
		headers = curl_slist_append(headers, inm);
	headers = curl_slist_append(headers, "Accept: text/calendar");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 120L);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)FETCH_LIMIT);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "deadlines/" PACKAGE_VERSION);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, &s);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, curl_err);
	CURLcode rc = curl_easy_perform(c);
	long code = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	int ok = -1;
	if (s.too_big || rc == CURLE_FILESIZE_EXCEEDED)
		*err = xasprintf("cannot fetch '%s': larger than %d MB", url, FETCH_LIMIT >> 20);
	else if (rc != CURLE_OK)
		*err = xasprintf("cannot fetch '%s': %s", url,
				 *curl_err ? curl_err : curl_easy_strerror(rc));
	else if (code == 304 && etag)
		ok = 0, out->not_modified = 1;
	else if (code != 200)
		*err = xasprintf("cannot fetch '%s': the server answered %ld", url, code);
	else
		ok = 0;
	if (ok == 0 && !out->not_modified) {
		out->len = s.body.len;
		out->body = buf_detach(&s.body);
		out->etag = s.etag;
		s.etag = NULL;
	}
	buf_free(&s.body);
	free(s.etag);
	free(inm);
	curl_slist_free_all(headers);
	curl_easy_cleanup(c);
	return ok;
}
