#!/bin/sh
# Navigation with each shipped keymap: next and previous article, scrolling
# the body with a count, next issue, help and quit.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

# try KEYMAP NEXT PREV DOWN NEWER OLDER HELP QUIT DATE (tmux key names)
try() {
	echo "keymap $1"
	echo "keymap = $1" > "$XDG_CONFIG_HOME/kanbao/config"
	rm -rf "$XDG_DATA_HOME/kanbao"
	tui_start 132 43
	tui_wait "Issues"
	tui_keys "$9"
	tui_wait "Date (YYYY-MM-DD)"
	tui_keys 2024-04-03 Enter
	tui_wait_status "2024-04-03"
	tui_keys "$2"
	tui_wait_status "article 2/"
	tui_keys "$3"
	tui_wait_status "article 1/"
	tui_keys 2 "$2"			# a count: two articles on
	tui_wait_status "article 3/"
	tui_keys "$4"			# scroll the list (the issues now)
	tui_keys "$5"			# the newer issue
	tui_wait_status "2024-05-08"
	tui_keys "$6"			# older again
	tui_wait_status "2024-04-03"
	tui_keys "$7"
	tui_wait "Help: keys and actions"
	tui_wait "next-article"
	tui_keys q
	tui_wait "Issues"
	tui_keys "$8"
	tui_wait_exit 2
	tmx kill-session -t t
}

try default n p j ] [ '?' q :
try vi l h j L H '?' q :
try emacs M-n M-p C-n 'M-}' 'M-{' C-h q M-g
exit 0
