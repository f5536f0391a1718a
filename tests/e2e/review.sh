#!/bin/sh
# review.sh: the review queue (issue 17). A real pair of the corpus: a
# bankruptcy petition's docket entry setting filing deadlines (order 188),
# then the order granting the debtor more time for one of them (order 189):
# the second becomes a proposed change of that deadline, not a second
# deadline, and once accepted the feed holds one event for it, on the new
# date, with its UID and SEQUENCE 1 (read by python3-icalendar). Pending
# obligations (the seed order's presumed deadline): list's section, the
# feed's UNCONFIRMED and PRIORITY, --confirmed-only, accept with
# corrections, reject. Ambiguous and unmatched amendments are never applied
# silently; a vacatur (orders 152 and 153); sentences that gave nothing;
# thresholds; 80 columns and --json; bad input changes nothing.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
orders="$DL_SRCDIR/tests/orders"
cid() { sqlite3 "$db" "SELECT id FROM cases WHERE number = '$1'"; }
dl -d "$db" case add 09-34127 --court mdb --caption "In re Williams" >/dev/null

run -d "$db" import "$orders/188.txt" --case 09-34127 --docket "ECF No. 1"
is "$rc:$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE review IS NULL AND status = 'open'")" "0:6" \
	"the petition's six filing deadlines are read with high confidence: filed open"
incomplete=$(sqlite3 "$db" "SELECT id FROM obligations WHERE action LIKE '%Incomplete Filings%'")
dl -d "$db" feed -o "$T/before.ics"
uid=$(sqlite3 "$db" "SELECT uid FROM obligations WHERE id = $incomplete")

run -d "$db" import "$orders/189.txt" --case 09-34127 --docket "ECF No. 30"
is "$rc" 0 "the order extending the incomplete filings deadline is imported"
like "$out" "c1 proposed change: deadline: debtor" "... as a proposed change (c1)"
like "$out" "for review: 0 pending, 1 proposed change of earlier obligations" "... which import says"
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations")" 6 "... and no second deadline is stored"
is "$(sqlite3 "$db" "SELECT kind, target_id, new_due, state FROM reviews WHERE id = 1")" "change|$incomplete|2010-02-08|pending" \
	"the proposed change: the incomplete filings deadline to 2010-02-08"

