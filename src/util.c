/*
 * util.c: checked allocation, string buffers, error messages, file reading,
 * OS randomness and SHA-256 (through GLib, which libnotify brings anyway).
 */
#include "util.h"

#include <errno.h>
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <unistd.h>

static void out_of_memory(void)
{
	fputs("deadlines: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	struct buf b;
	buf_init(&b);
	buf_vprintf(&b, fmt, ap);
	return buf_detach(&b);
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

static void vmessage(const char *prefix, const char *fmt, va_list ap)
{
	fputs(prefix, stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void dl_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage("deadlines: ", fmt, ap);
	va_end(ap);
}

void dl_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage("deadlines: warning: ", fmt, ap);
	va_end(ap);
}

void buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
}

void buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

static void buf_reserve(struct buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_putc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	buf_reserve(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

char *buf_detach(struct buf *b)
{
	char *s = b->data ? b->data : xstrdup("");
	buf_init(b);
	return s;
}

int streq_ci(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcasecmp(a, b) == 0;
}

int has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

int parse_int(const char *s, long min, long max, long *out)
{
	char *end;
	if (!s || !*s)
		return -1;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int read_file(const char *path, char **out, size_t *len, size_t limit)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return -1;
	struct buf b;
	char chunk[65536];
	size_t n;
	buf_init(&b);
	buf_reserve(&b, 0);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + n > limit) {
			buf_free(&b);
			if (f != stdin)
				fclose(f);
			errno = EFBIG;
			return -1;
		}
		buf_add(&b, chunk, n);
	}
	int failed = ferror(f);
	int saved = errno;
	if (f != stdin)
		fclose(f);
	if (failed) {
		buf_free(&b);
		errno = saved ? saved : EIO;
		return -1;
	}
	*len = b.len;
	*out = buf_detach(&b);
	return 0;
}

int write_atomic(const char *path, const char *data, size_t len, int only_if_changed, int *changed)
{
	if (changed)
		*changed = 1;
	if (only_if_changed) {
		char *old;
		size_t oldlen;
		if (read_file(path, &old, &oldlen, len + 1) == 0) {
			int same = oldlen == len && memcmp(old, data, len) == 0;
			free(old);
			if (same) {
				if (changed)
					*changed = 0;
				return 0;
			}
		}
	}
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f) {
		free(tmp);
		return -1;
	}
	int ok = fwrite(data, 1, len, f) == len;
	ok &= fflush(f) == 0 && fsync(fileno(f)) == 0;
	int saved = errno;
	ok &= fclose(f) == 0;
	if (!ok || rename(tmp, path) != 0) {
		saved = saved ? saved : errno;
		unlink(tmp);
		free(tmp);
		errno = saved ? saved : EIO;
		return -1;
	}
	free(tmp);
	return 0;
}

int os_random(void *buf, size_t n)
{
	unsigned char *p = buf;
	while (n > 0) {
		ssize_t got = getrandom(p, n, 0);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += got;
		n -= (size_t)got;
	}
	return 0;
}

void sha256_hex(const void *data, size_t len, char out[65])
{
	gchar *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, data, len);
	memcpy(out, hex, 64);
	out[64] = '\0';
	g_free(hex);
}
