#!/bin/sh
# foundation.sh: cases, parties, hand-entered obligations, the list report in
# every format, show, done and vacate, on a real database file with a fixed today.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"

run -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" --judge "Jason B. Libby"
is "$rc" 0 "case add succeeds"
is "$out" "added case 2:16-cv-435: Butler v. Hernandez (S.D. Tex.)" "case add says what it added"
is "$(stat -c %a "$db")" 600 "a new database file is private (0600)"

run -d "$db" party add 2:16-cv-435 "Jimmy Arneal Butler" --role plaintiff
is "$rc" 0 "party add plaintiff"
run -d "$db" party add 2:16-CV-435 "Garrett Dressler" --role defendant
is "$rc" 0 "party add finds the case whatever the letter case"

run -d "$db" add --case 2:16-cv-435 --who Defendants --action "respond to Plaintiff's discovery requests" --due 2017-06-20
is "$rc" 0 "add a deadline"
is "$out" "added #1: Defendants respond to Plaintiff's discovery requests by Tue 2017-06-20" "add reports the id and date"
run -d "$db" add --case 2:16-cv-435 --who Defendants --action "protected from discovery outside the parameters" --until "the issues of qualified immunity have been decided"
is "$rc" 0 "add an until-event obligation"
run -d "$db" add --case 2:16-cv-435 --who Parties --kind hearing --action "appear for status conference" --due 2017-05-30 --time 10:00
is "$rc" 0 "add a hearing with a time"

run -d "$db" --today 2017-06-01 list --format json
is "$rc" 0 "list --format json"
golden list-json
days=$(printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(" ".join(str(o["days_left"]) for o in d["obligations"]))')
is "$days" "-2 19 None" "days left: overdue hearing -2, deadline 19, until-event none"

run -d "$db" --today 2017-06-01 list
golden list-table
width=$(printf '%s\n' "$out" | awk '{ n = length($0); if (n > m) m = n } END { print m + 0 }')
ok "$([ "$width" -le 80 ] && echo 0 || echo 1)" "the table fits 80 columns (widest line $width)"
case "$out" in *"$(printf '\033')"*) ok 1 "no colour when not a terminal" ;; *) ok 0 "no colour when not a terminal" ;; esac
run -d "$db" --today 2017-06-01 --color=always list
case "$out" in *"$(printf '\033[1;31m')"*) ok 0 "--color=always colours the overdue row" ;; *) ok 1 "--color=always colours the overdue row" ;; esac

run -d "$db" --today 2017-06-01 list --within 30d
like "$out" "(1 without a date left out; 'deadlines list' with no date filter shows it.)" "a report limited to dates counts the undated it leaves out"
run -d "$db" --today 2017-06-01 list --overdue
case "$out" in *"without a date"*) ok 1 "... but not in the overdue report (nothing undated is overdue)" ;; *) ok 0 "... but not in the overdue report (nothing undated is overdue)" ;; esac
# a deadline whose period has not started (service not yet recorded) says so
und="$T/undated.db"
dl -d "$und" case add 1:1 --court txsd --caption "A v. B" >/dev/null
printf 'Defendant shall answer within 21 days of service of the amended complaint.\n' > "$T/undated.txt"
dl -d "$und" import "$T/undated.txt" --case 1:1 --entered 2027-01-04 >/dev/null
run -d "$und" --today 2027-01-10 list
like "$out" "Without a date:
   1 1:1          defendant    answer
     no date yet: its period has not started (see 'deadlines show 1')" "an undated deadline is listed as one with no date yet"
run -d "$und" --today 2027-01-10 list --within 14d
like "$out" "(1 without a date left out" "... and counted when a date filter leaves it out"

