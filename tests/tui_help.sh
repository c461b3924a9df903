#!/bin/sh
# SPDX-License-Identifier: ISC
# ? lists every action with its keys, from the live keymap; q closes it.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

printf 'bind x quit\n' > "$XDG_CONFIG_HOME/kanbao/keys"
tui_start 132 80	# every action on one screen
tui_wait "Issues"
tui_keys '?'
tui_wait "Help: keys and actions"
for a in $(sed -n 's/^[	 ]*X([A-Z_]*, "\([a-z-]*\)".*/\1/p' "$top_srcdir/core/actions.h"); do
	grep -q -- " $a " "$TMP/screen" || fail "help does not list $a"
done
grep -E -q '^ j, Down +scroll-down +Scroll the body' "$TMP/screen" ||
	fail "help: no 'j, Down  scroll-down'"
grep -E -q '^ q, x +quit ' "$TMP/screen" || fail "help does not show the user's binding"
tui_keys q
tui_wait_gone "Help: keys and actions"
tui_wait "Issues"
tui_keys x
tui_wait_exit 2
exit 0
