#!/bin/sh
# notify.sh: desktop notifications to a real notification server: dunst under
# Xvfb, on a private session bus (dbus-run-session with a configuration that
# has no service directories, so nothing is auto-started). For a fixed --today:
# the right notifications at 7, 3, 1, 0 days and overdue, none repeated on a
# second run, one on a date change, nothing marked sent without a server.
. "$DL_SRCDIR/tests/session.sh"
in_session dunst dunstctl Xvfb dbus-run-session
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
start_dunst
count() { received | grep -c . ; }

dl -d "$db" case add 1:24-cv-1 --court txsd --caption "A v. B" >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Defendants --action "answer the complaint" --due 2017-06-20 >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Plaintiff --action "reply" --due 2017-09-01 >/dev/null

run -d "$db" --today 2017-06-01 notify --thresholds 7,3,1,0
is "$out" "sent 0 notifications" "19 days ahead, thresholds 7,3,1,0: nothing"
n=0
for day in 2017-06-13:7 2017-06-17:3 2017-06-19:1 2017-06-20:0 2017-06-21:-1 2017-06-22:-2; do
	today=${day%:*} left=${day#*:}
	run -d "$db" --today "$today" notify --thresholds 7,3,1,0
	is "$out" "sent 1 notification" "$today ($left days): one notification"
	run -d "$db" --today "$today" notify --thresholds 7,3,1,0
	is "$out" "sent 0 notifications" "$today: a second run repeats nothing"
done
got=$(received)
is "$(printf '%s\n' "$got" | cut -d'|' -f1)" "Due in 7 days: Defendants answer the complaint (Tue 2017-06-20)
Due in 3 days: Defendants answer the complaint (Tue 2017-06-20)
Due in 1 day: Defendants answer the complaint (Tue 2017-06-20)
DUE TODAY: Defendants answer the complaint (Tue 2017-06-20)
OVERDUE 1 day: Defendants answer the complaint (was due Tue 2017-06-20)
OVERDUE 2 days: Defendants answer the complaint (was due Tue 2017-06-20)" "the server received exactly these, in order"
is "$(printf '%s\n' "$got" | cut -d'|' -f2 | tr '\n' ' ')" "10000000 10000000 10000000 0 0 0 " "critical (shown until dismissed) on the day and when overdue"
dunstctl history | grep -q '"deadlines"'; ok $? "the app name is deadlines"

# a date change: one notification, not a reminder as well
dl -d "$db" extend 1 --to 2017-06-30 >/dev/null
run -d "$db" --today 2017-06-23 notify --thresholds 7,3,1,0
is "$out" "sent 1 notification" "a changed date: one notification"
like "$(received | tail -n 1)" "Date changed: Defendants answer the complaint — now Fri 2017-06-30" "it says the new date"
run -d "$db" --today 2017-06-23 notify --thresholds 7,3,1,0
is "$out" "sent 0 notifications" "... and only once"
# a date moved further away than every threshold is announced too
dl -d "$db" extend 1 --to 2017-09-29 >/dev/null
run -d "$db" --today 2017-06-23 notify --thresholds 7,3,1,0
is "$out" "sent 1 notification" "a date moved far away: one notification"
like "$(received | tail -n 1)" "Date changed: Defendants answer the complaint — now Fri 2017-09-29" "it says the distant date"
dl -d "$db" extend 1 --to 2017-06-30 --earlier >/dev/null
run -d "$db" --today 2017-06-23 notify --thresholds 7,3,1,0
is "$out" "sent 1 notification" "moved back: one notification"

# ack silences until the date changes
dl -d "$db" ack 1 >/dev/null
run -d "$db" --today 2017-06-27 notify --thresholds 7,3,1,0
is "$out" "sent 0 notifications" "acknowledged: no reminder"

# dry run records nothing
sum=$(dbsum "$db")
run -d "$db" --today 2017-08-31 notify --dry-run
like "$out" "[normal] Due in 1 day: Plaintiff reply" "--dry-run prints what it would send"
is "$(dbsum "$db")" "$sum" "--dry-run records nothing"

# no notification server: exit 3, nothing recorded
before=$(sqlite3 "$db" "SELECT count(*) FROM notifications")
env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
	$DL_WRAPPER "$DEADLINES_BIN" -d "$db" --today 2017-08-31 notify >"$T/o" 2>"$T/e"
is "$?" 3 "no server: exit 3"
like "$(cat "$T/e")" "no notification server answers" "no server: says so"
is "$(sqlite3 "$db" "SELECT count(*) FROM notifications")" "$before" "no server: nothing marked sent"
run -d "$db" --today 2017-08-31 notify
is "$out" "sent 1 notification" "the next run with a server sends it"

# overlapping runs never double-notify
dl -d "$db" add --case 1:24-cv-1 --who Parties --action "exchange exhibits" --due 2017-09-05 >/dev/null
pids=
for k in 1 2 3 4; do dl -d "$db" --today 2017-09-04 notify > "$T/par$k" 2>&1 & pids="$pids $!"; done
for p in $pids; do wait "$p"; done
cat "$T"/par1 "$T"/par2 "$T"/par3 "$T"/par4 | sed 's/^/# /'
is "$(cat "$T"/par1 "$T"/par2 "$T"/par3 "$T"/par4 | sed -n 's/^sent \([0-9]*\).*/\1/p' | sort | tr '\n' ' ')" "0 0 0 2 " "four overlapping runs: one sends the two due (one due tomorrow, one overdue), the others nothing"
is "$(sqlite3 "$db" "SELECT count(*) FROM notifications n JOIN obligations o ON o.id = n.obligation_id WHERE o.action = 'exchange exhibits'")" 1 "... and each is logged once"

# a hearing, read in New York: an event, in the court's time and the reader's;
# once past, a request to mark it held, once, never OVERDUE
dl -d "$db" case add 1:24-cv-2 --court txsd --caption "C <i>v.</i> D & Co" >/dev/null
dl -d "$db" add --case 1:24-cv-2 --who Parties --kind hearing --action "attend the status conference" --due 2017-10-10 --time 10:00 >/dev/null
received >/dev/null
TZ=America/New_York dl -d "$db" --today 2017-10-09 notify --thresholds 1 >/dev/null 2>&1
TZ=America/New_York dl -d "$db" --today 2017-10-11 notify --thresholds 1 >/dev/null 2>&1
TZ=America/New_York dl -d "$db" --today 2017-10-12 notify --thresholds 1 >/dev/null 2>&1
got=$(received | grep -i 'conference' | cut -d'|' -f1)
is "$got" "Parties attend the status conference tomorrow 10:00 CDT — 11:00 EDT your time
Held? Parties attend the status conference was on Tue 2017-10-10: mark it held (deadlines done)" \
	"a hearing from the database: announced as an event in both zones, then once asked to be marked held, never OVERDUE"
body=$(dunstctl history | $py -c 'import json,sys; print([n["body"]["data"] for n in json.load(sys.stdin)["data"][0] if "tomorrow" in n["summary"]["data"]][0])')
like "$body" "C &lt;i&gt;v.&lt;/i&gt; D &amp; Co (1:24-cv-2), S.D. Tex." "the body's text is escaped for a server that reads markup"
like "$body" "On Tue 2017-10-10 at 10:00 CDT (America/Chicago) — 11:00 EDT your time." "... and says when, in both zones"

run -d "$db" notify --thresholds 7,x
is "$rc" 2 "bad --thresholds: exit 2"
done_testing
