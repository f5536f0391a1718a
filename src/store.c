/*
 * store.c: the SQLite store of DESIGN.md: schema, forward migrations keyed on
 * PRAGMA user_version, opening and transactions, the statement helpers of
 * store-internal.h, and the records around obligations (courts, cases,
 * parties, closures, orders, events, changes, subscribers, program state).
 * Obligations, their history and notifications are in store-obligation.c.
 * STRICT tables, WAL, foreign keys, a busy timeout; every statement prepared
 * once with bound parameters (no SQL is ever built by pasting values into
 * strings).
 */
#include "store-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* Schema versions, applied in order; user_version is the count applied. */
static const char *const migrations[] = {
	/* 1: the initial schema */
	"CREATE TABLE courts ("
	"  code TEXT PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL, tz TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE cases ("
	"  id INTEGER PRIMARY KEY,"
	"  number TEXT NOT NULL UNIQUE COLLATE NOCASE,"
	"  caption TEXT NOT NULL,"
	"  court TEXT NOT NULL REFERENCES courts(code),"
	"  judge TEXT,"
	"  created TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE parties ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  role TEXT NOT NULL,"
	"  UNIQUE (case_id, name)"
	") STRICT;"
	"CREATE TABLE orders ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  docket TEXT, title TEXT,"
	"  entered TEXT, served TEXT, service_method TEXT,"
	"  text TEXT NOT NULL, sha256 TEXT NOT NULL,"
	"  imported TEXT NOT NULL,"
	"  UNIQUE (case_id, sha256)"
	") STRICT;"
	"CREATE TABLE events ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  name TEXT NOT NULL, on_date TEXT NOT NULL,"
	"  order_id INTEGER REFERENCES orders(id),"
	"  created TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE obligations ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  order_id INTEGER REFERENCES orders(id),"
	"  kind TEXT NOT NULL CHECK (kind IN ('deadline','hearing','until','recurring')),"
	"  who TEXT, action TEXT NOT NULL, scope TEXT, note TEXT,"
	"  quote TEXT, quote_start INTEGER, quote_end INTEGER,"
	"  trigger TEXT NOT NULL DEFAULT 'none'"
	"    CHECK (trigger IN ('none','entry','service','event','date')),"
	"  trigger_date TEXT, trigger_event TEXT,"
	"  period_n INTEGER NOT NULL DEFAULT 0,"
	"  period_unit TEXT, period_dir TEXT CHECK (period_dir IN ('after','before')),"
	"  service_method TEXT,"
	"  rules TEXT NOT NULL DEFAULT 'frcp', rule_cite TEXT,"
	"  due_date TEXT, due_time TEXT, latest_date TEXT, warnings TEXT,"
	"  until_event TEXT,"
	"  basis TEXT NOT NULL CHECK (basis IN ('stated','computed','presumed','none')),"
	"  status TEXT NOT NULL DEFAULT 'open'"
	"    CHECK (status IN ('open','done','vacated','ended')),"
	"  closed_on TEXT,"
	"  pinned INTEGER NOT NULL DEFAULT 0,"
	"  sequence INTEGER NOT NULL DEFAULT 0,"
	"  created TEXT NOT NULL, updated TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX obligations_status_due ON obligations (status, due_date);"
	"CREATE INDEX obligations_case ON obligations (case_id);"
	"CREATE TABLE closures ("
	"  id INTEGER PRIMARY KEY,"
	"  court TEXT NOT NULL REFERENCES courts(code),"
	"  on_date TEXT NOT NULL, scope TEXT NOT NULL DEFAULT 'all-day',"
	"  reason TEXT NOT NULL, created TEXT NOT NULL,"
	"  UNIQUE (court, on_date)"
	") STRICT;"
	"CREATE TABLE history ("
	"  id INTEGER PRIMARY KEY,"
	"  obligation_id INTEGER REFERENCES obligations(id),"
	"  case_id INTEGER REFERENCES cases(id),"
	"  what TEXT NOT NULL, old TEXT, new TEXT, cause TEXT,"
	"  at TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX history_obligation ON history (obligation_id);"
	"CREATE TABLE notifications ("
	"  id INTEGER PRIMARY KEY,"
	"  obligation_id INTEGER NOT NULL REFERENCES obligations(id),"
	"  threshold INTEGER NOT NULL, due_date TEXT,"
	"  sent_at TEXT NOT NULL,"
	"  UNIQUE (obligation_id, threshold, due_date)"
	") STRICT;",
	/* 2: events and recalculation: the event an obligation waits for or runs
	 * from, the date the order states (kept apart from the computed due date),
	 * "whichever is later/earlier", extensions */
	"ALTER TABLE obligations ADD COLUMN link_event TEXT;"
	"ALTER TABLE obligations ADD COLUMN stated_date TEXT;"
	"ALTER TABLE obligations ADD COLUMN whichever TEXT"
	"  CHECK (whichever IN ('later','earlier'));"
	"ALTER TABLE obligations ADD COLUMN extension_days INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE obligations ADD COLUMN extended_to TEXT;"
	"UPDATE obligations SET stated_date = due_date WHERE trigger = 'none' AND due_date IS NOT NULL;"
	/* events: ids never reused (AUTOINCREMENT), and the key they match by */
	"CREATE TABLE events_new ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  name TEXT NOT NULL, key TEXT NOT NULL DEFAULT '', on_date TEXT NOT NULL,"
	"  order_id INTEGER REFERENCES orders(id),"
	"  created TEXT NOT NULL"
	") STRICT;"
	"INSERT INTO events_new (id, case_id, name, on_date, order_id, created)"
	"  SELECT id, case_id, name, on_date, order_id, created FROM events;"
	"DROP TABLE events;"
	"ALTER TABLE events_new RENAME TO events;"
	"CREATE INDEX events_case_key ON events (case_id, key);"
	"CREATE INDEX history_at ON history (at);"
	"CREATE INDEX obligations_link ON obligations (case_id, link_event);",
	/* 3: feed subscribers; only a hash of each subscriber's token is kept */
	"CREATE TABLE subscribers ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"
	"  name TEXT NOT NULL UNIQUE,"
	"  token_hash TEXT NOT NULL UNIQUE,"
	"  who TEXT,"
	"  created TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE subscriber_cases ("
	"  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  PRIMARY KEY (subscriber_id, case_id)"
	") STRICT;",
	/* 4: notifications: acknowledgements and the last history row a run has seen */
	"ALTER TABLE obligations ADD COLUMN acked_due TEXT;"
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;",
	/* 5: the report index: by status and due date, in the report's order and
	 * holding every column that 'list' and 'notify' read, so that their
	 * queries neither touch the table nor sort */
	"DROP INDEX obligations_status_due;"
	"CREATE INDEX obligations_report ON obligations (status, due_date, due_time, id, case_id,"
	"  kind, who, action, basis, latest_date, until_event, acked_due);"
	/* recalculation reads a case's open and ended obligations only */
	"DROP INDEX obligations_case;"
	"CREATE INDEX obligations_case ON obligations (case_id, status);",
};
#define SCHEMA_VERSION ((int)(sizeof migrations / sizeof migrations[0]))

