#!/bin/sh
# feed-semantics.sh: what the feed's events mean. An until-obligation starts
# on its order's entry date, or the --on (else --today) it was added with,
# never the wall-clock day it was typed, and after its event it shows ENDED
# on the event's date, after its start. 'extend N' changes obligation N's
# event only (its text, LAST-MODIFIED, SEQUENCE): every other VEVENT is the
# same bytes. Alarms: an all-day deadline's default reminder fires at 09:00
# local the day before (-PT15H); cancelled, done and ended events carry
# none; a subscriber has its own (subscriber add --alarms), in the feed
# served and published. Read back by python3-icalendar.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
# the order was entered on 2017-05-19; it is imported years later (DEADLINES_NOW is 2026)
dl -d "$db" import "$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt" --case 2:16-cv-435 >/dev/null
dl -d "$db" --today 2018-02-01 add --case 2:16-cv-435 --who Defendants --action "stay the deposition" --until "the mandate issues" >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Plaintiff --action "hold the exhibits" --until "trial ends" --on 2018-03-05 >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Plaintiff --action "serve the expert report" --due 2018-04-02 >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Parties --kind hearing --action "attend the pretrial conference" --due 2018-04-10 --time 14:30 >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Plaintiff --action "file the vacated brief" --due 2018-04-20 >/dev/null
dl -d "$db" vacate 7 --reason "mooted" >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Plaintiff --action "file the done brief" --due 2018-04-23 >/dev/null
dl -d "$db" done 8 >/dev/null
dl -d "$db" event add 2:16-cv-435 "qualified immunity decided" --on 2019-01-15 >/dev/null

dl -d "$db" feed --keep-cancelled -o "$T/a.ics"
events() { # events FILE: "SUMMARY-LABEL START ALARMS" of each VEVENT, in the feed's order
	$py - "$1" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for e in cal.walk("VEVENT"):
    label = str(e["SUMMARY"]).split(":")[0]
    action = str(e["SUMMARY"]).split(" — ")[0]
    trig = ",".join(a["TRIGGER"].to_ical().decode() for a in e.walk("VALARM"))
    print("%s|%s|%s|%s" % (action, e["DTSTART"].to_ical().decode(), e.get("STATUS"), trig or "-"))
PY
}
events "$T/a.ics" > "$T/events"
sed 's/^/# /' "$T/events"

# a computed date says once when its day ends (in its last step); a date
# certain, which has no such step, says it on its Due line
ends=$($py - "$T/a.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for e in cal.walk("VEVENT"):
    d = str(e["DESCRIPTION"])
    if "How it was computed" in d and "Due:" in d:
        print(d.count("the day ends"), "computed" if "Count " in d else "certain")
PY
)
like "$ends" "1 computed" "a computed deadline says when its day ends once"
is "$(printf '%s\n' "$ends" | grep -vc '^1 ')" 0 "... never twice, nor not at all"
like "$ends" "1 certain" "a date certain says it on its Due line"
grep -q '^UNTIL: Defendants protected from discovery.*|20170519|' "$T/events"
ok $? "the stay of the order begins on the order's entry date (2017-05-19), not the day it was imported"
grep -q '^UNTIL: Defendants stay the deposition until the mandate issues|20180201|' "$T/events"
ok $? "an until-obligation added with --today 2018-02-01 begins that day"
grep -q '^UNTIL: Plaintiff hold the exhibits until trial ends|20180305|' "$T/events"
ok $? "... and one added with --on 2018-03-05 begins then"
is "$(grep -c '|2026' "$T/events")" 0 "no event falls on the day anything was typed (2026)"
like "$(grep '^ENDED: Defendants protected' "$T/events")" "have been decided|20190115|CONFIRMED|-" \
	"after its event it shows ENDED on the event's date, with no alarm"
[ "$(grep -n '^UNTIL: Defendants protected' "$T/events" | cut -d: -f1)" -lt "$(grep -n '^ENDED: Defendants protected' "$T/events" | cut -d: -f1)" ]
ok $? "... after its start"
is "$(grep '^DUE: Plaintiff serve the expert report' "$T/events" | cut -d'|' -f4)" "-PT15H" \
	"an all-day deadline's default reminder: 09:00 local the day before (-PT15H)"
is "$(grep '^HEARING: Parties attend the pretrial' "$T/events" | cut -d'|' -f2,4)" "20180410T143000|-P1D" \
	"a hearing's: at its hour the day before"
