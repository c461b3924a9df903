#!/bin/sh
# SPDX-License-Identifier: ISC
# train_regen.sh: tests/train/train.sh, the learned line classifier's
# recipe, regenerates the shipped core/segment_model.c byte for byte: a
# corpus of generated pages of the training families (fixed seeds),
# labelled by label_lines.py, fitted by tests/train/segtrain.  It takes a
# few minutes (typesetting the pages), so it runs only with
# KANBAO_TRAIN_TEST=1 and skips (77) otherwise; it skips too without the
# trainer (configure found no liblinear: Debian liblinear-dev) or without
# what tests/pagegen needs (see generated_pages.sh and setup.sh).
. "$top_srcdir/tests/lib.sh"
[ "${KANBAO_TRAIN_TEST:-}" = 1 ] ||
	{ echo "SKIP: set KANBAO_TRAIN_TEST=1 to rerun the training recipe (minutes)"; exit 77; }
SEGTRAIN="$top_builddir/tests/train/segtrain"
[ -x "$SEGTRAIN" ] ||
	{ echo "SKIP: no $SEGTRAIN (configure found no liblinear: liblinear-dev)"; exit 77; }
command -v pdftotext >/dev/null 2>&1 || { echo "SKIP: pdftotext not found"; exit 77; }
GENPY="${PAGEGEN_PYTHON:-/usr/bin/python3}"
"$GENPY" -c "import cairo, gi, pyphen; gi.require_version('Pango', '1.0'); \
gi.require_version('PangoCairo', '1.0'); from gi.repository import Pango, PangoCairo" \
    2>/dev/null || { echo "SKIP: python3-cairo / gir1.2-pango-1.0 / python3-pyphen missing"; exit 77; }
"$GENPY" -B -c "import sys; sys.path.insert(0, '$top_srcdir/tests/pagegen'); import textsrc; \
sys.exit(not all(textsrc.available(l) for l in textsrc.GLOBS))" 2>/dev/null ||
	{ echo "SKIP: prose packages missing (debian-handbook, debian-reference-*, manpages-zh)"; exit 77; }
command -v opencc >/dev/null 2>&1 || { echo "SKIP: opencc not found"; exit 77; }
make_tmpdir
SEGTRAIN="$SEGTRAIN" PAGEGEN_PYTHON="$GENPY" KANBAO_TRAIN_WORK="$TMP/work" \
    "$top_srcdir/tests/train/train.sh" "$TMP/segment_model.c" ||
	fail "tests/train/train.sh failed"
cmp "$TMP/segment_model.c" "$top_srcdir/core/segment_model.c" || {
	diff "$top_srcdir/core/segment_model.c" "$TMP/segment_model.c" | head -20
	fail "train.sh's model differs from core/segment_model.c (run tests/train/train.sh and commit it, or find what is not deterministic)"
}
exit 0
