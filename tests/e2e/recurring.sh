#!/bin/sh
# recurring.sh: recurring duties ("file a joint status report every N days
# until the stay is lifted"): each occurrence computed under the court's rules
# (one on a weekend or holiday moves; the next counts from the stated cycle,
# not from the moved date), 'done' closes one and the next appears, the feed
# writes each occurrence as its own event so that no calendar shows one on a
# weekend or holiday (python3-icalendar, ical.js, khal), and the series ends
# with its event or its last day.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
js="${DL_JS_DIR:-$DL_SRCDIR/tests/js}"
dl -d "$db" case add 1:24-cv-9 --court mad --caption "Acme v. Beta" >/dev/null

# Every 10 days from Mon 2024-05-06: occurrence 1 Thu 05-16; occurrence 2 is
# Sun 05-26, and Mon 05-27 is Memorial Day: Tue 05-28 (FRCP 6(a)(1)(C));
# occurrence 3 counts from the cycle (05-06 + 30 = Wed 06-05), not from the
# moved day (05-28 + 10 = 06-07).
run -d "$db" add --case 1:24-cv-9 --who Parties --action "file a joint status report" \
	--kind recurring --every 10d --from 2024-05-06 --until-event "stay lifted"
is "$out" "added #1: Parties file a joint status report every 10d, first by Thu 2024-05-16, until stay lifted" "add --kind recurring --every 10d --until-event"
run -d "$db" show 1 --explain --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin); s=d["explain"]["steps"][0]; print(d["due"], "|", s["why"])')" \
	"2024-05-16 | A recurring duty every 10 days from Mon 2024-05-06: occurrence 1 is 10 days from the start, counted from the stated cycle, not from the day an earlier occurrence moved to." \
	"show --explain: the first step says which occurrence and from what cycle"

is "$(printf '%s' "$out" | $py -c 'import json,sys; s=json.load(sys.stdin)["series"]; print(s["every"], s["unit"], s["from"], s["occurrence"], s["until_event"], s["until"])')" \
	"10 days 2024-05-06 1 stay lifted None" "show --json: the series, its start, open occurrence and end"
run -d "$db" show 1
like "$out" "Series:    every 10 days from Mon 2024-05-06; occurrence 1 open; ends when this happens: stay lifted" "show: the series in words"

# The oracle: each nominal day (start + 10k) rolled past weekends and the
# court's holidays as 'holidays' lists them.
dl holidays --court mad --year 2024 --json >"$T/h24.json"
dl holidays --court mad --year 2025 --json >"$T/h25.json"
oracle() { # oracle START EVERY FIRST COUNT UNTIL: the due dates
	$py - "$@" "$T/h24.json" "$T/h25.json" <<'PY'
import datetime, json, sys
start, every, first, count, until = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
hol = set()
for f in sys.argv[6:]:
    for h in json.load(open(f))["holidays"]:
        if h["counts"] and not h["arguable"]:
            hol.add(h["date"])
s = datetime.date.fromisoformat(start)
out = []
for k in range(first, first + count):
    d = s + datetime.timedelta(days=every * k)
    while d.weekday() >= 5 or d.isoformat() in hol:
        d += datetime.timedelta(days=1)
    if until != "-" and d.isoformat() > until:
        break
    out.append(d.isoformat())
print(" ".join(out))
PY
}
want=$(oracle 2024-05-06 10 1 6 -)
is "$want" "2024-05-16 2024-05-28 2024-06-05 2024-06-17 2024-06-25 2024-07-05" "(the oracle: a weekend and Memorial Day moved, the cycle kept)"

dl -d "$db" feed --case 1:24-cv-9 -o "$T/feed.ics"
events() { # UID DTSTART of each VEVENT, by date
	$py - "$1" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
evs = sorted((e.decoded("DTSTART").isoformat(), str(e["UID"]).rsplit("-", 1)[1], "RRULE" in e) for e in cal.walk("VEVENT"))
print(len(evs), " ".join(d for d, u, r in evs[:6]), " ".join(u for d, u, r in evs[:6]), any(r for d, u, r in evs),
      sum(1 for d, u, r in evs if __import__("datetime").date.fromisoformat(d).weekday() >= 5))
PY
}
is "$(events "$T/feed.ics")" "24 $want 1 2 3 4 5 6 False 0" \
	"python3-icalendar: each occurrence an event of its own (UID -K), the moved ones on their court days, no RRULE, none on a weekend"
