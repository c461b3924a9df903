#!/bin/sh
# SPDX-License-Identifier: ISC
# big_page.sh: segmenting one page of a few MB of varied text takes time
# near linear in the page.  The page is the sample archive's pages, their
# paragraphs shuffled, over and over (tests/mixed_page.py): thousands of
# headlines and stretches of text.  Regrouping stretches under headlines
# (segment_regroup.c) once asked every headline about every word of every
# stretch, and the text's walk every waiting headline about every stretch
# (segment.c): this page took nearly three minutes.  The bound is CPU
# seconds under ulimit -t, not a timing: over ten times what it takes
# now, far below the quadratic's.
. "$top_srcdir/tests/lib.sh"
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
# shellcheck disable=SC3045 # dash, bash, busybox sh have it; else skip
( ulimit -t 600 ) 2>/dev/null || { echo "SKIP: ulimit -t not supported"; exit 77; }
make_tmpdir
# 4 MB takes about 3 s of CPU; under AddressSanitizer everything is a few
# times slower, so the page is half as big (the quadratic would still take
# half a minute before the sanitizer's cost).
page_mb=4
cpu_max=40
if ldd "$KANBAO" 2>/dev/null | grep -q libasan; then
	page_mb=2
fi
mkdir -p "$TMP/p/2024-01-01"
"$PYTHON3" "$top_srcdir/tests/mixed_page.py" "$TMP/p/2024-01-01/01.txt" \
    "$page_mb" "$top_srcdir"/sample-archive/*/*/*.txt ||
    fail "mixed_page.py failed"
# shellcheck disable=SC3045
(ulimit -t "$cpu_max" && exec "$KANBAO" --export jsonl "$TMP/p/2024-01-01/01.txt") \
    >"$TMP/out" 2>"$TMP/err"
status=$?
[ $status -eq 0 ] || { tail -5 "$TMP/err" >&2
	fail "${page_mb} MB page: exit $status (over $cpu_max s of CPU?)"; }
n=$(wc -l <"$TMP/out")
echo "${page_mb} MB page: $n articles"
[ "$n" -gt 1000 ] || fail "${page_mb} MB page: only $n articles"
grep -q '"headline":"[^"]' "$TMP/out" || fail "${page_mb} MB page: no headline"
exit 0
