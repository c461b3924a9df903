#!/bin/sh
# SPDX-License-Identifier: ISC
# The archive changes while the reader is open (tonight's issue arrives, a
# page is corrected): the next archive search finds the files as they are
# now, through the search cache, which the reader checks before each search
# and updates when it is stale; the panes are then read again, so the new
# issue is in the issues list and a hit in it opens.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

cp -R "$SAMPLE" "$TMP/archive"
page="$TMP/archive/songchuan-daily/2024-04-03/01.txt"

# archive_search QUERY EXPECTED: S, the query, Enter; EXPECTED on the list.
archive_search() {
	tui_keys S
	tui_wait_status "Search the archive:"
	tmx send-keys -t t -l "$1"
	tui_keys Enter
	tui_wait "$2"
	tui_keys q
	tui_wait_gone "$2"
}

tui_start 100 30 "$TMP/archive"
tui_wait "Article 1, page 1"
archive_search '农资直供点' "农资直供点  1 hit "
archive_search '农资服务站' "No hits."
cache=$(ls "$XDG_CACHE_HOME"/kanbao/search-*.cache) ||
	fail "the archive search made no search cache"
cp "$cache" "$TMP/before.cache"

# The page is corrected and a new issue arrives, the reader still open.
sed 's/农资直供点/农资服务站/' "$page" > "$TMP/page" && mv "$TMP/page" "$page"
mkdir "$TMP/archive/songchuan-daily/2024-07-01"
printf '松川日报\n\n本报讯 今晚到的一期：防汛抢险队伍连夜集结。\n' \
	> "$TMP/archive/songchuan-daily/2024-07-01/01.txt"
archive_search '农资服务站' "农资服务站  1 hit "
# The panes were read again, the article open before still open.
tui_wait "Article 1, page 1"
archive_search '农资直供点' "No hits."
tui_keys S
tui_wait_status "Search the archive:"
tmx send-keys -t t -l '连夜集结'
tui_keys Enter
tui_wait "连夜集结  1 hit "
grep -q '2024-07-01  p\.1' "$TMP/screen" || fail "the new issue is not listed"
# The panes were read again: the hit in the new issue opens, and the new
# issue is in the issues list.
tui_keys Enter
tui_wait "防汛抢险队伍连夜集结"
grep -q '2024-07-01' "$TMP/screen" || fail "the new issue is not in the issues list"
cmp -s "$cache" "$TMP/before.cache" && fail "the search cache was not updated"
tui_keys q
tui_wait_exit 2
exit 0
