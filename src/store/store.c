/*
 * store.c: the SQLite store of DESIGN.md: schema, forward migrations keyed on
 * PRAGMA user_version, opening and transactions, and the statement helpers of
 * store-internal.h. The records around obligations (courts, cases, parties,
 * closures, orders, events, changes, subscribers, program state) are in
 * store-records.c; obligations, their history and notifications in
 * store-obligation.c. STRICT tables, WAL, foreign keys, a busy timeout; every
 * statement prepared once with bound parameters (no SQL is ever built by
 * pasting values into strings).
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
	/* 6: orders as they arrive (issue 16): an order's docket document number
	 * (a notice already imported is known by it), what it was read from
	 * (text, pdf, ocr, nef), its filer and document links (a notice's); an obligation read by OCR, with the engine's
	 * confidence, which the report shows (so its index holds it) */
	"ALTER TABLE orders ADD COLUMN document TEXT;"
	"ALTER TABLE orders ADD COLUMN source TEXT NOT NULL DEFAULT 'text'"
	"  CHECK (source IN ('text','pdf','ocr','nef'));"
	"ALTER TABLE orders ADD COLUMN links TEXT;"
	"ALTER TABLE orders ADD COLUMN filer TEXT;"
	"CREATE INDEX orders_document ON orders (case_id, document);"
	"ALTER TABLE obligations ADD COLUMN ocr_confidence INTEGER"
	"  CHECK (ocr_confidence BETWEEN 0 AND 100);"
	"DROP INDEX obligations_report;"
	"CREATE INDEX obligations_report ON obligations (status, due_date, due_time, id, case_id,"
	"  kind, who, action, basis, latest_date, until_event, acked_due, ocr_confidence);",
	/* 7: calendars: where a hearing is and its video link, and for one read
	 * from an invitation (import --ics) the invitation's UID (with the
	 * occurrence, for a recurring one) and SEQUENCE; a subscriber's alarms */
	"ALTER TABLE obligations ADD COLUMN location TEXT;"
	"ALTER TABLE obligations ADD COLUMN url TEXT;"
	"ALTER TABLE obligations ADD COLUMN source_uid TEXT;"
	"ALTER TABLE obligations ADD COLUMN source_sequence INTEGER NOT NULL DEFAULT 0;"
	"CREATE UNIQUE INDEX obligations_source ON obligations (case_id, source_uid)"
	"  WHERE source_uid IS NOT NULL;"
	"ALTER TABLE subscribers ADD COLUMN alarms TEXT;",
	/* 8: the review queue (issue 17): the reader's confidence in each
	 * obligation it found and its doubts; whether one awaits review
	 * (pending), was accepted or rejected, which the report shows (so its
	 * index holds it); a case's threshold (the lowest confidence filed
	 * open; else the database's, in meta); subscribers who see confirmed
	 * obligations only; and what else awaits review: an amending order's
	 * proposed change or vacatur of an obligation (its target, or the
	 * candidates when it matched none or several) and the sentences of an
	 * order that read as commands but gave nothing */
	"ALTER TABLE obligations ADD COLUMN confidence TEXT"
	"  CHECK (confidence IN ('high','medium','low'));"
	"ALTER TABLE obligations ADD COLUMN doubts TEXT;"
	"ALTER TABLE obligations ADD COLUMN review TEXT"
	"  CHECK (review IN ('pending','accepted','rejected'));"
	"DROP INDEX obligations_report;"
	"CREATE INDEX obligations_report ON obligations (status, due_date, due_time, id, case_id,"
	"  kind, who, action, basis, latest_date, until_event, acked_due, ocr_confidence, review);"
	"CREATE INDEX obligations_review ON obligations (review, created) WHERE review = 'pending';"
	"ALTER TABLE cases ADD COLUMN review_threshold TEXT"
	"  CHECK (review_threshold IN ('high','medium','low'));"
	"ALTER TABLE subscribers ADD COLUMN confirmed_only INTEGER NOT NULL DEFAULT 0;"
	"CREATE TABLE reviews ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  order_id INTEGER NOT NULL REFERENCES orders(id),"
	"  kind TEXT NOT NULL CHECK (kind IN ('change','vacate','sentence')),"
	"  target_id INTEGER REFERENCES obligations(id),"
	"  candidates TEXT,"
	"  new_due TEXT, new_time TEXT,"
	"  quote TEXT NOT NULL, quote_start INTEGER, quote_end INTEGER,"
	"  why TEXT,"
	"  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','accepted','rejected')),"
	"  reason TEXT, created TEXT NOT NULL, decided TEXT"
	") STRICT;"
	"CREATE INDEX reviews_state ON reviews (state, id);",
	/* 9: engine completeness (issue 18): a case's division and the court an
	 * appeal comes from; an obligation's rule default, series, anchor and
	 * trigger time; an order's time of service; closures of one courthouse.
	 * First, a case's division (its time zone, Inauguration Day's area) and,
	 * for an appeal, the court it comes from (FRAP 26(a)(6)(C)) */
	"ALTER TABLE cases ADD COLUMN division TEXT;"
	"ALTER TABLE cases ADD COLUMN from_court TEXT;"
	/* an obligation whose order names a rule but not the time: the
	 * citation of the rule's default (data/rule-defaults.tsv), which the
	 * report flags (so its index holds it) */
	"ALTER TABLE obligations ADD COLUMN rule_default TEXT;"
	"DROP INDEX obligations_report;"
	"CREATE INDEX obligations_report ON obligations (status, due_date, due_time, id, case_id,"
	"  kind, who, action, basis, latest_date, until_event, acked_due, ocr_confidence, review,"
	"  rule_default);"
	/* a recurring duty: the occurrence now open (each one cycle further from
	 * the start; 0: not a series) and the last day the series runs to */
	"ALTER TABLE obligations ADD COLUMN occurrence INTEGER NOT NULL DEFAULT 0"
	"  CHECK (occurrence >= 0);"
	"ALTER TABLE obligations ADD COLUMN series_until TEXT;"
	"ALTER TABLE obligations ADD COLUMN series_day INTEGER CHECK (series_day BETWEEN 1 AND 31);"
	"ALTER TABLE obligations ADD COLUMN series_from_moved INTEGER NOT NULL DEFAULT 0"
	"  CHECK (series_from_moved IN (0, 1));"
	"UPDATE obligations SET occurrence = 1 WHERE kind = 'recurring';"
	/* a period from another obligation of the same order ("7 days before the
	 * hearing"): that obligation's id, whose due date is its trigger's
	 * (obligations are never deleted; no REFERENCES, so that the column can
	 * be dropped, as the tests of older schemas do) */
	"ALTER TABLE obligations ADD COLUMN anchor_id INTEGER CHECK (anchor_id > 0);"
	/* periods in hours (FRCP 6(a)(2)): the time of the trigger (HH:MM), an
	 * order's time of service */
	"ALTER TABLE obligations ADD COLUMN trigger_time TEXT;"
	"ALTER TABLE orders ADD COLUMN served_time TEXT;"
	/* closures of one courthouse: a division of the court (the cases in
	 * it), beside the court's own closures */
	"CREATE TABLE division_closures ("
	"  id INTEGER PRIMARY KEY,"
	"  court TEXT NOT NULL REFERENCES courts(code),"
	"  division TEXT NOT NULL COLLATE NOCASE,"
	"  on_date TEXT NOT NULL, scope TEXT NOT NULL DEFAULT 'all-day',"
	"  reason TEXT NOT NULL, created TEXT NOT NULL,"
	"  UNIQUE (court, division, on_date)"
	") STRICT;",
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