hols=$(cat "$T/h24.json" "$T/h25.json" | $py -c 'import json,sys
dec = json.JSONDecoder(); s = sys.stdin.read(); i = 0; out = []
while i < len(s):
    if s[i].isspace(): i += 1; continue
    d, i = dec.raw_decode(s, i); out += [h["date"] for h in d["holidays"] if h["counts"] and not h["arguable"]]
print(" ".join(out))')
on_holiday=$($py - "$T/feed.ics" "$hols" <<'PY'
import sys, icalendar
hol = set(sys.argv[2].split())
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print(sum(1 for e in cal.walk("VEVENT") if e.decoded("DTSTART").isoformat() in hol))
PY
)
is "$on_holiday" 0 "... none on a legal holiday either (an arguable one is the earliest reading, with its warning)"
like "$(cat "$T/feed.ics" | tr -d '\r\n ')" "Occurrence2ofarecurringdutyevery10daysfrom2024-05-06" "... each says which occurrence it is"

if command -v node >/dev/null 2>&1 && [ -d "$js/node_modules/ical.js" ]; then
	node "$js/parse.mjs" "$T/feed.ics" >"$T/js.txt"
	ok $? "ical.js parses the feed"
	is "$(cut -f2 "$T/js.txt" | sort | head -6 | tr '\n' ' ')" "$want " "ical.js: the same six first days"
	is "$(cut -f2 "$T/js.txt" | $py -c 'import sys,datetime; print(sum(datetime.date.fromisoformat(l.strip()[:10]).weekday() >= 5 for l in sys.stdin))')" 0 "ical.js: none on a weekend"
else
	skip 3 "ical.js not installed (contrib/install-deps.sh, or cd tests/js && npm ci)"
fi

if command -v khal >/dev/null 2>&1; then
	khal_config
	khal -c "$T/khal/config" import --batch -a deadlines "$T/feed.ics" >"$T/khal.out" 2>&1
	is "$?" 0 "khal imports the feed"
	khal -c "$T/khal/config" list --format "{start-date} {title}" 2024-05-20 2024-06-08 >"$T/khal.list" 2>&1
	is "$(grep -c 'RECURRING: Parties file a joint status report' "$T/khal.list")" 2 "khal: two occurrences from 05-20 to 06-08"
	like "$(cat "$T/khal.list")" "2024-05-28 RECURRING" "khal: occurrence 2 on Tue 05-28 (off the weekend and Memorial Day)"
	is "$(grep -c '2024-05-2[5-7] RECURRING' "$T/khal.list")" 0 "khal: nothing on Sat, Sun or Memorial Day"
else
	skip 4 "khal is not installed (apt-get install khal)"
fi

# done closes one occurrence; the next appears
run -d "$db" done 1 --on 2024-05-15
is "$out" "#1 occurrence 1 done on Wed 2024-05-15: Parties file a joint status report
next: occurrence 2, due Tue 2024-05-28" "done closes occurrence 1, occurrence 2 opens"
is "$(sqlite3 "$db" "SELECT status || ' ' || occurrence || ' ' || due_date FROM obligations WHERE id = 1")" "open 2 2024-05-28" "... stored"
is "$(sqlite3 "$db" "SELECT new FROM history WHERE what = 'occurrence'")" "occurrence 1 done on 2024-05-15" "... with history"
dl -d "$db" feed --case 1:24-cv-9 -o "$T/feed2.ics"
is "$(events "$T/feed2.ics" | cut -d' ' -f2,8)" "2024-05-28 2" "the feed now starts at occurrence 2"

# the series ends with its event: an occurrence due after it is not owed
run -d "$db" event add 1:24-cv-9 "stay lifted" --on 2024-06-10
is "$(sqlite3 "$db" "SELECT status || ' ' || coalesce(closed_on, '-') FROM obligations WHERE id = 1")" "open -" "an occurrence due before the event is still owed"
dl -d "$db" done 1 --on 2024-05-28 >/dev/null
dl -d "$db" done 1 --on 2024-06-05 >/dev/null
is "$(sqlite3 "$db" "SELECT status || ' ' || closed_on FROM obligations WHERE id = 1")" "ended 2024-06-10" "the next one falls after the event: the series ended with it"
dl -d "$db" feed --case 1:24-cv-9 -o "$T/feed3.ics"
is "$(grep -c '^BEGIN:VEVENT' "$T/feed3.ics")" 0 "... and the feed has nothing more of it"

# a day of the month, and a last day: on the 15th of each month from
# 2024-05-20 to 2024-09-30: Sat 06-15 moves to Mon 06-17; 07-15, 08-15, 09-16
# (Sun 09-15 moves); nothing after 09-30.
run -d "$db" add --case 1:24-cv-9 --who Plaintiff --action "file a monthly report" --kind recurring \
	--every 1m --day 15 --from 2024-05-20 --until-date 2024-09-30
is "$out" "added #2: Plaintiff file a monthly report every 1m, first by Mon 2024-06-17" "--every 1m --day 15: the first 15th after --from, off a Saturday"
dl -d "$db" feed --case 1:24-cv-9 -o "$T/feed4.ics"
is "$(events "$T/feed4.ics" | cut -d' ' -f1-5)" "4 2024-06-17 2024-07-15 2024-08-15 2024-09-16" "the feed: four occurrences, up to the last day, none on a weekend"

# the last day of each month: --day 31 from Wed 2024-01-10: Wed 01-31, Thu
# 02-29, Sun 03-31 moves to Mon 04-01, Tue 04-30 (from the cycle, not the moved day)
run -d "$db" add --case 1:24-cv-9 --who Defendant --action "file a monthly account" --kind recurring \
	--every 1m --day 31 --from 2024-01-10 --until-date 2024-04-30
is "$out" "added #3: Defendant file a monthly account every 1m, first by Wed 2024-01-31" "--day 31: the 31st, or a shorter month's last day"
dl -d "$db" feed --case 1:24-cv-9 -o "$T/feed5.ics"
is "$($py - "$T/feed5.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print(" ".join(sorted(e.decoded("DTSTART").isoformat() for e in cal.walk("VEVENT") if "monthly account" in str(e["SUMMARY"]))))
PY
)" "2024-01-31 2024-02-29 2024-04-01 2024-04-30" "... in the feed: Feb 29, Mar 31 moved off a Sunday, Apr 30"

