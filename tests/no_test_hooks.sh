#!/bin/sh
# SPDX-License-Identifier: ISC
# no_test_hooks.sh: the hooks tests use (KANBAO_TEST_CRASH_AT,
# KANBAO_TEST_SYSCONF) are compiled into the test programs only, never
# into kanbao, the binary that is installed.
. "$top_srcdir/tests/lib.sh"
: "${KANBAO_SYSTEST:=$top_builddir/tests/kanbao_systest}"
HELPER="$top_builddir/tests/bookmark_crash_helper"

[ -f "$KANBAO" ] || fail "$KANBAO not built"
if grep -a -o 'KANBAO_TEST_[A-Z_]*' "$KANBAO" >"${TMPDIR:-/tmp}/hooks.$$"; then
	cat "${TMPDIR:-/tmp}/hooks.$$" >&2
	rm -f "${TMPDIR:-/tmp}/hooks.$$"
	fail "the installed binary reads test hooks"
fi
rm -f "${TMPDIR:-/tmp}/hooks.$$"
# The same search finds them where they belong (so it can see them).
[ ! -f "$KANBAO_SYSTEST" ] || grep -a -q KANBAO_TEST_SYSCONF "$KANBAO_SYSTEST" ||
    fail "the search cannot see KANBAO_TEST_SYSCONF in the test build"
[ ! -f "$HELPER" ] || grep -a -q KANBAO_TEST_CRASH_AT "$HELPER" ||
    fail "the search cannot see KANBAO_TEST_CRASH_AT in the crash helper"
exit 0
