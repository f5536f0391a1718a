#!/bin/sh
# cli.sh: the command line's edge: text that is not UTF-8 or holds control
# characters is refused before anything is stored, naming the option; order
# files with invalid bytes are repaired with a message naming the offset.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
export DEADLINES_TODAY=2017-06-01
dl -d "$db" case add 1:25-cv-00077 --court txsd --caption "Able v. Baker" >/dev/null
before=$(dbsum "$db")
bad=$(printf 'abc\360')
esc=$(printf 'a\033[8mb')

# refused ARGS...: exit 2, one message naming the option (and no usage
# error of another kind), the database unchanged
refused() {
	name=$1 want=$2
	shift 2
	run -d "$db" "$@"
	is "$rc" 2 "$name: exit 2"
	like "$(printf '%s\n' "$err" | head -n 1)" "deadlines: $want" "$name: says which value and why"
	is "$(dbsum "$db")" "$before" "$name: database unchanged"
}
refused "add --action not UTF-8" "add: the value of --action is not valid UTF-8 at byte offset 3" \
	add --case 1:25-cv-00077 --who Plaintiff --action "$bad" --due 2017-06-20
refused "add --who=VALUE not UTF-8" "add: the value of --who is not valid UTF-8 at byte offset 3" \
	add --case 1:25-cv-00077 --who="$bad" --action x --due 2017-06-20
refused "add --action with an escape" "add: the value of --action holds a control character (U+001B) at byte offset 1" \
	add --case 1:25-cv-00077 --who Plaintiff --action "$esc" --due 2017-06-20
refused "case add NUMBER not UTF-8" "case: the argument '1:2" \
	case add "1:2$bad" --court txsd --caption X
like "$err" "is not valid UTF-8 at byte offset 6" "... naming the offset"
refused "party add NAME not UTF-8" "party: the argument 'Jos" \
	party add 1:25-cv-00077 "Jos$(printf '\351') Lane" --role defendant
refused "event add NAME with a control" "event: the argument 'x" \
	event add 1:25-cv-00077 "x$(printf '\007')" --on 2017-06-01
refused "subscriber add --who not UTF-8" "subscriber: the value of --who is not valid UTF-8" \
	subscriber add alice --who "$bad"
refused "vacate --reason not UTF-8" "vacate: the value of --reason is not valid UTF-8" \
	vacate 1 --reason "$bad"
run -d "$db" add --case 1:25-cv-00077 --who Plaintiff --action "$(printf 'line one\n\tline two')" --due 2017-06-20
is "$rc" 0 "a newline and a tab are text, not refused"

# order files: invalid bytes are repaired ('?'), and the message says where
printf 'IT IS ORDERED that Defendants shall respond within 14 days.\nJos\351 \377\376 Lane\n' > "$T/latin1.txt"
run extract "$T/latin1.txt" --entered 2017-05-19 --court txsd
is "$rc" 0 "extract of an order with invalid bytes: exit 0"
like "$err" "extract: '$T/latin1.txt' is not valid UTF-8 at byte offset 63 (3 invalid bytes); each is read as '?'" \
	"... names the offset of the first and how many"
run -d "$db" import "$T/latin1.txt" --case 1:25-cv-00077 --entered 2017-05-19
like "$err" "import: '$T/latin1.txt' is not valid UTF-8 at byte offset 63 (3 invalid bytes); each is stored as '?'" \
	"import says the same"

# 11. The token is shown once: with standard output on a full disk, the
# subscriber is not stored (the token could not be shown), and rotate keeps
# the old token; the error says so, exit 1
if [ -w /dev/full ]; then
	$DL_WRAPPER "$DEADLINES_BIN" -d "$db" subscriber add carol >/dev/full 2>"$T/full.err"
	is "$?" 1 "subscriber add to a full disk: exit 1"
	like "$(cat "$T/full.err")" "deadlines: subscriber add: cannot show the token: No space left on device; nothing was stored" "... says why and that nothing was stored"
	is "$(dl -d "$db" subscriber list --json | /usr/bin/python3 -c 'import json, sys; print("carol" in [s["name"] for s in json.load(sys.stdin)["subscribers"]])')" "False" \
		"... and nothing was (was: stored, and its token lost)"
	dl -d "$db" subscriber add bob >/dev/null
	id() { dl -d "$db" subscriber list --json | /usr/bin/python3 -c 'import json, sys; print([s["feed_id"] for s in json.load(sys.stdin)["subscribers"] if s["name"] == "bob"])'; }
	was=$(id)
	$DL_WRAPPER "$DEADLINES_BIN" -d "$db" subscriber rotate bob >/dev/full 2>"$T/full.err"
	is "$?" 1 "subscriber rotate to a full disk: exit 1"
	like "$(cat "$T/full.err")" "deadlines: subscriber rotate: cannot show the token: No space left on device; the old token stays" "... says so"
	is "$(id)" "$was" "... and the old token still works"
	run -d "$db" subscriber rotate bob
	is "$rc/$(id | grep -c "$(printf '%s' "$was" | tr -d "[]'")")" "0/0" "rotate to a terminal still replaces it"
