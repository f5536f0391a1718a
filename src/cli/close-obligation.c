/*
 * close-obligation.c: the one place an obligation's status changes by hand.
 */
#include "close-obligation.h"

#include <stdio.h>
#include <string.h>

#include "mutate.h"
#include "util.h"

const char *obligation_unmovable(const struct obligation *o)
{
	return o->pinned		  ? "pinned (unpin it first)"
	       : o->status != STATUS_OPEN ? obligation_status_name(o->status)
	       : o->kind == KIND_UNTIL	  ? "an until-obligation"
					  : NULL;
}

int close_obligation(struct dl_ctx *ctx, const struct dl_command *cmd, int64_t id,
		     enum obligation_status status, dl_day on, const char *cause)
{
	(void)cmd;
	struct obligation o;
	int rc = mutate_obligation(ctx, id, &o);
	if (rc)
		return rc;
	char when[15];
	if (o.status != STATUS_OPEN)
		rc = mutate_refuse(ctx, "obligation %lld is already %s", (long long)id,
				   obligation_status_name(o.status));
	else if (store_obligation_set_status(ctx->db, id, status, on, cause) != STORE_OK)
		rc = mutate_fail(ctx);
	else if (!(rc = mutate_commit(ctx)))
		printf("#%lld %s on %s: %s %s\n", (long long)id, obligation_status_name(status),
		       date_format_long(on, when), o.who ? o.who : "", o.action);
	obligation_free(&o);
	return rc;
}
