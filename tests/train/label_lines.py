#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""label_lines.py: the truth label of each source line of a page's text.

    label_lines.py TEXT TRUTH            print LINE<TAB>LABEL per non-blank line
    label_lines.py --batch LIST          the same for each LIST line
                                         TEXT<TAB>TRUTH<TAB>OUT, into OUT
    label_lines.py --corpus DIR OUT [--segtrain SEGTRAIN]
                                         every page of DIR, default and -raw
                                         text (and -layout text, given the
                                         trainer): OUT/labels/, and the lists
                                         segtrain reads, OUT/list (every
                                         mode), OUT/list.default, OUT/list.raw,
                                         OUT/list.layout

TEXT is pdftotext's output of one page (default or -raw).  A -layout line
holds a piece of each column it crosses: those pieces are labelled one by
one, as `segtrain lines` gives them (the segmenter's own reading of the
columns, in its reading order), each as LINE@OFFSET.  TRUTH is the
page's NN.lines.json (tests/pagegen: every drawn line with its role) or,
for pages without one, its NN.json (the dev pages' article truth: roles of
whole elements, paragraphs for body text).  Each source line is aligned by
normalised text containment with the truth's text, concatenated in reading
order: the line's label is the role holding most of its characters (a line
no truth text covers half of is "other").  Roles map to a compact label set,
the one core/segment_model.h knows (LABELS below, in its order).
Python 3 standard library only; deterministic.
"""
import json
import os
import subprocess
import sys
import unicodedata

LABELS = ('body', 'body-start', 'headline', 'deck', 'kicker', 'subhead',
          'byline', 'section-head', 'caption', 'credit', 'ad', 'jump',
          'furniture', 'other')

# NN.lines.json role -> label
ROLE_LABEL = {
    'kicker': 'kicker', 'headline': 'headline', 'deck': 'deck',
    'subhead': 'subhead', 'standfirst': 'subhead', 'byline': 'byline',
    'byline-title': 'byline', 'signature': 'byline', 'body': 'body',
    'section-head': 'section-head', 'jump-out': 'jump', 'jump-in': 'jump',
    'caption': 'caption', 'credit': 'credit', 'ad': 'ad',
    'masthead': 'furniture', 'date-line': 'furniture', 'price': 'furniture',
    'running-header': 'furniture', 'folio': 'furniture',
    'editor-line': 'furniture', 'running-footer': 'furniture',
}

# A line is labelled when truth text covers at least this share of it.
MIN_COVER = 0.5
# Pieces shorter than this (characters) are not searched for alone: a
# character or two matches anywhere.
MIN_PIECE = 3


def norm(s):
    """Text as compared: NFKC, no white space, no hyphens (pdftotext and
    the typesetter disagree on both)."""
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c for c in s if not c.isspace() and c not in '-\u00ad\u2010')


def segments_lines_json(d):
    """(text, label, para_start) of every drawn line, reading order."""
    out = []
    for ln in d['lines']:
        out.append((ln['text'], ROLE_LABEL.get(ln['role'], 'other'),
                    bool(ln.get('para_start'))))
    return out


def _texts(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, list):
        r = []
        for x in v:
            r += _texts(x)
        return r
    if isinstance(v, dict):
        return _texts(v.get('text'))
    return []


def segments_page_json(d):
    """(text, label, para_start) of every element of NN.json's truth."""
    out = []
    for f in d.get('furniture') or []:
        for t in _texts(f.get('text')):
            out.append((t, 'furniture', True))
    for a in d.get('articles') or []:
        kind = a.get('kind')
        for t in _texts(a.get('kicker')):
            out.append((t, 'kicker', True))
        for k, t in enumerate(_texts(a.get('headline'))):
            out.append((t, 'headline' if k == 0 else 'deck', True))
        for t in _texts(a.get('subhead')):
            out.append((t, 'subhead', True))
        for key in ('byline', 'byline_title', 'dateline'):
            if a.get('byline_synthetic') and key == 'byline':
                continue
            for t in _texts(a.get(key)):
                out.append((t, 'byline', True))
        body = a.get('body')
        if body is None:
            body = [dict(type='paragraph', text=p) for p in a.get('paragraphs') or []]
        for b in body:
            if isinstance(b, str):
                b = dict(type='paragraph', text=b)
            lab = 'body'
            if b.get('type') == 'section':
                lab = 'section-head'
            elif kind == 'photo':
                lab = 'caption'
            elif kind == 'ad':
                lab = 'ad'
            for t in _texts(b.get('text')):
                out.append((t, lab, lab == 'body'))
        for t in _texts(a.get('credit')):
            out.append((t, 'credit', True))
        for key in ('jump', 'continued_from'):
            v = a.get(key)
            if isinstance(v, dict):
                v = v.get('label') or v.get('text')
            for t in _texts(v):
                out.append((t, 'jump', True))
    return out


