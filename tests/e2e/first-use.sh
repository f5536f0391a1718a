#!/bin/sh
# first-use.sh: many processes creating, or upgrading, the same database at
# once: each waits for the one that holds the write lock and then succeeds,
# none loses its write. 30 concurrent 'case add' on a file that does not
# exist yet; 20 concurrent writers on a database of schema version 4 (made
# from a version 9 one by undoing migrations 9 to 5, as store.c states them).
. "$DL_SRCDIR/tests/lib.sh"
rounds=3

# together N CMD...: run CMD N times at once (its $k is 1..N), started
# together; "FAILED k: message" for each that failed
together() {
	n=$1
	shift
	rm -f "$T"/go "$T"/par.*
	k=1
	while [ $k -le "$n" ]; do
		(while [ ! -e "$T/go" ]; do sleep 0.01; done; eval "$*" >"$T/par.$k.out" 2>"$T/par.$k.err" || echo "FAILED $k: $(cat "$T/par.$k.err")" >"$T/par.$k.fail") &
		k=$((k + 1))
	done
	sleep 0.5
	touch "$T/go"
	wait
	cat "$T"/par.*.fail 2>/dev/null
}

r=1
while [ $r -le $rounds ]; do
	db="$T/new$r/sub/x.db"
	failed=$(together 30 'dl -d "$db" case add "1:25-cv-$k" --court txsd --caption "Case $k"')
	is "$failed" "" "round $r: 30 concurrent 'case add' on a new database all succeed"
	is "$(sqlite3 "$db" "SELECT count(*) FROM cases")" 30 "... and all 30 cases are there"
	is "$(sqlite3 "$db" "PRAGMA user_version")" 9 "... schema version 9"
	r=$((r + 1))
done

# schema version 4: without the columns of migrations 6 (orders' document,
# source, links and filer, obligations' OCR confidence) and 7 (calendars:
# location, url, source_uid, source_sequence, subscribers' alarms), 8 (the
# review queue: reviews, obligations' confidence, doubts and review, cases'
# threshold, subscribers' confirmed_only) and the indexes of migration 5
to_v4() {
	sqlite3 "$1" "DROP TABLE reviews; DROP INDEX obligations_review;
		ALTER TABLE cases DROP COLUMN review_threshold;
		ALTER TABLE subscribers DROP COLUMN confirmed_only;
		DROP INDEX obligations_report; ALTER TABLE obligations DROP COLUMN confidence;
		ALTER TABLE obligations DROP COLUMN doubts; ALTER TABLE obligations DROP COLUMN review;
		CREATE INDEX obligations_report ON obligations (status, due_date);
		DROP INDEX orders_document; ALTER TABLE orders DROP COLUMN document;
		ALTER TABLE orders DROP COLUMN source; ALTER TABLE orders DROP COLUMN links;
		ALTER TABLE orders DROP COLUMN filer;
		DROP INDEX obligations_report; ALTER TABLE obligations DROP COLUMN ocr_confidence;
		DROP INDEX obligations_case; DROP INDEX obligations_source;
		ALTER TABLE obligations DROP COLUMN location; ALTER TABLE obligations DROP COLUMN url;
		ALTER TABLE obligations DROP COLUMN source_uid; ALTER TABLE obligations DROP COLUMN source_sequence;
		ALTER TABLE subscribers DROP COLUMN alarms;
		ALTER TABLE cases DROP COLUMN division; ALTER TABLE cases DROP COLUMN from_court;
		ALTER TABLE obligations DROP COLUMN rule_default;
		ALTER TABLE obligations DROP COLUMN occurrence; ALTER TABLE obligations DROP COLUMN series_until;
		ALTER TABLE obligations DROP COLUMN series_day; ALTER TABLE obligations DROP COLUMN series_from_moved;
		ALTER TABLE obligations DROP COLUMN anchor_id; ALTER TABLE obligations DROP COLUMN trigger_time;
		ALTER TABLE orders DROP COLUMN served_time; DROP TABLE division_closures;
		CREATE INDEX obligations_status_due ON obligations (status, due_date);
		CREATE INDEX obligations_case ON obligations (case_id);
		PRAGMA user_version = 4"
}
v5="$T/v7.db"
dl -d "$v5" case add 1:1 --court txsd --caption "A v. B" >/dev/null
dl -d "$v5" add --case 1:1 --who Defendants --action "answer" --due 2027-03-01 >/dev/null
indexes() { sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'obligations' AND name NOT LIKE 'sqlite_%' ORDER BY name" | tr '\n' ' '; }
want_indexes=$(indexes "$v5")
r=1
while [ $r -le $rounds ]; do
	db="$T/old$r.db"
	sqlite3 "$v5" ".backup '$db'"
	to_v4 "$db"
	is "$(sqlite3 "$db" "PRAGMA user_version") $(indexes "$db")" "4 obligations_case obligations_link obligations_status_due " "round $r: a database of schema version 4"
	failed=$(together 20 'dl -d "$db" add --case 1:1 --who Plaintiff --action "reply $k" --due 2027-04-01')
	is "$failed" "" "round $r: 20 concurrent writers upgrading it all succeed"
	is "$(sqlite3 "$db" "SELECT count(*) FROM obligations")" 21 "... each wrote its obligation"
	is "$(sqlite3 "$db" "PRAGMA user_version") $(indexes "$db")" "9 $want_indexes" "... schema version 9 with its indexes"
	is "$(sqlite3 "$db" "PRAGMA integrity_check")" ok "... integrity_check"
	r=$((r + 1))
done
done_testing
