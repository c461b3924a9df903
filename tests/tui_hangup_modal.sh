#!/bin/sh
# SPDX-License-Identifier: ISC
# A hang-up in every modal state: whatever loop is reading keys (a prompt,
# the search results, a question, an overlay, the PIN, an editor), closing
# the terminal ends the reader within a second and the reading position is
# saved.  Each exit time is measured (polling for the process to vanish)
# and printed, in ms.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

: "${KANBAO_SYSTEST:=$top_builddir/tests/kanbao_systest}"
POS="$XDG_DATA_HOME/kanbao/positions"
SYSCONF="$TMP/etc/kanbao.conf"
mkdir -p "$TMP/etc"
# An editor that waits for ever (until a signal ends it).
printf '#!/bin/sh\nexec sleep 600\n' > "$TMP/editor"
chmod +x "$TMP/editor"

# open_article: the reader at an article of the sample.
open_article() {
	rm -f "$POS"
	tui_start 100 30 "$@"
	tui_wait "Article 1, page 1"
}

open_article; tui_hangup "reading"
open_article; tui_keys '?'; tui_wait "Help: keys"; tui_hangup "help"
open_article; tui_keys D; tui_wait_gone "Article 1, page 1"; tui_hangup "diagnostics"
open_article; tui_keys :; tui_wait_status "Date (YYYY-MM-DD)"; tui_hangup "date prompt"
open_article; tui_keys /; tui_wait_status "/"; tui_keys 'x'; tui_hangup "search prompt"
open_article; tui_keys S; tui_wait_status "Search the archive"; tui_hangup "archive search prompt"
open_article; tui_keys S Tab Tab Tab; tui_wait_status "Search a range of dates"
tui_keys the Enter; tui_wait_status "Dates"; tui_hangup "dates prompt"
open_article; tui_keys S; tui_wait_status "Search the archive"
tui_keys the Enter; tui_wait "hits"; tui_hangup "archive search results"
open_article; tui_keys m; tui_wait_status "Bookmark note"; tui_hangup "bookmark note"
open_article; tui_keys M; tui_wait_status "Quick mark"; tui_hangup "quick mark set"
open_article; tui_keys "'"; tui_wait_status "Go to quick mark"; tui_hangup "quick mark jump"
open_article; tui_keys m Enter; tui_wait_status "Bookmark"
tui_keys L; tui_wait "Bookmarks"; tui_hangup "bookmarks pane"
open_article; tui_keys m Enter; tui_wait_status "Bookmark"
tui_keys L; tui_wait "Bookmarks"; tui_keys x; tui_wait_status "Delete"; tui_hangup "delete question"
open_article; tui_keys P; tui_wait "Proof"; tui_hangup "proof view"
open_article; tui_keys P; tui_wait "Proof"; tui_keys a; tui_wait_status "Note on lines"
tui_hangup "note prompt"
TUI_ENV="export VISUAL='$TMP/editor' EDITOR='$TMP/editor'"
open_article; tui_keys P; tui_wait "Proof"; tui_keys E
n=0
until pgrep -f "sleep 600" -P "$(pgrep -P "$(cat "$TMP/pid")" | head -n 1)" >/dev/null 2>&1 ||
    pgrep -x sleep -P "$(cat "$TMP/pid")" >/dev/null 2>&1; do
	n=$((n + 1))
	[ $n -le 200 ] || fail "the editor did not start"
	sleep 0.05
done
tui_hangup "editor"
TUI_ENV=
# SIGTERM alone (the terminal stays) with the editor open: passed on.
TUI_ENV="export VISUAL='$TMP/editor' EDITOR='$TMP/editor'"
open_article; tui_keys P; tui_wait "Proof"; tui_keys E
n=0
until pgrep -x sleep -P "$(cat "$TMP/pid")" >/dev/null 2>&1; do
	n=$((n + 1))
	[ $n -le 200 ] || fail "the editor did not start"
	sleep 0.05
done
rm -f "$POS"
kill -TERM "$(cat "$TMP/pid")"
tui_wait_exit 3
grep -q "^last	" "$POS" || fail "SIGTERM with the editor open: not saved"
TUI_ENV=

# Kiosk mode: the staff PIN prompt (the system config of the test build;
# a public terminal keeps no reading positions).
if [ -x "$KANBAO_SYSTEST" ]; then
	printf 'kiosk = yes\nkiosk-idle = 0\nkiosk-pin = 1234\nkiosk-archive = %s\n' \
	    "$(cd "$SAMPLE" && pwd)" > "$SYSCONF"
	KANBAO=$KANBAO_SYSTEST TUI_NO_ARGS=1 NO_PLACE=1
	TUI_ENV="export KANBAO_TEST_SYSCONF='$SYSCONF'"
	open_article; tui_keys q; tui_wait_status "Staff PIN"; tui_hangup "kiosk PIN"
fi
exit 0
