#!/bin/sh
# edit.sh: what was entered, edited: 'case edit' (court, caption, judge,
# division) and 'trigger set' (a hand-entered trigger and how it was served),
# each recomputing what depends on it, with history; a case's division used
# where it matters (the day's end and a hearing's time zone, Inauguration
# Day); a refused edit leaves the database unchanged.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3

# trigger set: TIMING.md's example, 30 days after Thu 2024-02-01: served
# electronically Mon 2024-03-04; by mail Thu 2024-03-07 (+3 after the roll).
dl -d "$db" case add 1:24-cv-1 --court mad --caption "A v. B" >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Defendants --action "respond" --within 30d --from 2024-01-31 >/dev/null
is "$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE id = 1")" "2024-03-01" "30 days after Wed 2024-01-31: Fri 2024-03-01"
run -d "$db" trigger set 1 --on 2024-02-01
is "$out" "#1: trigger set to Thu 2024-02-01; its date was recomputed" "trigger set --on"
is "$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE id = 1")" "2024-03-04" "... Mon 2024-03-04 (Sat 03-02 rolls)"
run -d "$db" trigger set 1 --on 2024-02-01 --served mail
is "$(sqlite3 "$db" "SELECT trigger || ' ' || service_method || ' ' || due_date FROM obligations WHERE id = 1")" "service mail 2024-03-07" "trigger set --served mail: Thu 2024-03-07 (FRCP 6(d) after the roll)"
is "$(sqlite3 "$db" "SELECT old || ' -> ' || new FROM history WHERE what = 'trigger' ORDER BY id")" "date 2024-01-31 -> date 2024-02-01
date 2024-02-01 -> service 2024-02-01 by mail" "... each change in the history"
is "$(sqlite3 "$db" "SELECT count(*) FROM history WHERE what = 'due' AND obligation_id = 1")" 2 "... and each move of the date"
before=$(dbsum "$db")
run -d "$db" trigger set 1 --on 2024-02-31
is "$rc:$(dbsum "$db")" "2:$before" "a bad --on: exit 2, unchanged"
run -d "$db" trigger set 1 --on 2024-02-01 --served pigeon
is "$rc:$(printf '%s' "$err" | head -1)" "2:deadlines: trigger set: unknown service method 'pigeon': expected personal, electronic, mail, leave-with-clerk or other" "an unknown service method"
dl -d "$db" add --case 1:24-cv-1 --who Parties --action "hearing" --due 2024-04-01 >/dev/null
before=$(dbsum "$db")
run -d "$db" trigger set 2 --on 2024-02-01
is "$rc:$(printf '%s' "$err" | head -1):$(dbsum "$db")" "1:deadlines: trigger set: #2 has no period running from a trigger:$before" "a date certain has no trigger to set: refused, unchanged"
printf 'ORDER\n\nDefendants shall answer the interrogatories within 30 days of the date of this order.\n' >"$T/order.txt"
dl -d "$db" import "$T/order.txt" --case 1:24-cv-1 --entered 2024-02-01 >/dev/null
before=$(dbsum "$db")
run -d "$db" trigger set 3 --on 2024-02-05
is "$rc:$(printf '%s' "$err" | head -1):$(dbsum "$db")" "1:deadlines: trigger set: #3 runs from its order's entry: change the order's dates with 'deadlines order set':$before" "an order's trigger is the order's: refused, unchanged"
run -d "$db" trigger set 99 --on 2024-02-05
is "$rc" 1 "no obligation 99"

# case edit: caption and judge, with history; nothing to recompute
run -d "$db" case edit 1:24-cv-1 --caption "Acme v. Beta" --judge "Saylor"
is "$out" "edited case 1:24-cv-1: 0 dates recomputed" "case edit --caption --judge"
is "$(sqlite3 "$db" "SELECT caption || ' / ' || judge FROM cases")" "Acme v. Beta / Saylor" "... stored"
is "$(sqlite3 "$db" "SELECT what || ': ' || coalesce(old, '-') || ' -> ' || new FROM history WHERE what LIKE 'case %' ORDER BY id")" "case caption: A v. B -> Acme v. Beta
case judge: - -> Saylor" "... with history"
before=$(dbsum "$db")
run -d "$db" case edit 1:24-cv-1 --caption ""
is "$rc:$(dbsum "$db")" "2:$before" "an empty caption: refused, unchanged"
run -d "$db" case edit 1:24-cv-1
is "$rc:$(printf '%s' "$err" | head -1)" "2:deadlines: case edit: say what to change: --court, --caption, --judge, --division or --from-court" "nothing to change"
run -d "$db" case edit 1:24-cv-1 --division Nowhere
is "$rc:$(dbsum "$db")" "2:$before" "an unknown division: refused, unchanged"
run -d "$db" case edit 1:24-cv-1 --court tx
is "$rc:$(dbsum "$db")" "1:$before" "a court with other rules (Texas state): refused, unchanged"
run -d "$db" case edit NOPE --judge X
is "$rc:$(dbsum "$db")" "1:$before" "no such case: unchanged"

