# SPDX-License-Identifier: ISC
# tests/tui_lib.sh: driving the real reader in tmux.  Sourced after lib.sh.
#
# Each test runs its own tmux server on a private socket, with HOME and the
# XDG directories in a temporary directory, and reads the screen with
# capture-pane, polling until what it waits for appears (never one fixed
# sleep).  Exit 77 (skipped) only when tmux is missing.

: "${TMUX_BIN:=$(command -v tmux || true)}"
: "${PYTHON3:=$(command -v python3 || true)}"
if [ -z "$TMUX_BIN" ] || [ ! -x "$TMUX_BIN" ]; then
	echo "SKIP: tmux not found"
	exit 77
fi
unset TMUX TMUX_PANE
TUI_TIMEOUT=${TUI_TIMEOUT:-10}

make_tmpdir
TUI_SOCK="$TMP/tmux.sock"
trap 'tui_kill_server; rm -rf "$TMP"' EXIT
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
	XDG_DATA_HOME="$TMP/home/.local/share" XDG_CACHE_HOME="$TMP/home/.cache"
mkdir -p "$XDG_CONFIG_HOME/kanbao" "$XDG_DATA_HOME"
unset XDG_STATE_HOME NO_COLOR

tmx() {
	"$TMUX_BIN" -S "$TUI_SOCK" -f /dev/null "$@"
}

tui_kill_server() {
	tmx kill-server 2>/dev/null || true
}

# tui_start COLS ROWS [ARG...]: run the reader on the sample archive (or the
# arguments; with TUI_NO_ARGS=1, on none) in a fresh session "t" of COLS x ROWS.
tui_start() {
	cols=$1 rows=$2
	shift 2
	[ $# -gt 0 ] || [ -n "${TUI_NO_ARGS:-}" ] || set -- "$SAMPLE"
	printf '%s\n' "$KANBAO" "$@" > "$TMP/argv"
	cat > "$TMP/run.sh" <<-EOS
	export LC_ALL=C.UTF-8 TERM=screen-256color HOME="$HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" XDG_DATA_HOME="$XDG_DATA_HOME" XDG_CACHE_HOME="$XDG_CACHE_HOME"
	${TUI_ENV:-}
	echo \$\$ > "$TMP/pid"
	exec "$KANBAO" $(for a in "$@"; do printf "'%s' " "$a"; done) 2> "$TMP/stderr"
	EOS
	rm -f "$TMP/pid"
	# A session that outlives the tests' ones keeps the server up between them.
	tmx has-session -t keep 2>/dev/null ||
		tmx new-session -d -s keep -x 80 -y 24 "exec sleep 3600" || fail "tmux"
	tmx kill-session -t t 2>/dev/null || true
	tmx new-session -d -s t -x "$cols" -y "$rows" "sh '$TMP/run.sh'" ||
		fail "tmux new-session"
	tmx set-option -t t remain-on-exit on >/dev/null
	tui_wait_file "$TMP/pid"
}

tui_wait_file() {
	n=0
	while [ ! -s "$1" ]; do
		n=$((n + 1))
		[ $n -le $((TUI_TIMEOUT * 20)) ] || fail "timed out waiting for $1"
		sleep 0.05
	done
}

# The screen as text, one line per row (wide characters once, as shown).
tui_screen() {
	tmx capture-pane -p -t t
}

# tui_wait TEXT: poll until TEXT (a fixed string) is on the screen and the
# screen has settled (two captures alike), so that what the caller greps
# next is not a half-drawn frame.
tui_wait() {
	n=0
	: > "$TMP/screen.prev"
	while :; do
		tui_screen > "$TMP/screen" 2>/dev/null
		if grep -F -q -- "$1" "$TMP/screen"; then
			cmp -s "$TMP/screen" "$TMP/screen.prev" && return 0
			cp "$TMP/screen" "$TMP/screen.prev"
		fi
		n=$((n + 1))
		if [ $n -gt $((TUI_TIMEOUT * 20)) ]; then
			echo "--- screen ---" >&2
			cat "$TMP/screen" >&2
			fail "timed out waiting for '$1' on the screen"
		fi
		sleep 0.05
	done
}

# tui_wait_gone TEXT: poll until TEXT is no longer on the screen.
tui_wait_gone() {
	n=0
	while :; do
		tui_screen > "$TMP/screen" 2>/dev/null
		grep -F -q -- "$1" "$TMP/screen" || return 0
		n=$((n + 1))
		if [ $n -gt $((TUI_TIMEOUT * 20)) ]; then
			cat "$TMP/screen" >&2
			fail "timed out waiting for '$1' to go"
		fi
		sleep 0.05
	done
}

# tui_keys KEY...: send keys (tmux names: j, Enter, Space, C-d, Tab, BTab ...).
tui_keys() {
	tmx send-keys -t t "$@"
}

# tui_status: the last row of the screen (the status line).
tui_status() {
	tui_screen | tail -n 1
}

# tui_wait_status TEXT: poll until the status line holds TEXT.
tui_wait_status() {
	n=0
	while :; do
		tui_status > "$TMP/status" 2>/dev/null
		grep -F -q -- "$1" "$TMP/status" && return 0
		n=$((n + 1))
		if [ $n -gt $((TUI_TIMEOUT * 20)) ]; then
			tui_screen >&2
			fail "timed out waiting for '$1' in the status line"
		fi
		sleep 0.05
	done
}

# tui_pid_alive: whether the reader is still running (a zombie tmux has
# not reaped yet has exited).
tui_pid_alive() {
	pid=$(cat "$TMP/pid")
	kill -0 "$pid" 2>/dev/null || return 1
	case $(ps -o stat= -p "$pid" 2>/dev/null) in
	Z*|"") return 1 ;;
	esac
	return 0
}

