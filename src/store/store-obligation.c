/*
 * store-obligation.c: obligations in the store: adding, reading (one, or by a
 * filter through a query put together from string literals, so SQLite can
 * use the index that fits), the facts and derived values that change them,
 * their history, acknowledgements and the notification log.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "party-roles.h"
#include "store-internal.h"
#include "util.h"

static char *new_uid(void)
{
	unsigned char r[16];
	char hex[33];
	if (os_random(r, sizeof r) != 0)
		return NULL;
	for (int i = 0; i < 16; i++)
		snprintf(hex + 2 * i, 3, "%02x", r[i]);
	return xasprintf("%s@deadlines", hex);
}

int store_obligation_add(store *s, struct obligation *o, const char *cause)
{
	if (!o->uid && !(o->uid = new_uid())) {
		db_set_err(s, "cannot read random bytes for a UID: %s", strerror(errno));
		return STORE_ERROR;
	}
	const char *now = store_now(s);
	const struct obligation_when *w = &o->when;
	char hhmm[6], due_hhmm[6];
	int rc = db_exec(
		s,
		"INSERT INTO obligations (uid, case_id, order_id, kind, who, action, scope, note,"
		" quote, quote_start, quote_end, trigger, trigger_date, trigger_event, period_n,"
		" period_unit, period_dir, service_method, rules, rule_cite, due_date, due_time,"
		" latest_date, warnings, until_event, basis, status, pinned, created, updated,"
		" link_event, stated_date, whichever, extension_days, extended_to, ocr_confidence, location, url,"
		" source_uid, source_sequence, confidence, doubts, review, rule_default, occurrence, series_until,"
		" anchor_id, trigger_time, series_day, series_from_moved)"
		" VALUES (?, ?, NULLIF(?, 0), ?, ?, ?, ?, ?, ?, NULLIF(?, -1), NULLIF(?, -1),"
		" ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, -1), ?, ?, ?, ?,"
		" ?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?, NULLIF(?, 0), ?)",
		"siissssssiisdsisssssdsdssssisssdsidisssissssidisii", o->uid, o->case_id, o->order_id,
		obligation_kind_name(o->kind), o->who, o->action, o->scope, o->note, o->quote,
		o->quote_start, o->quote_end, trigger_name(w->trigger), w->trigger_date,
		w->trigger_event, w->period_n, unit_name(w->unit), period_dir_name(w->direction),
		w->service != SERVICE_NONE ? service_name(w->service) : NULL, rule_set_name(w->rules),
		o->derived.rule_cite, o->derived.due,
		o->due_time ? o->due_time : time_format(o->derived.due_minute, due_hhmm), o->derived.latest,
		o->derived.warnings,
		o->until_event, obligation_basis_name(o->basis), obligation_status_name(o->status),
		(int64_t)o->pinned, now, now, o->link_event, w->stated_date, whichever_name(w->whichever),
		w->extension_days, w->extended_to, (int64_t)o->ocr_confidence, o->location, o->url, o->source_uid,
		o->source_sequence, o->confidence != CONFIDENCE_NONE ? confidence_name(o->confidence) : NULL,
		o->doubts, o->review != REVIEW_NONE ? review_state_name(o->review) : NULL, o->when.rule_default,
		w->occurrence, w->series_until, w->anchor_id > 0 ? w->anchor_id : 0, time_format(w->trigger_minute, hhmm),
		(int64_t)w->series_day, (int64_t)(w->series_from_moved != 0));
	if (rc != STORE_OK)
		return rc == STORE_EXISTS ? (db_set_err(s, "obligation %s: %s", o->uid, store_errmsg(s)),
					     STORE_ERROR)
					  : rc;
	o->id = sqlite3_last_insert_rowid(s->db);
	char iso[11], *summary = xasprintf("%s %s: %s", obligation_kind_name(o->kind),
					    o->who ? o->who : "", o->action);
	if (o->derived.due != DATE_NONE) {
		char *t = summary;
		summary = xasprintf("%s, due %s", t, date_format(o->derived.due, iso));
		free(t);
	}
	rc = store_history_add(s, o->id, o->case_id, "created", NULL, summary, cause);
	free(summary);
	return rc;
}

#define OBLIGATION_COLUMNS                                                                  \
	"o.id, o.uid, o.case_id, c.number, c.caption, c.court, o.order_id, d.docket, o.kind," \
	" o.who, o.action, o.scope, o.note, o.quote, o.quote_start, o.quote_end, o.trigger,"  \
	" o.trigger_date, o.trigger_event, o.period_n, o.period_unit, o.period_dir,"          \
	" o.service_method, o.rules, o.rule_cite, o.due_date, o.due_time, o.latest_date,"     \
	" o.warnings, o.until_event, o.basis, o.status, o.closed_on, o.pinned, o.sequence,"    \
	" o.created, o.updated, o.link_event, o.stated_date, o.whichever, o.extension_days,"  \
	" o.extended_to, d.entered, o.acked_due, o.ocr_confidence, o.location, o.url,"              \
	" o.source_uid, o.source_sequence, o.confidence, o.doubts, o.review, c.division,"      \
	" c.from_court, o.rule_default, o.occurrence, o.series_until, o.anchor_id,"           \
	" o.trigger_time, o.series_day, o.series_from_moved"                                  \
	" FROM obligations o JOIN cases c ON c.id = o.case_id"                                \
	" LEFT JOIN orders d ON d.id = o.order_id"

/* The text fields point into the row's memory (valid until the next step):
 * callbacks see rows without a copy; store_obligation_get copies. */
