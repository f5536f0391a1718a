/*
 * store-records.c: the store's records around obligations: courts, cases,
 * parties, closures, orders, events, changes, subscribers and program state
 * (the meta table). Each is a few statements through store-internal.h's
 * helpers, and a row type the callers own or borrow.
 */
#include "store-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int store_court_ensure(store *s, const struct court_row *c)
{
	return db_exec(s,
			  "INSERT INTO courts (code, name, state, tz) VALUES (?, ?, ?, ?)"
			  " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
			  " state = excluded.state, tz = excluded.tz",
			  "ssss", c->code, c->name, c->state, c->tz);
}

void case_row_free(struct case_row *c)
{
	free(c->number);
	free(c->caption);
	free(c->court);
	free(c->judge);
	free(c->created);
	free(c->division);
	free(c->from_court);
	memset(c, 0, sizeof *c);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void case_row_copy(struct case_row *dst, const struct case_row *src)
{
	*dst = (struct case_row){src->id,
				 dup_or_null(src->number),
				 dup_or_null(src->caption),
				 dup_or_null(src->court),
				 dup_or_null(src->judge),
				 dup_or_null(src->created),
				 dup_or_null(src->division),
				 dup_or_null(src->from_court)};
}

int store_case_add(store *s, const char *number, const char *court, const char *caption,
		   const char *judge, int64_t *id)
{
	int rc = db_exec(s,
			    "INSERT INTO cases (number, caption, court, judge, created)"
			    " VALUES (?, ?, ?, ?, ?)",
			    "sssss", number, caption, court, judge, store_now(s));
	if (rc == STORE_EXISTS)
		db_set_err(s, "case '%s' already exists", number);
	else if (rc == STORE_OK && id)
		*id = sqlite3_last_insert_rowid(s->db);
	return rc;
}

int store_case_set(store *s, const struct case_row *c, const char *field, const char *value,
		   const char *cause)
{
	/* one literal statement per field: no column name is ever built from text */
	const char *old;
	int rc;
	if (!strcmp(field, "court"))
		old = c->court, rc = db_exec(s, "UPDATE cases SET court = ? WHERE id = ?", "si", value, c->id);
	else if (!strcmp(field, "caption"))
		old = c->caption,
		rc = db_exec(s, "UPDATE cases SET caption = ? WHERE id = ?", "si", value, c->id);
	else if (!strcmp(field, "judge"))
		old = c->judge, rc = db_exec(s, "UPDATE cases SET judge = ? WHERE id = ?", "si", value, c->id);
	else if (!strcmp(field, "division"))
		old = c->division,
		rc = db_exec(s, "UPDATE cases SET division = ? WHERE id = ?", "si", value, c->id);
	else if (!strcmp(field, "from_court"))
		old = c->from_court,
		rc = db_exec(s, "UPDATE cases SET from_court = ? WHERE id = ?", "si", value, c->id);
	else {
		db_set_err(s, "a case has no field '%s'", field);
		return STORE_ERROR;
	}
	if (rc != STORE_OK)
		return rc;
	char *what = xasprintf("case %s", field);
	rc = store_history_add(s, 0, c->id, what, old, value, cause);
	free(what);
	return rc;
}

static void case_from_row(sqlite3_stmt *st, struct case_row *c)
{
	c->id = sqlite3_column_int64(st, 0);
	c->number = db_col_text(st, 1);
	c->caption = db_col_text(st, 2);
	c->court = db_col_text(st, 3);
	c->judge = db_col_text(st, 4);
	c->created = db_col_text(st, 5);
	c->division = db_col_text(st, 6);
	c->from_court = db_col_text(st, 7);
}

int store_case_number_width(store *s, int *width)
{
	sqlite3_stmt *st = db_query(s, "SELECT coalesce(max(length(number)), 0) FROM cases", "");
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW)
		*width = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? STORE_OK : db_fail(s);
}