is "$(grep 'vacated brief' "$T/events" | cut -d'|' -f3,4)" "CANCELLED|-" "a cancelled event carries no alarm"
is "$(grep 'done brief' "$T/events" | cut -d'|' -f4)" "-" "... nor a done one"
is "$(grep -c '^UNTIL' "$T/events" | tr -d ' ')|$(grep '^UNTIL' "$T/events" | cut -d'|' -f4 | sort -u)" "3|-" "... nor the start of an until-obligation"
dl -d "$db" feed --alarms 7d,1d,0d -o "$T/alarms.ics"
is "$(events "$T/alarms.ics" | grep 'expert report' | cut -d'|' -f4)" "-P6DT15H,-PT15H,PT9H" "--alarms 7d,1d,0d on an all-day deadline: 09:00 seven days before, the day before, the day itself"
dl -d "$db" feed --alarms none -o "$T/none.ics"
is "$(grep -c BEGIN:VALARM "$T/none.ics")" 0 "--alarms none: no alarms"

# extend 5 changes event 5 only: every other VEVENT the same bytes
vevents() { awk -v RS='BEGIN:VEVENT\r\n' 'NR > 1 { sub(/END:VCALENDAR\r\n$/, ""); print "BEGIN:VEVENT\r\n" $0 > (ENVIRON["T"] "/" ENVIRON["which"] "." NR - 1) }' "$1"; }
export T
uid5=$(sqlite3 "$db" "SELECT uid FROM obligations WHERE id = 5")
which=before vevents "$T/a.ics"
DEADLINES_NOW=2026-01-02T00:00:00Z dl -d "$db" extend 5 --by 14d >/dev/null
dl -d "$db" feed --keep-cancelled -o "$T/b.ics"
which=after vevents "$T/b.ics"
n=$(ls "$T"/before.* | wc -l)
is "$(ls "$T"/after.* | wc -l)" "$n" "extend: the same number of events ($n)"
same=0 differ=
for f in "$T"/before.*; do
	g="$T/after.${f##*.}"
	if cmp -s "$f" "$g"; then same=$((same + 1)); else differ="$differ $(sed -n 's/^UID:\([^\r]*\).*/\1/p' "$f")"; fi
done
is "$same:$differ" "$((n - 1)): $uid5" "extend 5: every other VEVENT is byte for byte the same, only 5's differs"
g=$(grep -l "UID:$uid5" "$T"/after.*)
f=$(grep -l "UID:$uid5" "$T"/before.*)
unfold() { tr -d '\r' < "$1" | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g'; }
is "$(unfold "$f" > "$T/f"; unfold "$g" > "$T/g"; diff "$T/f" "$T/g" | sed -n 's/^> \([A-Z-]*\)[:;].*/\1/p' | sort -u | tr '\n' ' ')" "DESCRIPTION DTEND DTSTAMP DTSTART LAST-MODIFIED SEQUENCE " \
	"... whose date, rule text, LAST-MODIFIED and SEQUENCE changed"
like "$(sqlite3 "$db" "SELECT group_concat(what, ' ') FROM history WHERE obligation_id = 5")" "extended" "... and history"
is "$(sqlite3 "$db" "SELECT count(*) FROM history WHERE at = '2026-01-02T00:00:00Z' AND obligation_id != 5")" 0 "... and no other obligation's history"

# a subscriber's own alarms, in the feed served and published
dl -d "$db" subscriber add "Early Bird" --alarms 7d,1d >/dev/null
dl -d "$db" subscriber add "Default" >/dev/null
run -d "$db" subscriber add "Bad" --alarms soon
is "$rc" 2 "subscriber add --alarms soon: exit 2"
mkdir "$T/pub"
dl -d "$db" publish "$T/pub" >/dev/null
early=$(sqlite3 "$db" "SELECT token_hash FROM subscribers WHERE name = 'Early Bird'")
default=$(sqlite3 "$db" "SELECT token_hash FROM subscribers WHERE name = 'Default'")
is "$(events "$T/pub/$early.ics" | grep 'expert report' | cut -d'|' -f4)" "-P6DT15H,-PT15H" "a subscriber's own alarms (7d,1d) in its published feed"
is "$(events "$T/pub/$default.ics" | grep 'expert report' | cut -d'|' -f4)" "-PT15H" "... another's the default"
run -d "$db" subscriber list --json
like "$out" '"alarms": "7d,1d"' "subscriber list shows them"
done_testing
