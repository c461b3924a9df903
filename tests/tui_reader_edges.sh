#!/bin/sh
# SPDX-License-Identifier: ISC
# The reader's rough edges: a help hint until the first key; a message too
# long for the status line cut with a sign, and whole in the message log;
# the emacs keymap's C-g cancels instead of quitting; the date jump refuses
# what is not a date and stays; the mouse is the terminal's until F9; a
# pane title too long for its pane ends in a sign that it was cut.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

# Mouse reporting the terminal (tmux) was asked for: 1 when any.
mouse_flags() {
	tmx display -p -t t '#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}' |
	    grep -q 1 && echo 1 || echo 0
}

tui_start 60 24
tui_wait "Article 1, page 1"
tui_wait_status "?: help"
tui_keys j
tui_wait_gone "?: help"

# Mouse: off at start, F9 on, F9 off.
[ "$(mouse_flags)" = 0 ] || fail "mouse reporting is on at start"
tui_keys F9
tui_wait_status "Mouse on"
[ "$(mouse_flags)" = 1 ] || fail "F9 did not turn mouse reporting on"
tui_keys F9
tui_wait_status "Mouse off"
[ "$(mouse_flags)" = 0 ] || fail "F9 did not turn mouse reporting off"

# A long message at 60 columns: cut with a sign, whole in the log.
tui_keys R P
tui_wait_status "... (K: all)"
tui_keys K
tui_wait "Messages of this session, newest last"
tui_wait "Proof view: source lines below, the cursor line reversed"
grep -q "^ n both" "$TMP/screen" || fail "the long message is not whole in the log"
tui_wait "Mouse on: clicks and the wheel; hold Shift to select text"
tui_keys q
tui_wait_gone "Messages of this session"
tui_keys P
tui_wait_status "Proof view off"

# The date jump: not a date, no such month; the issue stays.
tui_keys : hello Enter
tui_wait_status "'hello' is not a date"
tui_keys : 2024-13-45 Enter
tui_wait_status "the month is 13"
tui_status > "$TMP/status"
grep -q "2024-04-03" "$TMP/status" || {
	tui_keys K
	tui_wait "the month is 13, months go 01 to 12"
	tui_keys q
}
grep -q "Article 1, page 1" "$TMP/screen" || tui_wait "Article 1, page 1"
tui_keys q
tui_wait_exit 5

# The emacs keymap: C-g cancels a count and does not quit.
echo "keymap = emacs" > "$XDG_CONFIG_HOME/kanbao/config"
tui_start 80 24
tui_wait "Article 1, page 1"
tui_keys 3 C-g
tui_wait_status "Cancelled"
tui_pid_alive || fail "C-g quit the reader"
tui_keys M-m
tui_wait "Messages of this session"
tui_wait "Cancelled"
tui_keys C-g
tui_wait_gone "Messages of this session"
tui_pid_alive || fail "C-g in the message log quit the reader"
tui_keys q
tui_wait_exit 5

# A title cut at 40 columns says so.
tui_start 40 20
tui_wait "Articles: The Harborton"
head -n 1 "$TMP/screen" | grep -q "Articles: The Harborton.*…" ||
	fail "the articles pane's title is cut without a sign: $(head -n 1 "$TMP/screen")"
tui_keys q
tui_wait_exit 5
echo ok
