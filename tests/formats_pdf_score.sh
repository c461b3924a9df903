#!/bin/sh
# SPDX-License-Identifier: ISC
# formats_pdf_score.sh: the dev-pages PDFs read directly (kanbao --export
# jsonl NN.pdf) must reach the issue-10 goals with the corpus's scorer:
# boundary F1 >= 0.98, headline and byline exact >= 0.97, text >= 0.99.
. "$top_srcdir/tests/lib.sh"
skip_without_shared
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
DEV="$SHARED/corpus/dev-pages"
make_tmpdir
if "$KANBAO" --export jsonl "$SAMPLE" 2>&1 | grep -q "not supported in this build"; then :; fi
for pdf in "$DEV"/*/*/[0-9]*.pdf; do
	rel=${pdf#"$DEV"/}
	mkdir -p "$TMP/out/$(dirname "$rel")"
	"$KANBAO" --export jsonl "$pdf" >"$TMP/out/${rel%.pdf}.jsonl" 2>"$TMP/err" || {
		if grep -q "needs poppler-glib" "$TMP/err"; then
			echo "SKIP: built without poppler-glib"
			exit 77
		fi
		cat "$TMP/err" >&2
		fail "kanbao failed on $rel"
	}
done
"$PYTHON3" "$DEV/score.py" "$TMP/out" >"$TMP/score" || fail "score.py failed"
cat "$TMP/score"
awk '
/boundary/ { f1 = $NF }
/headline exact/ { h = $3; b = $6; t = $9 }
END {
	ok = f1 >= 0.98 && h >= 0.97 && b >= 0.97 && t >= 0.99
	if (!ok) printf "below the goals: F1 %s headline %s byline %s text %s\n", f1, h, b, t
	exit !ok
}' "$TMP/score" || fail "PDF pages below the issue-10 goals"
