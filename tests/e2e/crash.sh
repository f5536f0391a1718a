#!/bin/sh
# crash.sh: crash safety. 'deadlines import', 'event add' and a recalculation
# ('closure add') are killed with SIGKILL at their 1st, 2nd, 3rd ... SQLite
# step (DEADLINES_FAULT_STEP) until one run completes. After every kill the
# database passes PRAGMA integrity_check and holds either the whole change
# or none of it.
. "$DL_SRCDIR/tests/lib.sh"
base="$T/base.db"
seed="$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt"
state() { sqlite3 "$1" "SELECT (SELECT count(*) FROM orders) || '/' || (SELECT count(*) FROM obligations) || '/' || (SELECT count(*) FROM events) || '/' || (SELECT count(*) FROM closures) || '/' || (SELECT group_concat(status || ':' || coalesce(due_date, '-') || ':' || coalesce(closed_on, '-'), ',') FROM obligations) || '/' || (SELECT count(*) FROM history)"; }

# crash_test NAME SETUP-COMMANDS... -- COMMAND...: SETUP runs on the base first
crash_test() {
	name=$1
	shift
	before=$(state "$base")
	cp "$base" "$T/ref.db"
	dl -d "$T/ref.db" "$@" >/dev/null 2>&1
	after=$(state "$T/ref.db")
	ok "$([ "$before" != "$after" ] && echo 0 || echo 1)" "$name: the command changes the database"
	n=1 kills=0 bad=0 done=0
	while [ $n -le 500 ] && [ $done = 0 ]; do
		cp "$base" "$T/w.db"
		rm -f "$T/w.db-wal" "$T/w.db-shm"
		DEADLINES_FAULT_STEP=$n "$DEADLINES_BIN" -d "$T/w.db" "$@" >/dev/null 2>&1
		rc=$?
		if [ $rc -eq 137 ]; then
			kills=$((kills + 1))
			check=$(sqlite3 "$T/w.db" "PRAGMA integrity_check")
			now=$(state "$T/w.db")
			if [ "$check" != ok ] || { [ "$now" != "$before" ] && [ "$now" != "$after" ]; }; then
				bad=$((bad + 1))
				echo "# $name killed at step $n: integrity '$check', state '$now'"
			fi
		else
			done=1
			is "$rc" 0 "$name: the run past the last step succeeds"
			is "$(state "$T/w.db")" "$after" "$name: and makes the whole change"
		fi
		n=$((n + 1))
	done
	ok "$([ $kills -ge 3 ] && echo 0 || echo 1)" "$name: killed at $kills different steps"
	is "$bad" 0 "$name: after every kill, integrity ok and all or nothing"
}

dl -d "$base" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
sqlite3 "$base" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
crash_test "import" import "$seed" --case 2:16-cv-435
dl -d "$base" import "$seed" --case 2:16-cv-435 >/dev/null
dl -d "$base" add --case 2:16-cv-435 --who Plaintiff --action reply --within 14d --from 2017-06-06 --served mail >/dev/null
sqlite3 "$base" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
crash_test "event add" event add 2:16-cv-435 "qualified immunity decided" --on 2017-09-01
crash_test "closure add (recalculation)" closure add txsd 2017-06-20 --reason flood
done_testing