/* Read PRAGMA user_version into *v: STORE_OK, or STORE_ERROR (db_fail). */
static int read_version(store *s, int *v)
{
	sqlite3_stmt *st = NULL;
	int rc = STORE_OK;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    db_step(st) == SQLITE_ROW)
		*v = sqlite3_column_int(st, 0);
	else
		rc = db_fail(s);
	sqlite3_finalize(st);
	return rc;
}

int store_schema_version(store *s)
{
	int v;
	return read_version(s, &v) == STORE_OK ? v : -1;
}

/* The message for a schema version this program cannot use (below zero or
 * above its own), or NULL. */
static char *version_refused(const char *path, int version)
{
	if (version < 0)
		return xasprintf("database '%s' has schema version %d, which no deadlines writes (is it "
				 "another program's?)", path, version);
	if (version > SCHEMA_VERSION)
		return xasprintf("database '%s' has schema version %d; this deadlines knows only up to %d",
				 path, version, SCHEMA_VERSION);
	return NULL;
}

/* SQLite's error as the message "cannot open database 'x': ..." (rolling
 * back when began); STORE_ERROR. */
static int migrate_fail(store *s, int began)
{
	char *msg = xasprintf("cannot open database '%s': %s", s->path, sqlite3_errmsg(s->db));
	if (began)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	free(s->err);
	s->err = msg;
	return STORE_ERROR;
}

