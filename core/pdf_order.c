/* SPDX-License-Identifier: ISC */
/* pdf_order.c: a PDF page's fragments in reading order (see pdf_int.h).
 *
 * Recursive cuts along white space (the XY-cut): a region is cut where a
 * vertical gap runs through all of it (a gutter: left part first) or a
 * horizontal one does (top part first).  Gutters win over bands unless the
 * band's gap is clearly wider, because a band cut through two stacks of
 * articles can fall between one article's headline and its body, while a
 * gutter never splits a line.  The running header and footer are cut off
 * first.  What cannot be cut is a column block: its fragments are regrouped
 * into lines top to bottom.  A scan's OCR layer (and a block whose rows
 * run across gutters the cuts could not find) is read in poppler's text
 * flow instead: skew and specks leave no clean white space to cut at, and
 * poppler's flows follow the columns as pdftotext's do. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>

#include "clean.h"
#include "pdf_int.h"
#include "xalloc.h"

/* At most this many rows set across a region's columns are cut off its
 * top (pdf_peel_rows). */
#define PDF_PEEL_ROWS		2
/* A heading band centred on its region spans more than this share of it
 * (a middle column's headline spans a third), is set this many times the
 * body's size, or stands this many of its ems apart from what is under
 * it. */
#define PDF_BAND_MIN_SHARE	0.4
#define PDF_BAND_BANNER		2.0
#define PDF_BAND_APART		0.5
/* A band gap is at least this many ems of the region's text high: the
 * white between a column's lines at a tight leading (0.1-0.15 em in
 * Latin type) is none. */
#define PDF_BAND_GAP		0.3
/* A gutter counts as this much wider than a band gap of the same width. */
#define PDF_GUTTER_WEIGHT	1.5
/* A band gap of at least this many body ems, under no heading, cuts
 * before the gutters do: every column pauses there together, so the
 * stories above it (one may run across columns) end there. */
#define PDF_BAND_CLEAN		1.0
/* The running header or footer is a band thinner than this share of the
 * page, cut off before anything else. */
#define PDF_FURNITURE_BAND	0.06
/* A gap inside a row wider than this (in ems of the block's text) is a
 * gutter the cuts missed. */
#define PDF_GUTTER_EMS		2.0
/* A block of at least this many rows, one in PDF_FLOW_SHARE of which runs
 * across a gutter, holds columns: it is read in poppler's flow order. */
#define PDF_FLOW_MIN_ROWS	4
#define PDF_FLOW_SHARE		3
/* A photo ending less than this many body ems over a region stands
 * over it: the region holds its captions. */
#define PDF_CAPTION_REACH	1.0
/* A gap wider than this (in ems) between glyphs poppler did not read one
 * after the other is a word space. */
#define PDF_WORD_GAP		0.15
/* A gap poppler reads as a word space is one when wider than
 * PDF_WORD_GAP ems or than this share of the line's usual word space. */
#define PDF_WORD_SHARE		0.5
/* A gap between this many ems and PDF_WORD_GAP is letter-spacing (a kern
 * is less), in a line of at least PDF_TRACK_MIN_GAPS gaps. */
#define PDF_TRACK_GAP		0.05
#define PDF_TRACK_MIN_GAPS	6
/* A letter this many times the size and height of the next is a drop cap,
 * joined to the word it opens. */
#define PDF_DROP_CAP		1.8
/* ... and reaches this many of the next glyph's heights below its line. */
#define PDF_DROP_CAP_DEPTH	0.8

/* Display type (this many times the body size) reserves below its ink a
 * font descent that can reach into the line under it; this share of its
 * size is trimmed off its box's foot when looking for the gap under it. */
#define PDF_DISPLAY_SIZE	1.1
#define PDF_DESCENT_TRIM	0.2

struct pdf_order {
	struct pdf_page	*pg;
	size_t		 leaf;		/* column blocks so far */
};

struct pdf_cut {
	double	gap;		/* the gap's width, 0: none */
	double	at;		/* where to cut */
};

static const struct pdf_page *pdf_cmp_page;

static int
pdf_by_x1(const void *x, const void *y)
{
	const struct pdf_box *a = &pdf_cmp_page->frags[*(const size_t *)x].b;
	const struct pdf_box *b = &pdf_cmp_page->frags[*(const size_t *)y].b;

	return (a->x1 > b->x1) - (a->x1 < b->x1);
}

static int
pdf_by_y1(const void *x, const void *y)
{
	const struct pdf_box *a = &pdf_cmp_page->frags[*(const size_t *)x].b;
	const struct pdf_box *b = &pdf_cmp_page->frags[*(const size_t *)y].b;

	return (a->y1 > b->y1) - (a->y1 < b->y1);
}

