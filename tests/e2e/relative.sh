#!/bin/sh
# relative.sh: deadlines an order sets relative to another of its obligations
# ("reply 7 days before the hearing", "responses due 14 days after the motions
# deadline"): tied to that obligation at import, dated at once, moved when it
# moves. TIMING.md's example: 7 days before a hearing on Mon 2025-01-27 is
# Mon 01-20, Martin Luther King Jr. Day: rolled back to Fri 2025-01-17.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
cat >"$T/order.txt" <<'EOT'
ORDER

A hearing on the motion is set for January 27, 2025 at 10:00 a.m. Defendant shall file its reply no later than 7 days before the hearing.

All dispositive motions shall be filed by August 1, 2025. Responses shall be due 14 days after the motions deadline.
EOT
dl -d "$db" case add 1:24-cv-2 --court mad --caption "A v. B" >/dev/null
run -d "$db" import "$T/order.txt" --case 1:24-cv-2 --entered 2025-01-02
is "$rc" 0 "import"
is "$(sqlite3 "$db" "SELECT id || ' ' || kind || ' ' || coalesce(due_date, '-') || ' ' || coalesce(anchor_id, '-') FROM obligations ORDER BY id")" "1 hearing 2025-01-27 -
2 deadline 2025-01-17 1
3 deadline 2025-08-01 -
4 deadline 2025-08-15 3" "the reply runs from the hearing (Fri 2025-01-17, off MLK Day), the responses from the motions deadline (Fri 2025-08-15)"
is "$(sqlite3 "$db" "SELECT old || ' -> ' || new FROM history WHERE what = 'runs from' ORDER BY id")" "hearing -> #1
motions deadline -> #3" "... each tie in the history"
run -d "$db" show 2 --explain --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; s=json.load(sys.stdin)["explain"]["steps"]; print(s[0]["why"]); print([x["why"] for x in s if "Martin" in x["why"]][0])')" \
	"It runs from another obligation of the same order (hearing), due Mon 2025-01-27: it moves when that one moves.
Mon 2025-01-20 is Birthday of Martin Luther King, Jr.: a legal holiday." "show --explain: the first step names what it runs from; the roll over MLK Day"

# the hearing moves: the reply follows, with its history
run -d "$db" extend 1 --to 2025-02-03
is "$(sqlite3 "$db" "SELECT due_date FROM obligations WHERE id = 2")" "2025-01-27" "the hearing reset to Mon 2025-02-03: the reply moves to Mon 2025-01-27"
is "$(sqlite3 "$db" "SELECT old || ' -> ' || new FROM history WHERE obligation_id = 2 AND what = 'due'")" "2025-01-17 -> 2025-01-27" "... in its history"
run -d "$db" order set 1:24-cv-2 "#1" --entered 2025-01-03
is "$(sqlite3 "$db" "SELECT group_concat(d, ' ') FROM (SELECT coalesce(due_date, '-') AS d FROM obligations ORDER BY id)")" "2025-02-03 2025-01-27 2025-08-01 2025-08-15" "a recalculation of the case keeps each tie"
run -d "$db" vacate 1 --reason "hearing cancelled"
is "$(sqlite3 "$db" "SELECT coalesce(due_date, 'none') FROM obligations WHERE id = 2")" "none" "the hearing vacated: the reply has no date until the court sets one"
is "$(sqlite3 "$db" "SELECT old || ' -> ' || coalesce(new, 'none') || ' (' || cause || ')' FROM history WHERE obligation_id = 2 AND what = 'due' ORDER BY id DESC LIMIT 1")" "2025-01-27 -> none (hearing cancelled)" "... in its history"
# the issue's own phrasing: "reply 7 days before the hearing set for June 5"
# (the reader states no period for the reply and cuts its sentence where the
# hearing begins): tied to the hearing all the same, Wed 2024-05-29
dl -d "$db" case add 1:24-cv-6 --court mad --caption "E v. F" >/dev/null
printf 'ORDER\n\nDefendant shall file its reply 7 days before the hearing set for June 5, 2024.\n' >"$T/o3.txt"
dl -d "$db" import "$T/o3.txt" --case 1:24-cv-6 --entered 2024-05-01 >/dev/null
is "$(sqlite3 "$db" "SELECT o.kind || ' ' || coalesce(o.due_date, '-') || ' ' || coalesce(a.kind, '-') FROM obligations o JOIN cases c ON c.id = o.case_id LEFT JOIN obligations a ON a.id = o.anchor_id WHERE c.number = '1:24-cv-6' ORDER BY o.id")" "deadline 2024-05-29 hearing
hearing 2024-06-05 -" "'reply 7 days before the hearing set for June 5': tied to the hearing, Wed 2024-05-29"
# an event in words that names no obligation of the order stays an event
printf 'ORDER\n\nPlaintiff shall file a brief 10 days after the mediation.\n' >"$T/o2.txt"
dl -d "$db" import "$T/o2.txt" --case 1:24-cv-2 --entered 2025-01-02 >/dev/null
is "$(sqlite3 "$db" "SELECT coalesce(anchor_id, '-') || ' ' || coalesce(link_event, '-') || ' ' || coalesce(due_date, '-') FROM obligations WHERE action LIKE '%brief%'")" "- mediation -" "an event no obligation of the order names stays an event"
done_testing
