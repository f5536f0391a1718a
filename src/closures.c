/*
 * closures.c: recorded closures loaded into court calendars.
 */
#include "closures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static int add_one(const struct closure_row *c, void *arg)
{
	calendar_add_closure(arg, c->day, c->reason);
	return 0;
}

int closures_load_store(store *s, struct calendar *cal)
{
	return store_closure_each(s, calendar_court(cal)->code, add_one, cal);
}

int closures_load(struct dl_ctx *ctx, struct calendar *cal)
{
	if (!ctx->db && (!ctx->db_path || access(ctx->db_path, F_OK) != 0))
		return DL_EXIT_OK;
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	if (closures_load_store(ctx->db, cal) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	return DL_EXIT_OK;
}

