#!/bin/sh
# butler-v-hernandez.sh: the seed order (examples/butler-v-hernandez-2017-05-19.txt,
# S.D. Tex., entered Fri 2017-05-19) set up by hand: its case, parties and the
# two obligations the order creates, then the morning report and the
# explanation of the computed date.
# usage: examples/butler-v-hernandez.sh [DEADLINES-BINARY]   (uses a fresh database under /tmp)
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
# "Defendants shall respond to Plaintiff's discovery requests within the
# parameters set forth above": no time stated; 30 days after entry is presumed
# by analogy to FRCP 33(b)(2) and 34(b)(2)(A).
dl add --case 2:16-cv-435 --who Defendants \
	--action "respond to Plaintiff's discovery requests" \
	--scope "the personal knowledge and conduct of Defendants as it relates to Plaintiff being assaulted by inmate Broomfield on about January 8, 2016" \
	--within 30d --from 2017-05-19 --presumed \
	--note "presumed: the order states no time (FRCP 33(b)(2), 34(b)(2)(A) by analogy)"
# "Defendants are protected from discovery of matters outside the parameters
# set forth in this order until the issues of qualified immunity have been decided."
dl add --case 2:16-cv-435 --who Defendants \
	--action "protected from discovery of matters outside the parameters" \
	--until "the issues of qualified immunity have been decided"
echo
dl list
echo
dl show 1 --explain
echo
echo "database: $DEADLINES_DB (today is $DEADLINES_TODAY)"
