#!/bin/sh
# Reading positions are each archive's: two copies of the sample archive
# (the same article ids) keep their last articles apart.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

mkdir "$TMP/a" "$TMP/b"
cp -R "$SAMPLE/songchuan-daily" "$TMP/a/"
cp -R "$SAMPLE/songchuan-daily" "$TMP/b/"

# Archive a: the first article at start; read on to the second and quit.
tui_start 100 30 "$TMP/a"
tui_wait "Article 1, page 1"
tui_wait_status "article 1/"
tui_keys n
tui_wait_status "article 2/"
tui_keys q
tui_wait_exit 5
grep -q "^last	.*	$(cd "$TMP/a" && pwd -P)\$" "$XDG_DATA_HOME/kanbao/positions" ||
	{ cat "$XDG_DATA_HOME/kanbao/positions"; fail "no last article kept for archive a"; }

# Archive b has the same ids but was never read: it starts at its first.
tui_start 100 30 "$TMP/b"
tui_wait_status "article 1/"
tui_keys q
tui_wait_exit 5

# Archive a again: back at its second article.
tui_start 100 30 "$TMP/a"
tui_wait_status "article 2/"
tui_keys q
tui_wait_exit 5
echo ok
