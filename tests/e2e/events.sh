#!/bin/sh
# events.sh: events and recalculation. The seed's until-obligation ends when
# qualified immunity is decided and comes back when the event is removed; a
# chain (a deadline running from a hearing that another order set); "whichever
# is later"; order corrections, closures and extensions recompute every
# dependent date but leave pinned and done obligations alone; bad input
# changes nothing.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
state() { sqlite3 "$db" "SELECT id, status, closed_on, due_date, trigger_date, latest_date FROM obligations ORDER BY id"; }
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
dl -d "$db" import "$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt" --case 2:16-cv-435 >/dev/null
before=$(state)

run -d "$db" event add 2:16-cv-435 "qualified immunity decided" --on 2017-09-01
is "$rc" 0 "event add"
like "$out" "1 obligation changed" "recording the event changes the protection"
run -d "$db" show 2
like "$out" "Status:    ended on Fri 2017-09-01" "show: ended on 2017-09-01"
like "$out" "status: open -> ended 2017-09-01 (event \"qualified immunity decided\" on Fri 2017-09-01)" "show: the history says why"
run -d "$db" --today 2017-09-05 list --status all --format csv
like "$out" "2,,,,2:16-cv-435,defendants,until,protected from discovery of matters outside the parameters set forth in this order,ended" "list --status all shows it ended"
run -d "$db" changes --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; c=json.load(sys.stdin)["changes"][-1]; print(c["id"], c["change"], c["new"])')" "2 ended ended 2017-09-01" "changes reports the ending"
run -d "$db" event list --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; e=json.load(sys.stdin)["events"]; print(len(e), e[0]["key"], e[0]["on"])')" "1 qualified immunity decided 2017-09-01" "event list"
run -d "$db" event rm 1
is "$rc" 0 "event rm"
is "$(state)" "$before" "removing the event restores exactly the prior state of every obligation"
run -d "$db" changes
like "$out" "reopened" "changes reports the reopening"

# A chain: a reply runs from a hearing that a later order sets.
printf 'IT IS ORDERED that Defendant shall file a reply within 7 days after the hearing.\n' > "$T/a.txt"
printf 'ORDER SETTING HEARING\nThe hearing on the motion is set for May 6, 2024 at 10:00 a.m.\n' > "$T/b.txt"
dl -d "$db" case add 4:24-cv-1 --court mad --caption "Chain v. Link" >/dev/null
dl -d "$db" import "$T/a.txt" --case 4:24-cv-1 --entered 2024-03-01 --docket "D.E. 10" >/dev/null
dl -d "$db" import "$T/b.txt" --case 4:24-cv-1 --entered 2024-04-01 --docket "D.E. 20" >/dev/null
reply=$(sqlite3 "$db" "SELECT id FROM obligations WHERE action LIKE 'file a reply%'")
is "$(sqlite3 "$db" "SELECT trigger, link_event, due_date IS NULL FROM obligations WHERE id = $reply")" "event|hearing|1" "the reply waits for the hearing"
run -d "$db" event add 4:24-cv-1 hearing --on 2024-05-06 --order "D.E. 20"
is "$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE id = $reply")" "2024-05-13" "the hearing dates the reply: 7 days after Mon 2024-05-06"
run -d "$db" event rm 2
is "$(sqlite3 "$db" "SELECT due_date IS NULL FROM obligations WHERE id = $reply")" "1" "removing the hearing undates the reply"
run -d "$db" event add 4:24-cv-1 hearing --on 2024-06-28
is "$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE id = $reply")" "2024-07-05" "a new hearing date: 7 days after Fri 06-28 is Fri 07-05 (July 4 is passed over in counting)"
run -d "$db" event add 4:24-cv-1 hearing --on 2024-06-30 --order "D.E. 99"
is "$rc" 1 "an event naming an unknown order: exit 1"