/* Bring the schema up to date (the message of a failure in s->err is whole).
 * The version is read again inside the write
 * transaction (BEGIN IMMEDIATE): of several processes that found the same old
 * version, the first upgrades and the others, waiting on the lock (the busy
 * timeout), then find it done. */
static int migrate(store *s)
{
	int version = store_schema_version(s);
	if (version == SCHEMA_VERSION)
		return STORE_OK;
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return migrate_fail(s, 0);
	char *refused = NULL;
	if (read_version(s, &version) != STORE_OK)
		return migrate_fail(s, 1);
	if ((refused = version_refused(s->path, version))) {
		free(s->err);
		s->err = refused;
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_ERROR;
	}
	for (int v = version; v < SCHEMA_VERSION; v++)
		if (sqlite3_exec(s->db, migrations[v], NULL, NULL, NULL) != SQLITE_OK)
			return migrate_fail(s, 1);
	char pragma[64];
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", SCHEMA_VERSION);
	if (sqlite3_exec(s->db, pragma, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		return migrate_fail(s, 1);
	return STORE_OK;
}

/* sqlite3_exec, tried again for up to 10 s while the database is busy. A new
 * file's switch to WAL takes an exclusive lock, and when two connections ask
 * for it at once SQLite answers one SQLITE_BUSY at once, without waiting (that
 * would deadlock): 30 processes creating the same database hit it. */
static int exec_waiting(store *s, const char *sql)
{
	int rc;
	for (int waited = 0; (rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL)) == SQLITE_BUSY && waited < 10000;
	     waited += 10)
		sqlite3_sleep(10);
	return rc;
}


/* SQLite's files beside the database: one that is a symbolic link (which a
 * writer of the directory could point at any file) or not a regular file is
 * refused with a message naming it; NULL when all are fine or absent. */
static char *side_files_refused(const char *path)
{
	static const char *const suffixes[] = {"-wal", "-shm", "-journal"};
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *side = xasprintf("%s%s", path, suffixes[i]);
		struct stat sb;
		char *why = NULL;
		if (lstat(side, &sb) == 0 && !S_ISREG(sb.st_mode))
			why = xasprintf("cannot open database '%s': '%s' is %s", path, side,
					S_ISLNK(sb.st_mode) ? "a symbolic link" : "not a regular file");
		free(side);
		if (why)
			return why;
	}
	return NULL;
}

/* The identity of the database file and of its -wal and -shm, to tell when
 * they were replaced, made or removed since a connection was opened. */
static void side_ids_read(const char *path, struct side_ids *ids)
{
	static const char *const suffixes[] = {"", "-wal", "-shm"};
	memset(ids, 0, sizeof *ids);
	for (int i = 0; i < 3; i++) {
		char *name = xasprintf("%s%s", path, suffixes[i]);
		struct stat sb;
		if (stat(name, &sb) == 0) {
			ids->f[i].present = 1;
			ids->f[i].dev = sb.st_dev;
			ids->f[i].ino = sb.st_ino;
			ids->f[i].size = sb.st_size;
			ids->f[i].mtime = sb.st_mtim;
		}
		free(name);
	}
}

/* Whether a connection opened when the files were a is still good with the
 * files as b: the same files (an immutable connection also needs the
 * database file unchanged, since it reads it without any lock). */
