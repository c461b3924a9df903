# SPDX-License-Identifier: ISC
"""families.py: the style families pagegen.py draws pages from.

A family is a distribution over layout parameters: each list is a choice
made per page (a dict of value: weight is a weighted choice), each (lo, hi)
pair a range.  TRAINING families are what a model may be trained on;
HELD-OUT families differ from every training family in fonts, grids and
draw orders (not only in seeds), so a score on them says how well a
segmentation generalises to a paper it has never seen.

Parameters (see pagegen.py for how each is used):
  lang        zh-Hans, zh-Hant or en
  sizes       page sizes in points
  cols        columns (lo, hi); narrowed so a column stays >= min_colw
  gutters, margins
  body, head, byline, caption   font families (head: with its weight)
  body_sizes, leading           body size in points, leading in ems
  justify     CJK body: 'slack6x' (slack spread with 6x weight after
              full-width punctuation) or 'even' (spread evenly between
              characters, not inside Latin/digit runs); English: spaces
  cjk_gap     points added where CJK meets Latin letters or digits (0:
              none, and the source's spaces there are kept)
  head_tracking  letter spacing of headlines, in ems
  draw_order  'reading' (content stream in reading order), 'heads_last'
              (all bodies first, headlines last), 'stacks_rtl' (the
              stacks of each band right to left)
  indent      'chars' (two U+3000 at the start of each paragraph) or
              'position' (first-line indent by position, no characters)
  bylines     byline forms with weights (pagegen.BYLINE_FORMS)
  kicker_dash share of kickers set with dashes
  standfirst, sections   share of news stories with a standfirst, and of
              long ones with section heads inside
  credits     photo credit forms with weights ('none': no credit)
  ad_bold     'glyph' (each glyph drawn twice 0.13 em apart) or 'line'
              (each line drawn twice 0.12 em apart)
  jumps       jump line pairs (out, in); {n} page, {key} keyword
  masthead, footer, folio, price   shares of pages with each
  hyphenate   English: break words with real hyphens
"""

ZH_JUMPS = [('（下转第{n}版）', '（上接第{n}版）'), ('（转第{n}版）', '（接第{n}版）'),
            ('下转{n}版', '上接{n}版')]
EN_JUMPS = [('See {key}, Page A{n}', '{key}, from Page A{n}'),
            ('Please see {key} on A{n}', 'Continued from A{n}'),
            ('{key} continues on Page {n}', '{key} continued from Page {n}')]

ZH_BASE = dict(
    sizes=[(842, 1191)], cols=(4, 6), gutters=[10, 12, 14], margins=[34, 40],
    body_sizes=[9, 9.5, 10], leading=(1.4, 1.5), min_colw=100,
    justify={'slack6x': 1, 'even': 1}, cjk_gap=[0, 2.0, 2.2], head_tracking=[0],
    draw_order={'reading': 3, 'heads_last': 1}, indent=['chars'],
    bylines={'inline': 4, 'line': 2, 'two-line': 1, 'roles': 1, 'end': 1, 'none': 1},
    kicker_dash=0.4, standfirst=0.1, sections=0.4,
    credits={'staff': 2, 'xinhua': 2, 'plain': 1, 'agency': 1, 'none': 1},
    ad_bold={'glyph': 1, 'line': 1}, jumps=ZH_JUMPS,
    masthead=0.5, footer=0.6, folio=0.3, price=0.5, hyphenate=False)

EN_BASE = dict(
    sizes=[(792, 1224)], cols=(4, 6), gutters=[10, 12], margins=[34, 36],
    body_sizes=[8.5, 9, 9.5], leading=(1.12, 1.25), min_colw=100,
    justify={'spaces': 1}, cjk_gap=[0], head_tracking=[0],
    draw_order={'reading': 3, 'heads_last': 1}, indent=['position'],
    bylines={'line': 3, 'title': 3, 'end': 1, 'none': 2},
    kicker_dash=0.4, standfirst=0.25, sections=0.3,
    credits={'photo': 2, 'ap': 2, 'staff': 1, 'none': 1},
    ad_bold={'glyph': 1, 'line': 1}, jumps=EN_JUMPS,
    masthead=0.5, footer=0.6, folio=0.4, price=0.5, hyphenate=True)


def family(base, **kw):
    f = dict(base)
    f.update(kw)
    return f