static char *col_borrow(sqlite3_stmt *st, int col)
{
	return (char *)sqlite3_column_text(st, col);
}

/* A column's words as stored, for the one map to each enum (obligation.h):
 * the schema's CHECK constraints keep kind, trigger, basis, status,
 * direction and whichever to their words; a unit, service or rules it does
 * not know reads as none or the default, as computing from it did. */
static const char *col_word(sqlite3_stmt *st, int col)
{
	return (const char *)sqlite3_column_text(st, col);
}

static void obligation_from_row(sqlite3_stmt *st, struct obligation *o)
{
	int i = 0;
	struct obligation_when *w = &o->when;
	obligation_init(o);
	o->id = sqlite3_column_int64(st, i++);
	o->uid = col_borrow(st, i++);
	o->case_id = sqlite3_column_int64(st, i++);
	o->join.case_number = col_borrow(st, i++);
	o->join.caption = col_borrow(st, i++);
	o->join.court = col_borrow(st, i++);
	o->order_id = sqlite3_column_int64(st, i++);
	o->join.docket = col_borrow(st, i++);
	obligation_kind_parse(col_word(st, i++), &o->kind);
	o->who = col_borrow(st, i++);
	o->action = col_borrow(st, i++);
	o->scope = col_borrow(st, i++);
	o->note = col_borrow(st, i++);
	o->quote = col_borrow(st, i++);
	o->quote_start = sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, i);
	i++;
	o->quote_end = sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, i);
	i++;
	trigger_parse(col_word(st, i++), &w->trigger);
	w->trigger_date = db_col_day(st, i++);
	w->trigger_event = col_borrow(st, i++);
	w->period_n = sqlite3_column_int64(st, i++);
	if (!col_word(st, i) || unit_parse(col_word(st, i), &w->unit) != 0)
		w->unit = UNIT_NONE;
	i++;
	period_dir_parse(col_word(st, i++), &w->direction);
	if (!col_word(st, i) || service_parse(col_word(st, i), &w->service) != 0)
		w->service = SERVICE_NONE;
	i++;
	if (!col_word(st, i) || rule_set_parse(col_word(st, i), &w->rules) != 0)
		w->rules = RULES_FRCP;
	i++;
	o->derived.rule_cite = col_borrow(st, i++);
	o->derived.due = db_col_day(st, i++);
	o->due_time = col_borrow(st, i++);
	o->derived.latest = db_col_day(st, i++);
	o->derived.warnings = col_borrow(st, i++);
	o->until_event = col_borrow(st, i++);
	obligation_basis_parse(col_word(st, i++), &o->basis);
	obligation_status_parse(col_word(st, i++), &o->status);
	o->closed_on = db_col_day(st, i++);
	o->pinned = sqlite3_column_int64(st, i++) != 0;
	o->sequence = sqlite3_column_int64(st, i++);
	o->created = col_borrow(st, i++);
	o->updated = col_borrow(st, i++);
	o->link_event = col_borrow(st, i++);
	w->stated_date = db_col_day(st, i++);
	whichever_parse(col_word(st, i++), &w->whichever);
	w->extension_days = sqlite3_column_int64(st, i++);
	w->extended_to = db_col_day(st, i++);
	o->join.order_entered = db_col_day(st, i++);
	o->acked = db_col_day(st, i++);
	o->ocr_confidence = sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int(st, i);
	i++;
	o->location = col_borrow(st, i++);
	o->url = col_borrow(st, i++);
	o->source_uid = col_borrow(st, i++);
	o->source_sequence = sqlite3_column_int64(st, i++);
	if (!col_word(st, i) || confidence_parse(col_word(st, i), &o->confidence) != 0)
		o->confidence = CONFIDENCE_NONE;
	i++;
	o->doubts = col_borrow(st, i++);
	if (!col_word(st, i) || review_state_parse(col_word(st, i), &o->review) != 0)
		o->review = REVIEW_NONE;
	i++;
	o->join.division = col_borrow(st, i++);
	o->join.from_court = col_borrow(st, i++);
	o->when.rule_default = col_borrow(st, i++);
	w->occurrence = sqlite3_column_int64(st, i++);
	w->series_until = db_col_day(st, i++);
	w->anchor_id = sqlite3_column_int64(st, i++);
	if (time_parse(col_word(st, i++), &w->trigger_minute) != 0)
		w->trigger_minute = -1;
	w->series_day = sqlite3_column_int(st, i++);
	w->series_from_moved = sqlite3_column_int(st, i++);
}

/* The columns of a report row: those the obligations_report index holds. */
#define REPORT_COLUMNS                                                                     \
	"o.id, o.case_id, c.number, c.caption, c.court, o.kind, o.who, o.action, o.due_date," \
	" o.due_time, o.latest_date, o.basis, o.status, o.until_event, o.acked_due,"         \
	" o.ocr_confidence, o.review, o.rule_default, c.division"                            \
	" FROM obligations o JOIN cases c ON c.id = o.case_id"

