#!/bin/sh
# party.sh: --who names a party, in list, feed, subscriber and notify: a role
# (plaintiff or plaintiffs; defendants means any defendant, named or not) or a
# party of the case by its whole name; obligations of the parties or of
# counsel are every party's. An empty or unknown party is refused with the
# known ones.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
export DEADLINES_TODAY=2017-06-01
dl -d "$db" case add 1:1 --court txsd --caption "Butler v. Planet Corp." >/dev/null
dl -d "$db" case add 2:2 --court txsd --caption "Other v. Matter" >/dev/null
dl -d "$db" party add 1:1 "Jimmy Butler" --role plaintiff >/dev/null
dl -d "$db" party add 1:1 "Garrett Dressler" --role defendant >/dev/null
dl -d "$db" party add 1:1 "Christopher Lane" --role defendant >/dev/null
dl -d "$db" party add 1:1 "Planet Corp." --role defendant >/dev/null
dl -d "$db" party add 2:2 "Penny Lane" --role plaintiff >/dev/null
n=0
for w in "Plaintiff:p-plaintiff" "Defendants:p-defendants" "Defendant:p-defendant" "Parties:p-parties" \
	"counsel:p-counsel" "Planet Corp.:p-planet" "Christopher Lane:p-lane" "dressler:p-dressler"; do
	n=$((n + 1))
	dl -d "$db" add --case 1:1 --who "${w%%:*}" --action "${w#*:}" --due "2017-06-$((10 + n))" >/dev/null
done
dl -d "$db" add --case 2:2 --who Parties --action "o-parties" --due 2017-06-30 >/dev/null
dl -d "$db" add --case 2:2 --who "Penny Lane" --action "o-penny" --due 2017-07-01 >/dev/null

# actions ARGS...: the actions list --format csv gives, sorted, on one line
actions() { dl -d "$db" list --format csv "$@" | tail -n +2 | cut -d, -f8 | sort | tr '\n' ' '; }

is "$(actions --who defendants)" "o-parties p-counsel p-defendant p-defendants p-dressler p-lane p-parties p-planet " \
	"--who defendants: any defendant, named or not, and the parties' and counsel's (was: substring of 'Defendants')"
is "$(actions --who Defendant)" "$(actions --who defendants)" "--who Defendant: the same (a role, singular or plural)"
is "$(actions --who plaintiffs)" "o-parties o-penny p-counsel p-parties p-plaintiff " "--who plaintiffs: the plaintiffs and everyone's"
is "$(actions --who "Christopher Lane")" "p-counsel p-defendant p-defendants p-lane p-parties " \
	"--who NAME: that party's, its role's, and the parties' of its case (not Planet Corp.'s, not another case's)"
is "$(actions --who "garrett DRESSLER")" "p-counsel p-defendant p-defendants p-dressler p-parties " \
	"... whatever the letter case; an order's surname ('dressler') is the party's"
is "$(actions --who "Planet Corp.")" "p-counsel p-defendant p-defendants p-parties p-planet " "... a party added with party add can be selected"
is "$(actions --who parties)" "o-parties p-parties " "--who parties: the obligations of the parties"
is "$(actions --who "Penny Lane" --case 2:2)" "o-parties o-penny " "--who NAME --case: within that case"

# refused: an empty or unknown party, with the known ones
run -d "$db" list --who Lane
is "$rc" 2 "--who Lane (no party's whole name): exit 2 (was: Planet Corp.'s obligations)"
like "$err" "deadlines: list: unknown party 'Lane'" "... names it"
like "$err" "Christopher Lane, counsel, Defendant, Defendants, dressler, Garrett Dressler, Jimmy Butler, Parties, Penny Lane, Plaintiff, Planet Corp." "... and lists the known ones"
run -d "$db" list --who "Penny Lane" --case 1:1
is "$rc" 2 "--who a party of another case: exit 2"
like "$err" "known in case 1:1: Christopher Lane," "... the list is that case's"
run -d "$db" list --who ""
is "$rc" 2 "--who '': exit 2 (was: everything)"
like "$err" "deadlines: list: --who is empty" "... says so"
run -d "$db" list --who "  "
is "$rc" 2 "--who of blanks: exit 2"

# feed
run -d "$db" feed --who Lane
is "$rc" 2 "feed --who Lane: exit 2"
like "$err" "deadlines: feed: unknown party 'Lane'" "... names it"
is "$(dl -d "$db" feed --who "Christopher Lane" | grep -c '^BEGIN:VEVENT')" 5 "feed --who NAME: that party's five"
is "$(dl -d "$db" feed --who plaintiff --case 2:2 | grep -c '^BEGIN:VEVENT')" 2 "feed --who ROLE --case: that case's plaintiffs' and the parties'"

# subscriber: checked when added, over its cases; its feed follows the party
before=$(dbsum "$db")
run -d "$db" subscriber add lane --who Lane
is "$rc" 2 "subscriber add --who Lane: exit 2"
like "$err" "deadlines: subscriber: unknown party 'Lane'" "... names it"
run -d "$db" subscriber add lane --who "Penny Lane" --case 1:1
is "$rc" 2 "subscriber add --who of another case's party: exit 2"
is "$(dbsum "$db")" "$before" "... and nothing is stored"
run -d "$db" subscriber add dressler --who "Garrett Dressler" --case 1:1
is "$rc" 0 "subscriber add --who NAME --case"
mkdir "$T/pub"
dl -d "$db" publish "$T/pub" >/dev/null
is "$(cat "$T/pub"/*.ics | grep -c '^BEGIN:VEVENT')" 5 "... its feed: that party's five"

# notify (the morning's reminders for one party)
run -d "$db" notify --dry-run --who Lane
is "$rc" 2 "notify --who Lane: exit 2"
like "$err" "deadlines: notify: unknown party 'Lane'" "... names it"
run -d "$db" --today 2017-06-10 notify --dry-run --who plaintiff --thresholds 14
case "$out" in *p-defendant*) ok 1 "notify --who plaintiff leaves out the defendants'" ;; *) ok 0 "notify --who plaintiff leaves out the defendants'" ;; esac
like "$out" "p-plaintiff" "... and has the plaintiff's"

done_testing