static double
pdf_frag_size(const struct pdf_page *pg, size_t f)
{
	return pg->glyphs[pg->frags[f].first].size;
}

/* The foot of fragment f's box for gaps between bands: a headline's
 * above the font descent its box reserves (the body line under a headline
 * set close can start inside it), any other's as it is. */
static double
pdf_frag_foot(const struct pdf_page *pg, size_t f)
{
	double size = pdf_frag_size(pg, f), y2 = pg->frags[f].b.y2;

	if (size < PDF_DISPLAY_SIZE * pg->body_size)
		return y2;
	return y2 - PDF_DESCENT_TRIM * size;
}

/* The median glyph size of a region's fragments. */
static double
pdf_region_size(const struct pdf_page *pg, const size_t *v, size_t n)
{
	double *s = xmalloc((n + 1) * sizeof *s), m, t;
	size_t i, k;

	for (i = 0; i < n; i++) {
		t = pdf_frag_size(pg, v[i]);
		for (k = i; k > 0 && s[k - 1] > t; k--)
			s[k] = s[k - 1];
		s[k] = t;
	}
	m = n ? s[n / 2] : 10;
	free(s);
	return m;
}

/* Whether fragments v[0 .. n) lie on more than one row. */
static bool
pdf_many_rows(const struct pdf_page *pg, const size_t *v, size_t n)
{
	double min_y2 = 1e9, max_y1 = -1e9;
	size_t i;

	for (i = 0; i < n; i++) {
		const struct pdf_box *b = &pg->frags[v[i]].b;

		if (b->y2 < min_y2)
			min_y2 = b->y2;
		if (b->y1 > max_y1)
			max_y1 = b->y1;
	}
	return max_y1 > min_y2 - 0.5;
}

/* Whether fragments v[0 .. n) stand under a photo, within its width and
 * close under it: its caption. */
static bool
pdf_under_picture(const struct pdf_page *pg, const size_t *v, size_t n)
{
	struct pdf_box b;
	size_t i;

	for (i = 0; i < n; i++)
		pdf_box_grow(&b, &pg->frags[v[i]].b, i == 0);
	for (i = 0; i < pg->n_pictures && n > 0; i++) {
		const struct pdf_box *p = &pg->pictures[i];

		if (p->x1 <= b.x1 + 1 && p->x2 >= b.x2 - 1 && p->y2 <= b.y1 + 1 &&
		    p->y2 > b.y1 - PDF_CAPTION_REACH * pg->body_size)
			return true;
	}
	return false;
}

/* A gutter narrower than 1.5 em must have more than one row on each side
 * (or a photo's caption on one): else it is a wide space inside a line
 * (an ideographic space under an indent lines up by chance). */
static bool
pdf_gutter_ok(const struct pdf_page *pg, const size_t *v, size_t n, size_t i,
    double gap, double size)
{
	return gap >= 1.5 * size ||
	    ((pdf_many_rows(pg, v, i) || pdf_under_picture(pg, v, i)) &&
	    (pdf_many_rows(pg, v + i, n - i) ||
	    pdf_under_picture(pg, v + i, n - i)));
}

/* Whether a picture standing in the region (its box meets the region's)
 * runs across the gap from lo to hi along one axis: a photo whose caption and
 * credit stand apart under it is one block, not two columns. */
static bool
pdf_gap_blocked(const struct pdf_page *pg, const struct pdf_box *region,
    bool vertical, double lo, double hi)
{
	double mid = (lo + hi) / 2;
	size_t i;

	for (i = 0; i < pg->n_pictures; i++) {
		const struct pdf_box *p = &pg->pictures[i];

		/* A photo right over the region counts: its captions
		 * stand under it. */
		if (p->x1 >= region->x2 || p->x2 <= region->x1 ||
		    p->y1 >= region->y2 ||
		    p->y2 <= region->y1 - PDF_CAPTION_REACH * pg->body_size)
			continue;
		/* Across all of a gutter (a photo as wide as its column
		 * ends at the gutter's edge, a wider one inside it: the
		 * gutter is still the column's), across a band's middle. */
		if (vertical ? p->x1 <= lo && p->x2 >= hi :
		    p->y1 < mid && p->y2 > mid)
			return true;
	}
	return false;
}

/* The widest gap along one axis (sorts v), at least min wide, that no
 * picture crosses; size is the region's text size. */
