/*
 * review-decide.c: the decisions of 'deadlines review': accept a pending
 * obligation (corrected first if asked), accept a proposed change (the
 * obligation changed in place, as 'extend --to' changes it: the same UID,
 * its SEQUENCE raised once, history rows that 'changes' reports) or
 * vacatur, reject any item with a reason, add an obligation from a sentence
 * that gave nothing. Each in one transaction, each with its history; on any
 * refusal the database is unchanged.
 */
#include <stdlib.h>
#include <string.h>

#include "calendars.h"
#include "close-obligation.h"
#include "derive.h"
#include "mutate.h"
#include "review-queue.h"
#include "util.h"

/* Read review item ref (a change or a sentence) inside the transaction:
 * 0, or an exit status after refusing. */
static int pending_item(struct dl_ctx *ctx, const struct queue_ref *ref, struct review_row *r)
{
	if (store_review_get(ctx->db, ref->id, r) != STORE_OK)
		return mutate_refuse(ctx, "review: %s", store_errmsg(ctx->db));
	int sentence = r->kind == REVIEW_SENTENCE;
	if (sentence != (ref->type == QUEUE_SENTENCE))
		return mutate_refuse(ctx, "review: %c%lld is no %s; it is %c%lld",
				     ref->type == QUEUE_SENTENCE ? 's' : 'c', (long long)ref->id,
				     ref->type == QUEUE_SENTENCE ? "sentence" : "proposed change",
				     sentence ? 's' : 'c', (long long)ref->id);
	if (r->state != REVIEW_PENDING)
		return mutate_refuse(ctx, "review: %c%lld was %s already", sentence ? 's' : 'c',
				     (long long)ref->id, review_state_name(r->state));
	return DL_EXIT_OK;
}

/* Read pending obligation id inside the transaction. */
static int pending_obligation(struct dl_ctx *ctx, int64_t id, struct obligation *o)
{
	obligation_init(o); /* (freed by the caller, read or not) */
	int rc = mutate_obligation(ctx, id, o);
	if (rc)
		return rc;
	if (o->review != REVIEW_PENDING)
		return mutate_refuse(ctx, "review: obligation %lld is not awaiting review",
				     (long long)id);
	if (o->status != STATUS_OPEN)
		return mutate_refuse(ctx, "review: obligation %lld is %s", (long long)id,
				     obligation_status_name(o->status));
	return DL_EXIT_OK;
}

/* Give obligation o the date (and time) an order now sets, in place, as
 * 'extend --to' does: its sequence rises once when recalculation moves the
 * date (or here, when only the time changes). 0, or STORE_ERROR. */
static int move_in_place(struct dl_ctx *ctx, const struct obligation *o, dl_day due,
			 const char *time, const char *cause)
{
	if (store_obligation_set_extension(ctx->db, o, o->when.extension_days, due, cause) !=
	    STORE_OK)
		return STORE_ERROR;
	if (time && strcmp(time, o->due_time ? o->due_time : "") &&
	    store_obligation_set_time(ctx->db, o, time, due == o->derived.due, cause) != STORE_OK)
		return STORE_ERROR;
	return STORE_OK;
}

/* accept #ID --target T: the pending obligation read as a change of T (one
 * that matched nothing): T takes its date in place, and it is rejected. */
