#!/bin/sh
# invite.sh: hearings from iCalendar invitations (tests/calendars): an
# Outlook invitation whose zone is its own VTIMEZONE ("Eastern Standard
# Time", a name no zone database has) and a weekly call with its own
# VTIMEZONE, an EXDATE and an occurrence moved by RECURRENCE-ID, across the
# end of daylight time. Each lands at its instant, shown in the court's zone,
# with its place and video link; the feed gives the same instants back
# (python3-icalendar); importing again updates by UID and SEQUENCE and adds
# nothing; a cancellation vacates; bad calendars are refused in one line with
# the database unchanged; a calendar is fetched over HTTP (--ics URL).
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
cals="$DL_SRCDIR/tests/calendars"
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
dl -d "$db" case add 1:24-cv-9 --court mad --caption "Other v. Case" >/dev/null
rows() { sqlite3 -separator ' ' "$db" "SELECT due_date, due_time, status, sequence FROM obligations WHERE source_uid IS NOT NULL ORDER BY due_date, due_time"; }

sum=$(dbsum "$db")
run -d "$db" import "$cals/status-conference.ics" --dry-run
is "$rc:$out" "0:dry run: would import status-conference.ics into case 2:16-cv-435: 1 hearing added, 0 updated, 0 cancelled, 0 unchanged (nothing stored)" "--dry-run says what it would store"
is "$(dbsum "$db")" "$sum" "... and stores nothing"
run -d "$db" import "$cals/status-conference.ics"
is "$rc:$out" "0:imported status-conference.ics into case 2:16-cv-435: 1 hearing added, 0 updated, 0 cancelled, 0 unchanged" \
	"an invitation naming its case: imported into that case without --case"
is "$(sqlite3 -separator '|' "$db" "SELECT kind, due_date, due_time, location, url FROM obligations")" \
	"hearing|2024-03-12|09:00|Courtroom 8A, 515 Rusk St., Houston|https://uscourts.zoomgov.com/j/1601234567?pwd=abc" \
	"10:00 in its own 'Eastern Standard Time' (EDT that day) is 09:00 in Houston; its place and its video link (from the folded description)"
like "$(sqlite3 "$db" "SELECT note FROM obligations WHERE id = 1")" "The invitation sets it for 2024-03-12 10:00 (Eastern Standard Time)." "... and its note keeps the time and zone the invitation gave"
run -d "$db" import --ics "$cals/weekly-call.ics" --case 2:16-cv-435
is "$out" "imported weekly-call.ics into case 2:16-cv-435: 4 hearings added, 0 updated, 0 cancelled, 0 unchanged" \
	"a weekly call: five occurrences, one excluded (EXDATE)"
is "$(rows | tr '\n' ';')" "2024-03-12 09:00 open 0;2024-10-22 11:00 open 0;2024-11-05 11:00 open 0;2024-11-12 15:00 open 0;2024-11-19 11:00 open 0;" \
	"... 09:00 Pacific before and after daylight time ends is 11:00 in Houston; the one moved to 13:00 (RECURRENCE-ID) is 15:00"

run -d "$db" show 2
like "$out" "Where:     Telephone" "show: where the hearing is"
like "$out" "Join:      https://example.webex.com/meet/magistrate" "... and its video link"

# the feed gives the same instants back
dl -d "$db" feed -o "$T/feed.ics"
check=$($py - "$T/feed.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
out = []
for e in cal.walk("VEVENT"):
    out.append("%s %s %s" % (e["DTSTART"].dt.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
                             e.get("LOCATION", "-"), e.get("URL", "-")))
print(";".join(sorted(out)))
PY
)
is "$check" "2024-03-12T14:00Z Courtroom 8A, 515 Rusk St., Houston https://uscourts.zoomgov.com/j/1601234567?pwd=abc;2024-10-22T16:00Z Telephone https://example.webex.com/meet/magistrate;2024-11-05T17:00Z Telephone https://example.webex.com/meet/magistrate;2024-11-12T21:00Z - -;2024-11-19T17:00Z Telephone https://example.webex.com/meet/magistrate" \
	"python3-icalendar reads each hearing of the feed at the invitation's instant, with LOCATION and URL"

# again: nothing new; a newer SEQUENCE moves it; a cancellation vacates it
sum=$(dbsum "$db")
run -d "$db" import "$cals/status-conference.ics"
is "$out" "imported status-conference.ics into case 2:16-cv-435: 0 hearings added, 0 updated, 0 cancelled, 1 unchanged" "the same invitation again: unchanged"
is "$(dbsum "$db")" "$sum" "... and the database untouched"
sed -e 's/^SEQUENCE:0/SEQUENCE:1/' -e 's/20240312T100000/20240314T150000/' -e 's/20240312T103000/20240314T153000/' \
	"$cals/status-conference.ics" > "$T/moved.ics"
