/* SPDX-License-Identifier: ISC */
/* segment_flow.c: putting back what pdftotext's reading order displaced.
 *
 * pdftotext's default order is a guess from the glyphs' positions.  On
 * pages drawn in an unusual content-stream order it lifts a wide-spaced
 * byline glyph onto a line of its own (者 of 记者) and parts the columns
 * of one article: the second column of a two-column brief lands after an
 * unrelated item.  Some pages draw every headline after all the text.
 * These leave marks in the text alone: a lone glyph that completes a
 * byline a line or two below; a column that stops mid-sentence at a blank
 * line while the text after the blank opens another item; headline-shaped
 * lines after the last paragraph and none before.  This file moves such
 * lines back next to the text they belong to, before the lines are
 * grouped into articles.
 *
 * A displaced column is found by the habits of a page's typesetting:
 * - An article's text is balanced over its columns, the first ones
 *   filled first: a column continuing another has as many lines or one
 *   fewer.
 * - A photo caption ends with its credit: a piece ending in a credit
 *   continues a caption (图为…), never a story.
 * Pieces that follow each other in the text keep their order unless a
 * better fit exists. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "clean.h"
#include "segment_build.h"
#include "segment_int.h"
#include "xalloc.h"

#define NONE ((size_t)-1)
#define NEAR 32		/* pieces apart at most, a column and its rest */

/* ---- a lone byline glyph ----------------------------------------------- */

static char *
join3(const char *a, const char *b, const char *c)
{
	return xasprintf("%s%s%s", a, b, c);
}

/* Does the lone glyph g, put between lines j and j + 1, complete an
 * inline byline ("…电（记" 者 "梁波）…")? */
static bool
glyph_completes(const struct seg_page *sp, const char *g, size_t j)
{
	char *with, *without;
	size_t kw, ko;

	if (j + 1 >= sp->n || sp->v[j + 1].gap)
		return false;
	with = join3(sp->v[j].clean, g, sp->v[j + 1].clean);
	without = join3(sp->v[j].clean, "", sp->v[j + 1].clean);
	kw = segment_lines_byline_prefix(with);
	ko = segment_lines_byline_prefix(without);
	free(with);
	free(without);
	return kw > ko + strlen(g) && kw > strlen(sp->v[j].clean);
}

/* Move line i to just after line j (j > i). */
static void
move_line_after(struct seg_page *sp, size_t i, size_t j)
{
	struct seg_line l = sp->v[i];

	memmove(sp->v + i, sp->v + i + 1, (j - i) * sizeof *sp->v);
	l.gap = false;
	l.glued = true;
	sp->v[j] = l;
}

static bool
lone_glyphs(struct seg_page *sp)
{
	size_t i, j;
	bool moved = false;

	for (i = 0; i + 1 < sp->n; i++) {
		const struct seg_line *l = &sp->v[i];
		if (l->cls != SEG_BODY || u8_mbsnlen((const uint8_t *)l->clean,
		    strlen(l->clean)) != 1 || clean_count_wide(l->s, l->len) != 1)
			continue;
		/* The byline it belongs to starts within a few lines. */
		for (j = i + 1; j < sp->n && j <= i + 3; j++)
			if (glyph_completes(sp, l->clean, j)) {
				if (i + 1 < sp->n && sp->v[i].gap)
					sp->v[i + 1].gap = true;
				move_line_after(sp, i, j);
				moved = true;
				break;
			}
	}
	return moved;
}

/* ---- displaced columns -------------------------------------------------- */

struct piece {
	size_t	 a, b;		/* lines [a, b): between blank lines */
	bool	 tail_open;	/* ends mid-sentence at a full line */
	int	 n_open;	/* lines of the open article in this column */
	bool	 caption;	/* the open text is a photo caption */
	bool	 head_open;	/* starts with text that opens no item */
	int	 n_head;	/* its lines before anything else starts */
	bool	 head_credit;	/* and a photo credit ends them */
	bool	 head_caption;	/* those lines hold 图为 */
	bool	 head_indent;	/* its first line is short by an indent */
	size_t	 succ, pred;	/* the pieces joined after / before it */
};