int store_case_find(store *s, const char *number, struct case_row *out)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT id, number, caption, court, judge, created, division, from_court FROM cases"
				 " WHERE number = ?",
				 "s", number);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW) {
		case_from_row(st, out);
		sqlite3_reset(st);
		return STORE_OK;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		db_set_err(s, "no case '%s' (see 'deadlines case list')", number);
		return STORE_NOTFOUND;
	}
	return db_fail(s);
}

/* Step st, calling fn on each row converted by conv; stops early when fn returns non-zero. */

int store_case_each(store *s, int (*fn)(const struct case_row *, void *), void *arg)
{
	sqlite3_stmt *st = db_query(
		s, "SELECT id, number, caption, court, judge, created, division, from_court FROM cases"
		" ORDER BY number", "");
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct case_row, case_from_row, case_row_free, fn, arg);
	return STORE_OK;
}

int store_party_add(store *s, int64_t case_id, const char *name, const char *role)
{
	int rc = db_exec(s, "INSERT INTO parties (case_id, name, role) VALUES (?, ?, ?)", "iss",
			    case_id, name, role);
	if (rc == STORE_EXISTS)
		db_set_err(s, "party '%s' is already in this case", name);
	return rc;
}

static void party_from_row(sqlite3_stmt *st, struct party_row *p)
{
	p->id = sqlite3_column_int64(st, 0);
	p->case_id = sqlite3_column_int64(st, 1);
	p->name = db_col_text(st, 2);
	p->role = db_col_text(st, 3);
}

static void party_row_free(struct party_row *p)
{
	free(p->name);
	free(p->role);
}

int store_party_each(store *s, int64_t case_id, int (*fn)(const struct party_row *, void *),
		     void *arg)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT id, case_id, name, role FROM parties WHERE case_id = ?"
				 " ORDER BY role, name",
				 "i", case_id);
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct party_row, party_from_row, party_row_free, fn, arg);
	return STORE_OK;
}

int store_closure_add(store *s, const char *court, const char *division, dl_day day, int from_minute,
		      const char *reason)
{
	char iso[11], hhmm[6], scope[12] = "all-day";
	if (time_format(from_minute, hhmm))
		snprintf(scope, sizeof scope, "from %s", hhmm);
	int rc = division ? db_exec(s,
				    "INSERT INTO division_closures (court, division, on_date, scope, reason,"
				    " created) VALUES (?, ?, ?, ?, ?, ?)",
				    "ssdsss", court, division, day, scope, reason, store_now(s))
			  : db_exec(s,
				    "INSERT INTO closures (court, on_date, scope, reason, created)"
				    " VALUES (?, ?, ?, ?, ?)",
				    "sdsss", court, day, scope, reason, store_now(s));
	if (rc == STORE_EXISTS)
		db_set_err(s, "a closure of %s%s%s on %s is already recorded", court,
			   division ? " (division) " : "", division ? division : "", date_format(day, iso));
	return rc;
}

int store_closure_rm(store *s, const char *court, const char *division, dl_day day)
{
	char iso[11];
	int rc = division ? db_exec(s,
				    "DELETE FROM division_closures WHERE court = ? AND division = ?"
				    " AND on_date = ?",
				    "ssd", court, division, day)
			  : db_exec(s, "DELETE FROM closures WHERE court = ? AND on_date = ?", "sd", court, day);
	if (rc == STORE_OK && sqlite3_changes(s->db) == 0) {
		db_set_err(s, "no closure of %s%s%s on %s is recorded", court, division ? " (division) " : "",
			   division ? division : "", date_format(day, iso));
		return STORE_NOTFOUND;
	}
	return rc;
}

static void closure_from_row(sqlite3_stmt *st, struct closure_row *c)
{
	c->id = sqlite3_column_int64(st, 0);
	c->court = db_col_text(st, 1);
	c->day = db_col_day(st, 2);
	c->reason = db_col_text(st, 3);
	const char *scope = (const char *)sqlite3_column_text(st, 4);
	if (!scope || strncmp(scope, "from ", 5) != 0 || time_parse(scope + 5, &c->from_minute) != 0)
		c->from_minute = -1;
	c->division = db_col_text(st, 5);
}

