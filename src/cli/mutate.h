/*
 * mutate.h: the frame every command that changes facts shares: open the
 * database, begin, find the case (or obligation), let the command change its
 * facts, recalculate what depends on them, commit, and on any error roll back
 * so that the database is unchanged.
 */
#ifndef DL_MUTATE_H
#define DL_MUTATE_H

#include "cmd.h"

/* Open for writing and begin; prints errors. Returns an exit status. */
int mutate_begin(struct dl_ctx *ctx);
/* Recalculate the case (case_id) with cause, commit, and report how many
 * obligations moved in *moved. Prints errors and rolls back on failure. */
int mutate_commit(struct dl_ctx *ctx, int64_t case_id, const char *cause, int *moved);
/* mutate_begin, then read obligation id into o (or the case number into cs);
 * on failure prints why, rolls back, and returns the exit status. */
int mutate_obligation(struct dl_ctx *ctx, int64_t id, struct obligation *o);
int mutate_case(struct dl_ctx *ctx, const char *number, struct case_row *cs);
/* Print the store's error, roll back, return DL_EXIT_FAIL. */
int mutate_fail(struct dl_ctx *ctx);

#endif
