#!/bin/sh
# SPDX-License-Identifier: ISC
# multipage_file.sh: a single-file issue of many pages split at form feeds
# is read once to load them all, not once a page (a file of 12,000 pages
# took minutes when each page read and split the whole file again).
# Counted with strace: the opens of the file while --export loads the
# issue.  Skips (77) without strace (setup.sh installs it).
. "$top_srcdir/tests/lib.sh"
command -v strace >/dev/null 2>&1 || { echo "SKIP: strace not found"; exit 77; }
make_tmpdir
mkdir -p "$TMP/a/pub"
i=0
while [ $i -lt 50 ]; do
	printf 'Page %d news\n\nThe ferry ran again today, page %d.\n\f' $i $i
	i=$((i + 1))
done >"$TMP/a/pub/2024-01-01.txt"
# (LeakSanitizer cannot run under ptrace: no leak check in this run)
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -f -e trace=open,openat -o "$TMP/trace" \
    "$KANBAO" --export jsonl -a "$TMP/a" pub/2024-01-01 >"$TMP/out" 2>"$TMP/err" ||
	{ cat "$TMP/err"; fail "--export of the issue failed"; }
[ "$(grep -c '^{' "$TMP/out")" -ge 50 ] || fail "not every page exported"
opens=$(grep -c '2024-01-01.txt' "$TMP/trace")
echo "the issue's file opened $opens times for 50 pages"
# the scan for its pages and the load: twice, whatever the pages
[ "$opens" -le 3 ] || fail "the file was opened $opens times: once a page"
echo ok
