/*
 * util.h: small helpers shared by every module: checked allocation, a growable
 * string buffer, and the program's error-message convention
 * ("deadlines: cannot open database 'x.db': Permission denied").
 */
#ifndef DL_UTIL_H
#define DL_UTIL_H

#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Exit statuses (DESIGN.md): stable for scripts. */
enum { DL_EXIT_OK = 0, DL_EXIT_FAIL = 1, DL_EXIT_USAGE = 2, DL_EXIT_NOSERVER = 3 };

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* Print "deadlines: MESSAGE" on standard error. */
void dl_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print "deadlines: warning: MESSAGE" on standard error. */
void dl_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable NUL-terminated byte buffer. */
struct buf {
	char *data;
	size_t len, cap;
};
void buf_init(struct buf *b);
void buf_free(struct buf *b);
/* Grow b to hold extra more bytes and the NUL (buf_reserve's slow path). */
void buf_grow(struct buf *b, size_t extra);
/* Room for extra more bytes (and the NUL) without another allocation. */
static inline void buf_reserve(struct buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
		buf_grow(b, extra);
}
static inline void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}
static inline void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}
static inline void buf_putc(struct buf *b, char c)
{
	buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Hand the buffer's string to the caller (never NULL) and reset the buffer. */
char *buf_detach(struct buf *b);

/* v in decimal into buf, which it returns (printf costs ten times more). */
char *uint_text(unsigned long long v, char buf[24]);

/* Case-insensitive ASCII equality; NULL equals only NULL. */
int streq_ci(const char *a, const char *b);
/* 1 if s starts with prefix. */
int has_prefix(const char *s, const char *prefix);

/* Parse a whole decimal integer in [min, max]; 0 on success, -1 otherwise. */
int parse_int(const char *s, long min, long max, long *out);

/* UTF-8, the one validator: the character at s (at most n bytes): its length
 * (1-4) with *cp its code point, or 0 when the bytes there are not one
 * (a stray continuation byte, an overlong form, a surrogate, a code point
 * above U+10FFFF, or a character that n cuts short). */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
/* The offset of the first byte in s[0, n) that is not part of a valid UTF-8
 * character, or n when there is none. */
size_t utf8_invalid_at(const char *s, size_t n);
/* How many bytes of s to keep to cut it to at most max bytes without
 * splitting a UTF-8 character: strlen(s) if that is no more than max. */
size_t utf8_cut(const char *s, size_t max);
/* Copy src into dst (size bytes, size > 0), cut as utf8_cut says. */
void utf8_copy(char *dst, size_t size, const char *src);
/* 1 for a control character: C0 (tab and newline included), DEL, C1. */
int unicode_control(uint32_t cp);
/* Append s as text safe to hand on (a calendar, a notification): each byte
 * that is not part of a valid UTF-8 character as U+FFFD, no control
 * character but tab and newline. */
void buf_put_clean(struct buf *b, const char *s);

/* Read a whole file (or standard input for "-") into memory; NUL-terminated.
 * Returns 0, or -1 with errno set. *len gets the byte count (may hold NULs). */
int read_file(const char *path, char **out, size_t *len, size_t limit);

/* Errors of the file helpers below that errno has no name for; dl_strerror
 * gives their text, and strerror's for every other errno. */
enum { DL_ESYMLINK = 4097, DL_ENOTREG = 4098 };
const char *dl_strerror(int err);

/* The mode a new file gets when none is asked for: 0666 less the umask. */
int default_file_mode(void);
/* Parse an octal file mode for --mode ("644", "0640"): read and write bits
 * only (no execute, setuid, setgid or sticky bit); 0, or -1. */
int parse_file_mode(const char *s, int *mode);

/* Create every missing directory of path (not a last component without a
 * trailing slash when leaf is 0; all of it when leaf is 1) with mode; an
 * existing one is left as it is. Returns 0, or -1 with errno set. */
int make_dirs(const char *path, int mode, int leaf);

/* A file written in steps that appears whole or not at all, beside its final
 * name in a directory held open, so that no step follows a symbolic link a
 * writer of that directory put in our way: the temporary file is created
 * anew (O_CREAT|O_EXCL|O_NOFOLLOW, named NAME.tmp.PID.RANDOM), its mode set
 * on the descriptor, then renamed over NAME. A NAME that is a symbolic link
 * (DL_ESYMLINK) or not a regular file (DL_ENOTREG) is refused, not replaced.
 * atomic_open: dirfd (or AT_FDCWD) and a path relative to it; mode, or -1 for
 * default_file_mode(). atomic_commit flushes the file to disk and renames it;
 * atomic_abort removes it; both release everything. atomic_open and
 * atomic_commit return 0, or -1 with errno set (and nothing left behind). */
struct atomic_file {
	FILE *f;   /* write the content here */
	int dirfd; /* the directory, held open */
	int mode;
	char *name, *tmp;
};
int atomic_open(struct atomic_file *a, int dirfd, const char *path, int mode);
int atomic_commit(struct atomic_file *a);
void atomic_abort(struct atomic_file *a);

/* Write data to path (relative to dirfd, or AT_FDCWD) as atomic_open and
 * atomic_commit do, with mode (-1: default_file_mode()). With
 * only_if_changed, an existing regular file with the same bytes is left in
 * place (its mode set to mode if it differs) and *changed is 0. Returns 0, or
 * -1 with errno set. */
int write_atomic(int dirfd, const char *path, const char *data, size_t len, int only_if_changed,
		 int mode, int *changed);

/* Read a regular file (never through a symbolic link, never blocking on a
 * FIFO) relative to dirfd into memory, NUL-terminated, at most limit bytes.
 * Returns 0, or -1 with errno set (ENOENT when there is none, DL_ESYMLINK,
 * DL_ENOTREG, EFBIG). */
int read_regular_file(int dirfd, const char *path, char **out, size_t *len, size_t limit);
/* The names in directory dir (but . and ..) that keep(name, arg) takes (keep
 * NULL: all), sorted bytewise, each malloc'd, in a malloc'd array; *n their
 * count. NULL with errno when dir cannot be read. */
char **dir_list(const char *dir, int (*keep)(const char *name, void *arg), void *arg, size_t *n);
void dir_list_free(char **names, size_t n);

/* An identity of process pid that a reused pid does not share: "PID START
 * BOOT" (its start time and the boot's id, from /proc), or "PID" alone where
 * /proc does not say. 0, or -1 if there is no such process. */
int process_identity(long pid, char *out, size_t n);
/* 1 if the process of an identity process_identity gave is still running. */
int process_running(const char *identity);

/* Fill buf with n random bytes from the operating system; 0 or -1. */
int os_random(void *buf, size_t n);

/* Lower-case hex SHA-256 of data (65 bytes with the NUL). */
void sha256_hex(const void *data, size_t len, char out[65]);

#endif