FAMILIES = {
    # -- training -------------------------------------------------------
    'zh-serif-daily': family(
        ZH_BASE, split='train', lang='zh-Hans', sizes=[(842, 1191)], cols=(5, 6),
        body=['Noto Serif CJK SC'], head=['Noto Sans CJK SC Bold', 'Noto Serif CJK SC Bold'],
        byline=['AR PL UKai CN'], caption=['AR PL UKai CN'], indent=['chars', 'position'],
        draw_order={'reading': 3, 'heads_last': 1, 'stacks_rtl': 1}),
    'zh-county-sans': family(
        ZH_BASE, split='train', lang='zh-Hans', sizes=[(640, 900), (842, 1191)], cols=(3, 5),
        body=['WenQuanYi Zen Hei'], head=['WenQuanYi Zen Hei Bold', 'Noto Sans CJK SC Bold'],
        byline=['WenQuanYi Zen Hei'], caption=['WenQuanYi Zen Hei'], justify={'even': 1},
        cjk_gap=[0], draw_order={'reading': 2, 'heads_last': 1}),
    'zh-tabloid': family(
        ZH_BASE, split='train', lang='zh-Hans', sizes=[(640, 900)], cols=(3, 4),
        body=['Noto Serif CJK SC'], head=['Noto Serif CJK SC Bold'],
        byline=['AR PL UKai CN', 'Noto Sans CJK SC'], caption=['AR PL UKai CN'],
        head_tracking=[0, 0.12, 0.25], indent=['position'],
        draw_order={'reading': 1, 'stacks_rtl': 1}, bylines={'inline': 2, 'end': 2, 'two-line': 2,
                                                           'none': 1}),
    'zht-daily': family(
        ZH_BASE, split='train', lang='zh-Hant', sizes=[(842, 1191), (792, 1224)], cols=(5, 6),
        body=['Noto Serif CJK TC'], head=['Noto Sans CJK TC Bold'],
        byline=['AR PL UKai TW'], caption=['AR PL UKai TW'], justify={'slack6x': 2, 'even': 1},
        draw_order={'reading': 2, 'stacks_rtl': 1}),
    'en-gazette': family(
        EN_BASE, split='train', lang='en', sizes=[(792, 1224)], cols=(5, 6),
        body=['Liberation Serif'], head=['Liberation Serif Bold'],
        byline=['Liberation Sans Bold'], caption=['Liberation Sans']),
    'en-tabloid': family(
        EN_BASE, split='train', lang='en', sizes=[(640, 900)], cols=(3, 4),
        body=['DejaVu Serif'], head=['Liberation Sans Bold'], body_sizes=[8, 8.5],
        byline=['Liberation Sans Bold'], caption=['Liberation Sans'],
        head_tracking=[0, 0.08], draw_order={'reading': 1, 'stacks_rtl': 1},
        indent=['position']),
    # -- held out: fonts, grids and draw orders no training family has ----
    'zh-ming-broadsheet': family(
        ZH_BASE, split='heldout', lang='zh-Hans', sizes=[(900, 1300)], cols=(6, 7),
        body=['AR PL UMing CN'], head=['Noto Sans CJK SC Bold'], body_sizes=[9],
        byline=['AR PL UKai CN'], caption=['AR PL UMing CN'], head_tracking=[0, 0.1],
        cjk_gap=[2.2], draw_order={'stacks_rtl': 1, 'heads_last': 1}, min_colw=90),
    'zht-ming-tabloid': family(
        ZH_BASE, split='heldout', lang='zh-Hant', sizes=[(700, 1000)], cols=(4, 4),
        body=['AR PL UMing TW'], head=['Noto Serif CJK TC Bold'],
        byline=['AR PL UKai TW'], caption=['AR PL UMing TW'], justify={'even': 1},
        indent=['position'], draw_order={'heads_last': 1}),
    'en-sans-broadsheet': family(
        EN_BASE, split='heldout', lang='en', sizes=[(900, 1300)], cols=(7, 7),
        body=['Liberation Sans'], head=['DejaVu Serif Bold'], body_sizes=[8, 8.5],
        byline=['DejaVu Sans Bold'], caption=['DejaVu Sans'], min_colw=90,
        draw_order={'stacks_rtl': 1, 'heads_last': 1}),
}

TRAINING = [n for n, f in FAMILIES.items() if f['split'] == 'train']
HELD_OUT = [n for n, f in FAMILIES.items() if f['split'] == 'heldout']
