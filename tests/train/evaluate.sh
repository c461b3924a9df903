#!/bin/sh
# SPDX-License-Identifier: ISC
# evaluate.sh SPLIT PAGES FIRST_SEED | evaluate.sh --dev DIR
#
# Measures the learned line classifier against the truth, beside the
# rules' classes (--explain's, mapped to the same labels; body-start,
# which the rules do not say, counted as body for both): line accuracy and
# precision / recall per label, for default, -raw and -layout text apart.  SPLIT
# PAGES FIRST_SEED: generated pages (tests/pagegen build_corpus.py; use
# heldout, and seeds the recipe does not use, for a fair figure); --dev
# DIR: pages with pdftotext text and the dev pages' NN.json truth
# (evaluation only: never train or tune on them).
# Environment as train.sh's (SEGTRAIN, PAGEGEN_PYTHON, KANBAO_TRAIN_WORK).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
SEGTRAIN=${SEGTRAIN:-$top/_build/tests/train/segtrain}
PY=${PAGEGEN_PYTHON:-/usr/bin/python3}
[ -x "$SEGTRAIN" ] || { echo "evaluate.sh: no trainer at $SEGTRAIN" >&2; exit 1; }
if [ -n "${KANBAO_TRAIN_WORK:-}" ]; then
	work=$KANBAO_TRAIN_WORK
	mkdir -p "$work"
else
	work=$(mktemp -d "${TMPDIR:-/tmp}/kanbao-eval.XXXXXX")
	trap 'rm -rf "$work"' EXIT INT TERM
fi
if [ "$#" -eq 2 ] && [ "$1" = --dev ]; then
	corpus=$2
elif [ "$#" -eq 3 ]; then
	corpus=$work/corpus
	[ -f "$corpus/corpus.json" ] ||
		"$PY" -B "$top/tests/pagegen/build_corpus.py" --split "$1" \
		    --pages "$2" --jobs 2 --first-seed "$3" "$corpus" >/dev/null
else
	echo "usage: evaluate.sh SPLIT PAGES FIRST_SEED | evaluate.sh --dev DIR" >&2
	exit 2
fi
"$PY" -B "$here/label_lines.py" --corpus "$corpus" "$work" --segtrain "$SEGTRAIN"
for m in default raw layout; do
	echo "## pdftotext $m text"
	"$SEGTRAIN" eval "$work/list.$m"
done
