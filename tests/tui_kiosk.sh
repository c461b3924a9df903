#!/bin/sh
# Kiosk mode: every way out we know of is tried, in each shipped keymap,
# and afterwards the reader must still be running, alone, on its own
# screen, with nothing written under HOME or in the archive.  The patron's
# own config (kiosk = no, a keys file binding keys to edit-source and quit)
# is ignored.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
. "$top_srcdir/tests/kiosk_lib.sh"

# The patron's files: would turn kiosk mode off and bind keys to a way out.
printf 'kiosk = no\nkiosk-allow = editor,quit,write\nkeymap = emacs\n' \
	> "$XDG_CONFIG_HOME/kanbao/config"
printf 'bind z edit-source\nbind y quit\nbind Q quit\n' > "$XDG_CONFIG_HOME/kanbao/keys"

# try_escapes: the keys and signals, then the checks.
try_escapes() {
	tui_wait "Articles:"
	snapshot before
	key_then "edit-source is not available" E
	key_then "z is not bound" z
	key_then "y is not bound" y
	key_then "public terminal" q
	tui_keys '!' '|' v
	key_then "C-z is not bound" C-z
	key_then "C-c is not bound" C-c
	key_then 'C-\ is not bound' 'C-\'
	still_alone
	# Bookmarks and searches work, for the session only.
	key_then "Bookmark note" m
	key_then "Bookmarked" n o t e Enter
	tui_keys /
	tui_wait_gone "Bookmarked"
	key_then "hit" t h e Enter
	# :e opens nothing: the date prompt takes no paths.
	key_then "Date" :
	tui_keys e Space / e t c / p a s s w d Enter
	tui_wait_gone "Date ("
	for sig in INT QUIT TSTP TTIN TTOU; do
		kill -s "$sig" "$(cat "$TMP/pid")" || fail "kill -$sig"
	done
	tui_keys C-l
	still_alone
	snapshot after
	same_snapshot before after
}

# --- the default keymap, kiosk mode from the system config -------------------
sysconf "kiosk = yes" "kiosk-archive = $ARCHIVE" "kiosk-idle = 0"
tui_start 100 30
try_escapes
key_then "Q is not bound" Q
key_then "Z is not bound" Z Z
still_alone
# SIGTERM and SIGHUP still end it, cleanly.
kill -TERM "$(cat "$TMP/pid")"
gone_clean 5

# --- the vi keymap (the system config's): ZZ, :q and friends ------------------
sysconf "kiosk = yes" "kiosk-archive = $ARCHIVE" "kiosk-idle = 0" "keymap = vi"
tui_start 100 30
try_escapes
tui_keys Z Z : q Enter Escape
tui_wait_gone "Date"
still_alone
kill -HUP "$(cat "$TMP/pid")"
gone_clean 5

# --- the emacs keymap: C-x C-c, C-g, M-x -----------------------------------------
sysconf "kiosk = yes" "kiosk-archive = $ARCHIVE" "kiosk-idle = 0" "keymap = emacs"
tui_start 100 30
tui_wait "Articles:"
snapshot before
key_then "Cancelled" C-g	# as in Emacs: cancels, never quits
key_then "public terminal" q
tui_keys C-x C-c M-x M-! C-z
still_alone
# --kiosk on the command line is kiosk mode too, with no system config.
kill -TERM "$(cat "$TMP/pid")"
gone_clean 5
snapshot after
same_snapshot before after

sysconf "kiosk-archive = $ARCHIVE" "kiosk-idle = 0"
tui_start 100 30 --kiosk
try_escapes
kill -TERM "$(cat "$TMP/pid")"
gone_clean 5

# --- kiosk-allow lifts what it names, and only that ------------------------------
sysconf "kiosk = yes" "kiosk-archive = $ARCHIVE" "kiosk-idle = 0" \
	"kiosk-allow = editor, quit"
tui_start 100 30
tui_wait "Articles:"
key_then "Page read again after editing" E
[ -e "$TMP/out/ran-a-program" ] || fail "kiosk-allow = editor did not let E run the editor"
rm -f "$TMP/out/ran-a-program"
key_then "C-z is not bound" C-z
key_then "note-add is not available" a
tui_keys q
gone_clean 5
exit 0