static struct pdf_cut
pdf_widest_gap(const struct pdf_page *pg, size_t *v, size_t n, bool vertical,
    double min, double size)
{
	struct pdf_cut best = { 0, 0 };
	struct pdf_box region;
	double reach;
	size_t i;

	for (i = 0; i < n; i++)
		pdf_box_grow(&region, &pg->frags[v[i]].b, i == 0);
	pdf_cmp_page = pg;
	qsort(v, n, sizeof *v, vertical ? pdf_by_x1 : pdf_by_y1);
	reach = vertical ? pg->frags[v[0]].b.x2 : pdf_frag_foot(pg, v[0]);
	for (i = 1; i < n; i++) {
		const struct pdf_box *b = &pg->frags[v[i]].b;
		double lo = vertical ? b->x1 : b->y1;
		double hi = vertical ? b->x2 : pdf_frag_foot(pg, v[i]);

		if (lo - reach >= min && lo - reach > best.gap &&
		    (!vertical || pdf_gutter_ok(pg, v, n, i, lo - reach, size)) &&
		    !pdf_gap_blocked(pg, &region, vertical, reach, lo)) {
			best.gap = lo - reach;
			best.at = (lo + reach) / 2;
		}
		if (hi > reach)
			reach = hi;
	}
	return best;
}

/* The running header (the first band gap, when the band above is thin)
 * or footer (the last gap, when the band below is thin). */
static struct pdf_cut
pdf_furniture_cut(const struct pdf_page *pg, size_t *v, size_t n, double min,
    bool header)
{
	struct pdf_cut none = { 0, 0 }, c = none;
	double band = PDF_FURNITURE_BAND * pg->height, reach, top, below = 0;
	size_t i;

	pdf_cmp_page = pg;
	qsort(v, n, sizeof *v, pdf_by_y1);
	top = pg->frags[v[0]].b.y1;
	reach = pg->frags[v[0]].b.y2;
	for (i = 1; i < n; i++) {
		const struct pdf_box *b = &pg->frags[v[i]].b;

		if (b->y1 - reach >= min) {
			c.gap = b->y1 - reach;
			c.at = (b->y1 + reach) / 2;
			below = b->y1;
			if (header)
				return reach - top < band ? c : none;
		}
		if (b->y2 > reach)
			reach = b->y2;
	}
	return !header && c.gap > 0 && reach - below < band ? c : none;
}

/* PDF_IN_*: the region is in the header or footer band. */
enum { PDF_FURN_HEADER = 1, PDF_FURN_FOOTER = 2, PDF_IN_HEADER = 4,
    PDF_IN_FOOTER = 8 };
#define PDF_IN_BAND	(PDF_IN_HEADER | PDF_IN_FOOTER)

static void pdf_cut_region(struct pdf_order *, size_t *, size_t, int);

/* Split v at c and recurse on both parts, first part first; clean: c is
 * a band every column ends at (pdf_band_clean), marked on the first line
 * under it. */
static void
pdf_split(struct pdf_order *o, size_t *v, size_t n, bool vertical,
    struct pdf_cut c, int furn_a, int furn_b, bool clean)
{
	size_t *a = xmalloc(n * sizeof *a), *b = xmalloc(n * sizeof *b);
	size_t na = 0, nb = 0, i, under;

	for (i = 0; i < n; i++) {
		const struct pdf_box *bx = &o->pg->frags[v[i]].b;
		double mid = vertical ? (bx->x1 + bx->x2) / 2 : (bx->y1 + bx->y2) / 2;

		if (mid < c.at)
			a[na++] = v[i];
		else
			b[nb++] = v[i];
	}
	pdf_cut_region(o, a, na, furn_a);
	under = o->pg->n_lines;
	pdf_cut_region(o, b, nb, furn_b);
	if (clean && under < o->pg->n_lines)
		o->pg->lines[under].after_band = true;
	free(a);
	free(b);
}

/* --- lines of a column block ------------------------------------------------ */

struct pdf_row {
	size_t		*v;
	size_t		 n;
	struct pdf_box	 b;
};

static int
pdf_by_ymid(const void *x, const void *y)
{
	const struct pdf_box *a = &pdf_cmp_page->frags[*(const size_t *)x].b;
	const struct pdf_box *b = &pdf_cmp_page->frags[*(const size_t *)y].b;
	double ma = (a->y1 + a->y2) / 2, mb = (b->y1 + b->y2) / 2;

	return (ma > mb) - (ma < mb);
}

/* Whether fragment box f sits on row r: most of the lower one overlaps. */
static bool
pdf_on_row(const struct pdf_box *r, const struct pdf_box *f)
{
	double lo = r->y1 > f->y1 ? r->y1 : f->y1;
	double hi = r->y2 < f->y2 ? r->y2 : f->y2;
	double h = r->y2 - r->y1 < f->y2 - f->y1 ? r->y2 - r->y1 : f->y2 - f->y1;

	return hi - lo >= 0.5 * h;
}

static bool
pdf_wide_glyph(const struct pdf_glyph *g)
{
	return clean_is_wide(g->c);
}

/* Whether letter a is a drop cap opening the word b starts: twice its
 * size, and reaching down past b's line by a line or more (a larger word
 * on the same baseline is not). */
