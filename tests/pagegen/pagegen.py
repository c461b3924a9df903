#!/usr/bin/env python3
"""pagegen.py: typeset seeded newspaper pages in a style family into PDF,
extract them with pdftotext in its three modes and write their truth.

    pagegen.py --seed N --family NAME OUTDIR
    pagegen.py --seed N --lang zh|en OUTDIR      (a default family per language)
    pagegen.py --list                            (the families and their split)

writes OUTDIR/<family>-<seed>/<date>/NN.{pdf,txt,layout.txt,raw.txt,json,
lines.json} for pages 01 and 02 of one issue (page 1's lead may jump to
page 2).  NN.json is the truth in the dev pages' format (articles[].expect,
what score.py reads, and the page's furniture); NN.lines.json has every
drawn text line with its role, article, bbox, size, weight and whether it
starts a paragraph.  The same seed and family give byte-identical files.

Families (families.py) choose page size, grid, fonts, justification,
CJK-Latin gaps, headline tracking, draw order, indents, byline, credit, ad
and jump forms and furniture.  Article text comes from prose in Debian
packages (textsrc.py), or from content.py's pools when none is installed.

Layout: the page below the masthead or running header is cut into bands;
each band splits the columns into spans, each span holds one item: a news
story (kicker, headline decks, subhead, standfirst, byline in one of its
forms, body balanced over the span's columns with section heads, a jump
line), a stack of briefs, a photo box with caption and credit, or a boxed
advertisement drawn in fake bold.
"""
import argparse
import json
import os
import random
import re
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
import families as F  # noqa: E402
import textsrc  # noqa: E402

SCALE = Pango.SCALE
HYPH = pyphen.Pyphen(lang='en_US')
DEFAULT_FAMILY = {'zh': 'zh-serif-daily', 'en': 'en-gazette'}
# Full-width punctuation after which 'slack6x' justification puts six
# times the share of a line's slack that goes between other characters.
PUNCT = set('，。、；：！？）」』”》〉】…')
SLACK_PUNCT_WEIGHT = 6
# Fake bold: a copy drawn this many ems to the right
AD_GLYPH_OFFSET, AD_LINE_OFFSET = 0.13, 0.12
# Share of briefs without a headline (a quotation or notice, signed)
HEADLESS_BRIEFS = 0.08
# Roles drawn last in the 'heads_last' order
HEAD_ROLES = ('kicker', 'headline', 'deck', 'subhead')
# Byline forms per language, as families.py names them
BYLINE_FORMS = ('inline', 'line', 'two-line', 'roles', 'end', 'title', 'none')
CJK_LATIN = re.compile(r'(?<=[\u2e80-\uffef]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) +(?=[\u2e80-\uffef])')


def pick(r, spec):
    """A choice from a list, or a weighted one from a dict, in a fixed order."""
    if isinstance(spec, dict):
        keys = sorted(spec)
        return r.choices(keys, [spec[k] for k in keys])[0]
    return r.choice(spec)


def is_cjk(c):
    return ord(c) >= 0x2e80


_HANT = {}
# Our Simplified templates and literals, converted with content.py's
# strings in one opencc run (each run loads its dictionaries: ~0.1 s)
INLINE_BYLINES = ['本报讯（记者 {n}）', '本报讯（记者{n} 通讯员{m}）', '本报讯记者{n}报道：',
                  '新华社{c}{a}月{b}日电（记者{n}）', '本报{c}{a}月{b}日讯（记者 {n}）']
ZH_CREDITS = {'staff': '本报记者 {n} 摄', 'xinhua': '新华社记者 {n} 摄', 'plain': '{n} 摄',
              'agency': '新华社发', 'agency2': '本报资料图片', 'none': ''}
ZH_LINE_BYLINES = ['本报记者 {n}', '记者 {n}', '文/{n}', '本报特约记者 {n}', '□本报记者 {n}']
ZH_LITERALS = (INLINE_BYLINES + ZH_LINE_BYLINES + list(ZH_CREDITS.values()) + [
    '本报记者 ', '本报记者', '本报记者 %s　通讯员 %s', '通讯员 ', '（%s）', '%s', '（本报记者 %s）',
    '图为', '咨询电话：0%d-%d', '第%02d版　%s', '%d年%d月%d日　%s'] +
    ['星期' + d for d in '一二三四五六日'])


def _preload():
    out = list(ZH_LITERALS)
    for k, v in vars(C).items():
        if not k.isupper():
            continue
        stack = [v]
        while stack:
            x = stack.pop()
            if isinstance(x, str):
                out.append(x)
            elif isinstance(x, (list, tuple)):
                stack.extend(x)
            elif isinstance(x, dict):
                stack.extend(x.values())
    hant_many(sorted(set(out)))


def hant(s):
    """Traditional Chinese of our own Simplified strings (opencc), cached;
    unchanged when opencc is not installed."""
    if not _HANT:
        _preload()
    if s not in _HANT:
        try:
            out = subprocess.run(['opencc', '-c', 's2t.json'], input=s, capture_output=True,
                                 text=True, check=True).stdout.rstrip('\n')
        except (OSError, subprocess.CalledProcessError):
            out = s
        _HANT[s] = out
    return _HANT[s]


def hant_many(items):
    """Convert many strings with one opencc run."""
    todo = [s for s in items if s not in _HANT and '\n' not in s]
    if todo:
        try:
            out = subprocess.run(['opencc', '-c', 's2t.json'], input='\n'.join(todo) + '\n',
                                 capture_output=True, text=True, check=True).stdout.split('\n')
            for a, b in zip(todo, out):
                _HANT[a] = b
        except (OSError, subprocess.CalledProcessError):
            for a in todo:
                _HANT[a] = a
    return [_HANT[s] if s in _HANT else hant(s) for s in items]


# ---------------------------------------------------------------- lines
class TL:
    """One typeset line: Pango layout lines at x offsets (one part, or one
    per segment of a justified CJK line), its width and text."""
    __slots__ = ('parts', 'width', 'text', 'asc', 'desc')

    def __init__(self, parts, width, text):
        self.parts, self.width, self.text = parts, width, text
        _, log = parts[0][0].get_extents()
        self.asc, self.desc = -log.y / SCALE, (log.y + log.height) / SCALE


