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

done_testing
