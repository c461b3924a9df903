#!/bin/sh
# SPDX-License-Identifier: ISC
# formats_batch.sh: a Chronicling America (NDNP) batch,
# batch/data/LCCN/REEL/EDITION/, opens as an archive: the batch, its data/,
# a title, a reel and an edition directory list the title and its issues
# (dated from the edition's name); an issue's pages are the ALTO files its
# METS names, and a page with both ALTO and PDF is read once, from the ALTO.
# Then the same on the real batches in ../shared (skipped when absent),
# and every real ALTO page's conservation.
. "$top_srcdir/tests/lib.sh"
make_tmpdir
BATCH="$top_srcdir/tests/formats/batch_test_ver01"
TITLE="$BATCH/data/sn00000001"
REEL="$TITLE/00000000017"

for dir in "$BATCH" "$BATCH/data" "$TITLE" "$REEL"; do
	"$KANBAO" --list "$dir" >"$TMP/list" 2>"$TMP/err" ||
	    { cat "$TMP/err"; fail "--list $dir failed"; }
	[ -s "$TMP/err" ] && { cat "$TMP/err"; fail "--list $dir: diagnostics"; }
	grep -q '^sn00000001	publication	The Test Harbor Gazette$' "$TMP/list" ||
	    fail "$dir: no title listed, named as its METS names it"
	grep -q '^sn00000001/2024-01-05	issue' "$TMP/list" || fail "$dir: no 2024-01-05"
	grep -q '^sn00000001/2024-01-06	issue' "$TMP/list" || fail "$dir: no 2024-01-06"
done
# A second edition of a day is listed after the first, and says so.
cp -R "$BATCH" "$TMP/b2"
chmod -R u+w "$TMP/b2"	# the source tree is read-only in distcheck
cp -R "$TMP/b2/data/sn00000001/00000000017/2024010601" \
    "$TMP/b2/data/sn00000001/00000000017/2024010602"
"$KANBAO" --list "$TMP/b2" | grep '^sn00000001/2024-01-06' | grep '	issue' >"$TMP/eds"
[ "$(sed -n 2p "$TMP/eds")" = "sn00000001/2024-01-06-ed2	issue	edition 2" ] ||
    { cat "$TMP/eds"; fail "second edition not listed after the first, with an id of its own"; }
# ... and its pages and articles are its own, by their ids.
"$KANBAO" --export jsonl -a "$TMP/b2" sn00000001/2024-01-06-ed2 >"$TMP/ed2b.jsonl" \
    2>"$TMP/err" || { cat "$TMP/err"; fail "--export of the second edition by id failed"; }
grep -q '"id":"sn00000001/2024-01-06-ed2/01#1"' "$TMP/ed2b.jsonl" ||
    { head -c 600 "$TMP/ed2b.jsonl"; fail "the second edition's articles share the first's ids"; }
"$KANBAO" --list -a "$TMP/b2" sn00000001/2024-01-06 | grep -q 'ed2' &&
    fail "the first edition's id names the second"
# A directory above batches lists their titles too.
mkdir -p "$TMP/batches"
ln -s "$(cd "$BATCH" && pwd)" "$TMP/batches/batch_test_ver01"
"$KANBAO" --list "$TMP/batches" | grep -q '^sn00000001/2024-01-06	issue' ||
    fail "a directory of batches does not list their issues"

if "$KANBAO" --list "$REEL/2024010501" 2>&1 | grep -q "needs libxml2"; then
	echo "built without libxml2: METS issues are not read"
	exit 0
fi
# The METS names two ALTO pages: pages 01 and 02, each once.
"$KANBAO" --list "$REEL/2024010501" >"$TMP/issue" 2>"$TMP/err" ||
    { cat "$TMP/err"; fail "--list of an edition failed"; }
[ "$(grep -c '	page' "$TMP/issue")" = 2 ] || { cat "$TMP/issue"; fail "not two pages"; }
grep -q '^sn00000001/2024-01-05/02	page' "$TMP/issue" || fail "no page 02"
"$KANBAO" --export jsonl -a "$BATCH" sn00000001/2024-01-05 >"$TMP/ed1.jsonl" 2>"$TMP/err" ||
    { cat "$TMP/err"; fail "--export of a batch issue by id failed"; }
