/*
 * util.c: checked allocation, string buffers, error messages, file reading,
 * OS randomness and SHA-256 (through GLib, which libnotify brings anyway).
 */
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
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
	buf_reserve(&b, 2 * strlen(fmt)); /* most messages fit: one allocation */
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

void buf_grow(struct buf *b, size_t extra)
{
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
	b->data[b->len] = '\0'; /* a reserved but still empty buffer is "" */
}

/* The conversions buf_vprintf formats itself: %[-0][WIDTH][l|ll|z](s|c|d|u)
 * and %%. The C library's vsnprintf costs ten times more, which showed in
 * feeds of thousands of explained dates. */
struct conversion {
	int left, zero, width;
	char size; /* 0, 'l' (long), 'L' (long long), 'z' (size_t) */
	char type;
};

/* The conversion after a '%' at f: its length, or 0 if it is not one of ours. */
static size_t conversion_parse(const char *f, struct conversion *c)
{
	const char *p = f;
	*c = (struct conversion){0, 0, 0, 0, 0};
	for (; *p == '-' || *p == '0'; p++)
		*(*p == '-' ? &c->left : &c->zero) = 1;
	for (; *p >= '0' && *p <= '9'; p++)
		if ((c->width = c->width * 10 + (*p - '0')) > 1000)
			return 0;
	if (*p == 'z' || *p == 'l')
		c->size = *p++;
	if (c->size == 'l' && *p == 'l')
		c->size = 'L', p++;
	if ((*p == 's' || *p == 'c') && !c->size)
		c->type = *p;
	else if (*p == 'd' || *p == 'u')
		c->type = *p;
	else if (*p == '%' && p == f)
		c->type = '%';
	else
		return 0;
	return (size_t)(p - f) + 1;
}

/* sign (or NUL) and digits, padded to the conversion's width. */
static void put_field(struct buf *b, const struct conversion *c, char sign, const char *s, size_t n)
{
	size_t len = n + (sign != '\0');
	size_t pad = c->width > 0 && (size_t)c->width > len ? (size_t)c->width - len : 0;
	int zeros = c->zero && !c->left && (c->type == 'd' || c->type == 'u');
	buf_reserve(b, len + pad);
	if (!c->left && !zeros)
		for (; pad; pad--)
			b->data[b->len++] = ' ';
	if (sign)
		b->data[b->len++] = sign;
	for (; zeros && pad; pad--)
		b->data[b->len++] = '0';
	memcpy(b->data + b->len, s, n);
	b->len += n;
	for (; pad; pad--)
		b->data[b->len++] = ' ';
	b->data[b->len] = '\0';
}

/* Format fmt into b in one pass; -1 (b's length as it was) at the first
 * conversion that is not ours, for vsnprintf to do the whole. */
static int format_ours(struct buf *b, const char *fmt, va_list ap)
{
	size_t start = b->len;
	struct conversion c;
	char digits[24];
	for (;;) {
		const char *p = strchrnul(fmt, '%');
		buf_add(b, fmt, (size_t)(p - fmt));
		if (!*p)
			return 0;
		size_t n = conversion_parse(p + 1, &c);
		if (!n) {
			b->len = start;
			b->data[start] = '\0';
			return -1;
		}
		fmt = p + 1 + n;
		unsigned long long u = 0;
		char sign = '\0';
		switch (c.type) {
		case '%':
			buf_putc(b, '%');
			continue;
		case 's': {
			const char *s = va_arg(ap, const char *);
			s = s ? s : "(null)";
			put_field(b, &c, '\0', s, strlen(s));
			continue;
		}
		case 'c': {
			char ch = (char)va_arg(ap, int);
			put_field(b, &c, '\0', &ch, 1);
			continue;
		}
		case 'd': {
			long long v = c.size == 'L'   ? va_arg(ap, long long)
				      : c.size == 'l' ? va_arg(ap, long)
				      : c.size == 'z' ? (long long)va_arg(ap, ssize_t)
						      : va_arg(ap, int);
			u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
			sign = v < 0 ? '-' : '\0';
			break;
		}
		default: /* 'u' */
			u = c.size == 'L'   ? va_arg(ap, unsigned long long)
			    : c.size == 'l' ? va_arg(ap, unsigned long)
			    : c.size == 'z' ? va_arg(ap, size_t)
					    : va_arg(ap, unsigned);
		}
		const char *d = uint_text(u, digits);
		put_field(b, &c, sign, d, (size_t)(digits + 23 - d));
	}
}