static void report_from_row(sqlite3_stmt *st, struct report_row *r)
{
	int i = 0;
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, i++);
	r->case_id = sqlite3_column_int64(st, i++);
	r->case_number = col_borrow(st, i++);
	r->caption = col_borrow(st, i++);
	r->court = col_borrow(st, i++);
	obligation_kind_parse(col_word(st, i++), &r->kind);
	r->who = col_borrow(st, i++);
	r->action = col_borrow(st, i++);
	r->due = db_col_day(st, i++);
	r->due_time = col_borrow(st, i++);
	r->latest = db_col_day(st, i++);
	obligation_basis_parse(col_word(st, i++), &r->basis);
	obligation_status_parse(col_word(st, i++), &r->status);
	r->until_event = col_borrow(st, i++);
	r->acked = db_col_day(st, i++);
	r->ocr_confidence = sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int(st, i);
	i++;
	r->pending = col_word(st, i) && !strcmp(col_word(st, i), "pending");
	i++;
	r->rule_default = col_borrow(st, i++);
	r->division = col_borrow(st, i++);
}

void store_report_row_of(const struct obligation *o, struct report_row *r)
{
	*r = (struct report_row){o->id,		  o->case_id,	  o->join.case_number, o->join.caption,
				 o->join.court,	  o->kind,	  o->who,	       o->action,
				 o->derived.due,  o->due_time,	  o->derived.latest,   o->basis,
				 o->status,	  o->until_event, o->acked,	       o->ocr_confidence,
				 o->review == REVIEW_PENDING, o->when.rule_default, o->join.division};
}

/* The one obligation st selects, copied into out: STORE_OK, STORE_NOTFOUND
 * (nothing said) or STORE_ERROR. */
static int obligation_one(store *s, sqlite3_stmt *st, struct obligation *out)
{
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW) {
		struct obligation row;
		obligation_from_row(st, &row);
		obligation_copy(out, &row);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOTFOUND : db_fail(s);
}

int store_obligation_get(store *s, int64_t id, struct obligation *out)
{
	int rc = obligation_one(s, db_query(s, "SELECT " OBLIGATION_COLUMNS " WHERE o.id = ?", "i", id), out);
	if (rc == STORE_NOTFOUND)
		db_set_err(s, "no obligation %lld (see 'deadlines list --status all')", (long long)id);
	return rc;
}

int store_obligation_by_source(store *s, int64_t case_id, const char *source_uid, struct obligation *out)
{
	return obligation_one(s,
			      db_query(s, "SELECT " OBLIGATION_COLUMNS " WHERE o.case_id = ? AND o.source_uid = ?",
				       "is", case_id, source_uid),
			      out);
}

int history_if_changed(store *s, const struct obligation *o, const char *what, const char *old,
			      const char *now, const char *cause)
{
	if (!strcmp(old ? old : "", now ? now : ""))
		return STORE_OK;
	return store_history_add(s, o->id, o->case_id, what, old, now, cause);
}

int store_obligation_set_invited(store *s, const struct obligation *old, const struct obligation *now,
				 const char *cause)
{
	char was[11], is[11];
	int rc = db_exec(s,
			 "UPDATE obligations SET action = ?, note = ?, location = ?, url = ?, due_time = ?,"
			 " stated_date = ?, source_sequence = ?, sequence = sequence + 1, updated = ?"
			 " WHERE id = ?",
			 "sssssdisi", now->action, now->note, now->location, now->url, now->due_time,
			 now->when.stated_date, now->source_sequence, store_now(s), old->id);
	if (rc == STORE_OK && old->when.stated_date != now->when.stated_date)
		rc = store_history_add(s, old->id, old->case_id, "stated",
				       old->when.stated_date == DATE_NONE ? NULL : date_format(old->when.stated_date, was),
				       now->when.stated_date == DATE_NONE ? NULL : date_format(now->when.stated_date, is),
				       cause);
	if (rc == STORE_OK)
		rc = history_if_changed(s, old, "time", old->due_time, now->due_time, cause);
	if (rc == STORE_OK)
		rc = history_if_changed(s, old, "action", old->action, now->action, cause);
	if (rc == STORE_OK)
		rc = history_if_changed(s, old, "location", old->location, now->location, cause);
	if (rc == STORE_OK)
		rc = history_if_changed(s, old, "url", old->url, now->url, cause);
	return rc;
}

void obligation_filter_init(struct obligation_filter *f)
{
	memset(f, 0, sizeof *f);
	f->from = f->to = DATE_NONE;
	f->undated = -1;
	f->history_after = -1;
	f->after_id = -1;
	f->status = STATUS_ANY;
}

/* An obligation o binds the party --who names when its who (as party_normal
 * puts it) is that text (:who), or one of :whoany (a role's forms and
 * everyone's words, when --who is a role), or is paired with o's case in
 * :whopairs (who_pairs: the names of the parties in that role, or the role
 * and everyone's words where --who names a party of that case). The pairs
 * are worked out once per query from the parties table, so each row costs
 * two lookups in lists SQLite builds once. */
#define WHO_OF_O "lower(trim(o.who))"
#define WHO_MATCHES                                                                  \
	WHO_OF_O " = :who"                                                           \
	" OR " WHO_OF_O " IN (SELECT value FROM json_each(:whoany))"                  \
	" OR (o.case_id, " WHO_OF_O ") IN (SELECT json_extract(value, '$[0]'),"        \
	" json_extract(value, '$[1]') FROM json_each(:whopairs))"