class Setter:
    """Typesets text into lines with Pango."""

    def __init__(self, ctx):
        self.pctx = PangoCairo.create_context(ctx)
        # Pango assumes 96 dpi; PDF user space is in points (72 dpi)
        PangoCairo.context_set_resolution(self.pctx, 72)
        self.fonts = {}
        self.keep = []     # layouts must outlive their lines

    def layout(self, text, font, tracking=0.0):
        lay = Pango.Layout.new(self.pctx)
        fd = self.fonts.get(font)
        if fd is None:
            fd = self.fonts[font] = Pango.FontDescription.from_string(font)
        lay.set_font_description(fd)
        lay.set_text(text, -1)
        if tracking:
            al = Pango.AttrList()
            al.insert(Pango.attr_letter_spacing_new(int(tracking * SCALE)))
            lay.set_attributes(al)
        self.keep.append(lay)
        return lay

    def wrap(self, text, font, width, tracking=0.0, justify=False, indent=0.0):
        """Lines of text wrapped at width (no justification unless asked)."""
        lay = self.layout(text, font, tracking)
        lay.set_width(int(width * SCALE))
        lay.set_wrap(Pango.WrapMode.WORD_CHAR)
        if justify:
            lay.set_justify(True)
        if indent:
            lay.set_indent(int(indent * SCALE))
        raw = text.encode('utf-8')
        out = []
        it = lay.get_iter()
        while True:
            line = it.get_line_readonly()
            _, log = it.get_line_extents()
            t = raw[line.start_index:line.start_index + line.length].decode('utf-8').rstrip(' ')
            _, ll = line.get_extents()
            out.append(TL([(line, log.x / SCALE)], log.x / SCALE + ll.width / SCALE, t))
            if not it.next_line():
                break
        return out

    def one(self, text, font, tracking=0.0):
        lay = self.layout(text, font, tracking)
        line = lay.get_line_readonly(0)
        _, log = line.get_extents()
        return TL([(line, 0.0)], log.width / SCALE, text)

    def zh_para(self, text, font, width, indent, justify, gap):
        """A Chinese paragraph: Pango breaks it; each line but the last is
        justified by spreading its slack between characters ('even') or
        six times as much after full-width punctuation ('slack6x'), never
        inside Latin/digit runs, with `gap` points where CJK meets Latin.
        Each run of the line is drawn on its own at its place."""
        lay = self.layout(text, font)
        lay.set_width(int(width * SCALE))
        lay.set_wrap(Pango.WrapMode.WORD_CHAR)
        if indent:
            lay.set_indent(int(indent * SCALE))
        raw = text.encode('utf-8')
        spans = []
        it = lay.get_iter()
        while True:
            line = it.get_line_readonly()
            spans.append((line, line.start_index, line.length))
            if not it.next_line():
                break
        out = []
        for k, (line, s, n) in enumerate(spans):
            t = raw[s:s + n].decode('utf-8').rstrip(' ')
            lx = indent if k == 0 else 0.0
            last = k == len(spans) - 1
            out.append(self.zh_line(lay, line, s, t, lx, width - lx, last, font, justify, gap))
        return out

    def zh_line(self, lay, line, s, t, lx, avail, last, font, justify, gap):
        # runs: Latin/digit/space runs, and CJK runs cut after punctuation
        segs, cur, kind = [], '', None
        for c in t:
            k = 'C' if is_cjk(c) else 'L'
            if cur and (k != kind or (kind == 'C' and cur[-1] in PUNCT)):
                segs.append((kind, cur))
                cur = ''
            cur += c
            kind = k
        if cur:
            segs.append((kind, cur))
        # natural widths from the paragraph's own layout
        xs, off = [], s
        for _, seg in segs:
            xs.append(lay.index_to_pos(off).x / SCALE)
            off += len(seg.encode('utf-8'))
        end = lay.index_to_pos(off - len(t[-1].encode('utf-8')))
        xs.append((end.x + end.width) / SCALE)
        nat = [xs[i + 1] - xs[i] for i in range(len(segs))]
        weights, fixed = 0.0, 0.0
        bw = []
        for i, (kd, seg) in enumerate(segs):
            if kd == 'C':
                weights += len(seg) - 1
            if i + 1 < len(segs):
                w = SLACK_PUNCT_WEIGHT if justify == 'slack6x' and seg[-1] in PUNCT else 1
                g = gap if kd != segs[i + 1][0] else 0.0
                bw.append((w, g))
                weights += w
                fixed += g
        slack = avail - sum(nat) - fixed
        b = slack / weights if weights and (not last or slack < 0) else 0.0
        if b == 0.0 and fixed == 0.0:
            _, ll = line.get_extents()
            return TL([(line, lx)], lx + ll.width / SCALE, t)
        parts, x = [], lx
        for i, (kd, seg) in enumerate(segs):
            sl = self.layout(seg, font, b if kd == 'C' and len(seg) > 1 else 0.0)
            parts.append((sl.get_line_readonly(0), x))
            x += nat[i] + (b * (len(seg) - 1) if kd == 'C' else 0.0)
            if i < len(bw):
                x += bw[i][0] * b + bw[i][1]
        return TL(parts, x, t)

    def en_para(self, text, font, width, indent, hyphenate):
        """An English paragraph justified at its spaces; with hyphenate,
        words break at pyphen's points with a real hyphen."""
        if not hyphenate:
            return self.wrap(text, font, width, justify=True, indent=indent)
        soft = ' '.join(HYPH.inserted(w, hyphen='\u00ad') if w.isalpha() and len(w) > 5 else w
                        for w in text.split(' '))
        lines = self.wrap(soft, font, width, justify=True, indent=indent)
        if '\u00ad' not in soft:
            return lines
        # Pango prints a soft hyphen that pdftotext gives back as U+00AD;
        # papers print a real hyphen: set each line again on its own
        out = []
        for k, tl in enumerate(lines):
            lx = tl.parts[0][1]
            t = tl.text
            t = (t[:-1] + '-' if t.endswith('\u00ad') else t).replace('\u00ad', '')
            one = self.layout(t, font)
            one.set_width(int((width - lx) * SCALE))
            one.set_justify(True)
            one.set_justify_last_line(k < len(lines) - 1)
            line = one.get_line_readonly(0)
            _, ll = line.get_extents()
            out.append(TL([(line, lx)], lx + ll.width / SCALE, t))
        return out