void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int ours = format_ours(b, fmt, ap2);
	va_end(ap2);
	if (ours == 0)
		return;
	/* the rest: format once into the room there is; again only if it did not fit */
	va_copy(ap2, ap);
	buf_reserve(b, 128);
	int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap2);
	va_end(ap2);
	if (n < 0) {
		b->data[b->len] = '\0';
		return;
	}
	if ((size_t)n >= b->cap - b->len) {
		buf_reserve(b, (size_t)n);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	}
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

char *uint_text(unsigned long long v, char buf[24])
{
	char *p = buf + 23;
	*p = '\0';
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	return p;
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

size_t utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	if (n == 0)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	size_t len = (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3 : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
	if (len == 0 || len > n)
		return 0;
	uint32_t c = p[0] & (0x7F >> len);
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3F);
	}
	static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
	if (c < least[len] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	*cp = c;
	return len;
}

size_t utf8_invalid_at(const char *s, size_t n)
{
	uint32_t cp;
	size_t i = 0, len;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) { /* ASCII runs: the common case */
			i++;
			continue;
		}
		if (!(len = utf8_decode(s + i, n - i, &cp)))
			return i;
		i += len;
	}
	return n;
}

size_t utf8_cut(const char *s, size_t max)
{
	size_t n = strnlen(s, max + 1);
	if (n <= max)
		return n;
	/* s[max] is the first byte left out: back up over a character it continues */
	n = max;
	for (int k = 0; k < 3 && n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80; k++)
		n--;
	return ((unsigned char)s[n] & 0xC0) == 0x80 ? max : n;
}

void utf8_copy(char *dst, size_t size, const char *src)
{
	size_t n = utf8_cut(src, size - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
}

int unicode_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

void buf_put_clean(struct buf *b, const char *s)
{
	size_t n = strlen(s);
	buf_reserve(b, n);
	for (size_t i = 0; i < n;) {
		size_t run = i; /* printable ASCII: as it is */
		while (run < n && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7F)
			run++;
		buf_add(b, s + i, run - i);
		if ((i = run) == n)
			break;
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len)
			buf_add(b, "\xef\xbf\xbd", 3), len = 1;
		else if (cp == '\t' || cp == '\n' || !unicode_control(cp))
			buf_add(b, s + i, len);
		i += len;
	}
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
	/* a regular file's size is known: one allocation, no copies as it grows */
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size <= limit)
		buf_reserve(&b, (size_t)st.st_size);
	else
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

const char *dl_strerror(int err)
{
	if (err == DL_ESYMLINK)
		return "it is a symbolic link";
	if (err == DL_ENOTREG)
		return "not a regular file";
	return strerror(err);
}

int default_file_mode(void)
{
	/* umask() only sets: set it back at once (the programs are single-threaded
	 * where they write files) */
	mode_t mask = umask(022);
	umask(mask);
	return (int)(0666 & ~mask);
}

int parse_file_mode(const char *s, int *mode)
{
	size_t n = strlen(s);
	if (n < 3 || n > 4 || strspn(s, "01234567") != n)
		return -1;
	long v = strtol(s, NULL, 8);
	if (v & ~0666L)
		return -1;
	*mode = (int)v;
	return 0;
}

int make_dirs(const char *path, int mode, int leaf)
{
	char *p = xstrdup(path);
	size_t n = strlen(p);
	int rc = 0;
	for (size_t i = 1; i <= n && rc == 0; i++) {
		if (p[i] != '/' && !(leaf && p[i] == '\0'))
			continue;
		if (p[i - 1] == '/')
			continue; /* "a//b" */
		char saved = p[i];
		p[i] = '\0';
		struct stat sb;
		if (mkdir(p, (mode_t)mode) != 0 && errno != EEXIST)
			rc = -1;
		else if (stat(p, &sb) != 0)
			rc = -1;
		else if (!S_ISDIR(sb.st_mode))
			errno = ENOTDIR, rc = -1;
		p[i] = saved;
	}
	int saved = errno;
	free(p);
	errno = saved;
	return rc;
}

/* The type of dirfd/name without following a link: 0 if it is a regular file
 * (*sb filled), 1 if there is none, -1 with errno (DL_ESYMLINK, DL_ENOTREG or
 * the system's). */
static int regular_or_none(int dirfd, const char *name, struct stat *sb)
{
	if (fstatat(dirfd, name, sb, AT_SYMLINK_NOFOLLOW) != 0)
		return errno == ENOENT ? 1 : -1;
	if (S_ISLNK(sb->st_mode))
		return errno = DL_ESYMLINK, -1;
	if (!S_ISREG(sb->st_mode))
		return errno = DL_ENOTREG, -1;
	return 0;
}

