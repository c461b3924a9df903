#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""conservation.py: how much of a page's text reaches kanbao's export.

    conservation.py [--min F] [--kanbao K] [-v] PAGE...

For each PAGE (a text page NN.txt, a PDF, or an ALTO XML file) runs
`kanbao --export jsonl PAGE` and prints

    conservation  PAGE

where conservation = sum over characters c of min(count of c in the page,
count of c in the export) / non-space characters in the page.

The page's characters are: for text, the file (UTF-8) as it is; for a PDF,
what `pdftotext -enc UTF-8` gives for it (every page); for ALTO, the CONTENT
of every String (SUBS_CONTENT is not used: the hyphenated halves are the
page's characters).  Artefacts kanbao removes on purpose are not counted
against it: end-of-line hyphens (a '-' or soft hyphen ending a line), and
the characters an export object lists under "removed" (doubled fake-bold
glyphs), which count as accounted for.

The export's characters are every string value of every object (articles and
furniture alike) except metadata (id, publication, date, kind, type, source,
dir); headline decks lose their " / " joiners.  Exit status 1 when any page is
below --min (default 0: report only).  Python 3 standard library only.
"""
import argparse
import collections
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

META_KEYS = {'id', 'publication', 'date', 'kind', 'type', 'source', 'dir', 'file'}
HYPHENS = ('-', '\u00ad', '\u2010')


def count_text(text):
    """Non-space characters of page text, end-of-line hyphens left out."""
    c = collections.Counter()
    for line in text.splitlines():
        s = line.rstrip()
        if s.endswith(HYPHENS):
            s = s[:-1]
        c.update(ch for ch in s if not ch.isspace())
    return c


def page_counter(path):
    if path.lower().endswith('.pdf'):
        out = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'],
                             check=True, capture_output=True).stdout
        return count_text(out.decode('utf-8', 'replace'))
    with open(path, 'rb') as f:
        data = f.read()
    if path.lower().endswith('.xml') and b'<alto' in data[:4096].lower() or b':alto' in data[:4096]:
        c = collections.Counter()
        for el in ET.fromstring(data).iter():
            if el.tag.rsplit('}', 1)[-1] == 'String':
                c.update(ch for ch in el.get('CONTENT', '') if not ch.isspace())
        return c
    return count_text(data.decode('utf-8', 'replace'))


def walk(value, key, c):
    if key in META_KEYS:
        return
    if isinstance(value, str):
        if key == 'headline':
            value = value.replace(' / ', '')
        c.update(ch for ch in value if not ch.isspace())
    elif isinstance(value, list):
        for v in value:
            walk(v, key, c)
    elif isinstance(value, dict):
        for k, v in value.items():
            walk(v, k, c)


def export_counter(kanbao, path):
    p = subprocess.run([kanbao, '--export', 'jsonl', path], capture_output=True)
    if p.returncode != 0:
        raise RuntimeError('%s: kanbao failed: %s' % (path, p.stderr.decode('utf-8', 'replace')))
    c = collections.Counter()
    for line in p.stdout.decode('utf-8').splitlines():
        if line.strip():
            walk(json.loads(line), None, c)
    return c


def conservation(page, export):
    total = sum(page.values())
    if total == 0:
        return 1.0
    return sum(min(n, export.get(ch, 0)) for ch, n in page.items()) / total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--min', type=float, default=0.0)
    ap.add_argument('--kanbao', default='kanbao')
    ap.add_argument('-v', '--verbose', action='store_true',
                    help='name the characters missing from the export')
    ap.add_argument('pages', nargs='+')
    a = ap.parse_args()
    low = 0
    for path in a.pages:
        page = page_counter(path)
        export = export_counter(a.kanbao, path)
        score = conservation(page, export)
        print('%.4f  %s' % (score, path))
        if a.verbose and score < 1:
            lost = {ch: n - export.get(ch, 0) for ch, n in page.items() if export.get(ch, 0) < n}
            top = sorted(lost.items(), key=lambda kv: -kv[1])[:20]
            print('        lost: ' + ' '.join('%s×%d' % kv for kv in top))
        if score < a.min:
            low += 1
    if low:
        print('%d page(s) below %.3f' % (low, a.min))
    return 1 if low else 0


if __name__ == '__main__':
    sys.exit(main())
