/*
 * test-store.c: the SQLite store on real database files: creation mode and
 * schema, cases, obligations and history, failures that must change nothing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <ftw.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"
#include "util.h"

struct fixture {
	char dir[64];
	char *path;
	store *s;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	snprintf(f->dir, sizeof f->dir, "/tmp/dl-store-XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	f->path = xasprintf("%s/sub/dir/test.db", f->dir);
	char *err = NULL;
	if (store_open(f->path, STORE_CREATE, &f->s, &err) != STORE_OK) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	struct court_row c = {"txsd", "S.D. Tex.", "TX", "America/Chicago"};
	if (store_court_ensure(f->s, &c) != STORE_OK)
		return -1;
	*state = f;
	return 0;
}

static int remove_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb, (void)type, (void)ftw;
	return remove(path);
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	store_close(f->s);
	int rc = nftw(f->dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f->path);
	free(f);
	return rc == 0 ? 0 : -1;
}

/* Run sql on the database at path with SQLite itself (not through the
 * store); the rows' first columns, one a line, into *out if out. 0 or -1. */
static int sql_on(const char *path, const char *sql, char **out)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	struct buf b;
	buf_init(&b);
	int rc = sqlite3_open(path, &db) == SQLITE_OK ? 0 : -1;
	const char *rest = sql;
	while (rc == 0 && rest && *rest) {
		if (sqlite3_prepare_v2(db, rest, -1, &st, &rest) != SQLITE_OK) {
			rc = -1;
			break;
		}
		int step = SQLITE_DONE;
		while (st && (step = sqlite3_step(st)) == SQLITE_ROW)
			buf_printf(&b, "%s\n", (const char *)sqlite3_column_text(st, 0));
		if (st && step != SQLITE_DONE)
			rc = -1;
		sqlite3_finalize(st);
		st = NULL;
	}
	sqlite3_close(db);
	if (out)
		*out = buf_detach(&b);
	else
		buf_free(&b);
	return rc;
}

