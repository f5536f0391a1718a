# lib.sh: TAP helpers for the end-to-end tests. Each test script sources this,
# drives the built binary on throw-away databases with a fixed --today, and
# compares output with golden files in tests/golden (DL_UPDATE_GOLDEN=1 rewrites
# them; review the diff before committing).
set -u
: "${DEADLINES_BIN:?run through make check}"
: "${DL_SRCDIR:?run through make check}"
DL_WRAPPER=${DL_WRAPPER:-}
export DEADLINES_NOW=2026-01-01T00:00:00Z
unset DEADLINES_DB DEADLINES_TODAY NO_COLOR
T=$(mktemp -d "${TMPDIR:-/tmp}/dl-e2e.XXXXXX")
# The script's own standard error (not that of the commands it captures) is
# kept in a file and passed on at exit; done_testing fails the test when the
# shell said there that a command was not found: a misspelt helper or tool
# would otherwise print that and let the script go on without its check.
exec 3>&2 2>"$T/stderr"
finish() { cat "$T/stderr" >&3 2>/dev/null; rm -rf "$T"; }
trap finish EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/xdg"
tap_n=0
tap_failed=0

# dl ARGS...: the program (under valgrind with --enable-valgrind).
dl() { $DL_WRAPPER "$DEADLINES_BIN" "$@"; }

# run ARGS...: run dl, keeping $out, $err and $rc.
run() {
	dl "$@" >"$T/out" 2>"$T/err"
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
}

ok() { # ok CONDITION-STATUS NAME
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		echo "not ok $tap_n - $2"
		tap_failed=$((tap_failed + 1))
	fi
}

skip() { # skip COUNT REASON: COUNT checks not run here, each numbered in order
	_skip=0
	while [ "$_skip" -lt "$1" ]; do
		tap_n=$((tap_n + 1))
		_skip=$((_skip + 1))
		echo "ok $tap_n # SKIP $2"
	done
}

is() { # is GOT WANT NAME
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   got:  %s\n#   want: %s\n' "$1" "$2" | sed 's/^\([^#]\)/#   \1/'
	fi
}

like() { # like GOT SUBSTRING NAME
	case "$1" in
	*"$2"*) ok 0 "$3" ;;
	*) ok 1 "$3"; printf '#   got: %s\n#   expected to contain: %s\n' "$1" "$2" ;;
	esac
}

golden() { # golden NAME: compare $out with tests/golden/NAME
	g="$DL_SRCDIR/tests/golden/$1"
	# UIDs are random: compare them as a placeholder.
	printf '%s\n' "$out" | sed -E 's/[0-9a-f]{32}@deadlines/UID@deadlines/g' >"$T/golden-got"
	if [ "${DL_UPDATE_GOLDEN:-}" = 1 ]; then
		cp "$T/golden-got" "$g"
	fi
	if diff -u "$g" "$T/golden-got" >"$T/diff" 2>&1; then
		ok 0 "golden $1"
	else
		ok 1 "golden $1"
		sed 's/^/#   /' "$T/diff"
	fi
}

# dbsum DB: a checksum of a database's whole content (schema and rows).
dbsum() { sqlite3 "$1" .dump | sha256sum | cut -d' ' -f1; }

# khal_config: a private khal (feed-clients.sh, recurring.sh) with one calendar
# in $T/khal/cal, New York time, ISO dates; its config is $T/khal/config
khal_config() {
	mkdir -p "$T/khal/cal"
	cat >"$T/khal/config" <<CONF
[calendars]
[[deadlines]]
path = $T/khal/cal
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = America/New_York
default_timezone = America/New_York
CONF
}

done_testing() {
	if grep -E ': (line )?[0-9]+: .+: (command )?not found$' "$T/stderr" >"$T/missing"; then
		ok 1 "every command the script runs exists"
		sed 's/^/#   /' "$T/missing"
	fi
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
}