grep -q '"headline":"Ferry service returns"' "$TMP/ed1.jsonl" || fail "page 1 headline"
grep -q 'The harbor ferry ran again on Monday after a long winter of repairs' \
    "$TMP/ed1.jsonl" || fail "page 1 text"
grep -q '"id":"sn00000001/2024-01-05/02#1"' "$TMP/ed1.jsonl" || fail "page 2 id"
grep -q '"headline":"Market hall reopens"' "$TMP/ed1.jsonl" || fail "page 2 headline"
# The edition's METS named on its own is the same issue.
"$KANBAO" --list "$REEL/2024010501/2024010501.xml" >"$TMP/mets" 2>&1 || fail "--list METS"
grep -q '^sn00000001/2024-01-05/02	page' "$TMP/mets" || { cat "$TMP/mets"; fail "METS file: not the issue"; }
"$KANBAO" --list "$REEL/2024010501" | grep -q '^sn00000001/2024-01-05	issue' ||
    fail "edition: not the issue"
# No METS: the directory's pages; 0001.xml beside 0001.pdf is one page.
"$KANBAO" --export jsonl "$REEL/2024010601" >"$TMP/ed2.jsonl" 2>"$TMP/err" ||
    { cat "$TMP/err"; fail "--export of an edition without METS failed"; }
grep -q '"headline":"Storm closes port"' "$TMP/ed2.jsonl" || fail "ALTO twin not read"
grep -q 'Scan twin text' "$TMP/ed2.jsonl" && fail "the PDF twin was read too"
[ "$(grep -c '"page":1,' "$TMP/ed2.jsonl")" = "$(wc -l <"$TMP/ed2.jsonl")" ] ||
    fail "pages other than 1 in a one-page edition"

# The real batches: every issue one page, from its ALTO, never twice.
[ -d "$SHARED/corpus/real-pages/open-oni" ] || { echo "SKIP: no real pages"; exit 77; }
OONI="$SHARED/corpus/real-pages/open-oni"
"$KANBAO" --list "$OONI" >"$TMP/real" 2>"$TMP/err" || { cat "$TMP/err"; fail "--list real"; }
for id in sn83045462/1859-02-21 sn83045462/1862-08-25 sn83045462/1865-10-02 \
    sn83045462/1918-09-01 sn83045462/1920-11-15 sn99021999/1887-03-03 \
    sn99021999/1887-03-05; do
	grep -q "^$id	issue" "$TMP/real" || fail "real batch: $id not listed"
	"$KANBAO" --list -a "$OONI" "$id" >"$TMP/pages" 2>&1 || fail "--list $id"
	[ "$(grep -c '	page' "$TMP/pages")" = 1 ] || { cat "$TMP/pages"; fail "$id: not one page"; }
	"$KANBAO" --export jsonl -a "$OONI" "$id" >"$TMP/real.jsonl" 2>"$TMP/err" ||
	    { cat "$TMP/err"; fail "--export $id"; }
	grep -q "\"file\":\"[^\"]*/\([0-9]\{10\}\)/\1\\.xml\"" "$TMP/real.jsonl" || fail "$id: not read through its METS"
	[ "$(wc -l <"$TMP/real.jsonl")" -ge 5 ] || fail "$id: few articles"
done
"$KANBAO" --list "$OONI/batch_nbu_manyissues_ver01/data" >"$TMP/nbu" 2>&1 || fail "--list data/"
[ "$(grep -c '	issue' "$TMP/nbu")" = 2 ] || fail "nbu data/: not two issues"
# Every String of every real ALTO page reaches the export (issue 16: at
# least 0.995 of its characters).
PY="${PYTHON3:-python3}"
if command -v "$PY" >/dev/null 2>&1; then
	find "$OONI" -name '[0-9][0-9][0-9][0-9].xml' | sort >"$TMP/altos"
	[ "$(wc -l <"$TMP/altos")" = 7 ] || fail "not the seven real ALTO pages"
	# shellcheck disable=SC2046
	"$PY" "$top_srcdir/tests/conservation.py" --kanbao "$KANBAO" --min 0.995 \
	    $(cat "$TMP/altos") >"$TMP/cons" || { cat "$TMP/cons"; fail "ALTO conservation below 0.995"; }
	cat "$TMP/cons"
fi
exit 0
