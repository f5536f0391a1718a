#!/bin/sh
# sql-safety.sh: no SQL is built by pasting values into strings. Only the
# store (src/store/store.c, src/store/store-records.c,
# src/store/store-obligation.c, src/store/store-review.c,
# src/store/store-internal.h) includes
# sqlite3.h; it never formats SQL (no sqlite3_mprintf,
# no printf-style SQL); every statement it prepares or executes is a string
# literal, a literal table entry, the one integer PRAGMA it writes itself, or
# the obligations query, put together from literals only.
. "$DL_SRCDIR/tests/lib.sh"
src="$DL_SRCDIR/src"
is "$(grep -rl '#include <sqlite3\.h>' "$src" | sed "s|$src/||" | sort | tr '\n' ' ')" "store/store-internal.h " "only the store's internal header includes sqlite3.h"
is "$(grep -rl '#include "store-internal\.h"' "$src" | sed "s|$src/||" | sort | tr '\n' ' ')" "store/store-obligation.c store/store-records.c store/store-review.c store/store.c " "... and only the store includes that"
store=$(cat "$src/store/store.c" "$src/store/store-records.c" "$src/store/store-obligation.c" "$src/store/store-review.c")
is "$(printf '%s\n' "$store" | grep -c 'sqlite3_mprintf\|sqlite3_snprintf\|sqlite3_vmprintf')" 0 "no sqlite3_mprintf"
# every prepare takes a literal through db_prepare(s, sql) / db_query(s, "...") / db_exec(s, "...")
is "$(printf '%s\n' "$store" | grep -n 'sqlite3_prepare' | grep -v 'sqlite3_prepare_v3(s->db, sql,\|sqlite3_prepare_v2(s->db, "PRAGMA user_version"\|sqlite3_prepare_v2(s->db, sql->data' | wc -l)" 0 "prepares take only the cached literal, one constant or the assembled query"
# the assembled query: only literals are appended to it, never a formatted string
appended=$(printf '%s\n' "$store" | grep -c 'buf_puts(sql')
[ "$appended" -gt 10 ]; ok $? "the obligations query is put together by buf_puts ($appended places)"
is "$(printf '%s\n' "$store" | grep -c 'buf_puts(sql, "')" "$appended" "... of string literals only"
is "$(printf '%s\n' "$store" | grep -c 'buf_printf(sql\|buf_add(sql\|buf_putc(sql\|buf_vprintf(sql')" 0 "... and nothing formatted"
is "$(printf '%s\n' "$store" | grep -n 'sqlite3_exec(' | grep -v 'sqlite3_exec(s->db, "\|sqlite3_exec(s->db, migrations\[v\]\|sqlite3_exec(s->db, pragma\|sqlite3_exec(s->db, setup\|sqlite3_exec(s->db, sql, NULL, NULL, NULL)) == SQLITE_BUSY' | wc -l)" 0 "sqlite3_exec runs literals, migrations and two constants only"
# exec_waiting (which retries while busy) is given those constants too
is "$(printf '%s\n' "$store" | grep -n 'exec_waiting(s, ' | grep -v 'exec_waiting(s, setup)\|exec_waiting(s, "' | wc -l)" 0 "... and exec_waiting() the setup constant or a literal"
is "$(printf '%s\n' "$store" | grep -n 'db_query(s, [^"]' | wc -l)" 0 "db_query() is always called with a literal"
is "$(printf '%s\n' "$store" | grep -n 'db_exec(s, [^"]' | wc -l)" 0 "db_exec() is always called with a literal"
# no format string in the sources that looks like SQL with a conversion in it
is "$(grep -rnE '"[^"]*(SELECT|INSERT|UPDATE|DELETE)[^"]*%[sdl]' "$src" | wc -l)" 0 "no printf-style SQL anywhere"
is "$(grep -n 'snprintf(pragma' "$src/store/store.c" | grep -c 'PRAGMA user_version = %d", SCHEMA_VERSION')" 1 "the one formatted statement is the schema version, a constant"
done_testing
