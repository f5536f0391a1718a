/*
 * mailbox.c: each message of a mailbox read as a notice (see mail.h): an
 * mbox file through GMime's parser in its mbox format, or a Maildir's cur/
 * and new/ files in the order of their names (which begin with the time
 * they arrived).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mail-internal.h"
#include "mail.h"
#include "util.h"

static int each_mbox(const char *path, off_t size, notice_fn fn, void *arg, char **err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*err = xasprintf("cannot read mailbox '%s': %s", path, strerror(errno));
		return -1;
	}
	char head[5];
	if (size < 5 || read(fd, head, 5) != 5 || memcmp(head, "From ", 5)) {
		close(fd);
		*err = xasprintf(
			"'%s' is not a mailbox (an mbox file begins with a \"From \" line; a "
			"Maildir is a directory with cur/ and new/)",
			path);
		return -1;
	}
	lseek(fd, 0, SEEK_SET);
	mail_init();
	GMimeStream *stream = g_mime_stream_fs_new(fd); /* (owns fd) */
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	g_object_unref(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
	int stop = 0;
	for (size_t k = 1; !stop && !g_mime_parser_eos(parser); k++) {
		GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);
		char where[32];
		snprintf(where, sizeof where, "message %zu", k);
		if (!msg) {
			stop = fn(where, NULL, -1, NULL, "is not an e-mail GMime can read", arg);
			break;
		}
		struct notice n;
		char *why = NULL;
		memset(&n, 0, sizeof n);
		int rc = mail_notice(msg, &n, &why);
		stop = fn(where, g_mime_message_get_subject(msg), rc, &n, why, arg);
		free(why);
		notice_free(&n);
		g_object_unref(msg);
	}
	g_object_unref(parser);
	return 0;
}

/* Not a dot file (a Maildir's tmp files are elsewhere; these are its own). */
static int visible(const char *name, void *arg)
{
	(void)arg;
	return name[0] != '.';
}

static int each_maildir(const char *path, notice_fn fn, void *arg, char **err)
{
	static const char *const subs[] = {"cur", "new"};
	char **names[2] = {NULL, NULL};
	size_t n[2] = {0, 0};
	for (int s = 0; s < 2; s++) {
		char *dir = xasprintf("%s/%s", path, subs[s]);
		names[s] = dir_list(dir, visible, NULL, &n[s]);
		if (!names[s])
			*err = xasprintf("'%s' is not a Maildir (no %s/ in it: %s)", path, subs[s],
					 strerror(errno));
		free(dir);
		if (!names[s]) {
			dir_list_free(names[0], n[0]);
			return -1;
		}
	}
	/* cur/ and new/ together, in the order of the names */
	int stop = 0;
	for (size_t i = 0, j = 0; !stop && (i < n[0] || j < n[1]);) {
		int from = j >= n[1] || (i < n[0] && strcmp(names[0][i], names[1][j]) <= 0) ? 0 : 1;
		const char *name = from ? names[1][j++] : names[0][i++];
		char *where = xasprintf("%s/%s", subs[from], name),
		     *file = xasprintf("%s/%s", path, where);
		struct notice notice;
		char *why = NULL;
		int rc = mail_read(file, &notice, &why);
		stop = fn(where, NULL, rc, rc == -1 ? NULL : &notice, why, arg);
		if (rc != -1)
			notice_free(&notice);
		free(why);
		free(file);
		free(where);
	}
	dir_list_free(names[0], n[0]);
	dir_list_free(names[1], n[1]);
	return 0;
}

int mailbox_each(const char *path, notice_fn fn, void *arg, char **err)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		*err = xasprintf("cannot read mailbox '%s': %s", path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return each_maildir(path, fn, arg, err);
	if (st.st_size > (off_t)MAILBOX_MAX_BYTES) {
		*err = xasprintf(
			"mailbox '%s' is %lld MB, more than the %u MB read at once: split it "
			"(e.g. one mailbox a month)",
			path, (long long)(st.st_size >> 20), MAILBOX_MAX_BYTES >> 20);
		return -1;
	}
	return each_mbox(path, st.st_size, fn, arg, err);
}