/* The query for a filter names only the conditions it sets, so SQLite can use
 * the index that fits instead of scanning every row. It is put together from
 * string literals only; every value is a bound parameter (filter_bind). */
/* What a query over a filter reads: whole rows, report rows, or a count. */
enum filter_form { FORM_ROWS, FORM_REPORT, FORM_COUNT };

static void filter_sql(const struct obligation_filter *f, const char *status, enum filter_form form,
		       struct buf *sql)
{
	int count = form == FORM_COUNT;
	if (count && (f->case_number || f->cases || f->court))
		buf_puts(sql, "SELECT count(*) FROM (SELECT 1 FROM obligations o JOIN cases c ON c.id = o.case_id"
			      " WHERE 1");
	else if (count) /* (without the cases it need not read them) */
		buf_puts(sql, "SELECT count(*) FROM (SELECT 1 FROM obligations o WHERE 1");
	else if (form == FORM_REPORT)
		buf_puts(sql, "SELECT " REPORT_COLUMNS " WHERE 1");
	else
		buf_puts(sql, "SELECT " OBLIGATION_COLUMNS " WHERE 1");
	if (f->case_number)
		buf_puts(sql, " AND c.number = :case");
	if (f->cases)
		buf_puts(sql, " AND c.number IN (SELECT value FROM json_each(:cases))");
	if (f->court)
		buf_puts(sql, " AND c.court = :court");
	if (f->case_id)
		buf_puts(sql, " AND o.case_id = :caseid");
	if (f->after_id >= 0)
		buf_puts(sql, " AND o.id > :after");
	if (f->history_after >= 0)
		buf_puts(sql, " AND o.id IN (SELECT obligation_id FROM history WHERE id > :hist)");
	if (status)
		buf_puts(sql, " AND o.status = :status");
	if (f->live)
		buf_puts(sql, " AND o.status IN ('open', 'ended') AND o.pinned = 0");
	if (f->pending > 0)
		buf_puts(sql, " AND o.review = 'pending'");
	else if (f->pending < 0)
		buf_puts(sql, " AND o.review IS NOT 'pending'");
	if (f->timed_hearings) /* the rows ics_timed() calls timed */
		buf_puts(sql, " AND o.kind = 'hearing' AND o.due_time IS NOT NULL AND o.due_date IS NOT NULL");
	if (f->from != DATE_NONE)
		buf_puts(sql, " AND o.due_date >= :from");
	if (f->to != DATE_NONE)
		buf_puts(sql, " AND o.due_date <= :to");
	if (f->undated == 0)
		buf_puts(sql, " AND o.due_date IS NOT NULL");
	else if (f->undated == 1)
		buf_puts(sql, " AND o.due_date IS NULL");
	if (f->who) /* party-roles.h: a role's, a named party's, or everyone's (last: the dearest) */
		buf_puts(sql, " AND (" WHO_MATCHES ")");
	if (count) { /* counting stops at the limit */
		if (f->limit > 0)
			buf_puts(sql, " LIMIT :limit");
		buf_puts(sql, ")");
		return;
	}
	/* Dated first, by date; on a day, those without a time (they last all day)
	 * first; then by id. For dated rows this is the report index's own order
	 * (NULL sorts first), so SQLite need not sort. */
	if (f->after_id >= 0 || (f->unsorted && !f->cases))
		buf_puts(sql, " ORDER BY o.id");
	else if (f->unsorted)
		buf_puts(sql, " ORDER BY c.number, o.status, o.id");
	else if (f->undated == 0)
		buf_puts(sql, " ORDER BY o.due_date, o.due_time, o.id");
	else
		buf_puts(sql, " ORDER BY o.due_date IS NULL, o.due_date, o.due_time, o.id");
	if (f->limit > 0)
		buf_puts(sql, " LIMIT :limit");
}

/* The statement for sql (which it takes): the one kept from the last call
 * when the filter has the same shape, else a new one, kept in its place
 * unless that one is in use by a caller up the stack (*kept says which). */
static sqlite3_stmt *filter_statement(store *s, struct buf *sql, int *kept)
{
	sqlite3_stmt *st = NULL;
	*kept = !s->each_busy;
	if (*kept && s->each_sql && strcmp(s->each_sql, sql->data) == 0) {
		buf_free(sql);
		sqlite3_reset(s->each_stmt);
		sqlite3_clear_bindings(s->each_stmt);
		return s->each_stmt;
	}
	int rc = sqlite3_prepare_v2(s->db, sql->data, (int)sql->len, &st, NULL);
	if (rc != SQLITE_OK || !*kept) {
		buf_free(sql);
		return rc == SQLITE_OK ? st : NULL;
	}
	sqlite3_finalize(s->each_stmt);
	free(s->each_sql);
	s->each_sql = buf_detach(sql);
	s->each_stmt = st;
	return st;
}

/* What WHO_MATCHES binds for a --who (see there). */
struct who_bind {
	char *who, *any, *pairs;
};

static void who_bind_free(struct who_bind *w)
{
	free(w->who), free(w->any), free(w->pairs);
	memset(w, 0, sizeof *w);
}

/* Add [case_id, text] to pairs, and [case_id, each shorter tail of text
 * after a blank] when tails: the surname an order gives a named party. */