static void closure_row_free(struct closure_row *c)
{
	free(c->court);
	free(c->reason);
	free(c->division);
}

int store_closure_each(store *s, const char *court, int (*fn)(const struct closure_row *, void *),
		       void *arg)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT id, court, on_date, reason, scope, NULL AS division FROM closures"
				 " WHERE ?1 IS NULL OR court = ?1"
				 " UNION ALL SELECT id, court, on_date, reason, scope, division"
				 " FROM division_closures WHERE ?1 IS NULL OR court = ?1"
				 " ORDER BY court, on_date, division",
				 "s", court);
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct closure_row, closure_from_row, closure_row_free, fn, arg);
	return STORE_OK;
}

int store_order_add(store *s, const struct order_row *o, int64_t *id)
{
	char hhmm[6];
	int rc = db_exec(s,
			    "INSERT INTO orders (case_id, docket, title, entered, served, service_method,"
			    " text, sha256, imported, document, source, links, filer, served_time)"
			    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			    "issddsssssssss", o->case_id, o->docket, o->title, o->dates.entered, o->dates.served,
			    o->dates.service != SERVICE_NONE ? service_name(o->dates.service) : NULL,
			    o->text, o->sha256, store_now(s), o->document, o->source ? o->source : "text",
			    o->links, o->filer, time_format(o->dates.served_minute, hhmm));
	if (rc == STORE_OK)
		*id = sqlite3_last_insert_rowid(s->db);
	return rc;
}

/* The id the query st (bound; NULL after an error) gives: STORE_OK and *id,
 * STORE_NOTFOUND, or STORE_ERROR. */
static int order_id_of(store *s, sqlite3_stmt *st, int64_t *id)
{
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	return rc == SQLITE_DONE ? STORE_NOTFOUND : db_fail(s);
}

int store_order_find(store *s, int64_t case_id, const char *sha256, int64_t *id)
{
	return order_id_of(s, db_query(s, "SELECT id FROM orders WHERE case_id = ? AND sha256 = ?", "is", case_id,
				      sha256),
			   id);
}

int store_order_find_document(store *s, int64_t case_id, const char *document, int64_t *id)
{
	return order_id_of(s,
			   db_query(s, "SELECT id FROM orders WHERE case_id = ? AND document = ? ORDER BY id LIMIT 1",
				    "is", case_id, document),
			   id);
}

void order_text_free(struct order_text *t)
{
	free(t->text);
	free(t->source);
	free(t->filer);
	free(t->links);
	memset(t, 0, sizeof *t);
}

int store_order_text(store *s, int64_t id, struct order_text *out)
{
	sqlite3_stmt *st = db_query(s, "SELECT text, source, filer, links FROM orders WHERE id = ?", "i", id);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW) {
		out->text = db_col_text(st, 0);
		out->source = db_col_text(st, 1);
		out->filer = db_col_text(st, 2);
		out->links = db_col_text(st, 3);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	if (rc == SQLITE_DONE)
		db_set_err(s, "no order #%lld", (long long)id);
	return rc == SQLITE_DONE ? STORE_NOTFOUND : db_fail(s);
}

int store_history_docket(store *s, int64_t case_id, const char *entry, const char *cause)
{
	return store_history_add(s, 0, case_id, "docketed", NULL, entry, cause);
}

void event_row_free(struct event_row *e)
{
	free(e->name);
	free(e->key);
	free(e->case_number);
	free(e->created);
	memset(e, 0, sizeof *e);
}

int store_event_add(store *s, int64_t case_id, const char *name, const char *key, dl_day on,
		    int64_t order_id, int64_t *id)
{
	int rc = db_exec(s,
			    "INSERT INTO events (case_id, name, key, on_date, order_id, created)"
			    " VALUES (?, ?, ?, ?, NULLIF(?, 0), ?)",
			    "issdis", case_id, name, key, on, order_id, store_now(s));
	if (rc == STORE_OK && id)
		*id = sqlite3_last_insert_rowid(s->db);
	return rc;
}