static bool
pdf_drop_cap(const struct pdf_glyph *a, const struct pdf_glyph *b)
{
	double h = b->b.y2 - b->b.y1;

	return a->size >= PDF_DROP_CAP * b->size && uc_is_alpha(a->c) &&
	    a->b.y2 - b->b.y2 >= PDF_DROP_CAP_DEPTH * h && a->b.y1 <= b->b.y2;
}

static int
pdf_by_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return (a > b) - (a < b);
}

/* How a line's glyphs are spaced: whether most are CJK, whether it is
 * letter-spaced display type (a third of its gaps or more are tracking,
 * wider than a kern and narrower than a word space, which poppler takes
 * for word spaces), and the median gap between neighbours (the tracking
 * a justified CJK line spreads). */
struct pdf_spacing {
	bool	cjk;
	bool	tracked;
	bool	scan;
	double	track;
	double	word;	/* the upper quartile of the gaps poppler reads as
			   word spaces (stray gaps may be half of them) */
};

static void
pdf_line_spacing(const struct pdf_page *pg, const size_t *v, size_t n,
    struct pdf_spacing *sp)
{
	size_t i, k, wide = 0, total = 0, ng = 0, tracking = 0, nw = 0;
	double *gaps, *words;

	for (i = 0; i < n; i++)
		total += pg->frags[v[i]].n;
	gaps = xmalloc((total + 1) * sizeof *gaps);
	words = xmalloc((total + 1) * sizeof *words);
	for (i = 0; i < n; i++) {
		const struct pdf_frag *f = &pg->frags[v[i]];

		for (k = 0; k < f->n; k++) {
			const struct pdf_glyph *g = &pg->glyphs[f->first + k];

			wide += pdf_wide_glyph(g);
			if (k == 0)
				continue;
			gaps[ng] = g->b.x1 - g[-1].b.x2;
			tracking += gaps[ng] > PDF_TRACK_GAP * g->size &&
			    gaps[ng] < PDF_WORD_GAP * g->size;
			if (g->space_before)
				words[nw++] = gaps[ng];
			ng++;
		}
	}
	qsort(gaps, ng, sizeof *gaps, pdf_by_double);
	sp->cjk = wide * 2 > total;
	/* A scan's OCR layer spaces its words as it read them: poppler's
	 * word spaces stand there, as pdftotext gives them. */
	sp->scan = pg->scan;
	sp->tracked = !pg->scan && ng >= PDF_TRACK_MIN_GAPS && tracking * 3 >= ng;
	qsort(words, nw, sizeof *words, pdf_by_double);
	sp->word = nw ? words[nw * 3 / 4] : 0;
	free(words);
	sp->track = ng ? gaps[ng / 2] : 0;
	if (sp->track < 0)
		sp->track = 0;
	free(gaps);
}

/* Whether a word space goes between glyphs a and b of a line.  Never
 * between two CJK characters, nor after a drop cap (a letter twice the
 * size of the text it opens).  In a CJK line, by the gap against the
 * line's own tracking (a justified line spreads every glyph, digits and
 * Latin among them).  Elsewhere, between glyphs that follow each other in
 * poppler's text, poppler's own word spaces (its gaps against the font
 * size, as pdftotext reads them), except in letter-spaced display type;
 * across its lines a gap wider than PDF_WORD_GAP ems. */
static bool
pdf_word_space(const struct pdf_glyph *a, const struct pdf_glyph *b,
    const struct pdf_spacing *sp)
{
	double gap = b->b.x1 - a->b.x2;

	if (pdf_wide_glyph(a) && pdf_wide_glyph(b))
		return false;
	if (pdf_drop_cap(a, b))
		return false;
	if (sp->cjk || sp->tracked)
		return gap - sp->track > PDF_WORD_GAP * b->size;
	/* poppler's word space, unless far narrower than the line's other
	 * word spaces and than a word space's least width: a stray gap in
	 * display type ("Changi ng"), a kern poppler misread. */
	if (b == a + 1 && !a->line_end)
		return b->space_before && (sp->scan || gap > PDF_WORD_GAP * b->size ||
		    gap > PDF_WORD_SHARE * sp->word);
	return gap > PDF_WORD_GAP * b->size;
}

/* Append a fragment's glyphs to b, with word spaces. */
static void
pdf_frag_text(const struct pdf_page *pg, size_t f, const struct pdf_glyph *prev,
    const struct pdf_spacing *sp, struct strbuf *b)
{
	const struct pdf_frag *fr = &pg->frags[f];
	size_t i;

	for (i = 0; i < fr->n; i++) {
		const struct pdf_glyph *g = &pg->glyphs[fr->first + i];

		if (prev && pdf_word_space(prev, g, sp))
			strbuf_addc(b, ' ');
		pdf_utf8_add(b, g->c);
		prev = g;
	}
}