# ---------------------------------------------------------------- page
class Page:
    """Collects draw operations and the truth of every drawn line; draws
    them in the family's order."""

    def __init__(self, ctx, order):
        self.ctx, self.order = ctx, order
        self.ops = []        # (key, fn)
        self.lines = []      # per-line truth
        self.band, self.span = -1, 0

    def key(self, role):
        return (len(self.ops), role in HEAD_ROLES, self.band, self.span)

    def add(self, tl, x, baseline, role, art, size, bold, para_start=False, fake=None):
        """Draw tl with its left edge at x on baseline; fake: None, or
        ('line'|'glyph', offset in points) for fake bold."""
        def draw(ctx=self.ctx):
            for line, dx in tl.parts:
                ctx.move_to(x + dx, baseline)
                PangoCairo.show_layout_line(ctx, line)
                if fake and fake[0] == 'line':
                    ctx.move_to(x + dx + fake[1], baseline)
                    PangoCairo.show_layout_line(ctx, line)
        self.ops.append((self.key(role), draw))
        x0 = x + min(dx for _, dx in tl.parts)
        self.lines.append(dict(text=tl.text, role=role, article=art, op=len(self.ops) - 1,
                               bbox=[round(x0, 2), round(baseline - tl.asc, 2),
                                     round(x + tl.width, 2), round(baseline + tl.desc, 2)],
                               size=size, bold=bold, para_start=para_start))

    def add_glyphs(self, glyphs, baseline, text, x0, x1, asc, desc, role, art, size, ps):
        """An ad line drawn glyph by glyph, each glyph twice (fake bold)."""
        def draw(ctx=self.ctx):
            for line, gx, off in glyphs:
                ctx.move_to(gx, baseline)
                PangoCairo.show_layout_line(ctx, line)
                ctx.move_to(gx + off, baseline)
                PangoCairo.show_layout_line(ctx, line)
        self.ops.append((self.key(role), draw))
        self.lines.append(dict(text=text, role=role, article=art, op=len(self.ops) - 1,
                               bbox=[round(x0, 2), round(baseline - asc, 2), round(x1, 2),
                                     round(baseline + desc, 2)],
                               size=size, bold=True, para_start=ps))

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
        self.ops.append((self.key('rule'), draw))

    def picture(self, x, y, w, h):
        """A photo: a raster image, as a paper's PDF carries it (a grey
        ramp, small and scaled up, so the file stays small)."""
        def draw(ctx=self.ctx):
            img = cairo.ImageSurface(cairo.FORMAT_RGB24, 16, 12)
            data = img.get_data()
            stride = img.get_stride()
            for row in range(12):
                for col in range(16):
                    v = 96 + 8 * ((row + col) % 16)
                    data[row * stride + 4 * col:row * stride + 4 * col + 4] = bytes((v, v, v, 0))
            img.mark_dirty()
            ctx.save()
            ctx.translate(x, y)
            ctx.scale(w / 16.0, h / 12.0)
            ctx.set_source_surface(img, 0, 0)
            ctx.paint()
            ctx.restore()
        self.ops.append((self.key('rule'), draw))

    def flush(self):
        if self.order == 'heads_last':
            ops = sorted(self.ops, key=lambda o: (o[0][1], o[0][0]))
        elif self.order == 'stacks_rtl':
            ops = sorted(self.ops, key=lambda o: (o[0][2], -o[0][3], o[0][0]))
        else:
            ops = self.ops
        for _, fn in ops:
            fn()
        # each line's place in the content stream, among the text lines
        drawn = {o[0][0]: i for i, o in enumerate(ops)}
        order = sorted(range(len(self.lines)), key=lambda i: drawn[self.lines[i]['op']])
        for k, i in enumerate(order):
            self.lines[i]['drawn'] = k
        for ln in self.lines:
            del ln['op']

    def mark(self):
        return len(self.ops), len(self.lines)

    def undo(self, m):
        del self.ops[m[0]:]
        del self.lines[m[1]:]


class OutOfText(Exception):
    """No more article text for this page: the page is full."""


