#!/bin/sh
# bad-input.sh: every bad input gets a one-line error, the right exit status
# (2 for usage, 1 for the rest), and leaves the database exactly as it was.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Defendants --action respond --due 2017-06-20 >/dev/null
before=$(dbsum "$db")

# expect STATUS FIRST-LINE-SUBSTRING NAME -- ARGS: run, check status, message, database
expect() {
	want_rc=$1 want_msg=$2 name=$3
	shift 4
	run "$@"
	is "$rc" "$want_rc" "$name: exit status $want_rc"
	first=$(printf '%s\n' "$err" | head -n 1)
	like "$first" "deadlines: $want_msg" "$name: says what is wrong"
	if [ "$want_rc" = 1 ]; then
		is "$(printf '%s\n' "$err" | wc -l)" 1 "$name: one line"
	fi
	is "$(dbsum "$db")" "$before" "$name: database unchanged"
}

expect 1 "no case '9:99-cv-1'" "unknown case" -- -d "$db" add --case 9:99-cv-1 --who X --action y --due 2017-06-20
expect 2 "invalid date for --due '2017-02-30': February 2017 has 28 days" "malformed date" -- -d "$db" add --case 2:16-cv-435 --who X --action y --due 2017-02-30
expect 2 "invalid date for --due '06/20/2017': expected YYYY-MM-DD" "date in another form" -- -d "$db" add --case 2:16-cv-435 --who X --action y --due 06/20/2017
expect 2 "add: unknown option '--bogus'" "unknown option" -- -d "$db" add --bogus
expect 2 "list: unknown option '-x'" "unknown short option" -- -d "$db" list -x
expect 2 "unknown option '--nope'" "unknown global option" -- --nope list
expect 2 "add: option '--due' needs a value" "missing option value" -- -d "$db" add --case 2:16-cv-435 --due
expect 2 "unknown command 'frobnicate'" "unknown command" -- -d "$db" frobnicate
expect 2 "invalid date for --today '2017-13-01'" "bad --today" -- -d "$db" --today 2017-13-01 list
DEADLINES_TODAY=junk run -d "$db" list
is "$rc" 2 "DEADLINES_TODAY=junk: exit 2"
like "$err" "invalid date for DEADLINES_TODAY 'junk'" "DEADLINES_TODAY=junk: named"
expect 2 "list: invalid --within '3x'" "bad --within" -- -d "$db" list --within 3x
expect 2 "list: invalid --format 'xml'" "bad --format" -- -d "$db" list --format xml
expect 2 "list: invalid --status 'gone'" "bad --status" -- -d "$db" list --status gone
expect 2 "add: invalid --time '25:00'" "bad --time" -- -d "$db" add --case 2:16-cv-435 --who X --action y --due 2017-06-20 --time 25:00
expect 2 "add: --who PARTY is required" "missing --who" -- -d "$db" add --case 2:16-cv-435 --action y --due 2017-06-20
expect 2 "add: give one of --due, --within, --until or --every" "--due with --until" -- -d "$db" add --case 2:16-cv-435 --who X --action y --due 2017-06-20 --until ruling
expect 2 "case add: unknown court 'zzsd'" "unknown court" -- -d "$db" case add 1:1 --court zzsd --caption C
expect 1 "case '2:16-CV-435' already exists" "duplicate case" -- -d "$db" case add 2:16-CV-435 --court txsd --caption Again
expect 2 "party add: unknown role 'judge'" "unknown role" -- -d "$db" party add 2:16-cv-435 Libby --role judge
expect 1 "no obligation 99" "unknown obligation" -- -d "$db" show 99
expect 1 "no obligation 99" "done on unknown obligation" -- -d "$db" done 99
expect 2 "invalid obligation id 'abc'" "non-numeric id" -- -d "$db" done abc
expect 2 "vacate: --reason TEXT is required" "vacate without reason" -- -d "$db" vacate 1
dl -d "$db" done 1 >/dev/null
before=$(dbsum "$db")
expect 1 "obligation 1 is already done" "done twice" -- -d "$db" done 1

# Files that are not databases, missing or unreadable.
printf 'not a database, just some text that is longer than a header\n' > "$T/junk.db"
junk_before=$(sha256sum < "$T/junk.db")
run -d "$T/junk.db" list
is "$rc" 1 "non-SQLite file: exit 1"
like "$err" "deadlines: cannot open database '$T/junk.db': file is not a database" "non-SQLite file: named"
run -d "$T/junk.db" case add 1:1 --court txsd --caption C
is "$rc" 1 "non-SQLite file, writing command: exit 1"
is "$(sha256sum < "$T/junk.db")" "$junk_before" "non-SQLite file is left byte for byte"
run -d "$T/none.db" list
is "$rc" 1 "missing database: exit 1"
like "$err" "no database at '$T/none.db'" "missing database: named"
ok "$([ ! -e "$T/none.db" ] && echo 0 || echo 1)" "a report creates no database"
run -d "$T" list
is "$rc" 1 "a directory as database: exit 1"

# Permissions: root ignores file modes, so run these as nobody where we are root.
as_user() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }
mkdir -p "$T/perm/ro"
cp "$db" "$T/perm/locked.db"
chmod 755 "$T" "$T/perm"
chmod 555 "$T/perm/ro"
chmod 000 "$T/perm/locked.db"
as_user $DL_WRAPPER "$DEADLINES_BIN" -d "$T/perm/locked.db" list >"$T/o" 2>"$T/e"
is "$?" 1 "unreadable database: exit 1"
like "$(cat "$T/e")" "deadlines: cannot open database '$T/perm/locked.db': Permission denied" "unreadable database: named"
as_user $DL_WRAPPER "$DEADLINES_BIN" -d "$T/perm/ro/new.db" case add 1:1 --court txsd --caption C >"$T/o" 2>"$T/e"
is "$?" 1 "read-only directory: exit 1"
like "$(cat "$T/e")" "deadlines: cannot create database '$T/perm/ro/new.db': Permission denied" "read-only directory: named"
ok "$([ ! -e "$T/perm/ro/new.db" ] && echo 0 || echo 1)" "read-only directory: nothing created"
chmod 644 "$T/perm/locked.db"
cp "$db" "$T/perm/ro-db.db"
chmod 444 "$T/perm/ro-db.db"
sum=$(dbsum "$T/perm/ro-db.db")
as_user $DL_WRAPPER "$DEADLINES_BIN" -d "$T/perm/ro-db.db" add --case 2:16-cv-435 --who X --action y --due 2017-06-21 >"$T/o" 2>"$T/e"
is "$?" 1 "read-only database file: exit 1"
like "$(cat "$T/e")" "deadlines: " "read-only database file: says why"
is "$(dbsum "$T/perm/ro-db.db")" "$sum" "read-only database file: unchanged"
chmod 700 "$T/perm/ro"
done_testing
