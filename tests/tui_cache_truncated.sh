#!/bin/sh
# SPDX-License-Identifier: ISC
# The search cache the reader keeps mapped between archive searches is cut
# short by another program: the next search must not die of SIGBUS (its
# place unsaved) but notice, rebuild the cache and search.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

tui_start 100 30
tui_wait "Article 1, page 1"
tui_keys S
tui_wait_status "Search the archive"
tui_keys the Enter
tui_wait "hits"
tui_keys Escape
tui_wait_gone "hits"
cache=$(find "$XDG_CACHE_HOME/kanbao" -type f ! -name '*.tmp*' ! -name '*.idx' | head -n 1)
# the index beside it (read, not mapped) cut short too: it is dropped
find "$XDG_CACHE_HOME/kanbao" -type f -name '*.idx' -exec truncate -s 16 {} +
[ -n "$cache" ] || fail "no search cache was made"
truncate -s 4096 "$cache"
tui_keys S
tui_wait_status "Search the archive"
tui_keys Enter
tui_wait "hits"
tui_pid_alive || { cat "$TMP/stderr"; fail "the reader died"; }
[ "$(stat -c %s "$cache")" -gt 4096 ] || fail "the cache was not rebuilt"
tui_keys Escape
tui_wait_gone "hits"
tui_keys q
tui_wait_exit 3
grep -q "^last	" "$XDG_DATA_HOME/kanbao/positions" || fail "the place was not saved"
exit 0
