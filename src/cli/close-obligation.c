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

/* A recurring duty's open occurrence done: the next one opens, dated by
 * recalculation (or the series ends, past its event or last day). */
static int occurrence_done(struct dl_ctx *ctx, const struct obligation *o, dl_day on,
			   const char *cause)
{
	char when[15], next[15];
	struct obligation now;
	int rc;
	if (store_obligation_next_occurrence(ctx->db, o, on, cause) != STORE_OK)
		return mutate_fail(ctx);
	if ((rc = mutate_commit_recalc(ctx, NULL, o->case_id, cause, NULL)))
		return rc;
	printf("#%lld occurrence %lld done on %s: %s %s\n", (long long)o->id,
	       (long long)o->when.occurrence, date_format_long(on, when), o->who ? o->who : "",
	       o->action);
	if (store_obligation_get(ctx->db, o->id, &now) != STORE_OK)
		return DL_EXIT_OK; /* (done and committed; only the report of what is next failed) */
	if (now.status == STATUS_ENDED)
		printf("the series ended on %s\n", date_format_long(now.closed_on, next));
	else if (now.derived.due != DATE_NONE)
		printf("next: occurrence %lld, due %s\n", (long long)now.when.occurrence,
		       date_format_long(now.derived.due, next));
	obligation_free(&now);
	return DL_EXIT_OK;
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
	if (o.status == STATUS_OPEN && status == STATUS_DONE && o.when.occurrence > 0) {
		rc = occurrence_done(ctx, &o, on, cause);
		obligation_free(&o);
		return rc;
	}
	if (o.status != STATUS_OPEN)
		rc = mutate_refuse(ctx, "obligation %lld is already %s", (long long)id,
				   obligation_status_name(o.status));
	else if (store_obligation_set_status(ctx->db, id, status, on, cause) != STORE_OK)
		rc = mutate_fail(ctx);
	/* a vacated obligation dates nothing more: what runs from it follows */
	else if (!(rc = status == STATUS_VACATED && store_obligation_has_dependents(ctx->db, id)
				? mutate_commit_recalc(ctx, NULL, o.case_id, cause, NULL)
				: mutate_commit(ctx)))
		printf("#%lld %s on %s: %s %s\n", (long long)id, obligation_status_name(status),
		       date_format_long(on, when), o.who ? o.who : "", o.action);
	obligation_free(&o);
	return rc;
}
