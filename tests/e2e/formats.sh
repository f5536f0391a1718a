#!/bin/sh
# formats.sh: --format table|csv|json on every report command (list, show,
# changes, holidays, case list, subscriber list, event list), through one
# writer (src/cli/records.c): the same records in csv and json, csv that
# python's csv module reads back (a formula-like field made text), --json the
# same as --format json, a bad format a usage error.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
dl -d "$db" case add 1:24-cv-1 --court mad --caption '=HYPERLINK("x"), "A" v. B' --judge Saylor >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Defendants --action "respond, fully" --within 30d --from 2024-02-01 >/dev/null
dl -d "$db" add --case 1:24-cv-1 --who Parties --action "report" --kind recurring --every 1m --from 2024-02-01 >/dev/null
dl -d "$db" event add 1:24-cv-1 "mediation held" --on 2024-03-01 >/dev/null
dl -d "$db" subscriber add alice --case 1:24-cv-1 >/dev/null

# csv and json of one report: the json's records, the csv's rows, read back
same() { # same NAME JSON-KEY ARGS...: csv and json agree on every column
	name=$1 key=$2
	shift 2
	dl -d "$db" --today 2024-02-10 "$@" --format json >"$T/j" 2>/dev/null
	dl -d "$db" --today 2024-02-10 "$@" --format csv >"$T/c" 2>/dev/null
	dl -d "$db" --today 2024-02-10 "$@" --json >"$T/j2" 2>/dev/null
	got=$($py - "$T/j" "$T/c" "$key" <<'PY'
import csv, json, sys
j = json.load(open(sys.argv[1]))
rows = list(csv.DictReader(open(sys.argv[2], newline="")))
recs = j[sys.argv[3]] if sys.argv[3] != "-" else [j]
def text(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, list): return ";".join(v)
    s = str(v)
    return "'" + s if s[:1] in "=+-@\t\r" and not isinstance(v, int) else s
bad = [(k, r[k], text(rec.get(k))) for rec, r in zip(recs, rows) for k in r if r[k] != text(rec.get(k))]
print(len(recs), len(rows), bad[:3])
PY
)
	n=$(printf '%s' "$got" | cut -d' ' -f1)
	is "$got" "$n $n []" "$name: --format csv and json give the same $n records"
	cmp -s "$T/j" "$T/j2"; ok $? "$name: --json is --format json"
}
same "list" obligations list --status all
same "show" - show 1
same "changes" changes changes --since 2000-01-01
same "holidays" holidays holidays --court mad --year 2024
same "holidays --courts" courts holidays --courts
same "case list" cases case list
same "subscriber list" subscribers subscriber list
same "event list" events event list

run -d "$db" case list --format csv
like "$out" "\"'=HYPERLINK(\"\"x\"\"), \"\"A\"\" v. B\"" "a caption a spreadsheet would run is quoted and made text"
run -d "$db" --today 2024-02-10 list --format csv
is "$(printf '%s\n' "$out" | head -3)" "id,due,time,days_left,case,who,kind,action,status,basis,until,review
2,2024-03-01,,20,1:24-cv-1,Parties,recurring,report,open,computed,,
1,2024-03-04,,23,1:24-cv-1,Defendants,deadline,\"respond, fully\",open,computed,," "list --format csv as before, with the review column (empty: confirmed)"
run -d "$db" event list --format table
like "$out" "mediation held" "--format table is the table"
for c in "list" "show 1" "changes" "holidays --court mad --year 2024" "case list" "subscriber list" "event list"; do
	run -d "$db" $c --format xml
	is "$rc:$(printf '%s' "$err" | head -1 | sed 's/.*invalid/invalid/')" "2:invalid --format 'xml': expected table, csv or json" "$c --format xml: a usage error"
done
run -d "$db" show 1 --order --format csv
is "$rc" 2 "show --order goes alone"
done_testing
