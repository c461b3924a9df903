# SPDX-License-Identifier: ISC
# tests/kiosk_lib.sh: kiosk mode's end-to-end tests.  Sourced after
# tui_lib.sh.
#
# The reader under test is tests/kanbao_systest, the build that reads its
# system-wide config from $KANBAO_TEST_SYSCONF.  The archive is a copy of
# the sample in $TMP/archive, so that a test can plant links in it and check
# that nothing in it changes.

: "${KANBAO_SYSTEST:=$top_builddir/tests/kanbao_systest}"
if [ ! -x "$KANBAO_SYSTEST" ]; then
	echo "SKIP: $KANBAO_SYSTEST not built"
	exit 77
fi
KANBAO=$KANBAO_SYSTEST
ARCHIVE="$TMP/archive"
SYSCONF="$TMP/etc/kanbao.conf"
mkdir -p "$TMP/etc" "$TMP/out"
cp -R "$SAMPLE" "$ARCHIVE" || fail "cannot copy the sample archive"
chmod -R u+w "$ARCHIVE"
# Anything the reader runs would leave a mark here.
cat > "$TMP/out/editor" <<EOS
#!/bin/sh
touch "$TMP/out/ran-a-program"
EOS
chmod +x "$TMP/out/editor"
TUI_NO_ARGS=1
TUI_ENV="export KANBAO_TEST_SYSCONF='$SYSCONF' VISUAL='$TMP/out/editor' EDITOR='$TMP/out/editor' PAGER='$TMP/out/editor' SHELL='$TMP/out/editor'"

# sysconf LINE...: the system config, one setting a line.
sysconf() {
	printf '%s\n' "$@" > "$SYSCONF"
}

# snapshot NAME: every file and directory under HOME, the archive and the
# system config's directory, with size, mode and mtime.
snapshot() {
	find "$HOME" "$ARCHIVE" "$TMP/etc" -printf '%p %y %s %m %T@\n' |
		LC_ALL=C sort > "$TMP/out/snap.$1"
}

# same_snapshot A B: nothing was written between the two.
same_snapshot() {
	diff -u "$TMP/out/snap.$1" "$TMP/out/snap.$2" >&2 ||
		fail "files were written (snapshot $1 -> $2)"
}

# still_alone: the reader runs, is not stopped, has no children, nothing it
# could have run left its mark, and the screen is still kanbao's.
still_alone() {
	tui_pid_alive || fail "the reader is gone"
	pid=$(cat "$TMP/pid")
	case $(ps -o stat= -p "$pid") in
	T*|t*) fail "the reader is stopped" ;;
	esac
	kids=$(ps -o pid= --ppid "$pid" || true)
	[ -z "$kids" ] || { ps -f --ppid "$pid" >&2; fail "the reader has child processes"; }
	[ ! -e "$TMP/out/ran-a-program" ] || fail "a program was run"
	tui_wait "Articles:"
}

# key_then STATUS KEY...: send keys, wait for STATUS in the status line.
key_then() {
	want=$1
	shift
	tui_keys "$@"
	tui_wait_status "$want"
}

# gone_clean SECONDS: the reader exits within SECONDS and said nothing on
# stderr (a sanitizer report or a failed save would be there).
gone_clean() {
	tui_wait_exit "$1"
	[ ! -s "$TMP/stderr" ] || { cat "$TMP/stderr" >&2; fail "the reader wrote to stderr"; }
}