/* The font most of the line's glyphs have and their median size (a drop
 * cap or a speck of a scan's OCR does not make a line a headline);
 * doubled when most glyphs lost a twin. */
static void
pdf_line_style(const struct pdf_page *pg, struct pdf_line *l, const size_t *v,
    size_t n)
{
	size_t i, k, total = 0, twins = 0, best = 0;
	size_t *count = xcalloc(pg->n_fonts + 1, sizeof *count);
	double *sizes;

	for (i = 0; i < n; i++)
		total += pg->frags[v[i]].n;
	sizes = xmalloc((total + 1) * sizeof *sizes);
	total = 0;
	for (i = 0; i < n; i++) {
		const struct pdf_frag *f = &pg->frags[v[i]];

		for (k = 0; k < f->n; k++) {
			const struct pdf_glyph *g = &pg->glyphs[f->first + k];

			count[g->font]++;
			twins += g->doubled;
			sizes[total++] = g->size;
		}
	}
	qsort(sizes, total, sizeof *sizes, pdf_by_double);
	l->size = total ? sizes[total / 2] : 0;
	for (i = 0; i < pg->n_fonts; i++)
		if (count[i] > count[best])
			best = i;
	l->font = (int)best;
	l->bold = pg->n_fonts > 0 && pg->fonts[best].bold;
	l->doubled = total > 0 && twins * 2 > total;
	free(sizes);
	free(count);
}

static void
pdf_emit_line(struct pdf_order *o, const size_t *v, size_t n,
    const struct pdf_box *leaf, double right_gap)
{
	struct pdf_page *pg = o->pg;
	struct strbuf b = STRBUF_INIT;
	struct pdf_line *l;
	const struct pdf_glyph *prev = NULL;
	struct pdf_spacing sp;
	size_t i;

	pg->lines = xgrow(pg->lines, &pg->cap_lines, pg->n_lines + 1,
	    sizeof *pg->lines);
	l = &pg->lines[pg->n_lines++];
	memset(l, 0, sizeof *l);
	pdf_line_spacing(pg, v, n, &sp);
	for (i = 0; i < n; i++) {
		const struct pdf_frag *f = &pg->frags[v[i]];

		pdf_frag_text(pg, v[i], prev, &sp, &b);
		prev = &pg->glyphs[f->first + f->n - 1];
		pdf_box_grow(&l->b, &f->b, i == 0);
	}
	l->text = strbuf_take(&b);
	l->text_x1 = l->b.x1;
	if (n > 0) {
		const struct pdf_frag *f = &pg->frags[v[0]];
		const struct pdf_glyph *g = &pg->glyphs[f->first], *next =
		    f->n > 1 ? g + 1 : n > 1 ? &pg->glyphs[pg->frags[v[1]].first] :
		    NULL;

		if (next && pdf_drop_cap(g, next))
			l->text_x1 = next->b.x1;
	}
	pdf_line_style(pg, l, v, n);
	l->leaf = o->leaf;
	l->leaf_x1 = leaf->x1;
	l->leaf_x2 = leaf->x2;
	l->right_gap = right_gap;
}

/* A row becomes one line, or two where a gap wider than 1.5 em parts
 * text in different fonts (a caption and its credit set flush right). */
static bool
pdf_row_parts(const struct pdf_page *pg, size_t a, size_t b)
{
	const struct pdf_glyph *ga = &pg->glyphs[pg->frags[a].first];
	const struct pdf_glyph *gb = &pg->glyphs[pg->frags[b].first];

	return pg->frags[b].b.x1 - pg->frags[a].b.x2 > 1.5 * gb->size &&
	    (ga->font != gb->font || ga->size != gb->size);
}

static void
pdf_emit_row(struct pdf_order *o, struct pdf_row *r, const struct pdf_box *leaf)
{
	const struct pdf_page *pg = o->pg;
	size_t i, start = 0;
	double gap = 0;

	pdf_cmp_page = pg;
	qsort(r->v, r->n, sizeof *r->v, pdf_by_x1);
	for (i = 1; i <= r->n; i++) {
		if (i < r->n && !pdf_row_parts(pg, r->v[i - 1], r->v[i]))
			continue;
		pdf_emit_line(o, r->v + start, i - start, leaf, gap);
		if (i < r->n)
			gap = pg->frags[r->v[i]].b.x1 - pg->frags[r->v[i - 1]].b.x2;
		start = i;
	}
}

/* Whether a row (its fragments sorted by x) has a gap wider than a
 * gutter: the row runs across columns the cuts could not part. */