run -d "$db" review
is "$rc" 0 "review lists the queue"
like "$out" "c1  proposed change since 2026-01-01 (09-34127)" "... the change, with how long it has waited"
like "$out" "Of:     #$incomplete deadline debtor: file Incomplete Filings, due Mon 2009-12-28" "... the obligation it changes, and its date"
like "$out" "To:     Mon 2010-02-08" "... the new date"
like "$out" "Why:    the same label with a new date" "... and why it was matched"
# (a short dated clause is quoted with the sentence before it, which says why)
marked=$(printf '%s' "$out" | $py -c 'import re, sys
t = re.sub(r"\s+", " ", sys.stdin.read())
m = re.search(r">>>(.*?)<<<", t)
print(m.group(1) if m else "")')
like "$marked" "Notice and Order Granting Motion to Extend Time" "... the quote marked in its paragraph"
like "$marked" "Incomplete Filings due 2/8/2010" "... with its dated clause"
longest=$(printf '%s\n' "$out" | $py -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))')
[ "$longest" -le 80 ]; ok $? "every line of review fits 80 columns (longest: $longest)"
# on a terminal of 80 columns (a pseudo-terminal through script(1))
if command -v script >/dev/null 2>&1; then
	script -qc "stty cols 80 rows 40; $DEADLINES_BIN -d '$db' --no-pager review" "$T/pty" >/dev/null 2>&1
	widths=$($py -c 'import re, sys
t = open(sys.argv[1], encoding="utf-8", errors="replace").read()
t = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", t)
ls = [l.rstrip("\r") for l in t.split("\n") if "proposed change" in t and not l.startswith("Script ")]
print(len([l for l in ls if "Incomplete Filings" in l]), max(len(l) for l in ls))' "$T/pty")
	is "$(echo "$widths" | cut -d' ' -f1)" 2 "review on an 80-column terminal shows the change"
	[ "$(echo "$widths" | cut -d' ' -f2)" -le 80 ]; ok $? "... every line within 80 columns (longest: ${widths#* })"
else
	skip 2 "script(1) is not installed"
fi
run -d "$db" review --json
is "$(printf '%s' "$out" | $py -c 'import sys, json
d = json.load(sys.stdin); i = d["items"][0]
print(d["waiting"], i["ref"], i["type"], i["target"]["id"], i["new_due"], i["context"]["quote"][:20])')" \
	"1 c1 change $incomplete 2010-02-08 Notice and Order Gra" "review --json: the change, its target, its new date, its quote"

before=$(dbsum "$db")
run -d "$db" review accept c1 --target 999
is "$rc:$(dbsum "$db")" "1:$before" "accept with a --target that does not exist: refused, nothing changed"
like "$err" "no obligation 999" "... saying so"

run -d "$db" review accept c1
is "$rc" 0 "review accept c1"
is "$out" "#$incomplete changed (c1 accepted): Mon 2009-12-28 -> Mon 2010-02-08" "... moves the deadline in place"
dl -d "$db" feed -o "$T/after.ics"
events() { # events FILE: "UID|DTSTART|SEQUENCE" of each incomplete filings VEVENT
	$py - "$1" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for e in cal.walk("VEVENT"):
    if "Incomplete Filings" in str(e["SUMMARY"]):
        print("%s|%s|%s" % (e["UID"], e["DTSTART"].to_ical().decode(), e["SEQUENCE"]))
PY
}
is "$(events "$T/before.ics")" "$uid|20091228|0" "before: one event for the deadline, on 2009-12-28, SEQUENCE 0"
is "$(events "$T/after.ics")" "$uid|20100208|1" "after review accept: still one event, the same UID, on 2010-02-08, SEQUENCE 1"
run -d "$db" changes --case 09-34127 --json
is "$(printf '%s' "$out" | $py -c 'import sys, json
d = json.load(sys.stdin)
for c in (d["changes"] if isinstance(d, dict) else d):
    if c.get("old") == "2009-12-28": print(c["id"], c["old"], c["new"], c["cause"])')" \
	"$incomplete 2009-12-28 2010-02-08 changed by ECF No. 30 (review c1)" "changes reports the move and its order"
is "$(sqlite3 "$db" "SELECT what, new FROM history WHERE what = 'review change'")" "review change|accepted" "the decision is in the history"
run -d "$db" review
is "$out" "nothing awaits review" "... and the queue is empty"
before=$(dbsum "$db")
run -d "$db" review accept c1
is "$rc:$(dbsum "$db")" "1:$before" "a change accepted already: refused, nothing changed"
like "$err" "c1 was accepted already" "... saying so"

# a pending obligation: the seed order's deadline has a presumed period
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
run -d "$db" import "$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt" --case 2:16-cv-435
like "$out" "(pending review) deadline: defendants" "the seed order's presumed deadline (confidence low) is filed pending"
respond=$(sqlite3 "$db" "SELECT id FROM obligations WHERE action LIKE 'respond%'")
stay=$(sqlite3 "$db" "SELECT id FROM obligations WHERE action LIKE 'protected%'")
is "$(sqlite3 "$db" "SELECT review, confidence FROM obligations WHERE id IN ($respond, $stay) ORDER BY id")" "pending|low
|high" "... and the stay (high) is filed open"
run -d "$db" --today 2017-06-01 list --case 2:16-cv-435
like "$out" "Awaiting review (unconfirmed: see 'deadlines review'):
  ID DUE              LEFT  CASE         WHO          ACTION
   $respond Tue 2017-06-20~    19  2:16-cv-435  defendants   respond to Plaintiff's" "list shows it in a section of its own"
is "$(printf '%s\n' "$out" | grep -c "respond to Plaintiff")" 1 "... and only there"
run -d "$db" list --case 2:16-cv-435 --format csv
like "$out" "$respond,2017-06-20,,"  "list --format csv has it"
is "$(printf '%s\n' "$out" | grep "^$respond," | awk -F, '{print $NF}')" pending "... with 'pending' in its review column"
run -d "$db" --today 2017-06-01 review next
like "$out" "#$respond  pending deadline since 2026-01-01 (2:16-cv-435)" "review next: the pending obligation"
like "$out" "Due:    Tue 2017-06-20 (presumed)" "... its computed date"
like "$out" "  1. Fri 2017-05-19  The event is on Fri 2017-05-19" "... and its steps"
like "$out" "Sure:   low: its party high:
          - its period is presumed from the rules, not stated" "... the reason for doubt, and that only its date is in doubt"
like "$out" "Discovery may include: >>>It is therefore ORDERED" "... its quote in its paragraph"
like "$out" "Reject: deadlines review reject #$respond --reason TEXT" "... and the commands that decide it"
longest=$(printf '%s\n' "$out" | $py -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))')
[ "$longest" -le 80 ]; ok $? "review next fits 80 columns (longest: $longest)"

