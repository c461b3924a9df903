#!/bin/sh
# SPDX-License-Identifier: ISC
# pdf_real_pages.sh: no text lost from a PDF (issue 16).  Every PDF page of
# the shared corpus's real-pages and dev-pages keeps >= 0.995 of its
# characters in --export jsonl (tests/conservation.py: articles, furniture
# and removed artefacts).  pdf_real_wer.sh holds the word error rate.
. "$top_srcdir/tests/lib.sh"
skip_without_shared
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
command -v pdftotext >/dev/null 2>&1 || { echo "SKIP: pdftotext not found"; exit 77; }
make_tmpdir
REAL=$(find "$SHARED/corpus/real-pages" -name '*.pdf' | sort)
DEV=$(ls "$SHARED"/corpus/dev-pages/*/*/[0-9]*.pdf 2>/dev/null)
[ -n "$REAL$DEV" ] || { echo "SKIP: no PDF pages in $SHARED/corpus"; exit 77; }
first=$(echo $REAL $DEV | cut -d' ' -f1)
if ! "$KANBAO" --export jsonl "$first" >"$TMP/first" 2>"$TMP/err"; then
	grep -q "needs poppler-glib" "$TMP/err" && { echo "SKIP: built without poppler-glib"; exit 77; }
	cat "$TMP/err" >&2
	fail "kanbao failed on $first"
fi
# Furniture is part of the page's text: an export without it cannot hold
# the characters of mastheads and folios.
grep -q '"kind":"furniture"' "$TMP/first" ||
	{ echo "SKIP: this kanbao's export leaves out page furniture"; exit 77; }
"$PYTHON3" "$top_srcdir/tests/conservation.py" --min 0.995 --kanbao "$KANBAO" \
    $REAL $DEV || fail "a PDF page keeps less than 0.995 of its characters"
