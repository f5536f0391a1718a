#!/bin/sh
# text.sh: text shown to people whatever bytes the database holds: lines and
# cells cut only between characters (never past a string's end), invalid
# UTF-8 shown as U+FFFD, control characters and escape sequences never
# reaching the terminal, spreadsheet formulas neutralised in CSV, JSON that
# never drops a field, and columns by display width.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
export DEADLINES_TODAY=2017-06-01
# utf8 FILE: 0 if FILE is valid UTF-8
utf8() { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; }
# sql SQL: change the database behind the program's back, as an older
# version or another tool may have left it
sql() { sqlite3 "$db" "$1"; }
fffd=$(printf '\357\277\275')

dl -d "$db" case add 1:25-cv-00077 --court txsd --caption "Able v. Baker" >/dev/null

# 1. A change line longer than the old 512-byte buffer, cut there inside a
# character, was wrapped past the buffer's end (ASan: stack-buffer-overflow).
e300=$(/usr/bin/python3 -c 'print("\u00e9" * 300)')
dl -d "$db" add --case 1:25-cv-00077 --who Plaintiff --action "$e300" --due 2017-06-20 >/dev/null
run -d "$db" changes
is "$rc" 0 "changes with a 600-byte action"
printf '%s\n' "$out" > "$T/changes.txt"
utf8 "$T/changes.txt"; ok $? "... is valid UTF-8"
is "$(printf '%s' "$out" | tr -d ' \n' | grep -o "$(printf '\303\251')" | wc -l)" 300 "... and shows the whole action, every character"
# a stored value that ends in a lone UTF-8 lead byte (heap over-read)
sql "UPDATE obligations SET action = CAST(X'616263F0' AS TEXT) WHERE id = 1;
 UPDATE cases SET caption = CAST(X'4120762E2042F0' AS TEXT)"
run -d "$db" list
is "$rc" 0 "list with a stored lone lead byte"
printf '%s\n' "$out" > "$T/list.txt"
utf8 "$T/list.txt"; ok $? "... is valid UTF-8"
is "$(printf '%s\n' "$out" | grep -o 'abc.*')" "abc$fffd" "... the byte shown as U+FFFD, and nothing after the string's end"
run -d "$db" case list
printf '%s\n' "$out" > "$T/cases.txt"
utf8 "$T/cases.txt"; ok $? "case list with a stored lone lead byte is valid UTF-8"
is "$(printf '%s\n' "$out" | grep -o 'A v. B.*')" "A v. B$fffd" "... the byte shown as U+FFFD"
# an order's event words cut to their 95-byte field inside a character: the
# trigger was then not valid UTF-8 and 'extract --json' dropped it silently
/usr/bin/python3 -c 'print("IT IS ORDERED that Defendants shall respond within 14 days after the " + "\u00e9" * 60 + " is decided.")' > "$T/event.txt"
run extract "$T/event.txt" --entered 2017-05-19 --court txsd --json
is "$(printf '%s' "$out" | /usr/bin/python3 -c 'import json, sys; t = json.load(sys.stdin)["obligations"][0]["trigger"]; print(t["n"], len(t["event"]) if t else None)')" "14 45" \
	"extract --json keeps the trigger of an event cut to its field (between characters)"

done_testing
