#!/usr/bin/env python3
"""pagegen.py: typeset seeded newspaper pages into PDF, extract them with
pdftotext in its three modes and write ground truth in the dev pages' NN.json
format (only what score.py reads: articles[].expect).

    pagegen.py --seed N --lang zh|en [--from-truth DIR] OUTDIR

writes OUTDIR/<paper>/<date>/{01,02}.{pdf,txt,layout.txt,raw.txt,json}: page 1
and page 2 of one issue (page 1's lead may jump to page 2).  The same seed
gives the same pages.  Needs python3-cairo, python3-gi with Pango and
PangoCairo, python3-pyphen, a CJK font (WenQuanYi Zen Hei or Noto CJK) and
pdftotext.  --from-truth DIR sets the articles of the NN.json pages under
DIR (the dev pages) in the new layouts instead of our own text.

Layout: the page below the running header is cut into bands; each band
splits the columns into spans, and each span holds one item: a news story
(kicker, headline decks, subhead, byline on a line, inline or at the end,
body balanced over the span's columns), a stack of briefs, a photo box with
caption and credit, or a boxed advertisement drawn in fake bold.
"""
import argparse
import json
import os
import random
import subprocess
import sys

import cairo
import gi
import pyphen
gi.require_version('Pango', '1.0')
gi.require_version('PangoCairo', '1.0')
from gi.repository import Pango, PangoCairo  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import content as C  # noqa: E402

SCALE = Pango.SCALE
HYPH = pyphen.Pyphen(lang='en_US')


def soft_hyphens(text):
    """English body text gets soft hyphens (U+00AD) where pyphen allows,
    so Pango may break words and print a hyphen there, as papers do; the
    truth keeps the text without them."""
    return ' '.join(HYPH.inserted(w, hyphen='\u00ad') if w.isalpha() and len(w) > 5 else w
                    for w in text.split(' '))


class Page:
    """Collects draw operations; headlines may be drawn last (a draw order
    real pages use, which changes pdftotext's default-mode order)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.ops = []        # (late, fn)
        self.keep = []       # layouts must outlive their lines

    def text_line(self, layout, line, x, baseline, late=False, dx=0.0):
        self.keep.append(layout)

        def draw(ctx=self.ctx):
            ctx.move_to(x + dx, baseline)
            PangoCairo.show_layout_line(ctx, line)
        self.ops.append((late, draw))

    def rect(self, x, y, w, h, fill):
        def draw(ctx=self.ctx):
            ctx.rectangle(x, y, w, h)
            if fill:
                ctx.set_source_rgb(0.8, 0.8, 0.8)
                ctx.fill()
                ctx.set_source_rgb(0, 0, 0)
            else:
                ctx.set_line_width(0.8)
                ctx.stroke()
        self.ops.append((False, draw))

    def flush(self):
        for late in (False, True):
            for l, fn in self.ops:
                if l == late:
                    fn()


class Setter:
    """Typesets paragraphs into lines of a given width with Pango."""

    def __init__(self, ctx, lang):
        self.ctx, self.lang = ctx, lang
        # Pango assumes 96 dpi; PDF user space is in points (72 dpi)
        self.pctx = PangoCairo.create_context(ctx)
        PangoCairo.context_set_resolution(self.pctx, 72)

    def lines(self, text, font, width, justify=True, indent=0.0, align=None):
        lay = Pango.Layout.new(self.pctx)
        lay.set_font_description(Pango.FontDescription.from_string(font))
        lay.set_width(int(width * SCALE))
        lay.set_wrap(Pango.WrapMode.WORD_CHAR)
        lay.set_justify(justify)
        if align == 'center':
            lay.set_alignment(Pango.Alignment.CENTER)
        if indent:
            lay.set_indent(int(indent * SCALE))
        lay.set_text(text, -1)
        out = []
        it = lay.get_iter()
        while True:
            _, log = it.get_line_extents()
            out.append((lay, it.get_line_readonly(), log.x / SCALE))
            if not it.next_line():
                break
        if '\u00ad' in text:
            out = self.hard_hyphens(text, out, font, width, justify)
        return out

    def hard_hyphens(self, text, out, font, width, justify):
        """Pango prints a soft hyphen that pdftotext gives back as U+00AD;
        papers print a real hyphen: set each line again on its own, its
        broken word ending in "-", justified to the column but the last."""
        raw = text.encode('utf-8')
        lines = []
        for k, (lay, line, lx) in enumerate(out):
            t = raw[line.start_index:line.start_index + line.length].decode('utf-8')
            t = t.rstrip(' ')
            t = (t[:-1] + '-' if t.endswith('\u00ad') else t).replace('\u00ad', '')
            one = Pango.Layout.new(self.pctx)
            one.set_font_description(Pango.FontDescription.from_string(font))
            one.set_width(int((width - lx) * SCALE))
            one.set_justify(justify)
            one.set_justify_last_line(justify and k < len(out) - 1)
            one.set_text(t, -1)
            lines.append((one, one.get_line_readonly(0), lx))
        return lines


def fill(tmpl, r, lang):
    """Fill a template's slots from the seeded generator."""
    if lang == 'zh':
        p, n = r.choice(C.ZH_PLACES), r.choice(C.ZH_NAMES)
        return tmpl.format(p=p, P=p, n=n, N=n, m=r.choice(C.ZH_NAMES), d=r.choice(C.ZH_DEPTS),
                           a=r.randint(2, 12), b=r.randint(2, 28), c=r.randint(120, 9800))
    p, n = r.choice(C.EN_PLACES), r.choice(C.EN_NAMES)
    o = r.choice(C.EN_BODIES)
    return tmpl.format(p=p, P=p, n=n, N=n.upper(), o=o, O=o[0].upper() + o[1:],
                       a=r.randint(2, 12), b=r.randint(2, 40), c=r.randint(120, 9800))


