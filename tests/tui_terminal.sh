#!/bin/sh
# SPDX-License-Identifier: ISC
# tui_terminal.sh: terminals and locales common over SSH.  TERM=dumb or
# an unknown TERM: a message saying what to do and exit status 1, not a
# blank screen.  kanbao /no/such/path: the command line's message and
# exit status, before any screen is opened.  LC_ALL=C: one line saying
# the locale cannot show the text and how to fix it; --utf8 and
# charset = utf-8 insist on UTF-8; a GB18030 locale gets GB18030.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
tmx new-session -d -s keep -x 80 -y 24 "exec sleep 3600" || fail "tmux"

# run ENV ARG...: kanbao ARG... in a fresh session "t" (80x24) with the
# environment ENV (shell assignments), its output captured from the first
# byte in $TMP/stream; $TMP/rc gets the exit status when it ends.
run() {
	env=$1
	shift
	rm -f "$TMP/go" "$TMP/rc" "$TMP/pid" "$TMP/stream"
	cat > "$TMP/run.sh" <<-EOS
	export LC_ALL=C.UTF-8 TERM=screen-256color HOME="$HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" XDG_DATA_HOME="$XDG_DATA_HOME" XDG_CACHE_HOME="$XDG_CACHE_HOME"
	export $env
	echo \$\$ > "$TMP/pid"
	while [ ! -e "$TMP/go" ]; do sleep 0.02; done
	"$KANBAO" $(for a in "$@"; do printf "'%s' " "$a"; done) 2> "$TMP/stderr"
	echo \$? > "$TMP/rc"
	EOS
	tmx kill-session -t t 2>/dev/null || true
	tmx new-session -d -s t -x 80 -y 24 "sh '$TMP/run.sh'" || fail "tmux new-session"
	tmx set-option -t t remain-on-exit on >/dev/null
	tui_wait_file "$TMP/pid"
	tmx pipe-pane -O -t t "cat > '$TMP/stream'" || fail "tmux pipe-pane"
	: > "$TMP/go"
}
# refused ENV TEXT: kanbao exits 1 saying TEXT, and never opened a screen.
refused() {
	run "$1"
	tui_wait_file "$TMP/rc"
	[ "$(cat "$TMP/rc")" = 1 ] || fail "$1: exit $(cat "$TMP/rc"), not 1"
	grep -q "$2" "$TMP/stderr" || { cat "$TMP/stderr"; fail "$1: no message '$2'"; }
	grep -q "$(printf '\033')\[?1049h" "$TMP/stream" 2>/dev/null &&
	    fail "$1: a screen was opened"
	return 0
}
refused TERM=dumb "the terminal 'dumb' (TERM) cannot move the cursor"
refused TERM=no-such-terminal "unknown terminal type 'no-such-terminal' (TERM): set TERM"
refused TERM= "TERM is not set"

# A path that is not there: as --list says it, with its status.
"$KANBAO" --list /no/such/path 2> "$TMP/cli-err"
cli_rc=$?
run "" /no/such/path
tui_wait_file "$TMP/rc"
[ "$(cat "$TMP/rc")" = "$cli_rc" ] || fail "/no/such/path: exit $(cat "$TMP/rc"), the command line's is $cli_rc"
cmp -s "$TMP/cli-err" "$TMP/stderr" || { cat "$TMP/cli-err" "$TMP/stderr"; fail "/no/such/path: not the command line's message"; }
grep -q "$(printf '\033')\[?1049h" "$TMP/stream" && fail "/no/such/path: a screen was opened"

# LC_ALL=C: the text cannot be shown; one line says so and how to fix it.
run LC_ALL=C "$SAMPLE/songchuan-daily"
tui_wait_status "Locale C cannot show this text: set LANG=C.UTF-8 or run kanbao --utf8"
tui_keys q
tui_wait_file "$TMP/rc"
# --utf8, or charset = utf-8: UTF-8 whatever the locale.
for how in --utf8 config; do
	if [ $how = config ]; then
		printf 'charset = utf-8\n' > "$XDG_CONFIG_HOME/kanbao/config"
		run LC_ALL=C "$SAMPLE/songchuan-daily"
	else
		run LC_ALL=C --utf8 "$SAMPLE/songchuan-daily"
	fi
	tui_wait "松川日报"
	grep -q "cannot show" "$TMP/screen" && fail "$how: the warning is still shown"
	tui_keys q
	tui_wait_file "$TMP/rc"
done
rm -f "$XDG_CONFIG_HOME/kanbao/config"

# GB18030: the terminal gets GB18030, not UTF-8 (the stream's bytes).
if locale -a 2>/dev/null | grep -qix 'zh_CN.gb18030'; then
	run LC_ALL=zh_CN.GB18030 "$SAMPLE/songchuan-daily"
	n=0
	until grep -q "$(printf '\313\311\264\250\310\325\261\250')" "$TMP/stream" 2>/dev/null; do
		n=$((n + 1))
		[ $n -le 200 ] || fail "GB18030: 松川日报 was not written in GB18030"
		sleep 0.05
	done
	grep -q '松川日报' "$TMP/stream" && fail "GB18030: UTF-8 was written to the terminal"
	grep -q 'cannot show' "$TMP/stream" && fail "GB18030: the locale was taken as unable"
	tui_keys q
	tui_wait_file "$TMP/rc"
else
	echo "zh_CN.GB18030 is not installed here (setup.sh generates it): its part skipped"
fi
exit 0