void db_set_err(store *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	free(s->err);
	s->err = msg;
}

/* Fault injection for the crash-safety tests: with DEADLINES_FAULT_STEP=N in
 * the environment, the process kills itself (SIGKILL, as a crash or power
 * loss would) at its Nth SQLite step. */
static long fault_step = -1, steps_taken;

static void fault_point(void)
{
	if (fault_step > 0 && ++steps_taken >= fault_step)
		raise(SIGKILL);
}

int db_step(sqlite3_stmt *st)
{
	fault_point();
	return sqlite3_step(st);
}

int db_fail(store *s)
{
	db_set_err(s, "database '%s': %s", s->path, sqlite3_errmsg(s->db));
	return STORE_ERROR;
}

const char *store_errmsg(const store *s)
{
	return s->err ? s->err : "unknown error";
}

/* mkdir -p with mode 0700 for every directory it creates. */
static int make_parents(const char *path)
{
	char *p = xstrdup(path);
	for (char *q = p + 1; *q; q++) {
		if (*q != '/')
			continue;
		*q = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*q = '/';
	}
	free(p);
	return 0;
}

sqlite3_stmt *db_prepare(store *s, const char *sql)
{
	for (int i = 0; i < s->ncache; i++)
		if (s->cache[i].sql == sql) {
			sqlite3_reset(s->cache[i].stmt);
			sqlite3_clear_bindings(s->cache[i].stmt);
			return s->cache[i].stmt;
		}
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		db_fail(s);
		return NULL;
	}
	if (s->ncache < STMT_CACHE) {
		s->cache[s->ncache].sql = sql;
		s->cache[s->ncache].stmt = st;
		s->ncache++;
	}
	return st;
}

/* Bind parameters by a type string: 's' text (NULL binds NULL), 'i' int64,
 * 'd' dl_day (DATE_NONE binds NULL, else YYYY-MM-DD). */