static bool
pdf_row_spans_gutter(const struct pdf_page *pg, const struct pdf_row *r,
    double size)
{
	size_t i;

	pdf_cmp_page = pg;
	qsort(r->v, r->n, sizeof *r->v, pdf_by_x1);
	for (i = 1; i < r->n; i++)
		if (pg->frags[r->v[i]].b.x1 - pg->frags[r->v[i - 1]].b.x2 >
		    PDF_GUTTER_EMS * size)
			return true;
	return false;
}

/* Rows of a block: fragments sorted by their middle, each joining the row
 * when it lies on the row's first fragment (not on the union of the row,
 * which would chain a skewed scan's lines or a drop cap's into one).
 * Returns the number of rows; rows[k] are fragments of v. */
static size_t
pdf_rows(const struct pdf_page *pg, size_t *v, size_t n, struct pdf_row *rows)
{
	size_t i, nr = 0;
	struct pdf_box seed = { 0, 0, 0, 0 };

	pdf_cmp_page = pg;
	qsort(v, n, sizeof *v, pdf_by_ymid);
	for (i = 0; i < n; i++) {
		const struct pdf_box *b = &pg->frags[v[i]].b;

		if (nr == 0 || !pdf_on_row(&seed, b)) {
			rows[nr].v = v + i;
			rows[nr].n = 0;
			seed = *b;
			nr++;
		}
		pdf_box_grow(&rows[nr - 1].b, b, rows[nr - 1].n == 0);
		rows[nr - 1].n++;
	}
	return nr;
}

static int
pdf_by_index(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	return (a > b) - (a < b);
}

/* Whether line box b continues the column of the line before, p: most of
 * the narrower one lies under the other. */
static bool
pdf_same_column(const struct pdf_box *p, const struct pdf_box *b)
{
	double lo = p->x1 > b->x1 ? p->x1 : b->x1;
	double hi = p->x2 < b->x2 ? p->x2 : b->x2;
	double w = p->x2 - p->x1 < b->x2 - b->x1 ? p->x2 - p->x1 : b->x2 - b->x1;

	return hi - lo >= 0.5 * w && b->y1 >= p->y1;
}

/* A block the cuts could not part into columns (a scanned page's skew and
 * specks leave no clean gutter) is read in poppler's text order, whose
 * flows follow the columns as pdftotext does: its lines are the fragments
 * poppler put on one line, and each run of lines one above the other is a
 * column of its own for paragraphs. */
static void
pdf_leaf_flow(struct pdf_order *o, size_t *v, size_t n, int band)
{
	struct pdf_page *pg = o->pg;
	size_t i, start = 0, first_line = pg->n_lines, col = first_line;
	struct pdf_box leaf;

	qsort(v, n, sizeof *v, pdf_by_index);
	for (i = 1; i <= n; i++) {
		const struct pdf_frag *p = &pg->frags[v[i - 1]];

		if (i < n && !pg->glyphs[p->first + p->n - 1].line_end &&
		    v[i] == v[i - 1] + 1)
			continue;
		pdf_box_grow(&leaf, &p->b, true);
		pdf_emit_line(o, v + start, i - start, &leaf, 0);
		start = i;
	}
	/* Columns: runs of lines one under the other. */
	for (i = first_line; i <= pg->n_lines; i++) {
		size_t k;

		if (i < pg->n_lines && (i == first_line ||
		    pdf_same_column(&pg->lines[i - 1].b, &pg->lines[i].b))) {
			pdf_box_grow(&leaf, &pg->lines[i].b, i == first_line);
			continue;
		}
		for (k = col; k < i; k++) {
			pg->lines[k].leaf = o->leaf;
			pg->lines[k].leaf_x1 = leaf.x1;
			pg->lines[k].leaf_x2 = leaf.x2;
			pg->lines[k].gap_before = k == col;
			pg->lines[k].band = band & PDF_IN_HEADER ? 1 : band ? 2 : 0;
		}
		o->leaf++;
		col = i;
		if (i < pg->n_lines)
			leaf = pg->lines[i].b;
	}
}

static void
pdf_leaf(struct pdf_order *o, size_t *v, size_t n, int band)
{
	const struct pdf_page *pg = o->pg;
	struct pdf_row *rows = xmalloc((n + 1) * sizeof *rows);
	struct pdf_box leaf;
	size_t i, nr, wide = 0, first_line = pg->n_lines;
	double size = pdf_region_size(pg, v, n);

	nr = pdf_rows(pg, v, n, rows);
	for (i = 0; i < nr; i++)
		wide += pdf_row_spans_gutter(pg, &rows[i], size);
	if (nr >= PDF_FLOW_MIN_ROWS && wide * PDF_FLOW_SHARE >= nr) {
		free(rows);
		pdf_leaf_flow(o, v, n, band);
		return;
	}
	for (i = 0; i < n; i++)
		pdf_box_grow(&leaf, &pg->frags[v[i]].b, i == 0);
	for (i = 0; i < nr; i++)
		pdf_emit_row(o, &rows[i], &leaf);
	if (first_line < o->pg->n_lines)
		o->pg->lines[first_line].gap_before = true;
	for (i = first_line; i < o->pg->n_lines; i++)
		o->pg->lines[i].band = band & PDF_IN_HEADER ? 1 : band ? 2 : 0;
	free(rows);
	o->leaf++;
}

