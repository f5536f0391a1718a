#!/bin/sh
# rule-defaults.sh: an order that names the rule but not the time ("answer as
# required by Rule 12(a)") gets the rule's own period (data/rule-defaults.tsv),
# flagged as a rule default (not presumed) in extract, list, show and the feed;
# the dates are the rules' text applied under FRCP 6, and TIMING.md's worked
# example (mail service Fri 2024-05-10, 14 days: Tue 2024-05-28).
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
cat >"$T/order.txt" <<'EOT'
ORDER

The motion to dismiss is DENIED. Defendant Acme Corp. shall answer the complaint as required by Rule 12(a).

The United States shall answer the amended complaint as required by Fed. R. Civ. P. 12(a).

Defendant Beta LLC shall serve its responsive pleading as required by Rule 12(a)(4).

Plaintiff shall file any objections to the Report and Recommendation under Rule 72(b).

Defendant Beta LLC shall file any objections to the proposed findings pursuant to 28 U.S.C. § 636(b)(1).

Plaintiff shall file any motion under Rule 59(e).

Defendant Acme Corp. shall file its bill of costs in accordance with Rule 54(d).

Plaintiff shall file any notice of appeal as provided by Fed. R. App. P. 4(a)(1)(A).

Defendant Acme Corp. shall answer the counterclaim within 30 days as required by Rule 12(a).

Defendants shall respond to Plaintiff's discovery requests.
EOT
run extract "$T/order.txt" --entered 2024-05-10 --served 2024-05-10 --service mail --court mad --json
rows=$(printf '%s' "$out" | $py -c '
import json,sys
for o in json.load(sys.stdin)["obligations"]:
    d = o["rule_default"] or "-"
    print(o["due"], o["basis"], d.split(":")[0])')
is "$rows" "2024-06-03 computed FRCP 12(a)(1)(A)(i)
2024-07-12 computed FRCP 12(a)(1)(A)(i)
2024-05-28 computed FRCP 12(a)(4)(A)
2024-05-28 computed FRCP 72(b)(2)
2024-05-28 computed 28 U.S.C. 636(b)(1)
2024-06-07 computed FRCP 59(e)
2024-05-24 computed FRCP 54(d)(2)(B)(i)
2024-06-10 computed FRAP 4(a)(1)(A)
2024-06-10 computed -
2024-06-10 presumed -" "each rule's period: 12(a) 21 days after service (mail: +3), the United States 60, 12(a)(4) 14 (the longer name), 72(b) and 636(b)(1) 14 after service (TIMING.md: Tue 2024-05-28), 59(e) 28 and 54(d) 14 after entry, FRAP 4(a)(1)(A) 30 after entry; a stated time is no default; a duty naming no rule stays presumed"

dl -d "$db" case add 1:24-cv-1 --court mad --caption "Acme v. Beta" >/dev/null
run -d "$db" import "$T/order.txt" --case 1:24-cv-1 --entered 2024-05-10 --served 2024-05-10 --service mail
is "$rc" 0 "import"
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE rule_default IS NOT NULL AND basis = 'computed'")" 8 "eight rule defaults stored, basis computed, with their rule"
run -d "$db" --today 2024-05-20 list
like "$out" "   4 Tue 2024-05-28*     8  1:24-cv-1" "list flags a rule default '*'"
like "$out" "* rule default: the order names the rule, not the time (the rule's period)" "... and says what '*' means"
like "$out" "  10 Mon 2024-06-10~" "... a presumed date keeps '~'"
run -d "$db" show 2 --explain --json
is "$(printf '%s' "$out" | $py -c '
import json,sys
d = json.load(sys.stdin)
s = d["explain"]["steps"][0]
print(d["rule_default"].split(":")[0], "|", s["why"], "|", s["rule"].split(":")[0])' 2>&1)" \
	"FRCP 12(a)(1)(A)(i) | The order names the rule but not the time: the rule's own period applies, 60 days after service (a rule default, not presumed). | FRCP 12(a)(1)(A)(i)" \
	"show --explain: the first step names the rule and its period (the United States: 60 days)"
run -d "$db" feed --case 1:24-cv-1
desc=$(printf '%s\n' "$out" | $py -c '
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
for e in cal.walk("VEVENT"):
    d = str(e.get("DESCRIPTION"))
    if "Rule 72(b)" in d:
        print([l for l in d.split("\n") if l.startswith("RULE DEFAULT")][0])')
is "$desc" "RULE DEFAULT: the order names the rule but not the time; FRCP 72(b)(2): objections within 14 days after being served with a copy of the recommended disposition" "the feed says so (python3-icalendar reads it)"
# A later service date moves every default counted from service, not those from entry.
dl -d "$db" order set 1:24-cv-1 1 --served 2024-05-13 >/dev/null 2>&1 || dl -d "$db" order set 1:24-cv-1 "#1" --served 2024-05-13 >/dev/null
is "$(sqlite3 "$db" "SELECT group_concat(due_date, ' ') FROM (SELECT due_date FROM obligations WHERE id IN (1, 6) ORDER BY id)")" "2024-06-06 2024-06-07" "served later: the 12(a) answer moves, the 59(e) motion (from entry) does not"
# entered by hand: add --rule
dl -d "$db" case add 1:24-cv-2 --court mad --caption "C v. D" >/dev/null
run -d "$db" add --case 1:24-cv-2 --who Defendant --action "answer" --rule "Rule 12(a)" --from 2024-05-10 --served mail
is "$out" "added #11: Defendant answer by Mon 2024-06-03" "add --rule 'Rule 12(a)' --served mail: 21 days, +3 (Mon 2024-06-03)"
is "$(sqlite3 "$db" "SELECT period_n || ' ' || basis || ' ' || substr(rule_default, 1, 19) FROM obligations WHERE id = 11")" "21 computed FRCP 12(a)(1)(A)(i)" "... stored as a rule default"
run -d "$db" add --case 1:24-cv-2 --who "the United States" --action "answer" --rule "Rule 12(a)" --from 2024-05-10 --served mail
is "$out" "added #12: the United States answer by Fri 2024-07-12" "... the United States: 60 days"
before=$(dbsum "$db")
for args in "--rule 'Rule 99' --from 2024-05-10" "--rule 'Rule 12(a)' --from 2024-05-10" "--rule 'Rule 59(e)' --from 2024-05-10 --served mail" "--rule 'Rule 59(e)' --within 30d --from 2024-05-10"; do
	eval "run -d \"\$db\" add --case 1:24-cv-2 --who X --action y $args"
	is "$rc:$(printf '%s\n' "$err" | head -1 | cut -c1-15):$(dbsum "$db")" "2:deadlines: add::$before" "add $args: refused, unchanged"
done
done_testing