static void event_from_row(sqlite3_stmt *st, struct event_row *e)
{
	e->id = sqlite3_column_int64(st, 0);
	e->case_id = sqlite3_column_int64(st, 1);
	e->name = db_col_text(st, 2);
	e->key = db_col_text(st, 3);
	e->on = db_col_day(st, 4);
	e->order_id = sqlite3_column_int64(st, 5);
	e->created = db_col_text(st, 6);
	e->case_number = db_col_text(st, 7);
}

#define EVENT_COLUMNS                                                                       \
	"e.id, e.case_id, e.name, e.key, e.on_date, e.order_id, e.created, c.number"         \
	" FROM events e JOIN cases c ON c.id = e.case_id"

int store_event_rm(store *s, int64_t id, struct event_row *removed)
{
	sqlite3_stmt *st = db_query(s, "SELECT " EVENT_COLUMNS " WHERE e.id = ?", "i", id);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW)
		event_from_row(st, removed);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		db_set_err(s, "no event %lld (see 'deadlines event list')", (long long)id);
		return STORE_NOTFOUND;
	}
	if (rc != SQLITE_ROW)
		return db_fail(s);
	return db_exec(s, "DELETE FROM events WHERE id = ?", "i", id);
}

int store_event_date(store *s, int64_t case_id, const char *key, dl_day *on)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT min(on_date) FROM events WHERE case_id = ? AND key = ?"
				 " HAVING count(*) > 0",
				 "is", case_id, key);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW)
		*on = db_col_day(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	return rc == SQLITE_DONE ? STORE_NOTFOUND : db_fail(s);
}

int store_event_each(store *s, int64_t case_id, int (*fn)(const struct event_row *, void *), void *arg)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT " EVENT_COLUMNS " WHERE ?1 = 0 OR e.case_id = ?1"
				 " ORDER BY e.on_date, e.id",
				 "i", case_id);
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct event_row, event_from_row, event_row_free, fn, arg);
	return STORE_OK;
}

int store_order_lookup(store *s, int64_t case_id, const char *docket, int64_t *id)
{
	long num = -1;
	if (docket[0] == '#')
		parse_int(docket + 1, 1, 2000000000L, &num);
	sqlite3_stmt *st = db_query(s,
				 "SELECT id FROM orders"
				 " WHERE case_id = ? AND (id = ? OR docket = ? COLLATE NOCASE)"
				 " ORDER BY id DESC LIMIT 1",
				 "iis", case_id, (int64_t)num, docket);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		db_set_err(s, "no order '%s' in this case (give its docket entry or #ID)", docket);
		return STORE_NOTFOUND;
	}
	return rc == SQLITE_ROW ? STORE_OK : db_fail(s);
}

int store_order_get(store *s, int64_t id, struct order_dates *out)
{
	sqlite3_stmt *st = db_query(
		s, "SELECT entered, served, service_method, served_time FROM orders WHERE id = ?", "i", id);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW) {
		const char *method = (const char *)sqlite3_column_text(st, 2);
		out->entered = db_col_day(st, 0);
		out->served = db_col_day(st, 1);
		if (!method || service_parse(method, &out->service) != 0)
			out->service = SERVICE_NONE;
		if (time_parse((const char *)sqlite3_column_text(st, 3), &out->served_minute) != 0)
			out->served_minute = -1;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		db_set_err(s, "no order #%lld", (long long)id);
		return STORE_NOTFOUND;
	}
	return rc == SQLITE_ROW ? STORE_OK : db_fail(s);
}

int store_order_set(store *s, int64_t id, const struct order_dates *f)
{
	char hhmm[6];
	return db_exec(s,
		       "UPDATE orders SET entered = ?, served = ?, service_method = ?, served_time = ?"
		       " WHERE id = ?",
		       "ddssi", f->entered, f->served,
		       f->service != SERVICE_NONE ? service_name(f->service) : NULL,
		       time_format(f->served_minute, hhmm), id);
}