static void pair_add(json_t *pairs, int64_t case_id, const char *text, int tails)
{
	for (const char *t = text; t; t = tails ? strchr(t + 1, ' ') : NULL) {
		t += *t == ' ';
		if (*t)
			json_array_append_new(pairs, json_pack("[I,s]", (json_int_t)case_id, t));
	}
}

/* The values for --who w (see WHO_MATCHES): a role's forms and everyone's
 * words, and the pairs from the parties table: for a role, each party in
 * it by name and surname; for a party's name, in each case it is a party
 * of, its role's forms, everyone's words and its surname. */
static int who_values(store *s, const char *w, struct who_bind *out)
{
	json_t *any = json_array(), *pairs = json_array();
	out->who = party_normal(w);
	const char *role = party_role_of(out->who);
	if (role) {
		json_array_append_new(any, json_string(role));
		json_array_append_new(any, json_string(party_role_plural(role)));
		for (int i = 0; party_everyone[i]; i++)
			json_array_append_new(any, json_string(party_everyone[i]));
	}
	sqlite3_stmt *st = db_query(s,
				    "SELECT case_id, name, role FROM parties"
				    " WHERE (?1 IS NOT NULL AND role = ?1) OR (?1 IS NULL AND lower(trim(name)) = ?2)",
				    "ss", role, out->who);
	int rc = st ? SQLITE_ROW : SQLITE_ERROR;
	while (st && (rc = db_step(st)) == SQLITE_ROW) {
		int64_t case_id = sqlite3_column_int64(st, 0);
		char *name = party_normal((const char *)sqlite3_column_text(st, 1));
		const char *its = (const char *)sqlite3_column_text(st, 2);
		pair_add(pairs, case_id, name, 1);
		if (!role) {
			pair_add(pairs, case_id, its, 0);
			pair_add(pairs, case_id, party_role_plural(its), 0);
			for (int i = 0; party_everyone[i]; i++)
				pair_add(pairs, case_id, party_everyone[i], 0);
		}
		free(name);
	}
	if (st)
		sqlite3_reset(st);
	out->any = json_dumps(any, JSON_COMPACT);
	out->pairs = json_dumps(pairs, JSON_COMPACT);
	json_decref(any), json_decref(pairs);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Bind the values of the conditions filter_sql wrote. */
static int filter_bind(sqlite3_stmt *st, const struct obligation_filter *f, const char *status,
		       const struct who_bind *who)
{
	char *cases = NULL;
	if (f->cases) {
		json_t *a = json_array();
		for (int i = 0; f->cases[i]; i++)
			json_array_append_new(a, json_string(f->cases[i]));
		cases = json_dumps(a, JSON_COMPACT);
		json_decref(a);
	}
	char from[11], to[11];
	struct {
		const char *name, *value;
	} texts[] = {{":case", f->case_number},
		     {":cases", cases},
		     {":court", f->court},
		     {":who", who->who},
		     {":whoany", who->any},
		     {":whopairs", who->pairs},
		     {":status", status},
		     {":from", f->from != DATE_NONE ? date_format(f->from, from) : NULL},
		     {":to", f->to != DATE_NONE ? date_format(f->to, to) : NULL}};
	struct {
		const char *name;
		int64_t value, set;
	} numbers[] = {{":caseid", f->case_id, f->case_id != 0},
		       {":after", f->after_id, f->after_id >= 0},
		       {":hist", f->history_after, f->history_after >= 0},
		       {":limit", f->limit, f->limit > 0}};
	int rc = SQLITE_OK;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0] && rc == SQLITE_OK; i++)
		if (texts[i].value)
			rc = sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, texts[i].name),
					       texts[i].value, -1, SQLITE_TRANSIENT);
	for (size_t i = 0; i < sizeof numbers / sizeof numbers[0] && rc == SQLITE_OK; i++)
		if (numbers[i].set)
			rc = sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, numbers[i].name),
						numbers[i].value);
	free(cases);
	if (rc == SQLITE_OK && getenv("DEADLINES_TRACE_SQL")) {
		/* the query with its values, for running the same one elsewhere (bench/run) */
		char *expanded = sqlite3_expanded_sql(st);
		fprintf(stderr, "%s;\n", expanded ? expanded : sqlite3_sql(st));
		sqlite3_free(expanded);
	}
	return rc;
}

/* End a statement filter_query() gave. */
static void filter_done(sqlite3_stmt *st, int kept)
{
	if (kept)
		sqlite3_reset(st);
	else
		sqlite3_finalize(st);
}

/* The statement for f in its form, bound, or NULL after db_fail();
 * filter_done() ends it. *kept: as filter_statement() says. */
static sqlite3_stmt *filter_query(store *s, const struct obligation_filter *f, enum filter_form form,
				  int *kept)
{
	const char *status = f->status != STATUS_ANY ? obligation_status_name(f->status) : NULL;
	struct buf sql;
	buf_init(&sql);
	filter_sql(f, status, form, &sql);
	struct who_bind who = {NULL, NULL, NULL};
	if (f->who && who_values(s, f->who, &who) != 0) {
		buf_free(&sql);
		who_bind_free(&who);
		db_fail(s);
		return NULL;
	}
	sqlite3_stmt *st = filter_statement(s, &sql, kept);
	if (!st) {
		who_bind_free(&who);
		db_fail(s);
		return NULL;
	}
	if (filter_bind(st, f, status, &who) != SQLITE_OK) {
		who_bind_free(&who);
		db_fail(s);
		filter_done(st, *kept);
		return NULL;
	}
	who_bind_free(&who);
	return st;
}