static int side_ids_same(const struct side_ids *a, const struct side_ids *b, int immutable)
{
	for (int i = 0; i < 3; i++)
		if (a->f[i].present != b->f[i].present || a->f[i].dev != b->f[i].dev ||
		    a->f[i].ino != b->f[i].ino)
			return 0;
	return !immutable ||
	       (a->f[0].size == b->f[0].size && a->f[0].mtime.tv_sec == b->f[0].mtime.tv_sec &&
		a->f[0].mtime.tv_nsec == b->f[0].mtime.tv_nsec);
}

/* How a reader opens a WAL database (SQLite's wal.html, "Read-Only
 * Databases"): normally when its -wal and -shm are there or this user may
 * make them (write the database and its directory); else, when no -wal holds
 * changes, as immutable: SQLite then reads the database file alone and makes
 * no file beside it. 1: immutable; 0: normally; -1: a -wal holds changes
 * that cannot be read without a -shm this user may not make. */
static int reader_mode(const char *path)
{
	char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
	struct stat w, m;
	int has_wal = stat(wal, &w) == 0, has_shm = stat(shm, &m) == 0;
	free(wal);
	free(shm);
	if (has_wal && has_shm)
		return 0;
	char *slash = strrchr(path, '/');
	char *dir = slash ? (slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path))) : xstrdup(".");
	int may_make = access(path, W_OK) == 0 && access(dir, W_OK | X_OK) == 0;
	free(dir);
	if (may_make)
		return 0;
	return has_wal && w.st_size > 0 ? -1 : 1;
}

/* "file:" URI of path with immutable=1 (every byte but unreserved ones
 * percent-encoded; an absolute path after an empty authority). */
static char *immutable_uri(const char *path)
{
	struct buf b;
	buf_init(&b);
	buf_puts(&b, path[0] == '/' ? "file://" : "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    strchr("/-._~", *p))
			buf_putc(&b, (char)*p);
		else
			buf_printf(&b, "%%%02X", *p);
	}
	buf_puts(&b, "?immutable=1");
	return buf_detach(&b);
}

/* Open s->path in mode on s->db and set the connection up: check the schema
 * version, and bring it up to date (writers) or refuse an old one (readers).
 * STORE_OK, or STORE_ERROR with *err (s->db may be left to close). */
