#!/bin/sh
# readonly.sh: a user who may read the database but not write it (nor create
# files beside it) can run the reports and serve, whether or not the -wal and
# -shm files are there (any SQLite tool that closes the database last removes
# them), without creating them; serve sees later writes in both states. Such
# a reader never leaves a -wal or -shm of its own that would lock the owner
# out. Run as root, acting as two other users (setpriv).
. "$DL_SRCDIR/tests/lib.sh"
py=/usr/bin/python3
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"; }
owner=4242 reader=65534
as() { u=$1; shift; setpriv --reuid="$u" --regid="$u" --clear-groups "$@"; }
if [ "$(id -u)" != 0 ] || ! as $reader true 2>/dev/null; then
	skip "needs root and setpriv to act as other users"
	done_testing
	exit $?
fi
chmod 755 "$T"
ro="$T/ro"
mkdir "$ro"
chown $owner:$owner "$ro"
db="$ro/x.db"
own() { as $owner $DL_WRAPPER "$DEADLINES_BIN" -d "$db" "$@"; }
own case add 1:1 --court txsd --caption "A v. B" >/dev/null
own add --case 1:1 --who X --action "first" --due 2027-01-05 >/dev/null
tok=$(own subscriber add ro | sed -n 's|.*/feeds/\([A-Za-z0-9_-]*\)\.ics$|\1|p')
chmod 644 "$db" "$db-wal" "$db-shm"
# read ARGS...: the program as the reader, keeping $out, $err, $rc
read_as() { as $reader $DL_WRAPPER "$DEADLINES_BIN" -d "$db" "$@" >"$T/out" 2>"$T/err"; rc=$?; out=$(cat "$T/out"); err=$(cat "$T/err"); }
# drop_side_files: what the sqlite3 shell does when it closes the database last
drop_side_files() { as $owner sqlite3 "$db" "SELECT count(*) FROM cases" >/dev/null; }

read_as --today 2027-01-01 list
is "$rc" 0 "with the -wal and -shm files: list as a reader who may not write"
drop_side_files
test ! -e "$db-wal" && test ! -e "$db-shm"
ok $? "the sqlite3 shell removed the -wal and -shm files"
read_as --today 2027-01-01 list
is "$rc" 0 "without them: list as that reader"
like "$out" "first" "... reads the obligations"
is "$err" "" "... and says nothing on standard error"
read_as --today 2027-01-01 show 1
is "$rc" 0 "... show too"
test ! -e "$db-wal" && test ! -e "$db-shm"
ok $? "... and creates no file beside the database"

# A reader who may write the directory (not the database): SQLite would
# create the -wal and -shm as the reader, and the owner could no longer write.
chmod 777 "$ro"
read_as --today 2027-01-01 list
is "$rc" 0 "a reader who may write the directory but not the database: list"
test ! -e "$db-wal" && test ! -e "$db-shm"
ok $? "... creates no -wal or -shm of its own"
run_owner_add() { own add --case 1:1 --who X --action "$1" --due "$2" >"$T/o" 2>"$T/e"; echo $?; }
is "$(run_owner_add "second" 2027-01-06)" 0 "... so the owner still writes"
chmod 755 "$ro"
chmod 644 "$db"*

# publish and feed as the reader, without the side files
drop_side_files
mkdir "$T/rpub"
chown $reader "$T/rpub"
read_as publish "$T/rpub"
is "$rc:$out" "0:published 1 feed, 0 unchanged" "publish as the reader, without the -wal and -shm"
read_as feed
like "$rc:$out" "0:BEGIN:VCALENDAR" "feed as the reader"
test ! -e "$db-wal" && test ! -e "$db-shm"
ok $? "... neither made a file beside the database"

# serve as the reader, started without the side files, sees every later write
events() { curl -s "http://127.0.0.1:$port/feeds/$tok.ics" | grep -c '^BEGIN:VEVENT'; }
drop_side_files
port=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
setpriv --reuid=$reader --regid=$reader --clear-groups $DL_WRAPPER "$DEADLINES_BIN" -d "$db" serve \
	--listen "127.0.0.1:$port" 2>"$T/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null; finish' EXIT
i=0
until curl -s -o /dev/null "http://127.0.0.1:$port/" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
is "$(events)" 2 "serve as the reader, started without the -wal and -shm files, answers the feed"
is "$(run_owner_add "third" 2027-01-07)" 0 "the owner writes (making the -wal and -shm again)"
is "$(events)" 3 "... and serve sees it"
drop_side_files
is "$(events)" 3 "the files removed again: serve still answers"
is "$(run_owner_add "fourth" 2027-01-08)" 0 "the owner writes again"
is "$(events)" 4 "... and serve sees that too"
as $owner sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
is "$(run_owner_add "fifth" 2027-01-09)" 0 "after a checkpoint, the owner writes"
is "$(events)" 5 "... and serve sees it"
kill "$pid"
wait "$pid"
is "$?" 0 "serve stops cleanly"
is "$(cat "$T/serve.err" | grep -v 'serving feeds on')" "" "... having said nothing but where it serves"
test ! -O "$db-shm" 2>/dev/null && [ "$(stat -c %u "$db-shm")" = $owner ]
ok $? "the -shm file is the owner's, not the reader's"

# a -wal holding changes without its -shm: nothing to read them by; said so
as $owner $py - "$db" "$ro/wal.copy" <<'PY'
import shutil, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("UPDATE obligations SET note = 'changed' WHERE id = 1")
c.commit()
shutil.copy(sys.argv[1] + "-wal", sys.argv[2])   # before the close checkpoints it
c.close()
PY
drop_side_files
as $owner cp "$ro/wal.copy" "$db-wal"
chmod 644 "$db-wal"
test -s "$db-wal" && test ! -e "$db-shm"
ok $? "a -wal holding changes, and no -shm"
read_as --today 2027-01-01 list
is "$rc" 1 "... as the reader: exit 1 (its changes cannot be read without the -shm)"
like "$err" "cannot open database '$db'" "... with a message naming the database"
like "$err" "-shm" "... and what is missing"
done_testing
