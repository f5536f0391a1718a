#!/bin/sh
# orders.sh: the reader on the order corpus (tests/orders): every gold file is
# well formed, the corpus scores at least its floors (the figures measured when
# they were set, minus 0.02, so that a regression cannot land), and no frame or
# lexicon entry is used by one order only without a stated reason.
. "$DL_SRCDIR/tests/lib.sh"
PY=/usr/bin/python3
if ! [ -x "$PY" ]; then
	echo "1..0 # SKIP /usr/bin/python3 is not installed (apt-get install python3)"
	exit 0
fi
orders="$DL_SRCDIR/tests/orders"

"$PY" "$orders/check-gold" "$orders"/[0-9]*.json >"$T/check" 2>&1
ok $? "every gold file is well formed, its quotes verbatim"
sed 's/^/# /' "$T/check" | tail -5

# Floors: the whole corpus (batches 0-23, 600 orders) as measured when they
# were set (recall 0.828, precision 0.889, who 0.907, time 0.963), minus 0.02.
"$PY" "$orders/score" --bin "$DEADLINES_BIN" --floor recall=0.80,precision=0.87,who=0.88,time=0.94 \
	>"$T/score" 2>&1
ok $? "the corpus scores at least its floors"
sed 's/^/# /' "$T/score"

"$PY" "$orders/overfit" --bin "$DEADLINES_BIN" >"$T/overfit" 2>&1
ok $? "no frame or lexicon entry is used by one order only without a reason"
sed 's/^/# /' "$T/overfit" | tail -20

# A scorer that could not fail would prove nothing: an extractor that finds
# nothing must fall below the floors.
printf '#!/bin/sh\necho "{\\"obligations\\": []}"\n' > "$T/nothing"
chmod +x "$T/nothing"
"$PY" "$orders/score" --bin "$T/nothing" --floor recall=0.5 >/dev/null 2>&1
[ $? -ne 0 ]
ok $? "an extractor that finds nothing fails the floor"
done_testing