/* The caller's function and argument, for a query's rows. */
struct each {
	int (*obligation)(const struct obligation *, void *);
	int (*report)(const struct report_row *, void *);
	void *arg;
};

/* One row of a query in its form, to the caller's function: its answer. */
static int each_row(sqlite3_stmt *st, enum filter_form form, const struct each *e)
{
	if (form == FORM_REPORT) {
		struct report_row row;
		report_from_row(st, &row);
		return e->report(&row, e->arg);
	}
	struct obligation row;
	obligation_from_row(st, &row);
	return e->obligation(&row, e->arg);
}

/* The rows of f's query in form to e, until its function returns nonzero. */
static int filter_each(store *s, const struct obligation_filter *f, enum filter_form form,
		       const struct each *e)
{
	int kept, rc;
	sqlite3_stmt *st = filter_query(s, f, form, &kept);
	if (!st)
		return STORE_ERROR;
	s->each_busy += kept;
	while ((rc = db_step(st)) == SQLITE_ROW)
		if (each_row(st, form, e)) {
			rc = SQLITE_DONE;
			break;
		}
	s->each_busy -= kept;
	if (rc != SQLITE_DONE)
		db_fail(s);
	filter_done(st, kept);
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}

int store_obligation_each(store *s, const struct obligation_filter *f,
			  int (*fn)(const struct obligation *, void *), void *arg)
{
	struct each e = {fn, NULL, arg};
	return filter_each(s, f, FORM_ROWS, &e);
}

int store_report_each(store *s, const struct obligation_filter *f,
		      int (*fn)(const struct report_row *, void *), void *arg)
{
	struct each e = {NULL, fn, arg};
	return filter_each(s, f, FORM_REPORT, &e);
}

int store_obligation_count(store *s, const struct obligation_filter *f, int64_t *n)
{
	int kept, rc;
	sqlite3_stmt *st = filter_query(s, f, FORM_COUNT, &kept);
	if (!st)
		return STORE_ERROR;
	if ((rc = db_step(st)) == SQLITE_ROW)
		*n = sqlite3_column_int64(st, 0);
	else
		db_fail(s);
	filter_done(st, kept);
	return rc == SQLITE_ROW ? STORE_OK : STORE_ERROR;
}

/* The cases a filter's scope is (?2: one case, ?3: a JSON array of them;
 * NULL: any), for the queries on who. */
#define WHO_SCOPE " AND (?2 IS NULL OR c.number = ?2) AND (?3 IS NULL OR c.number IN (SELECT value FROM json_each(?3)))"

/* The scope's values: f's case and its cases as JSON (malloc'd, or NULL). */
static char *who_scope(const struct obligation_filter *f)
{
	if (!f->cases)
		return NULL;
	json_t *a = json_array();
	for (int i = 0; f->cases[i]; i++)
		json_array_append_new(a, json_string(f->cases[i]));
	char *cases = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return cases;
}

int store_who_known(store *s, const struct obligation_filter *f, int *known)
{
	char *who = party_normal(f->who), *cases = who_scope(f);
	sqlite3_stmt *st = db_query(s,
				    "SELECT EXISTS (SELECT 1 FROM parties p JOIN cases c ON c.id = p.case_id"
				    " WHERE lower(p.name) = ?1" WHO_SCOPE ")"
				    " OR EXISTS (SELECT 1 FROM obligations o JOIN cases c ON c.id = o.case_id"
				    " WHERE lower(trim(o.who)) = ?1" WHO_SCOPE ")",
				    "sss", who, f->case_number, cases);
	free(who);
	free(cases);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW)
		*known = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? STORE_OK : db_fail(s);
}

int store_who_each(store *s, const struct obligation_filter *f, int (*fn)(const char *, void *),
		   void *arg)
{
	char *cases = who_scope(f);
	sqlite3_stmt *st = db_query(s,
				    "SELECT min(name) FROM (SELECT trim(p.name) AS name FROM parties p"
				    " JOIN cases c ON c.id = p.case_id WHERE 1" WHO_SCOPE
				    " UNION ALL SELECT trim(o.who) FROM obligations o"
				    " JOIN cases c ON c.id = o.case_id WHERE trim(o.who) <> ''" WHO_SCOPE ")"
				    " GROUP BY lower(name) ORDER BY lower(name)",
				    "sss", NULL, f->case_number, cases);
	free(cases);
	if (!st)
		return STORE_ERROR;
	int rc;
	while ((rc = db_step(st)) == SQLITE_ROW)
		if (fn((const char *)sqlite3_column_text(st, 0), arg))
			break;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : db_fail(s);
}

int store_obligation_set_status(store *s, int64_t id, enum obligation_status status, dl_day on,
				const char *cause)
{
	struct obligation o;
	int rc = store_obligation_get(s, id, &o);
	if (rc != STORE_OK)
		return rc;
	rc = db_exec(s,
			"UPDATE obligations SET status = ?, closed_on = ?, sequence = sequence + 1,"
			" updated = ? WHERE id = ?",
			"sdsi", obligation_status_name(status), on, store_now(s), id);
	if (rc == STORE_OK)
		rc = store_history_add(s, id, o.case_id, "status", obligation_status_name(o.status),
				       obligation_status_name(status), cause);
	obligation_free(&o);
	return rc;
}

