#!/bin/sh
# SPDX-License-Identifier: ISC
# formats_archive.sh: a mixed archive, text, XML and PDF issues side by
# side, lists and exports; a PDF is known by its content, not its name; a
# METS issue lists its ALTO pages.
. "$top_srcdir/tests/lib.sh"
make_tmpdir
F="$top_srcdir/tests/formats"
A="$TMP/archive"
mkdir -p "$A/daily/2024-01-02" "$A/daily/2024-01-03" "$A/wire/2024-01-02" \
    "$A/library/2024-01-04"
printf 'Council meets\n\nThe council met today to vote on the budget.\n' \
    >"$A/daily/2024-01-02/01.txt"
cp "$F/nitf-latin1.xml" "$A/daily/2024-01-03/01.xml"
cp "$F/newsml-item.xml" "$A/daily/2024-01-03/02.xml"
cp "$F/iptc7901.txt" "$A/wire/2024-01-02/01.tst"
cp "$F/anpa1312.tst" "$A/wire/2024-01-02/02.tst"
cp "$F/mets-p1.xml" "$F/mets-p2.xml" "$A/library/"
cp "$F/mets-issue.xml" "$A/library/2024-01-05.xml"
cp "$F/alto-tagged.xml" "$A/library/2024-01-04/01.xml"

"$KANBAO" --list "$A" >"$TMP/list" 2>"$TMP/err" || { cat "$TMP/err"; fail "--list failed"; }
"$KANBAO" --export jsonl "$A/daily/2024-01-03" >"$TMP/daily.jsonl" 2>"$TMP/err" ||
    grep -q "needs libxml2" "$TMP/err" || fail "--export of the XML issue failed"
if grep -q "needs libxml2" "$TMP/err"; then
	echo "built without libxml2: XML pages say so"
else
	grep -q 'Harbour ferry returns after caf' "$TMP/daily.jsonl" || fail "NITF page not read"
	grep -q 'River cleaned in a year' "$TMP/daily.jsonl" || fail "NewsML page not read"
	"$KANBAO" --export jsonl "$A/library/2024-01-05.xml" >"$TMP/mets.jsonl" 2>&1 ||
	    fail "--export of the METS issue failed"
	grep -q 'Council votes' "$TMP/mets.jsonl" || fail "METS page 1 not read"
	grep -q 'Weather' "$TMP/mets.jsonl" || fail "METS page 2 not read"
fi
"$KANBAO" --export jsonl "$A/wire/2024-01-02" >"$TMP/wire.jsonl" 2>&1 || fail "wire export failed"
grep -q 'By Karl M' "$TMP/wire.jsonl" || fail "IPTC 7901 page not read"
grep -q 'By ANNA KALL' "$TMP/wire.jsonl" || fail "ANPA page not read"
"$KANBAO" --export jsonl "$A/daily/2024-01-02" | grep -q 'Council meets' ||
    fail "text page not read"

# A PDF page named like text is still read as PDF, or said unsupported.
if [ -n "${SHARED:-}" ] && [ -f "$SHARED/corpus/dev-pages/harbor-gazette/2015-12-11/01.pdf" ]; then
	mkdir -p "$A/gazette/2015-12-11"
	cp "$SHARED/corpus/dev-pages/harbor-gazette/2015-12-11/01.pdf" "$A/gazette/2015-12-11/01.txt"
	"$KANBAO" --export jsonl "$A/gazette/2015-12-11" >"$TMP/pdf.jsonl" 2>"$TMP/err" || true
	grep -q 'Can trading pollution' "$TMP/pdf.jsonl" ||
	    grep -q 'needs poppler-glib' "$TMP/err" || fail "PDF named .txt not read"
fi
exit 0