static int bind_args(store *s, sqlite3_stmt *st, const char *types, va_list ap)
{
	for (int i = 0; types[i]; i++) {
		int rc, col = i + 1;
		if (types[i] == 's') {
			const char *v = va_arg(ap, const char *);
			rc = v ? sqlite3_bind_text(st, col, v, -1, SQLITE_TRANSIENT)
			       : sqlite3_bind_null(st, col);
		} else if (types[i] == 'i') {
			rc = sqlite3_bind_int64(st, col, va_arg(ap, int64_t));
		} else {
			dl_day d = va_arg(ap, dl_day);
			char iso[11];
			rc = d == DATE_NONE ? sqlite3_bind_null(st, col)
					    : sqlite3_bind_text(st, col, date_format(d, iso), -1,
								SQLITE_TRANSIENT);
		}
		if (rc != SQLITE_OK)
			return db_fail(s);
	}
	return STORE_OK;
}

/* Prepare sql (cached) and bind; NULL on error. */
sqlite3_stmt *db_query(store *s, const char *sql, const char *types, ...)
{
	sqlite3_stmt *st = db_prepare(s, sql);
	if (!st)
		return NULL;
	va_list ap;
	va_start(ap, types);
	int rc = bind_args(s, st, types, ap);
	va_end(ap);
	return rc == STORE_OK ? st : NULL;
}

/* Run a statement that returns no rows. */
int db_exec(store *s, const char *sql, const char *types, ...)
{
	sqlite3_stmt *st = db_prepare(s, sql);
	if (!st)
		return STORE_ERROR;
	va_list ap;
	va_start(ap, types);
	int rc = bind_args(s, st, types, ap);
	va_end(ap);
	if (rc != STORE_OK)
		return rc;
	rc = db_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_CONSTRAINT) {
		db_set_err(s, "%s", sqlite3_errmsg(s->db));
		return STORE_EXISTS;
	}
	return rc == SQLITE_DONE ? STORE_OK : db_fail(s);
}

char *db_col_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? xstrdup((const char *)t) : NULL;
}

dl_day db_col_day(sqlite3_stmt *st, int col)
{
	const char *t = (const char *)sqlite3_column_text(st, col);
	dl_day d;
	char why[64];
	return t && date_parse(t, &d, why, sizeof why) == 0 ? d : DATE_NONE;
}