dl -d "$db" feed --case 2:16-cv-435 -o "$T/pending.ics"
is "$($py - "$T/pending.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for e in cal.walk("VEVENT"):
    print("%s|%s" % (str(e["SUMMARY"]).split(" — ")[0], e.get("PRIORITY", "-")))
PY
)" "UNCONFIRMED: DUE: Defendants respond to Plaintiff's discovery requests|9
UNTIL: Defendants protected from discovery of matters outside the parameters set forth in this order until the issues of qualified immunity have been decided|-" \
	"the feed: the pending deadline UNCONFIRMED with PRIORITY 9, the confirmed stay as it was"
run --today 2017-06-19 notify --feed "$T/pending.ics" --dry-run
is "$rc:$(printf '%s\n' "$out" | grep -c respond)" "0:0" "notify --feed: an UNCONFIRMED event has no reminder of its own"
dl -d "$db" feed --case 2:16-cv-435 --confirmed-only -o "$T/confirmed.ics"
is "$(grep -c '^BEGIN:VEVENT' "$T/confirmed.ics"):$(grep -c UNCONFIRMED "$T/confirmed.ics")" "1:0" "feed --confirmed-only leaves it out"
dl -d "$db" subscriber add clerk --case 2:16-cv-435 --confirmed-only >/dev/null
dl -d "$db" subscriber add partner --case 2:16-cv-435 >/dev/null
mkdir "$T/pub" && dl -d "$db" publish "$T/pub" >/dev/null
clerk=$(sqlite3 "$db" "SELECT token_hash FROM subscribers WHERE name = 'clerk'")
partner=$(sqlite3 "$db" "SELECT token_hash FROM subscribers WHERE name = 'partner'")
is "$(grep -c UNCONFIRMED "$T/pub/$clerk.ics"):$(grep -c '^SUMMARY:UNCONFIRMED' "$T/pub/$partner.ics")" "0:1" \
	"subscriber add --confirmed-only: its published feed leaves it out, another's shows it"
run -d "$db" subscriber list --json
is "$(printf '%s' "$out" | $py -c 'import sys, json; print([s["confirmed_only"] for s in json.load(sys.stdin)["subscribers"]])')" \
	"[True, False]" "subscriber list --json says which"

before=$(dbsum "$db")
run -d "$db" review reject "$respond"
is "$rc:$(dbsum "$db")" "2:$before" "reject without --reason: a usage error, nothing changed"
run -d "$db" review accept "$stay"
is "$rc:$(dbsum "$db")" "1:$before" "accept of an obligation that is not pending: refused, nothing changed"
like "$err" "obligation $stay is not awaiting review" "... saying so"
for missing in "accept 999" "reject 999 --reason x" "accept c999" "reject s999 --reason x" "add --from-sentence 999 --action x"; do
	run -d "$db" review $missing
	is "$rc:$(dbsum "$db")" "1:$before" "review $missing: no such item, refused, nothing changed"