# unless the order says otherwise: each from the day the one before was due.
# Occurrence 2 moved to Tue 05-28 (Memorial Day); occurrence 3 is 10 days
# after it, Fri 06-07 (from the cycle it would be Wed 06-05)
run -d "$db" add --case 1:24-cv-9 --who Parties --action "report on mediation" --kind recurring \
	--every 10d --from 2024-05-06 --from-moved --until-date 2024-06-10
dl -d "$db" feed --case 1:24-cv-9 -o "$T/feed6.ics"
is "$($py - "$T/feed6.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print(" ".join(sorted(e.decoded("DTSTART").isoformat() for e in cal.walk("VEVENT") if "report on mediation" in str(e["SUMMARY"]))))
PY
)" "2024-05-16 2024-05-28 2024-06-07" "--from-moved: each occurrence from the day the one before was due"

# bad input: one clear line, exit 2, the database unchanged
before=$(dbsum "$db")
for args in "--every 0d" "--every 10y" "--every 1m --day 32" "--every 10d --day 5" "--every 1m --day 5 --from-moved" \
	"--every 10d --from 2024-05-06 --until-date 2024-05-01" "--every 10d --until-event ''"; do
	eval "run -d \"\$db\" add --case 1:24-cv-9 --who Parties --action x --kind recurring $args"
	is "$rc:$(printf '%s\n' "$err" | head -1 | cut -c1-14):$(dbsum "$db")" "2:deadlines: add:$before" "add --kind recurring $args: refused, unchanged"
done
run -d "$db" add --case 1:24-cv-9 --who Parties --action x --every 10d
is "$rc:$(printf '%s' "$err" | head -1)" "2:deadlines: add: --kind recurring and --every go together" "--every without --kind recurring"

