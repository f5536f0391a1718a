#!/bin/sh
# appeal.sh: FRAP 26(a)(6)(C) — in a court of appeals a legal holiday includes
# a day declared a holiday by the state where the district court that rendered
# the judgment is located, or where the circuit clerk's principal office is. A
# ca5 appeal from S.D. Tex. counts Texas's holidays and Louisiana's; the court
# appealed from is recorded on the case (case add/edit --from-court) or read
# from the order's caption on import.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3

# 14 days after Fri 2024-01-05 is Fri 2024-01-19, Confederate Heroes Day
# (Tex. Gov't Code 662.003(b)(1)): no holiday in Louisiana, where the Fifth
# Circuit's clerk sits, but one in Texas, where S.D. Tex. is.
run compute --from 2024-01-05 --days 14 --court ca5
is "$out" "Fri 2024-01-19" "ca5 without the court appealed from: Louisiana's holidays only"
run compute --from 2024-01-05 --days 14 --court ca5 --from-court txsd
is "$out" "Mon 2024-01-22" "ca5 on appeal from S.D. Tex.: Texas's Confederate Heroes Day counts"
# remind, an independent oracle, with the same day omitted
want=$(printf 'OMIT 19 Jan 2024\nREM 19 Jan 2024 OMIT SAT SUN AFTER MSG due\n' | remind -n - 2024-01-01 | cut -d' ' -f1 | tr / -)
is "$(dl compute --from 2024-01-05 --days 14 --court ca5 --from-court txsd --json | $py -c 'import json,sys; print(json.load(sys.stdin)["due"])')" "$want" "remind agrees ($want)"
# each step as JSON: "why [rule]" a line
steps() { $py -c 'import json,sys; [print(s["why"], "[" + s["rule"] + "]") for s in json.load(sys.stdin)["steps"]]'; }
run compute --from 2024-01-05 --days 14 --court ca5 --from-court txsd --json
like "$(printf '%s' "$out" | steps)" "Fri 2024-01-19 is Confederate Heroes Day, a holiday of TX, the state where the district court that rendered the judgment is located: a state legal holiday, which counts for a period measured forward. [Tex. Gov't Code § 662.003(b)(1); FRAP 26(a)(6)(C)]" "the step says whose holiday it is, with the statute and FRAP 26(a)(6)(C)"
# The clerk's state still counts: Mardi Gras (La. R.S. 1:55), Tue 2024-02-13.
run compute --from 2024-02-06 --days 7 --court ca5 --from-court txsd --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; print(json.load(sys.stdin)["due"])')" "2024-02-14" "Louisiana's Mardi Gras counts too"
like "$(printf '%s' "$out" | steps)" "Tue 2024-02-13 is Mardi Gras, a holiday of LA, the state where the circuit clerk's principal office is: a state legal holiday" "... as the clerk's state's"
# Backward periods ignore state holidays (FRAP 26(a)(6)(C): forward only).
run compute --from 2024-02-02 --days 14 --before --court ca5 --from-court txsd
is "$out" "Fri 2024-01-19" "a backward period ignores the Texas holiday"
# An appeal from a court of the clerk's own state adds nothing.
run compute --from 2024-01-05 --days 14 --court ca5 --from-court laed
is "$out" "Fri 2024-01-19" "ca5 on appeal from E.D. La.: Louisiana's holidays only"

run holidays --court ca5 --from-court txsd --year 2024 --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; print(sorted({(h["name"], h["state"]) for h in json.load(sys.stdin)["holidays"] if h["date"] in ("2024-01-19", "2024-02-13")}))')" \
	"[('Confederate Heroes Day', 'TX'), ('Mardi Gras', 'LA')]" "holidays --from-court lists both states' days, each with its state"
run holidays --court ca5 --from-court txsd --year 2024
like "$out" "Confederate Heroes Day [forward periods only] [TX: the state of the court appealed from]" "... and says so in the table"

