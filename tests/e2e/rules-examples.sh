#!/bin/sh
# rules-examples.sh: the rules' own worked examples, end to end. compute
# without --court counts as those examples do: federal legal holidays only,
# in no time zone, and says that state holidays and recorded closures were
# not applied (issue 19, item 14).
. "$DL_SRCDIR/tests/lib.sh"
py=/usr/bin/python3

# Committee Note to the 2009 amendments, FRAP 26(a)(5) (the FRCP 6(a)(5) note
# gives the same example): "if a filing is due within 10 days after an event,
# and the tenth day falls on Saturday, September 1, 2007, then the filing is
# due on Tuesday, September 4, 2007 (Monday, September 3, is Labor Day). But
# if a filing is due 10 days before an event, and the tenth day falls on
# Saturday, September 1, then the filing is due on Friday, August 31. If the
# clerk's office is inaccessible on August 31, then subdivision (a)(3) extends
# the filing deadline forward to the next accessible day that is not a
# Saturday, Sunday or legal holiday--no earlier than Tuesday, September 4."
# The note applies the 2009 rules to 2007 dates: --regime 2009-12-01.
run compute --from 2007-08-22 --days 10 --regime 2009-12-01
is "$out" "Tue 2007-09-04" "committee note: 10 days after, tenth day Sat 2007-09-01 -> Tue 2007-09-04, without --court"
is "$rc" 0 "compute without --court succeeds"
like "$err" "warning: no court given" "it warns that no court was given"
like "$err" "state holidays" "... that state holidays were not applied"
like "$err" "recorded closures" "... and that closures were not applied"
run compute --from 2007-09-11 --days 10 --before --regime 2009-12-01
is "$out" "Fri 2007-08-31" "committee note: 10 days before, tenth day Sat 2007-09-01 -> Fri 2007-08-31"
run compute --from 2007-09-11 --days 10 --before --regime 2009-12-01 --inaccessible 2007-08-31
is "$out" "Tue 2007-09-04" "committee note: clerk's office inaccessible Aug 31 -> Tue 2007-09-04"
run compute --from 2007-08-22 --days 10 --regime 2009-12-01 --explain
like "$out" "Mon 2007-09-03 is Labor Day" "--explain names Labor Day"
like "$out" "No court: federal holidays only, no time zone" "--explain says there is no court"
run compute --from 2007-08-22 --days 10 --regime 2009-12-01 --json
fields=$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin); print(d["due"], d["court"], d["tz"], d["end"], any("no court given" in w for w in d["warnings"]))')
is "$fields" "2007-09-04 None None 2007-09-04T23:59 True" "--json: no court, no time zone, the warning"

# TIMING.md 7: the day after Thanksgiving is no federal holiday; without a
# court no state makes it one (in a Texas district court it is).
run compute --from 2024-11-08 --days 21
is "$out" "Fri 2024-11-29" "no court: no state holiday counts"
run compute --from 2024-11-08 --days 21 --court txsd
is "$out" "Mon 2024-12-02" "with --court txsd the Texas holiday counts"
# hours run in no time zone: no daylight-saving hour
run compute --from 2024-03-08T10:00 --hours 48
is "$out" "Mon 2024-03-11 10:00" "48 hours from Fri 10:00 in no time zone: Sun 10:00 -> Mon 10:00"
# a division needs a court; closures recorded for a court are not read
run compute --from 2024-03-01 --days 30 --division "El Paso"
is "$rc" 2 "--division without --court is a usage error"
done_testing