int store_obligation_has_dependents(store *s, int64_t id)
{
	sqlite3_stmt *st = db_query(s, "SELECT 1 FROM obligations WHERE anchor_id = ? LIMIT 1", "i", id);
	if (!st)
		return 0;
	int yes = db_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return yes;
}

int store_obligation_set_anchor(store *s, const struct obligation *o, int64_t anchor_id,
				const char *cause)
{
	char *to = xasprintf("#%lld", (long long)anchor_id);
	int rc = db_exec(s, "UPDATE obligations SET anchor_id = ?, link_event = NULL WHERE id = ?",
			 "ii", anchor_id, o->id);
	if (rc == STORE_OK)
		rc = store_history_add(s, o->id, o->case_id, "runs from", o->when.trigger_event, to, cause);
	free(to);
	return rc;
}

int store_obligation_set_trigger(store *s, const struct obligation *o, enum trigger_kind trigger,
				 dl_day on, enum service_method service, const char *cause)
{
	char a[64], b[64], iso[11];
	const struct obligation_when *w = &o->when;
	int rc = db_exec(s,
			 "UPDATE obligations SET trigger = ?, trigger_date = ?, service_method = ?,"
			 " updated = ? WHERE id = ?",
			 "sdssi", trigger_name(trigger), on,
			 service != SERVICE_NONE ? service_name(service) : NULL, store_now(s), o->id);
	snprintf(a, sizeof a, "%s %s%s%s", trigger_name(w->trigger),
		 w->trigger_date != DATE_NONE ? date_format(w->trigger_date, iso) : "-",
		 w->service != SERVICE_NONE ? " by " : "",
		 w->service != SERVICE_NONE ? service_name(w->service) : "");
	snprintf(b, sizeof b, "%s %s%s%s", trigger_name(trigger), date_format(on, iso),
		 service != SERVICE_NONE ? " by " : "", service != SERVICE_NONE ? service_name(service) : "");
	return rc == STORE_OK ? store_history_add(s, o->id, o->case_id, "trigger", a, b, cause) : rc;
}

int store_obligation_next_occurrence(store *s, const struct obligation *o, dl_day on,
				     const char *cause)
{
	char iso[11];
	int rc = db_exec(s,
			 "UPDATE obligations SET occurrence = occurrence + 1, sequence = sequence + 1,"
			 " updated = ? WHERE id = ? AND occurrence > 0",
			 "si", store_now(s), o->id);
	char *old = xasprintf("occurrence %lld open", (long long)o->when.occurrence);
	char *done = xasprintf("occurrence %lld done on %s", (long long)o->when.occurrence,
			       date_format(on, iso));
	if (rc == STORE_OK)
		rc = store_history_add(s, o->id, o->case_id, "occurrence", old, done, cause);
	free(old);
	free(done);
	return rc;
}

int store_history_add(store *s, int64_t obligation_id, int64_t case_id, const char *what,
		      const char *old_value, const char *new_value, const char *cause)
{
	return db_exec(s,
			  "INSERT INTO history (obligation_id, case_id, what, old, new, cause, at)"
			  " VALUES (NULLIF(?, 0), NULLIF(?, 0), ?, ?, ?, ?, ?)",
			  "iisssss", obligation_id, case_id, what, old_value, new_value, cause,
			  store_now(s));
}

static void history_from_row(sqlite3_stmt *st, struct history_row *h)
{
	h->id = sqlite3_column_int64(st, 0);
	h->obligation_id = sqlite3_column_int64(st, 1);
	h->what = db_col_text(st, 2);
	h->old_value = db_col_text(st, 3);
	h->new_value = db_col_text(st, 4);
	h->cause = db_col_text(st, 5);
	h->at = db_col_text(st, 6);
}

static void history_row_free(struct history_row *h)
{
	free(h->what);
	free(h->old_value);
	free(h->new_value);
	free(h->cause);
	free(h->at);
}

int store_history_each(store *s, int64_t obligation_id,
		       int (*fn)(const struct history_row *, void *), void *arg)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT id, obligation_id, what, old, new, cause, at FROM history"
				 " WHERE obligation_id = ? ORDER BY id",
				 "i", obligation_id);
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct history_row, history_from_row, history_row_free, fn, arg);
	return STORE_OK;
}

