#!/bin/sh
# SPDX-License-Identifier: ISC
# search_golden.sh: --search on the sample archive (folding, phrases split
# by a hard wrap, literal mode, scope by id, path and dates, several
# queries in one run, grep's exit statuses), compared with
# tests/golden/search-*.out, once through the search cache (on one and
# on several threads) and once without it (--no-cache): all must print
# the same.  KANBAO_REGOLD=1
# rewrites the golden files.
. "$top_srcdir/tests/lib.sh"
make_tmpdir

searches() {
	# A phrase printed across a line break; full-width digits; a frequent word.
	golden search-wrap.out --search 下洋村的集中育秧大棚
	golden search-fullwidth.out --search '２０．３ 万亩' songchuan-daily
	golden search-frequent.out --search 育秧 songchuan-daily/2024-04-03/01
	# Latin: case and a word hyphenated at a line end; literal mode.
	golden search-latin.out --search 'the ALTERNATIVE is' harborton-ledger
	golden search-literal.out --search 'Harborton City' --literal harborton-ledger/2024-09-04
	golden search-literal-case.out --search 'harborton city' --literal harborton-ledger/2024-09-04
	# Scope: dates (a month, a day, open-ended), a path, an issue id.
	golden search-dates.out --search 工作 --from 2024-04 --to 2024-05
	golden search-from.out --search 工作 --from 2024-06-14
	golden search-to.out --search 工作 --to 2024-03-15
	golden search-path.out --search 工作 "$SAMPLE/zhufeng-weekly"
	golden search-issue.out --search 工作 songchuan-daily/2024-06-14 zhufeng-weekly/2024-03-22
	# Several queries in one run, each in turn.
	golden search-several.out --search 报道 --search 日报 --search 'no such phrase'
	# Nothing found: 1; trouble: 2.
	golden search-none.out --search 'no such phrase' songchuan-daily
	golden search-errors.out --search '  '
	golden search-badid.out --search 育秧 no-such-publication
	golden search-badutf8.out --search "$(printf 'a\377b')"
	golden search-baddate.out --search 工作 --from 2024-4
}

searches
ls "$XDG_CACHE_HOME"/kanbao/search-*.cache >/dev/null 2>&1 ||
	fail "--search made no search cache"
GOLDEN_OPTS=--no-cache searches
unset GOLDEN_OPTS
# The cache searched on several threads (here chunks of a few blocks
# each): the same lines in the same order.
for n in 2 3 7; do
	KANBAO_SEARCH_THREADS=$n && export KANBAO_SEARCH_THREADS
	searches
done
# A count that is not one: a warning, and the search goes on.
KANBAO_SEARCH_THREADS=0 && export KANBAO_SEARCH_THREADS
"$KANBAO" -a "$SAMPLE" --search 育秧 >"$TMP/out" 2>"$TMP/err" ||
	fail "search with KANBAO_SEARCH_THREADS=0 failed"
grep -q "KANBAO_SEARCH_THREADS: not a number from 1 to 64: 0" "$TMP/err" ||
	fail "no warning for KANBAO_SEARCH_THREADS=0: $(cat "$TMP/err")"
[ -s "$TMP/out" ] || fail "search with KANBAO_SEARCH_THREADS=0 found nothing"
unset KANBAO_SEARCH_THREADS

# --build-cache prints where the cache is; a search then uses it as is.
out=$("$KANBAO" --build-cache "$SAMPLE") || fail "--build-cache failed"
case $out in "$XDG_CACHE_HOME"/kanbao/search-*.cache) ;; *) fail "--build-cache printed '$out'" ;; esac
[ -s "$out" ] || fail "--build-cache made no file"
before=$(stat -c %Y.%i "$out")
"$KANBAO" -a "$SAMPLE" --search 育秧 >/dev/null || fail "search after --build-cache"
[ "$(stat -c %Y.%i "$out")" = "$before" ] || fail "a valid cache was rebuilt"
# A cache that cannot be written: the search goes on without it.
XDG_CACHE_HOME="$TMP/not-a-dir" && : > "$XDG_CACHE_HOME"
"$KANBAO" -a "$SAMPLE" --search 下洋村的集中育秧大棚 >"$TMP/out" 2>"$TMP/err" ||
	fail "search without a writable cache failed"
grep -q "search cache: cannot create" "$TMP/err" || fail "no warning: $(cat "$TMP/err")"
sed 's/$//' "$TMP/out" | grep -q '^songchuan-daily/2024-04-03/01/1:12: ' ||
	fail "search without a writable cache found nothing"
exit 0
