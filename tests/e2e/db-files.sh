#!/bin/sh
# db-files.sh: what the database path may turn out to be. A FIFO (or any file
# that is not a regular one) as the database, or beside it as its -wal or
# -shm, is refused at once by every command that reads the database, with a
# message naming it: nothing waits on it. 'help' and '--version' never open
# the database. A negative schema version is named as such.
. "$DL_SRCDIR/tests/lib.sh"
fifo="$T/fifo.db"
mkfifo "$fifo"
# bounded DB ARGS...: the program with -d DB, killed after 20 s (exit 124)
bounded() { db=$1; shift; timeout 20 $DL_WRAPPER "$DEADLINES_BIN" -d "$db" "$@" >"$T/out" 2>"$T/err"; rc=$?; err=$(cat "$T/err"); }
for cmd in "list" "case add 1:1 --court txsd --caption A" "compute --from 2017-05-19 --days 30 --court txsd" \
	"holidays --court txsd --year 2017" "feed" "publish $T" "notify --dry-run" "serve --listen 127.0.0.1:1"; do
	# shellcheck disable=SC2086
	bounded "$fifo" $cmd
	is "$rc" 1 "a FIFO as the database: '${cmd%% -*}' does not wait on it, exit 1"
	like "$err" "cannot open database '$fifo': not a regular file" "... saying why"
done
bounded "$fifo" help
is "$rc" 0 "help never opens the database"
bounded "$fifo" help list
is "$rc" 0 "help list neither"
bounded "$fifo" --version
is "$rc" 0 "--version neither"
bounded /dev/null list
is "$rc:$err" "1:deadlines: cannot open database '/dev/null': not a regular file" "a device as the database: refused"

# a FIFO beside the database, as its -shm
db="$T/x.db"
dl -d "$db" case add 1:1 --court txsd --caption "A v. B" >/dev/null
rm -f "$db-shm"
mkfifo "$db-shm"
bounded "$db" list
is "$rc" 1 "a FIFO as the database's -shm: no wait, exit 1"
like "$err" "cannot open database '$db': '$db-shm' is not a regular file" "... naming it"
rm -f "$db-shm"

# a schema version below zero is no version deadlines wrote
neg="$T/neg.db"
sqlite3 "$neg" "CREATE TABLE t (x); PRAGMA user_version = -3"
run -d "$neg" list
is "$rc:$err" "1:deadlines: database '$neg' has schema version -3, which no deadlines writes (is it another program's?)" "a negative schema version: said so (reading)"
sum=$(dbsum "$neg")
run -d "$neg" case add 1:1 --court txsd --caption "A v. B"
is "$rc:$err" "1:deadlines: database '$neg' has schema version -3, which no deadlines writes (is it another program's?)" "... (writing)"
is "$(dbsum "$neg")" "$sum" "... and it is left as it was"
done_testing
