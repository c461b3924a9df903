#!/bin/sh
# SPDX-License-Identifier: ISC
# train.sh [OUT.c]: the learned line classifier's recipe.  Builds a fixed
# corpus of generated pages of the training families (tests/pagegen,
# fixed seeds), labels each page's default, -raw and -layout pdftotext
# lines from the generator's per-line truth (label_lines.py; -layout lines
# as the segmenter splits them into columns), fits the model
# (segtrain train) and writes it as C source, by default over
# core/segment_model.c.  The same packages give the same file, byte for
# byte (tests/train_regen.sh checks).
#
# Environment: SEGTRAIN (the trainer; default _build/tests/train/segtrain),
# PAGEGEN_PYTHON (Debian's python3 with cairo and Pango), KANBAO_TRAIN_WORK
# (keep the corpus, lists and labels there; default a temporary directory).
# The corpus (pages, first seed) is part of the recipe: change it and the
# shipped model with it.
set -eu

PAGES=240
FIRST_SEED=1000

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
out=${1:-$top/core/segment_model.c}
SEGTRAIN=${SEGTRAIN:-$top/_build/tests/train/segtrain}
PY=${PAGEGEN_PYTHON:-/usr/bin/python3}
[ -x "$SEGTRAIN" ] || { echo "train.sh: no trainer at $SEGTRAIN (configure found no liblinear?)" >&2; exit 1; }

if [ -n "${KANBAO_TRAIN_WORK:-}" ]; then
	work=$KANBAO_TRAIN_WORK
	mkdir -p "$work"
else
	work=$(mktemp -d "${TMPDIR:-/tmp}/kanbao-train.XXXXXX")
	trap 'rm -rf "$work"' EXIT INT TERM
fi

if [ ! -f "$work/corpus/corpus.json" ]; then
	"$PY" -B "$top/tests/pagegen/build_corpus.py" --split train \
	    --pages "$PAGES" --jobs 2 --first-seed "$FIRST_SEED" \
	    "$work/corpus" >/dev/null
fi

# Every page, in a fixed order, in every mode: $work/list.
"$PY" -B "$here/label_lines.py" --corpus "$work/corpus" "$work" --segtrain "$SEGTRAIN"
"$SEGTRAIN" train --note "Recipe: build_corpus.py --split train --pages $PAGES --first-seed $FIRST_SEED; each page's default, -raw and -layout text." \
    "$work/list" "$out"
