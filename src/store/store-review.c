/*
 * store-review.c: the review queue in the store (see review.h): thresholds, the
 * reviews table (proposed changes and vacaturs, sentences that gave
 * nothing), decisions with their history rows.
 */
#include "store-review.h"

#include <stdlib.h>
#include <string.h>

#include "store-internal.h"
#include "util.h"

static const char *const kind_names[] = {"change", "vacate", "sentence"};

const char *review_kind_name(enum review_kind k)
{
	return kind_names[k];
}

int store_review_threshold(store *s, int64_t case_id, enum confidence *out)
{
	sqlite3_stmt *st =
		db_query(s,
			 "SELECT coalesce((SELECT review_threshold FROM cases WHERE id = ?),"
			 " (SELECT value FROM meta WHERE key = 'review_threshold'))",
			 "i", case_id);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	const char *t = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
	if (!t || confidence_parse(t, out) != 0 || *out == CONFIDENCE_NONE)
		*out = REVIEW_DEFAULT_THRESHOLD;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : db_fail(s);
}

int store_review_set_threshold(store *s, int64_t case_id, enum confidence c)
{
	const char *name = c == CONFIDENCE_NONE ? NULL : confidence_name(c);
	if (case_id)
		return db_exec(s, "UPDATE cases SET review_threshold = ? WHERE id = ?", "si", name,
			       case_id);
	if (!name)
		return store_meta_delete(s, "review_threshold");
	return store_meta_set(s, "review_threshold", name);
}

void review_row_free(struct review_row *r)
{
	free(r->candidates), free(r->new_time), free(r->quote), free(r->why);
	free(r->reason), free(r->created), free(r->decided), free(r->case_number), free(r->docket);
	memset(r, 0, sizeof *r);
}

int store_review_add(store *s, const struct review_row *r, int64_t *id)
{
	int rc = db_exec(
		s,
		"INSERT INTO reviews (case_id, order_id, kind, target_id, candidates, new_due, "
		"new_time,"
		" quote, quote_start, quote_end, why, created)"
		" VALUES (?, ?, ?, NULLIF(?, 0), ?, ?, ?, ?, NULLIF(?, -1), NULLIF(?, -1), ?, ?)",
		"iisisdssiiss", r->case_id, r->order_id, review_kind_name(r->kind), r->target_id,
		r->candidates, r->new_due, r->new_time, r->quote, r->quote_start, r->quote_end,
		r->why, store_now(s));
	if (rc == STORE_OK && id)
		*id = sqlite3_last_insert_rowid(s->db);
	return rc;
}

#define REVIEW_COLUMNS                                                                           \
	"r.id, r.case_id, r.order_id, r.kind, r.target_id, r.candidates, r.new_due, r.new_time," \
	" r.quote, r.quote_start, r.quote_end, r.why, r.state, r.reason, r.created, r.decided,"  \
	" c.number, d.docket"                                                                    \
	" FROM reviews r JOIN cases c ON c.id = r.case_id JOIN orders d ON d.id = r.order_id"

static void review_from_row(sqlite3_stmt *st, struct review_row *r)
{
	int i = 0;
	r->id = sqlite3_column_int64(st, i++);
	r->case_id = sqlite3_column_int64(st, i++);
	r->order_id = sqlite3_column_int64(st, i++);
	const char *k = (const char *)sqlite3_column_text(st, i++);
	r->kind = !strcmp(k, "change")	 ? REVIEW_CHANGE
		  : !strcmp(k, "vacate") ? REVIEW_VACATE
					 : REVIEW_SENTENCE;
	r->target_id = sqlite3_column_int64(st, i++);
	r->candidates = db_col_text(st, i++);
	r->new_due = db_col_day(st, i++);
	r->new_time = db_col_text(st, i++);
	r->quote = db_col_text(st, i++);
	r->quote_start =
		sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, i);
	i++;
	r->quote_end = sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, i);
	i++;
	r->why = db_col_text(st, i++);
	if (review_state_parse((const char *)sqlite3_column_text(st, i++), &r->state) != 0)
		r->state = REVIEW_PENDING;
	r->reason = db_col_text(st, i++);
	r->created = db_col_text(st, i++);
	r->decided = db_col_text(st, i++);
	r->case_number = db_col_text(st, i++);
	r->docket = db_col_text(st, i++);
}

int store_review_get(store *s, int64_t id, struct review_row *out)
{
	sqlite3_stmt *st = db_query(s, "SELECT " REVIEW_COLUMNS " WHERE r.id = ?", "i", id);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	memset(out, 0, sizeof *out);
	if (rc == SQLITE_ROW)
		review_from_row(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		db_set_err(s, "no review item %lld (see 'deadlines review')", (long long)id);
		return STORE_NOTFOUND;
	}
	return rc == SQLITE_ROW ? STORE_OK : db_fail(s);
}

int store_review_each(store *s, int kind, int64_t case_id,
		      int (*fn)(const struct review_row *, void *), void *arg)
{
	sqlite3_stmt *st =
		db_query(s,
			 "SELECT " REVIEW_COLUMNS " WHERE r.state = 'pending'"
			 " AND (?1 IS NULL OR r.kind = ?1) AND (?2 = 0 OR r.case_id = ?2)"
			 " ORDER BY r.id",
			 "si", kind < 0 ? NULL : review_kind_name((enum review_kind)kind), case_id);
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct review_row, review_from_row, review_row_free, fn, arg);
	return STORE_OK;
}

