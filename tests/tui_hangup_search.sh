#!/bin/sh
# SPDX-License-Identifier: ISC
# A hang-up while an archive search is running: the search of a big
# archive (generated here: a daily of many issues, its pages hard links to
# the sample's) is under way, issue by issue, when the terminal closes; the
# reader must stop searching, save the reading position and exit within
# the limit, like the modal states of tui_hangup_modal.sh.  Both ways a
# search runs are tried: page by page without the search cache, and the
# first search of an archive, which builds the cache.  The exit time is
# measured (polling for the process to vanish) and printed, in ms.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

POS="$XDG_DATA_HOME/kanbao/positions"
# Issues of the generated daily: searching them without the cache, or
# building the cache, takes seconds (about 15 ms an issue), so the search
# is still running when the terminal goes away just after its progress is
# seen.
ISSUES=${HANGUP_SEARCH_ISSUES:-600}
ARC="$TMP/arc"
PUB="$ARC/big-daily"
mkdir -p "$PUB"
cp "$SAMPLE/songchuan-daily/publication.conf" "$PUB/"
# One issue of hard links to the sample daily's pages, copied as links.
mkdir "$TMP/issue"
k=1
for p in $(find "$SAMPLE/songchuan-daily" -name '[0-9]*.txt' | sort); do
	ln "$p" "$TMP/issue/$(printf '%02d' $k).txt" 2>/dev/null ||
		cp "$p" "$TMP/issue/$(printf '%02d' $k).txt"
	k=$((k + 1))
done
[ $k -gt 4 ] || fail "the sample daily has too few pages"
i=0
while [ $i -lt "$ISSUES" ]; do
	cp -R -l "$TMP/issue" "$PUB/$(printf '2%03d-%02d-%02d' $((i / 336)) \
	    $((i / 28 % 12 + 1)) $((i % 28 + 1)))" 2>/dev/null ||
		cp -R "$TMP/issue" "$PUB/$(printf '2%03d-%02d-%02d' $((i / 336)) \
		    $((i / 28 % 12 + 1)) $((i % 28 + 1)))" ||
		fail "cannot copy an issue"
	i=$((i + 1))
done


# search_running WHAT: the reader at an article of the daily, the archive
# search started and reporting WHAT in the status line.
search_running() {
	rm -f "$POS"
	tui_start 100 30 "$ARC"
	tui_wait "Article 1, page 1"
	tui_keys S
	tui_wait_status "Search the archive"
	tui_keys 县 Enter
	tui_wait_status "$1"
}

# Without the cache: issues loaded and searched one by one.
TUI_ENV="export KANBAO_NO_CACHE=1"
search_running "Searching:"
tui_hangup "a search without the cache"
# The first search: the cache is being built.
TUI_ENV=
search_running "Building the search cache"
tui_hangup "building the search cache"
exit 0
