#!/bin/sh
# publish.sh: the files deadlines creates, tried as another local user would
# attack them (as root, when the test runs as root): publish into a directory
# owned by someone else never writes through a symbolic link, never changes
# the mode of a file it did not make, never hangs on a FIFO; feed -o the same;
# the database's side files are never followed. publish revokes: the file of
# a rotated or removed subscriber goes (only files publish made, by its
# manifest), and subscriber rm/rotate say a publish is needed. Leftover
# temporary files of killed runs are removed; modes follow the umask unless
# --mode is given.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"; }
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
dl -d "$db" add --case 2:16-cv-435 --who Defendants --action "answer" --due 2027-03-01 >/dev/null
hash_of() { printf '%s\n' "$1" | sed -n 's|^static file (deadlines publish): *\([0-9a-f]*\)\.ics$|\1|p'; }
ahash=$(hash_of "$(dl -d "$db" subscriber add alice)")
bhash=$(hash_of "$(dl -d "$db" subscriber add bob)")
is "${#ahash}${#bhash}" 6464 "two feed ids"

# A directory someone else owns, and a file of root's they would like to read.
victim="$T/victim"
printf 'secret\n' > "$victim"
chmod 600 "$victim"
other=65534
pub="$T/pub"
mkdir "$pub"
chmod 755 "$T"
as_other() { setpriv --reuid=$other --regid=$other --clear-groups "$@"; }
# spray DIR NAME: as the other user, symbolic links DIR/NAME.tmp.PID -> the
# victim for the next 4000 process ids (the temporary name the old code used)
spray() {
	as_other $py - "$1" "$2" "$victim" <<'PY'
import os, sys
d, name, victim = sys.argv[1:]
last = int(open("/proc/sys/kernel/ns_last_pid").read())
for pid in range(last + 1, last + 4001):
    os.symlink(victim, os.path.join(d, "%s.tmp.%d" % (name, pid)))
PY
}
unspray() { find "$1" -maxdepth 1 -type l -name '*.tmp.*' -delete; }

if [ "$(id -u)" = 0 ] && as_other true 2>/dev/null; then
	chown "$other:$other" "$pub"
	spray "$pub" "$ahash.ics"
	run -d "$db" publish "$pub"
	is "$(cat "$victim")" "secret" "publish as root into another user's directory: a planted link at the temporary name is not written through"
	is "$(stat -c %a "$victim")" 600 "... nor its target's mode changed"
	test -f "$pub/$ahash.ics" && ! test -L "$pub/$ahash.ics"
	ok $? "... and the feed is a regular file of its own"
	unspray "$pub"
	rm -f "$pub/$ahash.ics" "$pub/$bhash.ics"
	as_other ln -s "$victim" "$pub/$ahash.ics"
	run -d "$db" publish "$pub"
	is "$rc" 1 "a feed's file that is a symbolic link: exit 1"
	like "$err" "publish: cannot write '$pub/$ahash.ics': it is a symbolic link" "... saying so"
	test -L "$pub/$ahash.ics" && test -f "$pub/$bhash.ics"
	ok $? "... the link is left alone, the other feed written"
	is "$(cat "$victim"):$(stat -c %a "$victim")" "secret:600" "... and the link's target untouched"
	rm -f "$pub/$ahash.ics" "$pub/$bhash.ics"
	as_other mkfifo "$pub/$bhash.ics"
	timeout 20 "$DEADLINES_BIN" -d "$db" publish "$pub" >"$T/o" 2>"$T/e"
	is "$?" 1 "a FIFO where a feed goes: publish does not hang, exit 1"
	like "$(cat "$T/e")" "publish: cannot write '$pub/$bhash.ics': not a regular file" "... saying so"
	rm -f "$pub/$bhash.ics"

	# feed -o into a directory another user may write
	out_dir="$T/shared"
	mkdir "$out_dir"
	chown "$other:$other" "$out_dir"
	spray "$out_dir" "cal.ics"
	run -d "$db" feed -o "$out_dir/cal.ics"
	is "$rc:$(cat "$victim"):$(stat -c %a "$victim")" "0:secret:600" "feed -o: a planted link at the temporary name is not written through"
	grep -q 'BEGIN:VCALENDAR' "$out_dir/cal.ics" && ! test -L "$out_dir/cal.ics"
	ok $? "... the feed is written"
	unspray "$out_dir"
	rm -f "$out_dir/cal.ics"
	as_other ln -s "$victim" "$out_dir/cal.ics"
	run -d "$db" feed -o "$out_dir/cal.ics"
	is "$rc" 1 "feed -o onto a symbolic link: exit 1"
	like "$err" "feed: cannot write '$out_dir/cal.ics': it is a symbolic link" "... saying so"
	is "$(cat "$victim"):$(stat -c %a "$victim")" "secret:600" "... and its target untouched"

	# the database's side files: a planted link is never followed
	dbdir="$T/dbdir"
	mkdir "$dbdir"
	chown "$other:$other" "$dbdir"
	as_other ln -s "$victim" "$dbdir/x.db-wal"
	run -d "$dbdir/x.db" case add 1:1 --court txsd --caption "A v. B"
	is "$rc" 1 "a database whose -wal is a symbolic link: exit 1"
	like "$err" "cannot open database '$dbdir/x.db': '$dbdir/x.db-wal' is a symbolic link" "... naming it"
	is "$(cat "$victim"):$(stat -c %a "$victim")" "secret:600" "... and its target untouched"
	chown root:root "$pub"