run -d "$db" import "$T/moved.ics"
is "$out" "imported moved.ics into case 2:16-cv-435: 0 hearings added, 1 updated, 0 cancelled, 0 unchanged" "SEQUENCE 1: updated, not added"
is "$(sqlite3 "$db" "SELECT count(*) || ' ' || due_date || ' ' || due_time || ' ' || (sequence > 0) FROM obligations WHERE source_uid LIKE '0400%'")" \
	"1 2024-03-14 14:00 1" "... one hearing, moved, its feed SEQUENCE risen"
like "$(sqlite3 "$db" "SELECT group_concat(what || ':' || old || '>' || new, ' ') FROM history WHERE obligation_id = 1 AND what != 'created'")" \
	"due:2024-03-12>2024-03-14" "... the change in its history (which notify announces)"
sed -e 's/^SEQUENCE:0/SEQUENCE:2/' -e 's/^METHOD:REQUEST/METHOD:CANCEL/' "$cals/status-conference.ics" > "$T/cancel.ics"
run -d "$db" import "$T/cancel.ics"
is "$out:$(sqlite3 "$db" "SELECT status FROM obligations WHERE id = 1")" \
	"imported cancel.ics into case 2:16-cv-435: 0 hearings added, 0 updated, 1 cancelled, 0 unchanged:vacated" "a cancellation (METHOD:CANCEL) vacates it"

# bad calendars: one line, exit 1, nothing stored
sum=$(dbsum "$db")
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' > "$T/empty.ics"
printf 'hello\r\n' > "$T/text.ics"
sed 's/^TZID:Eastern Standard Time/TZID:Somewhere Else/' "$cals/status-conference.ics" > "$T/nozone.ics"
sed 's/^DTSTART;TZID=Eastern Standard Time:20240312T100000/DTSTART;VALUE=DATE:20240312/' "$cals/status-conference.ics" > "$T/allday.ics"
head -c 70000000 /dev/zero | tr '\0' 'x' > "$T/huge.ics"
for bad in "empty.ics:it holds no event" "text.ics:it is not an iCalendar file" \
	"nozone.ics:its start has a time zone the file does not define" "allday.ics:has a date and no time" \
	"huge.ics:larger than 64 MB"; do
	f=${bad%%:*} why=${bad#*:}
	run -d "$db" import "$T/$f" --case 2:16-cv-435
	is "$rc:$(printf '%s\n' "$err" | wc -l)" "1:1" "$f: exit 1, one line"
	like "$err" "$why" "... $why"
done
run -d "$db" import "$cals/weekly-call.ics"
like "$rc:$err" "1:deadlines: import: '$cals/weekly-call.ics' names no case of the database: give --case NUMBER" "an invitation naming no case needs --case"
is "$(dbsum "$db")" "$sum" "the database is unchanged by all of them"

# a published calendar over HTTP: --ics URL (deadlines-full fetches it)
mkdir "$T/www"
cp "$cals/weekly-call.ics" "$T/www/"
port=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$T/www" && exec $py -m http.server --bind 127.0.0.1 "$port") >/dev/null 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; finish' EXIT
i=0
until curl -sf -o /dev/null "http://127.0.0.1:$port/weekly-call.ics" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
run -d "$db" import --ics "http://127.0.0.1:$port/weekly-call.ics" --case 1:24-cv-9
is "$rc:$out" "0:imported http://127.0.0.1:$port/weekly-call.ics into case 1:24-cv-9: 4 hearings added, 0 updated, 0 cancelled, 0 unchanged" "--ics URL: fetched and imported"
is "$(sqlite3 "$db" "SELECT group_concat(due_time, ' ') FROM (SELECT due_time FROM obligations o JOIN cases c ON c.id = o.case_id WHERE c.number = '1:24-cv-9' ORDER BY due_date)")" \
	"12:00 12:00 16:00 12:00" "... in Boston's time"
sum=$(dbsum "$db")
run -d "$db" import --ics "http://127.0.0.1:$port/missing.ics" --case 1:24-cv-9
is "$rc:$err" "1:deadlines: import: cannot fetch 'http://127.0.0.1:$port/missing.ics': the server answered 404" "a URL that 404s: one line, exit 1"
is "$(dbsum "$db")" "$sum" "... nothing stored"
kill $web
# a hostile invitation whose zone changes hourly from 1601 (libical would expand it hour by hour,
# for seconds): refused at once, one line, nothing stored
sed 's/^RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3/RRULE:FREQ=HOURLY;BYDAY=2SU;BYMONTH=3/' "$cals/status-conference.ics" >"$T/hourly.ics"
grep -q 'FREQ=HOURLY' "$T/hourly.ics"
ok $? "the hostile invitation has its hourly zone rule"
sum=$(dbsum "$db")
run -d "$db" import "$T/hourly.ics"
is "$rc" 1 "a zone that changes hourly: refused"
like "$err" "hourly.ics': its time zone 'Eastern Standard Time' changes more often than yearly" "... naming the file and the zone"
is "$(dbsum "$db")" "$sum" "... nothing stored"
done_testing
