#!/bin/sh
# notify-review.sh: the reviewer's reminder, shown by a real notification
# server (dunst under Xvfb on a private session bus: tests/session.sh). What
# an import filed pending review gets no reminder of its own; once it has
# waited longer than 'review remind-after' (default 1d), a run for every case
# and party reminds the reviewer, once a day, and not after it is accepted;
# a run limited to one case or party does not; a reminder no server showed
# is sent by the next run.
. "$DL_SRCDIR/tests/session.sh"
in_session dunst dunstctl Xvfb dbus-run-session
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
start_dunst

dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
# imported at midnight on 2026-01-01 (DEADLINES_NOW): its presumed deadline is pending
dl -d "$db" import "$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt" --case 2:16-cv-435 >/dev/null
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE review = 'pending'")" 1 "the seed order's presumed deadline awaits review"
# the deadline is due 2017-06-20: a day before, it would be reminded were it confirmed
DEADLINES_NOW=2026-01-01T12:00:00Z run -d "$db" --today 2017-06-19 notify
is "$out" "sent 0 notifications" "12 hours after the import: no reminder (not its party's, not yet the reviewer's)"
DEADLINES_NOW=2026-01-02T09:00:00Z run -d "$db" --today 2017-06-19 notify --case 2:16-cv-435
is "$out" "sent 0 notifications" "a day later, a run for one case: none (the reviewer's run is for every case)"
DEADLINES_NOW=2026-01-02T09:00:00Z run -d "$db" --today 2017-06-19 notify
is "$out" "sent 1 notification" "a day later, a run for every case: one"
is "$(received | cut -d'|' -f1)" "Review: 1 imported item awaiting confirmation" "dunst shows the reviewer's reminder"
body=$(dunstctl history | /usr/bin/python3 -c 'import json,sys; print([n["body"]["data"] for n in json.load(sys.stdin)["data"][0] if n["summary"]["data"].startswith("Review")][0])')
is "$body" "It has been pending for more than 1 day (the oldest since 2026-01-01): run 'deadlines review'" "... saying how long and what to run"
DEADLINES_NOW=2026-01-02T09:15:00Z run -d "$db" --today 2017-06-19 notify
is "$out" "sent 0 notifications" "the next run that day: nothing again"

# no server: given back, sent by the next run
env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent DEADLINES_NOW=2026-01-03T09:00:00Z \
	$DL_WRAPPER "$DEADLINES_BIN" -d "$db" --today 2017-06-20 notify >"$T/o" 2>"$T/e"
is "$?" 3 "the next day without a server: exit 3"
is "$(sqlite3 "$db" "SELECT value FROM meta WHERE key = 'notify_review_day'")" 2017-06-19 "... nothing recorded"
DEADLINES_NOW=2026-01-03T09:15:00Z run -d "$db" --today 2017-06-20 notify
is "$out" "sent 1 notification" "... the run after it sends the day's reminder"
received >/dev/null

# a longer setting, then accepted: no more
dl -d "$db" review remind-after 3d >/dev/null
DEADLINES_NOW=2026-01-03T12:00:00Z run -d "$db" --today 2017-06-21 notify --dry-run
is "$out" "nothing to notify" "remind-after 3d: not yet after two and a half days"
DEADLINES_NOW=2026-01-04T12:00:00Z run -d "$db" --today 2017-06-21 notify --dry-run
like "$out" "[normal] Review: 1 imported item awaiting confirmation" "... but after three"
like "$out" "pending for more than 3 days" "... saying so"
dl -d "$db" review accept 1 >/dev/null
DEADLINES_NOW=2026-01-04T12:00:00Z run -d "$db" --today 2017-06-21 notify
is "$out" "sent 1 notification" "accepted: the reviewer's reminder stops, its own begins"
is "$(received | tail -n 1 | cut -d'|' -f1)" "OVERDUE 1 day: defendants respond to Plaintiff's discovery requests (was due Tue 2017-06-20)" \
	"... the deadline's own, now that it is confirmed"
done_testing