# bad input: a clear one-line error, exit 2
run compute --from 2024-01-05 --days 14 --court txsd --from-court txnd
is "$rc:$(printf '%s' "$err" | head -1)" "2:deadlines: compute: court 'txsd' is not a court of appeals: only an appeal has a court it comes from (FRAP 26(a)(6)(C))" "--from-court in a district court"
run compute --from 2024-01-05 --days 14 --court ca5 --from-court ca9
is "$rc:$(printf '%s' "$err" | head -1)" "2:deadlines: compute: court 'ca9' is a circuit court: an appeal to a court of appeals comes from a district or bankruptcy court" "--from-court a court of appeals"
run compute --from 2024-01-05 --days 14 --from-court txsd
is "$rc:$(printf '%s' "$err" | head -1)" "2:deadlines: compute: --from-court needs --court" "--from-court without --court"

# A case records it, and every date of the case follows it.
dl -d "$db" case add 24-20001 --court ca5 --caption "Doe v. Roe" >/dev/null
dl -d "$db" add --case 24-20001 --who Appellant --action "file the brief" --within 14d --from 2024-01-05 >/dev/null
is "$(sqlite3 "$db" "SELECT due_date FROM obligations")" "2024-01-19" "a ca5 case with no court appealed from"
before=$(dbsum "$db")
run -d "$db" case edit 24-20001 --from-court ca9
is "$rc:$(dbsum "$db")" "2:$before" "case edit with a bad --from-court: exit 2, the database unchanged"
run -d "$db" case edit 24-20001 --court txsd
is "$rc:$(dbsum "$db")" "1:$before" "case edit moving an appeal to a district court (other rules): refused, unchanged"
run -d "$db" case edit 24-20001 --from-court txsd
is "$out" "edited case 24-20001: 1 date recomputed" "case edit --from-court recomputes the case"
is "$(sqlite3 "$db" "SELECT due_date FROM obligations")" "2024-01-22" "... Texas's holiday now counts"
is "$(sqlite3 "$db" "SELECT what || ':' || coalesce(old, '-') || ':' || new FROM history WHERE what = 'case from_court'")" "case from_court:-:txsd" "... with a history row"
run -d "$db" case show 24-20001 --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; print(json.load(sys.stdin)["from_court"])')" "txsd" "case show --json has from_court"
run -d "$db" case edit 24-20001 --from-court ""
is "$(sqlite3 "$db" "SELECT coalesce(from_court, 'none') || ' ' || due_date FROM cases, obligations")" "none 2024-01-19" "an empty --from-court clears it, and the date follows"
run -d "$db" case add 24-20002 --court txsd --caption "X v. Y" --from-court txnd
is "$rc:$(sqlite3 "$db" "SELECT count(*) FROM cases")" "2:1" "case add --from-court in a district court is refused"

# The importer reads the caption's "On appeal from ...".
cat >"$T/order.txt" <<'EOT'
IN THE UNITED STATES COURT OF APPEALS
FOR THE FIFTH CIRCUIT

No. 24-20003

JOHN DOE, Plaintiff-Appellant,
v.
RICHARD ROE, Defendant-Appellee.

Appeal from the United States District Court
for the Southern District of Texas
USDC No. 4:23-CV-1234

ORDER

IT IS ORDERED that Appellant shall file a supplemental brief within 14 days of the date of this order.
EOT
dl -d "$db" case add 24-20003 --court ca5 --caption "Doe v. Roe" >/dev/null
run -d "$db" import "$T/order.txt" --case 24-20003 --entered 2024-01-05
like "$out" "case 24-20003 is on appeal from S.D. Tex. (txsd), as the order's caption says" "import reads the court appealed from"
is "$(sqlite3 "$db" "SELECT c.from_court || ' ' || o.due_date FROM cases c JOIN obligations o ON o.case_id = c.id WHERE c.number = '24-20003'")" "txsd 2024-01-22" "... records it on the case, and counts Texas's holiday"
dl -d "$db" case add 24-20004 --court ca5 --caption "Doe v. Roe" --from-court laed >/dev/null
sed 's/24-20003/24-20004/' "$T/order.txt" >"$T/order4.txt"
run -d "$db" import "$T/order4.txt" --case 24-20004 --entered 2024-01-05
is "$(sqlite3 "$db" "SELECT from_court FROM cases WHERE number = '24-20004'")" "laed" "a court appealed from already recorded is kept"
done_testing