# ---------------------------------------------------------------- content
class Writer:
    """Article content for one page in a family's language: prose from
    textsrc, or content.py's pools, with bylines, kickers and the rest."""

    def __init__(self, r, fam, gap):
        self.r, self.fam, self.fam_gap = r, fam, gap
        bad = set(fam['bylines']) - set(BYLINE_FORMS)
        if bad:
            raise ValueError('unknown byline forms %s' % sorted(bad))
        self.lang = fam['lang']
        self.zh = self.lang != 'en'
        self.src = textsrc.Source(self.lang, r) if textsrc.available(self.lang) else None
        self.used_topics = set()
        self.used_ads = set()
        # name characters in the family's script, converted once
        self.sur, self.given = C.ZH_SURNAMES, C.ZH_GIVEN
        if self.lang == 'zh-Hant':
            self.sur, self.given = hant_many([C.ZH_SURNAMES, C.ZH_GIVEN])

    def s(self, x):
        """Our own Simplified strings in the family's script."""
        return hant(x) if self.lang == 'zh-Hant' else x

    def name(self):
        r = self.r
        if self.zh:
            return self.sur[r.randrange(len(self.sur))] + ''.join(
                self.given[r.randrange(len(self.given))] for _ in range(r.choice([1, 2])))
        return r.choice(C.EN_FIRST) + ' ' + r.choice(C.EN_LAST)

    def fill(self, tmpl):
        r = self.r
        return tmpl.format(n=self.name(), m=self.name(), a=r.randint(2, 12), b=r.randint(10, 99),
                           c=r.randint(1000, 99999))

    def tidy(self, t):
        """The text as typeset: with a CJK-Latin gap the source's spaces
        there go (the gap replaces them)."""
        t = t.strip()
        if self.zh and self.fam_gap:
            t = CJK_LATIN.sub('', t)
        return t

    def body(self, chars, sections):
        """(decks, body blocks) of about chars characters."""
        piece = self.src.piece(chars, sections) if self.src else None
        if piece is None:
            return self.pool_body(chars)
        body = [(k, self.tidy(t)) for k, t in piece['body']]
        return [self.tidy(d) for d in piece['decks']], body

    def pool_body(self, chars):
        r = self.r
        topics = C.ZH_TOPICS if self.zh else C.EN_TOPICS
        free = [i for i in range(len(topics)) if i not in self.used_topics]
        if not free:
            raise OutOfText()
        ti = r.choice(free)
        self.used_topics.add(ti)
        t = topics[ti]
        slots = dict(p=r.choice(C.ZH_PLACES if self.zh else C.EN_PLACES), n=self.name(),
                     d=r.choice(C.ZH_DEPTS), o=r.choice(C.EN_BODIES), a=r.randint(2, 12),
                     b=r.randint(2, 28), c=r.randint(120, 9800))
        slots.update(P=slots['p'], N=slots['n'].upper(), m=self.name(),
                     O=slots['o'][0].upper() + slots['o'][1:])
        decks = [h.format(**slots) for h in t['h']]
        sents = [x.format(**slots) for x in t['s']]
        paras, total = [], 0
        while total < chars or not paras:
            k = r.randint(1, 3)
            p = ('' if self.zh else ' ').join(r.sample(sents, min(k, len(sents))))
            paras.append(p)
            total += len(p)
        if self.lang == 'zh-Hant':
            decks, paras = hant_many(decks), hant_many(paras)
        return [self.tidy(d) for d in decks], [('para', self.tidy(p)) for p in paras]

    def article(self, kind, chars):
        r, fam, zh = self.r, self.fam, self.zh
        sections = kind == 'news' and chars > 500 and r.random() < fam['sections']
        decks, body = self.body(chars, sections)
        if kind == 'brief' or r.random() < 0.35:
            decks = decks[:1]
        headless = kind == 'brief' and r.random() < HEADLESS_BRIEFS
        if headless:
            decks = []      # a boxed quotation or notice, signed at the end
        if sections and zh and not any(k == 'section' for k, _ in body) and len(body) >= 3:
            # numbered section heads, as long Chinese articles have them
            n = 0
            for i in range(1, len(body), 2):
                body.insert(i + n, ('section', '（%s）' % '一二三四五六七八九'[n]))
                n += 1
                if n >= 9:
                    break
        if not sections:
            body = [b for b in body if b[0] == 'para']
        a = dict(kind=kind, decks=decks, body=body, kicker=None, subhead=None, standfirst=None,
                 byline='', form='none', byline_lines=[], inline='', sig=None, dateline=None)
        if kind == 'news' and r.random() < 0.25:
            k = self.s(r.choice(C.ZH_KICKERS + C.ZH_KICKERS2)) if zh else r.choice(
                C.EN_KICKERS + C.EN_KICKERS2)
            if r.random() < fam['kicker_dash']:
                k = (r.choice(['——%s', '%s——']) if zh else
                     r.choice(['— %s —', '%s —', '— %s'])) % k
            a['kicker'] = k
        if kind == 'news' and zh and r.random() < 0.2 and self.src:
            sub = self.src.caption(40)
            if sub:
                h = textsrc.zh_head(sub, r, 5, 18)
                if h:
                    a['subhead'] = '——' + self.tidy(h)
        if kind == 'news' and r.random() < fam['standfirst'] and self.src:
            sf = self.src.caption(120 if zh else 220)
            if sf:
                a['standfirst'] = self.tidy(sf)
        self.byline(a, kind, 'end' if headless else None)
        return a

    def byline(self, a, kind, form=None):
        r, zh = self.r, self.zh
        form = form or pick(r, self.fam['bylines'])
        if kind == 'brief' and form not in ('inline', 'end', 'none'):
            form = 'none'
        n, m = self.name(), self.name()
        a['form'] = form
        if form == 'none':
            pass
        elif zh and form == 'inline':
            city = self.s(r.choice(C.ZH_CITIES))
            tmpl = r.choice(INLINE_BYLINES)
            a['inline'] = self.s(tmpl).format(n=n, m=m, c=city, a=r.randint(1, 12),
                                              b=r.randint(1, 28))
            a['byline'] = a['inline']
        elif zh and form == 'line':
            a['byline_lines'] = [self.s(r.choice(ZH_LINE_BYLINES)).format(n=n)]
        elif zh and form == 'two-line':
            a['byline_lines'] = [self.s('本报记者'), n if r.random() < 0.6 else n + '　' + m]
        elif zh and form == 'roles':
            one = self.s('本报记者 %s　通讯员 %s') % (n, m)
            a['byline_lines'] = ([one] if r.random() < 0.5 else
                                 [self.s('本报记者 ') + n, self.s('通讯员 ') + m])
        elif form == 'end':
            a['sig'] = (self.s(r.choice(['（%s）', '%s', '（本报记者 %s）'])) % n if zh else
                        r.choice(['— %s', '%s']) % n)
            a['byline'] = a['sig']
        elif not zh and form in ('line', 'title'):
            if r.random() < 0.15:
                n = n + ' and ' + m     # two writers
            a['byline_lines'] = ['By ' + (n.upper() if r.random() < 0.5 else n) +
                                 (r.choice(C.EN_BYLINE_SUFFIXES) if r.random() < 0.25 else '')]
            a['byline'] = a['byline_lines'][0]
            if form == 'title':
                a['title'] = r.choice(C.EN_TITLES)
        else:
            a['form'] = 'none'
        if a['byline_lines'] and not a['byline']:
            a['byline'] = ' '.join(a['byline_lines'])
        if not zh and r.random() < 0.3 and a['body']:
            # a dateline opens the first paragraph (it is part of it)
            d = '%s %s —' % (r.choice(C.EN_CITIES), r.choice(C.EN_AGENCIES))
            d = d.replace('  ', ' ')
            a['dateline'] = d[:-2]
            for i, (k, t) in enumerate(a['body']):
                if k == 'para':
                    a['body'][i] = (k, d + ' ' + t)
                    break

    def caption(self):
        r = self.r
        t = self.src.caption(70 if self.zh else 180) if self.src else None
        if not t:
            t = r.choice(C.ZH_CAPTIONS if self.zh else C.EN_CAPTIONS).format(
                p=r.choice(C.ZH_PLACES if self.zh else C.EN_PLACES), a=r.randint(1, 12),
                b=r.randint(1, 28))
            t = self.s(t)
        if self.zh and r.random() < 0.3 and not t.startswith('图'):
            t = self.s('图为') + t
        return self.tidy(t)

    def credit(self):
        r = self.r
        form = pick(r, self.fam['credits'])
        n = self.name()
        if self.zh:
            if form == 'agency' and r.random() < 0.5:
                form = 'agency2'
            return self.s(ZH_CREDITS[form]).format(n=n)
        return {'photo': 'Photo: {n}', 'ap': '(AP Photo/{n})', 'staff': '{N}/STAFF',
                'none': ''}[form].format(n=n, N=n.upper())

    def ad(self):
        r = self.r
        pool = [a for a in (C.ZH_ADS + C.ZH_ADS2 if self.zh else C.EN_ADS + C.EN_ADS2)
                if a[0] not in self.used_ads]
        lines = list(r.choice(pool))
        self.used_ads.add(lines[0])
        if len(pool) == 1:
            self.used_ads.clear()
        lines = [self.s(x) for x in lines]
        if r.random() < 0.4:
            lines.append((self.s('咨询电话：0%d-%d') if self.zh else 'Call %d-%d') % (
                r.randint(100, 999), r.randint(1000000, 9999999)))
        return lines


