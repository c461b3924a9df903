# SPDX-License-Identifier: ISC
"""textsrc.py: article text in quantity from prose that Debian packages ship.

Read at generation time from the installed packages, never stored in the
repository:

  language  package                  files
  zh-Hans   debian-handbook          /usr/share/doc/debian-handbook/html/zh-CN/*.html
            debian-reference-zh-cn   /usr/share/debian-reference/*.zh-cn.html
            manpages-zh              /usr/share/man/zh_CN/man*/*.gz
  zh-Hant   debian-handbook          /usr/share/doc/debian-handbook/html/zh-TW/*.html
            debian-reference-zh-tw   /usr/share/debian-reference/*.zh-tw.html
            manpages-zh              /usr/share/man/zh_TW/man*/*.gz
  en        debian-handbook          /usr/share/doc/debian-handbook/html/en-US/*.html
            debian-reference-en      /usr/share/debian-reference/*.en.html
            manpages                 its man4, man5 and man7 pages (devices,
                                     file formats, overviews: mostly prose)

(The Debian Administrator's Handbook is GPL-2+ or CC BY-SA 3.0, the Debian
Reference GPL-2+, manpages-zh GFDL and GPL, manpages mostly the Linux
man-pages project's verbatim licence.)  Man pages are the packages' own
files as dpkg lists them, so what is read does not depend on what else is
installed.  Each HTML or roff file gives its section titles and paragraphs
in order, markup stripped; paragraphs that are mostly code, lists of
commands, authors' or translators' notes, or too short are dropped.  `Source(lang)` cuts runs of consecutive
paragraphs into article-sized pieces, with headlines made of the pieces'
own sentences and the titles met on the way as section heads.  When no
package is installed, `available(lang)` is false and the caller falls back
to content.py's pools.
"""
import functools
import gzip
import glob
import html
import os
import re

HANDBOOK = '/usr/share/doc/debian-handbook/html/%s/*.html'
REFERENCE = '/usr/share/debian-reference/*.%s.html'
# A package's own files (dpkg's list), so what is read does not depend on
# what else is installed
DPKG = 'dpkg:%s:%s'
GLOBS = {
    'zh-Hans': [HANDBOOK % 'zh-CN', REFERENCE % 'zh-cn',
                DPKG % ('manpages-zh', r'/zh_CN/man\d/.*\.gz')],
    'zh-Hant': [HANDBOOK % 'zh-TW', REFERENCE % 'zh-tw',
                DPKG % ('manpages-zh', r'/zh_TW/man\d/.*\.gz')],
    'en': [HANDBOOK % 'en-US', REFERENCE % 'en', DPKG % ('manpages', r'/man[457]/.*\.gz')],
}
# Paragraph lengths kept, in characters: shorter ones are captions of
# examples, longer ones are rare and would fill a column on their own.
ZH_PARA = (16, 900)
EN_PARA = (60, 1500)
# Code-like marks (paths, options, variables) a paragraph may hold: a
# few are news-like ("TCP/IP"), many make a listing
CODE_MARKS_MAX = 2
# Share of CJK characters a Chinese paragraph needs (the rest: Latin
# words, digits, punctuation), and of letters and spaces an English one.
ZH_CJK_SHARE = 0.45
EN_ALPHA_SHARE = 0.86
# Titles longer than this are not section heads of a newspaper; shorter
# than TITLE_MIN they say too little for a headline (描述, NAME)
ZH_TITLE_MAX, EN_TITLE_MAX = 16, 48
TITLE_MIN_ZH, TITLE_MIN_EN = 5, 14

BLOCK = re.compile(r'<(h[2-4]|p)\b[^>]*>(.*?)</\1>', re.S)
TAG = re.compile(r'<[^>]+>')
NUMBERING = re.compile(r'^\s*(第\s*\d+\s*章|[A-Z]?\d+(\.\d+)*\.?)\s*')
CJK = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]')
CJK_SPACE = re.compile(r'(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])')
ZH_CLAUSE = re.compile(r'[^，。；：！？、]+[，。；：！？、]?')
CODEY = re.compile(r'[/$=<>{}\[\]_@#|\\]|--')


def _clean(s, zh):
    s = html.unescape(TAG.sub('', s)).replace('\u00a0', ' ')
    s = re.sub(r'\s+', ' ', s).strip()
    if zh:
        s = CJK_SPACE.sub('', s)
    return s


