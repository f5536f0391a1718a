#!/bin/sh
# faults.sh: resource faults: a full file system, a read-only file system, an
# unwritable publish directory, missing time-zone data. Each: a clear error,
# exit status 1, nothing corrupted.
. "$DL_SRCDIR/tests/lib.sh"
seed="$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt"

run compute --from 2017-05-19 --days 30 --court txsd
TZDIR="$T/no-zoneinfo" run compute --from 2017-05-19 --days 30 --court txsd
is "$rc" 1 "missing time-zone data: exit 1"
like "$err" "time zone data for America/Chicago is missing (install the tzdata package)" "... named"

as_user() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }
db="$T/x.db"
dl -d "$db" case add 1:1 --court txsd --caption "A v. B" >/dev/null
dl -d "$db" subscriber add firm >/dev/null
mkdir -p "$T/pub"
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
chmod 777 "$T" && chmod 666 "$db"* && chmod 555 "$T/pub"
as_user $DL_WRAPPER "$DEADLINES_BIN" -d "$db" publish "$T/pub" >"$T/o" 2>"$T/e"
is "$?" 1 "unwritable publish directory: exit 1"
like "$(cat "$T/e")" "publish: cannot write '$T/pub/" "... names the file"
like "$(cat "$T/e")" "Permission denied" "... and the reason"
is "$(ls -A "$T/pub" | wc -l)" 0 "... and leaves no temporary file"

mnt="$T/mnt"
mkdir "$mnt"
if ! mount -t tmpfs -o size=512k tmpfs "$mnt" 2>/dev/null; then
	skip 1 "cannot mount a tmpfs here (needs root and mount permission)"
	done_testing
	exit $?
fi
trap 'umount "$mnt" 2>/dev/null; finish' EXIT
dl -d "$mnt/x.db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
before=$(dbsum "$mnt/x.db")
# an order big enough to fill the file system
{ cat "$seed"; i=0; while [ $i -lt 8000 ]; do echo "The parties have conferred at length about the schedule and the record, paragraph $i."; i=$((i + 1)); done; } > "$T/big.txt"
run -d "$mnt/x.db" import "$T/big.txt" --case 2:16-cv-435
is "$rc" 1 "full file system: exit 1"
like "$err" "full" "... says the disk is full"
is "$(sqlite3 "$mnt/x.db" "PRAGMA integrity_check")" ok "... integrity intact"
is "$(dbsum "$mnt/x.db")" "$before" "... nothing stored"
mount -o remount,ro "$mnt"
run -d "$mnt/x.db" add --case 2:16-cv-435 --who X --action y --due 2017-06-01
is "$rc" 1 "read-only file system: exit 1"
like "$err" "deadlines: " "... a clear error"
run -d "$mnt/x.db" --today 2017-06-01 list
is "$rc" 0 "reports still work on a read-only file system"

# feed -o FILE writes as it goes: a disk that fills in the middle leaves the
# old FILE as it was and no temporary file
feeds="$T/feeds"
mkdir "$feeds"
mount -t tmpfs -o size=256k tmpfs "$feeds"
trap 'umount "$mnt" "$feeds" 2>/dev/null; finish' EXIT
dl -d "$db" case add 1:25-cv-1 --court txsd --caption "Many v. Pieces" >/dev/null
sqlite3 "$db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 700)
 INSERT INTO obligations (uid, case_id, kind, who, action, trigger, trigger_date, period_n, period_unit,
 period_dir, rules, due_date, basis, status, created, updated)
 SELECT printf('%032x@deadlines', i), 2, 'deadline', 'defendants', 'respond to set ' || i, 'date',
 '2025-01-02', 30, 'days', 'after', 'frcp', '2025-02-01', 'computed', 'open', '2026-01-01T00:00:00Z',
 '2026-01-01T00:00:00Z' FROM n"
printf 'the old feed\n' > "$feeds/firm.ics"
run -d "$db" feed -o "$feeds/firm.ics"
is "$rc" 1 "feed -o on a disk that fills: exit 1"
like "$err" "feed: cannot write '$feeds/firm.ics': No space left on device" "... names the file and the reason"
is "$(cat "$feeds/firm.ics")" "the old feed" "... the old file is untouched"
is "$(ls -A "$feeds")" "firm.ics" "... and no temporary file is left"
chmod 555 "$feeds"
as_user $DL_WRAPPER "$DEADLINES_BIN" -d "$db" feed -o "$feeds/firm.ics" >"$T/o" 2>"$T/e"
is "$?" 1 "feed -o into a directory it cannot write: exit 1"
like "$(cat "$T/e")" "Permission denied" "... says why"
is "$(cat "$feeds/firm.ics")" "the old feed" "... the old file is untouched"

