#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""check_lines.py: the per-line truth (NN.lines.json) agrees with the page
truth (NN.json) and with what pdftotext extracted.

    check_lines.py DIR...

For every page under each DIR: each article's body, standfirst and section
head lines, joined, give its expect paragraphs (the indent, an inline
byline and end-of-line hyphens removed); its headline and deck lines give
its headline; every line's bbox lies on the page; and the characters of
all lines are the characters of `pdftotext -raw` (ads drawn twice
counted once), at least CHAR_SHARE of them.  Prints one line per problem
and exits 1 if there is any.
"""
import collections
import json
import os
import sys

# Share of the raw text's characters (fake-bold copies excepted) that the
# lines must account for: pdftotext may split or drop a few (U+3000).
CHAR_SHARE = 0.99
TEXT_ROLES = ('standfirst', 'body', 'section-head')


def squash(s):
    return ''.join(s.split()).replace('\u3000', '')


def check_page(base):
    probs = []
    truth = json.load(open(base + '.json', encoding='utf-8'))
    lines = json.load(open(base + '.lines.json', encoding='utf-8'))
    W, H = lines['size']
    by_art = collections.defaultdict(list)
    for ln in lines['lines']:
        x0, y0, x1, y1 = ln['bbox']
        if not (-1 <= x0 <= x1 <= W + 1 and -1 <= y0 <= y1 <= H + 1):
            probs.append('%s: line off the page: %r' % (base, ln))
        if ln['article'] is not None:
            by_art[ln['article']].append(ln)
    for i, a in enumerate(truth['articles']):
        e = a['expect']
        mine = by_art.get(i, [])
        if e['kind'] in ('photo', 'ad'):
            role = 'caption' if e['kind'] == 'photo' else 'ad'
            got = squash(''.join(ln['text'] for ln in mine if ln['role'] == role))
            if got != squash(''.join(e['paragraphs'])):
                probs.append('%s: article %d (%s): lines %r != truth %r' % (
                    base, i, e['kind'], got[:60], squash(''.join(e['paragraphs']))[:60]))
            continue
        text = ''
        for ln in mine:
            if ln['role'] not in TEXT_ROLES:
                continue
            t = ln['text']
            if t.endswith('-') and ln['role'] == 'body' and not t.endswith(' -'):
                t = t[:-1]   # a hyphen the generator put at a break
            text += t
        want = squash(''.join(e['paragraphs']))
        got = squash(text)
        if a.get('byline_placement') == 'inline' and a.get('byline'):
            got = got.replace(squash(a['byline']), '', 1)
        if got != want and got.replace('-', '') != want.replace('-', ''):
            probs.append('%s: article %d text: lines %r != truth %r' % (
                base, i, got[:80], want[:80]))
        head = squash(''.join(ln['text'] for ln in mine if ln['role'] in ('headline', 'deck')))
        if head != squash(e['headline'].replace(' / ', '')):
            probs.append('%s: article %d headline: %r != %r' % (base, i, head, e['headline']))
    # the lines hold the raw text's characters
    raw = collections.Counter(squash(open(base + '.raw.txt', encoding='utf-8').read()))
    mine = collections.Counter(squash(''.join(ln['text'] for ln in lines['lines'])))
    if sum(raw.values()):
        ads = collections.Counter(squash(''.join(ln['text'] for ln in lines['lines']
                                                 if ln['role'] == 'ad')))
        total = sum(raw.values()) - sum(ads.values())
        share = sum(min(n, mine[c]) for c, n in raw.items()) / max(total, 1)
        if share < CHAR_SHARE:
            probs.append('%s: lines hold %.3f of pdftotext -raw characters' % (base, share))
    return probs


def main():
    probs, pages = [], 0
    for d in sys.argv[1:]:
        for root, _, files in sorted(os.walk(d)):
            for f in sorted(files):
                if f.endswith('.lines.json'):
                    pages += 1
                    probs += check_page(os.path.join(root, f[:-len('.lines.json')]))
    for p in probs:
        print(p)
    print('check_lines: %d pages, %d problems' % (pages, len(probs)))
    sys.exit(1 if probs or not pages else 0)


if __name__ == '__main__':
    main()
