#!/bin/sh
# notify-slow.sh: notify against a slow notification server (python3-dbus on
# a private session bus, answering Notify after a delay the test sets): the
# database is not locked while a notification is on its way, so a concurrent
# 'add' succeeds at once; an overlapping run does not send the same reminder
# again; a run killed while sending leaves its reminder to the next run; a
# change whose announcement the server refused is announced by the next run.
. "$DL_SRCDIR/tests/session.sh"
if [ -z "${DL_IN_SESSION:-}" ] && ! /usr/bin/python3 -c 'import dbus.service, dbus.mainloop.glib; from gi.repository import GLib' 2>/dev/null; then
	echo "1..0 # SKIP python3-dbus and python3-gi are not installed"
	exit 0
fi
in_session dbus-run-session
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
srv="$T/srv"
mkdir "$srv"
echo 0 > "$srv/delay"
# The server: Notify is answered after $srv/delay seconds (without blocking
# other calls), with an error while $srv/fail exists; each summary is logged
# to $srv/received on arrival and to $srv/shown when answered.
cat > "$T/server.py" <<'PY'
import os, sys
import dbus, dbus.service, dbus.mainloop.glib
from gi.repository import GLib
state = sys.argv[1]
dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
def log(name, line):
    with open(os.path.join(state, name), "a") as f:
        f.write(line + "\n")
class Server(dbus.service.Object):
    n = 0
    @dbus.service.method("org.freedesktop.Notifications", out_signature="ssss")
    def GetServerInformation(self):
        return ("slow", "deadlines tests", "1", "1.2")
    @dbus.service.method("org.freedesktop.Notifications", out_signature="as")
    def GetCapabilities(self):
        return ["body"]
    @dbus.service.method("org.freedesktop.Notifications", in_signature="susssasa{sv}i",
                         out_signature="u", async_callbacks=("ok", "err"))
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout, ok, err):
        log("received", summary)
        delay = float(open(os.path.join(state, "delay")).read())
        fail = os.path.exists(os.path.join(state, "fail"))
        self.n += 1
        n = self.n
        def answer():
            if fail:
                err(dbus.exceptions.DBusException("refused by the test",
                    name="org.freedesktop.Notifications.Error.Refused"))
            else:
                log("shown", summary)
                ok(dbus.UInt32(n))
            return False
        GLib.timeout_add(int(delay * 1000), answer)
    @dbus.service.method("org.freedesktop.Notifications", in_signature="u")
    def CloseNotification(self, id):
        pass
bus = dbus.SessionBus()
name = dbus.service.BusName("org.freedesktop.Notifications", bus)
server = Server(bus, "/org/freedesktop/Notifications")
open(os.path.join(state, "ready"), "w").close()
GLib.MainLoop().run()
PY
$py "$T/server.py" "$srv" 2>"$T/server.err" &
server=$!
trap 'kill $server 2>/dev/null; finish' EXIT
i=0
until [ -e "$srv/ready" ] || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
# received_count: how many Notify calls have arrived
received_count() { if [ -e "$srv/received" ]; then wc -l < "$srv/received" | tr -d ' '; else echo 0; fi; }
# wait_received N: until N Notify calls have arrived (at most 20 s)
wait_received() { i=0; until [ "$(received_count)" -ge "$1" ] || [ $i -ge 200 ]; do sleep 0.1; i=$((i + 1)); done; }
shown() { grep -c -F -e "$1" "$srv/shown" 2>/dev/null || true; }
now() { $py -c 'import time; print(time.monotonic())'; }

dl -d "$db" case add 1:24-cv-1 --court txsd --caption "A v. B" >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Defendants --action "answer the complaint" --due 2017-06-20 >/dev/null
dl -d "$db" --today 2017-06-01 notify >/dev/null

# 1. While a notification takes 12 s, another process writes at once.
echo 12 > "$srv/delay"
dl -d "$db" --today 2017-06-19 notify >"$T/a.out" 2>"$T/a.err" &
a=$!
wait_received 1
is "$(received_count)" 1 "notify is sending (the server got the call and sits on it for 12 s)"
t0=$(now)
run -d "$db" add --case 1:24-cv-1 --who Plaintiff --action "reply" --due 2017-09-01
t1=$(now)
is "$rc:$err" "0:" "meanwhile 'add' succeeds"
took=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
ok "$(awk -v t="$took" 'BEGIN { exit !(t < 5) }' && echo 0 || echo 1)" "... without waiting for the notification (took $took s)"
wait "$a"
is "$?:$(cat "$T/a.out")" "0:sent 1 notification" "the slow notify finishes and says it sent one"
is "$(sqlite3 "$db" "SELECT count(*) FROM notifications WHERE threshold = 1")" 1 "... and recorded it once"
is "$(sqlite3 "$db" "SELECT count(*) FROM meta WHERE key LIKE 'notify_claim%'")" 0 "... leaving no claim behind"

# 2. A run that overlaps one still sending does not send its reminders again.
dl -d "$db" add --case 1:24-cv-1 --who Parties --action "exchange exhibits" --due 2017-06-25 >/dev/null
echo 6 > "$srv/delay"
before=$(received_count)
dl -d "$db" --today 2017-06-24 notify >"$T/a.out" 2>"$T/a.err" &
a=$!
wait_received $((before + 1))
run -d "$db" --today 2017-06-24 notify
is "$rc:$out" "0:sent 0 notifications" "a run overlapping one that is sending: sends nothing"
wait "$a"
is "$(cat "$T/a.out")" "sent 2 notifications" "the first run sends the two reminders (one due, one overdue)"
is "$(shown "exchange exhibits")" 1 "... each shown once"
is "$(received_count)" $((before + 2)) "... and the server got two calls in all"

# 3. A run killed while sending: the next run sends what it had claimed.
dl -d "$db" done 1 >/dev/null
dl -d "$db" done 3 >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Plaintiff --action "file the brief" --due 2017-07-10 >/dev/null
echo 30 > "$srv/delay"
before=$(received_count)
"$DEADLINES_BIN" -d "$db" --today 2017-07-09 notify --thresholds 1 >/dev/null 2>&1 &
a=$!
wait_received $((before + 1))
kill -9 "$a"
wait "$a" 2>/dev/null
echo 0 > "$srv/delay"
run -d "$db" --today 2017-07-09 notify --thresholds 1
is "$rc:$out" "0:sent 1 notification" "after a run killed while sending, the next run sends its reminder"
is "$(shown "file the brief")" 1 "... shown once (the killed run's call was never answered)"
is "$(sqlite3 "$db" "SELECT count(*) FROM meta WHERE key LIKE 'notify_claim%'")" 0 "... and the dead run's claim is gone"

# 4. A server that refuses a change's announcement: the next run makes it.
dl -d "$db" extend 4 --to 2017-07-20 >/dev/null
touch "$srv/fail"
run -d "$db" --today 2017-07-09 notify --thresholds 1
is "$rc" 3 "the server refuses: exit 3"
like "$err" "the notification server refused" "... saying so"
rm -f "$srv/fail"
run -d "$db" --today 2017-07-09 notify --thresholds 1
is "$rc:$out" "0:sent 1 notification" "the next run announces the change"
is "$(shown "Date changed: Plaintiff file the brief")" 1 "... as a date change, once"
run -d "$db" --today 2017-07-09 notify --thresholds 1
is "$out" "sent 0 notifications" "... and not again"
is "$(sqlite3 "$db" "PRAGMA integrity_check")" ok "integrity_check"
done_testing
