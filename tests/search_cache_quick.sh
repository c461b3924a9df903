#!/bin/sh
# SPDX-License-Identifier: ISC
# --search through the cache's index checks the archive's own directories
# and the issues the index names, not every file: what it must still see
# is seen -- an issue added (its publication's directory changed), a page
# rewritten in an issue the index names, a word the index rules out
# everywhere -- and the hits are those of --no-cache each time.  A page
# rewritten in place in an issue the index rules out is seen after
# --build-cache.
. "$top_srcdir/tests/lib.sh"
make_tmpdir
A="$TMP/archive"
XDG_CACHE_HOME="$TMP/cache"
export XDG_CACHE_HOME
mkdir -p "$A/daily/2024-01-02" "$A/daily/2024-01-03"
printf 'Council meets\n\nThe council met today about the ferry.\n' >"$A/daily/2024-01-02/01.txt"
printf 'Weather\n\nRain all week.\n' >"$A/daily/2024-01-02/02.txt"
printf 'Ferry\n\nThe ferry runs again.\n' >"$A/daily/2024-01-03/01.txt"

# same QUERY WHAT: the cached search prints what --no-cache prints.
same() {
	"$KANBAO" --search "$1" "$A" >"$TMP/cached" 2>"$TMP/cached.err"
	c=$?
	"$KANBAO" --search "$1" --no-cache "$A" >"$TMP/loaded" 2>"$TMP/loaded.err"
	l=$?
	[ $c = $l ] || fail "$2: exit $c with the cache, $l without"
	diff -u "$TMP/loaded" "$TMP/cached" || fail "$2: other hits with the cache"
	diff -u "$TMP/loaded.err" "$TMP/cached.err" || fail "$2: other messages with the cache"
}

"$KANBAO" --build-cache "$A" >/dev/null || fail "--build-cache"
same ferry "the first search"
same lighthouse "a word in no issue"
# A new issue: its publication's directory changed.
mkdir "$A/daily/2024-01-04"
printf 'Lighthouse\n\nThe lighthouse keeper retires.\n' >"$A/daily/2024-01-04/01.txt"
same lighthouse "an issue added"
grep -q 'daily/2024-01-04/01/1' "$TMP/cached" || fail "the new issue's hit is missing"
# A page rewritten in place in an issue the index names for the query
# (it holds the word elsewhere): checked, the cache updated, found.
sleep 1	# a new modification time, on file systems that keep seconds
printf 'Weather\n\nRain all week; the ferry waits.\n' >"$A/daily/2024-01-02/02.txt"
same ferry "a page rewritten in an issue the index names"
grep -q 'daily/2024-01-02/02/1' "$TMP/cached" || fail "the rewritten page's hit is missing"
# A page rewritten in place in an issue the index rules out for the word:
# not looked at (the documented price of not checking every file), seen
# after --build-cache, and by any search the index cannot narrow.
printf 'Ferry\n\nThe ferry runs again, past the lighthouse.\n' >"$A/daily/2024-01-03/01.txt"
"$KANBAO" --build-cache "$A" >/dev/null || fail "--build-cache"
same lighthouse "a page rewritten, after --build-cache"
grep -q 'daily/2024-01-03/01/1' "$TMP/cached" || fail "the rewritten page's hit is missing after --build-cache"
same 'council met' "a phrase"
same rain "a word of one page"
exit 0