static int accept_as_change(struct dl_ctx *ctx, int64_t id, const struct review_fix *fix)
{
	struct obligation o, t;
	char *cause = NULL, was[15], now[15];
	obligation_init(&t);
	int rc = pending_obligation(ctx, id, &o);
	if (rc)
		goto out;
	if (store_obligation_get(ctx->db, fix->target, &t) != STORE_OK) {
		rc = mutate_refuse(ctx, "review: --target: %s", store_errmsg(ctx->db));
		goto out;
	}
	dl_day due = fix->due != DATE_NONE ? fix->due : o.derived.due;
	const char *why = t.case_id != o.case_id ? "of another case"
			  : t.id == o.id	 ? "the same obligation"
						 : obligation_unmovable(&t);
	if (why || due == DATE_NONE) {
		rc = mutate_refuse(ctx, "review: obligation %lld cannot take #%lld's date: %s%s",
				   (long long)t.id, (long long)id, why ? "it is " : "",
				   why ? why : "#ID has no date (give --due DATE)");
		goto out;
	}
	cause = xasprintf("changed by %s (review: #%lld accepted as a change of #%lld)",
			  o.join.docket ? o.join.docket : "order", (long long)id, (long long)t.id);
	if (move_in_place(ctx, &t, due, fix->time ? fix->time : o.due_time, cause) != STORE_OK ||
	    store_obligation_set_status(ctx->db, o.id, STATUS_VACATED, ctx->today, cause) !=
		    STORE_OK ||
	    store_obligation_set_review(ctx->db, &o, REVIEW_REJECTED, cause) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if ((rc = mutate_commit_recalc(ctx, NULL, t.case_id, cause, NULL)))
		goto out;
	struct obligation n;
	if (store_obligation_get(ctx->db, t.id, &n) == STORE_OK) {
		printf("#%lld changed (#%lld accepted as its change): %s -> %s\n", (long long)t.id,
		       (long long)id,
		       t.derived.due == DATE_NONE ? "no date"
						  : date_format_long(t.derived.due, was),
		       n.derived.due == DATE_NONE ? "no date"
						  : date_format_long(n.derived.due, now));
		obligation_free(&n);
	}
out:
	free(cause);
	obligation_free(&t);
	obligation_free(&o);
	return rc;
}

static int accept_obligation(struct dl_ctx *ctx, int64_t id, const struct review_fix *fix)
{
	if (fix->target)
		return accept_as_change(ctx, id, fix);
	struct obligation o, n;
	char *cause = xasprintf("review: accepted%s%s", fix->reason ? ": " : "",
				fix->reason ? fix->reason : "");
	int rc = pending_obligation(ctx, id, &o);
	if (rc)
		goto out;
	int fixed = fix->who || fix->action || fix->time || fix->due != DATE_NONE;
	if (fixed && o.kind == KIND_UNTIL && fix->due != DATE_NONE) {
		rc = mutate_refuse(
			ctx, "review: obligation %lld lasts until an event: --due does not apply",
			(long long)id);
		goto out;
	}
	if ((fixed && store_obligation_correct(ctx->db, &o, fix->who, fix->action, fix->time,
					       fix->due, cause) != STORE_OK) ||
	    store_obligation_set_review(ctx->db, &o, REVIEW_ACCEPTED, cause) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if ((rc = mutate_commit_recalc(ctx, NULL, o.case_id, cause, NULL)))
		goto out;
	char when[15];
	if (store_obligation_get(ctx->db, id, &n) == STORE_OK) {
		printf("#%lld accepted: %s %s%s%s\n", (long long)id, n.who ? n.who : "", n.action,
		       n.derived.due == DATE_NONE ? "" : ", due ",
		       n.derived.due == DATE_NONE ? "" : date_format_long(n.derived.due, when));
		obligation_free(&n);
	}
out:
	obligation_free(&o);
	free(cause);
	return rc;
}

/* Is id one of the candidates (ids between blanks)? */
static int among(const char *candidates, int64_t id)
{
	for (const char *p = candidates; p && *p;) {
		char *end;
		long long v = strtoll(p, &end, 10);
		if (end == p)
			break;
		if (v == id)
			return 1;
		p = end;
	}
	return 0;
}

static int accept_change(struct dl_ctx *ctx, const struct queue_ref *ref,
			 const struct review_fix *fix)
{
	struct review_row r;
	struct obligation o, n;
	char *cause = NULL, was[15], now[15];
	obligation_init(&o);
	memset(&r, 0, sizeof r);
	int rc = mutate_begin(ctx);
	if (rc || (rc = pending_item(ctx, ref, &r)))
		goto out;
	int64_t target = fix->target ? fix->target : r.target_id;
	if (!target) {
		rc = mutate_refuse(
			ctx, "review: c%lld matches %s: give --target ID (see 'deadlines review')",
			(long long)r.id,
			r.candidates ? "several obligations equally" : "no obligation of the case");
		goto out;
	}
	if (store_obligation_get(ctx->db, target, &o) != STORE_OK) {
		rc = mutate_refuse(ctx, "review: --target: %s", store_errmsg(ctx->db));
		goto out;
	}
	if (o.case_id != r.case_id) {
		rc = mutate_refuse(
			ctx, "review: --target %lld is an obligation of case %s, not of case %s",
			(long long)target, o.join.case_number, r.case_number);
		goto out;
	}
	if (fix->target && r.target_id && fix->target != r.target_id &&
	    !among(r.candidates, fix->target))
		dl_warn("review: c%lld was matched to #%lld; changing #%lld instead, as --target "
			"says",
			(long long)r.id, (long long)r.target_id, (long long)fix->target);
	const char *why =
		r.kind == REVIEW_VACATE
			? (o.status != STATUS_OPEN ? obligation_status_name(o.status) : NULL)
			: obligation_unmovable(&o);
	if (why) {
		rc = mutate_refuse(ctx, "review: obligation %lld cannot be %s: it is %s",
				   (long long)target,
				   r.kind == REVIEW_VACATE ? "vacated" : "changed", why);
		goto out;
	}
	cause = xasprintf("%s by %s (review c%lld)",
			  r.kind == REVIEW_VACATE ? "vacated" : "changed",
			  r.docket ? r.docket : "order", (long long)r.id);
	r.target_id = target;
	dl_day due = fix->due != DATE_NONE ? fix->due : r.new_due;
	const char *time = fix->time ? fix->time : r.new_time;
	int failed;
	/* an order that restates the obligation's words at the same date and
	 * time changes no date: the new words go to its history, and its date
	 * stays computed as it was (no extension that would pin it) */
	int restated = r.kind != REVIEW_VACATE && due != DATE_NONE && due == o.derived.due &&
		       !strcmp(time ? time : "", o.due_time ? o.due_time : "");
	if (r.kind == REVIEW_VACATE) {
		failed = store_obligation_set_status(ctx->db, target, STATUS_VACATED, ctx->today,
						     cause) != STORE_OK;
	} else if (due == DATE_NONE) {
		rc = mutate_refuse(ctx, "review: c%lld gives no new date: give --due DATE",
				   (long long)r.id);
		goto out;
	} else if (restated) {
		failed = store_history_add(ctx->db, target, o.case_id, "restated", o.quote, r.quote, cause) !=
			 STORE_OK;
	} else {
		failed = move_in_place(ctx, &o, due, time, cause) != STORE_OK;
	}
	if (failed ||
	    store_review_decide(ctx->db, &r, REVIEW_ACCEPTED, fix->reason, cause) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if ((rc = mutate_commit_recalc(ctx, NULL, o.case_id, cause, NULL)))
		goto out;
	if (store_obligation_get(ctx->db, target, &n) == STORE_OK) {
		if (r.kind == REVIEW_VACATE)
			printf("#%lld vacated (c%lld accepted): %s %s\n", (long long)target,
			       (long long)r.id, n.who ? n.who : "", n.action);
		else if (restated)
			printf("#%lld restated (c%lld accepted): still %s%s%s\n", (long long)target,
			       (long long)r.id, date_format_long(n.derived.due, now), n.due_time ? " " : "",
			       n.due_time ? n.due_time : "");
		else
			printf("#%lld changed (c%lld accepted): %s -> %s%s%s\n", (long long)target,
			       (long long)r.id,
			       o.derived.due == DATE_NONE ? "no date"
							  : date_format_long(o.derived.due, was),
			       n.derived.due == DATE_NONE ? "no date"
							  : date_format_long(n.derived.due, now),
			       n.due_time ? " " : "", n.due_time ? n.due_time : "");
		obligation_free(&n);
	}
out:
	free(cause);
	obligation_free(&o);
	review_row_free(&r);
	return rc;
}

int review_accept(struct dl_ctx *ctx, const struct queue_ref *ref, const struct review_fix *fix)
{
	if (ref->type == QUEUE_OBLIGATION)
		return accept_obligation(ctx, ref->id, fix);
	if (ref->type == QUEUE_SENTENCE) {
		dl_error("review: a sentence is accepted with 'deadlines review add "
			 "--from-sentence %lld'",
			 (long long)ref->id);
		return DL_EXIT_USAGE;
	}
	return accept_change(ctx, ref, fix);
}

int review_reject(struct dl_ctx *ctx, const struct queue_ref *ref, const char *reason)
{
	char *cause = xasprintf("review: rejected: %s", reason);
	int rc;
	if (ref->type == QUEUE_OBLIGATION) {
		struct obligation o;
		if (!(rc = pending_obligation(ctx, ref->id, &o))) {
			if (store_obligation_set_status(ctx->db, o.id, STATUS_VACATED, ctx->today,
							cause) != STORE_OK ||
			    store_obligation_set_review(ctx->db, &o, REVIEW_REJECTED, cause) !=
				    STORE_OK)
				rc = mutate_fail(ctx);
			else if (!(rc = mutate_commit(ctx)))
				printf("#%lld rejected: %s %s\n", (long long)o.id,
				       o.who ? o.who : "", o.action);
		}
		obligation_free(&o);
	} else {
		struct review_row r;
		memset(&r, 0, sizeof r);
		if (!(rc = mutate_begin(ctx)) && !(rc = pending_item(ctx, ref, &r))) {
			if (store_review_decide(ctx->db, &r, REVIEW_REJECTED, reason, cause) !=
			    STORE_OK)
				rc = mutate_fail(ctx);
			else if (!(rc = mutate_commit(ctx)))
				printf("%c%lld rejected\n", ref->type == QUEUE_SENTENCE ? 's' : 'c',
				       (long long)r.id);
		}
		review_row_free(&r);
	}
	free(cause);
	return rc;
}

int review_add(struct dl_ctx *ctx, int64_t sentence, const struct review_fix *fix)
{
	struct queue_ref ref = {QUEUE_SENTENCE, sentence};
	struct review_row r;
	struct case_row cs;
	struct obligation o;
	struct calendars *cals = NULL;
	struct derivation d;
	char *err = NULL, *cause = NULL, when[15];
	int derived = 0;
	memset(&r, 0, sizeof r);
	memset(&cs, 0, sizeof cs);
	obligation_init(&o);
	int rc = mutate_begin(ctx);
	if (rc || (rc = pending_item(ctx, &ref, &r)))
		goto out;
	if (store_case_find(ctx->db, r.case_number, &cs) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	o.case_id = cs.id;
	o.order_id = r.order_id;
	o.kind = KIND_DEADLINE;
	if (fix->kind)
		obligation_kind_parse(fix->kind, &o.kind); /* (checked by the command) */
	o.who = xstrdup(fix->who ? fix->who : "parties");
	o.action = xstrdup(fix->action);
	o.quote = xstrdup(r.quote);
	o.quote_start = r.quote_start;
	o.quote_end = r.quote_end;
	o.due_time = fix->time ? xstrdup(fix->time) : NULL;
	o.review = REVIEW_ACCEPTED;
	o.join.court = xstrdup(cs.court);
	o.join.case_number = xstrdup(cs.number);
	o.when.trigger = TRIGGER_NONE;
	o.when.stated_date = fix->due;
	o.basis = fix->due != DATE_NONE ? BASIS_STATED : BASIS_NONE;
	const struct court *court = court_find(cs.court);
	if (!court || rules_for_court(court, NULL, &o.when.rules) != 0)
		o.when.rules = RULES_FRCP;
	cals = calendars_new(ctx->db);
	struct calendar *cal = calendars_of(cals, &o, &err);
	if (!cal || derive(cal, &o.when, DERIVE_EXPLAINED, &d, &err) != 0) {
		rc = mutate_refuse(ctx, "review add: %s", err ? err : "no calendar");
		goto out;
	}
	derived = 1;
	derivation_values(&d, &o.derived);
	cause = xasprintf("review: added from sentence s%lld of %s", (long long)r.id,
			  r.docket ? r.docket : "its order");
	if (store_obligation_add(ctx->db, &o, cause) != STORE_OK ||
	    store_review_decide(ctx->db, &r, REVIEW_ACCEPTED, fix->reason, cause) != STORE_OK) {
		rc = mutate_fail(ctx);
		goto out;
	}
	if ((rc = mutate_commit(ctx)))
		goto out;
	printf("added #%lld from s%lld: %s %s%s%s\n", (long long)o.id, (long long)r.id, o.who,
	       o.action, o.derived.due == DATE_NONE ? "" : ", due ",
	       o.derived.due == DATE_NONE ? "" : date_format_long(o.derived.due, when));
out:
	if (derived)
		derivation_free(&d);
	calendars_free(cals);
	free(err);
	free(cause);
	obligation_free(&o);
	case_row_free(&cs);
	review_row_free(&r);
	return rc;
}
