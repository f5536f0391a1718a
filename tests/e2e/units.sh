#!/bin/sh
# units.sh: the systemd user units in contrib/ and those 'notify
# --install-timer' writes pass systemd-analyze verify.
. "$DL_SRCDIR/tests/lib.sh"
if ! command -v systemd-analyze >/dev/null 2>&1; then
	echo "1..0 # SKIP systemd-analyze is not installed (apt-get install systemd)"
	exit 0
fi
mkdir -p "$T/units" "$T/run"
chmod 700 "$T/run"
for f in "$DL_SRCDIR"/contrib/systemd/*; do
	b=$(basename "$f" .in)
	sed "s|@bindir@/deadlines|$DEADLINES_BIN|" "$f" > "$T/units/$b"
done
XDG_RUNTIME_DIR="$T/run" systemd-analyze verify --user "$T"/units/* >"$T/v" 2>&1
ok $? "contrib/systemd units verify"
sed 's/^/# /' "$T/v"
run notify --install-timer
is "$rc" 0 "notify --install-timer"
like "$out" "systemctl --user daemon-reload" "it says how to enable the timer"
XDG_RUNTIME_DIR="$T/run" systemd-analyze verify --user "$HOME/.config/systemd/user/deadlines-notify.timer" \
	"$HOME/.config/systemd/user/deadlines-notify.service" >"$T/v" 2>&1
ok $? "the installed units verify"
grep -qx "ExecStart=$(readlink -f "$DEADLINES_BIN") notify" "$HOME/.config/systemd/user/deadlines-notify.service"
ok $? "the service runs deadlines notify (not the helper program behind it)"
grep -q '^Persistent=true' "$HOME/.config/systemd/user/deadlines-notify.timer"; ok $? "the timer is persistent"
grep -q '^OnCalendar=\*:0/15' "$HOME/.config/systemd/user/deadlines-notify.timer"; ok $? "and runs every 15 minutes"
# the units the build writes for 'make install' name the configured bindir
built="$(dirname "$DEADLINES_BIN")/../contrib/systemd"
for u in deadlines-notify.service deadlines-serve.service; do
	grep -q "^ExecStart=/.*/deadlines \(notify\|serve\)" "$built/$u" && ! grep -q '@bindir@' "$built/$u"
	ok $? "the built $u runs the installed program"
done
done_testing
