#!/bin/sh
# SPDX-License-Identifier: ISC
# valgrind_cli.sh: make check-valgrind.  Every command-line path on the
# sample archive under valgrind's memcheck: no invalid access, no use of
# uninitialised memory, no leak (definite or possible).  Memory still
# reachable at exit (compiled patterns, libraries' caches) is not a leak.
# Slow, so not part of make check.
. "$top_srcdir/tests/lib.sh"
VALGRIND=${VALGRIND:-valgrind}
command -v "$VALGRIND" >/dev/null 2>&1 || { echo "SKIP: valgrind not found"; exit 77; }
make_tmpdir
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/.local/share" \
	XDG_CONFIG_HOME="$TMP/home/.config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
A=$SAMPLE
failed=
n=0
vg() {
	n=$((n + 1))
	"$VALGRIND" --quiet --leak-check=full --errors-for-leak-kinds=definite,possible \
	    --error-exitcode=99 --log-file="$TMP/vg.$n" \
	    "$KANBAO" -a "$A" "$@" >"$TMP/out" 2>&1
	status=$?
	if [ $status = 99 ] || [ -s "$TMP/vg.$n" ]; then
		echo "FAIL: valgrind: kanbao $*" >&2
		cat "$TMP/vg.$n" >&2
		failed=1
	else
		echo "ok: kanbao $* (exit $status)"
	fi
}
vg --list
vg --list songchuan-daily/2024-04-03
vg --dump --width 60 songchuan-daily/2024-04-03
vg --dump --raw harborton-ledger/2024-09-11
vg --dump zhufeng-weekly/2024-03-15
vg --export jsonl songchuan-daily/2024-05-08
# The search cache: built, then searched through (twice in one run, then
# on several threads), then searched without it.
vg --build-cache
vg --search 育秧 --search 记者 songchuan-daily
# On three threads: the workers' buffers and the threads themselves freed.
export KANBAO_SEARCH_THREADS=3
vg --search 记者 --search 的 songchuan-daily
unset KANBAO_SEARCH_THREADS
vg --search 育秧 --no-cache songchuan-daily
vg --search ferry --literal harborton-ledger
vg --check songchuan-daily/2024-04-03
# Bookmarks: import a file, list them, export them.
T=2024-05-06T07:30:00.250Z
printf 'kanbao-bookmarks 1\n1-00000001\t%s\t%s\tlive\ta\tsongchuan-daily/2024-04-03/01/1\t2:3\tx\ty\tnote\t%s\n' \
	$T $T "$A" >"$TMP/import"
vg --import-bookmarks "$TMP/import"
vg --bookmarks
vg --export-bookmarks -
# Problems: an id that names nothing, a bad option.
vg --dump no-such/2024-01-01
vg --width 0 --dump songchuan-daily
[ -z "$failed" ] || exit 1
exit 0
