#!/bin/sh
# example.sh: the README's first quick-start command ends by running
# examples/butler-v-hernandez.sh; it must keep working and show the seed's
# two obligations with the presumed Tue 2017-06-20 date and its explanation.
. "$DL_SRCDIR/tests/lib.sh"
DEADLINES_DB="$T/example.db" sh "$DL_SRCDIR/examples/butler-v-hernandez.sh" "$DEADLINES_BIN" >"$T/out" 2>"$T/err"
is "$?" 0 "the example script runs"
out=$(cat "$T/out")
like "$out" "imported the order into case 2:16-cv-435: 2 obligations" "it imports the seed order"
like "$out" "   1 Tue 2017-06-20~    19  2:16-cv-435  defendants" "the report shows the presumed deadline"
like "$out" "until: the issues of qualified immunity have been decided" "and the until-obligation"
like "$out" "[Tex. Gov't Code § 662.003(b)(4); FRCP 6(a)(6)(C)]" "and explains the date"
like "$out" "#1  pending deadline since" "the presumed deadline awaits review"
like "$out" "#1 accepted: defendants respond to Plaintiff's discovery requests, due Tue 2017-06-20" "... and is accepted"
done_testing
