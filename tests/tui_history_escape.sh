#!/bin/sh
# SPDX-License-Identifier: ISC
# A typed search query with a bidi override (or any control a terminal
# acts on) is kept in the search history escaped (\u202E), never raw, and
# comes back as typed: searching it again from the history writes the same
# file.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
H="$XDG_DATA_HOME/kanbao/search-history"
RLO=$(printf '\342\200\256')

tui_start 100 30
tui_wait "Article 1, page 1"
tui_keys /
tui_wait_status "/"
tmx send-keys -t t -l "fair${RLO}x"
tui_keys Enter
n=0
until [ -s "$H" ]; do
	n=$((n + 1))
	[ $n -le 200 ] || fail "no search history written"
	sleep 0.05
done
LC_ALL=C grep -q "$RLO" "$H" && fail "a raw bidi override in the history file"
grep -qxF 'fair\u202Ex' "$H" || { cat "$H"; fail "not escaped as documented"; }
cp "$H" "$TMP/first"
tui_keys q
tui_wait_exit 3

# Read back: Up brings the query as typed; accepting it writes it again.
tui_start 100 30
tui_wait "Article 1, page 1"
tui_keys /
tui_wait_status "/"
tui_keys Up
tui_wait_status "fair"
tui_keys Enter
tui_keys q
tui_wait_exit 3
cmp "$TMP/first" "$H" || { cat "$H"; fail "the query did not read back as typed"; }
exit 0
