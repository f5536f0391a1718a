/*
 * store-internal.h: what the store's own files share (store.c,
 * store-records.c and store-obligation.c): the connection, and helpers that
 * prepare, bind, step and read statements. Nothing outside the store
 * includes it.
 */
#ifndef DL_STORE_INTERNAL_H
#define DL_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store.h"

#include <sys/types.h>
#include <time.h>

#define STMT_CACHE 64

/* The database file, its -wal and its -shm as they were (store_refresh). */
struct side_ids {
	struct {
		int present;
		dev_t dev;
		ino_t ino;
		off_t size;
		struct timespec mtime;
	} f[3];
};

struct store {
	sqlite3 *db;
	char *path;
	int immutable;         /* a reader opened with immutable=1 (no -wal to read) */
	struct side_ids seen;  /* the files when the connection was opened */
	char *err;
	char now[32];
	struct {
		const char *sql;
		sqlite3_stmt *stmt;
	} cache[STMT_CACHE];
	int ncache;
	/* the last assembled obligations query, kept for the next call with the
	 * same filter shape (recalculation asks once per case) */
	char *each_sql;
	sqlite3_stmt *each_stmt;
	int each_busy; /* a callback asking again gets a statement of its own */
};

/* Set the message store_errmsg() returns. */
void db_set_err(store *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Set it from SQLite's own message; returns STORE_ERROR. */
int db_fail(store *s);
/* sqlite3_step, with the crash tests' fault injection (DEADLINES_FAULT_STEP). */
int db_step(sqlite3_stmt *st);
/* A statement for a string literal, prepared once and kept (reset, unbound). */
sqlite3_stmt *db_prepare(store *s, const char *sql);
/* Prepare (kept) and bind by a type string: 's' text (NULL binds NULL), 'i'
 * int64, 'd' dl_day (DATE_NONE binds NULL); NULL on error. */
sqlite3_stmt *db_query(store *s, const char *sql, const char *types, ...);
/* Run a statement that returns no rows: STORE_OK, STORE_EXISTS on a
 * constraint, or STORE_ERROR. */
int db_exec(store *s, const char *sql, const char *types, ...);
/* Column values: a malloc'd copy of text (or NULL), a date (or DATE_NONE). */
char *db_col_text(sqlite3_stmt *st, int col);
dl_day db_col_day(sqlite3_stmt *st, int col);

/* One history row for a text field of o that changed (NULL and "" alike). */
int history_if_changed(store *s, const struct obligation *o, const char *what, const char *old,
		       const char *now, const char *cause);

/* Call fn for each row of st, converted by conv into a rowtype that freer
 * frees after the call; fn returning nonzero stops. Returns from the calling
 * function with db_fail() on an SQLite error. */
#define EACH_ROW(s, st, rowtype, conv, freer, fn, arg)                                     \
	do {                                                                               \
		int rc_;                                                                   \
		while ((rc_ = db_step(st)) == SQLITE_ROW) {                           \
			rowtype row_;                                                      \
			memset(&row_, 0, sizeof row_);                                     \
			conv(st, &row_);                                                   \
			int stop_ = fn(&row_, arg);                                        \
			freer(&row_);                                                      \
			if (stop_)                                                         \
				break;                                                     \
		}                                                                          \
		sqlite3_reset(st);                                                         \
		if (rc_ != SQLITE_ROW && rc_ != SQLITE_DONE)                               \
			return db_fail(s);                                                 \
	} while (0)

#endif