static int migrate(store *s)
{
	int version = store_schema_version(s);
	if (version < 0)
		return STORE_ERROR;
	if (version > SCHEMA_VERSION) {
		db_set_err(s, "database '%s' has schema version %d; this deadlines knows only up to %d",
			s->path, version, SCHEMA_VERSION);
		return STORE_ERROR;
	}
	if (version == SCHEMA_VERSION)
		return STORE_OK;
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(s);
	for (int v = version; v < SCHEMA_VERSION; v++) {
		if (sqlite3_exec(s->db, migrations[v], NULL, NULL, NULL) != SQLITE_OK) {
			db_fail(s);
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return STORE_ERROR;
		}
	}
	char pragma[64];
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", SCHEMA_VERSION);
	if (sqlite3_exec(s->db, pragma, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		db_fail(s);
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_ERROR;
	}
	return STORE_OK;
}

int store_schema_version(store *s)
{
	sqlite3_stmt *st = NULL;
	int v = -1;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    db_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	else
		db_fail(s);
	sqlite3_finalize(st);
	return v;
}

int store_open(const char *path, int mode, store **out, char **err)
{
	struct stat sb;
	*out = NULL;
	*err = NULL;
	if (stat(path, &sb) != 0) {
		if (errno != ENOENT || mode != STORE_CREATE) {
			*err = errno == ENOENT
				       ? xasprintf("no database at '%s' (start with 'deadlines case add')", path)
				       : xasprintf("cannot open database '%s': %s", path, strerror(errno));
			return STORE_ERROR;
		}
		if (make_parents(path) != 0) {
			*err = xasprintf("cannot create the directory for database '%s': %s", path,
					 strerror(errno));
			return STORE_ERROR;
		}
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0) {
			*err = xasprintf("cannot create database '%s': %s", path, strerror(errno));
			return STORE_ERROR;
		}
		close(fd);
	} else if (S_ISDIR(sb.st_mode)) {
		*err = xasprintf("cannot open database '%s': Is a directory", path);
		return STORE_ERROR;
	} else if (access(path, mode == STORE_CREATE ? R_OK | W_OK : R_OK) != 0) {
		/* SQLite would only say "unable to open database file". */
		*err = xasprintf("cannot open database '%s': %s", path, strerror(errno));
		return STORE_ERROR;
	}

	const char *fault = getenv("DEADLINES_FAULT_STEP");
	if (fault && *fault)
		fault_step = atol(fault);
	store *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	int flags = mode == STORE_CREATE ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
	if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		*err = xasprintf("cannot open database '%s': %s", path,
				 s->db ? sqlite3_errmsg(s->db) : "out of memory");
		store_close(s);
		return STORE_ERROR;
	}
	sqlite3_extended_result_codes(s->db, 0);
	sqlite3_busy_timeout(s->db, 10000);
	/* The first read tells a non-database file apart. */
	int version = store_schema_version(s);
	if (version < 0) {
		*err = xasprintf("cannot open database '%s': %s", path, sqlite3_errmsg(s->db));
		store_close(s);
		return STORE_ERROR;
	}
	const char *setup = mode == STORE_CREATE
				    ? "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
				      "PRAGMA synchronous = NORMAL;"
				    : "PRAGMA foreign_keys = ON;";
	if (sqlite3_exec(s->db, setup, NULL, NULL, NULL) != SQLITE_OK) {
		*err = xasprintf("cannot open database '%s': %s", path, sqlite3_errmsg(s->db));
		store_close(s);
		return STORE_ERROR;
	}
	if (mode == STORE_CREATE) {
		if (migrate(s) != STORE_OK) {
			*err = xasprintf("cannot open %s", store_errmsg(s));
			store_close(s);
			return STORE_ERROR;
		}
	} else if (version != SCHEMA_VERSION) {
		*err = version > SCHEMA_VERSION
			       ? xasprintf("database '%s' has schema version %d; this deadlines knows "
					   "only up to %d", path, version, SCHEMA_VERSION)
			       : xasprintf("database '%s' needs an upgrade: run a command that "
					   "writes (e.g. 'deadlines case list' after 'case add')", path);
		if (version == 0)
			*err = (free(*err), xasprintf("database '%s' is empty", path));
		store_close(s);
		return STORE_ERROR;
	}
	*out = s;
	return STORE_OK;
}

void store_close(store *s)
{
	if (!s)
		return;
	for (int i = 0; i < s->ncache; i++)
		sqlite3_finalize(s->cache[i].stmt);
	sqlite3_finalize(s->each_stmt);
	free(s->each_sql);
	sqlite3_close(s->db);
	free(s->path);
	free(s->err);
	free(s);
}

int store_begin(store *s)
{
	return sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK
		       ? STORE_OK
		       : db_fail(s);
}

