#!/bin/sh
# import.sh: extract and import on the seed order and on bad input: exactly the
# seed's two obligations; re-import changes nothing; --dry-run stores nothing;
# empty, binary, invalid UTF-8, huge and dateless files never crash and never
# leave a half-written import.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
seed="$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt"

run extract "$seed" --json
is "$rc" 0 "extract the seed"
golden extract-seed-json
summary=$(printf '%s' "$out" | $py -c '
import json,sys
d=json.load(sys.stdin)["obligations"]
print(len(d))
for o in d: print(o["kind"], o["who"], o["due"], o["basis"], o["until"], bool(o["scope"]), o["confidence"], o["doubts"], sorted(o.keys()) == sorted(["kind","who","action","scope","due","time","trigger","until","whichever","optional","basis","rule_default","quote","confidence","confidence_of","doubts","note","ocr"]), o["confidence_of"])')
is "$summary" "2
deadline defendants 2017-06-20 presumed None True low ['its period is presumed from the rules, not stated'] True {'date': 'low', 'party': 'high'}
until defendants None none the issues of qualified immunity have been decided True high [] True {'date': 'high', 'party': 'high'}" "the seed: a presumed deadline on Tue 2017-06-20 (low confidence: presumed, its party sure) and an until-obligation (high), exact JSON keys"
# the quotes are verbatim substrings of the file
ok "$(printf '%s' "$out" | $py -c '
import json,sys
text=open(sys.argv[1],encoding="utf-8").read()
print(0 if all(o["quote"] in text for o in json.load(sys.stdin)["obligations"]) else 1)' "$seed")" "quotes are verbatim"

dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
before=$(dbsum "$db")
run -d "$db" import "$seed" --case 2:16-cv-435 --dry-run
is "$rc" 0 "import --dry-run"
like "$out" "dry run: would import the order into case 2:16-cv-435: 2 obligations (nothing stored)" "--dry-run says so"
is "$(dbsum "$db")" "$before" "--dry-run stores nothing"
run -d "$db" import "$seed" --case 2:16-cv-435
is "$rc" 0 "import the seed"
like "$out" "imported the order into case 2:16-cv-435: 2 obligations" "import reports two obligations"
run -d "$db" --today 2017-06-01 list
golden import-seed-list
run -d "$db" --today 2017-06-01 show 1
like "$out" "It is therefore ORDERED that Defendants shall respond" "show has the order's sentence"
like "$out" "Basis:     presumed" "show says the date is presumed"
like "$out" "Docket:    D.E. 35" "the docket entry came from the file's header"
run -d "$db" show 1 --explain
like "$out" "Emancipation Day in Texas" "show --explain explains the presumed date"
after=$(dbsum "$db")
run -d "$db" import "$seed" --case 2:16-cv-435
is "$rc" 0 "importing again succeeds"
like "$out" "already imported into case 2:16-cv-435 (order #1): nothing changed" "and says nothing changed"
is "$(dbsum "$db")" "$after" "importing the same text again changes nothing"
is "$(sqlite3 "$db" 'SELECT count(*) FROM orders; SELECT length(text) > 3000, length(sha256) FROM orders')" "1
1|64" "the order is stored once, with its text and sha256"

# bad input: a clear message, nothing stored
bad() { # bad NAME STATUS MESSAGE FILE
	run -d "$db" import "$4" --case 2:16-cv-435
	is "$rc" "$2" "$1: exit $2"
	like "$err" "$3" "$1: says what is wrong"
	is "$(dbsum "$db")" "$after" "$1: database unchanged"
}
: > "$T/empty.txt"
bad "empty file" 1 "is empty" "$T/empty.txt"
printf '   \n\n  \t\n' > "$T/blank.txt"
bad "blank file" 1 "is empty" "$T/blank.txt"
head -c 4096 /dev/urandom > "$T/junk.bin"; printf '\000' >> "$T/junk.bin"
bad "binary junk" 1 "is not text (it contains NUL bytes)" "$T/junk.bin"
bad "missing file" 1 "cannot read '$T/nope.txt': No such file or directory" "$T/nope.txt"
run -d "$db" import "$seed" --case 9:99-cv-9
is "$rc" 1 "unknown case: exit 1"
like "$err" "no case '9:99-cv-9'" "unknown case: named"
is "$(dbsum "$db")" "$after" "unknown case: database unchanged"
run -d "$db" import "$seed"
is "$rc" 2 "no --case: exit 2"

printf 'ORDER\nThe Court has considered the motion. The motion is DENIED.\n' > "$T/none.txt"
run extract "$T/none.txt"
is "$out" "no obligations found" "an order with nothing to calendar says so"
run -d "$db" import "$T/none.txt" --case 2:16-cv-435
like "$out" "no obligations found in $T/none.txt" "import says so too"

printf 'IT IS ORDERED that Plaintiff shall file a reply by February 30, 2017.\n' > "$T/feb30.txt"
run extract "$T/feb30.txt" --court txsd --json
is "$rc" 0 "a date that does not exist: no crash"
is "$(printf '%s' "$out" | $py -c 'import json,sys; o=json.load(sys.stdin)["obligations"][0]; print(o["due"], o["basis"])')" "None none" "... and no date taken from it"
run extract "$T/feb30.txt" --court txsd
like "$out" "does not exist ('february 30, 2017')" "... with a warning naming it"

printf 'Defendant shall respond to the interrogatories by June 5, 2017.\n\377\376 caf\351\n' > "$T/latin1.txt"
run extract "$T/latin1.txt" --json
is "$rc" 0 "invalid UTF-8: extracted"
like "$err" "not valid UTF-8" "invalid UTF-8: warned"
like "$out" '"due": "2017-06-05"' "invalid UTF-8: the obligation is found"

# 50 MB of text: read, no crash, no obligation invented
$py -c '
import sys
line = "The parties have engaged in extensive discovery and the Court has reviewed the record carefully. " * 10 + "\n"
with open(sys.argv[1], "w") as f:
    while f.tell() < 50 * 1024 * 1024: f.write(line)' "$T/big.txt"
run extract "$T/big.txt"
is "$rc" 0 "a 50 MB file: no crash"
is "$out" "no obligations found" "a 50 MB file of background: nothing found"

# extract options
run extract "$seed" --court zzz
is "$rc" 2 "extract with an unknown court: exit 2"
run extract "$seed" --served 2017-05-22
is "$rc" 2 "--served without --service: exit 2"
printf 'Defendant shall answer within 21 days of service of this order.\n' > "$T/svc.txt"
run extract "$T/svc.txt" --court mad --served 2024-02-01 --service mail --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; o=json.load(sys.stdin)["obligations"][0]; print(o["due"], o["basis"], o["trigger"]["event"])')" "2024-02-26 computed service" "a period from service is computed with the added mail days"
# the file's header: a date that is not one is named, never dropped
sed 's/^entered: 2017-05-19/entered: 2017-02-30/' "$seed" > "$T/bad-entered.txt"
before=$(dbsum "$db")
run -d "$db" import "$T/bad-entered.txt" --case 2:16-cv-435
is "$rc" 1 "import of a file whose header's entry date is not a date: exit 1"
like "$err" "the file's header says 'entered: 2017-02-30': February 2017 has 28 days (give --entered DATE to set it)" "... naming the field and why"
is "$(dbsum "$db")" "$before" "... storing nothing"
run extract "$T/bad-entered.txt"
is "$rc" 1 "extract of the same: exit 1"
like "$err" "'entered: 2017-02-30'" "... naming the field"
run extract "$T/bad-entered.txt" --entered 2017-05-19 --court txsd --json
is "$rc" 0 "--entered overrides a bad header"
like "$out" '"due": "2017-06-20"' "... and the dates are computed from it"
# a court code is read only from the parentheses that end the header's value
printf 'court: not named (cites E.D. Mich. LR 7.1(e); inferred E.D. Mich.)\n---\nDefendants shall answer within 14 days.\n' > "$T/court-prose.txt"
run extract "$T/court-prose.txt"
is "$rc" 0 "a court header in prose: no court taken from '(e)' in the middle"
printf 'court: Nowhere (zzz9)\n---\nDefendants shall answer within 14 days.\n' > "$T/court-unknown.txt"
run extract "$T/court-unknown.txt"
is "$rc" 2 "a header naming an unknown court code: exit 2"
like "$err" "unknown court 'zzz9'" "... naming it"
done_testing
