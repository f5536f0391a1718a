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

# nothing builds a command line for a shell, not even the tests written in C
is "$(grep -rnE --include='*.c' --include='*.h' '\b(system|popen)[[:space:]]*\(' "$DL_SRCDIR/src" "$DL_SRCDIR/tests" "$DL_SRCDIR/fuzz" "$DL_SRCDIR/bench" | wc -l)" 0 "no system() or popen() in the C sources (src, tests, fuzz, bench)"
done_testing