done
like "$err" "no review item 999" "... saying which"
for bad in "accept x12" "accept c" "add --from-sentence c1 --action x" "threshold sure" "remind-after 3x" "accept $respond --due 2017-02-30" "accept $respond --time 25:00" "frobnicate"; do
	run -d "$db" review $bad
	is "$rc:$(dbsum "$db")" "2:$before" "review $bad: a usage error, nothing changed"
done
like "$err" "unknown subcommand 'frobnicate'" "... each naming what is wrong"

run -d "$db" review accept "$respond" --due 2017-06-30 --who plaintiff --reason "the order's own date"
is "$rc" 0 "accept with corrections"
is "$out" "#$respond accepted: plaintiff respond to Plaintiff's discovery requests, due Fri 2017-06-30" "... corrected, then confirmed"
is "$(sqlite3 "$db" "SELECT review, basis, stated_date FROM obligations WHERE id = $respond")" "accepted|stated|2017-06-30" \
	"... as a date certain"
is "$(sqlite3 "$db" "SELECT group_concat(what, ',') FROM history WHERE obligation_id = $respond AND cause LIKE 'review:%'")" \
	"who,stated,review,due" "every correction and the decision are in the history"
dl -d "$db" feed --case 2:16-cv-435 -o "$T/accepted.ics"
is "$(grep -c UNCONFIRMED "$T/accepted.ics"):$(grep -c PRIORITY "$T/accepted.ics")" "0:0" "accepted: no longer UNCONFIRMED"
run --today 2017-06-29 notify --feed "$T/accepted.ics" --dry-run
like "$out" "Due in 1 day: Plaintiff respond to Plaintiff's discovery requests" "... and notify --feed reminds of it"