/* Does line i open an item (a byline or a dateline starts it)? */
static bool
opens_item(const struct seg_page *sp, size_t i)
{
	return segment_lines_byline_prefix(sp->v[i].clean) > 0 ||
	    segment_lines_dateline(sp->v[i].clean) > 0 ||
	    segment_blocks_starts_enum(sp->v[i].clean);
}

static bool
has_punct(const char *t)
{
	static const char *const marks[] = { "，", "。", "；", "：", "！",
	    "？", "、", NULL };
	size_t k;

	for (k = 0; marks[k]; k++)
		if (strstr(t, marks[k]))
			return true;
	return strpbrk(t, ",.;:!?") != NULL;
}

static void
piece_tail(const struct seg_page *sp, struct piece *p)
{
	size_t last = p->b - 1, i;
	char *t;

	/* Nearly full: a paragraph's first line is short by its indent. */
	p->tail_open = sp->v[last].cls == SEG_BODY &&
	    (segment_lines_is_full(sp, last) || (sp->cjk &&
	    sp->v[last].w >= sp->v[last].full - 5)) &&
	    !segment_lines_ends_sentence(sp->v[last].clean);
	if (!p->tail_open)
		return;
	/* Count up to the line that opens the article, or to the
	 * headline, which spans the columns and is not counted. */
	for (i = p->b; i > p->a; i--) {
		enum seg_class c = sp->v[i - 1].cls;
		if (c != SEG_BODY && c != SEG_BYLINE)
			break;
		if (c == SEG_BYLINE || opens_item(sp, i - 1)) {
			i--;
			break;
		}
	}
	p->n_open = (int)(p->b - i);
	t = segment_build_text(sp, i, p->b, false);
	p->caption = strstr(t, "图为") != NULL;
	/* Lines of verse stop anywhere: only prose is cut by a column. */
	if (!has_punct(t))
		p->tail_open = false;
	free(t);
}

static void
piece_head(const struct seg_page *sp, struct piece *p)
{
	size_t i;
	char *t;

	p->head_open = sp->v[p->a].cls == SEG_BODY && !opens_item(sp, p->a);
	if (!p->head_open)
		return;
	for (i = p->a; i < p->b && sp->v[i].cls == SEG_BODY &&
	    (i == p->a || !opens_item(sp, i)); i++)
		;
	p->n_head = (int)(i - p->a);
	p->head_credit = i < p->b && sp->v[i].cls == SEG_CREDIT;
	t = segment_build_text(sp, p->a, i, false);
	p->head_caption = strstr(t, "图为") != NULL;
	free(t);
	/* CJK columns are justified to one width: a first line shorter
	 * than the full line under it keeps the room of a paragraph's
	 * indent (pdftotext drops the indent itself). */
	p->head_indent = sp->cjk && p->n_head >= 2 &&
	    sp->v[p->a].w + 3 <= sp->v[p->a + 1].w &&
	    segment_lines_is_full(sp, p->a + 1);
}

static size_t
find_pieces(const struct seg_page *sp, struct piece **out)
{
	struct piece *v = NULL;
	size_t n = 0, cap = 0, i, a;

	for (a = 0; a < sp->n; a = i) {
		/* A lone 摄 after a blank line still ends the credit above. */
		for (i = a + 1; i < sp->n && (!sp->v[i].gap ||
		    (sp->v[i].cls == SEG_CREDIT && sp->v[i - 1].cls ==
		    SEG_CREDIT)); i++)
			;
		v = xgrow(v, &cap, n + 1, sizeof *v);
		memset(&v[n], 0, sizeof v[n]);
		v[n].a = a;
		v[n].b = i;
		v[n].succ = v[n].pred = NONE;
		piece_tail(sp, &v[n]);
		piece_head(sp, &v[n]);
		n++;
	}
	*out = v;
	return n;
}

/* Would joining piece m after piece k close a loop? */
static bool
makes_loop(const struct piece *v, size_t k, size_t m)
{
	size_t i;

	for (i = m; i != NONE; i = v[i].succ)
		if (i == k)
			return true;
	return false;
}