static void change_from_row(sqlite3_stmt *st, struct change_row *c)
{
	c->obligation_id = sqlite3_column_int64(st, 0);
	c->case_number = db_col_text(st, 1);
	c->kind = db_col_text(st, 2);
	c->who = db_col_text(st, 3);
	c->action = db_col_text(st, 4);
	c->what = db_col_text(st, 5);
	c->old_value = db_col_text(st, 6);
	c->new_value = db_col_text(st, 7);
	c->cause = db_col_text(st, 8);
	c->at = db_col_text(st, 9);
}

static void change_row_free(struct change_row *c)
{
	char **f[] = {&c->case_number, &c->kind, &c->who, &c->action, &c->what,
		      &c->old_value,   &c->new_value, &c->cause, &c->at};
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		free(*f[i]);
}

int store_changes_each(store *s, const char *since, const char *case_number,
		       int (*fn)(const struct change_row *, void *), void *arg)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT h.obligation_id, c.number, o.kind, o.who, o.action, h.what, h.old,"
				 " h.new, h.cause, h.at FROM history h"
				 " LEFT JOIN obligations o ON o.id = h.obligation_id"
				 " JOIN cases c ON c.id = coalesce(o.case_id, h.case_id)"
				 " WHERE (h.obligation_id IS NOT NULL OR h.what = 'docketed')"
				 " AND (?1 IS NULL OR h.at >= ?1) AND (?2 IS NULL OR c.number = ?2)"
				 " ORDER BY h.id",
				 "ss", since, case_number);
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct change_row, change_from_row, change_row_free, fn, arg);
	return STORE_OK;
}

void subscriber_row_free(struct subscriber_row *r)
{
	free(r->name);
	free(r->token_hash);
	free(r->who);
	free(r->created);
	free(r->alarms);
	for (size_t i = 0; i < r->ncases; i++)
		free(r->cases[i]);
	free(r->cases);
	memset(r, 0, sizeof *r);
}

int store_subscriber_add(store *s, const char *name, const char *token_hash, const char *who,
			 const char *alarms, int confirmed_only, const int64_t *case_ids, size_t ncases)
{
	int rc = db_exec(s,
			    "INSERT INTO subscribers (name, token_hash, who, alarms, confirmed_only, created)"
			    " VALUES (?, ?, ?, ?, ?, ?)",
			    "ssssis", name, token_hash, who, alarms, (int64_t)(confirmed_only != 0), store_now(s));
	if (rc == STORE_EXISTS)
		db_set_err(s, "a subscriber named '%s' already exists", name);
	if (rc != STORE_OK)
		return rc == STORE_EXISTS ? STORE_ERROR : rc;
	int64_t id = sqlite3_last_insert_rowid(s->db);
	for (size_t i = 0; i < ncases && rc == STORE_OK; i++)
		rc = db_exec(s, "INSERT OR IGNORE INTO subscriber_cases (subscriber_id, case_id) VALUES (?, ?)",
				"ii", id, case_ids[i]);
	return rc;
}

static int subscriber_cases(store *s, struct subscriber_row *r)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT c.number FROM subscriber_cases sc JOIN cases c ON c.id = sc.case_id"
				 " WHERE sc.subscriber_id = ? ORDER BY c.number",
				 "i", r->id);
	if (!st)
		return STORE_ERROR;
	int rc;
	while ((rc = db_step(st)) == SQLITE_ROW) {
		r->cases = xrealloc(r->cases, (r->ncases + 2) * sizeof *r->cases);
		r->cases[r->ncases++] = db_col_text(st, 0);
		r->cases[r->ncases] = NULL;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? STORE_OK : db_fail(s);
}

#define SUBSCRIBER_COLUMNS "id, name, token_hash, who, created, alarms, confirmed_only FROM subscribers"

static void subscriber_from_row(sqlite3_stmt *st, struct subscriber_row *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->name = db_col_text(st, 1);
	r->token_hash = db_col_text(st, 2);
	r->who = db_col_text(st, 3);
	r->created = db_col_text(st, 4);
	r->alarms = db_col_text(st, 5);
	r->confirmed_only = sqlite3_column_int(st, 6) != 0;
}

