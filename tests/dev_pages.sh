#!/bin/sh
# SPDX-License-Identifier: ISC
# dev_pages.sh: segment the dev pages (../shared/corpus/dev-pages) as pdftotext
# left them in each mode and score the result with the corpus's score.py
# against the goals of issue 5.  It fails below any goal, except where a
# shortfall is listed below with the floor we hold instead and the reason.
. "$top_srcdir/tests/lib.sh"
skip_without_shared
make_tmpdir
DEV="$SHARED/corpus/dev-pages"
PY="${PYTHON3:-python3}"
status=0
for mode in default layout raw; do
	case $mode in
	default) ext=.txt f1=0.97 ;;
	layout) ext=.layout.txt f1=0.97 ;;
	raw) ext=.raw.txt f1=0.90 ;;
	esac
	for truth in $(cd "$DEV" && find . -name '[0-9][0-9].json' | sort); do
		page=${truth%.json}
		mkdir -p "$TMP/in-$mode/${page%/*}" "$TMP/out-$mode/${page%/*}"
		cp "$DEV/$page$ext" "$TMP/in-$mode/$page.txt"
		"$KANBAO" --export jsonl "$TMP/in-$mode/$page.txt" \
		    >"$TMP/out-$mode/$page.jsonl" 2>>"$TMP/err" ||
			fail "kanbao failed on $page ($mode): $(cat "$TMP/err")"
	done
	"$PY" "$DEV/score.py" --json --mode "$mode" "$TMP/out-$mode" >"$TMP/s-$mode.json" ||
		fail "score.py failed"
	"$PY" - "$TMP/s-$mode.json" "$mode" "$f1" <<'PY' || status=1
import json, sys
s = json.load(open(sys.argv[1]))
mode, f1 = sys.argv[2], float(sys.argv[3])
goals = [('boundary_f1', f1), ('headline_exact', 0.95), ('byline_exact', 0.95),
         ('text_accuracy', 0.98)]
print('%-8s P %.3f R %.3f F1 %.3f  headline %.3f  byline %.3f  text %.3f' % (
    mode, s['boundary_precision'], s['boundary_recall'], s['boundary_f1'],
    s['headline_exact'], s['byline_exact'], s['text_accuracy']))
# Shortfalls we cannot close from the text alone: (mode, score) -> (floor,
# why).  pdftotext's default mode drops the hyphen of a word broken at a
# line end and joins the halves ("short-" "handed" -> "shorthanded"); when
# that word is in a headline nothing in the text says where the hyphen was,
# so that article's headline, and with it its text, cannot match.
shortfalls = {
    ('default', 'text_accuracy'): (0.975, 'pdftotext dehyphenates headlines'),
}
low = []
for k, g in goals:
    if s[k] >= g:
        continue
    floor, why = shortfalls.get((mode, k), (g, None))
    if why and s[k] >= floor:
        print('  known shortfall (%s): %s %.3f < %.2f (floor %.3f): %s' % (
            mode, k, s[k], g, floor, why))
    else:
        low.append('%s %.3f < %.2f' % (k, s[k], g))
for l in low:
    print('  below goal (%s): %s' % (mode, l))
sys.exit(1 if low else 0)
PY
done
exit $status
