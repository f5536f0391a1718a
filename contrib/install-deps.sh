#!/bin/sh
# install-deps.sh: install what deadlines needs to build and test, on Debian 12
# (run as root, or it uses sudo). Safe to run again.
set -eu
PACKAGES="build-essential autoconf automake libtool pkg-config
libsqlite3-dev libjansson-dev libglib2.0-dev libical-dev libnotify-dev libmicrohttpd-dev
libcmocka-dev sqlite3 tzdata util-linux python3 python3-icalendar remind
dunst xvfb xauth x11-utils dbus dbus-x11 libnotify-bin curl systemd
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
	exit 0
fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "install-deps: installed$missing"
