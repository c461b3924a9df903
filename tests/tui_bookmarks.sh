#!/bin/sh
# SPDX-License-Identifier: ISC
# Bookmarks in the reader: m marks the place with a note, the list (L) shows
# it, Enter after a restart goes back with the marked text on the body's top
# line, M and a letter set a quick mark that ' and the letter jump to, r
# renames and x then y deletes.  kanbao --bookmarks agrees at each step.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

ART1="harborton-ledger/2024-09-18/01/1"
ART3="harborton-ledger/2024-09-18/01/3"

# bm_list: the bookmarks as --bookmarks prints them.
bm_list() {
	"$KANBAO" --archive "$SAMPLE" --bookmarks > "$TMP/bm" 2> "$TMP/bm.err" ||
		{ cat "$TMP/bm.err" >&2; fail "kanbao --bookmarks failed"; }
}

# bm_expect N: --bookmarks lists N bookmarks.
bm_expect() {
	bm_list
	[ "$(wc -l < "$TMP/bm")" -eq "$1" ] || { cat "$TMP/bm" >&2; fail "expected $1 bookmarks"; }
}

# body_top: the first text line of the body (the row under its title).
body_top() {
	tui_screen | awk 'f { print; exit } /^ Article [0-9]+, page/ { f = 1 }'
}

# wait_top TEXT: poll until the body's first line is TEXT.
wait_top() {
	n=0
	until [ "$(body_top)" = "$1" ]; do
		n=$((n + 1))
		[ $n -le $((TUI_TIMEOUT * 20)) ] || { tui_screen >&2; fail "body does not start with '$1'"; }
		sleep 0.05
	done
}

bm_expect 0

# --- add a bookmark with a note, a few lines into the first article ---------
tui_start 80 24 "$SAMPLE"
tui_wait "Article 1, page 1"
tui_keys j j j
tui_wait_gone "Top"
anchor=$(body_top)
[ -n "$anchor" ] || fail "no text at the top of the body"
tui_keys m
tui_wait_status "Bookmark note"
tui_keys f i r s t Space v i s i t Enter
tui_wait_status "Bookmarked"
bm_expect 1
grep -q "^$ART1	ok		.*	first visit\$" "$TMP/bm" || { cat "$TMP/bm"; fail "bookmark not listed"; }

# Esc cancels: nothing is added.
tui_keys m
tui_wait_status "Bookmark note"
tui_keys x Escape
tui_wait_status "Not bookmarked"
bm_expect 1

# --- the list shows it ---------------------------------------------------------
tui_keys L
tui_wait "Bookmarks: 1"
tui_wait "first visit"
tui_wait "2024-09-18"
tui_keys q
tui_wait_gone "Bookmarks: 1"
tui_wait "Articles: The Harborton Ledger"

# --- quit, restart elsewhere, follow it with Enter ------------------------------
tui_keys q
tui_wait_exit 5
tui_start 80 24 "$SAMPLE"
tui_wait "Article 1, page 1"
tui_keys [
tui_wait "Articles: The Harborton Ledger 2024-09-11"
tui_keys L
tui_wait "Bookmarks: 1"
tui_keys Enter
tui_wait "Articles: The Harborton Ledger 2024-09-18"
tui_wait "Article 1, page 1"
wait_top "$anchor"

# --- a quick mark: M a in another article, ' a comes back -------------------------
tui_keys n n
tui_wait "Article 3, page 1"
top3=$(body_top)
tui_keys M a
tui_wait_status "Quick mark a set"
bm_expect 2
grep -q "^$ART3	ok	a	" "$TMP/bm" || { cat "$TMP/bm"; fail "quick mark not listed"; }
tui_keys p p
tui_wait "Article 1, page 1"
tui_keys "'" a
tui_wait "Article 3, page 1"
wait_top "$top3"
tui_keys "'" z
tui_wait_status "No quick mark z"
tui_keys u	# back, as after a jump line
tui_wait "Article 1, page 1"

# --- rename: a new note ----------------------------------------------------------
tui_keys L
tui_wait "Bookmarks: 2"
tui_keys G r
tui_wait_status "New note"
tui_keys b r i d g e s Enter
tui_wait_status "Bookmark changed"
tui_wait "bridges"
bm_expect 2
grep -q "^$ART3	ok	a	.*	bridges\$" "$TMP/bm" || { cat "$TMP/bm"; fail "note not renamed"; }

# --- delete, asked first: n keeps it, y deletes it --------------------------------
tui_keys x
tui_wait_status "Delete the bookmark"
tui_keys n
tui_wait_status "Not deleted"
bm_expect 2
tui_keys x
tui_wait_status "Delete the bookmark"
tui_keys y
tui_wait_status "Bookmark deleted"
tui_wait "Bookmarks: 1"
bm_expect 1
grep -q "^$ART1	" "$TMP/bm" || { cat "$TMP/bm"; fail "the wrong bookmark went"; }
tui_keys q q
tui_wait_exit 5
bm_expect 1
[ ! -s "$TMP/stderr" ] || { cat "$TMP/stderr"; fail "the reader wrote to stderr"; }

# --- a bookmark whose article has gone is listed as such, never dropped -------------
T0=2024-05-06T07:30:00.250Z
printf '1714980600250-0000abcd\t%s\t%s\tlive\t\tharborton-ledger/2024-09-18/07/4\t0:0\tA lost story\tNothing like this is in the issue\told note\t%s\n' \
    "$T0" "$T0" "$SAMPLE" >> "$XDG_DATA_HOME/kanbao/bookmarks"
bm_expect 2
grep -q "^harborton-ledger/2024-09-18/07/4	gone	" "$TMP/bm" || { cat "$TMP/bm"; fail "not gone"; }
tui_start 80 24 "$SAMPLE"
tui_wait "Article 1, page 1"
tui_keys L
tui_wait "Bookmarks: 2"
tui_wait "[gone]"
tui_keys g Enter
tui_wait_status "Bookmark gone"
tui_wait "Bookmarks: 2"
bm_expect 2
tui_keys q q
tui_wait_exit 5

# --- a save that fails says why, and is tried again at quit -----------------------
: > "$TMP/notadir"
TUI_ENV="export XDG_DATA_HOME='$TMP/notadir'"
tui_start 132 43 "$SAMPLE"
tui_wait "Article 1, page 1"
tui_keys m Enter
tui_wait_status "Bookmarks not saved: cannot"
# Quitting tries again and, while the screen is up, says it failed and
# offers a retry (tests/tui_fulldisk.sh); q gives up.
tui_keys q
tui_wait_status "Cannot save the bookmarks (r: try again"
tui_keys q
tui_wait_exit 5
grep -q "quit with the bookmarks not saved: .*Not a directory" "$TMP/stderr" ||
	{ cat "$TMP/stderr"; fail "no failed save at quit"; }
exit 0