run -d "$db" --today 2017-06-01 list --format csv
golden list-csv
run -d "$db" --today 2017-06-01 list --overdue
golden list-overdue
run -d "$db" --today 2017-06-01 list --within 14d --format csv
like "$out" "appear for status conference" "--within includes overdue obligations"
case "$out" in *"respond to"*) ok 1 "--within 14d leaves out one due in 19 days" ;; *) ok 0 "--within 14d leaves out one due in 19 days" ;; esac
run -d "$db" --today 2017-06-01 list --who parties --format csv
is "$(printf '%s\n' "$out" | wc -l)" 2 "--who filters by party (header + 1 row)"
run -d "$db" --today 2017-06-01 list --from 2017-06-01 --to 2017-06-30 --format csv
is "$(printf '%s\n' "$out" | tail -n +2 | cut -d, -f1)" 1 "--from/--to select by due date"
DEADLINES_TODAY=2017-06-01 DEADLINES_DB="$db" dl list --format json > "$T/env.json"
is "$(cat "$T/env.json")" "$(dl -d "$db" --today 2017-06-01 list --format json)" "DEADLINES_DB and DEADLINES_TODAY work like -d and --today"

run -d "$db" --today 2017-06-01 show 1
golden show-1

run -d "$db" --today 2017-06-01 done 3 --on 2017-05-30 --note "attended"
is "$rc" 0 "done"
is "$out" "#3 done on Tue 2017-05-30: Parties appear for status conference" "done reports"
run -d "$db" --today 2017-06-01 vacate 1 --reason "order vacated by D.E. 40"
is "$rc" 0 "vacate"
run -d "$db" --today 2017-06-01 list --status all
golden list-status-all
run -d "$db" --today 2017-06-01 show 1 --json
hist=$(printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], len(d["history"]), d["history"][-1]["cause"], d["sequence"])')
is "$hist" "vacated 2 order vacated by D.E. 40 1" "show --json has the status, the history and a higher sequence"

run -d "$db" case list
golden case-list
run -d "$db" case show 2:16-cv-435 --json
like "$out" '"role": "defendant"' "case show --json lists parties"

# default location: $XDG_DATA_HOME/deadlines/deadlines.db, directory 0700
run case add 1:24-cv-1 --court mad --caption "A v. B"
is "$rc" 0 "the default database is created"
is "$(stat -c %a "$XDG_DATA_HOME/deadlines")" 700 "its directory is 0700"
is "$(stat -c %a "$XDG_DATA_HOME/deadlines/deadlines.db")" 600 "its file is 0600"

run --version
like "$out" "deadlines " "--version"
run help list
like "$out" "usage: deadlines list" "help CMD prints the usage"
run list --help
like "$out" "usage: deadlines list" "CMD --help prints the usage"

# two programs: 'deadlines' starts without libmicrohttpd and libnotify and
# runs deadlines-full (beside it in a build tree) for serve and notify;
# both write feeds, through libical
if command -v ldd >/dev/null 2>&1; then
	is "$(ldd "$DEADLINES_BIN" | grep -c 'libmicrohttpd\|libnotify\|libcurl\|libgnutls')" 0 \
		"deadlines loads none of libmicrohttpd, libnotify, libcurl, GnuTLS"
	like "$(ldd "$DEADLINES_BIN")" "libical.so" "deadlines writes its feeds with libical"
	full_libs=$(ldd "$(dirname "$DEADLINES_BIN")/deadlines-full")
	like "$full_libs" "libmicrohttpd" "deadlines-full has libmicrohttpd"
	like "$full_libs" "libical.so" "... and libical (serve writes feeds, notify --feed reads them)"
fi
run help
like "$out" "  serve      serve subscribers' feeds over HTTP (read-only)" "help lists the full program's commands"
like "$out" "  feed       write an iCalendar feed of obligations" "... and the core's"
run help serve
like "$out" "usage: deadlines serve" "help for a full-program command comes from it"
run notify --help
like "$out" "usage: deadlines notify" "... and so does CMD --help"
run -d "$db" add --case 2:16-cv-435 --who Plaintiff --action "file the joint report" --due 2017-06-05
run -d "$db" --today 2017-06-04 notify --dry-run
is "$rc" 0 "notify runs through deadlines-full, with the global options"
like "$out" "file the joint report" "... reading the database -d names on the day --today gives"
run -d "$db" --today 2017-05-01 notify --dry-run
case "$out" in *"file the joint report"*) ok 1 "... and another day gives another answer" ;; *) ok 0 "... and another day gives another answer" ;; esac
run -d "$db" feed --name "Firm"
like "$out" "X-WR-CALNAME:Firm" "feed runs in deadlines itself"
alone="$T/alone"
mkdir "$alone" && cp "$DEADLINES_BIN" "$alone/deadlines"
bin=$DEADLINES_BIN
DEADLINES_BIN="$alone/deadlines"
run -d "$db" serve --help
is "$rc" 1 "without deadlines-full: exit 1"
like "$err" "deadlines-full' (installed with deadlines, it runs serve and notify)" \
	"... naming the program it could not run"
