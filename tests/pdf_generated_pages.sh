#!/bin/sh
# pdf_generated_pages.sh: the PDF path on typeset seeded pages
# (tests/pagegen, the layouts generated_pages.sh reads through pdftotext),
# read here from the PDFs themselves and scored with the dev pages'
# score.py.  Two sets as there: "own" (8 seeds a language) and "dev" (the
# dev pages' articles in new layouts, 4 seeds a language; made here from
# ../shared, never stored).  Fails below the floors set below from what we
# measure; and, where the export carries page furniture, when a page keeps
# less than 0.995 of its characters (tests/conservation.py).  Skips (77) as
# generated_pages.sh does, and without poppler-glib.
. "$top_srcdir/tests/lib.sh"
skip_without_shared
DEV="$SHARED/corpus/dev-pages"
SCORE="$DEV/score.py"
[ -f "$SCORE" ] || { echo "SKIP: $SCORE not found"; exit 77; }
command -v pdftotext >/dev/null 2>&1 || { echo "SKIP: pdftotext not found"; exit 77; }
GENPY="${PAGEGEN_PYTHON:-/usr/bin/python3}"
"$GENPY" -c "import cairo, gi, pyphen; gi.require_version('Pango', '1.0'); \
gi.require_version('PangoCairo', '1.0'); from gi.repository import Pango, PangoCairo" \
    2>/dev/null || { echo "SKIP: python3-cairo / gir1.2-pango-1.0 / python3-pyphen missing"; exit 77; }
fc-list :lang=zh family 2>/dev/null | grep -q . || { echo "SKIP: no CJK font"; exit 77; }
fc-list 'Liberation Serif' family 2>/dev/null | grep -q . || { echo "SKIP: no Liberation Serif font"; exit 77; }
make_tmpdir
PY="${PYTHON3:-python3}"
for lang in zh en; do
	for seed in 1 2 3 4 5 6 7 8; do
		"$GENPY" "$top_srcdir/tests/pagegen/pagegen.py" --seed $seed \
		    --lang $lang "$TMP/own" || fail "pagegen.py failed (seed $seed, $lang)"
	done
	for seed in 1 2 3 4; do
		"$GENPY" "$top_srcdir/tests/pagegen/pagegen.py" --seed $seed \
		    --lang $lang --from-truth "$DEV" "$TMP/dev" ||
			fail "pagegen.py --from-truth failed (seed $seed, $lang)"
	done
done
status=0
furniture=no
for set in own dev; do
	out="$TMP/out-$set"
	for pdf in $(cd "$TMP/$set" && find . -name '[0-9][0-9].pdf' | sort); do
		mkdir -p "$out/${pdf%/*}"
		if ! "$KANBAO" --export jsonl "$TMP/$set/$pdf" >"$out/${pdf%.pdf}.jsonl" \
		    2>"$TMP/err"; then
			grep -q "needs poppler-glib" "$TMP/err" &&
				{ echo "SKIP: built without poppler-glib"; exit 77; }
			fail "kanbao failed on $pdf: $(cat "$TMP/err")"
		fi
		grep -q '"kind":"furniture"' "$out/${pdf%.pdf}.jsonl" && furniture=yes
	done
	"$PY" "$SCORE" --truth "$TMP/$set" --json "$out" >"$TMP/s-$set.json" ||
		fail "score.py failed"
	"$PY" - "$TMP/s-$set.json" "$set" <<'PY' || status=1
import json, sys
s = json.load(open(sys.argv[1]))
pset = sys.argv[2]
print('%-3s pdf      P %.3f R %.3f F1 %.3f  headline %.3f  byline %.3f  text %.3f  (%d pages, %d items)' % (
    pset, s['boundary_precision'], s['boundary_recall'], s['boundary_f1'],
    s['headline_exact'], s['byline_exact'], s['text_accuracy'], s['pages'], s['true_articles']))
# Floors: what the PDF path scored when the test was written, less 0.02
# (see generated_pages.sh).  (F1, headline, byline, text.)
floors = {
    'own': (0.97, 0.97, 0.96, 0.96),
    'dev': (0.97, 0.98, 0.97, 0.96),
}[pset]
keys = ('boundary_f1', 'headline_exact', 'byline_exact', 'text_accuracy')
low = ['%s %.3f < %.2f' % (k, s[k], f) for k, f in zip(keys, floors) if s[k] < f]
for l in low:
    print('  below floor (%s pdf): %s' % (pset, l))
sys.exit(1 if low else 0)
PY
done
if [ $furniture = yes ]; then
	"$PY" "$top_srcdir/tests/conservation.py" --min 0.995 --kanbao "$KANBAO" \
	    $(find "$TMP/own" "$TMP/dev" -name '[0-9][0-9].pdf' | sort) >"$TMP/cons" ||
		{ grep -v '^1\.0000' "$TMP/cons"; fail "a generated PDF page keeps less than 0.995 of its characters"; }
else
	echo "note: this kanbao's export leaves out page furniture; conservation not checked"
fi
exit $status
