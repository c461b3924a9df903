#!/bin/sh
# tui_hostile.sh: the reader on the hostile archive (hostile_lib.sh), its
# raw terminal output recorded (tmux pipe-pane) through every pane, the
# status line, the help, searches, the bookmarks pane, the proof pane and
# the diagnostics.  No OSC, DCS, C1 or bidi control may reach the
# terminal, and no marker word from the page may follow an ESC
# (hostile_scan.py --tty); the placeholders must be on the screen.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
. "$top_srcdir/tests/hostile_lib.sh"

tui_start 120 40 "$A"
tmx pipe-pane -t t -o "cat >> '$TMP/raw'" || fail "tmux pipe-pane"
tui_keys C-l			# everything drawn again, now recorded
tui_wait "Evil␛]0;pwned␛\\ Daily"
tui_wait "tricky␛]0;pwned␇"
# The hostile article, its status line and its proof pane.
tui_keys : 2024-01-02 Enter
tui_wait "抗旱保苗␛[2J␛[31m见成效"
tui_wait "␦txet␦"
tui_keys R P
tui_wait_status "Proof view"
tui_wait "Source lines"
tui_keys P
tui_wait_status "Proof view off"
# A search in the article and one across the archive.
tui_keys / gates Enter
tui_wait_status "hit 1 of 2"
tui_keys S 育秧 Enter
tui_wait "Search: 育秧"
tui_wait "ZXZpbA==␇"
tui_keys q
tui_wait_gone "Search: 育秧"
# The bookmarks pane, the help, the diagnostics.
tui_keys L
tui_wait "Head␛]0;pwned"
tui_keys q
tui_wait_gone "Head␛]0;pwned"
tui_keys '?'
tui_wait "WHAT IT DOES"
tui_keys q
tui_wait_gone "WHAT IT DOES"
tui_keys D
tui_wait "Problems found while loading"
tui_wait "bogus␛]0;pwned"
tui_keys q
tui_wait_gone "Problems found while loading"
tui_keys q
tui_wait_exit 5
tmx pipe-pane -t t 2>/dev/null || true
grep -F -q "pwned" "$TMP/raw" || fail "the page was not recorded"
"$PYTHON3" "$top_srcdir/tests/hostile_scan.py" --tty "$TMP/raw" ||
	fail "a control sequence from the page reached the terminal"
exit 0
