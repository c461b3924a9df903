#!/bin/sh
# SPDX-License-Identifier: ISC
# bookmark_concurrent.sh: two processes adding and deleting bookmarks in one
# file at the same time: both sets of changes survive.
. "$top_srcdir/tests/lib.sh"
HELPER="$top_builddir/tests/bookmark_crash_helper"
[ -x "$HELPER" ] || { echo "SKIP: $HELPER not built"; exit 77; }
make_tmpdir
F="$TMP/data/bookmarks"
N=300

"$HELPER" churn "$F" $N a >"$TMP/log.a" 2>"$TMP/err.a" &
pa=$!
"$HELPER" churn "$F" $N b >"$TMP/log.b" 2>"$TMP/err.b" &
pb=$!
wait $pa || { cat "$TMP/err.a" >&2; fail "process a failed"; }
wait $pb || { cat "$TMP/err.b" >&2; fail "process b failed"; }

for p in a b; do
	[ "$(grep -c '^+' "$TMP/log.$p")" = $N ] || fail "process $p added fewer than $N"
done
"$HELPER" verify "$F" --exact "$TMP/log.a" "$TMP/log.b" >"$TMP/out" 2>&1 ||
    { cat "$TMP/out" >&2; fail "changes lost"; }
# Each process deleted one of every three: 2 * (150 - 50) + the last ones.
live=$(sed -n 's/ live.*//p' "$TMP/out")
want=$(( $(grep -c '^+' "$TMP/log.a" "$TMP/log.b" | awk -F: '{s += $2} END {print s}') -
    $(grep -c '^-' "$TMP/log.a" "$TMP/log.b" | awk -F: '{s += $2} END {print s}') ))
[ "$live" = "$want" ] || fail "$live live bookmarks, want $want"
exit 0