int store_begin_read(store *s, int *began)
{
	*began = 0;
	if (!sqlite3_get_autocommit(s->db))
		return STORE_OK;
	if (sqlite3_exec(s->db, "BEGIN DEFERRED", NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(s);
	*began = 1;
	return STORE_OK;
}

int store_commit(store *s)
{
	fault_point();
	if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK)
		return STORE_OK;
	db_fail(s);
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return STORE_ERROR;
}

void store_rollback(store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

const char *store_now(store *s)
{
	const char *fixed = getenv("DEADLINES_NOW");
	if (fixed && *fixed) {
		snprintf(s->now, sizeof s->now, "%s", fixed);
		return s->now;
	}
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(s->now, sizeof s->now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return s->now;
}

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
	memset(c, 0, sizeof *c);
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

static void case_from_row(sqlite3_stmt *st, struct case_row *c)
{
	c->id = sqlite3_column_int64(st, 0);
	c->number = db_col_text(st, 1);
	c->caption = db_col_text(st, 2);
	c->court = db_col_text(st, 3);
	c->judge = db_col_text(st, 4);
	c->created = db_col_text(st, 5);
}

int store_case_find(store *s, const char *number, struct case_row *out)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT id, number, caption, court, judge, created FROM cases"
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
		s, "SELECT id, number, caption, court, judge, created FROM cases ORDER BY number", "");
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

int store_closure_add(store *s, const char *court, dl_day day, const char *reason)
{
	char iso[11];
	int rc = db_exec(s,
			    "INSERT INTO closures (court, on_date, reason, created) VALUES (?, ?, ?, ?)",
			    "sdss", court, day, reason, store_now(s));
	if (rc == STORE_EXISTS)
		db_set_err(s, "a closure of %s on %s is already recorded", court, date_format(day, iso));
	return rc;
}

int store_closure_rm(store *s, const char *court, dl_day day)
{
	char iso[11];
	int rc = db_exec(s, "DELETE FROM closures WHERE court = ? AND on_date = ?", "sd", court, day);
	if (rc == STORE_OK && sqlite3_changes(s->db) == 0) {
		db_set_err(s, "no closure of %s on %s is recorded", court, date_format(day, iso));
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
}

static void closure_row_free(struct closure_row *c)
{
	free(c->court);
	free(c->reason);
}

int store_closure_each(store *s, const char *court, int (*fn)(const struct closure_row *, void *),
		       void *arg)
{
	sqlite3_stmt *st = db_query(s,
				 "SELECT id, court, on_date, reason FROM closures"
				 " WHERE ?1 IS NULL OR court = ?1 ORDER BY court, on_date",
				 "s", court);
	if (!st)
		return STORE_ERROR;
	EACH_ROW(s, st, struct closure_row, closure_from_row, closure_row_free, fn, arg);
	return STORE_OK;
}

int store_order_add(store *s, const struct order_row *o, int64_t *id)
{
	int rc = db_exec(s,
			    "INSERT INTO orders (case_id, docket, title, entered, served, service_method,"
			    " text, sha256, imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			    "issddssss", o->case_id, o->docket, o->title, o->entered, o->served,
			    o->service_method, o->text, o->sha256, store_now(s));
	if (rc == STORE_OK)
		*id = sqlite3_last_insert_rowid(s->db);
	return rc;
}

int store_order_find(store *s, int64_t case_id, const char *sha256, int64_t *id)
{
	sqlite3_stmt *st = db_query(s, "SELECT id FROM orders WHERE case_id = ? AND sha256 = ?", "is",
				 case_id, sha256);
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

int store_order_lookup(store *s, int64_t case_id, const char *docket, int64_t *id, dl_day *entered,
		       dl_day *served, char **service_method)
{
	long num = -1;
	if (docket[0] == '#')
		parse_int(docket + 1, 1, 2000000000L, &num);
	sqlite3_stmt *st = db_query(s,
				 "SELECT id, entered, served, service_method FROM orders"
				 " WHERE case_id = ? AND (id = ? OR docket = ? COLLATE NOCASE)"
				 " ORDER BY id DESC LIMIT 1",
				 "iis", case_id, (int64_t)num, docket);
	if (!st)
		return STORE_ERROR;
	int rc = db_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		*entered = db_col_day(st, 1);
		*served = db_col_day(st, 2);
		*service_method = db_col_text(st, 3);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		db_set_err(s, "no order '%s' in this case (give its docket entry or #ID)", docket);
		return STORE_NOTFOUND;
	}
	return rc == SQLITE_ROW ? STORE_OK : db_fail(s);
}

int store_order_set(store *s, int64_t id, dl_day entered, dl_day served, const char *service_method)
{
	return db_exec(s, "UPDATE orders SET entered = ?, served = ?, service_method = ? WHERE id = ?",
			  "ddsi", entered, served, service_method, id);
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
				 " JOIN obligations o ON o.id = h.obligation_id"
				 " JOIN cases c ON c.id = o.case_id"
				 " WHERE (?1 IS NULL OR h.at >= ?1) AND (?2 IS NULL OR c.number = ?2)"
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
	for (size_t i = 0; i < r->ncases; i++)
		free(r->cases[i]);
	free(r->cases);
	memset(r, 0, sizeof *r);
}

int store_subscriber_add(store *s, const char *name, const char *token_hash, const char *who,
			 const int64_t *case_ids, size_t ncases)
{
	int rc = db_exec(s,
			    "INSERT INTO subscribers (name, token_hash, who, created) VALUES (?, ?, ?, ?)",
			    "ssss", name, token_hash, who, store_now(s));
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

#define SUBSCRIBER_COLUMNS "id, name, token_hash, who, created FROM subscribers"

static void subscriber_from_row(sqlite3_stmt *st, struct subscriber_row *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->name = db_col_text(st, 1);
	r->token_hash = db_col_text(st, 2);
	r->who = db_col_text(st, 3);
	r->created = db_col_text(st, 4);
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

int store_subscriber_by_name(store *s, const char *name, struct subscriber_row *out)
{
	char what[160];
	snprintf(what, sizeof what, "named '%s' (see 'deadlines subscriber list')", name);
	return subscriber_one(s, db_query(s, "SELECT " SUBSCRIBER_COLUMNS " WHERE name = ?", "s", name), out, what);
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