/* Does m, next after k, have about as many lines as k's open text?
 * Columns are balanced, but section heads and paragraph spacing
 * unbalance long ones a little: the next may fall short by a fifth or
 * hold a line more. */
static bool
near_count(const struct piece *v, size_t k, size_t m)
{
	int d = v[k].n_open - v[m].n_head;

	return d >= -1 && d <= (v[k].n_open / 5 > 1 ? v[k].n_open / 5 : 1);
}

/* How well m continues k now, in tiers (lower is better), or -1:
 * 0  m ends in a credit and continues a caption (图为 in k, or in m
 *    next to k);
 * 1  m is next and its count is near;
 * 2  m is another piece with an agreeing count, and the next piece
 *    cannot be the rest (it opens an item, or ends in a credit);
 * 3  the same, and the next piece went to another as its rest;
 * 4  m is next, whatever the counts. */
static int
fit(const struct piece *v, size_t n, size_t k, size_t m)
{
	int d = v[k].n_open - v[m].n_head;

	if (!v[k].tail_open || !v[m].head_open || k == m)
		return -1;
	if (v[m].head_credit)
		return v[k].caption || (m == k + 1 && v[m].head_caption) ? 0 :
		    -1;
	if (m == k + 1)
		return near_count(v, k, m) ? 1 : 4;
	/* pdftotext reads the columns of a band from left to right: the
	 * rest of a column comes after it.  A sentence cut at a column's
	 * foot goes on at the top of a column, never in an indented first
	 * line. */
	if (m < k || (d != 0 && d != 1) || v[m].head_indent)
		return -1;
	if (k + 1 >= n || fit(v, n, k, k + 1) < 0)
		return 2;
	return v[k + 1].pred != NONE ? 3 : -1;
}

static void
match_pieces(struct piece *v, size_t n)
{
	size_t k, m;
	int tier, d;

	/* Tier by tier, closer counts first within a tier; a displaced
	 * piece lands within a few items of its place. */
	for (tier = 0; tier <= 4; tier++)
		for (d = 0; d <= 1; d++)
			for (k = 0; k < n; k++)
				for (m = k > NEAR ? k - NEAR : 0; m < n &&
				    m <= k + NEAR; m++) {
					if (v[k].succ != NONE || v[m].pred != NONE ||
					    fit(v, n, k, m) != tier ||
					    ((tier == 2 || tier == 3) &&
					    v[k].n_open - v[m].n_head != d) ||
					    makes_loop(v, k, m))
						continue;
					v[k].succ = m;
					v[m].pred = k;
				}
}

/* Lay the lines out again: each chain of pieces in the place of its
 * first piece.  True when anything moved. */
static bool
relay(struct seg_page *sp, const struct piece *v, size_t n)
{
	struct seg_line *out = xcalloc(sp->n ? sp->n : 1, sizeof *out);
	size_t k, i, o = 0;
	bool moved = false;

	for (k = 0; k < n; k++) {
		if (v[k].pred != NONE)
			continue;
		for (i = k; i != NONE; i = v[i].succ) {
			if (v[i].pred != NONE && v[i].pred + 1 != i)
				moved = true;
			memcpy(out + o, sp->v + v[i].a,
			    (v[i].b - v[i].a) * sizeof *out);
			o += v[i].b - v[i].a;
		}
	}
	if (moved && o == sp->n)
		memcpy(sp->v, out, sp->n * sizeof *out);
	free(out);
	return moved && o == sp->n;
}

static bool
displaced_columns(struct seg_page *sp)
{
	struct piece *v;
	size_t n = find_pieces(sp, &v);
	bool moved;

	match_pieces(v, n);
	moved = relay(sp, v, n);
	free(v);
	return moved;
}

/* ---- headlines drawn last ------------------------------------------------ */

#define LATE_MAX 4	/* lines of headlines drawn after all the text */
#define LATE_MAX_PARAS 1000

/* A line that may be a headline: short, no sentence inside it or at its
 * end (a question may end one). */
