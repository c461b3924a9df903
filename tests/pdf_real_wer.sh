#!/bin/sh
# SPDX-License-Identifier: ISC
# pdf_real_wer.sh: on the real pages of the shared corpus (scans with an
# OCR text layer) the words kanbao exports from the PDF are within 1% word
# error rate of pdftotext's own text of the page, reading order included
# (tests/pdf_wer.py; issue 16).
. "$top_srcdir/tests/lib.sh"
skip_without_shared
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
command -v pdftotext >/dev/null 2>&1 || { echo "SKIP: pdftotext not found"; exit 77; }
make_tmpdir
REAL=$(find "$SHARED/corpus/real-pages" -name '*.pdf' | sort)
[ -n "$REAL" ] || { echo "SKIP: no PDF pages in $SHARED/corpus/real-pages"; exit 77; }
first=$(echo $REAL | cut -d' ' -f1)
if ! "$KANBAO" --export jsonl "$first" >/dev/null 2>"$TMP/err"; then
	grep -q "needs poppler-glib" "$TMP/err" && { echo "SKIP: built without poppler-glib"; exit 77; }
	cat "$TMP/err" >&2
	fail "kanbao failed on $first"
fi
"$PYTHON3" "$top_srcdir/tests/pdf_wer.py" --max 0.01 --kanbao "$KANBAO" $REAL ||
	fail "a real page's words are more than 1% off pdftotext's"