int store_review_decide(store *s, const struct review_row *r, enum review_state state,
			const char *reason, const char *cause)
{
	int rc = db_exec(
		s,
		"UPDATE reviews SET state = ?, reason = ?, decided = ?, target_id = NULLIF(?, 0)"
		" WHERE id = ? AND state = 'pending'",
		"sssii", review_state_name(state), reason, store_now(s), r->target_id, r->id);
	if (rc != STORE_OK)
		return rc;
	if (sqlite3_changes(s->db) != 1) {
		db_set_err(s, "review item %lld is decided already", (long long)r->id);
		return STORE_ERROR;
	}
	char *what = xasprintf("review %s", review_kind_name(r->kind));
	char *was = xasprintf("%s %lld: %s", review_kind_name(r->kind), (long long)r->id, r->quote);
	rc = store_history_add(s, r->target_id, r->case_id, what, was, review_state_name(state),
			       cause);
	free(what);
	free(was);
	return rc;
}

int store_obligation_set_review(store *s, const struct obligation *o, enum review_state state,
				const char *cause)
{
	int rc = db_exec(s, "UPDATE obligations SET review = ?, updated = ? WHERE id = ?", "ssi",
			 state != REVIEW_NONE ? review_state_name(state) : NULL, store_now(s),
			 o->id);
	if (rc == STORE_OK)
		rc = store_history_add(s, o->id, o->case_id, "review", review_state_name(o->review),
				       review_state_name(state), cause);
	return rc;
}

int store_obligation_correct(store *s, const struct obligation *old, const char *who,
			     const char *action, const char *time, dl_day due, const char *cause)
{
	int dated = due != DATE_NONE;
	int rc = db_exec(
		s,
		"UPDATE obligations SET who = coalesce(?1, who), action = coalesce(?2, action),"
		" due_time = coalesce(?3, due_time),"
		" stated_date = CASE WHEN ?4 THEN ?5 ELSE stated_date END,"
		" trigger = CASE WHEN ?4 THEN 'none' ELSE trigger END,"
		" trigger_date = CASE WHEN ?4 THEN NULL ELSE trigger_date END,"
		" trigger_event = CASE WHEN ?4 THEN NULL ELSE trigger_event END,"
		" period_n = CASE WHEN ?4 THEN 0 ELSE period_n END,"
		" period_unit = CASE WHEN ?4 THEN NULL ELSE period_unit END,"
		" period_dir = CASE WHEN ?4 THEN NULL ELSE period_dir END,"
		" whichever = CASE WHEN ?4 THEN NULL ELSE whichever END,"
		" basis = CASE WHEN ?4 THEN 'stated' ELSE basis END, updated = ?6 WHERE id = ?7",
		"sssidsi", who, action, time, (int64_t)dated, due, store_now(s), old->id);
	char a[11], b[11];
	if (rc == STORE_OK && who)
		rc = history_if_changed(s, old, "who", old->who, who, cause);
	if (rc == STORE_OK && action)
		rc = history_if_changed(s, old, "action", old->action, action, cause);
	if (rc == STORE_OK && time)
		rc = history_if_changed(s, old, "time", old->due_time, time, cause);
	if (rc == STORE_OK && dated && due != old->when.stated_date)
		rc = store_history_add(s, old->id, old->case_id, "stated",
				       old->when.stated_date == DATE_NONE
					       ? NULL
					       : date_format(old->when.stated_date, a),
				       date_format(due, b), cause);
	return rc;
}

int store_obligation_set_time(store *s, const struct obligation *o, const char *time, int bump,
			      const char *cause)
{
	int rc = db_exec(s,
			 "UPDATE obligations SET due_time = ?, sequence = sequence + ?, updated = "
			 "? WHERE id = ?",
			 "sisi", time, (int64_t)(bump != 0), store_now(s), o->id);
	return rc == STORE_OK ? history_if_changed(s, o, "time", o->due_time, time, cause) : rc;
}

int store_review_remind_after(store *s, int *hours)
{
	char *v = NULL;
	int rc = store_meta_get(s, "review_remind_after", &v);
	*hours = REVIEW_REMIND_AFTER_DEFAULT;
	if (rc == STORE_OK && atoi(v) > 0)
		*hours = atoi(v);
	free(v);
	return rc == STORE_ERROR ? STORE_ERROR : STORE_OK;
}

int store_review_set_remind_after(store *s, int hours)
{
	char v[16];
	if (hours <= 0)
		return store_meta_delete(s, "review_remind_after");
	snprintf(v, sizeof v, "%d", hours);
	return store_meta_set(s, "review_remind_after", v);
}

int store_review_waiting(store *s, const char *before, int64_t *n, char **oldest)
{
	sqlite3_stmt *st = db_query(
		s,
		"SELECT count(*), min(t) FROM ("
		" SELECT created AS t FROM obligations WHERE review = 'pending' AND created < ?1"
		" UNION ALL SELECT created FROM reviews WHERE state = 'pending'"
		" AND kind <> 'sentence' AND created < ?1)",
		"s", before);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW) {
		*n = sqlite3_column_int64(st, 0);
		*oldest = db_col_text(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? STORE_OK : db_fail(s);
}