static int subscriber_one(store *s, sqlite3_stmt *st, struct subscriber_row *out, const char *what)
{
	if (!st)
		return STORE_ERROR;
	memset(out, 0, sizeof *out);
	int rc = db_step(st);
	if (rc == SQLITE_ROW)
		subscriber_from_row(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		db_set_err(s, "no subscriber %s", what);
		return STORE_NOTFOUND;
	}
	if (rc != SQLITE_ROW)
		return db_fail(s);
	return subscriber_cases(s, out);
}

int store_subscriber_by_hash(store *s, const char *token_hash, struct subscriber_row *out)
{
	return subscriber_one(s, db_query(s, "SELECT " SUBSCRIBER_COLUMNS " WHERE token_hash = ?", "s", token_hash),
			      out, "with that token");
}

int store_subscriber_each(store *s, int (*fn)(const struct subscriber_row *, void *), void *arg)
{
	sqlite3_stmt *st = db_query(s, "SELECT " SUBSCRIBER_COLUMNS " ORDER BY name", "");
	if (!st)
		return STORE_ERROR;
	/* collect first: reading each one's cases uses another statement */
	struct subscriber_row *rows = NULL;
	size_t n = 0;
	int rc;
	while ((rc = db_step(st)) == SQLITE_ROW) {
		rows = xrealloc(rows, (n + 1) * sizeof *rows);
		memset(&rows[n], 0, sizeof rows[n]);
		subscriber_from_row(st, &rows[n++]);
	}
	sqlite3_reset(st);
	int result = rc == SQLITE_DONE ? STORE_OK : db_fail(s);
	int stop = 0;
	for (size_t i = 0; i < n; i++) {
		if (result == STORE_OK && !stop) {
			result = subscriber_cases(s, &rows[i]);
			if (result == STORE_OK)
				stop = fn(&rows[i], arg);
		}
		subscriber_row_free(&rows[i]);
	}
	free(rows);
	return result;
}

int store_subscriber_rm(store *s, const char *name)
{
	int rc = db_exec(s, "DELETE FROM subscribers WHERE name = ?", "s", name);
	if (rc == STORE_OK && sqlite3_changes(s->db) == 0) {
		db_set_err(s, "no subscriber named '%s' (see 'deadlines subscriber list')", name);
		return STORE_NOTFOUND;
	}
	return rc;
}

int store_subscriber_set_hash(store *s, const char *name, const char *token_hash)
{
	int rc = db_exec(s, "UPDATE subscribers SET token_hash = ? WHERE name = ?", "ss", token_hash, name);
	if (rc == STORE_OK && sqlite3_changes(s->db) == 0) {
		db_set_err(s, "no subscriber named '%s' (see 'deadlines subscriber list')", name);
		return STORE_NOTFOUND;
	}
	return rc;
}

int store_meta_get(store *s, const char *key, char **value)
{
	sqlite3_stmt *st = db_query(s, "SELECT value FROM meta WHERE key = ?", "s", key);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	*value = rc == SQLITE_ROW ? db_col_text(st, 0) : NULL;
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	return rc == SQLITE_DONE ? STORE_NOTFOUND : db_fail(s);
}

int store_meta_set(store *s, const char *key, const char *value)
{
	return db_exec(s, "INSERT INTO meta (key, value) VALUES (?, ?)"
			  " ON CONFLICT (key) DO UPDATE SET value = excluded.value", "ss", key, value);
}

int store_meta_delete(store *s, const char *key)
{
	return db_exec(s, "DELETE FROM meta WHERE key = ?", "s", key);
}

int store_meta_each(store *s, const char *prefix, int (*fn)(const char *key, const char *value, void *),
		    void *arg)
{
	sqlite3_stmt *st = db_query(s, "SELECT key, value FROM meta WHERE substr(key, 1, length(?1)) = ?1"
				       " ORDER BY key", "s", prefix);
	if (!st)
		return STORE_ERROR;
	int rc;
	while ((rc = db_step(st)) == SQLITE_ROW)
		if (fn((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1), arg))
			break;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : db_fail(s);
}