class Truth:
    """The truth's text concatenated, with each character's label and
    whether it starts a paragraph."""

    def __init__(self, segs):
        text, lab, start = [], [], []
        for t, l, ps in segs:
            n = norm(t)
            for k, c in enumerate(n):
                text.append(c)
                lab.append(l)
                start.append(ps and k == 0)
        self.text = ''.join(text)
        self.lab = lab
        self.start = start
        self.hint = 0

    def find(self, s):
        """Where s occurs: the first place after the last match, else the
        first on the page; -1 for nowhere."""
        p = self.text.find(s, self.hint)
        if p < 0:
            p = self.text.find(s)
        return p

    def label(self, line):
        s = norm(line)
        if not s:
            return None
        votes = {}
        first = None
        p = self.find(s)
        if p < 0:
            # ads printed twice glyph by glyph: every character doubled
            half = s[::2]
            if len(s) % 2 == 0 and half == s[1::2]:
                p = self.find(half)
                if p >= 0:
                    s = half
        if p >= 0:
            for k in range(len(s)):
                votes[self.lab[p + k]] = votes.get(self.lab[p + k], 0) + 1
            first = p
            self.hint = p + len(s)
        else:
            # greedy cover by the longest pieces found
            i = 0
            while i < len(s):
                q, where = i + MIN_PIECE, -1
                while q <= len(s):
                    w = self.find(s[i:q])
                    if w < 0:
                        break
                    where, q = w, q + 1
                if where < 0:
                    i += 1
                    continue
                q -= 1
                if first is None and i == 0:
                    first = where
                for k in range(q - i):
                    votes[self.lab[where + k]] = votes.get(self.lab[where + k], 0) + 1
                self.hint = where + q - i
                i = q
        got = sum(votes.values())
        if got * 1.0 < MIN_COVER * len(s):
            return 'other'
        best = sorted(votes.items(), key=lambda kv: (-kv[1], LABELS.index(kv[0])))[0][0]
        if best == 'body' and first is not None and self.start[first]:
            return 'body-start'
        return best


def label_file(text_path, truth_path):
    with open(truth_path, encoding='utf-8') as f:
        d = json.load(f)
    segs = segments_lines_json(d) if 'lines' in d else segments_page_json(d)
    tr = Truth(segs)
    out = []
    with open(text_path, encoding='utf-8', errors='replace') as f:
        for n, line in enumerate(f.read().split('\n'), 1):
            lab = tr.label(line)
            if lab is not None:
                out.append((n, lab))
    return out


def write_labels(f, labels):
    for n, lab in labels:
        f.write('%s\t%s\n' % (n, lab))


def corpus_pages(top):
    """(relative base path, truth file) of every page under top, in byte
    order of './' + the truth's relative path (as LC_ALL=C sort): the
    generator's NN.lines.json pages, else (the dev pages) NN.json ones."""
    lines, pages = [], []
    for d, dirs, files in os.walk(top, followlinks=True):
        dirs.sort()
        rel = os.path.relpath(d, top)
        for f in files:
            r = './' + (f if rel == '.' else rel + '/' + f)
            if f.endswith('.lines.json'):
                lines.append((r[:-len('.lines.json')], r))
            elif len(f) == 7 and f[:2].isdigit() and f.endswith('.json'):
                pages.append((r[:-len('.json')], r))
    got = lines or pages
    return sorted(got, key=lambda p: p[1].encode('utf-8'))