# the translators' and authors' notes at the end of man pages
BOILERPLATE = re.compile(r'中文版|[Mm]an ?手[册冊]|翻[译譯]|校[订訂对對]|'
                         r'manual page|[Rr]eport bugs|[Cc]opyright|[Ll]icen[cs]e')
ROFF_ESC = re.compile(r'\\f[BIRP]|\\f\(..|\\[&|^%]|\\s[-+]?\d|\\\(..|\\\*.')
ROFF_BREAK = ('.PP', '.LP', '.P', '.TP', '.IP', '.HP', '.br', '.sp', '.nf', '.fi', '.RS', '.RE')


def roff_blocks(text):
    """('p', text) and ('h2', title) blocks of a man page: .SH/.SS give
    titles, paragraph macros and blank lines end paragraphs; font macros
    keep their words; other requests are dropped."""
    out, cur = [], []

    def end():
        if cur:
            out.append(('p', ' '.join(cur)))
            del cur[:]
    for line in text.split('\n'):
        line = ROFF_ESC.sub('', line).replace('\\-', '-').replace('\\e', '\\')
        if line.startswith(('.SH', '.SS')):
            end()
            out.append(('h2', line[3:].strip().strip('"')))
        elif line.startswith(ROFF_BREAK) or not line.strip():
            end()
        elif line.startswith(('.B ', '.I ', '.BR ', '.IR ', '.RB ', '.RI ', '.BI ', '.IB ')):
            cur.append((line.split(None, 1) + [''])[1].replace('"', ''))
        elif line.startswith(('.', "'")):
            end()
        else:
            cur.append(line.strip())
    end()
    return out


def _is_prose(p, zh):
    if (len(CODEY.findall(p)) > CODE_MARKS_MAX or '"' in p and zh or
            BOILERPLATE.search(p)):
        return False
    if zh:
        lo, hi = ZH_PARA
        return (lo <= len(p) <= hi and p[-1] in '。！？”' and
                len(CJK.findall(p)) >= ZH_CJK_SHARE * len(p))
    lo, hi = EN_PARA
    alpha = sum(c.isalpha() or c == ' ' for c in p)
    return (lo <= len(p) <= hi and p[-1] in '.!?' and p[0].isupper() and
            alpha >= EN_ALPHA_SHARE * len(p))


@functools.lru_cache(maxsize=None)
def files(lang):
    out = []
    for g in GLOBS[lang]:
        if g.startswith('dpkg:'):
            _, pkg, pat = g.split(':', 2)
            try:
                with open('/var/lib/dpkg/info/%s.list' % pkg, encoding='utf-8') as f:
                    out += sorted(p for p in f.read().split('\n')
                                  if re.search(pat, p) and os.path.isfile(p))
            except OSError:
                pass
            continue
        out += sorted(glob.glob(g))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def blocks(path, lang):
    """The file's ('title', text) and ('para', text) blocks in order; runs
    of prose only (a dropped paragraph ends a run: ('cut', ''))."""
    zh = lang != 'en'
    if path.endswith('.gz'):
        with gzip.open(path, 'rt', encoding='utf-8', errors='replace') as f:
            found = roff_blocks(f.read())
    else:
        with open(path, encoding='utf-8', errors='replace') as f:
            found = BLOCK.findall(f.read())
    out = []
    for tag, body in found:
        if zh and body.endswith('.'):
            body = body[:-1] + '。'
        t = _clean(body, zh)
        if tag == 'p':
            out.append(('para', t) if _is_prose(t, zh) else ('cut', ''))
            continue
        t = NUMBERING.sub('', t).strip()
        ok = (1 < len(t) <= (ZH_TITLE_MAX if zh else EN_TITLE_MAX) and not CODEY.search(t)
              and (not zh or len(CJK.findall(t)) * 2 >= len(t)))
        out.append(('title', t) if ok else ('cut', ''))
    return tuple(out)


def available(lang):
    return bool(files(lang))


def sentences(p, zh):
    if zh:
        return [s for s in re.findall(r'[^。！？]+[。！？”]*', p) if s.strip()]
    return [s for s in re.split(r'(?<=[.!?])\s+(?=[A-Z])', p) if s]


PAIRS = ('“”', '（）', '()', '《》', '「」', '‘’')


def balanced(h):
    """No headline with half a quotation or bracket, or a backquote."""
    return '`' not in h and h.count('"') % 2 == 0 and all(
        h.count(a) == h.count(b) for a, b in PAIRS)


