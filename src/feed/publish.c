/*
 * publish.c: every subscriber's feed written into a directory for a static
 * web server (see publish.h).
 *
 * DIR may belong to someone else (a web server's account), so nothing here
 * follows a symbolic link in it: every file is made, read, renamed and
 * removed relative to the directory's descriptor, new files with
 * O_EXCL|O_NOFOLLOW (util.h's atomic_open); a feed's name that is a link or
 * not a regular file is refused. One run at a time writes into DIR (a lock
 * on it), so the temporary files of a run that was killed are removed by the
 * next. Revocation: DIR/.deadlines-publish lists the SHA-256 of the name of
 * every file publish made there (not the names: they are credentials), and a
 * file it lists whose token no longer exists is removed.
 */
#include "publish.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "feed.h"
#include "util.h"

#define MANIFEST ".deadlines-publish"
#define MANIFEST_MAX (64u << 20)

/* A set of SHA-256 keys (hex), kept sorted. */
struct keys {
	char (*v)[65];
	size_t n;
};

static int cmp_key(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void keys_add(struct keys *k, const char *key)
{
	k->v = xrealloc(k->v, (k->n + 1) * sizeof *k->v);
	memcpy(k->v[k->n++], key, 65);
}

/* Sort and drop duplicates. */
static void keys_sort(struct keys *k)
{
	if (!k->n)
		return;
	qsort(k->v, k->n, sizeof *k->v, cmp_key);
	size_t j = 1;
	for (size_t i = 1; i < k->n; i++)
		if (strcmp(k->v[i], k->v[j - 1]))
			memcpy(k->v[j++], k->v[i], 65);
	k->n = j;
}

static int keys_has(const struct keys *k, const char *key)
{
	return k->n && bsearch(key, k->v, k->n, sizeof *k->v, cmp_key) != NULL;
}

/* The manifest's key of a file name: the SHA-256 of the name. */
static void key_of(const char *name, char key[65])
{
	sha256_hex(name, strlen(name), key);
}

/* 1 if s is n lower-case hex digits followed by suffix (and no more, unless
 * suffix ends in '*': then one or more of [0-9A-Za-z.] follow). */
static int hex_named(const char *s, size_t n, const char *suffix)
{
	for (size_t i = 0; i < n; i++, s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return 0;
	size_t m = strlen(suffix);
	if (m && suffix[m - 1] == '*') {
		if (strncmp(s, suffix, m - 1))
			return 0;
		s += m - 1;
		return *s && strspn(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.") == strlen(s);
	}
	return !strcmp(s, suffix);
}

struct pub {
	store *db;
	const char *dir;
	int dirfd, mode;
	const struct publish_report *report;
	struct keys live;       /* keys of every subscriber's file name */
	struct keys kept;       /* keys of the files made or kept this run */
	struct publish_result *result;
};

/* Say what went wrong with one file or step (the caller shows it). */
static void say(const struct pub *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(const struct pub *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	p->report->say(msg, p->report->arg);
	free(msg);
}

/* The subscriber's file name: FEED-ID.ics */
static char *file_name(const struct subscriber_row *r)
{
	return xasprintf("%s.ics", r->token_hash);
}

static int collect_live(const struct subscriber_row *r, void *arg)
{
	struct pub *p = arg;
	char *name = file_name(r), key[65];
	key_of(name, key);
	keys_add(&p->live, key);
	free(name);
	return 0;
}

static int one(const struct subscriber_row *r, void *arg)
{
	struct pub *p = arg;
	char *err = NULL;
	char *text = feed_for_subscriber(p->db, r, NULL, &err);
	if (!text) {
		say(p, "publish: %s: %s", r->name, err);
		free(err);
		p->result->failed++;
		return 0;
	}
	char *name = file_name(r), key[65];
	int changed = 0;
	if (write_atomic(p->dirfd, name, text, strlen(text), 1, p->mode, &changed) != 0) {
		say(p, "publish: cannot write '%s/%s': %s", p->dir, name, dl_strerror(errno));
		p->result->failed++;
	} else {
		changed ? p->result->written++ : p->result->unchanged++;
	}
	key_of(name, key);
	keys_add(&p->kept, key);
	free(name);
	free(text);
	return 0;
}

/* The keys the manifest lists (none if there is no manifest); 0, or -1
 * after printing why. */
static int manifest_read(struct pub *p, struct keys *out)
{
	char *text;
	size_t len;
	if (read_regular_file(p->dirfd, MANIFEST, &text, &len, MANIFEST_MAX) != 0) {
		if (errno == ENOENT)
			return 0;
		say(p, "publish: cannot read '%s/%s': %s", p->dir, MANIFEST, dl_strerror(errno));
		return -1;
	}
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		if (hex_named(line, 64, ""))
			keys_add(out, line);
	free(text);
	keys_sort(out);
	return 0;
}

/* Write the manifest (mode 0600) listing keys, if it differs; 0, or -1
 * after printing why. */
static int manifest_write(struct pub *p, struct keys *k)
{
	struct buf b;
	buf_init(&b);
	buf_puts(&b, "# deadlines publish: the SHA-256 of the name of each file it made in this\n"
		     "# directory; it removes those whose token no longer exists\n");
	keys_sort(k);
	for (size_t i = 0; i < k->n; i++)
		buf_printf(&b, "%s\n", k->v[i]);
	int rc = write_atomic(p->dirfd, MANIFEST, b.data, b.len, 1, 0600, NULL);
	if (rc != 0)
		say(p, "publish: cannot write '%s/%s': %s", p->dir, MANIFEST, dl_strerror(errno));
	buf_free(&b);
	return rc;
}

/* Remove what a killed run left (our temporary files, of our user), and the
 * files the manifest lists whose token no longer exists (those that cannot
 * be removed stay in *listed's successor: added to p->kept). */
static void sweep(struct pub *p, const struct keys *listed, int stale_feeds)
{
	int fd = dup(p->dirfd);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		if (fd >= 0)
			close(fd);
		say(p, "publish: cannot read the directory '%s': %s", p->dir, strerror(errno));
		p->result->failed++;
		return;
	}
	rewinddir(d);
	struct dirent *e;
	while ((e = readdir(d))) {
		const char *name = e->d_name;
		struct stat sb;
		if (!stale_feeds) {
			if ((hex_named(name, 64, ".ics.tmp.*") || has_prefix(name, MANIFEST ".tmp.")) &&
			    fstatat(p->dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(sb.st_mode) &&
			    sb.st_uid == geteuid())
				unlinkat(p->dirfd, name, 0);
			continue;
		}
		char key[65];
		if (!hex_named(name, 64, ".ics"))
			continue;
		key_of(name, key);
		if (keys_has(&p->live, key) || !keys_has(listed, key))
			continue;
		if (unlinkat(p->dirfd, name, 0) == 0) {
			p->result->removed++;
		} else if (errno != ENOENT) {
			say(p, "publish: cannot remove '%s/%s': %s", p->dir, name, strerror(errno));
			keys_add(&p->kept, key);
			p->result->failed++;
		}
	}
	closedir(d);
}

int publish_lock(int dirfd, const char *dir, const struct publish_report *report)
{
	struct publish_result none;
	struct pub pb = {NULL, dir, dirfd, 0, report, {NULL, 0}, {NULL, 0}, &none}, *p = &pb;
	for (int waited = 0; flock(p->dirfd, LOCK_EX | LOCK_NB) != 0; waited++) {
		if (errno != EWOULDBLOCK && errno != EINTR) {
			say(p, "publish: cannot lock '%s': %s", p->dir, strerror(errno));
			return -1;
		}
		if (waited == 200) {
			say(p, "publish: another publish has been writing into '%s' for 10 s", p->dir);
			return -1;
		}
		nanosleep(&(struct timespec){0, 50 * 1000 * 1000}, NULL);
	}
	return 0;
}

int publish_feeds(store *db, int dirfd, const char *dir, int mode, const struct publish_report *report,
		  struct publish_result *result)
{
	struct pub pb = {db, dir, dirfd, mode, report, {NULL, 0}, {NULL, 0}, result}, *p = &pb;
	struct keys listed = {NULL, 0}, pre = {NULL, 0};
	int began = 0, rc = -1;
	memset(result, 0, sizeof *result);
	sweep(p, NULL, 0);
	if (manifest_read(p, &listed) != 0)
		goto out;
	/* one snapshot for both passes */
	if (store_begin_read(db, &began) != STORE_OK ||
	    store_subscriber_each(db, collect_live, p) != STORE_OK)
		goto db_fail;
	keys_sort(&p->live);
	/* Listed before they are written: a run killed in between leaves the
	 * manifest naming more files, never fewer. */
	for (size_t i = 0; i < listed.n; i++)
		keys_add(&pre, listed.v[i]);
	for (size_t i = 0; i < p->live.n; i++)
		keys_add(&pre, p->live.v[i]);
	if (manifest_write(p, &pre) != 0)
		goto out;
	if (store_subscriber_each(db, one, p) != STORE_OK)
		goto db_fail;
	if (began)
		store_rollback(db);
	began = 0;
	sweep(p, &listed, 1);
	/* what stays listed: the files of live tokens (written now or before),
	 * and those that could not be removed */
	for (size_t i = 0; i < listed.n; i++)
		if (keys_has(&p->live, listed.v[i]))
			keys_add(&p->kept, listed.v[i]);
	if (manifest_write(p, &p->kept) != 0)
		goto out;
	rc = 0;
	goto out;
db_fail:
	say(p, "publish: %s", store_errmsg(db));
out:
	if (began)
		store_rollback(db);
	free(listed.v);
	free(pre.v);
	free(p->live.v);
	free(p->kept.v);
	return rc;
}