def layout_pieces(segtrain, paths):
    """{path: [(line, offset, text)]}: each -layout page's lines as the
    segmenter reads them (segtrain lines), in its reading order."""
    got, cur = {}, None
    res = subprocess.run([segtrain, 'lines'] + paths, check=True,
                         stdout=subprocess.PIPE)
    for row in res.stdout.decode('utf-8', 'replace').split('\n'):
        if row.startswith('# '):
            cur = got.setdefault(row[2:], [])
        elif row and cur is not None:
            line, off, text = row.split('\t', 2)
            cur.append((int(line), int(off), text))
    return got


def label_pieces(pieces, truth_path):
    with open(truth_path, encoding='utf-8') as f:
        d = json.load(f)
    tr = Truth(segments_lines_json(d) if 'lines' in d else segments_page_json(d))
    out = []
    for line, off, text in pieces:
        lab = tr.label(text)
        if lab is not None:
            out.append(('%d@%d' % (line, off), lab))
    return out


def label_corpus(top, out, segtrain=None):
    os.makedirs(os.path.join(out, 'labels'), exist_ok=True)
    lists = {'list': [], 'list.default': [], 'list.raw': [], 'list.layout': []}
    pages = corpus_pages(top)
    pieces = {}
    if segtrain:
        texts = [os.path.join(top, base[2:] + '.layout.txt') for base, _ in pages]
        pieces = layout_pieces(segtrain, [t for t in texts if os.path.exists(t)])
    for base, truth in pages:
        key = base[2:].replace('/', '_')
        for mode, lst in (('txt', 'list.default'), ('raw.txt', 'list.raw'),
                          ('layout.txt', 'list.layout')):
            text = os.path.join(top, base[2:] + '.' + mode)
            if not os.path.exists(text) or (mode == 'layout.txt' and text not in pieces):
                continue
            if mode == 'layout.txt':
                labels = label_pieces(pieces[text], os.path.join(top, truth[2:]))
            else:
                labels = label_file(text, os.path.join(top, truth[2:]))
            lab = os.path.join(out, 'labels', key + '.' + mode)
            with open(lab, 'w', encoding='utf-8') as f:
                write_labels(f, labels)
            row = '%s\t%s\n' % (text, lab)
            lists['list'].append(row)
            lists[lst].append(row)
    for name, rows in lists.items():
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            f.write(''.join(rows))
    return len(lists['list'])


def main():
    if len(sys.argv) in (4, 6) and sys.argv[1] == '--corpus':
        segtrain = None
        if len(sys.argv) == 6:
            if sys.argv[4] != '--segtrain':
                sys.stderr.write('usage: label_lines.py --corpus DIR OUT [--segtrain SEGTRAIN]\n')
                sys.exit(2)
            segtrain = sys.argv[5]
        if label_corpus(sys.argv[2], sys.argv[3], segtrain) == 0:
            sys.stderr.write('label_lines.py: %s: no pages\n' % sys.argv[2])
            sys.exit(1)
        return
    if len(sys.argv) == 3 and sys.argv[1] == '--batch':
        with open(sys.argv[2], encoding='utf-8') as lst:
            for row in lst.read().splitlines():
                text, truth, out = row.split('\t')
                with open(out, 'w', encoding='utf-8') as f:
                    write_labels(f, label_file(text, truth))
        return
    if len(sys.argv) != 3:
        sys.stderr.write('usage: label_lines.py TEXT TRUTH | --batch LIST | --corpus DIR OUT [--segtrain SEGTRAIN]\n')
        sys.exit(2)
    for p in sys.argv[1:]:
        if not os.path.exists(p):
            sys.stderr.write('label_lines.py: %s: no such file\n' % p)
            sys.exit(1)
    write_labels(sys.stdout, label_file(sys.argv[1], sys.argv[2]))


if __name__ == '__main__':
    main()
