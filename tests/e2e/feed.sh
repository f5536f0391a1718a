#!/bin/sh
# feed.sh: 'deadlines feed' read back by independent parsers (python3-icalendar
# and ical.js, Thunderbird's parser): dates, UIDs, counts, folding, text with
# special characters; identical bytes for an unchanged database; the same UID
# with a higher SEQUENCE after a change; one client's feed never holds another's.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
js="${DL_JS_DIR:-$DL_SRCDIR/tests/js}" # (foundation.sh hides it to test the skip)
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
dl -d "$db" import "$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt" --case 2:16-cv-435 >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Parties --kind hearing --action "attend the status conference" --due 2017-07-10 --time 10:00 >/dev/null
long="serve the exhibit list; with commas, semicolons; a backslash \\ — «Ünïcödé» 中文字符 📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅📅"
dl -d "$db" add --case 2:16-cv-435 --who Plaintiff --action "$long" --due 2017-08-01 >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Plaintiff --action "file a brief that was vacated" --due 2017-08-02 >/dev/null
dl -d "$db" vacate 5 --reason "mooted" >/dev/null
dl -d "$db" case add 1:24-cv-9 --court mad --caption "Other Client v. Someone" >/dev/null
dl -d "$db" add --case 1:24-cv-9 --who Defendant --action "answer the complaint" --within 21d --from 2024-02-01 >/dev/null

run -d "$db" feed -o "$T/a.ics"
is "$rc" 0 "feed -o FILE"
run -d "$db" feed
printf '%s\n' "$out" > "$T/b.ics"
cmp -s "$T/a.ics" "$T/b.ics"; ok $? "-o and standard output give the same feed"
dl -d "$db" feed -o "$T/c.ics"
cmp -s "$T/a.ics" "$T/c.ics"; ok $? "an unchanged database gives byte-identical feeds"

check=$($py - "$T/a.ics" "$long" <<'PY'
import sys, icalendar
raw = open(sys.argv[1], "rb").read()
lines = raw.split(b"\r\n")
assert max(len(l) for l in lines) <= 75, "a line over 75 octets"
for l in lines: l.decode("utf-8")            # no character split by folding
cal = icalendar.Calendar.from_ical(raw)
evs = {str(e["UID"]): e for e in cal.walk("VEVENT")}
out = [str(len(evs))]
dues = sorted((str(e["DTSTART"].dt), str(e["DTEND"].dt)) for e in evs.values() if "DUE:" in str(e["SUMMARY"]))
out.append(" ".join(a + "/" + b for a, b in dues))
h = [e for e in evs.values() if str(e["SUMMARY"]).startswith("HEARING")][0]
out.append(h["DTSTART"].params.get("TZID") + " " + h["DTSTART"].dt.isoformat())
out.append(str(any(sys.argv[2] in str(e["SUMMARY"]) for e in evs.values())))
out.append(str(any("vacated" in str(e["SUMMARY"]) for e in evs.values())))
out.append(str(cal.get("X-WR-CALNAME")) + " " + str(cal.get("REFRESH-INTERVAL").to_ical().decode()))
print("|".join(out))
PY
)
is "$check" "5|2017-06-20/2017-06-21 2017-08-01/2017-08-02 2024-02-22/2024-02-23|America/Chicago 2017-07-10T10:00:00-05:00|True|False|Deadlines PT4H" \
	"python3-icalendar: 5 events, all-day deadlines with exclusive ends, the hearing in the court's zone, the text intact, no vacated one"

if command -v node >/dev/null 2>&1 && [ -d "$js/node_modules/ical.js" ]; then
	node "$js/parse.mjs" "$T/a.ics" > "$T/js.txt"
	ok $? "ical.js parses the feed"
	is "$(cut -f1 "$T/js.txt" | sort | tr '\n' ' ')" "$($py -c 'import sys,icalendar; print(" ".join(sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(open(sys.argv[1],"rb").read()).walk("VEVENT"))) + " ")' "$T/a.ics")" "ical.js and python3-icalendar see the same UIDs"
	like "$(cat "$T/js.txt")" "2017-07-10T15:00:00.000Z" "ical.js puts the hearing at 10:00 Central (15:00 UTC)"
	grep -qF "$long" "$T/js.txt"; ok $? "ical.js reads the long UTF-8 text back intact"
else
	skip 4 "ical.js not installed (contrib/install-deps.sh, or cd tests/js && npm ci)"
fi

uid1=$(sqlite3 "$db" "SELECT uid FROM obligations WHERE id = 4")
seq_before=$($py -c 'import sys,icalendar; print([e for e in icalendar.Calendar.from_ical(open(sys.argv[1],"rb").read()).walk("VEVENT") if str(e["UID"])==sys.argv[2]][0]["SEQUENCE"])' "$T/a.ics" "$uid1")
dl -d "$db" extend 4 --to 2017-08-15 >/dev/null
dl -d "$db" feed -o "$T/d.ics"
after=$($py -c 'import sys,icalendar; e=[e for e in icalendar.Calendar.from_ical(open(sys.argv[1],"rb").read()).walk("VEVENT") if str(e["UID"])==sys.argv[2]][0]; print(e["SEQUENCE"], e["DTSTART"].dt)' "$T/d.ics" "$uid1")
is "$after" "$((seq_before + 1)) 2017-08-15" "a changed deadline keeps its UID, moves, and its SEQUENCE rises"

