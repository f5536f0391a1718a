#!/bin/sh
# engine.sh: compute, holidays and closure from the command line, and
# obligations with relative periods that are recomputed when a closure changes.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3

run compute --from 2017-05-19 --days 30 --court txsd
is "$out" "Tue 2017-06-20" "seed: 30 days after entry in S.D. Tex. is Tue 2017-06-20"
run compute --from 2017-05-19 --days 30 --court txsd --explain
golden compute-seed-explain
like "$out" "Emancipation Day in Texas" "--explain names the holiday"
like "$out" "[Tex. Gov't Code § 662.003(b)(4); FRCP 6(a)(6)(C)]" "--explain cites the statute and the rule"
run compute --from 2017-05-19 --days 30 --court txsd --json
fields=$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin); print(d["due"], d["weekday"], d["time"], d["rules"], d["court"], len(d["steps"]) > 3, d["earliest"], d["warnings"], d["end"])')
is "$fields" "2017-06-20 Tue None frcp txsd True None [] 2017-06-20T23:59-05:00" "--json has the documented fields"

# TIMING.md section 7, end to end
for c in "2024-02-01 30 mad electronic|Mon 2024-03-04" "2024-02-01 30 mad mail|Thu 2024-03-07" \
	"2024-05-10 14 mad mail|Tue 2024-05-28" "2024-11-08 21 mad -|Fri 2024-11-29" \
	"2024-11-08 21 txsd -|Mon 2024-12-02"; do
	set -- ${c%|*}
	want=${c#*|}
	if [ "$4" = - ]; then run compute --from "$1" --days "$2" --court "$3"; else run compute --from "$1" --days "$2" --court "$3" --served "$4"; fi
	is "$out" "$want" "compute $1 +$2 days in $3 served $4"
done
run compute --from 2025-01-27 --days 7 --before --court mad
is "$out" "Fri 2025-01-17" "7 days before Mon 2025-01-27 rolls back over MLK Day"
run compute --from 2024-03-08T10:00 --hours 48 --court nysd
is "$out" "Mon 2024-03-11 11:00 EDT" "48 hours across the DST change, off a Sunday"
run compute --from 2024-03-01 --days 30 --court txwd --division "El Paso" --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin); print(d["end"], d["tz"])')" "2024-04-01T23:59-06:00 America/Denver" "a division in another time zone: the day ends there"
expect_div=$(dl compute --from 2024-03-01 --days 30 --court txwd --division Nowhere 2>&1); is "$?" 2 "an unknown division: exit 2"
run compute --from 2024-12-03 --days 21 --court txsd
is "$out" "Tue 2024-12-24" "an arguable last day: the earliest reading"
like "$err" "warning: arguable" "and a warning saying so"
run compute --from 2024-05-02 --days 5 --rules tx
is "$out" "Thu 2024-05-09" "Texas state courts: 5 days or less skip weekends"
run compute --from 2024-05-02 --days 5 --court tx
is "$out" "Thu 2024-05-09" "... and --court tx alone picks the Texas rules"
# without --rules, a court's own rules: FRAP in a court of appeals, FRBP in a bankruptcy court
run compute --from 2025-03-03 --days 30 --court ca5 --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin); print(d["rules"], d["steps"][0]["rule"])')" "frap FRAP 26(a)(1)(A)" "a court of appeals counts under FRAP 26"
run compute --from 2025-03-03 --days 30 --court txsb --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin); print(d["rules"], d["steps"][0]["rule"])')" "frbp FRBP 9006(a)(1)(A)" "a bankruptcy court under FRBP 9006"
dl -d "$T/rules.db" case add 24-40123 --court ca5 --caption "Appellant v. Appellee" >/dev/null
dl -d "$T/rules.db" add --case 24-40123 --who Appellant --action "file the brief" --within 40d --from 2025-03-03 >/dev/null
is "$(sqlite3 "$T/rules.db" "SELECT rules FROM obligations")" "frap" "add in a court of appeals stores FRAP without --rules"
# One policy for every command and every kind of court: a 10-day period
# from Mon 2005-01-03 (before 2009 the rule sets differ: FRCP and FRAP leave
# out weekends in periods under 11 days, FRBP in periods under 8, Texas in
# periods of 5 or fewer) gets the same date from compute, extract, import,
# add, and holidays names the same rules.
printf 'ORDER\n\nIT IS ORDERED that Defendants shall file a response to the motion within ten (10) days of the entry of this order.\n' >"$T/ten.txt"
for court in txsd:frcp ca5:frap txsb:frbp tx:tx; do
	code=${court%:*} rules=${court#*:}
	want=$(dl compute --court "$code" --from 2005-01-03 --days 10)
	got=$(dl extract "$T/ten.txt" --court "$code" --entered 2005-01-03 --json |
		$py -c 'import json,sys; print(json.load(sys.stdin)["obligations"][0]["due"])')
	dl -d "$T/kinds.db" case add "K-$code" --court "$code" --caption "Kind v. Court" >/dev/null
	dl -d "$T/kinds.db" import "$T/ten.txt" --case "K-$code" --entered 2005-01-03 >/dev/null
	dl -d "$T/kinds.db" add --case "K-$code" --who Defendants --action "respond" --within 10d --from 2005-01-03 >/dev/null
	stored=$(sqlite3 "$T/kinds.db" "SELECT group_concat(DISTINCT o.rules || ' ' || o.due_date) FROM obligations o
		JOIN cases c ON c.id = o.case_id WHERE c.number = 'K-$code'")
	named=$(dl holidays --court "$code" --year 2005 --json | $py -c 'import json,sys; print(json.load(sys.stdin)["rules"])')
	is "${want#* } $got $stored $named" "$got $got $rules $got $rules" "$code ($rules): compute, extract, import, add and holidays agree"
done
run extract "$T/ten.txt" --court txsd --rules tx
is "$rc" 2 "extract: the Texas rules in a federal court are refused"
run holidays --court tx --year 2005 --rules frcp
is "$rc" 2 "holidays: federal rules in a Texas state court are refused"
run -d "$T/kinds.db" add --case K-txsd --who D --action a --within 3d --from 2005-01-03 --rules tx
is "$rc" 1 "add: the Texas rules in a federal court's case are refused"

expect2() { name=$1; shift; run "$@"; is "$rc" 2 "$name: exit 2"; like "$err" "deadlines: " "$name: says what"; }
expect2 "unknown court" compute --from 2024-01-01 --days 3 --court zzz
expect2 "a division without a court" compute --from 2024-01-01 --days 3 --division "El Paso"
expect2 "no period" compute --from 2024-01-01 --court mad
expect2 "two periods" compute --from 2024-01-01 --days 3 --weeks 2 --court mad
expect2 "hours without a time" compute --from 2024-01-01 --hours 3 --court mad
expect2 "bad service" compute --from 2024-01-01 --days 3 --served pigeon --court mad
expect2 "bad date" compute --from 2024-02-30 --days 3 --court mad
like "$err" "February 2024 has 29 days" "bad date: says why"
expect2 "negative period" compute --from 2024-01-01 --days -3 --court mad
expect2 "rules and court disagree" compute --from 2024-01-01 --days 3 --court mad --rules tx

run holidays --court mad --year 2021 --json
days=$(printf '%s' "$out" | $py -c 'import json,sys; print(" ".join(h["date"][5:] for h in json.load(sys.stdin)["holidays"] if h["kind"]=="federal"))')
is "$days" "01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31" "federal courts' 2021 holidays"
run holidays --court txsd --year 2017
golden holidays-txsd-2017
run holidays --courts --json
n=$(printf '%s' "$out" | $py -c 'import json,sys; c=json.load(sys.stdin)["courts"]; print(sum(1 for x in c if x["kind"]=="district"), sum(1 for x in c if x["kind"]=="circuit"))')
is "$n" "94 13" "the registry has 94 districts and 13 circuits"

# Obligations with periods, recomputed when a closure is recorded or removed.
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
run -d "$db" add --case 2:16-cv-435 --who Defendants --action "respond to discovery" --within 30d --from 2017-05-19
is "$out" "added #1: Defendants respond to discovery by Tue 2017-06-20" "add --within computes the date"
run -d "$db" add --case 2:16-cv-435 --who Plaintiff --action "reply" --within 14d --from 2017-06-06 --served mail
is "$out" "added #2: Plaintiff reply by Fri 2017-06-23" "add --within --served mail adds 3 days"
run -d "$db" add --case 2:16-cv-435 --who Parties --action "exchange exhibits" --within 7d --before --from 2017-06-26
is "$out" "added #3: Parties exchange exhibits by Mon 2017-06-19" "add --before: state holidays do not count backward"
run -d "$db" --today 2017-06-01 show 1 --explain
golden show-1-explain
run -d "$db" closure add txsd 2017-06-20 --reason "Flooding closed the courthouse"
is "$out" "recorded closure of txsd on Tue 2017-06-20; 2 obligation dates recomputed and changed" "closure add recomputes both dependent dates"
run -d "$db" --today 2017-06-01 show 1 --json
got=$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin); h=d["history"][-1]; print(d["due"], d["sequence"], h["what"], h["old"], h["new"], h["cause"])')
is "$got" "2017-06-21 1 due 2017-06-20 2017-06-21 closure of txsd on 2017-06-20 recorded" "the date moved, with history"
run -d "$db" compute --from 2017-05-19 --days 30 --court txsd
is "$out" "Wed 2017-06-21" "compute uses the database's closures"
run -d "$db" closure list
like "$out" "Flooding closed the courthouse" "closure list"
run -d "$db" holidays --court txsd --year 2017
like "$out" "closure  Flooding closed the courthouse" "holidays lists the recorded closure"
before=$(dbsum "$db")
run -d "$db" closure add txsd 2017-06-20 --reason again
is "$rc" 1 "a second closure on the same day: exit 1"
is "$(dbsum "$db")" "$before" "... database unchanged"
run -d "$db" closure rm txsd 2017-07-01
is "$rc" 1 "removing a closure that is not there: exit 1"
is "$(dbsum "$db")" "$before" "... database unchanged"
run -d "$db" closure add zz 2017-06-20 --reason x
is "$rc" 2 "closure in an unknown court: exit 2"
run -d "$db" closure add txsd 2017-06-31 --reason x
is "$rc" 2 "closure on a day that does not exist: exit 2"
is "$(dbsum "$db")" "$before" "... database unchanged"
dl -d "$db" done 2 >/dev/null
run -d "$db" closure rm txsd 2017-06-20
is "$out" "removed closure of txsd on Tue 2017-06-20; 1 obligation date recomputed and changed" "closure rm recomputes back"
run -d "$db" show 1 --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; d=json.load(sys.stdin); print(d["due"], d["sequence"])')" "2017-06-20 2" "the date is back, sequence rose again"

expect_add() { name=$1; shift; run -d "$db" add --case 2:16-cv-435 --who X --action y "$@"; is "$rc" 2 "$name: exit 2"; is "$(dbsum "$db")" "$(cat "$T/sum")" "$name: database unchanged"; }
dbsum "$db" > "$T/sum"
expect_add "--within without --from" --within 30d
expect_add "bad --within" --within 30x --from 2017-05-19
expect_add "bad --served" --within 30d --from 2017-05-19 --served pigeon
expect_add "--from without --within" --due 2017-06-01 --from 2017-05-19
expect_add "--within and --due" --within 30d --from 2017-05-19 --due 2017-06-01
done_testing
