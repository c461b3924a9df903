# SPDX-License-Identifier: ISC
# tests/lib.sh: shared by the shell tests.  Sourced, not run.
#
# Environment from make check: top_srcdir, top_builddir, KANBAO (the binary),
# PYTHON3, TMUX_BIN.
: "${top_srcdir:=.}"
: "${top_builddir:=.}"
: "${KANBAO:=$top_builddir/kanbao}"
SAMPLE="$top_srcdir/sample-archive"
SHARED="$top_srcdir/../shared"
LC_ALL=C.UTF-8
export LC_ALL
unset NO_COLOR KANBAO_ARCHIVE LANGUAGE

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# Exit 77 (skipped) when the shared corpus is not beside the source tree,
# as in 'make distcheck' outside the workspace.
skip_without_shared() {
	if [ ! -d "$SHARED/corpus" ]; then
		echo "SKIP: $SHARED/corpus not found"
		exit 77
	fi
}

# A fresh temporary directory, removed at exit; the search cache goes
# there too, never to the user's.
make_tmpdir() {
	TMP=$(mktemp -d "${TMPDIR:-/tmp}/kanbao-test.XXXXXX") || fail "mktemp"
	trap 'rm -rf "$TMP"' EXIT
	XDG_CACHE_HOME="$TMP/cache"
	export XDG_CACHE_HOME
}

# Compare a command's output with a golden file; KANBAO_REGOLD=1 rewrites it.
check_golden() {
	golden=$1
	actual=$2
	if [ "${KANBAO_REGOLD:-}" = 1 ]; then
		cp "$actual" "$top_srcdir/$golden"
		return 0
	fi
	diff -u "$top_srcdir/$golden" "$actual" || fail "output differs from $golden"
}

# golden NAME ARG...: run kanbao -a SAMPLE $GOLDEN_OPTS ARG... and compare
# its output and exit status with tests/golden/NAME.  Paths differ between
# builds, so the golden files say SAMPLE, SRC (tests/) and TMP.
golden() {
	name=$1
	shift
	"$KANBAO" -a "$SAMPLE" ${GOLDEN_OPTS:-} "$@" >"$TMP/raw" 2>&1
	echo "exit $?" >>"$TMP/raw"
	sed -e "s#$SAMPLE#SAMPLE#g" -e "s#$top_srcdir/tests#SRC#g" -e "s#$TMP#TMP#g" \
	    "$TMP/raw" >"$TMP/$name"
	check_golden "tests/golden/$name" "$TMP/$name"
}