static int connect_db(store *s, int mode, char **err)
{
	const char *path = s->path;
	int writer = mode != STORE_READONLY;
	int flags = (writer ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
	/* the files as they were before deciding: if they change in between,
	 * the next store_refresh sees it */
	side_ids_read(path, &s->seen);
	int how = writer ? 0 : reader_mode(path);
	if (how < 0) {
		*err = xasprintf("cannot open database '%s': its -wal file holds changes that cannot be read "
				 "without its -shm file, which this user may not create (open it once as a "
				 "user who may write it)", path);
		return STORE_ERROR;
	}
	s->immutable = how == 1;
	char *uri = s->immutable ? immutable_uri(path) : NULL;
	int rc = sqlite3_open_v2(uri ? uri : path, &s->db, flags | (uri ? SQLITE_OPEN_URI : 0), NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		*err = xasprintf("cannot open database '%s': %s", path,
				 s->db ? sqlite3_errmsg(s->db) : "out of memory");
		return STORE_ERROR;
	}
	sqlite3_extended_result_codes(s->db, 0);
	sqlite3_busy_timeout(s->db, 10000);
	/* The first read tells a non-database file apart. */
	int version;
	if (read_version(s, &version) != STORE_OK) {
		*err = xasprintf("cannot open database '%s': %s", path, sqlite3_errmsg(s->db));
		return STORE_ERROR;
	}
	if ((*err = version_refused(path, version)))
		return STORE_ERROR;
	if (writer) {
		/* Keep the -wal and -shm files when the last writer closes: a reader
		 * that may not create files beside the database (serve under the
		 * unit's ReadOnlyPaths, a clerk with read access only) can then open
		 * it normally, and see later writes. */
		int keep = 1;
		sqlite3_file_control(s->db, "main", SQLITE_FCNTL_PERSIST_WAL, &keep);
	}
	const char *setup = writer
				    ? "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
				      "PRAGMA synchronous = NORMAL;"
				      /* the kept -wal shrinks back to 4 MB at most */
				      "PRAGMA journal_size_limit = 4194304;"
				    : "PRAGMA foreign_keys = ON;";
	if (exec_waiting(s, setup) != SQLITE_OK) {
		*err = xasprintf("cannot open database '%s': %s", path, sqlite3_errmsg(s->db));
		return STORE_ERROR;
	}
	if (writer) {
		if (migrate(s) != STORE_OK) {
			*err = xstrdup(store_errmsg(s));
			return STORE_ERROR;
		}
	} else if (version != SCHEMA_VERSION) {
		*err = version == 0 ? xasprintf("database '%s' is empty", path)
				    : xasprintf("database '%s' needs an upgrade: run a command that "
						"writes (e.g. 'deadlines case list' after 'case add')", path);
		return STORE_ERROR;
	}
	return STORE_OK;
}

int store_open(const char *path, int mode, store **out, char **err)
{
	struct stat sb;
	*out = NULL;
	*err = NULL;
	if ((*err = side_files_refused(path)))
		return STORE_ERROR;
	if (stat(path, &sb) != 0) {
		if (errno != ENOENT || mode != STORE_CREATE) {
			*err = errno == ENOENT
				       ? xasprintf("no database at '%s' (start with 'deadlines case add')", path)
				       : xasprintf("cannot open database '%s': %s", path, strerror(errno));
			return STORE_ERROR;
		}
		if (make_dirs(path, 0700, 0) != 0) {
			*err = xasprintf("cannot create the directory for database '%s': %s", path,
					 strerror(errno));
			return STORE_ERROR;
		}
		/* EEXIST: another process has just made it; open that one */
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST) {
			*err = xasprintf("cannot create database '%s': %s", path, strerror(errno));
			return STORE_ERROR;
		}
		if (fd >= 0)
			close(fd);
		if (stat(path, &sb) != 0) {
			*err = xasprintf("cannot open database '%s': %s", path, strerror(errno));
			return STORE_ERROR;
		}
	}
	/* Nothing may wait on the file: a FIFO or a device is refused before
	 * SQLite opens it (a FIFO would block every command). */
	if (S_ISDIR(sb.st_mode)) {
		*err = xasprintf("cannot open database '%s': Is a directory", path);
		return STORE_ERROR;
	} else if (!S_ISREG(sb.st_mode)) {
		*err = xasprintf("cannot open database '%s': not a regular file", path);
		return STORE_ERROR;
	} else if (access(path, mode != STORE_READONLY ? R_OK | W_OK : R_OK) != 0) {
		/* SQLite would only say "unable to open database file". */
		*err = xasprintf("cannot open database '%s': %s", path, strerror(errno));
		return STORE_ERROR;
	}

	const char *fault = getenv("DEADLINES_FAULT_STEP");
	if (fault && *fault)
		fault_step = atol(fault);
	store *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	if (connect_db(s, mode, err) != STORE_OK) {
		store_close(s);
		return STORE_ERROR;
	}
	*out = s;
	return STORE_OK;
}

/* Forget every statement prepared on s's connection. */
static void finalize_all(store *s)
{
	for (int i = 0; i < s->ncache; i++)
		sqlite3_finalize(s->cache[i].stmt);
	s->ncache = 0;
	sqlite3_finalize(s->each_stmt);
	s->each_stmt = NULL;
	free(s->each_sql);
	s->each_sql = NULL;
}

int store_refresh(store *s, char **err)
{
	struct side_ids now;
	*err = NULL;
	side_ids_read(s->path, &now);
	if (side_ids_same(&now, &s->seen, s->immutable))
		return STORE_OK;
	store fresh;
	memset(&fresh, 0, sizeof fresh);
	fresh.path = s->path;
	if (connect_db(&fresh, STORE_READONLY, err) != STORE_OK) {
		sqlite3_close(fresh.db);
		free(fresh.err);
		return STORE_ERROR;
	}
	finalize_all(s);
	sqlite3_close(s->db);
	s->db = fresh.db;
	s->immutable = fresh.immutable;
	s->seen = fresh.seen;
	free(fresh.err);
	return STORE_OK;
}

void store_close(store *s)
{
	if (!s)
		return;
	finalize_all(s);
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