class OutOfTopics(Exception):
    """Every topic is on the page already: the page is full."""


# Articles of other pages to set again (--from-truth), by kind; None: our
# own text from content.py.
REAL = None


def load_real(root, lang, seed):
    """The truth articles of every NN.json under root in this language,
    shuffled by the seed: real copy in our layouts.  Read at test time
    only; nothing of it is written anywhere but the output directory."""
    pool = {'news': [], 'photo': [], 'ad': []}
    for d, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            if not (f.endswith('.json') and f[:-5].isdigit()):
                continue
            with open(os.path.join(d, f), encoding='utf-8') as fh:
                t = json.load(fh)
            if not t.get('lang', '').startswith(lang):
                continue
            for a in t.get('articles', []):
                e = a.get('expect') or {}
                k = e.get('kind')
                if k in ('news', 'brief') and e.get('headline') and e.get('paragraphs'):
                    pool['news'].append((a, e))
                elif k in ('photo', 'ad') and e.get('paragraphs'):
                    pool[k].append((a, e))
    r = random.Random(seed)
    for v in pool.values():
        r.shuffle(v)
    return pool


def real_article(kind):
    """The next real story, as make_article gives ours."""
    if not REAL['news']:
        raise OutOfTopics()
    a, e = REAL['news'].pop()
    placement = a.get('byline_placement') if e.get('byline') else None
    if placement not in ('inline', 'line', 'end'):
        placement = 'line' if e.get('byline') else None
    return dict(kind=kind, topic=-1, decks=e['headline'].split(' / '),
                paras=list(e['paragraphs']), kicker=None, subhead=None,
                byline=e.get('byline') or '', placement=placement)


