#!/bin/sh
# butler-v-hernandez.sh: the seed order end to end. Creates the case, imports
# the order (examples/butler-v-hernandez-2017-05-19.txt, S.D. Tex., entered Fri
# 2017-05-19; its header block gives the entry date and docket entry), then
# prints the morning report, an export, how the deadline was computed, and
# the review of the deadline the reader was unsure of (its time is presumed).
# usage: examples/butler-v-hernandez.sh [DEADLINES-BINARY]   (a fresh database under /tmp)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../src/deadlines}
export DEADLINES_DB="${DEADLINES_DB:-$(mktemp -d /tmp/deadlines-example.XXXXXX)/deadlines.db}"
export DEADLINES_TODAY="${DEADLINES_TODAY:-2017-06-01}"
dl() { "$bin" "$@"; }

dl case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" --judge "Jason B. Libby"
dl party add 2:16-cv-435 "Jimmy Arneal Butler" --role plaintiff
dl party add 2:16-cv-435 "Garrett Dressler" --role defendant
dl party add 2:16-cv-435 "Christopher Lane" --role defendant
echo
dl import "$here/butler-v-hernandez-2017-05-19.txt" --case 2:16-cv-435
echo
echo "== the morning report (today is $DEADLINES_TODAY)"
dl list
echo
echo "== export (CSV)"
dl list --status all --format csv
echo
echo "== how the deadline was computed"
dl show 1 --explain
echo
echo "== the review queue: the order states no time for the deadline (presumed), so it awaits review"
dl review next
dl review accept 1 --reason "30 days, as the rules presume"
echo
echo "database: $DEADLINES_DB"
