#!/bin/sh
# sql-safety.sh: no SQL is built by pasting values into strings. Only
# src/store.c includes sqlite3.h; it never formats SQL (no sqlite3_mprintf,
# no printf-style SQL); every statement it prepares or executes is a string
# literal, a literal table entry, the one integer PRAGMA it writes itself, or
# the obligations query, put together from literals only.
. "$DL_SRCDIR/tests/lib.sh"
src="$DL_SRCDIR/src"
is "$(grep -rl '#include <sqlite3\.h>' "$src" | sed "s|$src/||" | sort | tr '\n' ' ')" "store.c " "only store.c includes sqlite3.h"
is "$(grep -c 'sqlite3_mprintf\|sqlite3_snprintf\|sqlite3_vmprintf' "$src/store.c")" 0 "no sqlite3_mprintf"
# every prepare takes a literal through prepare(s, sql) / query(s, "...") / exec_bound(s, "...")
is "$(grep -n 'sqlite3_prepare' "$src/store.c" | grep -v 'sqlite3_prepare_v3(s->db, sql,\|sqlite3_prepare_v2(s->db, "PRAGMA user_version"\|sqlite3_prepare_v2(s->db, sql.data' | wc -l)" 0 "prepares take only the cached literal, one constant or the assembled query"
# the assembled query: only literals are appended to it, never a formatted string
is "$(grep -c 'buf_puts(&sql, "' "$src/store.c")" "$(grep -c 'buf_puts(&sql' "$src/store.c")" "the obligations query appends literals only"
is "$(grep -c 'buf_printf(&sql\|buf_add(&sql\|buf_putc(&sql' "$src/store.c")" 0 "... and nothing formatted"
is "$(grep -n 'sqlite3_exec(' "$src/store.c" | grep -v 'sqlite3_exec(s->db, "\|sqlite3_exec(s->db, migrations\[v\]\|sqlite3_exec(s->db, pragma\|sqlite3_exec(s->db, setup' | wc -l)" 0 "sqlite3_exec runs literals, migrations and two constants only"
is "$(grep -n 'query(s, [^"]' "$src/store.c" | grep -v '^.*static sqlite3_stmt \*query' | wc -l)" 0 "query() is always called with a literal"
is "$(grep -n 'exec_bound(s, [^"]' "$src/store.c" | grep -v 'static int exec_bound' | wc -l)" 0 "exec_bound() is always called with a literal"
# no format string in the sources that looks like SQL with a conversion in it
is "$(grep -rnE '"[^"]*(SELECT|INSERT|UPDATE|DELETE)[^"]*%[sdl]' "$src" | wc -l)" 0 "no printf-style SQL anywhere"
is "$(grep -n 'snprintf(pragma' "$src/store.c" | grep -c 'PRAGMA user_version = %d", SCHEMA_VERSION')" 1 "the one formatted statement is the schema version, a constant"
done_testing
