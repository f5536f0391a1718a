/*
 * mutate.h: the frame every command that writes goes through: open the
 * database for writing and begin one transaction (mutate_begin, or
 * mutate_case / mutate_obligation, which also read what the command
 * changes); let the command change facts; recalculate what depends on them
 * and commit (mutate_commit_recalc), or just commit (mutate_commit); and on
 * any error say why and roll back (mutate_fail, mutate_refuse), so that the
 * database is unchanged. Each returns an exit status: DL_EXIT_OK, or the
 * failure's, after printing the error.
 */
#ifndef DL_MUTATE_H
#define DL_MUTATE_H

#include "cmd.h"

/* Open for writing (creating the database if there is none) and begin. */
int mutate_begin(struct dl_ctx *ctx);
/* mutate_begin, then read the case number into cs (or obligation id into o). */
int mutate_case(struct dl_ctx *ctx, const char *number, struct case_row *cs);
int mutate_obligation(struct dl_ctx *ctx, int64_t id, struct obligation *o);

/* Commit: nothing derived depends on what changed. */
int mutate_commit(struct dl_ctx *ctx);
/* The same, saying "BEFORE<the store's error>AFTER" when it fails. */
int mutate_commit_said(struct dl_ctx *ctx, const char *before, const char *after);
/* Recalculate the obligations of a court (court != NULL) or of a case
 * (case_id), with cause in their history, then commit; *moved (may be NULL)
 * gets how many changed date or status. */
int mutate_commit_recalc(struct dl_ctx *ctx, const char *court, int64_t case_id, const char *cause,
			 int *moved);

/* Roll back what there is (nothing needed writing): DL_EXIT_OK. */
int mutate_cancel(struct dl_ctx *ctx);
/* Print the store's error, roll back: DL_EXIT_FAIL. */
int mutate_fail(struct dl_ctx *ctx);
/* Print "deadlines: MESSAGE", roll back: DL_EXIT_FAIL (the command refuses
 * the change). */
int mutate_refuse(struct dl_ctx *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