def make_article(r, lang, kind, chars=0, used=None):
    """One article's content (kind news or brief) with its truth; a news
    story gets about `chars` characters of body."""
    if REAL is not None:
        return real_article(kind)
    topics = C.ZH_TOPICS if lang == 'zh' else C.EN_TOPICS
    # one story per topic and page, so no two headlines on a page are alike
    free = [i for i in range(len(topics)) if used is None or i not in used]
    if not free:
        raise OutOfTopics()
    ti = r.choice(free)
    if used is not None:
        used.add(ti)
    t = topics[ti]
    decks = [fill(h, r, lang) for h in t['h']]
    if kind == 'brief' or r.random() < 0.4:
        decks = decks[:1]
    sents = list(t['s'])
    r.shuffle(sents)
    nparas = r.randint(1, 2) if kind == 'brief' else r.randint(2, 5)
    paras, i, total = [], 0, 0
    while len(paras) < nparas or total < chars:
        take = r.randint(1, 3)
        if i >= len(sents):
            # the pool is used up: go round again with new slot values
            r.shuffle(sents)
            i = 0
        p = ('' if lang == 'zh' else ' ').join(fill(s, r, lang) for s in sents[i:i + take])
        i += take
        paras.append(p)
        total += len(p)
    a = dict(kind=kind, topic=ti, decks=decks, paras=paras, kicker=None, subhead=None, byline='',
             placement=None)
    if kind == 'news' and r.random() < 0.25:
        a['kicker'] = r.choice(C.ZH_KICKERS if lang == 'zh' else C.EN_KICKERS)
    if kind == 'news' and lang == 'zh' and r.random() < 0.2:
        a['subhead'] = '——' + fill(r.choice(C.ZH_TOPICS)['h'][0], r, lang)
    if lang == 'zh':
        if kind == 'news' or r.random() < 0.5:
            a['byline'] = fill(r.choice(C.ZH_BYLINE_INLINE), r, lang)
            a['placement'] = 'inline'
            if kind == 'news' and r.random() < 0.2:
                a['byline'], a['placement'] = '本报记者 ' + r.choice(C.ZH_NAMES), 'line'
    else:
        if kind == 'news' and r.random() < 0.7:
            a['byline'] = fill(r.choice(C.EN_BYLINES), r, lang)
            a['placement'] = 'line'
        if r.random() < 0.3:
            paras[0] = fill(r.choice(C.EN_DATELINES), r, lang) + ' ' + paras[0]
    if kind == 'news' and a['placement'] is None and r.random() < 0.3:
        # a signature after the body: the byline at the end
        a['byline'] = r.choice(C.ZH_NAMES if lang == 'zh' else C.EN_NAMES)
        a['placement'] = 'end'
    return a


def expect(a, kind=None, continued=False):
    e = dict(kind=kind or a['kind'], headline=' / '.join(a['decks']), byline=a['byline'],
             paragraphs=list(a['paras']))
    return e