/* --- the cuts ------------------------------------------------------------------ */

/* Whether a photo in region all stands beside heading band: level with
 * it, off its width.  The heading then tops its own columns, not the
 * region's, however centred it stands. */
static bool
pdf_picture_beside(const struct pdf_page *pg, const struct pdf_box *all,
    const struct pdf_box *band)
{
	size_t i;

	for (i = 0; i < pg->n_pictures; i++) {
		const struct pdf_box *p = &pg->pictures[i];

		if (p->x1 < all->x2 && p->x2 > all->x1 &&
		    (p->x2 <= band->x1 || p->x1 >= band->x2) &&
		    p->y1 < band->y2 && p->y2 > band->y1)
			return true;
	}
	return false;
}

/* A headline band on top of the region, read before the columns under it
 * even when it leaves a gutter free: the first band when all of it is
 * larger than the body, it is centred on the region or starts at its left
 * edge, and it does not lie on both sides of the region's gutter vc nor
 * of a gutter of its own (then it is the headlines of stacks side by
 * side). */
static struct pdf_cut
pdf_heading_band(const struct pdf_page *pg, size_t *v, size_t n, double min,
    struct pdf_cut vc)
{
	struct pdf_cut none = { 0, 0 }, c = none;
	struct pdf_box band, all;
	double reach, mid, w, size;
	bool left = false, right = false;
	size_t i;

	pdf_cmp_page = pg;
	qsort(v, n, sizeof *v, pdf_by_y1);
	for (i = 0; i < n; i++)
		pdf_box_grow(&all, &pg->frags[v[i]].b, i == 0);
	reach = pdf_frag_foot(pg, v[0]);
	for (i = 0; i < n && c.gap == 0; i++) {
		const struct pdf_box *b = &pg->frags[v[i]].b;

		if (i > 0 && b->y1 - reach >= min) {
			c.gap = b->y1 - reach;
			c.at = (b->y1 + reach) / 2;
			break;
		}
		if (pdf_frag_size(pg, v[i]) < 1.1 * pg->body_size)
			return none;
		pdf_box_grow(&band, b, i == 0);
		left |= b->x1 < vc.at;
		right |= b->x2 > vc.at;
		if (pdf_frag_foot(pg, v[i]) > reach)
			reach = pdf_frag_foot(pg, v[i]);
	}
	if (c.gap == 0 || (vc.gap > 0 && left && right))
		return none;
	/* Two headlines side by side, over stories of their own. */
	if (pdf_widest_gap(pg, v, i, true, 0.5 * pg->body_size,
	    pdf_region_size(pg, v, i)).gap > 0)
		return none;
	if (pdf_picture_beside(pg, &all, &band))
		return none;
	mid = (band.x1 + band.x2) / 2 - (all.x1 + all.x2) / 2;
	w = all.x2 - all.x1;
	/* Centred on the region: a banner over it, display type far larger
	 * than the body (the masthead) or a title standing apart; a narrow
	 * headline right over its column's text stands centred by chance
	 * (the middle column's of three). */
	size = pdf_region_size(pg, v, i);
	if (mid < 0.05 * w && mid > -0.05 * w &&
	    (band.x2 - band.x1 > PDF_BAND_MIN_SHARE * w ||
	    size >= PDF_BAND_BANNER * pg->body_size ||
	    c.gap >= PDF_BAND_APART * size))
		return c;
	return band.x1 < all.x1 + 1 ? c : none;
}

/* A region no white space cuts may still hold columns under a line or
 * two set across them (a byline or a standfirst run over a story's
 * columns, too close above them to leave a band gap): the cut under the
 * first PDF_PEEL_ROWS rows or fewer, when the rest has a gutter. */
