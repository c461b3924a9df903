#!/bin/sh
# SPDX-License-Identifier: ISC
# packaging.sh: what a distribution needs to ship kanbao.  An ISC LICENSE
# and an SPDX line in every source file; m4/ (autopoint's and aclocal's
# macros) shipped, so a tarball can be bootstrapped again; setup.sh
# installs OpenCC's data (without it a Simplified query finds nothing in a
# Traditional paper) and the README tells packagers that poppler-glib and
# OpenCC are opened at run time.  Run on a tarball (distcheck) this checks
# the tarball.
. "$top_srcdir/tests/lib.sh"
S=$top_srcdir

grep -q "^Permission to use, copy, modify, and distribute this software" "$S/LICENSE" ||
    fail "LICENSE is not the ISC licence"
grep -q "ISC" "$S/README.md" || fail "the README does not name the licence"
missing=
for f in $(cd "$S" && find core tui tests man completion po keymaps \
    \( -name '*.[ch]' -o -name '*.sh' -o -name '*.py' -o -name '*.in' \
    -o -name '*.keys' -o -name '*.bash' -o -name 'Makevars' \) \
    ! -name 'segment_model.c' ! -name 'Makefile.in.in' ! -path 'tests/golden/*' \
    ! -path 'tests/fuzz/seeds/*' ! -path 'tests/fuzz/regress/*' -print) \
    configure.ac Makefile.am setup.sh bootstrap; do
	head -n 3 "$S/$f" | grep -q 'SPDX-License-Identifier: ISC' || missing="$missing $f"
done
[ -z "$missing" ] || fail "no SPDX line in:$missing"

# m4/: the macros configure was made from.
for m in gettext.m4 iconv.m4 po.m4 nls.m4; do
	[ -f "$S/m4/$m" ] || fail "m4/$m is missing (a tarball could not be bootstrapped)"
done

# OpenCC's data installed by setup.sh; packagers told of run-time loading.
grep -q 'libopencc-data' "$S/setup.sh" || fail "setup.sh does not install OpenCC's data"
grep -q 'libopencc-data' "$S/README.md" || fail "the README does not name OpenCC's data"
grep -q 'Packagers:.*' "$S/README.md" && grep -q 'cannot see them' "$S/README.md" ||
    fail "the README does not tell packagers about libraries opened at run time"
if [ -f "$top_builddir/config.log" ] && grep -q '^#define OPENCC_SONAME' "$top_builddir/config.h"; then
	grep -q 'declare the dependencies by hand' "$top_builddir/config.log" ||
	    fail "configure's summary does not tell packagers about OpenCC"
fi
exit 0