class Generator:
    def __init__(self, seed, lang, pageno, outdir, paper, date, jump_in=None):
        self.r = random.Random(seed * 7 + pageno)
        self.lang, self.pageno = lang, pageno
        r = self.r
        self.W, self.H = r.choice([(842, 1191), (792, 1224), (640, 900)])
        self.cols = r.randint(3, 6)
        # a column of 110 pt or more (12 Chinese characters, some 20
        # English ones), as papers and the dev pages set them
        while self.cols > 3 and (self.W - 80) / self.cols < 110:
            self.cols -= 1
        self.gutter = r.choice([10, 12, 14])
        self.margin = r.choice([34, 40])
        self.colw = (self.W - 2 * self.margin - (self.cols - 1) * self.gutter) / self.cols
        zh = lang == 'zh'
        self.body_size = r.choice([9, 9.5, 10]) if self.colw > 120 else 9
        self.leading = round(self.body_size * 1.45, 1)
        self.body = ('WenQuanYi Zen Hei ' if zh else 'Liberation Serif ') + str(self.body_size)
        self.head = 'WenQuanYi Zen Hei Bold ' if zh else 'Liberation Serif Bold '
        self.small = 'WenQuanYi Zen Hei ' if zh else 'Liberation Sans '
        self.late_heads = r.random() < 0.25
        self.paper, self.date = paper, date
        self.outdir = outdir
        self.jump_in = jump_in
        self.truth = []
        self.used = set()
        self.used_caps = set()

    # -- items ---------------------------------------------------------
    def body_lines(self, S, a, width):
        """Paragraph lines; zh paragraphs start with two U+3000."""
        out = []
        for i, p in enumerate(a['paras']):
            if self.lang == 'zh':
                text = '\u3000\u3000' + p
                if i == 0 and a['placement'] == 'inline':
                    text = '\u3000\u3000' + a['byline'] + ' ' + p
                out += S.lines(text, self.body, width)
            else:
                out += S.lines(soft_hyphens(p), self.body, width,
                               indent=self.body_size * 1.2 if i else 0)
        if a['placement'] == 'end':
            out += S.lines(a['byline'], self.small + str(self.body_size), width, justify=False,
                           align='center' if self.lang == 'en' else None)
        return out

    def news(self, P, S, a, x, y, span, maxh, late):
        w = span * self.colw + (span - 1) * self.gutter
        y0 = y
        size = min(28, 13 + 3 * span) if a['kind'] == 'news' else 12
        # shrink the main deck until it fits: Chinese decks on one line
        # (papers set a deck to the width, as the dev pages do), English
        # ones on at most two (one across several columns)
        most = 1 if self.lang == 'zh' or span > 1 else 2
        while size > 11 and len(S.lines(a['decks'][0], self.head + str(size), w, False)) > most:
            size -= 1
        if a['kicker']:
            for lay, line, lx in S.lines(a['kicker'], self.small + 'Bold 9', w, False):
                y += 12
                P.text_line(lay, line, x + lx, y, late)
            y += 2
        for k, d in enumerate(a['decks']):
            s = size if k == 0 else max(10, size * 0.6)
            while k and s > 9 and self.lang == 'zh' and len(S.lines(d, self.head + str(s), w, False)) > 1:
                s -= 1
            for lay, line, lx in S.lines(d, self.head + str(s), w, False):
                y += s * 1.25
                P.text_line(lay, line, x + lx, y, late)
        if a['subhead']:
            for lay, line, lx in S.lines(a['subhead'], self.small + '11', w, False):
                y += 14
                P.text_line(lay, line, x + lx, y, late)
        y += 4
        if a['placement'] == 'line':
            for lay, line, lx in S.lines(a['byline'], self.small + 'Bold 8', w, False):
                y += 11
                P.text_line(lay, line, x + lx, y)
            y += 2
        lines = self.body_lines(S, a, self.colw)
        if a.get('jump_line'):
            lines += S.lines(a['jump_line'], self.body, self.colw, False)
        per = -(-len(lines) // span)
        for i, (lay, line, lx) in enumerate(lines):
            c, row = divmod(i, per)
            P.text_line(lay, line, x + c * (self.colw + self.gutter) + lx,
                        y + (row + 1) * self.leading - self.leading * 0.25)
        y += per * self.leading + 10
        return y - y0

    def photo(self, P, S, x, y, span):
        r, lang = self.r, self.lang
        w = span * self.colw + (span - 1) * self.gutter
        h = w * r.choice([0.55, 0.7])
        if REAL is not None:
            if not REAL['photo']:
                return self.ad(P, S, x, y, span)
            _, e = REAL['photo'].pop()
            cap, cred = ''.join(e['paragraphs']), e.get('byline') or ''
            return self.photo_text(P, S, x, y, w, h, cap, cred)
        caps = [c for c in (C.ZH_CAPTIONS if lang == 'zh' else C.EN_CAPTIONS)
                if c not in self.used_caps]
        if not caps:
            return self.ad(P, S, x, y, span)    # one caption per page
        tmpl = r.choice(caps)
        self.used_caps.add(tmpl)
        cap = fill(tmpl, r, lang)
        cred = fill(r.choice(C.ZH_CREDITS if lang == 'zh' else C.EN_CREDITS), r, lang)
        return self.photo_text(P, S, x, y, w, h, cap, cred)

    def photo_text(self, P, S, x, y, w, h, cap, cred):
        """A photo box, its caption and its credit, flush right, under it."""
        P.rect(x, y, w, h, True)
        yy = y + h + 2
        for lay, line, lx in S.lines(cap, self.small + '8.5', w):
            yy += 11
            P.text_line(lay, line, x + lx, yy)
        lines = S.lines(cred, self.small + '8', w, False)
        for lay, line, lx in lines:
            yy += 11
            # credits sit flush right under the caption
            _, log = line.get_extents()
            P.text_line(lay, line, x + w - log.width / SCALE, yy)
        self.truth.append(dict(kind='photo', headline='', byline=cred, paragraphs=[cap]))
        return yy - y + 10

    def ad(self, P, S, x, y, span):
        r = self.r
        w = span * self.colw + (span - 1) * self.gutter
        if REAL is not None and REAL['ad']:
            lines = REAL['ad'].pop()[1]['paragraphs']
        else:
            lines = r.choice(C.ZH_ADS if self.lang == 'zh' else C.EN_ADS)
        yy = y + 8
        for t in lines:
            s = r.choice([12, 14, 16])
            # an ad line is set to fit the box on one line
            while s > 8 and len(S.lines(t, self.head + str(s), w - 16, False)) > 1:
                s -= 1
            for lay, line, lx in S.lines(t, self.head + str(s), w - 16, False, align='center'):
                yy += s * 1.4
                # fake bold: the whole line drawn twice, 0.12 em apart
                P.text_line(lay, line, x + 8 + lx, yy)
                P.text_line(lay, line, x + 8 + lx, yy, dx=0.12 * s)
        yy += 10
        P.rect(x, y, w, yy - y, False)
        self.truth.append(dict(kind='ad', headline='', byline='', paragraphs=list(lines)))
        return yy - y + 10

    def band(self, P, S, spans, y, bottom, target, rows, cpl, first, jump_out_page, jumped):
        """One band of items side by side; its height.  A jump from page 1
        to page 2 may start in the first band (self.jumped)."""
        r = self.r
        band_h, x = 0, self.margin
        for k in spans:
            room = bottom - y
            roll = r.random()
            if roll < 0.12 and k <= 2:
                h = self.photo(P, S, x, y, k)
            elif roll < 0.2:
                h = self.ad(P, S, x, y, k)
            elif roll < 0.4 and k == 1:
                h = 0
                while h < target * 0.6:
                    a = make_article(r, self.lang, 'brief', used=self.used)
                    h += self.news(P, S, a, x, y + h, 1, room - h, self.late_heads)
                    self.truth.append(expect(a))
            else:
                a = make_article(r, self.lang, 'news', int(k * (rows - 6) * cpl * 0.8), self.used)
                if (first and jump_out_page and self.jumped is None and r.random() < 0.7 and
                        len(a['paras']) >= 2):
                    self.jumped = self.split_jump(a, jump_out_page)
                h = self.news(P, S, a, x, y, k, room, self.late_heads)
                self.truth.append(expect(a))
            band_h = max(band_h, h)
            x += k * (self.colw + self.gutter)
        return band_h

    def split_jump(self, a, to_page):
        """Cut a story after its first paragraph with a jump line; the rest,
        opened by the continuation line, is page 2's jump-continuation."""
        key = a['decks'][0].split()[0].upper()
        rest = dict(a)
        cont = a['paras'][1:]
        a['paras'] = a['paras'][:1]
        if self.lang == 'zh':
            a['jump_line'] = '（下转第%d版）' % to_page
            rest['paras'] = ['（上接第%d版）' % self.pageno] + cont
        else:
            a['jump_line'] = 'See %s, Page A%d' % (key, to_page)
            rest['paras'] = ['%s, from Page A%d' % (key, self.pageno)] + cont
        rest.update(placement=None, byline='', kicker=None, subhead=None)
        return rest

    # -- page ------------------------------------------------------------
    def furniture(self, P, S):
        m, zh = self.margin, self.lang == 'zh'
        w = self.W - 2 * m
        sec = self.r.choice(C.ZH_SECTIONS if zh else C.EN_SECTIONS)
        left = self.paper
        right = ('%s\u3000第%02d版\u3000%s' % (self.date[1], self.pageno, sec) if zh
                 else '%s | Page A%d | %s' % (self.date[1], self.pageno, sec))
        for lay, line, lx in S.lines(left, self.head + '16', w / 2, False):
            P.text_line(lay, line, m + lx, m + 16)
        for lay, line, lx in S.lines(right, self.small + '9', w / 2, False):
            _, log = line.get_extents()
            P.text_line(lay, line, m + w - log.width / SCALE, m + 16)
        P.rect(m, m + 22, w, 0.8, True)
        return m + 32

    def footer(self, P, S):
        """The running footer, drawn after the page's items."""
        m = self.margin
        foot = ('责任编辑：' + self.r.choice(C.ZH_NAMES) if self.lang == 'zh'
                else 'Editor: ' + self.r.choice(C.EN_NAMES))
        for lay, line, lx in S.lines(foot, self.small + '8', self.W - 2 * m, False):
            P.text_line(lay, line, m + lx, self.H - m + 12)

    def render(self, path, jump_out_page=None):
        r = self.r
        surf = cairo.PDFSurface(path, self.W, self.H)
        ctx = cairo.Context(surf)
        P, S = Page(ctx), Setter(ctx, self.lang)
        y = self.furniture(P, S)
        bottom = self.H - self.margin - 8
        jumped = None
        first = True
        tries = 0
        if self.jump_in:
            a = self.jump_in
            self.used.add(a['topic'])
            h = self.news(P, S, a, self.margin, y, min(self.cols, 2), bottom - y, self.late_heads)
            self.truth.append(dict(kind='jump-continuation', headline=' / '.join(a['decks']),
                                   byline='', paragraphs=a['paras'][1:]))
            y += h
        while y < bottom - 120:
            spans, left = [], self.cols
            while left:
                k = r.randint(1, min(left, 3 if not first else self.cols))
                spans.append(k)
                left -= k
            target = min(bottom - y - 40, r.uniform(150, 380)) * (0.85 ** tries)
            rows = target / self.leading
            cpl = self.colw / (self.body_size if self.lang == 'zh' else self.body_size * 0.48)
            mark = (len(P.ops), len(self.truth), jumped, set(self.used), set(self.used_caps))
            self.jumped = jumped
            try:
                band_h = self.band(P, S, spans, y, bottom, target, rows, cpl, first,
                                   jump_out_page, jumped)
            except OutOfTopics:
                band_h = bottom     # drop the band and end the page
                tries = 99
            jumped = self.jumped
            if y + band_h > bottom:
                # the band overflows the page: drop it whole and try a
                # lower one (bands get shorter as the page fills)
                del P.ops[mark[0]:]
                del self.truth[mark[1]:]
                jumped, self.used, self.used_caps = mark[2], mark[3], mark[4]
                tries += 1
                if tries > 8:
                    break
                continue
            y += band_h + 6
            first = False
        self.footer(P, S)
        P.flush()
        surf.finish()
        return jumped


def build_issue(seed, lang, outdir):
    r = random.Random(seed)
    zh = lang == 'zh'
    paper = r.choice(C.ZH_PAPERS if zh else C.EN_PAPERS)
    y, m, d = 2024, r.randint(1, 12), r.randint(1, 28)
    wd = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'][r.randint(0, 6)]
    date = ('%04d-%02d-%02d' % (y, m, d),
            '%d年%d月%d日\u3000%s' % (y, m, d, wd) if zh else '%s %d, %d' % (
                ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                 'September', 'October', 'November', 'December'][m - 1], d, y))
    slug = ('re-%s-%d' if REAL is not None else 'gen-%s-%d') % (lang, seed)
    d = os.path.join(outdir, slug, date[0])
    os.makedirs(d, exist_ok=True)
    jump = None
    for pageno in (1, 2):
        g = Generator(seed * 31, lang, pageno, outdir, paper, date, jump_in=jump)
        pdf = os.path.join(d, '%02d.pdf' % pageno)
        out = g.render(pdf, jump_out_page=2 if pageno == 1 else None)
        if pageno == 1:
            jump = out
        truth = dict(schema='kanbao-page-truth/1', set='generated', page_id='%s/%s/%02d' % (slug, date[0], pageno),
                     lang='zh-Hans' if zh else 'en', page=pageno,
                     typesetting=dict(size=[g.W, g.H], cols=g.cols, gutter=g.gutter, body=g.body,
                                      leading=g.leading, headlines_last=g.late_heads),
                     articles=[dict(kind=e['kind'], expect=e) for e in g.truth])
        with open(os.path.join(d, '%02d.json' % pageno), 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        for flag, ext in (([], '.txt'), (['-layout'], '.layout.txt'), (['-raw'], '.raw.txt')):
            subprocess.run(['pdftotext', '-enc', 'UTF-8'] + flag +
                           [pdf, os.path.join(d, '%02d%s' % (pageno, ext))], check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--lang', choices=('zh', 'en'), required=True)
    ap.add_argument('--from-truth', metavar='DIR',
                    help='set the articles of the NN.json pages under DIR '
                    'in new layouts instead of our own text')
    ap.add_argument('outdir')
    a = ap.parse_args()
    global REAL
    if a.from_truth:
        REAL = load_real(a.from_truth, a.lang, a.seed)
    build_issue(a.seed, a.lang, a.outdir)


if __name__ == '__main__':
    main()