# Whichever is later.
printf 'IT IS ORDERED:\n1. The Joint Trial Memorandum is due August 29, 2025, or 30 days from the Court'"'"'s ruling on dispositive motions, whichever is later.\n' > "$T/w.txt"
dl -d "$db" import "$T/w.txt" --case 4:24-cv-1 --entered 2025-03-03 >/dev/null
memo=$(sqlite3 "$db" "SELECT id FROM obligations WHERE whichever = 'later'")
is "$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE id = $memo")" "2025-08-29" "whichever later: the stated date until the ruling"
dl -d "$db" event add 4:24-cv-1 "dispositive motions decided" --on 2025-08-15 >/dev/null
is "$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE id = $memo")" "2025-09-15" "after the ruling: 30 days later (Sun 09-14 -> Mon 09-15) is later than Aug 29"
run -d "$db" show "$memo" --explain --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; print(any("whichever is later: Mon 2025-09-15" in s["why"] for s in json.load(sys.stdin)["explain"]["steps"]))')" True "show --explain says which was later"

# Recalculation leaves pinned and done obligations alone.
dl -d "$db" case add 5:25-cv-5 --court txsd --caption "Pin v. Done" >/dev/null
printf 'IT IS ORDERED that Plaintiff shall file an amended complaint within 30 days. Defendant shall answer within 30 days. Plaintiff shall serve the summons within 30 days.\n' > "$T/p.txt"
dl -d "$db" import "$T/p.txt" --case 5:25-cv-5 --entered 2025-06-02 --docket "D.E. 5" >/dev/null
ids=$(sqlite3 "$db" "SELECT group_concat(o.id, ' ') FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = '5:25-cv-5'")
set -- $ids
open_id=$1 pin_id=$2 done_id=$3
dl -d "$db" pin "$pin_id" >/dev/null
dl -d "$db" done "$done_id" --on 2025-06-10 >/dev/null
is "$(sqlite3 "$db" "SELECT group_concat(due_date, ' ') FROM obligations WHERE id IN ($open_id, $pin_id, $done_id)")" "2025-07-02 2025-07-02 2025-07-02" "three obligations due Wed 2025-07-02"
run -d "$db" order set 5:25-cv-5 "D.E. 5" --entered 2025-06-09
is "$out" "order #5 of case 5:25-cv-5 updated; 1 obligation recomputed and changed" "order set recomputes"
is "$(sqlite3 "$db" "SELECT group_concat(due_date, ' ') FROM obligations WHERE id IN ($open_id, $pin_id, $done_id)")" "2025-07-09 2025-07-02 2025-07-02" "the open one moved; the pinned and the done ones did not"
run -d "$db" closure add txsd 2025-07-09 --reason "power outage"
is "$(sqlite3 "$db" "SELECT group_concat(due_date, ' ') FROM obligations WHERE id IN ($open_id, $pin_id, $done_id)")" "2025-07-10 2025-07-02 2025-07-02" "a closure moves only the open one"
run -d "$db" extend "$open_id" --by 14d --order "D.E. 9"
like "$out" "extended: Thu 2025-07-10 -> Thu 2025-07-24" "extend --by 14 days"
run -d "$db" extend "$open_id" --to 2025-08-01
is "$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE id = $open_id")" "2025-08-01" "extend --to a date certain"
run -d "$db" pin "$pin_id" --off
is "$(sqlite3 "$db" "SELECT due_date, pinned FROM obligations WHERE id = $pin_id")" "2025-07-10|0" "unpinned, the date follows its facts again"

# Bad input changes nothing.
dl -d "$db" pin "$pin_id" >/dev/null
sum=$(dbsum "$db")
bad() { name=$1 want=$2; shift 2; run -d "$db" "$@"; is "$rc" "$want" "$name: exit $want"; like "$err" "deadlines: " "$name: says why"; is "$(dbsum "$db")" "$sum" "$name: database unchanged"; }
bad "event with a bad date" 2 event add 2:16-cv-435 x --on 2017-02-30
bad "event without --on" 2 event add 2:16-cv-435 x
bad "event in an unknown case" 1 event add 9:9 x --on 2017-01-02
bad "removing an unknown event" 1 event rm 999
bad "link a deadline that runs from entry" 1 link 1 --until "ruling"
bad "extend a done obligation" 1 extend "$done_id" --by 7d
bad "extend a pinned obligation" 1 extend "$pin_id" --by 7d
bad "extend with neither --to nor --by" 2 extend "$open_id"
bad "order set for an unknown order" 1 order set 5:25-cv-5 "D.E. 77" --entered 2025-01-01
bad "order set with nothing to set" 2 order set 5:25-cv-5 "D.E. 5"
bad "changes with a bad date" 2 changes --since 2025-13-01
done_testing
