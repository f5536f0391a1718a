#!/bin/sh
# hours.sh: periods in hours (FRCP 6(a)(2)) entered and served with a time,
# and a clerk's office inaccessible for part of a day (FRCP 6(a)(3)): 'add
# --within 72h --from DATETHH:MM', an order served at a time ('import
# --served DATETHH:MM', 'order set --served DATETHH:MM'), 'closure add ...
# --from 13:00'. compute, which counts hours already, is the oracle.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
dl -d "$db" case add 1:24-cv-3 --court nysd --caption "H v. I" >/dev/null

# 72 hours from Mon 2024-07-01 16:30 end Thu 07-04 16:30, Independence Day:
# the same time on the next day that is none (6(a)(2)(C)): Fri 2024-07-05 16:30.
run -d "$db" add --case 1:24-cv-3 --who Defendant --action "produce the logs" --within 72h --from 2024-07-01T16:30
is "$out" "added #1: Defendant produce the logs by Fri 2024-07-05 16:30 (EDT)" "add --within 72h --from DATETHH:MM"
is "$(dl compute --from 2024-07-01T16:30 --hours 72 --court nysd)" "Fri 2024-07-05 16:30 EDT" "... as compute counts it"
is "$(sqlite3 "$db" "SELECT due_date || ' ' || due_time || ' ' || trigger_time FROM obligations WHERE id = 1")" "2024-07-05 16:30 16:30" "... its end time and its trigger's time stored"
run -d "$db" show 1 --json
is "$(printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["time"], d["trigger"]["date"], d["trigger"]["time"], d["trigger"]["unit"])')" "16:30 2024-07-01 16:30 hours" "show --json: the end time and the trigger's time"
# across the change to daylight time: 48 hours from Fri 2024-03-08 10:00 EST
# end Sun 03-10 11:00 EDT, a Sunday: Mon 2024-03-11 11:00
run -d "$db" add --case 1:24-cv-3 --who Defendant --action "answer the motion" --within 48h --from 2024-03-08T10:00
is "$out" "added #2: Defendant answer the motion by Mon 2024-03-11 11:00 (EDT)" "48 hours across the daylight-saving change, off a Sunday"

# an order served at a time
printf 'ORDER\n\nDefendant shall produce the server logs within 72 hours of service of this order.\n' >"$T/order.txt"
dl -d "$db" import "$T/order.txt" --case 1:24-cv-3 --entered 2024-07-01 --served 2024-07-01T16:30 --service electronic >/dev/null
is "$(sqlite3 "$db" "SELECT due_date || ' ' || due_time FROM obligations WHERE id = 3")" "2024-07-05 16:30" "import --served DATETHH:MM: 72 hours from service"
run -d "$db" order set 1:24-cv-3 "#1" --served 2024-07-02T09:15
is "$(sqlite3 "$db" "SELECT due_date || ' ' || due_time FROM obligations WHERE id = 3")" "2024-07-05 09:15" "order set --served with a time: the period counts from it"
is "$(sqlite3 "$db" "SELECT old || ' -> ' || new FROM history WHERE obligation_id = 3 AND what = 'due'")" "2024-07-05 16:30 -> 2024-07-05 09:15" "... the move of the hour in the history"

# the clerk's office inaccessible from 13:00 on Fri 2024-07-05
dl -d "$db" add --case 1:24-cv-3 --who Plaintiff --action "reply" --within 4d --from 2024-07-01 >/dev/null
before=$(dbsum "$db")
run -d "$db" closure add nysd 2024-07-05 --from 25:00 --reason "power outage"
is "$rc:$(printf '%s' "$err" | head -1):$(dbsum "$db")" "2:deadlines: closure add: invalid --from '25:00': expected the time the office became inaccessible, HH:MM (00:01-23:59):$before" "a bad --from: refused, unchanged"
run -d "$db" closure add nysd 2024-07-05 --from 13:00 --reason "power outage"
is "$rc" 0 "closure add --from 13:00"
is "$(sqlite3 "$db" "SELECT id || ' ' || due_date || ' ' || coalesce(due_time, '-') || ' ' || coalesce(latest_date, '-') FROM obligations WHERE id IN (1, 3, 4) ORDER BY id")" "1 2024-07-08 16:30 -
3 2024-07-05 09:15 -
4 2024-07-05 - 2024-07-08" "72 hours ending 16:30, in the inaccessible last hour: Mon 07-08 16:30 (6(a)(3)(B)); one ending 09:15, before it, stays; 4 days ending that day: arguable (6(a)(3)(A)), the earlier calendared"
run -d "$db" show 1 --explain
like "$out" "the clerk's office was inaccessible from" "show --explain says why"
is "$(dl compute --from 2024-07-01T16:30 --hours 72 --court nysd --inaccessible 2024-07-05T13:00)" "Mon 2024-07-08 16:30 EDT" "compute --inaccessible DATETHH:MM agrees"
run -d "$db" closure list --json
is "$(printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; c=json.load(sys.stdin)["closures"][0]; print(c["date"], c["from"], c["reason"])')" "2024-07-05 13:00 power outage" "closure list: its time"
run -d "$db" closure rm nysd 2024-07-05
is "$(sqlite3 "$db" "SELECT due_date || ' ' || due_time FROM obligations WHERE id = 1")" "2024-07-05 16:30" "closure rm: back"

# bad input: one clear line, exit 2, the database unchanged
before=$(dbsum "$db")
for args in "--within 72h --from 2024-07-01" "--within 3d --from 2024-07-01T10:00" "--within 72h --from 2024-07-01T24:00" "--within 72h --from 2024-07-01T10:00 --before"; do
	run -d "$db" add --case 1:24-cv-3 --who X --action y $args
	is "$rc:$(printf '%s\n' "$err" | head -1 | cut -c1-11):$(dbsum "$db")" "2:deadlines: :$before" "add $args: refused, unchanged"
done
done_testing
