#!/bin/sh
# data.sh: the data tables. Every row of every table is understood by the
# engine's own parser (src/engine/tsvcheck, which the build runs on each table before
# compiling it in); a row with a field it does not understand is refused with
# file, line and column; holidays warns about a holiday the data marks as not
# expressible; Inauguration Day in the whole area of 5 U.S.C. 6103(c).
. "$DL_SRCDIR/tests/lib.sh"
check="$(dirname "$DEADLINES_BIN")/engine/tsvcheck"
data="$DL_SRCDIR/data"

for t in courts:courts divisions:court-divisions declared:declared-days \
	state-holidays:state-holidays federal-holidays:federal-holidays \
	inauguration-area:inauguration-area; do
	"$check" "${t%%:*}" "$data/${t#*:}.tsv" 2>"$T/err"
	is "$?:$(cat "$T/err")" "0:" "every row of data/${t#*:}.tsv is understood"
done

# refuse: TABLE FILE-BASE BAD-ROW COLUMN-TEXT NAME
refuse() {
	cp "$data/$2.tsv" "$T/bad.tsv"
	printf '%s\n' "$3" >>"$T/bad.tsv"
	line=$(wc -l <"$T/bad.tsv")
	"$check" "$1" "$T/bad.tsv" 2>"$T/err"
	rc=$?
	like "$rc:$(cat "$T/err")" "1:$T/bad.tsv:$line: $4" "refused with file, line and column: $5"
}
row() { printf '%s' "$1"; shift; for f in "$@"; do printf '\t%s' "$f"; done; }
ok_row="TX	Test Day	03-02	all	-	-	none	holiday	Tex. Gov't Code § 662.003(b)(2)"
"$check" state-holidays /dev/stdin 2>"$T/err" <<EOF2
$ok_row
EOF2
is "$?" 0 "a good row passes (the bad ones below differ from it in one field)"
refuse state-holidays state-holidays "$(row TX "Test Day" nht:3:Mon:01 all - - none holiday cite)" "column 3 (rule)" "a misspelt rule"
refuse state-holidays state-holidays "$(row TX "Test Day" nth:3:Mon:13 all - - none holiday cite)" "column 3 (rule)" "month 13"
refuse state-holidays state-holidays "$(row TX "Test Day" 02-30 all - - none holiday cite)" "column 3 (rule)" "Feb 30"
refuse state-holidays state-holidays "$(row TX "Test Day" after:Tues:nth:1:Mon:05 all - - none holiday cite)" "column 3 (rule)" "a weekday not in the language"
refuse state-holidays state-holidays "$(row TX "Test Day" easter:+ all - - none holiday cite)" "column 3 (rule)" "an offset without days"
refuse state-holidays state-holidays "$(row TX "Test Day" 03-02 evn - - none holiday cite)" "column 4 (cycle)" "a misspelt cycle"
refuse state-holidays state-holidays "$(row TX "Test Day" 03-02 all 19x0 - none holiday cite)" "column 5 (from)" "a bad year"
refuse state-holidays state-holidays "$(row TX "Test Day" 03-02 all 2020 2019 none holiday cite)" "column 6 (to)" "to before from"
refuse state-holidays state-holidays "$(row TX "Test Day" 03-02 all - - fde holiday cite)" "column 7 (shift)" "a misspelt shift"
refuse state-holidays state-holidays "$(row TX "Test Day" 03-02 all - - none holliday cite)" "column 8 (status)" "a misspelt status"
refuse state-holidays state-holidays "$(row TX "Test Day" 03-02 all - - none not-expressible cite)" "column 3 (rule)" "a not-expressible row with a rule"
refuse state-holidays state-holidays "$(row Tx "Test Day" 03-02 all - - none holiday cite)" "column 1 (state)" "a bad state code"
refuse state-holidays state-holidays "$(row TX "Test Day" 03-02 all - - none holiday)" "expected 9 tab-separated columns, found 8" "a missing column"
refuse federal-holidays federal-holidays "$(row TX "Test Day" 03-02 all - - fed holiday cite)" "column 1 (state)" "a federal holiday of a state"
refuse federal-holidays federal-holidays "$(row US "Test Day" nth:3:Mon:13 all - - fed holiday cite)" "column 3 (rule)" "a federal holiday with month 13"
refuse declared declared-days "$(row 2025-02-30 arguable "Test closure" cite)" "column 1 (date)" "a date that does not exist"
refuse declared declared-days "$(row 2025-02-03 arguabel "Test closure" cite)" "column 2 (status)" "a misspelt status"
refuse courts courts "$(row zzd distrcit TX America/Chicago "Test Court" "T.D. Tex.")" "column 2 (kind)" "a misspelt court kind"
refuse divisions court-divisions "$(row txwd Test "America Chicago" "a note")" "column 3 (tz)" "a zone that is no zone name"
refuse inauguration-area inauguration-area "$(row VAED Alexandria place cite)" "column 1 (code)" "an upper-case court code"
# the build runs the check on every table before compiling it in (and the
# check writes the holiday and court tables out, parsed)
for t in data/courts.tsv data/court-divisions.tsv data/declared-days.tsv data/state-holidays.tsv \
	data/federal-holidays.tsv data/inauguration-area.tsv; do
	grep -q "^	\$(AM_V_GEN)\$(TSVCHECK) [a-z-]* \$(top_srcdir)/$t\( &&\| [a-z_]* \)" "$DL_SRCDIR/Makefile.am"
	ok $? "Makefile.am checks $t before compiling it in"
done

# holidays warns about what the data cannot express (Tex. Gov't Code § 662.003(c))
run holidays --court txsd --year 2024
like "$err" "warning: Rosh Hashanah" "holidays warns about a holiday the data cannot express"
like "$err" "not listed and not counted" "... and says it is not counted"
run holidays --court gand --year 2026
like "$err" "the Governor's annual designation, not yet published" "Georgia: days not yet designated are warned about"
run holidays --court gand --year 2024
like "$out" "Fri 2024-03-29  state    State Holiday" "Georgia 2024: the designated State Holiday (Good Friday)"
is "$(printf '%s' "$err" | grep -c 'cannot express')" 0 "Georgia 2024: every designated day is expressed"

# 5 U.S.C. 6103(c): 30 days after Mon 2020-12-21 is Inauguration Day, Wed
# 2021-01-20: a holiday of the courts in the Washington, D.C. area
run compute --from 2020-12-21 --days 30 --court dcd
is "$out" "Thu 2021-01-21" "D.D.C.: Inauguration Day 2021 is a holiday"
run compute --from 2020-12-21 --days 30 --court vaed --division Alexandria
is "$out" "Thu 2021-01-21" "E.D. Va. at Alexandria: Inauguration Day is a holiday"
run compute --from 2020-12-21 --days 30 --court mdd --division Southern
is "$out" "Thu 2021-01-21" "D. Md. at Greenbelt: Inauguration Day is a holiday"
run compute --from 2020-12-21 --days 30 --court vaed
is "$out" "Wed 2021-01-20" "E.D. Va. without a division: the earlier reading"
like "$err" "arguable" "... with a warning that it is arguable"
run compute --from 2020-12-21 --days 30 --court nysd
is "$out" "Wed 2021-01-20" "S.D.N.Y.: no Inauguration Day"
run holidays --court dcd --year 2021
is "$(printf '%s\n' "$out" | grep -c 'Inauguration Day')" 1 "D.D.C. lists Inauguration Day once"
done_testing
