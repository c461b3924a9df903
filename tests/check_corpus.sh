#!/bin/sh
# SPDX-License-Identifier: ISC
# check_corpus.sh: --check on the seed page of the shared corpus finds the
# advertisement set in fake bold (lines 141-142) and the jump to page 2,
# which is not there (line 209).
. "$top_srcdir/tests/lib.sh"
skip_without_shared
make_tmpdir
page="$SHARED/corpus/zh/county-paper_p1.txt"
[ -f "$page" ] || { echo "SKIP: $page not found"; exit 77; }

"$KANBAO" --check "$page" >"$TMP/out" 2>"$TMP/err"
rc=$?
cat "$TMP/out"
[ "$rc" = 1 ] || fail "--check on the seed page: exit $rc, not 1"
grep -q "^$page:141:1: doubled: .*农信手机银行" "$TMP/out" || fail "line 141: no doubled flag"
grep -q "^$page:142:1: doubled: .*您的随身银行" "$TMP/out" || fail "line 142: no doubled flag"
grep -q "^$page:209:1: jump-target: page 2 is not in the issue" "$TMP/out" ||
	fail "line 209: no jump-target flag"
# Sorted by line, then column.
cut -d: -f2,3 "$TMP/out" | sort -t: -k1,1n -k2,2n -c || fail "output not sorted"
exit 0