# tui_wait_exit SECONDS: the reader must be gone within SECONDS.
tui_wait_exit() {
	n=0
	while tui_pid_alive; do
		n=$((n + 1))
		[ $n -le $(($1 * 20)) ] || { tui_screen >&2; fail "the reader did not exit within $1 s"; }
		sleep 0.05
	done
}

# tui_cells [AMBIGUOUS]: print, for each screen row, the cell column of the
# first pane separator (│, or | with wide ambiguous characters), measured
# with East Asian widths (ambiguous as 1 or, with "wide", 2).  Rows without
# one print "-".
tui_cells() {
	[ -n "$PYTHON3" ] || { echo "SKIP: python3 not found"; exit 77; }
	"$PYTHON3" -c '
import sys, unicodedata
wide = len(sys.argv) > 1 and sys.argv[1] == "wide"
def w(c):
    if unicodedata.combining(c): return 0
    e = unicodedata.east_asian_width(c)
    if e in "WF": return 2
    if e == "A" and wide and c != "\u2502": return 2
    return 1
for line in sys.stdin.read().split("\n"):
    col, cols = 0, []
    for c in line:
        if c in "\u2502|":
            cols.append(str(col))
            break
        col += w(c)
    print(" ".join(cols) if cols else "-")
' "$@"
}

# --- hang-ups ---------------------------------------------------------------------
# tui_hangup NAME: close the terminal, poll until the reader is gone
# (HANGUP_LIMIT_MS, default 3000: the time includes tmux closing the pane
# on a loaded machine; three times that under AddressSanitizer, whose exit
# scans for leaks), print the time, and check the place was saved in
# $POS (not with NO_PLACE set).
tui_now_ms() {
	date +%s%3N
}

tui_hangup() {
	limit=${HANGUP_LIMIT_MS:-3000}
	ldd "$KANBAO" 2>/dev/null | grep -q libasan && limit=$((limit * 3))
	pid=$(cat "$TMP/pid")
	t0=$(tui_now_ms)
	tmx kill-session -t t
	while kill -0 "$pid" 2>/dev/null &&
	    ! ps -o stat= -p "$pid" 2>/dev/null | grep -q '^Z'; do
		[ $(($(tui_now_ms) - t0)) -le "$limit" ] ||
			fail "$1: still running $limit ms after the hang-up"
		sleep 0.01
	done
	ms=$(($(tui_now_ms) - t0))
	printf 'hang-up in %-30s exit after %4d ms\n' "$1" "$ms"
	[ -n "${NO_PLACE:-}" ] || grep -q "^last	" "$POS" 2>/dev/null ||
		fail "$1: the place was not saved"
}