# the sentences that read as commands but gave nothing
run -d "$db" review --json
sentence=$(printf '%s' "$out" | $py -c 'import sys, json
for i in json.load(sys.stdin)["items"]:
    if i["type"] == "sentence" and "Discovery may include" in i["context"]["quote"]: print(i["id"])')
[ -n "$sentence" ]; ok $? "review lists the order's sentences that gave nothing ('Discovery may include:' is s$sentence)"
run -d "$db" review
like "$out" "Sentences of case 2:16-cv-435, D.E. 35 that read as commands but gave nothing" "... under their order"
run -d "$db" review add --from-sentence "$sentence" --action "produce the discovery listed" --who defendants --due 2017-07-14
is "$rc" 0 "review add --from-sentence"
added=$(sqlite3 "$db" "SELECT max(id) FROM obligations")
is "$(sqlite3 "$db" "SELECT who, action, due_date, quote, review FROM obligations WHERE id = $added")" \
	"defendants|produce the discovery listed|2017-07-14|Discovery may include:|accepted" "... adds the obligation with that sentence as its quote"
before=$(dbsum "$db")
run -d "$db" review add --from-sentence "$sentence" --action again
is "$rc:$(dbsum "$db")" "1:$before" "... once: the sentence is decided"
other=$(printf '%s' "$(dl -d "$db" review --json)" | $py -c 'import sys, json
print([i["id"] for i in json.load(sys.stdin)["items"] if i["type"] == "sentence"][0])')
run -d "$db" review reject "s$other" --reason "a citation"
is "$out" "s$other rejected" "a sentence rejected"
is "$(sqlite3 "$db" "SELECT state, reason FROM reviews WHERE id = $other")" "rejected|a citation" "... with its reason"

# rejecting a pending obligation: vacated, out of the feeds
dl -d "$db" case add 1:25-cv-2 --court txsd --caption "C v. D" >/dev/null
dl -d "$db" import "$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt" --case 1:25-cv-2 >/dev/null
gone=$(sqlite3 "$db" "SELECT id FROM obligations WHERE case_id = $(cid 1:25-cv-2) AND review = 'pending'")
run -d "$db" review reject "#$gone" --reason "read twice"
is "$(sqlite3 "$db" "SELECT status, review FROM obligations WHERE id = $gone")" "vacated|rejected" "reject: the obligation is vacated and marked rejected"
dl -d "$db" feed --case 1:25-cv-2 -o "$T/rejected.ics"
is "$(grep -c 'respond to Plaintiff' "$T/rejected.ics")" 0 "... and leaves the feed"

# thresholds: a case that takes medium and low as they come
dl -d "$db" case add 1:25-cv-3 --court txsd --caption "E v. F" >/dev/null
run -d "$db" review threshold low --case 1:25-cv-3
is "$out" "case 1:25-cv-3: everything is filed open (no review)" "review threshold low --case"
dl -d "$db" import "$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt" --case 1:25-cv-3 >/dev/null
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE case_id = $(cid 1:25-cv-3) AND review IS NULL")" 2 "... its import files the low one open"
dl -d "$db" review threshold medium >/dev/null
is "$(sqlite3 "$db" "SELECT value FROM meta WHERE key = 'review_threshold'")" medium "review threshold medium: the database's"

# an amendment that matches two obligations equally, and one that matches none
dl -d "$db" case add 1:25-cv-1 --court txsd --caption "A v. B" >/dev/null
printf 'ORDER\n\nIt is ORDERED that a status conference is set for March 3, 2025 at 10:00 a.m.\n\nIt is further ORDERED that a status conference is set for March 10, 2025 at 10:00 a.m.\n' >"$T/set.txt"
printf 'ORDER\n\nIt is ORDERED that the status conference is continued to April 7, 2025 at 10:00 a.m.\n' >"$T/continued.txt"
dl -d "$db" import "$T/set.txt" --case 1:25-cv-1 --entered 2025-02-01 >/dev/null
run -d "$db" import "$T/continued.txt" --case 1:25-cv-1 --entered 2025-02-20
change=$(sqlite3 "$db" "SELECT max(id) FROM reviews WHERE kind = 'change'")
first=$(sqlite3 "$db" "SELECT min(id) FROM obligations WHERE case_id = $(cid 1:25-cv-1)")
second=$(sqlite3 "$db" "SELECT max(id) FROM obligations WHERE case_id = $(cid 1:25-cv-1)")
is "$(sqlite3 "$db" "SELECT target_id IS NULL, candidates FROM reviews WHERE id = $change")" "1|$first $second" \
	"a continuance of one of two status conferences: a change with both candidates, no target"
run -d "$db" review --case 1:25-cv-1
like "$out" "several obligations match it; choose one with --target ID:
          - #$first hearing parties: attend a status conference, due Mon 2025-03-03" "review shows the candidates"
before=$(dbsum "$db")
run -d "$db" review accept "c$change"
is "$rc:$(dbsum "$db")" "1:$before" "accepting it without --target: refused, nothing changed"
like "$err" "c$change matches several obligations equally: give --target ID" "... saying why"
run -d "$db" review accept "c$change" --target 1
is "$rc:$(dbsum "$db")" "1:$before" "a --target of another case: refused, nothing changed"
run -d "$db" review accept "c$change" --target "$second"
is "$out" "#$second changed (c$change accepted): Mon 2025-03-10 -> Mon 2025-04-07 10:00" "with --target: that one moves"
is "$(sqlite3 "$db" "SELECT due_date, sequence FROM obligations WHERE id IN ($first, $second) ORDER BY id" | tr '\n' ' ')" \
	"2025-03-03|0 2025-04-07|1 " "... and only that one"
dl -d "$db" case add 1:25-cv-4 --court txsd --caption "G v. H" >/dev/null
run -d "$db" import "$T/continued.txt" --case 1:25-cv-4 --entered 2025-02-20
like "$out" "(pending review) hearing: parties" "a continuance that matches nothing is filed pending, not applied"
is "$(sqlite3 "$db" "SELECT doubts FROM obligations WHERE case_id = $(cid 1:25-cv-4)")" \
	"it reads as a change of an earlier order, but it matches no obligation of the case" "... with a doubt saying so"
# the clerk says which it changes: a hearing added by hand, then the pending one taken as its change
dl -d "$db" add --case 1:25-cv-4 --who parties --kind hearing --action "attend the status conference" --due 2025-03-03 --time 10:00 >/dev/null
continued=$(sqlite3 "$db" "SELECT id FROM obligations WHERE case_id = $(cid 1:25-cv-4) AND review = 'pending'")
byhand=$(sqlite3 "$db" "SELECT id FROM obligations WHERE case_id = $(cid 1:25-cv-4) AND review IS NULL")
before=$(dbsum "$db")
run -d "$db" review accept "$continued" --target "$continued"
is "$rc:$(dbsum "$db")" "1:$before" "accept #ID --target itself: refused, nothing changed"
run -d "$db" review accept "$continued" --target "$byhand"
is "$out" "#$byhand changed (#$continued accepted as its change): Mon 2025-03-03 -> Mon 2025-04-07" \
	"accept #ID --target: the pending continuance moves the hearing in place"
is "$(sqlite3 "$db" "SELECT id, due_date, sequence, status, coalesce(review, '-') FROM obligations WHERE case_id = $(cid 1:25-cv-4) ORDER BY id" | tr '\n' ' ')" \
	"$continued|2025-04-07|1|vacated|rejected $byhand|2025-04-07|1|open|- " "... and is itself set aside: one hearing left, SEQUENCE 1"

# in colour the quote is bold; the order's own marks are text
dl -d "$db" case add 1:25-cv-9 --court txsd --caption "M v. N" >/dev/null
printf 'ORDER\n\nThe clerk wrote >>> here <<< twice. Discovery may include: all of it.\n\nIt is ORDERED that Defendant shall file a status report by March 3, 2025.\n' >"$T/marks.txt"
dl -d "$db" import "$T/marks.txt" --case 1:25-cv-9 --entered 2025-02-01 >/dev/null
run -d "$db" --color=always review --case 1:25-cv-9
esc=$(printf '\033')
like "$out" "The clerk wrote >>> here <<< twice. >>>${esc}[1mDiscovery may include: all of" "--color=always: bold from the quote's own mark, not the order's"
like "$out" "it.${esc}[0m<<<" "... to its end"
run -d "$db" review --case 1:25-cv-9
is "$(printf '%s' "$out" | grep -c "$esc")" 0 "without colour: no escape at all"

# the same label in an order that changes nothing is a new duty, not a change
dl -d "$db" case add 1:25-cv-5 --court txsd --caption "K v. L" >/dev/null
printf 'ORDER\n\nIt is ORDERED that Defendant shall file a status report by March 3, 2025.\n' >"$T/report1.txt"
printf 'ORDER\n\nIt is ORDERED that Defendant shall file a status report by April 7, 2025.\n' >"$T/report2.txt"
printf 'ORDER\n\nThe deadline is extended. It is ORDERED that Defendant shall file a status report by April 7, 2025.\n' >"$T/report3.txt"
dl -d "$db" import "$T/report1.txt" --case 1:25-cv-5 --entered 2025-02-01 >/dev/null
dl -d "$db" import "$T/report2.txt" --case 1:25-cv-5 --entered 2025-03-10 >/dev/null
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE case_id = $(cid 1:25-cv-5)"):$(sqlite3 "$db" "SELECT count(*) FROM reviews WHERE case_id = $(cid 1:25-cv-5) AND kind = 'change'")" \
	"2:0" "a second status report ordered later: a new deadline, no proposed change"
run -d "$db" import "$T/report3.txt" --case 1:25-cv-5 --entered 2025-03-11
is "$(sqlite3 "$db" "SELECT count(*) FROM reviews WHERE case_id = $(cid 1:25-cv-5) AND kind = 'change'")" 1 "... but in an order that extends, the same label is a proposed change"

# a vacatur (orders 152 and 153 of the corpus)
dl -d "$db" case add 2:06-cv-1 --court cacd --caption "I v. J" >/dev/null
dl -d "$db" review threshold low --case 2:06-cv-1 >/dev/null
dl -d "$db" import "$orders/152.txt" --case 2:06-cv-1 >/dev/null
hearing=$(sqlite3 "$db" "SELECT id FROM obligations WHERE case_id = $(cid 2:06-cv-1) AND action LIKE '%Show Cause%'")
run -d "$db" import "$orders/153.txt" --case 2:06-cv-1
vacatur=$(sqlite3 "$db" "SELECT id FROM reviews WHERE kind = 'vacate' AND target_id = $hearing")
[ -n "$vacatur" ]; ok $? "the order vacating the show cause hearing is a proposed vacatur of it (c$vacatur)"
run -d "$db" review accept "c$vacatur"
like "$out" "#$hearing vacated (c$vacatur accepted)" "accepted: the hearing is vacated"
is "$(sqlite3 "$db" "SELECT status FROM obligations WHERE id = $hearing")" vacated "... in the store"

# a cancelling order names the setting it cancels: no second hearing on that
# day, only the proposed vacatur (corpus 7528, the docket text of a real
# cancellation; the setting it cancels imported before it)
dl -d "$db" case add 0:25-cv-3761 --court mnd --caption "United States v. Simon" >/dev/null
printf 'Motion Hearing set for 1/16/2026 at 10:30 AM in Courtroom 3C before Magistrate Judge Elsa M. Bullard.\n' >"$T/set.txt"
dl -d "$db" import "$T/set.txt" --case 0:25-cv-3761 --entered 2026-01-02 >/dev/null
set_hearing=$(sqlite3 "$db" "SELECT id FROM obligations WHERE case_id = $(cid 0:25-cv-3761)")
run -d "$db" import "$orders/7528.txt" --case 0:25-cv-3761
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE case_id = $(cid 0:25-cv-3761)")" 1 \
	"the order cancelling the motion hearing files no second hearing on its day"
is "$(sqlite3 "$db" "SELECT count(*) FROM reviews WHERE kind = 'vacate' AND target_id = $set_hearing")" 1 \
	"... and proposes the vacatur of the hearing it cancels"

# an order whose opening words extend something, in a case with nothing to
# change: its own duties are filed as any order's (the opening words are the
# matcher's only for an order that restates another)
dl -d "$db" case add 1:30-cv-1 --court txsd --caption "M v. N" >/dev/null
printf 'ORDER GRANTING MOTION TO EXTEND TIME\n\nIT IS ORDERED that Defendant shall file its answer by June 3, 2030.\n' >"$T/ext.txt"
dl -d "$db" import "$T/ext.txt" --case 1:30-cv-1 --entered 2030-05-01 >/dev/null
is "$(sqlite3 "$db" "SELECT coalesce(review, 'open') FROM obligations WHERE case_id = $(cid 1:30-cv-1)")" open \
	"an extension order's new duty in a case with nothing to change is filed open, not pending"

# an order that restates an earlier one's words at the same dates (orders 318
# and 319 of the corpus: "is amended nunc pro tunc to correct the 2nd
# sentence to read as follows"): a change of the same obligations, not two more
dl -d "$db" case add D068123 --court cacd --caption "Pet v. Superior Court" >/dev/null
dl -d "$db" review threshold low --case D068123 >/dev/null
dl -d "$db" import "$orders/318.txt" --case D068123 --entered 2012-05-21 >/dev/null
before=$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE case_id = $(cid D068123)")
objection=$(sqlite3 "$db" "SELECT id FROM obligations WHERE case_id = $(cid D068123) AND due_date = '2012-05-25'")
run -d "$db" import "$orders/319.txt" --case D068123 --entered 2012-05-23
is "$rc:$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE case_id = $(cid D068123)")" "0:$before" \
	"an order restating an earlier one's words at the same dates adds no obligation"
restated=$(sqlite3 "$db" "SELECT id FROM reviews WHERE kind = 'change' AND target_id = $objection AND new_due = '2012-05-25'")
[ -n "$restated" ]; ok $? "... the objection deadline it restates is a proposed change of it (c$restated)"
run -d "$db" review
like "$out" "Why:    the new order restates the old one's words, at the same time" "... shown with why"
run -d "$db" review accept "c$restated"
like "$out" "#$objection restated (c$restated accepted): still Fri 2012-05-25" "accepted: the same obligation, still due that day"
is "$(sqlite3 "$db" "SELECT count(*) FROM obligations WHERE case_id = $(cid D068123) AND due_date = '2012-05-25'")" 1 \
	"... one objection deadline, not two"
is "$(sqlite3 "$db" "SELECT coalesce(extended_to, '-') FROM obligations WHERE id = $objection"):$(sqlite3 "$db" "SELECT count(*) FROM history WHERE obligation_id = $objection AND what = 'restated' AND new LIKE '%California Gaming Commission%'")" "-:1" \
	"... its date not pinned as an extension; the new words in its history"
# each part's level (its date, its party), from the doubts as stored: a clerk
# who sees a sure date checks only the party, and fixes it with --who
dl -d "$db" case add 1:31-cv-1 --court nysd --caption "P v. Q" >/dev/null
dl -d "$db" review threshold high --case 1:31-cv-1 >/dev/null
printf 'ORDER\n\nIT IS ORDERED that the status report shall be filed by June 5, 2031. Counsel shall appear for a conference on June 9, 2031 at 10:00 a.m.\n' >"$T/parts.txt"
dl -d "$db" import "$T/parts.txt" --case 1:31-cv-1 --entered 2031-05-01 >/dev/null
report=$(sqlite3 "$db" "SELECT id FROM obligations WHERE case_id = $(cid 1:31-cv-1) AND kind = 'deadline'")
conference=$(sqlite3 "$db" "SELECT id FROM obligations WHERE case_id = $(cid 1:31-cv-1) AND kind = 'hearing'")
is "$(sqlite3 "$db" "SELECT review, confidence FROM obligations WHERE id IN ($report, $conference) ORDER BY id" | tr '\n' ' ')" \
	"pending|medium pending|medium " "a sure date with no party named, and counsel's conference: pending (medium)"
run -d "$db" --today 2031-05-02 review --case 1:31-cv-1
like "$out" "Sure:   medium: its date high, its party to check:
          - it names no party: every party is assumed" "review: the status report's date is sure, its party to check"
like "$out" "Sure:   medium: its date high, its party to check:
          - its party is counsel, or a name with no side: check whose duty it is" "... and the conference's"
run -d "$db" --today 2031-05-02 review --case 1:31-cv-1 --json
is "$(printf '%s' "$out" | $py -c 'import json, sys
for it in json.load(sys.stdin)["items"]:
    o = it["obligation"]; p = o["confidence_of"]
    print("%s %s %s %s" % (o["kind"], o["confidence"], p["date"], p["party"]))')" "deadline medium high medium
hearing medium high medium" "review --json: confidence_of gives each part's level"
# a doubt the reader's table does not hold (an older version's words, or a
# later step's) is a doubt about the date: never reported as a sure date
sqlite3 "$db" "UPDATE obligations SET doubts = 'a doubt in words this version does not know' WHERE id = $report"
run -d "$db" --today 2031-05-02 review --case 1:31-cv-1 --json
is "$(printf '%s' "$out" | $py -c 'import json, sys
for it in json.load(sys.stdin)["items"]:
    o = it["obligation"]
    if o["kind"] == "deadline": print("%s %s" % (o["confidence_of"]["date"], o["confidence_of"]["party"]))')" "medium high" \
	"... a stored doubt of unknown words counts against the date, not the party"
run -d "$db" review accept "$conference" --who plaintiff
is "$rc:$(sqlite3 "$db" "SELECT who, coalesce(review, 'open'), due_date FROM obligations WHERE id = $conference")" "0:plaintiff|accepted|2031-06-09" \
	"accept --who: the party fixed, the sure date kept"
done_testing
