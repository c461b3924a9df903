#!/bin/sh
# SPDX-License-Identifier: ISC
# --search --no-cache in one long paragraph with many hits: linear in the
# text, whatever the number of hits.  A 2 MB line with 10,000 hits: every
# hit found, under a timeout generous for a sanitizer build; when each
# hit's line number walked the paragraph from its start, this took many
# minutes.  (The time itself is measured in make bench.)
. "$top_srcdir/tests/lib.sh"
make_tmpdir
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
mkdir -p "$TMP/a/p/2024-01-01"
"$PYTHON3" "$top_srcdir/tests/long_line_page.py" "$TMP/a/p/2024-01-01/01.txt" 2000000 10000
timeout 120 "$KANBAO" --search needle --no-cache "$TMP/a" >"$TMP/out" 2>"$TMP/err"
status=$?
[ $status != 124 ] || fail "10,000 hits in a 2 MB line: not done in 120 s"
[ $status = 0 ] || { cat "$TMP/err"; fail "exit $status"; }
[ "$(wc -l <"$TMP/out")" = 10000 ] || fail "$(wc -l <"$TMP/out") hits, not 10000"
# Every hit on line 3 (the paragraph's line).
[ "$(grep -c '^p/2024-01-01/01/1:3: ' "$TMP/out")" = 10000 ] ||
    { head -3 "$TMP/out"; fail "hits not on line 3"; }
exit 0
