#!/bin/sh
# install-timer.sh: 'notify --install-timer' runs no shell: a HOME holding a
# quote and a command makes the directories it names and runs nothing; the
# program's path goes into the unit quoted for systemd (spaces, quotes, '%'),
# which systemd-analyze reads back. No C source calls system() or popen().
. "$DL_SRCDIR/tests/lib.sh"
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"; }
full="$(dirname "$DEADLINES_BIN")/deadlines-full"

evil="$T/home'; touch $T/pwned; echo '"
mkdir -p "$evil"
HOME="$evil" $DL_WRAPPER "$DEADLINES_BIN" notify --install-timer >"$T/o" 2>"$T/e"
is "$?" 0 "install-timer with a quote and a command in HOME: exit 0"
test ! -e "$T/pwned"
ok $? "... the command in HOME is not run"
test -f "$evil/.config/systemd/user/deadlines-notify.service" && test -f "$evil/.config/systemd/user/deadlines-notify.timer"
ok $? "... the units are in HOME's own .config/systemd/user"
like "$(cat "$T/o")" "installed $evil/.config/systemd/user/deadlines-notify.service" "... and it says where"
is "$(stat -c %a "$evil/.config/systemd/user")" 700 "... a directory it makes is private (0700)"

# A program path with a space, a '%', a '$' and a ';': quoted and escaped as
# systemd reads ExecStart.
odd="$T/my dir/100%/a\$b;c"
mkdir -p "$odd"
cp "$full" "$odd/deadlines-full"
h2="$T/home2"
mkdir -p "$h2"
HOME="$h2" DEADLINES_PROGRAM="$odd/deadlines-full" $DL_WRAPPER "$odd/deadlines-full" notify --install-timer >/dev/null 2>"$T/e"
is "$?" 0 "install-timer for a program whose path has a space, a '%', a '\$' and a ';'"
unit="$h2/.config/systemd/user/deadlines-notify.service"
grep -q '^SuccessExitStatus=3$' "$unit"
ok $? "... exit status 3 (no notification server now) is not a failure of the unit"
if command -v systemd-analyze >/dev/null 2>&1; then
	systemd-analyze verify "$unit" >"$T/verify" 2>&1
	is "$?" 0 "systemd-analyze verify reads the unit: its ExecStart names the program"
	sed 's/^/#   /' "$T/verify"
else
	skip "systemd-analyze is not installed"
fi
# systemd refuses a quote or a backslash in a program's name: said, not written
bad="$T/it's"
mkdir -p "$bad"
cp "$full" "$bad/deadlines-full"
HOME="$T/home3" DEADLINES_PROGRAM="$bad/deadlines-full" $DL_WRAPPER "$bad/deadlines-full" notify --install-timer >/dev/null 2>"$T/e"
is "$?" 1 "a program path with a quote: exit 1"
like "$(cat "$T/e")" "has a quote, a backslash or a control character, which systemd refuses in a unit" "... saying why"
test ! -e "$T/home3/.config/systemd/user/deadlines-notify.service"
ok $? "... and writing no unit"
printf 'x' > "$T/file"
HOME="$T/file" $DL_WRAPPER "$DEADLINES_BIN" notify --install-timer >"$T/o" 2>"$T/e"
is "$?" 1 "a HOME that is not a directory: exit 1"
like "$(cat "$T/e")" "notify --install-timer: cannot create the directory '$T/file/.config/systemd/user': Not a directory" "... naming the directory and the reason"

# the unit keeps the database it was installed for, or the feed
h4="$T/home4"
mkdir -p "$h4"
HOME="$h4" $DL_WRAPPER "$DEADLINES_BIN" -d "$T/my dbs/firm.db" notify --install-timer >/dev/null 2>"$T/e"
unit="$h4/.config/systemd/user/deadlines-notify.service"
grep -qx "Environment=\"DEADLINES_DB=$T/my dbs/firm.db\"" "$unit"
ok $? "the unit keeps the database (-d) as DEADLINES_DB"
HOME="$h4" DEADLINES_DB="$T/env.db" $DL_WRAPPER "$DEADLINES_BIN" notify --install-timer >/dev/null 2>"$T/e"
grep -qx "Environment=\"DEADLINES_DB=$T/env.db\"" "$unit"
ok $? "... and DEADLINES_DB when that names it"
HOME="$h4" $DL_WRAPPER "$DEADLINES_BIN" notify --install-timer --feed "https://cal.example.com/feeds/abc%20def.ics" >/dev/null 2>"$T/e"
is "$(grep '^ExecStart=' "$unit" | sed 's/^ExecStart=[^ ]* //')" "notify --feed https://cal.example.com/feeds/abc%%20def.ics" "--feed URL: the unit runs notify --feed URL ('%' doubled for systemd)"
is "$(grep -c DEADLINES_DB "$unit")" 0 "... with no database"
grep -q '^SuccessExitStatus=3$' "$unit"
ok $? "... exit status 3 a success"
if command -v systemd-analyze >/dev/null 2>&1; then
	systemd-analyze verify "$unit" >"$T/verify" 2>&1
	is "$?" 0 "systemd-analyze verify reads the feed's unit"
	sed 's/^/#   /' "$T/verify"
else
	skip "systemd-analyze is not installed"
fi
run notify --install-timer --feed relative.ics
is "$rc" 2 "--install-timer --feed with a relative path: exit 2"

# nothing builds a command line for a shell, not even the tests written in C
is "$(grep -rnE --include='*.c' --include='*.h' '\b(system|popen)[[:space:]]*\(' "$DL_SRCDIR/src" "$DL_SRCDIR/tests" "$DL_SRCDIR/fuzz" "$DL_SRCDIR/bench" | wc -l)" 0 "no system() or popen() in the C sources (src, tests, fuzz, bench)"
done_testing