static void creates_private_file_and_dirs(void **state)
{
	struct fixture *f = *state;
	struct stat sb;
	assert_int_equal(stat(f->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	char *dir = xasprintf("%s/sub/dir", f->dir);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	free(dir);
	assert_int_equal(store_schema_version(f->s), 9);
}

static void case_add_find_duplicate(void **state)
{
	struct fixture *f = *state;
	int64_t id = 0;
	assert_int_equal(store_case_add(f->s, "2:16-cv-435", "txsd", "Butler v. Hernandez", NULL, &id),
			 STORE_OK);
	assert_true(id > 0);
	struct case_row c;
	assert_int_equal(store_case_find(f->s, "2:16-CV-435", &c), STORE_OK); /* any letter case */
	assert_string_equal(c.caption, "Butler v. Hernandez");
	assert_int_equal(c.id, id);
	case_row_free(&c);
	assert_int_equal(store_case_add(f->s, "2:16-CV-435", "txsd", "Other", NULL, NULL), STORE_EXISTS);
	assert_non_null(strstr(store_errmsg(f->s), "already exists"));
	assert_int_equal(store_case_find(f->s, "9:99-cv-1", &c), STORE_NOTFOUND);
	assert_non_null(strstr(store_errmsg(f->s), "no case '9:99-cv-1'"));
	/* a court that is not in the courts table is refused by the foreign key */
	assert_int_not_equal(store_case_add(f->s, "1:1", "zzzz", "X", NULL, NULL), STORE_OK);
}

static struct obligation sample(int64_t case_id, dl_day due)
{
	struct obligation o;
	obligation_init(&o);
	o.case_id = case_id;
	o.kind = KIND_DEADLINE;
	o.who = xstrdup("Defendants");
	o.action = xstrdup("respond to discovery");
	o.basis = BASIS_STATED;
	o.derived.due = due;
	return o;
}

static void obligation_roundtrip_and_history(void **state)
{
	struct fixture *f = *state;
	int64_t cid;
	assert_int_equal(store_case_add(f->s, "1:20-cv-1", "txsd", "A v. B", NULL, &cid), STORE_OK);
	struct obligation o = sample(cid, date_from_ymd(2017, 6, 20));
	assert_int_equal(store_obligation_add(f->s, &o, "test"), STORE_OK);
	assert_non_null(o.uid);
	assert_non_null(strstr(o.uid, "@deadlines"));
	struct obligation g;
	assert_int_equal(store_obligation_get(f->s, o.id, &g), STORE_OK);
	assert_string_equal(g.who, "Defendants");
	assert_int_equal(g.derived.due, date_from_ymd(2017, 6, 20));
	assert_int_equal(g.status, STATUS_OPEN);
	assert_int_equal(g.kind, KIND_DEADLINE);
	assert_int_equal(g.basis, BASIS_STATED);
	assert_string_equal(g.join.case_number, "1:20-cv-1");
	assert_int_equal(g.sequence, 0);
	assert_int_equal(g.quote_start, -1);
	assert_int_equal(g.derived.latest, DATE_NONE);
	obligation_free(&g);

	assert_int_equal(store_obligation_set_status(f->s, o.id, STATUS_DONE, date_from_ymd(2017, 6, 1),
						     "filed responses"),
			 STORE_OK);
	assert_int_equal(store_obligation_get(f->s, o.id, &g), STORE_OK);
	assert_int_equal(g.status, STATUS_DONE);
	assert_int_equal(g.closed_on, date_from_ymd(2017, 6, 1));
	assert_int_equal(g.sequence, 1);
	obligation_free(&g);
	assert_int_equal(store_obligation_get(f->s, 9999, &g), STORE_NOTFOUND);

	/* two distinct UIDs for two obligations */
	struct obligation p = sample(cid, DATE_NONE);
	assert_int_equal(store_obligation_add(f->s, &p, NULL), STORE_OK);
	assert_string_not_equal(o.uid, p.uid);
	obligation_free(&o);
	obligation_free(&p);
}

static int count_rows(const struct obligation *o, void *arg)
{
	(void)o;
	(*(int *)arg)++;
	return 0;
}

static void rollback_leaves_nothing(void **state)
{
	struct fixture *f = *state;
	int64_t cid;
	assert_int_equal(store_case_add(f->s, "3:21-cv-7", "txsd", "C v. D", NULL, &cid), STORE_OK);
	assert_int_equal(store_begin(f->s), STORE_OK);
	struct obligation o = sample(cid, date_from_ymd(2020, 1, 2));
	assert_int_equal(store_obligation_add(f->s, &o, NULL), STORE_OK);
	store_rollback(f->s);
	obligation_free(&o);
	struct obligation_filter flt;
	obligation_filter_init(&flt);
	flt.case_number = "3:21-cv-7";
	int n = 0;
	assert_int_equal(store_obligation_each(f->s, &flt, count_rows, &n), STORE_OK);
	assert_int_equal(n, 0);
}

static void filter_orders_by_due_then_undated(void **state)
{
	struct fixture *f = *state;
	int64_t cid;
	assert_int_equal(store_case_add(f->s, "4:22-cv-9", "txsd", "E v. F", NULL, &cid), STORE_OK);
	dl_day dues[] = {date_from_ymd(2022, 3, 1), DATE_NONE, date_from_ymd(2022, 1, 5)};
	for (int i = 0; i < 3; i++) {
		struct obligation o = sample(cid, dues[i]);
		assert_int_equal(store_obligation_add(f->s, &o, NULL), STORE_OK);
		obligation_free(&o);
	}
	struct obligation_filter flt;
	obligation_filter_init(&flt);
	flt.case_number = "4:22-cv-9";
	int n = 0;
	flt.undated = 1;
	assert_int_equal(store_obligation_each(f->s, &flt, count_rows, &n), STORE_OK);
	assert_int_equal(n, 1);
	n = 0;
	flt.undated = 0;
	flt.from = date_from_ymd(2022, 2, 1);
	assert_int_equal(store_obligation_each(f->s, &flt, count_rows, &n), STORE_OK);
	assert_int_equal(n, 1);
}

struct seen {
	int64_t ids[16];
	char whos[16][32];
	int n;
};

static void record(struct seen *v, int64_t id, const char *who)
{
	if (v->n < 16) {
		v->ids[v->n] = id;
		snprintf(v->whos[v->n], sizeof v->whos[0], "%s", who ? who : "");
		v->n++;
	}
}

static int record_row(const struct obligation *o, void *arg)
{
	record(arg, o->id, o->who);
	return 0;
}

static int record_report_row(const struct report_row *r, void *arg)
{
	record(arg, r->id, r->who);
	return 0;
}

/* The filters 'list', 'notify', feeds and recalculation use: report rows from
 * the report index, several cases, batches by id, open-or-ended not pinned,
 * and obligations touched since a history row. */
static void filters_for_reports_feeds_and_recalculation(void **state)
{
	struct fixture *f = *state;
	int64_t a, b, ids[6];
	assert_int_equal(store_case_add(f->s, "1:24-cv-1", "txsd", "A v. B", NULL, &a), STORE_OK);
	assert_int_equal(store_case_add(f->s, "1:24-cv-2", "txsd", "C v. D", NULL, &b), STORE_OK);
	for (int i = 0; i < 6; i++) {
		struct obligation o = sample(i < 4 ? a : b, date_from_ymd(2024, 1, 10 - i));
		free(o.who);
		o.who = xasprintf("party %d", i);
		assert_int_equal(store_obligation_add(f->s, &o, NULL), STORE_OK);
		ids[i] = o.id;
		obligation_free(&o);
	}
	int64_t mark = store_history_last_id(f->s);
	assert_int_equal(store_obligation_set_status(f->s, ids[1], STATUS_DONE, date_from_ymd(2024, 1, 2), "t"),
			 STORE_OK);
	struct obligation o;
	assert_int_equal(store_obligation_get(f->s, ids[2], &o), STORE_OK);
	assert_int_equal(store_obligation_set_pinned(f->s, &o, 1, "t"), STORE_OK);
	obligation_free(&o);

	/* report rows: by date, with the fields a report prints */
	struct obligation_filter flt;
	struct seen v = {0};
	obligation_filter_init(&flt);
	flt.status = STATUS_OPEN;
	flt.undated = 0;
	assert_int_equal(store_report_each(f->s, &flt, record_report_row, &v), STORE_OK);
	assert_int_equal(v.n, 5);
	assert_int_equal(v.ids[0], ids[5]); /* Jan 5 first */
	assert_int_equal(v.ids[4], ids[0]);
	assert_string_equal(v.whos[0], "party 5");

	/* one of several cases, matched without regard to case */
	const char *const cases[] = {"1:24-CV-2", NULL};
	memset(&v, 0, sizeof v);
	obligation_filter_init(&flt);
	flt.cases = cases;
	assert_int_equal(store_obligation_each(f->s, &flt, record_row, &v), STORE_OK);
	assert_int_equal(v.n, 2);
	const char *const none[] = {NULL};
	memset(&v, 0, sizeof v);
	flt.cases = none;
	assert_int_equal(store_obligation_each(f->s, &flt, record_row, &v), STORE_OK);
	assert_int_equal(v.n, 0);

	/* batches by id: a case's open-or-ended, not pinned, two at a time */
	memset(&v, 0, sizeof v);
	obligation_filter_init(&flt);
	flt.case_id = a;
	flt.live = 1;
	flt.limit = 2;
	flt.after_id = 0;
	assert_int_equal(store_obligation_each(f->s, &flt, record_row, &v), STORE_OK);
	assert_int_equal(v.n, 2);
	assert_int_equal(v.ids[0], ids[0]);
	assert_int_equal(v.ids[1], ids[3]); /* 1 is done, 2 is pinned */
	flt.after_id = ids[3];
	assert_int_equal(store_obligation_each(f->s, &flt, record_row, &v), STORE_OK);
	assert_int_equal(v.n, 2); /* nothing after the last */

	/* touched since a history row */
	memset(&v, 0, sizeof v);
	obligation_filter_init(&flt);
	flt.history_after = mark;
	assert_int_equal(store_obligation_each(f->s, &flt, record_row, &v), STORE_OK);
	assert_int_equal(v.n, 2);
}

/* A version 4 database (before the report index, orders' document numbers,
 * obligations' OCR confidence, the calendar columns and the review queue) is
 * brought to the current version. */
static void migrates_version_4(void **state)
{
	struct fixture *f = *state;
	store_close(f->s);
	f->s = NULL;
	assert_int_equal(sql_on(f->path, "DROP TABLE reviews; DROP INDEX obligations_review;"
					 " ALTER TABLE cases DROP COLUMN review_threshold;"
					 " ALTER TABLE subscribers DROP COLUMN confirmed_only;"
					 " DROP INDEX obligations_report; ALTER TABLE obligations DROP COLUMN confidence;"
					 " ALTER TABLE obligations DROP COLUMN doubts; ALTER TABLE obligations DROP COLUMN review;"
					 " CREATE INDEX obligations_report ON obligations (status, due_date);"
					 " DROP INDEX orders_document; ALTER TABLE orders DROP COLUMN document;"
					 " ALTER TABLE orders DROP COLUMN source; ALTER TABLE orders DROP COLUMN links;"
					 " ALTER TABLE orders DROP COLUMN filer;"
					 " DROP INDEX obligations_report; ALTER TABLE obligations DROP COLUMN ocr_confidence;"
					 " DROP INDEX obligations_case; DROP INDEX obligations_source;"
					 " ALTER TABLE obligations DROP COLUMN location; ALTER TABLE obligations DROP COLUMN url;"
					 " ALTER TABLE obligations DROP COLUMN source_uid; ALTER TABLE obligations DROP COLUMN source_sequence;"
					 " ALTER TABLE subscribers DROP COLUMN alarms;"
					 " ALTER TABLE cases DROP COLUMN division; ALTER TABLE cases DROP COLUMN from_court;"
					 " ALTER TABLE obligations DROP COLUMN rule_default;"
					 " ALTER TABLE obligations DROP COLUMN occurrence;"
					 " ALTER TABLE obligations DROP COLUMN series_until;"
					 " ALTER TABLE obligations DROP COLUMN series_day;"
					 " ALTER TABLE obligations DROP COLUMN series_from_moved;"
					 " ALTER TABLE obligations DROP COLUMN anchor_id;"
					 " ALTER TABLE obligations DROP COLUMN trigger_time;"
					 " ALTER TABLE orders DROP COLUMN served_time; DROP TABLE division_closures;"
					 " CREATE INDEX obligations_status_due ON obligations (status, due_date);"
					 " CREATE INDEX obligations_case ON obligations (case_id);"
					 " PRAGMA user_version = 4", NULL), 0);
	char *err = NULL;
	assert_int_equal(store_open(f->path, STORE_CREATE, &f->s, &err), STORE_OK);
	assert_int_equal(store_schema_version(f->s), 9);
	store_close(f->s);
	f->s = NULL;
	char *names = NULL;
	assert_int_equal(sql_on(f->path, "SELECT name FROM sqlite_master WHERE type = 'index'"
					 " AND tbl_name = 'obligations' AND name NOT LIKE 'sqlite_%' ORDER BY name",
				&names), 0);
	assert_string_equal(names, "obligations_case\nobligations_link\nobligations_report\nobligations_review\n"
				   "obligations_source\n");
	free(names);
	assert_int_equal(store_open(f->path, STORE_CREATE, &f->s, &err), STORE_OK);
}

static void refuses_bad_files(void **state)
{
	struct fixture *f = *state;
	store *s = NULL;
	char *err = NULL;
	char *junk = xasprintf("%s/junk.db", f->dir);
	FILE *fp = fopen(junk, "w");
	assert_non_null(fp);
	fputs("this is not an SQLite database, just text that is long enough to matter\n", fp);
	fclose(fp);
	assert_int_equal(store_open(junk, STORE_CREATE, &s, &err), STORE_ERROR);
	assert_null(s);
	assert_non_null(strstr(err, "not a database"));
	free(err);
	char *missing = xasprintf("%s/missing.db", f->dir);
	assert_int_equal(store_open(missing, STORE_READONLY, &s, &err), STORE_ERROR);
	assert_non_null(strstr(err, "no database"));
	assert_int_not_equal(access(missing, F_OK), 0); /* a read-only open creates nothing */
	free(err);
	assert_int_equal(store_open(f->dir, STORE_CREATE, &s, &err), STORE_ERROR);
	assert_non_null(strstr(err, "Is a directory"));
	free(err);
	free(junk);
	free(missing);
}

static void refuses_newer_schema(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/newer.db", f->dir);
	assert_int_equal(sql_on(path, "PRAGMA user_version = 99", NULL), 0);
	store *s = NULL;
	char *err = NULL;
	assert_int_equal(store_open(path, STORE_CREATE, &s, &err), STORE_ERROR);
	assert_non_null(strstr(err, "schema version 99"));
	free(err);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(creates_private_file_and_dirs, setup, teardown),
		cmocka_unit_test_setup_teardown(case_add_find_duplicate, setup, teardown),
		cmocka_unit_test_setup_teardown(obligation_roundtrip_and_history, setup, teardown),
		cmocka_unit_test_setup_teardown(rollback_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(filter_orders_by_due_then_undated, setup, teardown),
		cmocka_unit_test_setup_teardown(filters_for_reports_feeds_and_recalculation, setup, teardown),
		cmocka_unit_test_setup_teardown(migrates_version_4, setup, teardown),
		cmocka_unit_test_setup_teardown(refuses_bad_files, setup, teardown),
		cmocka_unit_test_setup_teardown(refuses_newer_schema, setup, teardown),
	};
	umask(022); /* the store must set 0600/0700 itself, whatever the umask */
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
