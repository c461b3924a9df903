#!/bin/sh
# SPDX-License-Identifier: ISC
# Resizing keeps the reading position: the first character shown before a
# resize is on the top body line after it (or on the screen when the whole
# article now fits), and going back to the old size puts it on top again.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

# The text of the first body line (below the body's title row), indent gone.
top_line() {
	tui_screen | awk '/^ Article [0-9]+, page/{getline; print; exit}' |
	    sed 's/^[ 　]*//'
}

# on_top SIZE: the anchor is on the top body line, or somewhere in the body
# when the whole article fits ("All" in the status line).
on_top() {
	tui_screen > "$TMP/screen"
	if tail -n 1 "$TMP/screen" | grep -q " All"; then
		awk '/^ Article [0-9]+, page/{b=1; next} b' "$TMP/screen" | grep -F -q -- "$anchor" &&
			return 0
	else
		case $(top_line) in *"$anchor"*) return 0 ;; esac
	fi
	cat "$TMP/screen" >&2
	fail "$1: '$anchor' is not where it should be"
}

tui_start 40 12
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "Articles: 松川日报 2024-04-03"
tui_keys 5 j			# a count: five lines down
tui_wait_gone " Top "
n=0
while line=$(top_line); [ -z "$line" ]; do	# a blank line: one more
	n=$((n + 1))
	[ $n -le 20 ] || { tui_screen >&2; fail "no text at the top"; }
	tui_keys j
	sleep 0.2
done
anchor=$(printf '%s' "$line" | "$PYTHON3" -c 'import sys; print(sys.stdin.read()[:2])')
[ -n "$anchor" ] || fail "no text on the top body line"

tmx resize-window -t t -x 80 -y 24
tui_wait "Articles: 松川日报"
tui_wait "$anchor"
on_top 80x24

tmx resize-window -t t -x 132 -y 43
tui_wait " Issues"
tui_wait "$anchor"
on_top 132x43

tmx resize-window -t t -x 40 -y 12
tui_wait_gone " Issues"
tui_wait "$anchor"
case $(top_line) in
"$anchor"*) ;;
*) tui_screen >&2; fail "40x12 again: the top line does not start with '$anchor'" ;;
esac
exit 0
