/*
 * close-obligation.h: closing an obligation (done, vacated), shared by cmd-done.c and
 * cmd-vacate.c so both check and record the change the same way.
 */
#ifndef DL_CLOSE_OBLIGATION_H
#define DL_CLOSE_OBLIGATION_H

#include "cmd.h"

/* Move obligation id from 'open' to status on date on, with cause in its
 * history, in one transaction; prints errors. Returns an exit status. */
int close_obligation(struct dl_ctx *ctx, const struct dl_command *cmd, int64_t id,
		     enum obligation_status status, dl_day on, const char *cause);

/* Why o cannot be given a new date by an order (extend, review accept), or
 * NULL: it is pinned, not open, or lasts until an event. */
const char *obligation_unmovable(const struct obligation *o);

#endif
