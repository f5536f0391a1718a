#!/bin/sh
# feed-dst.sh: the VTIMEZONEs of a feed are exact for every instant it uses.
# Timed hearings at 10:00 on both sides of every change of UTC offset from
# 1966 to 2030 (the Uniform Time Act of 1966, the emergency daylight time of
# 1974-75, the changes of 1987 and 2007, Indiana's counties, Arizona, Hawaii
# and the territories that keep none) in every zone of the United States and
# its territories (zone.tab), written by the feed writer; each hearing's UTC
# instant as the C library gives it (mktime under TZ), compared with what
# three independent readers make of the feed: libical, python3-icalendar and
# ical.js. The readers resolve the TZIDs with the feed's own VTIMEZONEs: the
# TZIDs are renamed so that no reader can use zone data of its own
# (python3-icalendar uses pytz's for a name it knows; that reading, of the
# feed as written, is checked too).
. "$DL_SRCDIR/tests/lib.sh"
py=/usr/bin/python3
js="${DL_JS_DIR:-$DL_SRCDIR/tests/js}"
helper="$(dirname "$DEADLINES_BIN")/../tests/unit/dst-feed"
if [ ! -x "$helper" ]; then
	skip 6 "tests/unit/dst-feed is not built (./configure --disable-tests)"
	done_testing
	exit
fi
zones=$(awk '$1 ~ /^(US|PR|VI|GU|MP|AS|UM)$/ { print $3 }' /usr/share/zoneinfo/zone.tab | sort)
n=$(printf '%s\n' $zones | wc -l)
[ "$n" -ge 30 ]
ok $? "every zone of the United States and its territories ($n, zone.tab)"

$helper write "$T/feed.ics" "$T/want" $zones 2>"$T/helper.err"
is "$?" 0 "the feed of hearings around every change of offset is written"
sed 's/^/# /' "$T/helper.err"
sort "$T/want" > "$T/want.sorted"
# the same feed, its TZIDs renamed (X-TEST-America/New_York): only the feed's
# VTIMEZONEs can say when 10:00 there is
sed -e 's/^TZID:/TZID:X-TEST-/' -e 's/;TZID=/;TZID=X-TEST-/' "$T/feed.ics" > "$T/renamed.ics"

$helper read "$T/renamed.ics" | sort > "$T/libical"
cmp -s "$T/want.sorted" "$T/libical"
ok $? "libical: every hearing at the C library's instant"
diff "$T/want.sorted" "$T/libical" | head -5 | sed 's/^/#   /'

instants_py() {
	$py - "$1" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for e in cal.walk("VEVENT"):
    d = e["DTSTART"].dt
    assert d.tzinfo is not None, "a floating start: %s" % e["UID"]
    print(str(e["UID"]), int(d.timestamp()))
PY
}
instants_py "$T/renamed.ics" | sort > "$T/python"
cmp -s "$T/want.sorted" "$T/python"
ok $? "python3-icalendar, from the feed's VTIMEZONEs: every hearing at the C library's instant"
diff "$T/want.sorted" "$T/python" | head -5 | sed 's/^/#   /'
instants_py "$T/feed.ics" | sort > "$T/python-named"
cmp -s "$T/want.sorted" "$T/python-named"
ok $? "python3-icalendar, the feed as written (its TZIDs are the zones' names): the same instants"

if command -v node >/dev/null 2>&1 && [ -d "$js/node_modules/ical.js" ]; then
	node "$js/instants.mjs" "$T/renamed.ics" | sort > "$T/js"
	cmp -s "$T/want.sorted" "$T/js"
	ok $? "ical.js: every hearing at the C library's instant"
	diff "$T/want.sorted" "$T/js" | head -5 | sed 's/^/#   /'
else
	skip 1 "ical.js not installed (contrib/install-deps.sh, or cd tests/js && npm ci)"
fi
# the issue's example: 2006-03-20 10:00 in New York is 15:00Z (the 2007 rules
# applied back would make it 14:00Z)
is "$(grep '^America/New_York/2006-03-20@dst ' "$T/libical" "$T/python" "$T/js" 2>/dev/null | cut -d' ' -f2 | sort -u)" \
	"$(date -u -d '2006-03-20 15:00' +%s)" "New York, 2006-03-20 10:00: 15:00Z in every reader"
done_testing