static bool
late_title_shape(const struct seg_line *l)
{
	static const char *const bad_end[] = { "，", "、", "；", "：", "。",
	    ",", ";", ":", NULL };
	size_t n = u8_mbsnlen((const uint8_t *)l->clean, strlen(l->clean)), k,
	    len = strlen(l->clean);

	if ((l->cls != SEG_BODY && l->cls != SEG_TITLE) || n < 4 || n > 40 ||
	    strstr(l->clean, "。") || seg_starts_with(l->clean, "（") ||
	    seg_starts_with(l->clean, "("))
		return false;	/* (据新华社电): a signature */
	for (k = 0; bad_end[k]; k++)
		if (len >= strlen(bad_end[k]) && strcmp(l->clean + len -
		    strlen(bad_end[k]), bad_end[k]) == 0)
			return false;
	return true;
}

struct late {
	size_t	 s0, t, e;	/* text [s0, t), headlines [t, e) */
	size_t	 gs[LATE_MAX + 1];	/* headline groups: lines gs[j].. */
	size_t	 k;		/* groups */
	size_t	*par;		/* paragraphs' first lines */
	size_t	 np;
};

size_t
segment_flow_late_band(const struct seg_page *sp,
    bool (*shape)(const struct seg_line *), size_t max, size_t *s0,
    size_t *t, size_t *e)
{
	size_t i, titles = 0;

	for (*e = sp->n; *e > 0 && sp->v[*e - 1].cls == SEG_META; (*e)--)
		;
	for (*t = *e; *t > 0 && *e - *t <= max && shape(&sp->v[*t - 1]); (*t)--)
		;
	if (*t == *e || *t == 0 || *e - *t > max)
		return SIZE_MAX;
	for (*s0 = 0; *s0 < *t && sp->v[*s0].cls == SEG_META; (*s0)++)
		;
	/* Section heads ((二)) aside. */
	for (i = *s0; i < *t; i++)
		if ((sp->v[i].cls == SEG_TITLE &&
		    !segment_blocks_is_enum(sp->v[i].clean)) ||
		    sp->v[i].cls == SEG_KICKER)
			titles++;
	return titles;
}

/* Headline lines after the last text, none before it: [t, e). */
static bool
late_find(const struct seg_page *sp, struct late *lt)
{
	size_t i;

	if (segment_flow_late_band(sp, late_title_shape, LATE_MAX, &lt->s0,
	    &lt->t, &lt->e) != 0)
		return false;
	/* A line opening with 评 or a dash is the subhead of the one
	 * above (a commentary's subject); any other starts a headline. */
	lt->k = 0;
	for (i = lt->t; i < lt->e; i++)
		if (i == lt->t || !(seg_starts_with(sp->v[i].clean, "评") ||
		    seg_starts_with(sp->v[i].clean, "—")))
			lt->gs[lt->k++] = i;
	lt->gs[lt->k] = lt->e;
	return lt->t - lt->s0 >= lt->k;
}

static void
late_paragraphs(const struct seg_page *sp, struct late *lt)
{
	size_t i;

	lt->par = xcalloc(lt->t - lt->s0 + 1, sizeof *lt->par);
	lt->np = 0;
	for (i = lt->s0; i < lt->t; i++)
		if (sp->v[i].cls == SEG_BODY && (i == lt->s0 ||
		    sp->v[i - 1].cls != SEG_BODY ||
		    !segment_blocks_joins(sp, i - 1)))
			lt->par[lt->np++] = i;
	lt->par[lt->np] = lt->t;
}

/* What headline group j has in common with paragraph p. */
static int
late_affinity(const struct seg_page *sp, const struct late *lt, size_t j,
    size_t p)
{
	char *h = segment_build_text(sp, lt->gs[j], lt->gs[j + 1], false);
	char *t = segment_build_text(sp, lt->par[p], lt->par[p + 1], false);
	int n = segment_lines_shared(h, t);

	free(h);
	free(t);
	return n;
}

/* Cut the paragraphs into k runs in order, one a headline group, the
 * most words in common in all; cut[j] is run j's first paragraph.  False
 * when a run has little in common with its headline. */