run -d "$db" feed --keep-cancelled
like "$out" "STATUS:CANCELLED" "--keep-cancelled keeps the vacated one as cancelled"
run -d "$db" feed --case 1:24-cv-9
case "$out" in *Butler*) ok 1 "a feed for one case holds nothing of another" ;; *) ok 0 "a feed for one case holds nothing of another" ;; esac
is "$(printf '%s\n' "$out" | grep -c '^BEGIN:VEVENT')" 1 "... and has that case's one event"
run -d "$db" feed --alarms 7d,1d --case 1:24-cv-9
is "$(printf '%s\n' "$out" | grep -c '^BEGIN:VALARM')" 2 "--alarms adds reminders"
run -d "$db" feed --case 9:99
is "$rc" 1 "feed for an unknown case: exit 1"
run -d "$db" feed --alarms soon
is "$rc" 2 "feed with bad --alarms: exit 2"
run -d "$db" feed -o "$T/nodir/x.ics"
is "$rc" 1 "feed to a directory that does not exist: exit 1"
like "$err" "cannot write '$T/nodir/x.ics'" "... and says so"
# A feed of many pieces: 700 deadlines (about 850 KB), then hearings in
# courts of three more zones. The feed goes out as it is written, so its head
# has to name every zone before the first piece: the hearings come last, and
# their zones are found by a first pass over the same snapshot.
big="$T/big.db"
dl -d "$big" case add 1:25-cv-1 --court txsd --caption "Many v. Pieces" >/dev/null
dl -d "$big" case add 1:25-cv-2 --court hid --caption "Island v. Clock" >/dev/null
dl -d "$big" case add 1:25-cv-3 --court azd --caption "Desert v. Time" >/dev/null
dl -d "$big" case add 1:25-cv-4 --court mad --caption "Harbor v. Bell" >/dev/null
sqlite3 "$big" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 700)
 INSERT INTO obligations (uid, case_id, kind, who, action, trigger, trigger_date, period_n, period_unit,
 period_dir, rules, due_date, basis, status, created, updated)
 SELECT printf('%032x@deadlines', i), 1, 'deadline', 'defendants', 'respond to set ' || i, 'date',
 date('2025-01-02', '+' || (i % 300) || ' days'), 30, 'days', 'after', 'frcp',
 date('2025-02-01', '+' || (i % 300) || ' days'), 'computed', 'open', '2026-01-01T00:00:00Z',
 '2026-01-01T00:00:00Z' FROM n"
dl -d "$big" add --case 1:25-cv-2 --who Parties --kind hearing --action "attend the hearing" --due 2026-03-10 --time 09:00 >/dev/null
dl -d "$big" add --case 1:25-cv-3 --who Parties --kind hearing --action "attend the hearing" --due 2026-03-10 --time 09:00 >/dev/null
dl -d "$big" add --case 1:25-cv-4 --who Parties --kind hearing --action "attend the hearing" --due 2026-03-10 --time 09:00 >/dev/null
dl -d "$big" add --case 1:25-cv-4 --who Parties --kind hearing --action "attend the trial" --due 2026-11-02 --time 23:30 >/dev/null
run -d "$big" feed -o "$T/big.ics"
is "$rc" 0 "a feed of many pieces"
is "$(grep -c '^BEGIN:VEVENT' "$T/big.ics")" 704 "... holds every event"
is "$(sed -n '/^BEGIN:VEVENT/q;s/^TZID://p' "$T/big.ics" | tr -d '\r' | tr '\n' ' ')" \
	"Pacific/Honolulu America/Phoenix America/New_York " "... its head names the three zones of the last hearings, in the order met, before the first event"
check=$($py - "$T/big.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
zones = {str(z["TZID"]) for z in cal.walk("VTIMEZONE")}
hs = sorted((e["DTSTART"].params["TZID"], e["DTSTART"].dt.isoformat(), e["DTEND"].dt.isoformat())
            for e in cal.walk("VEVENT") if str(e["SUMMARY"]).startswith("HEARING"))
assert all(h[0] in zones for h in hs), "a TZID without its VTIMEZONE"
print(" ".join("%s=%s..%s" % h for h in hs))
PY
)
is "$check" "America/New_York=2026-03-10T09:00:00-04:00..2026-03-10T10:00:00-04:00 America/New_York=2026-11-02T23:30:00-05:00..2026-11-03T00:30:00-05:00 America/Phoenix=2026-03-10T09:00:00-07:00..2026-03-10T10:00:00-07:00 Pacific/Honolulu=2026-03-10T09:00:00-10:00..2026-03-10T10:00:00-10:00" \
	"python3-icalendar: each hearing in its court's zone, at its hour, every TZID declared"
# named cases are read in the case index's order (no sort): the head still
# names the zones, in the order the events meet them
run -d "$big" feed --case 1:25-cv-4 --case 1:25-cv-1 --case 1:25-cv-2
is "$(printf '%s\n' "$out" | grep -c '^BEGIN:VEVENT')" 703 "a feed of three named cases holds their events"
is "$(printf '%s\n' "$out" | sed -n '/^BEGIN:VEVENT/q;s/^TZID://p' | tr -d '\r' | tr '\n' ' ')" \
	"Pacific/Honolulu America/New_York " "... its head names their two zones, in the order met, before the first event"
# the same feed made in memory, as serve and publish make it, is the same bytes
dl -d "$big" subscriber add "Many" >/dev/null
mkdir "$T/pub"
dl -d "$big" publish "$T/pub" >/dev/null
dl -d "$big" feed --name "Deadlines — Many" -o "$T/big-named.ics"
cmp -s "$T/pub/"*.ics "$T/big-named.ics"; ok $? "publish (in memory) and feed (streamed) write the same bytes"
if [ -w /dev/full ]; then
	$DL_WRAPPER "$DEADLINES_BIN" -d "$big" feed >/dev/full 2>"$T/full.err"
	is "$?" 1 "a feed to a full device: exit 1"
	like "$(cat "$T/full.err")" "feed: cannot write 'standard output': No space left on device" "... and says why"
	is "$(wc -l < "$T/full.err")" 1 "... once"
fi

done_testing
