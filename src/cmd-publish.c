/*
 * cmd-publish.c: deadlines publish DIR — every subscriber's feed written to
 * DIR/FEED-ID.ics for a static web server (contrib/nginx/deadlines.conf),
 * each atomically (temporary file and rename) and only when it changed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"
#include "feedbuild.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

const struct dl_command cmd_publish_entry = {
	"publish", run, "publish DIR", "write every subscriber's feed into a directory", NULL,
};

struct pub {
	struct dl_ctx *ctx;
	const char *dir;
	int written, unchanged, failed;
};

static int one(const struct subscriber_row *r, void *arg)
{
	struct pub *p = arg;
	char *err = NULL;
	char *text = feed_for_subscriber(p->ctx->db, r, NULL, &err);
	if (!text) {
		dl_error("publish: %s: %s", r->name, err);
		free(err);
		p->failed++;
		return 0;
	}
	char *path = xasprintf("%s/%s.ics", p->dir, r->token_hash);
	int changed = 0;
	if (write_atomic(path, text, strlen(text), 1, &changed) != 0) {
		dl_error("publish: cannot write '%s': %s", path, strerror(errno));
		p->failed++;
	} else {
		chmod(path, 0644);
		changed ? p->written++ : p->unchanged++;
	}
	free(path);
	free(text);
	return 0;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {{NULL, 0, NULL, 0}};
	cmd_getopt_reset();
	if (cmd_getopt(&cmd_publish_entry, argc, argv, "", opts) == '?')
		return DL_EXIT_USAGE;
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_publish_entry, "publish: give one DIR");
	struct stat sb;
	if (stat(argv[optind], &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		dl_error("publish: '%s' is not a directory", argv[optind]);
		return DL_EXIT_FAIL;
	}
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	struct pub p = {ctx, argv[optind], 0, 0, 0};
	if (store_subscriber_each(ctx->db, one, &p) != STORE_OK) {
		dl_error("publish: %s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	printf("published %d feed%s, %d unchanged%s\n", p.written, p.written == 1 ? "" : "s", p.unchanged,
	       p.failed ? ", some failed" : "");
	return p.failed ? DL_EXIT_FAIL : DL_EXIT_OK;
}
