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

done_testing
