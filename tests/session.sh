# session.sh: a private desktop session for the notification tests, sourced
# by them before tests/lib.sh.
#   in_session TOOL...: unless already inside, check that each tool is
#     installed (else a TAP skip) and run the calling script again inside
#     dbus-run-session, on a bus whose configuration has no service
#     directories (nothing is auto-started); exits with its status.
#   start_dunst: Xvfb and dunst in the session (after tests/lib.sh), stopped
#     at exit; received: close what is shown, then "summary|timeout" of every
#     notification dunst got so far, oldest first.
in_session() {
	[ -n "${DL_IN_SESSION:-}" ] && return 0
	for tool in "$@"; do
		if ! command -v "$tool" >/dev/null 2>&1; then
			echo "1..0 # SKIP $tool is not installed (apt-get install dunst xvfb dbus)"
			exit 0
		fi
	done
	conf=$(mktemp "${TMPDIR:-/tmp}/dl-bus.XXXXXX")
	cat > "$conf" <<'XML'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
XML
	DL_IN_SESSION=1 dbus-run-session --config-file="$conf" -- sh "$0" 2>/dev/null
	rc=$?
	rm -f "$conf"
	exit $rc
}

start_dunst() {
	# (Xvfb picks a free display and writes its number: tests that run at
	# once, or a display left over, never share one)
	Xvfb -displayfd 3 -screen 0 800x600x24 -nolisten tcp 3>"$T/display" >/dev/null 2>&1 &
	xvfb=$!
	i=0
	until [ -s "$T/display" ] || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
	export DISPLAY=":$(head -n 1 "$T/display")"
	i=0
	until xdpyinfo >/dev/null 2>&1 || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
	dunst >"$T/dunst.log" 2>&1 &
	dunst=$!
	trap 'kill $dunst $xvfb 2>/dev/null; finish' EXIT
	i=0
	until dunstctl count displayed >/dev/null 2>&1 || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
}

received() {
	dunstctl close-all
	sleep 0.2
	dunstctl history | /usr/bin/python3 -c 'import json,sys; print("\n".join("%s|%s" % (n["summary"]["data"], n["timeout"]["data"]) for n in sorted(json.load(sys.stdin)["data"][0], key=lambda n: n["id"]["data"])))'
}
