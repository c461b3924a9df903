#!/bin/sh
# SPDX-License-Identifier: ISC
# Kiosk mode between patrons: after the idle time, and at once on
# end-session (F12), the reader goes back to its first screen and forgets
# the searches (query and history), bookmarks and places.  Leaving needs the
# staff PIN (a wrong one does not do) or the staff keys; with neither
# configured, nothing typed leaves.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
. "$top_srcdir/tests/kiosk_lib.sh"

HOME_TITLE="Article 1, page 1"
BASE="kiosk = yes
kiosk-archive = $ARCHIVE"

# use_session: a search, a bookmark, and a move to another article.
use_session() {
	tui_wait "$HOME_TITLE"
	key_then "Bookmark note" m
	key_then "Bookmarked" m i n e Enter
	tui_keys /
	tui_wait_gone "Bookmarked"
	key_then "hit 1 of" s h u c k e r Enter
	tui_keys Right
	tui_wait "Article 2, page 1"
}

# forgotten: the first screen again, no search, no history, no bookmark.
forgotten() {
	tui_wait "$HOME_TITLE"
	key_then "No search yet" N
	tui_keys /
	tui_wait_gone "No search yet"
	tui_keys Up
	tui_wait_status "/"
	! tui_status | grep -q shucker || fail "the search history was kept"
	tui_keys Escape
	tui_wait_status "article 1/"
	tui_keys L
	tui_wait "Bookmarks: 0"
	tui_wait "No bookmarks yet."
	tui_keys q
	tui_wait_gone "Bookmarks: 0"
}

# --- idle: 2 seconds ---------------------------------------------------------------
printf '%s\nkiosk-idle = 2\n' "$BASE" > "$SYSCONF"
tui_start 100 30
snapshot before
use_session
tui_wait_status "Session ended after 2 s idle"
forgotten
# An idle prompt is given up too (the patron walked away from it).
key_then "Bookmark note" m
tui_keys s e c r e t
tui_wait_status "Session ended after 2 s idle"
still_alone
snapshot after
same_snapshot before after
kill -TERM "$(cat "$TMP/pid")"
gone_clean 5

# --- end-session, no PIN and no staff keys: nothing leaves --------------------------
printf '%s\nkiosk-idle = 0\n' "$BASE" > "$SYSCONF"
tui_start 100 30
use_session
key_then "Session ended: searches, bookmarks" F12
forgotten
key_then "public terminal" q
key_then "public terminal" q
still_alone
kill -TERM "$(cat "$TMP/pid")"
gone_clean 5

# --- the staff PIN --------------------------------------------------------------------
printf '%s\nkiosk-idle = 0\nkiosk-pin = 4711\n' "$BASE" > "$SYSCONF"
tui_start 100 30
tui_wait "$HOME_TITLE"
key_then "Staff PIN" q
tui_keys 1 2 3 4
tui_wait_status "Staff PIN (Esc cancels): ****"
! tui_status | grep -q 1234 || fail "the PIN is echoed"
key_then "Wrong PIN" Enter
still_alone
key_then "Staff PIN" q
key_then "Cancelled" 4 7 1 1 Escape
still_alone
key_then "Staff PIN" q
tui_keys 4 7 1 1 Enter
gone_clean 5

# --- staff keys ---------------------------------------------------------------------------
printf '%s\nkiosk-idle = 0\nkiosk-exit-keys = F5 F6 F5 F7\n' "$BASE" > "$SYSCONF"
tui_start 100 30
tui_wait "$HOME_TITLE"
key_then "public terminal" q
key_then "F5 is not bound" F5 F6 F7 F5
still_alone
tui_keys F5 F6 F5 F7
gone_clean 5
exit 0
