#!/bin/sh
# SPDX-License-Identifier: ISC
# A keys file with bad lines: a warning with file:line in the status line,
# every problem listed by show-diagnostics, and the good lines still work.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

cat > "$XDG_CONFIG_HOME/kanbao/keys" <<'EOK'
# my keys
bind x next-article
bind y no-such-action
frobnicate z
bind Ctrl-q quit
bind C-q quit
EOK
tui_start 132 43
tui_wait "Issues"
tui_wait_status "keys:3: unknown action 'no-such-action' (and more)"
tui_wait_status "3 problems (D)"
tui_keys x
tui_wait_status "article 2/"
tui_keys D
tui_wait "Problems found while loading"
tui_wait "keys:4: warning: unknown statement"
tui_wait "keys:5: warning: unknown key name 'Ctrl-q'"
tui_keys q
tui_wait "Issues"
tui_keys C-q
tui_wait_exit 2

# A bad config line is reported the same way; the rest of the file applies.
printf 'colour = maybe\nkeymap = vi\n' > "$XDG_CONFIG_HOME/kanbao/config"
rm -r "$XDG_CONFIG_HOME/kanbao/keys" "$XDG_DATA_HOME/kanbao"
tui_start 132 43
tui_wait_status "config:1: colour must be yes or no"
tui_keys l			# vi's next-article
tui_wait_status "article 2/"
exit 0