# ---------------------------------------------------------------- layout
class Generator:
    """One page of a family: its parameters drawn from the family with a
    generator seeded by family, seed and page number."""

    def __init__(self, fam_name, seed, pageno, paper, date, jump_in=None):
        fam = self.fam = F.FAMILIES[fam_name]
        self.fam_name = fam_name
        r = self.r = random.Random('%s/%d/%d' % (fam_name, seed, pageno))
        self.lang, self.zh, self.pageno = fam['lang'], fam['lang'] != 'en', pageno
        self.W, self.H = pick(r, fam['sizes'])
        self.gutter, self.margin = pick(r, fam['gutters']), pick(r, fam['margins'])
        self.cols = r.randint(*fam['cols'])
        while self.cols > 3 and self.colw_for(self.cols) < fam['min_colw']:
            self.cols -= 1
        self.colw = self.colw_for(self.cols)
        self.body_size = pick(r, fam['body_sizes'])
        self.leading = round(self.body_size * r.uniform(*fam['leading']), 1)
        self.body_face, self.head_face = pick(r, fam['body']), pick(r, fam['head'])
        self.byline_face, self.caption_face = pick(r, fam['byline']), pick(r, fam['caption'])
        self.body = '%s %s' % (self.body_face, self.body_size)
        self.justify = pick(r, fam['justify'])
        self.gap = pick(r, fam['cjk_gap'])
        self.tracking = pick(r, fam['head_tracking'])
        self.order = pick(r, fam['draw_order'])
        self.indent = pick(r, fam['indent'])
        self.ad_bold = pick(r, fam['ad_bold'])
        self.jumps = r.choice(fam['jumps'])
        self.paper, self.date = paper, date
        self.jump_in = jump_in
        self.writer = Writer(r, fam, self.gap)
        self.arts = []
        self.furniture = []
        self.jumped = None

    def colw_for(self, cols):
        return (self.W - 2 * self.margin - (cols - 1) * self.gutter) / cols

    def head(self, size):
        return '%s %s' % (self.head_face, size)

    def span_w(self, span):
        return span * self.colw + (span - 1) * self.gutter

    # -- articles ------------------------------------------------------
    def body_lines(self, S, a, width):
        """(TL, role, para_start, size, bold, align) of the story's body."""
        out, bs = [], self.body_size
        first = True
        for k, t in a['body']:
            if k == 'section':
                f = self.head(bs + 0.5)
                out += [(tl, 'section-head', i == 0, bs + 0.5, True, 'center' if self.zh else None)
                        for i, tl in enumerate(S.wrap(t, f, width))]
                continue
            if self.zh:
                text = t
                if first and a['inline']:
                    text = a['inline'] + self.r.choice(['', '\u3000', ' ']) + t
                if self.indent == 'chars':
                    text = '\u3000\u3000' + text
                ind = 2 * bs if self.indent == 'position' else 0.0
                lines = S.zh_para(text, self.body, width, ind, self.justify, self.gap)
            else:
                lines = S.en_para(t, self.body, width, 0.0 if first else bs * 1.2,
                                  self.fam['hyphenate'])
            out += [(tl, 'body', i == 0, bs, False, None) for i, tl in enumerate(lines)]
            first = False
        if a.get('jump_out'):
            out += [(tl, 'jump-out', i == 0, bs, False, 'right')
                    for i, tl in enumerate(S.wrap(a['jump_out'], self.body, width))]
        if a['sig']:
            f = '%s %s' % (self.byline_face, bs)
            out += [(tl, 'signature', i == 0, bs, False, 'right' if self.zh else None)
                    for i, tl in enumerate(S.wrap(a['sig'], f, width))]
        return out

    def place(self, P, tl, x, w, y, role, art, size, bold, ps=False, align=None):
        if align == 'right':
            x += max(0.0, w - tl.width)
        elif align == 'center':
            x += max(0.0, (w - tl.width) / 2)
        P.add(tl, x, y, role, art, size, bold, ps)

    def news(self, P, S, a, x, y, span):
        """Draw a story at (x, y) over span columns; its height."""
        zh = self.zh
        w = self.span_w(span)
        art = len(self.arts)
        y0 = y
        brief = a['kind'] == 'brief'
        size = 12 if brief else min(30, 14 + 3 * span)
        most = 1 if zh or span > 1 else 2
        trk = self.tracking
        while a['decks'] and size > 11 and len(
                S.wrap(a['decks'][0], self.head(size), w, trk * size)) > most:
            size -= 1
        if a['kicker']:
            f = '%s Bold %s' % (self.byline_face.replace(' Bold', ''), 9.5)
            for tl in S.wrap(a['kicker'], f, w):
                y += 12
                self.place(P, tl, x, w, y, 'kicker', art, 9.5, True)
            y += 2
        for k, d in enumerate(a['decks']):
            s = size if k == 0 else max(10, round(size * 0.6))
            while k and s > 9 and len(S.wrap(d, self.head(s), w, trk * s)) > 1:
                s -= 1
            for i, tl in enumerate(S.wrap(d, self.head(s), w, trk * s)):
                y += s * 1.25
                self.place(P, tl, x, w, y, 'headline' if k == 0 else 'deck', art, s, True, i == 0)
        if a['subhead']:
            for i, tl in enumerate(S.wrap(a['subhead'], self.head(11), w)):
                y += 14
                self.place(P, tl, x, w, y, 'subhead', art, 11, True, i == 0)
        y += 4
        if a['standfirst']:
            f = self.head(self.body_size + 1.5)
            for i, tl in enumerate(S.wrap(a['standfirst'], f, w)):
                y += (self.body_size + 1.5) * 1.35
                self.place(P, tl, x, w, y, 'standfirst', art, self.body_size + 1.5, True, i == 0)
            y += 4
        bf = '%s %s' % (self.byline_face, 9)
        for i, t in enumerate(a['byline_lines']):
            for tl in S.wrap(t, bf, w):
                y += 11.5
                self.place(P, tl, x, w, y, 'byline', art, 9, 'Bold' in bf, i == 0)
        if a.get('title'):
            for tl in S.wrap(a['title'], '%s %s' % (self.caption_face, 8), w):
                y += 10
                self.place(P, tl, x, w, y, 'byline-title', art, 8, False, True)
        if a['byline_lines']:
            y += 3
        if a.get('jump_in'):
            for i, tl in enumerate(S.wrap(a['jump_in'], self.body, self.colw)):
                y += self.leading
                self.place(P, tl, x, self.colw, y, 'jump-in', art, self.body_size, False, i == 0)
        lines = self.body_lines(S, a, self.colw)
        per = -(-len(lines) // span)
        for i, (tl, role, ps, sz, bold, align) in enumerate(lines):
            c, row = divmod(i, per)
            self.place(P, tl, x + c * (self.colw + self.gutter), self.colw,
                       y + (row + 1) * self.leading - self.leading * 0.25, role, art, sz, bold,
                       ps, align)
        y += per * self.leading + 10
        self.arts.append(self.truth(a))
        return y - y0

    def truth(self, a):
        paras = ([a['standfirst']] if a['standfirst'] else []) + [t for _, t in a['body']]
        kind = 'jump-continuation' if a.get('jump_in') else a['kind']
        placement = {'inline': 'inline', 'end': 'end', 'none': None}.get(a['form'], 'line')
        t = dict(kind=kind, kicker=a['kicker'], headline=list(a['decks']), subhead=a['subhead'],
                 standfirst=a['standfirst'], byline=a['byline'] or None,
                 byline_form=a['form'], byline_placement=placement if a['byline'] else None,
                 byline_title=a.get('title'), dateline=a['dateline'],
                 sections=[t for k, t in a['body'] if k == 'section'],
                 expect=dict(kind=kind, headline=' / '.join(a['decks']),
                             byline='' if kind == 'jump-continuation' else a['byline'],
                             paragraphs=paras))
        if a.get('jump_out'):
            t['jump'] = dict(to_page=self.pageno + 1, line=a['jump_out'])
        if a.get('jump_in'):
            t['continued_from'] = dict(page=self.pageno - 1, line=a['jump_in'])
        return t

    def photo(self, P, S, x, y, span):
        r = self.r
        w = self.span_w(span)
        h = w * r.choice([0.55, 0.7])
        art = len(self.arts)
        P.picture(x, y, w, h)
        cap, cred = self.writer.caption(), self.writer.credit()
        yy = y + h + 2
        f = '%s %s' % (self.caption_face, 8.5)
        for i, tl in enumerate(S.wrap(cap, f, w)):
            yy += 11
            self.place(P, tl, x, w, yy, 'caption', art, 8.5, False, i == 0)
        if cred:
            right = r.random() < 0.7
            for i, tl in enumerate(S.wrap(cred, '%s %s' % (self.caption_face, 8), w)):
                yy += 11
                self.place(P, tl, x, w, yy, 'credit', art, 8, False, i == 0,
                           'right' if right else None)
        self.arts.append(dict(kind='photo', headline=[], credit=cred or None, photo=(x, y, w, h),
                              expect=dict(kind='photo', headline='', byline=cred,
                                          paragraphs=[cap])))
        return yy - y + 10

    def ad(self, P, S, x, y, span):
        r = self.r
        w = self.span_w(span)
        lines = self.writer.ad()
        art = len(self.arts)
        yy = y + 8
        for t in lines:
            s = r.choice([12, 14, 16])
            while s > 8 and len(S.wrap(t, self.head(s), w - 16)) > 1:
                s -= 1
            for i, tl in enumerate(S.wrap(t, self.head(s), w - 16)):
                yy += s * 1.4
                lx = x + 8 + max(0.0, (w - 16 - tl.width) / 2)
                if self.ad_bold == 'line':
                    P.add(tl, lx, yy, 'ad', art, s, True, i == 0,
                          fake=('line', AD_LINE_OFFSET * s))
                else:
                    self.glyphs(P, S, tl, tl.text, lx, yy, s, art, i == 0)
        yy += 10
        P.rect(x, y, w, yy - y, False)
        self.arts.append(dict(kind='ad', headline=[], fake_bold=self.ad_bold,
                              expect=dict(kind='ad', headline='', byline='',
                                          paragraphs=list(lines))))
        return yy - y + 10

    def glyphs(self, P, S, tl, t, lx, y, s, art, ps):
        """Each glyph of an ad line drawn twice, 0.13 em apart."""
        lay = S.layout(t, self.head(s))
        glyphs, off = [], 0
        for c in t:
            pos = lay.index_to_pos(off)
            off += len(c.encode('utf-8'))
            if c == ' ':
                continue
            g = S.layout(c, self.head(s)).get_line_readonly(0)
            glyphs.append((g, lx + pos.x / SCALE, AD_GLYPH_OFFSET * s))
        P.add_glyphs(glyphs, y, t, lx, lx + tl.width, tl.asc, tl.desc, 'ad', art, s, ps)

    def band(self, P, S, spans, y, target, first, jump_out):
        r = self.r
        band_h, x = 0, self.margin
        for si, k in enumerate(spans):
            P.span = si
            roll = r.random()
            if roll < 0.12 and k <= 2:
                h = self.photo(P, S, x, y, k)
            elif roll < 0.19:
                h = self.ad(P, S, x, y, k)
            elif roll < 0.45 and k == 1 or roll < 0.3 and k <= 3:
                # a stack of briefs, each across the span
                h = 0
                while h < target * 0.6:
                    a = self.writer.article('brief', self.r.randint(60, 220) * min(k, 2) * (
                        1 if self.zh else 3))
                    h += self.news(P, S, a, x, y + h, k)
            else:
                cpl = self.colw / (self.body_size if self.zh else self.body_size * 0.48)
                rows = target / self.leading
                a = self.writer.article('news', int(k * max(rows - 6, 3) * cpl * 0.8))
                if (first and jump_out and self.jumped is None and r.random() < 0.7 and
                        sum(1 for b in a['body'] if b[0] == 'para') >= 2):
                    self.jumped = self.split_jump(a)
                h = self.news(P, S, a, x, y, k)
            band_h = max(band_h, h)
            x += k * (self.colw + self.gutter)
        return band_h

    def split_jump(self, a):
        """Cut a story after its first paragraph with a jump line; the rest,
        opened by the continuation line, is the next page's
        jump-continuation."""
        words = [re.sub(r'[^A-Za-z]', '', w) for w in a['decks'][0].split()]
        key = max(words + [''], key=len).upper() or 'STORY'   # the longest word
        cut = next(i for i, b in enumerate(a['body']) if b[0] == 'para') + 1
        rest = dict(a)
        rest.update(body=a['body'][cut:], kicker=None, subhead=None, standfirst=None, byline='',
                    form='none', byline_lines=[], inline='', sig=None, dateline=None,
                    title=None, jump_in=self.jumps[1].format(n=self.pageno, key=key))
        a['body'] = a['body'][:cut]
        a['jump_out'] = self.jumps[0].format(n=self.pageno + 1, key=key)
        if a['sig']:
            rest['sig'], rest['byline'], rest['form'] = a['sig'], a['byline'], 'end'
            a['sig'], a['byline'], a['form'] = None, '', 'none'
        return rest

    # -- furniture ------------------------------------------------------
    def small(self, size):
        return '%s %s' % (self.caption_face, size)

    def header(self, P, S):
        r, m, zh = self.r, self.margin, self.zh
        w = self.W - 2 * m
        P.band = -1
        sec = self.writer.s(r.choice(C.ZH_SECTIONS)) if zh else r.choice(C.EN_SECTIONS)
        if self.pageno == 1 and r.random() < self.fam['masthead']:
            s = 40 if zh else 36
            tl = S.one(self.paper, self.head(s), 0.2 * s if zh else 0)
            self.place(P, tl, m, w, m + s, 'masthead', None, s, True, True, 'center')
            y = m + s + 16
            tl = S.one(self.date[1], self.small(9))
            self.place(P, tl, m, w, y, 'date-line', None, 9, False, True)
            furn = [('masthead', self.paper), ('date-line', self.date[1])]
            if r.random() < 0.6:
                t = self.writer.fill(self.writer.s(r.choice(C.ZH_ISSUES)) if zh else
                                     r.choice(C.EN_ISSUES))
                self.place(P, S.one(t, self.small(9)), m, w, y, 'masthead', None, 9, False, True,
                           'center')
                furn.append(('masthead', t))
            if r.random() < self.fam['price']:
                t = self.writer.s(r.choice(C.ZH_PRICES)) if zh else r.choice(C.EN_PRICES)
                self.place(P, S.one(t, self.small(9)), m, w, y, 'price', None, 9, False, True,
                           'right')
                furn.append(('price', t))
            P.rect(m, y + 5, w, 1.2, True)
            self.furniture += [dict(type=k, text=[t]) for k, t in furn]
            return y + 16
        s = r.choice([12, 14, 16])
        self.place(P, S.one(self.paper, self.head(s)), m, w, m + 16, 'running-header', None, s,
                   True, True)
        folio = (self.writer.s('第%02d版\u3000%s') % (self.pageno, sec) if zh else
                 'Page A%d | %s' % (self.pageno, sec))
        if r.random() < 0.5:
            self.place(P, S.one(self.date[1], self.small(9)), m, w, m + 16, 'date-line', None, 9,
                       False, True, 'center')
            self.place(P, S.one(folio, self.small(9)), m, w, m + 16, 'folio', None, 9, False,
                       True, 'right')
            furn = [self.paper, self.date[1], folio]
        else:
            both = '%s\u3000%s' % (self.date[1], folio) if zh else '%s | %s' % (self.date[1], folio)
            self.place(P, S.one(both, self.small(9)), m, w, m + 16, 'running-header', None, 9,
                       False, True, 'right')
            furn = [self.paper, both]
        P.rect(m, m + 22, w, 0.8, True)
        self.furniture.append(dict(type='page-header', text=furn))
        return m + 32

    def footer(self, P, S):
        r, m, zh = self.r, self.margin, self.zh
        w = self.W - 2 * m
        P.band, P.span = 10 ** 6, 0
        y = self.H - m + 12
        if r.random() < self.fam['footer']:
            t = self.writer.fill(self.writer.s(r.choice(C.ZH_EDITORS)) if zh else
                                 r.choice(C.EN_EDITORS))
            self.place(P, S.one(t, self.small(8)), m, w, y, 'editor-line', None, 8, False, True)
            self.furniture.append(dict(type='page-footer', text=[t]))
        if r.random() < self.fam['folio']:
            t = str(self.pageno) if r.random() < 0.5 or zh else 'A%d' % self.pageno
            self.place(P, S.one(t, self.small(9)), m, w, y, 'folio', None, 9, False, True,
                       'right' if self.pageno % 2 == 0 else 'center')
            self.furniture.append(dict(type='folio', text=[t]))
        elif r.random() < 0.3:
            t = '%s\u3000%s' % (self.paper, self.date[1]) if zh else '%s · %s' % (
                self.paper, self.date[1])
            self.place(P, S.one(t, self.small(8)), m, w, y, 'running-footer', None, 8, False,
                       True, 'right')
            self.furniture.append(dict(type='running-footer', text=[t]))

    # -- page ------------------------------------------------------------
    def render(self, path, jump_out=False):
        r = self.r
        surf = cairo.PDFSurface(path, self.W, self.H)
        # a fixed date, so the same seed gives byte-identical PDFs
        for k in (cairo.PDF_METADATA_CREATE_DATE, cairo.PDF_METADATA_MOD_DATE):
            surf.set_metadata(k, '2000-01-01T00:00:00Z')
        ctx = cairo.Context(surf)
        P, S = Page(ctx, self.order), Setter(ctx)
        y = self.header(P, S)
        bottom = self.H - self.margin - 8
        first, tries, band_no = True, 0, 0
        if self.jump_in:
            P.band, P.span = 0, 0
            y += self.news(P, S, self.jump_in, self.margin, y, min(self.cols, 2))
            band_no = 1
        while y < bottom - 120:
            spans, left = [], self.cols
            while left:
                k = r.randint(1, min(left, 3 if not first else self.cols))
                spans.append(k)
                left -= k
            target = min(bottom - y - 40, r.uniform(150, 380)) * (0.85 ** tries)
            mark = (P.mark(), len(self.arts), self.jumped)
            P.band = band_no
            try:
                band_h = self.band(P, S, spans, y, target, first, jump_out)
            except OutOfText:
                band_h, tries = bottom, 99
            if y + band_h > bottom:
                # the band overflows the page: drop it whole and try a
                # lower one (bands get shorter as the page fills)
                P.undo(mark[0])
                del self.arts[mark[1]:]
                self.jumped = mark[2]
                tries += 1
                if tries > 8:
                    break
                continue
            y += band_h + 6
            band_no += 1
            first = False
        self.footer(P, S)
        P.flush()
        surf.finish()
        self.lines = P.lines
        self.bboxes()
        return self.jumped

    def bboxes(self):
        """Each article's bbox [x, y, w, h] (as the dev truth gives it):
        the union of its lines' and its photo's."""
        box = {}
        for ln in self.lines:
            if ln['article'] is not None:
                b = box.setdefault(ln['article'], list(ln['bbox']))
                x0, y0, x1, y1 = ln['bbox']
                b[:] = [min(b[0], x0), min(b[1], y0), max(b[2], x1), max(b[3], y1)]
        for i, a in enumerate(self.arts):
            b = box.get(i)
            if b and a.get('photo'):
                x, y, w, h = a.pop('photo')
                b[:] = [min(b[0], x), min(b[1], y), max(b[2], x + w), max(b[3], y + h)]
            if b:
                a['bbox'] = [round(b[0], 1), round(b[1], 1), round(b[2] - b[0], 1),
                             round(b[3] - b[1], 1)]

    def typesetting(self):
        return dict(family=self.fam_name, split=self.fam['split'], size=[self.W, self.H],
                    margin=self.margin, cols=self.cols, gutter=self.gutter, body=self.body,
                    leading=self.leading, head=self.head_face, byline=self.byline_face,
                    caption=self.caption_face, indent=self.indent,
                    justify_mode=self.justify if self.zh else 'spaces', cjk_gap=self.gap,
                    head_tracking=self.tracking, draw_order=self.order,
                    jump_fmt=list(self.jumps), ad_bold=self.ad_bold,
                    hyphenation=bool(self.fam['hyphenate']))


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def build_issue(fam_name, seed, outdir, extract=True):
    """Pages 01 and 02 of one issue; returns the issue's directory."""
    fam = F.FAMILIES[fam_name]
    r = random.Random('%s/%d' % (fam_name, seed))
    zh = fam['lang'] != 'en'
    paper = r.choice(C.ZH_PAPERS if zh else C.EN_PAPERS)
    if fam['lang'] == 'zh-Hant':
        paper = hant(paper)
    y, m, d = r.randint(1998, 2025), r.randint(1, 12), r.randint(1, 28)
    wd = r.randint(0, 6)
    if zh:
        t, w = '%d年%d月%d日\u3000%s', '星期' + '一二三四五六日'[wd]
        if fam['lang'] == 'zh-Hant':
            t, w = hant(t), hant(w)
        long_date = t % (y, m, d, w)
    else:
        long_date = '%s, %s %d, %d' % (WEEKDAYS[wd], MONTHS[m - 1], d, y)
    date = ('%04d-%02d-%02d' % (y, m, d), long_date)
    slug = '%s-%d' % (fam_name, seed)
    out = os.path.join(outdir, slug, date[0])
    os.makedirs(out, exist_ok=True)
    jump = None
    for pageno in (1, 2):
        g = Generator(fam_name, seed, pageno, paper, date, jump_in=jump)
        base = os.path.join(out, '%02d' % pageno)
        jump = g.render(base + '.pdf', jump_out=pageno == 1)
        page_id = '%s/%s/%02d' % (slug, date[0], pageno)
        truth = dict(schema='kanbao-page-truth/1', set='generated', page_id=page_id,
                     publication=paper, date=date[0], page=pageno, lang=fam['lang'],
                     typesetting=g.typesetting(), furniture=g.furniture, articles=g.arts)
        write_json(base + '.json', truth)
        write_json(base + '.lines.json', dict(page_id=page_id, size=[g.W, g.H], lines=g.lines))
        if extract:
            for flag, ext in (([], '.txt'), (['-layout'], '.layout.txt'), (['-raw'], '.raw.txt')):
                subprocess.run(['pdftotext', '-enc', 'UTF-8'] + flag + [base + '.pdf', base + ext],
                               check=True)
    return out


def write_json(path, obj):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write('\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--family', choices=sorted(F.FAMILIES))
    ap.add_argument('--lang', choices=('zh', 'en'), help='the default family of a language')
    ap.add_argument('--list', action='store_true', help='list the families and their split')
    ap.add_argument('outdir', nargs='?')
    a = ap.parse_args()
    if a.list:
        for n, f in F.FAMILIES.items():
            print('%-20s %-8s %-8s' % (n, f['split'], f['lang']))
        return
    if a.seed is None or a.outdir is None or not (a.family or a.lang):
        ap.error('--seed, --family (or --lang) and OUTDIR are required')
    build_issue(a.family or DEFAULT_FAMILY[a.lang], a.seed, a.outdir)


if __name__ == '__main__':
    main()
