#!/bin/sh
# install-deps.sh: install what deadlines needs to build and test, on Debian 12:
# the packages (run as root, or it uses sudo) and the test-only JavaScript in
# tests/js (npm ci). Safe to run again. (poppler-glib, GMime and Tesseract read
# orders as they arrive; qpdf makes the bad PDFs of tests/e2e/intake.sh;
# poppler-utils and tesseract-ocr are bench/run's peers.)
set -eu
PACKAGES="build-essential autoconf automake libtool pkg-config
libsqlite3-dev libjansson-dev libglib2.0-dev libical-dev libmimalloc-dev libnotify-dev libmicrohttpd-dev
libpoppler-glib-dev libgmime-3.0-dev libtesseract-dev tesseract-ocr-eng qpdf
poppler-utils tesseract-ocr libcurl4-openssl-dev
libcmocka-dev sqlite3 tzdata util-linux python3 python3-icalendar remind
dunst xvfb xauth x11-utils dbus dbus-x11 libnotify-bin curl systemd khal calcurse
clang libclang-rt-14-dev"
# Node.js runs the test-only ical.js checks; machines that already have it keep theirs.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES nodejs npm"
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
missing=
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "install-deps: all packages are installed"
else
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
	echo "install-deps: installed$missing"
fi
# The test-only JavaScript (tests/js: ical.js, the parser Thunderbird uses,
# reads our feeds in tests/e2e/feed.sh), as its lock file pins it, for the user
# running this: without it 'make check' skips those checks.
js="$(dirname "$0")/../tests/js"
if [ -f "$js/package-lock.json" ] && command -v npm >/dev/null 2>&1; then
	if ! (cd "$js" && npm ci --no-audit --no-fund --silent); then
		echo "install-deps: 'npm ci' in tests/js failed" >&2
		exit 1
	fi
	echo "install-deps: installed the test packages in tests/js (npm ci)"
fi