else
	skip 7 "/dev/full is not writable here"
fi

# 15. A long period whose result is in range is taken (the check was on the
# input, in both directions); one that ends outside the calendar is not
run compute --from 2000-01-03 --weeks 36500 --court txsd
is "$rc/$out" "0/Mon 2699-07-17" "compute --weeks 36500 from 2000: in range, computed"
run compute --from 2000-01-03 --months 36500 --court txsd
is "$rc/$out" "0/Fri 5041-09-03" "compute --months 36500 from 2000: in range, computed"
run compute --from 2000-01-03 --years 7998 --court txsd
is "$rc/$out" "0/Mon 9998-01-05" "compute --years 7998 from 2000: in range, computed (and rolled off a Saturday)"
run compute --from 2000-01-03 --weeks 36500 --before --court txsd
is "$rc" 1 "compute --weeks 36500 --before from 2000 ends before 1600: refused"
like "$err" "the period runs outside the years 1600-9999" "... saying why"
run -d "$db" add --case 1:25-cv-00077 --who Plaintiff --action long --within 36500w --from 2000-01-03
like "$rc/$out" "0/added #" "add --within 36500w: in range, added"

# extend --to a date before the current due date shortens the time: refused
# unless the order says so (--earlier)
dl -d "$db" add --case 1:25-cv-00077 --who Plaintiff --action "file the brief" --due 2017-08-01 >/dev/null
ext=$(sqlite3 "$db" "SELECT max(id) FROM obligations")
before=$(dbsum "$db")
run -d "$db" extend "$ext" --to 2017-07-01
is "$rc" 1 "extend --to before the due date: exit 1"
like "$err" "deadlines: extend: obligation $ext is due Tue 2017-08-01: --to Sat 2017-07-01 is earlier; give --earlier if the order shortens the time" "... says why and what to do"
is "$(dbsum "$db")" "$before" "... the database unchanged"
run -d "$db" extend "$ext" --to 2017-07-03 --earlier --order "D.E. 50"
is "$rc/$out" "0/#$ext extended: Tue 2017-08-01 -> Mon 2017-07-03" "extend --to ... --earlier: moved"
run -d "$db" extend "$ext" --by 7d --earlier
is "$rc" 2 "--earlier goes with --to only"

# -h is help, as --help, for every command
bad_h=""
for c in $(dl help | sed -n 's/^  \([a-z]*\) .*/\1/p'); do
	out=$(dl "$c" -h 2>&1) && case "$out" in "usage: deadlines $c"*) continue ;; esac
	bad_h="$bad_h $c"
done
is "$bad_h" "" "COMMAND -h shows the command's usage, exit 0, for every command (list -h was refused)"
run -d "$db" list -h
like "$rc/$out" "0/usage: deadlines list" "list -h"

# the explanation: '1 hour', and an event at a time the clocks skipped (the
# spring-forward hour) is said to be one, not counted as if it had been
# (was: "The event is at 02:30 ... 1 hours after 02:30 end at ... 04:30")
flat() { printf '%s' "$out" | tr -s ' \n' '  '; }
run compute --from 2024-03-11T09:00 --hours 1 --court mad --explain
like "$(flat)" "1 hour after 09:00 end at Mon 2024-03-11 10:00." "one hour is '1 hour' (was '1 hours')"
run compute --from 2024-03-10T02:30 --hours 1 --court mad --explain
like "$(flat)" "The event is at 02:30 on Sun 2024-03-10, a time the clocks skipped in America/New_York (they went from 02:00 EST to 03:00 EDT): the hours are counted from 03:30 EDT, the moment it names." \
	"an event in the spring-forward gap: said so, with the change and the moment counted from"
like "$(flat)" "1 hour after 03:30 end at Sun 2024-03-10 04:30." "... and the count starts there"
run compute --from 2024-03-08T10:00 --hours 48 --court mad --explain
like "$(flat)" "48 hours after 10:00 end at Sun 2024-03-10 11:00 (the clocks went forward from EST to EDT in between)." \
	"a count across the change says the clocks moved"
run compute --from 2024-11-03T01:30 --hours 1 --court mad --explain
like "$(flat)" "1 hour after 01:30 end at Sun 2024-11-03 01:30 (the clocks went back from EDT to EST in between)." \
	"the fall-back hour: one hour after 01:30 is 01:30 again, and it says why"
printf 'IT IS ORDERED that Defendants shall respond within one (1) business day after service of the complaint.\n' > "$T/one.txt"
run extract "$T/one.txt" --court txsd --entered 2017-05-19
like "$out" "when:   1 business day after service (no date yet)" "extract: '1 business day' (was '1 business_days')"

done_testing