static bool
late_cuts(const struct seg_page *sp, const struct late *lt, size_t *cut)
{
	size_t n = lt->np, k = lt->k, j, p, q;
	int *pre = xcalloc((k + 1) * (n + 1), sizeof *pre);
	int *best = xcalloc((k + 1) * (n + 1), sizeof *best);
	size_t *from = xcalloc((k + 1) * (n + 1), sizeof *from);
	bool ok = true;

	/* pre[j][p]: group j's affinity summed over paragraphs [0, p). */
	for (j = 0; j < k; j++)
		for (p = 0; p < n; p++)
			pre[j * (n + 1) + p + 1] = pre[j * (n + 1) + p] +
			    late_affinity(sp, lt, j, p);
	/* best[j][p]: groups [0, j] over paragraphs [0, p), group j's run
	 * ending at p; from: where that run starts. */
	for (j = 0; j < k; j++)
		for (p = j + 1; p <= n; p++) {
			best[j * (n + 1) + p] = -1;
			for (q = j; q < p; q++) {
				int prev = j == 0 ? (q == 0 ? 0 : -1) :
				    best[(j - 1) * (n + 1) + q];
				int sc = pre[j * (n + 1) + p] - pre[j * (n + 1) + q];
				if (prev < 0 || prev + sc <= best[j * (n + 1) + p])
					continue;
				best[j * (n + 1) + p] = prev + sc;
				from[j * (n + 1) + p] = q;
			}
		}
	p = n;
	for (j = k; j-- > 0;) {
		if (best[j * (n + 1) + p] < 0) {
			ok = false;
			break;
		}
		cut[j] = from[j * (n + 1) + p];
		if (pre[j * (n + 1) + p] - pre[j * (n + 1) + cut[j]] < 2)
			ok = false;
		p = cut[j];
	}
	free(pre);
	free(best);
	free(from);
	return ok;
}

/* Put each headline group above its run; the first above a jump label
 * (（上接…）) that opens the text, if any. */
static void
late_relay(struct seg_page *sp, const struct late *lt, const size_t *cut)
{
	struct seg_line *out = xcalloc(sp->n, sizeof *out);
	size_t o = 0, i, j = 0, g;
	enum jump_dir dir;

	for (i = 0; i < lt->t; i++) {
		size_t at = j < lt->k ? lt->par[cut[j]] : NONE;
		if (j == 0 && i == lt->s0 && sp->v[i].cls == SEG_JUMP &&
		    segment_lines_is_jump(sp->v[i].clean, &dir, NULL) &&
		    dir == JUMP_FROM)
			at = i;
		if (i == at) {
			for (g = lt->gs[j]; g < lt->gs[j + 1]; g++) {
				out[o] = sp->v[g];
				out[o++].gap = g == lt->gs[j];
			}
			j++;
			sp->v[i].gap = true;
		}
		out[o++] = sp->v[i];
	}
	for (i = lt->e; i < sp->n; i++)
		out[o++] = sp->v[i];
	memcpy(sp->v, out, sp->n * sizeof *out);
	free(out);
}

static bool
late_headlines(struct seg_page *sp)
{
	struct late lt;
	size_t cut[LATE_MAX];
	bool ok;

	memset(&lt, 0, sizeof lt);
	if (!late_find(sp, &lt))
		return false;
	late_paragraphs(sp, &lt);
	/* The cut is quadratic in paragraphs: a page holds far fewer. */
	ok = lt.np >= lt.k && lt.np <= LATE_MAX_PARAS && late_cuts(sp, &lt, cut);
	if (ok)
		late_relay(sp, &lt, cut);
	free(lt.par);
	return ok;
}

bool
segment_flow_rejoin(struct seg_page *sp)
{
	bool moved = false;

	if (sp->mode == SEG_MODE_LAYOUT)
		return false;	/* columns side by side: segment_columns.c */
	if (segment_late_raw(sp))
		return true;
	/* Only CJK text is justified to a fixed number of characters a
	 * line: in Latin text a short ad line or a ragged last line looks
	 * like a column cut mid-sentence. */
	if (!sp->cjk)
		return false;
	moved = lone_glyphs(sp);
	if (sp->mode == SEG_MODE_DEFAULT && displaced_columns(sp))
		moved = true;
	if (late_headlines(sp))
		moved = true;
	return moved;
}