def zh_head(sent, r, lo=6, hi=20):
    """A Chinese headline from a sentence: its clauses, the punctuation
    dropped, as many as fit in hi characters."""
    parts = [c.rstrip('，。；：！？、') for c in ZH_CLAUSE.findall(sent)]
    parts = [c for c in parts if c]
    if not parts:
        return None
    start = r.randrange(len(parts)) if len(parts) > 2 and r.random() < 0.3 else 0
    out = parts[start]
    for c in parts[start + 1:]:
        if len(out) + len(c) + 1 > hi or len(out) >= lo + 4:
            break
        out += '\u3000' + c if r.random() < 0.3 else '，' + c
    out = out.strip('“”（）《》 ')
    return out if lo <= len(out) <= hi + 4 and balanced(out) else None


def en_head(sent, r, most=11):
    """An English headline from a sentence: its first words up to a
    clause boundary, no final stop, the first letter capitalised."""
    words = sent.rstrip('.!?').split()
    if len(words) < 4:
        return None
    n = len(words)
    for k, w in enumerate(words):
        if k >= 4 and (w.endswith(',') or w.endswith(';') or k >= most):
            n = k + (1 if w.endswith(',') or w.endswith(';') else 0)
            break
    h = ' '.join(words[:n]).rstrip(',;:')
    return h[0].upper() + h[1:] if balanced(h) else None


class Source:
    """Article-sized pieces of prose for one language, chosen by a seeded
    random generator; no paragraph twice in one Source."""

    def __init__(self, lang, r):
        self.lang, self.r = lang, r
        self.zh = lang != 'en'
        self.used = set()
        self.files = files(lang)

    def piece(self, chars, sections=False):
        """{'decks': [..], 'body': [('para'|'section', text)], 'paras': [...]}
        of about `chars` characters, or None when no run was found."""
        r = self.r
        body, total, title = [], 0, None
        for _ in range(40):
            path = r.choice(self.files)
            bl = blocks(path, self.lang)
            if not bl:
                continue
            i = r.randrange(len(bl))
            if title is None:
                # the title the run starts under may be its headline
                title = next((t for k, t in reversed(bl[:i + 1]) if k == 'title'), '')
            # a short file's run goes on in the next file chosen
            while i < len(bl) and total < chars:
                kind, t = bl[i]
                key = (path, i)
                i += 1
                if kind == 'cut' or key in self.used:
                    continue    # a listing or a paragraph set already
                if kind == 'title':
                    if body and sections:
                        body.append(('section', t))
                    continue
                self.used.add(key)
                body.append(('para', t))
                total += len(t)
            while body and body[-1][0] == 'section':
                body.pop()
            if total < chars * 0.7 or not body:
                continue
            decks = self.decks(body, title)
            if decks:
                return dict(decks=decks, body=body,
                            paras=[t for k, t in body if k == 'para'])
            body, total, title = [], 0, None
        return None

    def decks(self, body, title):
        """Headline decks: the section title the text stands under (when
        it says something), or a clause of one of its sentences, not
        always the first (papers do not repeat the lead as headline)."""
        r = self.r
        sents = [x for k, t in body if k == 'para' for x in sentences(t, self.zh)]
        if not sents:
            return None
        first = None
        if title and len(title) >= (TITLE_MIN_ZH if self.zh else TITLE_MIN_EN) and \
                r.random() < 0.6:
            first = title
        for _ in range(4):
            if first:
                break
            s = sents[0] if r.random() < 0.3 else r.choice(sents)
            first = zh_head(s, r) if self.zh else en_head(s, r, 8)
        if not first:
            return None
        out = [first]
        if r.random() < 0.45:
            s = r.choice(sents)
            more = zh_head(s, r, 5, 16) if self.zh else en_head(s, r, 7)
            if more and more not in first and first not in more:
                out.append(more)
        return out

    def caption(self, most):
        """A sentence of prose for a photo caption."""
        for _ in range(12):
            bl = blocks(self.r.choice(self.files), self.lang)
            paras = [t for k, t in bl if k == 'para']
            if not paras:
                continue
            s = sentences(self.r.choice(paras), self.zh)
            s = [x for x in s if 10 <= len(x) <= most]
            if s:
                return self.r.choice(s).strip()
        return None


def stats():
    """(language, files, paragraphs, characters) of what is installed."""
    out = []
    for lang in GLOBS:
        n = c = 0
        for f in files(lang):
            for k, t in blocks(f, lang):
                if k == 'para':
                    n += 1
                    c += len(t)
        out.append((lang, len(files(lang)), n, c))
    return out


if __name__ == '__main__':
    for row in stats():
        print('%-8s %4d files %6d paragraphs %9d characters' % row)