run -d "$db" feed
is "$rc" 0 "... while every other command works, feed among them"
run -d "$db" list
is "$rc" 0 "... and list"
DEADLINES_BIN=$bin

# the man page (as the build writes it) describes every command 'help' lists
missing=""
for c in $(dl help | sed -n 's/^  \([a-z]*\) .*/\1/p'); do
	grep -q "^\.SS \"\(.* \)\?$c\b" "$(dirname "$DEADLINES_BIN")/../doc/deadlines.1" || missing="$missing $c"
done
is "$missing" "" "the man page has an entry for every command"

# the test library itself: a check whose helper does not exist fails the
# script (it would otherwise only print "not found" and go on)
cat > "$T/misspelt.sh" <<'EOF'
. "$DL_SRCDIR/tests/lib.sh"
ok 0 "a check that passes"
unlike "text" "other" "a check with a misspelt helper"
done_testing
EOF
sh "$T/misspelt.sh" >"$T/m.out" 2>"$T/m.err"
is "$?" 1 "tests/lib.sh: a script calling a helper that does not exist fails"
like "$(cat "$T/m.out")" "not ok 2 - every command the script runs exists" "... with a failed check that says so"
like "$(cat "$T/m.out")" "unlike: not found" "... naming the command"
like "$(cat "$T/m.err")" "unlike: not found" "... and the shell's own message still reaches standard error"
printf '. "$DL_SRCDIR/tests/lib.sh"\nok 0 "fine"\ndone_testing\n' > "$T/fine.sh"
sh "$T/fine.sh" >"$T/f.out" 2>&1
is "$?" 0 "... while a script whose commands all exist passes"
# skipped checks keep the numbering: a script that skips prints one numbered
# "ok N # SKIP" per check it did not run (skip COUNT REASON), never a line of
# its own, so that the checks after it are not out of order
cat > "$T/skips.sh" <<'EOF'
. "$DL_SRCDIR/tests/lib.sh"
ok 0 "before"
skip 2 "not here"
ok 0 "after"
done_testing
EOF
sh "$T/skips.sh" >"$T/s.out" 2>&1
is "$?" 0 "tests/lib.sh: skip passes"
is "$(tr '\n' '|' < "$T/s.out")" "ok 1 - before|ok 2 # SKIP not here|ok 3 # SKIP not here|ok 4 - after|1..4|" \
	"... numbering each skipped check in order"
hand=$(cd "$DL_SRCDIR/tests" && grep -nE '^[[:space:]]*echo "(not )?ok ' e2e/*.sh)
is "$hand" "" "no test script prints a TAP result by hand (use ok, is, like or skip)"
# feed.sh without ical.js (a clean clone before 'npm ci'): its TAP stream
# stays in order and every check is reported
DL_JS_DIR="$T/no-js" sh "$DL_SRCDIR/tests/e2e/feed.sh" >"$T/feed.tap" 2>"$T/feed.err"
is "$?" 0 "feed.sh without ical.js passes"
tap=$(awk '/^(not )?ok / { n++; num = $1 == "ok" ? $2 : $3; if (num != n) bad = bad " " num " (expected " n ")" }
	/^1\.\./ { plan = substr($1, 4) }
	/# SKIP/ { skipped++ }
	END { print (bad ? "out of order:" bad : "in order") ", plan " (plan == n ? "matches" : plan " for " n " checks") ", " skipped + 0 " skipped" }' "$T/feed.tap")
is "$tap" "in order, plan matches, 4 skipped" "... its checks numbered in order, the ical.js ones skipped"
done_testing
