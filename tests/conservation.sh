#!/bin/sh
# SPDX-License-Identifier: ISC
# conservation.sh: nothing is lost (issue 15).  Every non-space character of
# a page's text must reach --export jsonl (an article, a furniture object,
# or the artefacts kanbao removed on purpose): tests/conservation.py's
# figure must be at least CONS_MIN on every page of every corpus in every
# mode:
#   - the seed page, ../shared/corpus/zh/county-paper_p1.txt;
#   - the dev pages, NN.txt, NN.layout.txt and NN.raw.txt (each copied to
#     a directory of its own as NN.txt, so kanbao reads it as the page);
#   - generated pages (tests/pagegen, one issue of every style family) in
#     the three modes, and their PDFs read directly;
#   - the real pages' PDFs, as pdftotext -enc UTF-8 gives them in its three
#     modes (extracted here, never stored);
#   - the OCR texts in ../shared/corpus/en and zh.
# Every page's figure is printed.  Skips (77) without ../shared; the
# generated and real pages are left out (with a note) without pdftotext or
# pagegen's Python modules.
. "$top_srcdir/tests/lib.sh"
skip_without_shared
make_tmpdir
PY="${PYTHON3:-python3}"
CONS_MIN=0.995
C="$SHARED/corpus"
DEV="$C/dev-pages"

# put FILE DIR: FILE as DIR/NN.txt (NN from FILE's name, else 01).
put() {
	b=${1##*/}
	nn=${b%%.*}
	case $nn in
	[0-9][0-9]) ;;
	*) nn=01 ;;
	esac
	mkdir -p "$2"
	cp "$1" "$2/$nn.txt"
	echo "$2/$nn.txt" >>"$TMP/pages"
}

: >"$TMP/pages"
echo "$C/zh/county-paper_p1.txt" >>"$TMP/pages"
for f in "$C"/en/*.txt "$C"/zh/*.txt; do
	[ "$f" = "$C/zh/county-paper_p1.txt" ] || echo "$f" >>"$TMP/pages"
done
for f in "$DEV"/*/*/[0-9][0-9].txt "$DEV"/*/*/[0-9][0-9].layout.txt \
    "$DEV"/*/*/[0-9][0-9].raw.txt; do
	rel=${f#"$DEV"/}
	put "$f" "$TMP/dev/$(echo "$rel" | tr '/.' '__')"
done

if command -v pdftotext >/dev/null 2>&1; then
	n=0
	for pdf in $(find "$C/real-pages" -name '[0-9]*.pdf' | sort); do
		n=$((n + 1))
		for mode in default layout raw; do
			opt=
			[ $mode = default ] || opt=-$mode
			d="$TMP/real/$n-$mode"
			mkdir -p "$d"
			pdftotext -enc UTF-8 $opt "$pdf" "$d/01.txt" 2>>"$TMP/pdftotext.log" ||
				fail "pdftotext $opt failed on $pdf"
			echo "$d/01.txt	$pdf ($mode)" >>"$TMP/names"
			echo "$d/01.txt" >>"$TMP/pages"
		done
	done
else
	echo "NOTE: pdftotext not found: real pages left out"
fi

GENPY="${PAGEGEN_PYTHON:-/usr/bin/python3}"
if command -v pdftotext >/dev/null 2>&1 && "$GENPY" -c "import cairo, gi, pyphen; \
gi.require_version('Pango', '1.0'); gi.require_version('PangoCairo', '1.0'); \
from gi.repository import Pango, PangoCairo" 2>/dev/null &&
    fc-list :lang=zh family 2>/dev/null | grep -q . &&
    fc-list 'Liberation Serif' family 2>/dev/null | grep -q .; then
	# one issue of every style family, training and held-out alike
	for family in $("$GENPY" "$top_srcdir/tests/pagegen/pagegen.py" --list |
	    awk '{ print $1 }'); do
		"$GENPY" "$top_srcdir/tests/pagegen/pagegen.py" --seed 1 \
		    --family "$family" "$TMP/gen" >/dev/null ||
			fail "pagegen.py failed (seed 1, $family)"
	done
	for f in $(cd "$TMP/gen" && find . -name '[0-9][0-9]*.txt' | sort); do
		put "$TMP/gen/$f" "$TMP/genpages/$(echo "${f#./}" | tr '/.' '__')"
	done
	# and the PDFs themselves, where this kanbao reads PDF
	pdf1=$(find "$TMP/gen" -name '01.pdf' | head -n 1)
	if "$KANBAO" --export jsonl "$pdf1" 2>&1 >/dev/null | grep -q "needs poppler-glib"; then
		echo "NOTE: built without poppler-glib: generated PDFs left out"
	else
		find "$TMP/gen" -name '[0-9][0-9].pdf' | sort >>"$TMP/pages"
	fi
else
	echo "NOTE: pagegen cannot run here: generated pages left out"
fi

# shellcheck disable=SC2046
"$PY" "$top_srcdir/tests/conservation.py" --kanbao "$KANBAO" -v \
    --min "$CONS_MIN" $(cat "$TMP/pages") >"$TMP/out" 2>"$TMP/err"
status=$?
sed -e "s#$TMP/##" "$TMP/out"
[ -s "$TMP/names" ] && sed -e "s#$TMP/##" -e 's#^#  #' "$TMP/names"
"$PY" - "$TMP/out" <<'PY'
import sys
v = [float(l.split()[0]) for l in open(sys.argv[1]) if l[:1] in '01']
if v:
    print('%d pages: min %.4f, mean %.4f' % (len(v), min(v), sum(v) / len(v)))
PY
[ -s "$TMP/err" ] && cat "$TMP/err" >&2
[ $status -eq 0 ] || fail "a page keeps less than $CONS_MIN of its characters"
exit 0
