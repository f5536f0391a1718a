/*
 * import-ics.c: deadlines import INVITE.ics | --ics URL|FILE: hearings from
 * an invitation or a published calendar (src/intake/invite.c), in one
 * transaction. A URL is fetched by deadlines-full (libcurl).
 */
#include "import-ics.h"
#include "court-context.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cmd-full.h"
#include "fetch.h"
#include "invite.h"
#include "mutate.h"
#include "util.h"

struct case_guess {
	const struct invitation *inv;
	char *number;
	int found;
};

/* A case whose number the invitation's text names. */
static int guess_case(const struct case_row *c, void *arg)
{
	struct case_guess *g = arg;
	for (size_t i = 0; i < g->inv->n; i++) {
		const struct invite_event *e = &g->inv->ev[i];
		const char *texts[] = {e->summary, e->description, e->location};
		for (int t = 0; t < 3; t++)
			if (texts[t] && strstr(texts[t], c->number)) {
				if (!g->number || strcmp(g->number, c->number)) {
					g->found++;
					free(g->number);
					g->number = xstrdup(c->number);
				}
				return 0;
			}
	}
	return 0;
}

/* The text of src: fetched (deadlines-full) or read. 0, or -1 with *err;
 * 1 when 'deadlines' must run deadlines-full for it (a URL). */
static int source_text(const char *src, char **text, char **err)
{
	size_t len;
	if (fetch_is_url(src)) {
		if (!dl_fetch)
			return 1;
		struct fetched f;
		if (dl_fetch(src, NULL, &f, err) != 0)
			return -1;
		*text = f.body;
		f.body = NULL;
		fetched_free(&f);
		return 0;
	}
	if (read_file(src, text, &len, FETCH_LIMIT) != 0) {
		*err = xasprintf("cannot read '%s': %s", src,
				 errno == EFBIG ? "larger than 64 MB" : strerror(errno));
		return -1;
	}
	if (memchr(*text, '\0', len)) {
		*err = xasprintf("'%s' holds NUL bytes: it is not an iCalendar file", src);
		free(*text);
		return -1;
	}
	return 0;
}

int import_ics(struct dl_ctx *ctx, const char *src, const char *number, int dry)
{
	char *text = NULL, *err = NULL, *cause = NULL;
	struct invitation inv;
	struct case_row cs;
	memset(&inv, 0, sizeof inv);
	memset(&cs, 0, sizeof cs);
	int got = source_text(src, &text, &err);
	if (got == 1)
		return dl_run_full(ctx->argv);
	if (got != 0) {
		dl_error("import: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	int rc = DL_EXIT_FAIL;
	if (invite_read(text, &inv, &err) != 0) {
		dl_error("import: '%s': %s", src, err);
		goto out;
	}
	if ((rc = dry ? ctx_open(ctx, STORE_READONLY) : mutate_begin(ctx)))
		goto out;
	struct case_guess g = {&inv, NULL, 0};
	if (!number) { /* the case the invitation names */
		if (store_case_each(ctx->db, guess_case, &g) != STORE_OK) {
			rc = mutate_fail(ctx);
			goto out;
		}
		if (g.found != 1) {
			rc = mutate_refuse(
				ctx,
				"import: '%s' names %s case of the database: give --case NUMBER",
				src, g.found ? "more than one" : "no");
			free(g.number);
			goto out;
		}
		number = g.number;
	}
	int found = store_case_find(ctx->db, number, &cs);
	free(g.number);
	number = NULL;
	if (found != STORE_OK) {
		rc = mutate_refuse(ctx, "import: %s", store_errmsg(ctx->db));
		goto out;
	}
	const struct court *court = court_find(cs.court);
	const char *base = strrchr(src, '/') && !fetch_is_url(src) ? strrchr(src, '/') + 1 : src;
	cause = xasprintf("imported from the invitation %s", base);
	struct invite_result res;
	const char *zone = court ? court_zone(court, cs.division) : "UTC";
	if (invite_import(ctx->db, &cs, zone, &inv, cause, dry, &res) !=
	    STORE_OK) {
		rc = mutate_refuse(ctx, "import: %s; nothing was stored", store_errmsg(ctx->db));
		goto out;
	}
	if (!dry && (rc = mutate_commit_recalc(ctx, NULL, cs.id, cause, NULL)))
		goto out;
	printf("%s%s into case %s: %zu hearing%s added, %zu updated, %zu cancelled, %zu "
	       "unchanged%s\n",
	       dry ? "dry run: would import " : "imported ", base, cs.number, res.added,
	       res.added == 1 ? "" : "s", res.updated, res.cancelled, res.unchanged,
	       dry ? " (nothing stored)" : "");
	rc = DL_EXIT_OK;
out:
	free(err);
	free(text);
	free(cause);
	invitation_free(&inv);
	case_row_free(&cs);
	return rc;
}