# case edit --court: the dates follow the new court's holidays. 21 days after
# Fri 2024-11-08 is Fri 2024-11-29, the day after Thanksgiving: a Texas state
# holiday (S.D. Tex.: Mon 2024-12-02), none in Massachusetts.
dl -d "$db" add --case 1:24-cv-1 --who Plaintiff --action "reply" --within 21d --from 2024-11-08 >/dev/null
run -d "$db" case edit 1:24-cv-1 --court txsd
is "$(sqlite3 "$db" "SELECT court FROM cases")|$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE action = 'reply'")" "txsd|2024-12-02" "case edit --court txsd: the reply moves over the Texas holiday"

# --division: the day ends in the division's zone; a hearing's time is there
dl -d "$db" case add EP-24-1 --court txwd --caption "E v. P" --division "El Paso" >/dev/null
dl -d "$db" add --case EP-24-1 --who Parties --kind hearing --action "status conference" --due 2024-03-04 --time 10:00 >/dev/null
dl -d "$db" add --case EP-24-1 --who Plaintiff --action "brief" --within 30d --from 2024-03-01 >/dev/null
run -d "$db" show 6 --explain --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin)["explain"]; print(d["tz"], d["end"])')" "America/Denver 2024-04-01T23:59-06:00" "a case in the El Paso division: its day ends in Mountain time"
run -d "$db" feed --case EP-24-1
like "$out" "DTSTART;TZID=America/Denver:20240304T100000" "... and its hearing is at 10:00 there in the feed"
is "$(sqlite3 "$db" "SELECT division FROM cases WHERE number = 'EP-24-1'")" "El Paso" "case add --division stores it"
# one courthouse closed: the El Paso division's cases move, the court's others do not.
# 30 days after Fri 2024-03-01 is Sun 03-31: Mon 2024-04-01; El Paso closed: Tue 04-02.
dl -d "$db" case add SA-24-1 --court txwd --caption "S v. A" >/dev/null
dl -d "$db" add --case SA-24-1 --who Plaintiff --action "brief" --within 30d --from 2024-03-01 >/dev/null
run -d "$db" closure add txwd 2024-04-01 --division "El Paso" --reason "El Paso courthouse closed"
is "$out" "recorded closure of txwd (division) El Paso on Mon 2024-04-01; 1 obligation date recomputed and changed" "closure add --division"
is "$(sqlite3 "$db" "SELECT c.number || ' ' || o.due_date FROM obligations o JOIN cases c ON c.id = o.case_id WHERE o.action = 'brief' ORDER BY c.number")" "EP-24-1 2024-04-02
SA-24-1 2024-04-01" "... the El Paso case's brief moves to Tue 2024-04-02, San Antonio's stays"
before=$(dbsum "$db")
run -d "$db" closure add txwd 2024-04-01 --division Nowhere --reason x
is "$rc:$(dbsum "$db")" "2:$before" "an unknown division: refused, unchanged"
run -d "$db" closure rm txwd 2024-04-01 --division "el paso"
is "$(sqlite3 "$db" "SELECT due_date FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = 'EP-24-1' AND o.action = 'brief'")" "2024-04-01" "closure rm --division (any case): back"
# Inauguration Day (5 U.S.C. 6103(c)): in E.D. Va. a holiday only in the
# Alexandria division. 14 days after Wed 2021-01-06 is Wed 2021-01-20.
dl -d "$db" case add 1:21-cv-1 --court vaed --caption "V v. W" >/dev/null
dl -d "$db" add --case 1:21-cv-1 --who Plaintiff --action "reply" --within 14d --from 2021-01-06 >/dev/null
is "$(sqlite3 "$db" "SELECT due_date || ' ' || latest_date FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = '1:21-cv-1'")" "2021-01-20 2021-01-21" "E.D. Va. without a division: Inauguration Day is arguable (two readings)"
run -d "$db" case edit 1:21-cv-1 --division Alexandria
is "$out|$(sqlite3 "$db" "SELECT due_date || ' ' || coalesce(latest_date, '-') FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = '1:21-cv-1'")" "edited case 1:21-cv-1: 1 date recomputed|2021-01-21 -" "... in the Alexandria division it is a holiday: Thu 2021-01-21"
done_testing