# an order's "every 90 days" is a series too
printf 'ORDER\n\nThe parties shall file a joint status report every 90 days.\n' >"$T/order.txt"
dl -d "$db" import "$T/order.txt" --case 1:24-cv-9 --entered 2024-01-05 >/dev/null
is "$(sqlite3 "$db" "SELECT kind || ' ' || occurrence || ' ' || due_date FROM obligations WHERE order_id IS NOT NULL")" "recurring 1 2024-04-04" "an imported 'every 90 days' is a series: occurrence 1 on Thu 2024-04-04"
# "... every 90 days until the stay is lifted": the series ends with the event
dl -d "$db" case add 1:24-cv-10 --court mad --caption "C v. D" >/dev/null
printf 'ORDER\n\nThe parties shall file a joint status report every 90 days until the stay is lifted.\n' >"$T/order2.txt"
dl -d "$db" import "$T/order2.txt" --case 1:24-cv-10 --entered 2024-01-05 >/dev/null
is "$(sqlite3 "$db" "SELECT action || ' | ' || until_event || ' | ' || link_event FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = '1:24-cv-10'")" \
	"file a joint status report | the stay is lifted | stay is lifted" "an imported series' end: the event after 'until'"
dl -d "$db" event add 1:24-cv-10 "stay is lifted" --on 2024-03-01 >/dev/null
is "$(sqlite3 "$db" "SELECT status || ' ' || closed_on FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = '1:24-cv-10'")" "ended 2024-03-01" "... recorded before its first occurrence: the series ended"
# "On or before October 18, 2010, and every 28 days thereafter": the series
# begins on the day the order states (Mon 2010-10-18), not a cycle after entry
dl -d "$db" case add 1:10-cv-11 --court txsd --caption "E v. F" >/dev/null
printf 'ORDER\n\nOn or before October 18, 2010, and every 28 days thereafter, the parties shall file a joint status report indicating how discovery is progressing.\n' >"$T/order3.txt"
dl -d "$db" import "$T/order3.txt" --case 1:10-cv-11 --entered 2010-09-14 >/dev/null
id=$(sqlite3 "$db" "SELECT o.id FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = '1:10-cv-11'")
is "$(sqlite3 "$db" "SELECT kind || ' ' || occurrence || ' ' || due_date FROM obligations WHERE id = $id")" "recurring 1 2010-10-18" \
	"a series whose order states its first day: occurrence 1 on it"
run -d "$db" show "$id" --explain
like "$out" "A recurring duty first due Mon 2010-10-18, as the order" "... and says so"
dl -d "$db" done "$id" --on 2010-10-15 >/dev/null
is "$(sqlite3 "$db" "SELECT occurrence || ' ' || due_date FROM obligations WHERE id = $id")" "2 2010-11-15" \
	"... the next, 28 days after the first (Mon 2010-11-15)"
# "every 30 days until December 2, 2024": the date after "until" is the
# series' last day, not its first (entered 2024-09-03: Thu 10-03, Sat 11-02
# moved to Mon 11-04, Mon 12-02, and none after)
dl -d "$db" case add 1:24-cv-12 --court txsd --caption "G v. H" >/dev/null
printf 'ORDER\n\nThe parties shall file a joint status report every 30 days until December 2, 2024.\n' >"$T/order4.txt"
dl -d "$db" import "$T/order4.txt" --case 1:24-cv-12 --entered 2024-09-03 >/dev/null
is "$(sqlite3 "$db" "SELECT o.occurrence || ' ' || o.due_date || ' ' || o.series_until FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = '1:24-cv-12'")" \
	"1 2024-10-03 2024-12-02" "a series 'until' a date: that date is its last day, not its first"
dl -d "$db" --today 2024-09-04 feed --case 1:24-cv-12 -o "$T/feed7.ics"
is "$($py - "$T/feed7.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print(" ".join(sorted(e.decoded("DTSTART").isoformat() for e in cal.walk("VEVENT"))))
PY
)" "2024-10-03 2024-11-04 2024-12-02" "... its feed: each occurrence to that day, the Saturday moved, none after"
done_testing