static struct pdf_cut
pdf_peel_rows(const struct pdf_page *pg, size_t *v, size_t n, double vmin,
    double size)
{
	struct pdf_cut none = { 0, 0 }, c;
	size_t i = 0, rows = 0;
	double mid = 0, top;

	pdf_cmp_page = pg;
	qsort(v, n, sizeof *v, pdf_by_ymid);
	while (i < n && rows < PDF_PEEL_ROWS) {
		const struct pdf_box *b = &pg->frags[v[i]].b;

		top = (b->y1 + b->y2) / 2;
		while (i < n && (pg->frags[v[i]].b.y1 + pg->frags[v[i]].b.y2) / 2 <
		    top + 0.5 * (b->y2 - b->y1))
			mid = (pg->frags[v[i]].b.y1 + pg->frags[v[i]].b.y2) / 2, i++;
		rows++;
		if (i >= n)
			break;
		if (pdf_widest_gap(pg, v + i, n - i, true, vmin, size).gap > 0) {
			const struct pdf_box *r = &pg->frags[v[i]].b;

			c.gap = r->y1 > mid ? r->y1 - mid : 0.5;
			c.at = (mid + (r->y1 + r->y2) / 2) / 2;
			/* pdf_widest_gap sorted the rest: sort all again */
			qsort(v, n, sizeof *v, pdf_by_ymid);
			return c;
		}
		qsort(v, n, sizeof *v, pdf_by_ymid);
	}
	return none;
}

/* Whether band cut c (from pdf_widest_gap, horizontal) ends every
 * column's text above it together: it is wide enough and no fragment set
 * larger than the body stands last in its column over it (a headline
 * over its story's text, which a band cut would part from it). */
static bool
pdf_band_clean(const struct pdf_page *pg, const size_t *v, size_t n,
    struct pdf_cut c)
{
	double top = c.at - c.gap / 2;
	size_t i, k;

	if (c.gap < PDF_BAND_CLEAN * pg->body_size)
		return false;
	for (i = 0; i < n; i++) {
		const struct pdf_box *a = &pg->frags[v[i]].b;
		bool last = true;

		if (a->y1 > c.at || pdf_frag_size(pg, v[i]) <
		    PDF_DISPLAY_SIZE * pg->body_size ||
		    pdf_frag_foot(pg, v[i]) < top - 3 * pg->body_size)
			continue;
		for (k = 0; k < n && last; k++) {
			const struct pdf_box *b = &pg->frags[v[k]].b;

			last = !(k != i && b->y1 > a->y1 && b->y1 < c.at &&
			    b->x1 < a->x2 && b->x2 > a->x1);
		}
		if (last)
			return false;
	}
	return true;
}

/* furn: which furniture bands may still be cut off this region. */
static void
pdf_cut_region(struct pdf_order *o, size_t *v, size_t n, int furn)
{
	const struct pdf_page *pg = o->pg;
	double hmin, vmin, size;
	struct pdf_cut h, vc;
	bool clean;

	if (n == 0)
		return;
	size = pdf_region_size(pg, v, n);
	vmin = 0.5 * size;
	hmin = PDF_BAND_GAP * size;
	/* Furniture stands apart by a line's height or so. */
	if ((furn & PDF_FURN_HEADER) &&
	    (h = pdf_furniture_cut(pg, v, n, 0.8 * pg->body_size, true)).gap > 0) {
		pdf_split(o, v, n, false, h, PDF_IN_HEADER, furn & ~PDF_FURN_HEADER,
		    false);
		return;
	}
	if ((furn & PDF_FURN_FOOTER) &&
	    (h = pdf_furniture_cut(pg, v, n, 0.8 * pg->body_size, false)).gap > 0) {
		pdf_split(o, v, n, false, h, 0, PDF_IN_FOOTER, false);
		return;
	}
	vc = pdf_widest_gap(pg, v, n, true, vmin, size);
	if ((h = pdf_heading_band(pg, v, n, hmin, vc)).gap > 0) {
		pdf_split(o, v, n, false, h, furn & PDF_IN_BAND, furn & PDF_IN_BAND,
		    false);
		return;
	}
	h = pdf_widest_gap(pg, v, n, false, hmin, size);
	clean = pdf_band_clean(pg, v, n, h);
	if (vc.gap > 0 && vc.gap * PDF_GUTTER_WEIGHT >= h.gap && !clean)
		pdf_split(o, v, n, true, vc, furn & PDF_IN_BAND, furn & PDF_IN_BAND,
		    false);
	else if (h.gap > 0 || (h = pdf_peel_rows(pg, v, n, vmin, size)).gap > 0)
		pdf_split(o, v, n, false, h, furn & PDF_IN_BAND, furn & PDF_IN_BAND,
		    clean);
	else
		pdf_leaf(o, v, n, furn & PDF_IN_BAND);
}

void
pdf_order_lines(struct pdf_page *pg)
{
	struct pdf_order o = { pg, 0 };
	size_t *v = xmalloc((pg->n_frags + 1) * sizeof *v), i;

	for (i = 0; i < pg->n_frags; i++)
		v[i] = i;
	if (pg->scan && pg->n_frags > 0) {
		pdf_leaf_flow(&o, v, pg->n_frags, 0);
		free(v);
		return;
	}
	pdf_cut_region(&o, v, pg->n_frags, PDF_FURN_HEADER | PDF_FURN_FOOTER);
	free(v);
}
