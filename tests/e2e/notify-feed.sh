#!/bin/sh
# notify-feed.sh: a desktop without the database. 'deadlines serve' (real
# HTTP over loopback) serves a subscriber's feed; 'notify --feed URL' fetches
# it (libcurl, a conditional GET), reads it with libical and sends its
# reminders to a real notification server (dunst under Xvfb, on a private
# session bus, as in notify.sh): each once, a hearing as an event with its
# time in the court's zone and the reader's, a changed date as one change
# notice, nothing recorded without a server; bad feeds (malformed, 404, too
# big) are refused with one line and exit 1.
. "$DL_SRCDIR/tests/session.sh"
in_session dunst dunstctl Xvfb dbus-run-session curl
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
start_dunst
count() { received | grep -c . ; }


state="$T/state"
export XDG_STATE_HOME="$state"
dl -d "$db" case add 1:24-cv-1 --court txsd --caption "A v. B" >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Defendants --action "answer the complaint" --due 2017-06-20 >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Parties --kind hearing --action "attend the status conference" --due 2017-06-21 --time 10:00 >/dev/null
token=$(dl -d "$db" subscriber add desk | sed -n 's|.*/feeds/\([A-Za-z0-9_-]*\)\.ics$|\1|p')
port=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$DL_WRAPPER "$DEADLINES_BIN" -d "$db" serve --listen "127.0.0.1:$port" 2>"$T/serve.err" &
serve=$!
trap 'kill $serve $dunst $xvfb 2>/dev/null; finish' EXIT
url="http://127.0.0.1:$port/feeds/$token.ics"
i=0
until curl -sf -o /dev/null "$url" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done

# the reader is in New York, the court in Houston
TZ=America/New_York dl --today 2017-06-13 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
is "$?:$(cat "$T/o")" "0:sent 1 notification" "7 days ahead: one reminder from the served feed"
TZ=America/New_York dl --today 2017-06-13 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
is "$(cat "$T/o")" "sent 0 notifications" "a second run repeats nothing"
TZ=America/New_York dl --today 2017-06-20 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
is "$(cat "$T/o")" "sent 2 notifications" "the day: the deadline and the hearing tomorrow"
TZ=America/New_York dl --today 2017-06-20 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
is "$(cat "$T/o")" "sent 0 notifications" "... each once"
got=$(received)
is "$(printf '%s\n' "$got" | cut -d'|' -f1)" "Due in 7 days: Defendants answer the complaint (Tue 2017-06-20)
DUE TODAY: Defendants answer the complaint (Tue 2017-06-20)
Parties attend the status conference tomorrow 10:00 CDT — 11:00 EDT your time" \
	"dunst received exactly these: the hearing as an event, in the court's time and the reader's"
dunstctl history | $py -c 'import json,sys; print([n["body"]["data"] for n in json.load(sys.stdin)["data"][0] if "conference" in n["summary"]["data"]][0])' >"$T/body"
like "$(cat "$T/body")" "On Wed 2017-06-21 at 10:00 CDT (America/Chicago) — 11:00 EDT your time." "... its body says when, in both zones"
like "$(cat "$T/body")" "A v. B (1:24-cv-1), S.D. Tex." "... and the case"

# the server saw a conditional GET: an unchanged feed is a 304
is "$(ls "$state"/deadlines/feed-*.ics 2>/dev/null | wc -l)" 1 "the feed's copy is kept for 304 answers"
etag=$($py -c 'import json,sys,glob; print(json.load(open(glob.glob(sys.argv[1] + "/deadlines/feed-*.json")[0]))["etag"])' "$state")
is "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$url")" 304 "... with the ETag the server gives (304 when unchanged)"

