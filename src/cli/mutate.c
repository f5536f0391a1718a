/*
 * mutate.c: one transaction per command that changes facts (see mutate.h).
 */
#include "mutate.h"

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

int mutate_commit(struct dl_ctx *ctx, int64_t case_id, const char *cause, int *moved)
{
	char *err = NULL;
	int n = 0;
	if (recalc(ctx->db, NULL, case_id, cause, &n, &err) != 0) {
		dl_error("%s", err ? err : store_errmsg(ctx->db));
		free(err);
		store_rollback(ctx->db);
		return DL_EXIT_FAIL;
	}
	if (store_commit(ctx->db) != STORE_OK)
		return mutate_fail(ctx);
	if (moved)
		*moved = n;
	return DL_EXIT_OK;
}
