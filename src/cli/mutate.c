/*
 * mutate.c: one transaction per command that writes (see mutate.h).
 */
#include "mutate.h"

#include <stdarg.h>
#include <stdlib.h>

#include "recalc.h"
#include "util.h"

int mutate_begin(struct dl_ctx *ctx)
{
	int rc = ctx_open(ctx, STORE_CREATE);
	if (rc)
		return rc;
	if (store_begin(ctx->db) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	return DL_EXIT_OK;
}

int mutate_obligation(struct dl_ctx *ctx, int64_t id, struct obligation *o)
{
	int rc = mutate_begin(ctx);
	if (rc)
		return rc;
	return store_obligation_get(ctx->db, id, o) == STORE_OK ? DL_EXIT_OK : mutate_fail(ctx);
}

int mutate_case(struct dl_ctx *ctx, const char *number, struct case_row *cs)
{
	int rc = mutate_begin(ctx);
	if (rc)
		return rc;
	return store_case_find(ctx->db, number, cs) == STORE_OK ? DL_EXIT_OK : mutate_fail(ctx);
}

int mutate_fail(struct dl_ctx *ctx)
{
	dl_error("%s", store_errmsg(ctx->db));
	store_rollback(ctx->db);
	return DL_EXIT_FAIL;
}

int mutate_refuse(struct dl_ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	dl_error("%s", msg);
	free(msg);
	store_rollback(ctx->db);
	return DL_EXIT_FAIL;
}

int mutate_cancel(struct dl_ctx *ctx)
{
	store_rollback(ctx->db);
	return DL_EXIT_OK;
}

int mutate_commit_said(struct dl_ctx *ctx, const char *before, const char *after)
{
	if (store_commit(ctx->db) == STORE_OK)
		return DL_EXIT_OK;
	return mutate_refuse(ctx, "%s%s%s", before, store_errmsg(ctx->db), after);
}

int mutate_commit(struct dl_ctx *ctx)
{
	return mutate_commit_said(ctx, "", "");
}

int mutate_commit_recalc(struct dl_ctx *ctx, const char *court, int64_t case_id, const char *cause,
			 int *moved)
{
	char *err = NULL;
	int n = 0;
	if (recalc(ctx->db, court, case_id, cause, &n, &err) != 0) {
		int rc = mutate_refuse(ctx, "%s", err ? err : store_errmsg(ctx->db));
		free(err);
		return rc;
	}
	if (moved)
		*moved = n;
	return mutate_commit(ctx);
}