else
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do skip "needs root and setpriv to act as another user"; done
fi

# Modes: the umask, unless --mode says otherwise.
rm -f "$pub"/*.ics
(umask 077 && dl -d "$db" publish "$pub" >/dev/null)
is "$(stat -c %a "$pub/$ahash.ics")" 600 "publish under umask 077: 0600"
(umask 022 && dl -d "$db" publish --mode 0644 "$pub" >/dev/null)
is "$(stat -c %a "$pub/$ahash.ics")" 644 "publish --mode 0644: 0644, even when the feed did not change"
(umask 027 && dl -d "$db" feed -o "$T/cal.ics")
is "$(stat -c %a "$T/cal.ics")" 640 "feed -o under umask 027: 0640"
dl -d "$db" feed --mode 0604 -o "$T/cal.ics"
is "$(stat -c %a "$T/cal.ics")" 604 "feed -o --mode 0604: 0604"
run -d "$db" publish --mode 0777 "$pub"
is "$rc" 2 "publish --mode 0777 (executable): exit 2"
run -d "$db" feed --mode u+r -o "$T/cal.ics"
is "$rc" 2 "feed --mode u+r: exit 2"
run -d "$db" feed --mode 0644
is "$rc" 2 "feed --mode without -o: exit 2"

# Leftovers of killed runs (ours only) go; other files stay.
printf 'partial' > "$pub/$ahash.ics.tmp.4242"
printf 'partial' > "$pub/$bhash.ics.tmp.99.Xy12ab"
printf 'keep' > "$pub/index.html"
printf 'keep' > "$pub/notes.ics.tmp.1"
run -d "$db" publish "$pub"
is "$rc" 0 "publish after a killed run"
test ! -e "$pub/$ahash.ics.tmp.4242" && test ! -e "$pub/$bhash.ics.tmp.99.Xy12ab"
ok $? "... removes the temporary files killed runs left"
is "$(cat "$pub/index.html") $(cat "$pub/notes.ics.tmp.1")" "keep keep" "... and nothing else"

# Revocation: a rotated or removed subscriber's file goes, with the next publish.
stranger=$(printf 'not ours' | sha256sum | cut -d' ' -f1)
printf 'someone else made this\n' > "$pub/$stranger.ics"
run -d "$db" subscriber rotate alice
like "$out" "run 'deadlines publish $pub'" "subscriber rotate: says a publish is needed, and where"
nhash=$(hash_of "$out")
ok "$([ -e "$pub/$ahash.ics" ] && echo 0 || echo 1)" "... (the old file is still there until then)"
run -d "$db" publish "$pub"
is "$out" "published 1 feed, 1 unchanged, 1 removed" "publish after rotate: the new feed written, the old one removed"
test ! -e "$pub/$ahash.ics" && test -f "$pub/$nhash.ics"
ok $? "... the old token's file is gone, the new one is there"
run -d "$db" subscriber rm bob
like "$out" "removed subscriber bob" "subscriber rm"
like "$out" "run 'deadlines publish $pub'" "... says a publish is needed, and where"
run -d "$db" publish "$pub"
is "$out" "published 0 feeds, 1 unchanged, 1 removed" "publish after rm"
test ! -e "$pub/$bhash.ics"
ok $? "... the removed subscriber's file is gone"
is "$(cat "$pub/$stranger.ics")" "someone else made this" "a file publish did not make is never removed"
is "$(ls -A "$pub" | sort | tr '\n' ' ')" "$(printf '%s\n' .deadlines-publish "$nhash.ics" "$stranger.ics" index.html notes.ics.tmp.1 | sort | tr '\n' ' ')" "the directory holds the manifest, the live feed and the files of others"
is "$(stat -c %a "$pub/.deadlines-publish")" 600 "the manifest is private"
grep -q "$nhash" "$pub/.deadlines-publish"
ok "$([ $? -ne 0 ] && echo 0 || echo 1)" "... and does not list the feed ids"
# a second directory: messages name the last one published
mkdir "$T/pub2"
dl -d "$db" publish "$T/pub2" >/dev/null
run -d "$db" subscriber rotate alice
like "$out" "run 'deadlines publish $T/pub2'" "the message names the last directory published"
# with no publish yet, nothing is said about it
db2="$T/y.db"
dl -d "$db2" case add 1:1 --court txsd --caption "A v. B" >/dev/null
dl -d "$db2" subscriber add carol >/dev/null
run -d "$db2" subscriber rm carol
is "$out" "removed subscriber carol" "no publish yet: subscriber rm says only what it did"
done_testing
