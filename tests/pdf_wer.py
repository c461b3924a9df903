#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""pdf_wer.py: how far kanbao's text of a PDF is from pdftotext's own.

    pdf_wer.py [--max F] [--kanbao K] [-v] PDF...

For each PDF runs `kanbao --export jsonl PDF` and `pdftotext -enc UTF-8 PDF -`
and prints

    wer  words  PDF

where wer is the word error rate of the export's word sequence against
pdftotext's: (substitutions + deletions + insertions) / pdftotext's words,
over one alignment of the two sequences (difflib's longest matching blocks;
between two matched blocks the larger side counts).  Reading order counts:
a block read elsewhere is deleted here and inserted there.

Both sides are read the same way: the export's strings in its order
(articles, then furniture and removed artefacts), a word ending a
pdftotext line in a hyphen joined to the next line's first word, and
hyphens inside words left out ("well-known" and "well- known" are one
word), so that hyphenation, which kanbao undoes, is not an error.  Exit
status 1 when any page is above --max (default 1: report only).  Python 3
standard library only.
"""
import argparse
import difflib
import json
import subprocess
import sys

# "sections" repeats the section heads "paragraphs" holds in place.
META_KEYS = {'id', 'publication', 'date', 'kind', 'type', 'source', 'dir', 'file',
             'sections'}
HYPHENS = '-\u00ad\u2010'


def norm(words):
    out = []
    for w in words:
        for h in HYPHENS:
            w = w.replace(h, '')
        if w:
            out.append(w)
    return out


def reference_words(path):
    text = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], check=True,
                          capture_output=True).stdout.decode('utf-8', 'replace')
    words = []
    carry = ''
    for line in text.splitlines():
        ws = line.split()
        if not ws:
            continue
        if carry:
            ws[0] = carry + ws[0]
            carry = ''
        if ws[-1][-1] in HYPHENS and len(ws[-1]) > 1:
            carry = ws.pop()[:-1]
        words.extend(ws)
    if carry:
        words.append(carry)
    return norm(words)


def walk(value, key, words):
    if key in META_KEYS:
        return
    if isinstance(value, str):
        if key == 'headline':
            value = value.replace(' / ', ' ')
        words.extend(value.split())
    elif isinstance(value, list):
        for v in value:
            walk(v, key, words)
    elif isinstance(value, dict):
        for k, v in value.items():
            walk(v, k, words)


def export_words(kanbao, path):
    p = subprocess.run([kanbao, '--export', 'jsonl', path], capture_output=True)
    if p.returncode != 0:
        raise RuntimeError('%s: kanbao failed: %s' %
                           (path, p.stderr.decode('utf-8', 'replace')))
    words = []
    for line in p.stdout.decode('utf-8').splitlines():
        if line.strip():
            walk(json.loads(line), None, words)
    return norm(words)


def wer(ref, hyp):
    if not ref:
        return 0.0 if not hyp else 1.0
    sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    errors = 0
    i = j = 0
    for a, b, size in sm.get_matching_blocks():
        errors += max(a - i, b - j)
        i, j = a + size, b + size
    return errors / len(ref)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--max', type=float, default=1.0)
    ap.add_argument('--kanbao', default='kanbao')
    ap.add_argument('-v', '--verbose', action='store_true',
                    help='show the first differences')
    ap.add_argument('pages', nargs='+')
    a = ap.parse_args()
    high = 0
    for path in a.pages:
        ref = reference_words(path)
        hyp = export_words(a.kanbao, path)
        score = wer(ref, hyp)
        print('%.4f  %6d  %s' % (score, len(ref), path))
        if a.verbose and score > 0:
            sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
            shown = 0
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op != 'equal' and shown < 15:
                    print('        %s: %s -> %s' % (op, ' '.join(ref[i1:i2][:12]),
                                                   ' '.join(hyp[j1:j2][:12])))
                    shown += 1
        if score > a.max:
            high += 1
    if high:
        print('%d page(s) above %.3f' % (high, a.max))
    return 1 if high else 0


if __name__ == '__main__':
    sys.exit(main())
