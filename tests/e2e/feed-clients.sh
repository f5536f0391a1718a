#!/bin/sh
# feed-clients.sh: two calendar programs of Debian import the feed: khal
# (icalendar and its vdir) and calcurse (its own iCalendar reader). Each
# shows the all-day deadline on its day and the hearing at 10:00 Houston
# time, which is 11:00 for a reader in New York; khal keeps the alarm.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
dl -d "$db" case add 1:24-cv-1 --court txsd --caption "A v. B" >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Defendants --action "answer, the complaint; now" --due 2017-06-20 >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Parties --kind hearing --action "attend the status conference" --due 2017-06-21 --time 10:00 >/dev/null
dl -d "$db" feed -o "$T/feed.ics"

if command -v khal >/dev/null 2>&1; then
	khal_config
	khal -c "$T/khal/config" import --batch -a deadlines "$T/feed.ics" >"$T/khal.out" 2>&1
	is "$?" 0 "khal imports the feed"
	sed 's/^/#   /' "$T/khal.out"
	is "$(ls "$T/khal/cal" | wc -l)" 2 "... both events"
	khal -c "$T/khal/config" list 2017-06-19 5d >"$T/khal.list" 2>&1
	like "$(cat "$T/khal.list")" "DUE: Defendants answer, the complaint; now — A v. B" "... the deadline with its text intact"
	like "$(cat "$T/khal.list")" "11:00-12:00 HEARING: Parties attend the status conference" "... the hearing at 11:00 New York time (10:00 in Houston)"
	is "$(grep -c '⏰' "$T/khal.list")" 2 "... each with its alarm"
else
	skip 5 "khal is not installed (apt-get install khal)"
fi

if command -v calcurse >/dev/null 2>&1; then
	mkdir "$T/cc"
	TZ=America/New_York calcurse -D "$T/cc" -i "$T/feed.ics" >"$T/cc.out" 2>&1
	is "$?" 0 "calcurse imports the feed"
	like "$(cat "$T/cc.out")" "1 app / 1 event / 0 todos / 0 skipped" "... one appointment, one all-day event, nothing skipped"
	TZ=America/New_York calcurse -D "$T/cc" -Q --from 06/19/2017 --days 5 >"$T/cc.list" 2>&1
	like "$(cat "$T/cc.list")" "DUE: Defendants answer, the complaint; now — A v. B" "... the deadline"
	like "$(cat "$T/cc.list")" "11:00 -> 12:00" "... the hearing at 11:00 New York time"
else
	skip 4 "calcurse is not installed (apt-get install calcurse)"
fi
done_testing