# a damaged database found in the middle of a feed: exit 1 with SQLite's
# reason, and what reached standard output stays cut short (no END:VCALENDAR),
# so that nobody publishes it as a whole calendar. The later rows' order
# (read only for the events, after the first pieces went out) is damaged.
bad="$T/bad.db"
sqlite3 "$db" ".backup '$bad'"
sqlite3 "$bad" "INSERT INTO orders (id, case_id, docket, text, sha256, imported)
 VALUES (1, 2, '42', printf('%.*c', 20000, 'x'), 'x', '2026-01-01T00:00:00Z');
 UPDATE obligations SET order_id = 1 WHERE case_id = 2 AND id > (SELECT min(id) + 400 FROM obligations WHERE case_id = 2)"
page=$(sqlite3 "$bad" "SELECT pageno FROM dbstat WHERE name = 'orders' LIMIT 1")
dd if=/dev/urandom of="$bad" bs=4096 seek=$((page - 1)) count=1 conv=notrunc 2>/dev/null
run -d "$bad" feed
is "$rc" 1 "a feed that meets a damaged page: exit 1"
like "$err" "malformed" "... with SQLite's reason"
like "$out" "BEGIN:VEVENT" "... after the events before it went out"
case "$out" in *"END:VCALENDAR"*) ok 1 "... which are not closed as a whole calendar" ;; *) ok 0 "... which are not closed as a whole calendar" ;; esac
printf 'the old feed\n' > "$T/old.ics"
run -d "$bad" feed -o "$T/old.ics"
is "$rc" 1 "the same feed with -o: exit 1"
is "$(cat "$T/old.ics")" "the old feed" "... and the old file is untouched"
# A reader that may not create files beside the database (serve under the
# systemd unit's ReadOnlyPaths, a clerk with read access): writers keep the
# -wal and -shm files, without which SQLite cannot open a WAL database there.
ro="$T/ro"
mkdir "$ro"
dl -d "$ro/x.db" case add 1:1 --court txsd --caption "A v. B" >/dev/null
dl -d "$ro/x.db" add --case 1:1 --who X --action "first" --due 2027-01-05 >/dev/null
tok=$(dl -d "$ro/x.db" subscriber add ro | sed -n 's|.*/feeds/\([A-Za-z0-9_-]*\)\.ics$|\1|p')
ls "$ro/x.db-wal" "$ro/x.db-shm" >/dev/null 2>&1
ok $? "writers leave the -wal and -shm files for read-only readers"
# in_ro CMD...: CMD with $ro mounted read-only (exec'd: it keeps this pid)
ro_mount='mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
in_ro() { unshare -m sh -c "$ro_mount" sh "$ro" "$@"; }
if in_ro true 2>/dev/null; then
	out=$(in_ro $DL_WRAPPER "$DEADLINES_BIN" -d "$ro/x.db" --today 2027-01-01 list 2>&1)
	is "$?" 0 "list on a read-only mount"
	like "$out" "first" "... reads the obligations"
	port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	unshare -m sh -c "$ro_mount" sh "$ro" $DL_WRAPPER "$DEADLINES_BIN" -d "$ro/x.db" serve \
		--listen "127.0.0.1:$port" 2>"$T/ro-serve.err" &
	pid=$!
	i=0
	until curl -s -o /dev/null "http://127.0.0.1:$port/" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
	is "$(curl -s "http://127.0.0.1:$port/feeds/$tok.ics" | grep -c '^BEGIN:VEVENT')" 1 "serve on a read-only mount answers the feed"
	dl -d "$ro/x.db" add --case 1:1 --who X --action "second" --due 2027-01-06 >/dev/null
	is "$(curl -s "http://127.0.0.1:$port/feeds/$tok.ics" | grep -c '^BEGIN:VEVENT')" 2 "... and sees what a writer adds after it started"
	sqlite3 "$ro/x.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	dl -d "$ro/x.db" add --case 1:1 --who X --action "third" --due 2027-01-07 >/dev/null
	is "$(curl -s "http://127.0.0.1:$port/feeds/$tok.ics" | grep -c '^BEGIN:VEVENT')" 3 "... also after a checkpoint"
	kill "$pid"
	wait "$pid"
	is "$?" 0 "... and stops cleanly"
else
	skip 6 "cannot make a read-only bind mount here (needs root and unshare)"
fi
done_testing
