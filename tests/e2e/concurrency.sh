#!/bin/sh
# concurrency.sh: imports, notify, list, publish and recalculations from
# several processes at once, for a bounded number of rounds: no "database is
# locked", nothing lost or duplicated, integrity intact.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
rounds=12
dl -d "$db" case add 1:24-cv-1 --court txsd --caption "A v. B" >/dev/null
dl -d "$db" case add 1:24-cv-2 --court mad --caption "C v. D" >/dev/null
dl -d "$db" subscriber add firm >/dev/null
mkdir "$T/pub"
i=1
while [ $i -le $rounds ]; do
	printf 'IT IS ORDERED that Defendant shall file report number %s within %s days.\nPlaintiff shall respond within 7 days after the report.\n' "$i" "$((10 + i))" > "$T/order$i.txt"
	i=$((i + 1))
done
worker() { # worker NAME COMMAND...: run COMMAND rounds times, log failures
	name=$1
	shift
	k=1
	while [ $k -le $rounds ]; do
		eval "$*" >>"$T/$name.out" 2>>"$T/$name.err" || echo "round $k failed" >>"$T/$name.err"
		k=$((k + 1))
	done
}
worker importer 'dl -d "$db" import "$T/order$k.txt" --case 1:24-cv-1 --entered 2024-03-0$(( (k % 9) + 1 ))' &
p1=$!
worker notifier 'dl -d "$db" --today 2024-03-20 notify --dry-run' &
p2=$!
worker lister 'dl -d "$db" --today 2024-03-20 list --status all --format csv' &
p3=$!
worker publisher 'dl -d "$db" publish "$T/pub"' &
p4=$!
worker recalc 'dl -d "$db" closure add txsd 2024-03-$(( k + 10 )) --reason storm$k && dl -d "$db" closure rm txsd 2024-03-$(( k + 10 ))' &
p5=$!
wait $p1 $p2 $p3 $p4 $p5
for w in importer notifier lister publisher recalc; do
	is "$(cat "$T/$w.err")" "" "$w: every round succeeded, no error"
done
grep -il "locked\|busy" "$T"/*.err >/dev/null; ok "$([ $? -ne 0 ] && echo 0 || echo 1)" "no 'database is locked' anywhere"
is "$(sqlite3 "$db" "SELECT count(*) FROM orders")" "$rounds" "every import stored its order once"
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations")" "$((rounds * 2))" "every obligation once: none lost, none duplicated"
is "$(sqlite3 "$db" "SELECT count(*) FROM closures")" 0 "every closure added was removed"
is "$(sqlite3 "$db" "PRAGMA integrity_check")" ok "integrity_check"
is "$(ls "$T/pub" | wc -l)" 1 "one published feed"
done_testing
