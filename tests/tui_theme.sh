#!/bin/sh
# A colour theme in the config: the headline and the status line in the
# colours set, the rest as before; a bad entry is a problem, not a stop.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

esc=$(printf '\033')
cat > "$XDG_CONFIG_HOME/kanbao/config" <<'EOC'
colour-headline = red on blue bold
colour-status = black on yellow
colour-nonesuch = red
EOC
tui_start 100 30
tui_wait "Article 1, page 1"
tmx capture-pane -p -e -t t > "$TMP/attrs"
# The body's headline (the article's first line under the body's title).
grep -F "Record crowd, a new champion shucker" "$TMP/attrs" | grep "${esc}\[31m" |
	grep -q "${esc}\[44m" || { cat -v "$TMP/attrs" >&2; fail "the headline is not red on blue"; }
tail -1 "$TMP/attrs" | grep "${esc}\[30m" | grep -q "${esc}\[43m" ||
	{ tail -1 "$TMP/attrs" | cat -v >&2; fail "the status line is not black on yellow"; }
tui_wait_status "1 problem"
tui_keys D
tui_wait "unknown colour name"
tui_keys q
tui_keys q
tui_wait_exit 5
echo ok