static int same_text(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

/* A due date (and, for a period in hours, its time) as the history says it:
 * "2024-03-11" or "2024-03-11 11:00"; NULL for none. */
static const char *due_words(dl_day due, const char *time, char out[18])
{
	if (due == DATE_NONE)
		return NULL;
	date_format(due, out);
	if (time)
		snprintf(out + 10, 8, " %s", time);
	return out;
}

int store_obligation_set_derived(store *s, const struct obligation *old,
				 const struct recalculated *r, const char *cause, int *changed)
{
	const struct obligation_derived *was = &old->derived, *d = &r->derived;
	int status_moved = old->status != r->status || old->closed_on != r->closed_on;
	/* a period in hours ends at a time it computes: the time moves with it */
	char hhmm[6], end[6];
	int hours = old->when.unit == UNIT_HOURS;
	const char *end_time = hours ? time_format(d->due_minute, end) : old->due_time;
	int due_moved = was->due != d->due || !same_text(end_time, old->due_time);
	int other = old->when.trigger_date != r->trigger_date ||
		    old->when.trigger_minute != r->trigger_minute || was->latest != d->latest ||
		    !same_text(was->warnings, d->warnings) || !same_text(was->rule_cite, d->rule_cite);
	if (changed)
		*changed = status_moved || due_moved;
	if (!status_moved && !due_moved && !other)
		return STORE_OK;
	int rc = db_exec(s,
			    "UPDATE obligations SET status = ?, closed_on = ?, trigger_date = ?,"
			    " trigger_time = ?, due_date = ?, due_time = ?, latest_date = ?, warnings = ?,"
			    " rule_cite = ?, sequence = sequence + ?, updated = ? WHERE id = ?",
			    "sddsdsdssisi", obligation_status_name(r->status), r->closed_on, r->trigger_date,
			    time_format(r->trigger_minute, hhmm),
			    d->due, end_time, d->latest, d->warnings, d->rule_cite, (int64_t)(status_moved || due_moved),
			    store_now(s), old->id);
	char a[18], b[18];
	if (rc == STORE_OK && due_moved)
		rc = store_history_add(s, old->id, old->case_id, "due", due_words(was->due, hours ? old->due_time : NULL, a),
				       due_words(d->due, hours ? end_time : NULL, b), cause);
	if (rc == STORE_OK && status_moved) {
		const char *os = obligation_status_name(old->status), *ns = obligation_status_name(r->status);
		char *o = old->closed_on == DATE_NONE ? xstrdup(os)
			  : xasprintf("%s %s", os, date_format(old->closed_on, a));
		char *n = r->closed_on == DATE_NONE ? xstrdup(ns)
			  : xasprintf("%s %s", ns, date_format(r->closed_on, b));
		rc = store_history_add(s, old->id, old->case_id, "status", o, n, cause);
		free(o);
		free(n);
	}
	return rc;
}

int store_obligation_set_link(store *s, const struct obligation *o, const char *key, const char *cause)
{
	int rc = db_exec(s, "UPDATE obligations SET link_event = ?, updated = ? WHERE id = ?", "ssi",
			    key, store_now(s), o->id);
	return rc == STORE_OK ? store_history_add(s, o->id, o->case_id, "link", o->link_event, key, cause)
			      : rc;
}

int store_obligation_set_pinned(store *s, const struct obligation *o, int pinned, const char *cause)
{
	int rc = db_exec(s, "UPDATE obligations SET pinned = ?, updated = ? WHERE id = ?", "isi",
			    (int64_t)pinned, store_now(s), o->id);
	return rc == STORE_OK ? store_history_add(s, o->id, o->case_id, "pinned", o->pinned ? "yes" : "no",
						  pinned ? "yes" : "no", cause)
			      : rc;
}

int store_obligation_set_extension(store *s, const struct obligation *o, int64_t days, dl_day to,
				   const char *cause)
{
	int rc = db_exec(s,
			    "UPDATE obligations SET extension_days = ?, extended_to = ?, updated = ?"
			    " WHERE id = ?",
			    "idsi", days, to, store_now(s), o->id);
	char buf[11];
	char *what = to != DATE_NONE ? xasprintf("to %s", date_format(to, buf))
				     : xasprintf("by %lld days", (long long)days);
	if (rc == STORE_OK)
		rc = store_history_add(s, o->id, o->case_id, "extended", NULL, what, cause);
	free(what);
	return rc;
}

int store_notified(store *s, int64_t obligation_id, int64_t threshold, dl_day due)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT 1 FROM notifications WHERE obligation_id = ? AND threshold = ?"
				 " AND due_date IS ?",
				 "iid", obligation_id, threshold, due);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	return rc == SQLITE_DONE ? STORE_NOTFOUND : db_fail(s);
}

int store_notification_add(store *s, int64_t obligation_id, int64_t threshold, dl_day due)
{
	return db_exec(s,
			  "INSERT INTO notifications (obligation_id, threshold, due_date, sent_at)"
			  " VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET sent_at = excluded.sent_at",
			  "iids", obligation_id, threshold, due, store_now(s));
}

int store_notification_remove(store *s, int64_t obligation_id, int64_t threshold, dl_day due)
{
	return db_exec(s, "DELETE FROM notifications WHERE obligation_id = ? AND threshold = ? AND due_date IS ?",
		       "iid", obligation_id, threshold, due);
}

int store_obligation_ack(store *s, const struct obligation *o)
{
	dl_day due = o->derived.due;
	int rc = db_exec(s, "UPDATE obligations SET acked_due = ? WHERE id = ?", "di", due, o->id);
	char d[11];
	return rc == STORE_OK ? store_history_add(s, o->id, o->case_id, "acknowledged", NULL,
						  due == DATE_NONE ? "undated" : date_format(due, d),
						  "reminders silenced until the date changes")
			      : rc;
}

int store_history_after(store *s, int64_t after_id, int (*fn)(const struct history_row *, void *), void *arg)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT id, obligation_id, what, old, new, cause, at FROM history"
				 " WHERE id > ? AND obligation_id IS NOT NULL ORDER BY id",
				 "i", after_id);
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct history_row, history_from_row, history_row_free, fn, arg);
	return STORE_OK;
}

int64_t store_history_last_id(store *s)
{
	sqlite3_stmt *st = db_query(s, "SELECT coalesce(max(id), 0) FROM history", "");
	if (!st)
		return -1;
	int64_t id = db_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	return id;
}