/* Open dirfd/name for reading if it is a regular file, without following a
 * link or blocking on a FIFO (a file swapped in between is caught by
 * comparing the two stats): the descriptor, or -1 with errno as above. */
static int open_regular(int dirfd, const char *name, struct stat *sb)
{
	int t = regular_or_none(dirfd, name, sb);
	if (t != 0)
		return t > 0 ? (errno = ENOENT, -1) : -1;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return errno == ELOOP ? (errno = DL_ESYMLINK, -1) : -1;
	struct stat now;
	if (fstat(fd, &now) != 0 || now.st_dev != sb->st_dev || now.st_ino != sb->st_ino ||
	    !S_ISREG(now.st_mode)) {
		close(fd);
		return errno = DL_ENOTREG, -1;
	}
	return fd;
}

/* The whole of fd (at most limit bytes) into memory; 0 or -1 with errno. */
static int read_fd(int fd, char **out, size_t *len, size_t limit)
{
	struct buf b;
	char chunk[65536];
	buf_init(&b);
	buf_reserve(&b, 0);
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int saved = errno;
			buf_free(&b);
			return errno = saved, -1;
		}
		if (n == 0)
			break;
		if (b.len + (size_t)n > limit) {
			buf_free(&b);
			return errno = EFBIG, -1;
		}
		buf_add(&b, chunk, (size_t)n);
	}
	*len = b.len;
	*out = buf_detach(&b);
	return 0;
}

int read_regular_file(int dirfd, const char *path, char **out, size_t *len, size_t limit)
{
	struct stat sb;
	int fd = open_regular(dirfd, path, &sb);
	if (fd < 0)
		return -1;
	int rc = read_fd(fd, out, len, limit);
	int saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

/* The directory part of path (relative to dirfd) opened, and its last
 * component in *name: the descriptor, or -1 with errno. */
static int open_parent(int dirfd, const char *path, char **name)
{
	const char *slash = strrchr(path, '/');
	if (!*path || (slash && !slash[1]))
		return errno = EISDIR, -1;
	char *dir = slash ? (slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path)))
			  : xstrdup(".");
	int fd = openat(dirfd, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int saved = errno;
	free(dir);
	if (fd < 0)
		return errno = saved, -1;
	*name = xstrdup(slash ? slash + 1 : path);
	return fd;
}

int atomic_open(struct atomic_file *a, int dirfd, const char *path, int mode)
{
	memset(a, 0, sizeof *a);
	a->dirfd = open_parent(dirfd, path, &a->name);
	if (a->dirfd < 0)
		return -1;
	a->mode = mode >= 0 ? mode : default_file_mode();
	struct stat sb;
	int fd = -1;
	if (regular_or_none(a->dirfd, a->name, &sb) >= 0) {
		for (int tries = 0; fd < 0 && tries < 100; tries++) {
			unsigned char r[4];
			if (os_random(r, sizeof r) != 0)
				break;
			free(a->tmp);
			a->tmp = xasprintf("%s.tmp.%ld.%02x%02x%02x%02x", a->name, (long)getpid(), r[0], r[1],
					   r[2], r[3]);
			fd = openat(a->dirfd, a->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
				    0600);
			if (fd < 0 && errno != EEXIST)
				break;
		}
	}
	if (fd >= 0 && !(a->f = fdopen(fd, "w"))) {
		int saved = errno;
		close(fd);
		unlinkat(a->dirfd, a->tmp, 0);
		errno = saved;
	}
	if (!a->f) {
		int saved = errno;
		close(a->dirfd);
		free(a->name);
		free(a->tmp);
		memset(a, 0, sizeof *a);
		errno = saved;
		return -1;
	}
	return 0;
}

/* Release a: the stream (if still open), the directory and the names. */
static void atomic_release(struct atomic_file *a)
{
	close(a->dirfd);
	free(a->name);
	free(a->tmp);
	memset(a, 0, sizeof *a);
}

void atomic_abort(struct atomic_file *a)
{
	int saved = errno;
	fclose(a->f);
	unlinkat(a->dirfd, a->tmp, 0);
	atomic_release(a);
	errno = saved;
}

