/*
 * cmd-publish.c: deadlines publish DIR — every subscriber's feed written to
 * DIR/FEED-ID.ics for a static web server (src/feed/publish.c does it; DIR
 * is opened once here, so that nothing follows a symbolic link put in its
 * place). The last DIR is kept in the database, so that 'subscriber rm' and
 * 'rotate' can say where a publish is needed.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "publish.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"mode", required_argument, NULL, 'm'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_publish_entry = {
	"publish", run, "publish [--mode 0644] DIR", "write every subscriber's feed into a directory",
	"Writes DIR/FEED-ID.ics for each subscriber (FEED-ID: the SHA-256 of its\n"
	"token, printed by 'subscriber add'), only when it changed, and removes the\n"
	"files it made for tokens that no longer exist (after 'subscriber rm' or\n"
	"'rotate'); DIR/.deadlines-publish lists, hashed, the files it made. Files\n"
	"get the mode the umask leaves unless --mode gives one (a web server running\n"
	"as another user needs 0644). Nothing in DIR is followed if it is a link.\n",
	options, NULL,
};

/* Remember DIR (absolute) as the last one published, when the database may
 * be written; nothing is said when it may not. */
static void remember_dir(struct dl_ctx *ctx, const char *dir)
{
	char real[PATH_MAX], *old = NULL;
	store *db = ctx->db;
	if (!realpath(dir, real) || store_meta_get(db, "publish_dir", &old) == STORE_ERROR)
		return;
	if (!old || strcmp(old, real)) {
		if (store_begin(db) != STORE_OK || store_meta_set(db, "publish_dir", real) != STORE_OK ||
		    store_commit(db) != STORE_OK) {
			dl_warn("publish: cannot record the directory in the database: %s", store_errmsg(db));
			store_rollback(db);
		}
	}
	free(old);
}

static void say_error(const char *msg, void *arg)
{
	(void)arg;
	dl_error("%s", msg);
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	int mode = -1, c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_publish_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (parse_file_mode(optarg, &mode) != 0)
			return cmd_usage_error(&cmd_publish_entry,
					       "publish: invalid --mode '%s': expected octal read and write bits "
					       "like 0644 or 0600",
					       optarg);
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_publish_entry, "publish: give one DIR");
	const char *dir = argv[optind];
	struct publish_report report = {say_error, NULL};
	struct publish_result res;
	int dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dirfd < 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			dl_error("publish: '%s' is not a directory", dir);
		else
			dl_error("publish: cannot open the directory '%s': %s", dir, strerror(errno));
		return DL_EXIT_FAIL;
	}
	/* written to only to remember DIR, when this user may (else read only:
	 * a read-only open says what is wrong, if anything is) */
	char *err = NULL;
	int writable = ctx->db_path && access(ctx->db_path, W_OK) == 0 &&
		       store_open(ctx->db_path, STORE_WRITE, &ctx->db, &err) == STORE_OK;
	free(err);
	int rc = writable ? DL_EXIT_OK : ctx_open(ctx, STORE_READONLY);
	if (rc == DL_EXIT_OK && publish_lock(dirfd, dir, &report) != 0)
		rc = DL_EXIT_FAIL;
	if (rc == DL_EXIT_OK) {
		if (writable)
			remember_dir(ctx, dir);
		if (publish_feeds(ctx->db, dirfd, dir, mode >= 0 ? mode : default_file_mode(), &report, &res) != 0) {
			rc = DL_EXIT_FAIL;
		} else {
			printf("published %d feed%s, %d unchanged", res.written, res.written == 1 ? "" : "s",
			       res.unchanged);
			if (res.removed)
				printf(", %d removed", res.removed);
			printf("%s\n", res.failed ? ", some failed" : "");
			rc = res.failed ? DL_EXIT_FAIL : DL_EXIT_OK;
		}
	}
	close(dirfd); /* and with it the lock */
	return rc;
}
