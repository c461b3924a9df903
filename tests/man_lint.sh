#!/bin/sh
# SPDX-License-Identifier: ISC
# man_lint.sh: every man page (as built, paths substituted) is clean under
# mandoc -Tlint (warnings and up).
. "$top_srcdir/tests/lib.sh"
command -v mandoc >/dev/null 2>&1 || { echo "SKIP: mandoc not installed"; exit 77; }
status=0
for page in "$top_builddir"/man/*.[1-9]; do
	out=$(mandoc -Tlint -Wwarning "$page" 2>&1 | grep -v 'mandoc.db') || true
	if [ -n "$out" ]; then
		echo "$out" >&2
		status=1
	fi
done
exit $status