int atomic_commit(struct atomic_file *a)
{
	struct stat sb;
	errno = 0;
	int ok = fflush(a->f) == 0 && !ferror(a->f) && fchmod(fileno(a->f), (mode_t)a->mode) == 0 &&
		 fsync(fileno(a->f)) == 0;
	int saved = errno;
	ok &= fclose(a->f) == 0;
	saved = saved ? saved : errno;
	/* a link or other file put at the name since atomic_open is refused too */
	if (ok && regular_or_none(a->dirfd, a->name, &sb) < 0)
		ok = 0, saved = errno;
	if (ok && renameat(a->dirfd, a->tmp, a->dirfd, a->name) != 0)
		ok = 0, saved = errno;
	if (!ok) {
		unlinkat(a->dirfd, a->tmp, 0);
		atomic_release(a);
		errno = saved ? saved : EIO;
		return -1;
	}
	fsync(a->dirfd); /* the rename itself on disk (best effort) */
	atomic_release(a);
	return 0;
}

int write_atomic(int dirfd, const char *path, const char *data, size_t len, int only_if_changed,
		 int mode, int *changed)
{
	if (changed)
		*changed = 1;
	mode = mode >= 0 ? mode : default_file_mode();
	if (only_if_changed) {
		struct stat sb;
		int fd = open_regular(dirfd, path, &sb);
		if (fd < 0 && errno != ENOENT)
			return -1;
		char *old = NULL;
		size_t oldlen = 0;
		int same = fd >= 0 && (size_t)sb.st_size == len && read_fd(fd, &old, &oldlen, len + 1) == 0 &&
			   oldlen == len && memcmp(old, data, len) == 0;
		free(old);
		/* the same bytes: only the mode may need setting, on a file of
		 * ours that has no other name (else it is replaced by our own) */
		if (same && (int)(sb.st_mode & 07777) != mode &&
		    (sb.st_uid != geteuid() || sb.st_nlink != 1 || fchmod(fd, (mode_t)mode) != 0))
			same = 0;
		if (fd >= 0)
			close(fd);
		if (same) {
			if (changed)
				*changed = 0;
			return 0;
		}
	}
	struct atomic_file a;
	if (atomic_open(&a, dirfd, path, mode) != 0)
		return -1;
	if (fwrite(data, 1, len, a.f) != len) {
		int saved = errno;
		atomic_abort(&a);
		errno = saved ? saved : EIO;
		return -1;
	}
	return atomic_commit(&a);
}

int process_identity(long pid, char *out, size_t n)
{
	char path[64], *stat = NULL, *boot = NULL;
	size_t len;
	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	if (read_regular_file(AT_FDCWD, path, &stat, &len, 4096) != 0) {
		if (errno == ENOENT)
			return -1;
		if (kill((pid_t)pid, 0) != 0 && errno == ESRCH)
			return -1;
		snprintf(out, n, "%ld", pid); /* no /proc: the pid alone */
		return 0;
	}
	/* the start time is field 22; the name (field 2) may hold spaces, so
	 * count from the ')' that ends it */
	char *p = strrchr(stat, ')'), *save = NULL, *start = NULL;
	int field = 2;
	for (char *t = p ? strtok_r(p + 1, " ", &save) : NULL; t && !start; t = strtok_r(NULL, " ", &save))
		if (++field == 22)
			start = t;
	if (read_regular_file(AT_FDCWD, "/proc/sys/kernel/random/boot_id", &boot, &len, 64) == 0)
		boot[strcspn(boot, "\n")] = '\0';
	if (start && boot)
		snprintf(out, n, "%ld %s %s", pid, start, boot);
	else
		snprintf(out, n, "%ld", pid);
	free(stat);
	free(boot);
	return 0;
}

int process_running(const char *identity)
{
	char *end, now[160];
	long pid = strtol(identity, &end, 10);
	if (end == identity || pid <= 0)
		return 0;
	if (process_identity(pid, now, sizeof now) != 0)
		return 0;
	/* with only a pid to go by, a live process of that pid counts */
	return !strchr(identity, ' ') || !strchr(now, ' ') ? 1 : strcmp(identity, now) == 0;
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

static int by_bytes(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **dir_list(const char *dir, int (*keep)(const char *name, void *arg), void *arg, size_t *n)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t count = 0;
	struct dirent *e;
	if (!d)
		return NULL;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") || (keep && !keep(e->d_name, arg)))
			continue;
		names = xrealloc(names, (count + 1) * sizeof *names);
		names[count++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (!names)
		names = xcalloc(1, sizeof *names);
	qsort(names, count, sizeof *names, by_bytes);
	*n = count;
	return names;
}

void dir_list_free(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