# a changed date: one change notice, through a new ETag
dl -d "$db" extend 1 --to 2017-06-30 >/dev/null
TZ=America/New_York dl --today 2017-06-21 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
is "$(cat "$T/o")" "sent 2 notifications" "after the date moved: the change, and the hearing today"
got=$(received)
like "$got" "Date changed: Defendants answer the complaint — now Fri 2017-06-30" "... the change notice"
like "$got" "Parties attend the status conference today 10:00 CDT — 11:00 EDT your time" "... the hearing today"
TZ=America/New_York dl --today 2017-06-21 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
is "$(cat "$T/o")" "sent 0 notifications" "... and only once"
# a hearing that has passed asks to be marked held, once; never OVERDUE
TZ=America/New_York dl --today 2017-06-23 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
TZ=America/New_York dl --today 2017-06-24 notify --feed "$url" --thresholds 7,3,1,0 >>"$T/o" 2>"$T/e"
got=$(received)
like "$got" "Held? Parties attend the status conference was on Wed 2017-06-21: mark it held" "a past hearing asks to be marked held"
is "$(printf '%s\n' "$got" | grep -c 'Held?')" 1 "... once"
is "$(printf '%s\n' "$got" | grep -c 'OVERDUE.*conference')" 0 "... and is never OVERDUE"
# acknowledged: silent until its date changes
TZ=America/New_York dl --today 2017-06-25 notify --feed "$url" --ack "$(sqlite3 "$db" 'SELECT uid FROM obligations WHERE id = 1')" >"$T/o"
like "$(cat "$T/o")" "acknowledged" "--ack UID acknowledges an event of the feed"
TZ=America/New_York dl --today 2017-06-29 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
is "$(cat "$T/o")" "sent 0 notifications" "... no reminder of it then"

# a stay ends: one notice, from the feed's ENDED event
dl -d "$db" add --case 1:24-cv-1 --who Defendants --action "are protected from discovery" --until "qualified immunity decided" --on 2017-06-01 >/dev/null
TZ=America/New_York dl --today 2017-06-30 notify --feed "$url" --thresholds 7,3,1,0 >/dev/null 2>&1
dl -d "$db" event add 1:24-cv-1 "qualified immunity decided" --on 2017-06-30 >/dev/null
TZ=America/New_York dl --today 2017-06-30 notify --feed "$url" --thresholds 7,3,1,0 >"$T/o" 2>"$T/e"
TZ=America/New_York dl --today 2017-07-01 notify --feed "$url" --thresholds 7,3,1,0 >>"$T/o" 2>>"$T/e"
got=$(received)
like "$got" "Ended: Defendants are protected from discovery until qualified immunity decided" "a stay that ended: its notice"
is "$(printf '%s\n' "$got" | grep -c '^Ended:')" 1 "... once"

# no notification server: exit 3, nothing recorded
sum=$(cat "$state"/deadlines/feed-*.json | sha256sum)
dl -d "$db" add --case 1:24-cv-1 --who Plaintiff --action "reply" --due 2017-07-03 >/dev/null
env -u DISPLAY DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent TZ=America/New_York \
	$DL_WRAPPER "$DEADLINES_BIN" --today 2017-07-02 notify --feed "$url" >"$T/o" 2>"$T/e"
is "$?" 3 "no server: exit 3"
is "$(cat "$state"/deadlines/feed-*.json | sha256sum)" "$sum" "... nothing recorded"
TZ=America/New_York dl --today 2017-07-02 notify --feed "$url" >"$T/o" 2>"$T/e"
is "$(cat "$T/o")" "sent 1 notification" "the next run with a server sends it"

# bad feeds: one line, exit 1, the state unchanged
sum=$(cat "$state"/deadlines/feed-*.json | sha256sum)
run --today 2017-07-02 notify --feed "http://127.0.0.1:$port/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"
is "$rc:$err" "1:deadlines: notify: cannot fetch 'http://127.0.0.1:$port/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics': the server answered 404" "a feed URL that 404s: one line, exit 1"
printf 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n' > "$T/bad.ics"
run --today 2017-07-02 notify --feed "$T/bad.ics"
is "$rc" 1 "a malformed feed: exit 1"
like "$err" "'$T/bad.ics': it is not an iCalendar file" "... saying so"
printf 'not a calendar\n' > "$T/junk.ics"
run --today 2017-07-02 notify --feed "$T/junk.ics"
is "$rc:$(printf '%s\n' "$err" | wc -l)" "1:1" "text that is no calendar: exit 1, one line"
head -c 70000000 /dev/zero | tr '\0' 'x' > "$T/huge.ics"
run --today 2017-07-02 notify --feed "$T/huge.ics"
is "$rc:$err" "1:deadlines: notify: cannot read '$T/huge.ics': larger than 64 MB" "a huge file: refused"
is "$(cat "$state"/deadlines/feed-*.json | sha256sum)" "$sum" "... and the state of the served feed unchanged by all of them"
kill $serve
wait $serve 2>/dev/null
done_testing
