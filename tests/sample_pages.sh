#!/bin/sh
# SPDX-License-Identifier: ISC
# sample_pages.sh: segment the bundled sample archive and check the facts
# of sample-archive/EXPECTED.md that can be checked robustly: the number of
# items on each page, and for each item that it is found (by headline, or
# by its first words), its kind, its headline and its byline or photo
# credit.  Prints the share of facts that match and fails below SAMPLE_MIN.
. "$top_srcdir/tests/lib.sh"
make_tmpdir
# What the segmenter reaches today, less a margin: raise it as it improves.
SAMPLE_MIN=0.75
"$KANBAO" --export jsonl "$SAMPLE" >"$TMP/out.jsonl" 2>"$TMP/err" ||
	fail "kanbao --export jsonl failed: $(cat "$TMP/err")"
"${PYTHON3:-python3}" - "$SAMPLE/EXPECTED.md" "$TMP/out.jsonl" "$SAMPLE_MIN" \
    ${VERBOSE:+-v} <<'PY' || fail "sample archive below $SAMPLE_MIN"
import json, re, sys, unicodedata
exp_path, got_path, threshold = sys.argv[1], sys.argv[2], float(sys.argv[3])
verbose = len(sys.argv) > 4

def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    return re.sub(r'\s+', '', s).replace('…', '')

KIND = {'article': 'news', 'article (letter)': 'news', 'article (poem)': 'news',
        'article (continuation)': 'jump-continuation', 'advertisement': 'ad',
        'brief': 'brief', 'brief (classified)': 'brief', 'notice': 'notice',
        'photo': 'photo'}

def ticks(s):
    return re.findall(r'`([^`]*)`', s)

def parse(path):
    pages, page, item = {}, None, None
    for line in open(path, encoding='utf-8'):
        m = re.match(r'^### (\S+) (\S+) page (\d+)', line)
        if m:
            page = pages.setdefault((m.group(1), m.group(2), int(m.group(3))), [])
            continue
        m = re.match(r'^\d+\. \*\*([^*]+)\*\*(?: — headline `([^`]*)`)?', line)
        if m and page is not None:
            item = {'kind': m.group(1), 'headline': m.group(2) or ''}
            page.append(item)
            continue
        m = re.match(r'^   - ([a-z ]+): (.*)$', line)
        if m and item is not None:
            item[m.group(1)] = m.group(2)
        elif not line.startswith('   '):
            item = None
    return pages

def key(it):
    if it['headline']:
        return 'h', norm(it['headline'])
    if 'first words' in it.get('paragraphs', ''):
        return 'p', norm(ticks(it['paragraphs'].split('first words:')[1])[0])
    lines = [v for k, v in it.items() if k.endswith('layout lines')]
    return 'p', norm(ticks(lines[0])[0]) if lines else ''

def text(a):
    return norm(a['headline'].split(' / ')[0]), norm(''.join([a['headline']] + a['paragraphs']))

def find(it, got, used):
    kind, k = key(it)
    for i, a in enumerate(got):
        if i in used or not k:
            continue
        head, body = text(a)
        if (kind == 'h' and head == k) or (kind == 'p' and body.startswith(k[:12])):
            return i
    for i, a in enumerate(got):
        if i in used or not k:
            continue
        head, body = text(a)
        if kind == 'h' and len(head) >= 4 and (head in k or k in head):
            return i
    return None

exp = parse(exp_path)
got = {}
for line in open(got_path, encoding='utf-8'):
    a = json.loads(line)
    if a['kind'] == 'furniture':
        continue  # page furniture (running header, folio) is no article
    got.setdefault((a['publication'], a['date'], a['page']), []).append(a)
checks = passed = 0
def check(ok, what):
    global checks, passed
    checks += 1
    passed += bool(ok)
    if not ok and verbose:
        print('  miss:', what)
for pk, items in sorted(exp.items()):
    arts = got.get(pk, [])
    if verbose:
        print('%s %s p%d: expected %d, got %d' % (pk + (len(items), len(arts))))
    check(len(arts) == len(items), '%s: %d items, not %d' % (pk, len(arts), len(items)))
    used = set()
    for it in items:
        i = find(it, arts, used)
        label = '%s %s' % (pk, it['headline'] or key(it)[1][:12])
        check(i is not None, label + ' not found')
        if i is None:
            continue
        used.add(i)
        a = arts[i]
        if it['kind'] in KIND:
            check(a['kind'] == KIND[it['kind']], '%s: kind %s, not %s' % (label, a['kind'], it['kind']))
        if it['headline']:
            check(norm(a['headline'].split(' / ')[0]) == norm(it['headline']),
                  '%s: headline %r' % (label, a['headline']))
        if 'byline' in it:
            want = '' if it['byline'].startswith('none') else norm(''.join(ticks(it['byline'])))
            check(norm(a['byline']) == want, '%s: byline %r, not %r' % (label, a['byline'], want))
        if 'photo credit' in it:
            check(norm(a['byline'] or a.get('credit', '')) == norm(ticks(it['photo credit'])[0]),
                  '%s: credit %r' % (label, a['credit']))
rate = passed / max(checks, 1)
print('sample archive: %d of %d facts match (%.3f, threshold %.2f)' % (passed, checks, rate, threshold))
sys.exit(0 if rate >= threshold else 1)
PY
