/* SPDX-License-Identifier: ISC */
/* layout.c: an article reflowed into display lines.
 *
 * Each block is cut into grapheme clusters ("units"), each with its width
 * in cells and whether a line may break before it (linebreak_find: UAX #14
 * and the 禁则).  Lines are then filled greedily:
 *
 * - A line takes units while they fit; spaces (U+0020) hang: they never
 *   make a line overflow, and the spaces at a break are dropped, at the end
 *   of the line and at the start of the next.
 * - When a unit does not fit, the line breaks at the last opportunity seen.
 *   The 禁则 removed the opportunities before closing and after opening
 *   punctuation, so the line comes out a character short rather than break
 *   the rule ("push out", never overflow).
 * - With no opportunity on the line (a word longer than the line), the line
 *   is cut at the last cluster that fits, one cluster earlier if that cut
 *   would start a line with closing punctuation or end one with opening.
 * - A cluster wider than the whole line (a wide character at width 1) is
 *   shown as a one-cell "?" mapped to it (LR_SUBST): never half a character,
 *   never an overflow.
 * - LF, CR and CRLF end a line and are not shown; every other control or
 *   format character is shown as its placeholder (width_placeholder).
 *
 * Each line keeps runs: cells and the source bytes they show, so a byte maps
 * to a cell and a cell to a byte.  One pass over each block for clusters and
 * break opportunities, one greedy pass for lines: linear in the text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>

#include "layout.h"
#include "linebreak.h"
#include "strbuf.h"
#include "width.h"
#include "xalloc.h"

#define LAYOUT_MIN_WIDTH	1
#define LAYOUT_MAX_WIDTH	1000
#define LAYOUT_SUBST		"?"
#define LAYOUT_IDEO_SPACE	"\xE3\x80\x80"	/* U+3000 */

/* How a line was filled. */
#define LAYOUT_FITS		0	/* broke at an opportunity */
#define LAYOUT_FORCED		1	/* cut inside a word */
#define LAYOUT_SUBST_ONE	2	/* one unit too wide for the line */

enum layout_unit_kind {
	LU_TEXT,
	LU_SPACE,		/* U+0020: hangs, dropped at a break */
	LU_NEWLINE,		/* LF, CR, CRLF: ends the line, not shown */
	LU_PLACEHOLDER		/* shown through width_placeholder */
};

/* One grapheme cluster of a block. */
struct layout_unit {
	size_t		 start;		/* byte in the block's text */
	uint32_t	 len;
	uint32_t	 cp;		/* its first code point */
	int		 cells;
	char		 brk;		/* enum linebreak_kind before it */
	char		 kind;		/* enum layout_unit_kind */
};

/* A block being laid out. */
struct layout_blk {
	const struct layout_block *b;
	size_t		 idx;
	struct layout_unit *u;
	size_t		 n;
	int		 cjk;		/* East Asian text */
	int		 indent_n;	/* indent units on the first line */
	const char	*indent_s;	/* one indent unit */
	int		 indent_w;	/* cells of one indent unit */
};

/* The layout being built. */
struct layout_ctx {
	struct layout	*out;
	size_t		 cap;
	int		 width;
	enum ambiguous_width amb;
	const struct layout_options *opt;
};

/* Whether text reads as East Asian: any CJK among its first characters, and
 * not drowned by Latin letters (a Chinese name in an English paragraph). */
static int
layout_is_cjk(const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len;
	ucs4_t		 uc;
	int		 i, cjk = 0, latin = 0;

	for (i = 0; i < 256 && p < end; i++) {
		p += u8_mbtouc(&uc, p, end - p);
		if (width_is_cjk(uc))
			cjk++;
		else if (uc < 0x1100 && uc_is_alpha(uc))
			latin++;
	}
	return cjk > 0 && cjk * 3 >= latin;
}

/* Kind and cells of the cluster s[0 .. n). */
static void
layout_measure(const uint8_t *s, size_t n, enum ambiguous_width amb,
    struct layout_unit *u)
{
	const uint8_t	*p = s, *end = s + n;
	ucs4_t		 uc;
	int		 r, ph;

	u->kind = LU_TEXT;
	u->cells = 0;
	u8_mbtouc(&uc, s, n);
	u->cp = uc;
	if (n == 1 && (*s == '\n' || *s == '\r'))
		u->kind = LU_NEWLINE;
	else if (n == 2 && s[0] == '\r' && s[1] == '\n')
		u->kind = LU_NEWLINE;
	else if (n == 1 && *s == ' ')
		u->kind = LU_SPACE;
	if (u->kind == LU_NEWLINE)
		return;
	while (p < end) {
		if ((r = u8_mbtoucr(&uc, p, end - p)) < 0) {
			r = u8_mbtouc(&uc, p, end - p);
			uc = 0xFFFD;
			u->kind = LU_PLACEHOLDER;
		}
		u->cells += width_char_shown(uc, amb, &ph);
		if (ph)
			u->kind = LU_PLACEHOLDER;
		p += r;
	}
}

/* Cut the block into units with their widths and break opportunities. */
static void
layout_units(struct layout_blk *k, enum ambiguous_width amb)
{
	const uint8_t	*s = (const uint8_t *)k->b->text;
	size_t		 len = k->b->len, i, j, n = 0;
	char		*gb, *brk;

	gb = xmalloc(len);
	brk = xmalloc(len);
	u8_grapheme_breaks(s, len, gb);
	linebreak_find(k->b->text, len, k->cjk, gb, brk);
	for (i = 1; i < len; i++)
		n += gb[i] != 0;
	k->u = xmalloc((n + 1) * sizeof *k->u);
	for (i = 0; i < len; i = j) {
		for (j = i + 1; j < len && !gb[j]; j++)
			;
		k->u[k->n].start = i;
		k->u[k->n].len = j - i;
		k->u[k->n].brk = brk[i];
		layout_measure(s + i, j - i, amb, &k->u[k->n]);
		k->n++;
	}
	free(gb);
	free(brk);
}

/* The first-line indent of a paragraph, kept to at most the width less two
 * cells so that a wide character still fits after it. */
static void
layout_indent(struct layout_blk *k, const struct layout_ctx *c)
{
	int	 n;

	k->indent_n = 0;
	if (!k->b->paragraph || k->b->len == 0 || k->b->text[0] == ' ' ||
	    (k->b->len >= 3 && memcmp(k->b->text, LAYOUT_IDEO_SPACE, 3) == 0))
		return;
	if (k->cjk) {
		n = c->opt->cjk_indent;
		k->indent_s = LAYOUT_IDEO_SPACE;
		k->indent_w = 2;
	} else {
		n = c->opt->latin_indent;
		k->indent_s = " ";
		k->indent_w = 1;
	}
	if (n > LAYOUT_MAX_WIDTH)
		n = LAYOUT_MAX_WIDTH;
	while (n > 0 && n * k->indent_w > c->width - 2)
		n--;
	k->indent_n = n;
}

static struct layout_line *
layout_new_line(struct layout_ctx *c, enum layout_style style, size_t block)
{
	struct layout		*L = c->out;
	struct layout_line	*ln;

	L->lines = xgrow(L->lines, &c->cap, L->n_lines + 1, sizeof *L->lines);
	ln = &L->lines[L->n_lines++];
	memset(ln, 0, sizeof *ln);
	ln->style = style;
	ln->block = block;
	return ln;
}

static void
layout_blank(struct layout_ctx *c, const struct layout_blk *prev)
{
	struct layout_line	*ln;

	ln = layout_new_line(c, LS_BLANK, prev->idx);
	ln->text = xstrdup("");
	ln->src_start = ln->src_end = prev->b->len;
}

/* A line being filled with runs. */
struct layout_fill {
	struct layout_line	*ln;
	struct strbuf		 t;
	size_t			 cap;
	const struct layout_ctx	*c;
};

static struct layout_run *
layout_add_run(struct layout_fill *f, enum layout_run_kind kind, size_t block,
    size_t src_start, size_t src_end)
{
	struct layout_line	*ln = f->ln;
	struct layout_run	*r;

	ln->runs = xgrow(ln->runs, &f->cap, ln->n_runs + 1, sizeof *ln->runs);
	r = &ln->runs[ln->n_runs++];
	r->kind = kind;
	r->block = block;
	r->src_start = src_start;
	r->src_end = src_end;
	r->disp_start = r->disp_end = f->t.len;
	r->col = ln->cells;
	r->cells = 0;
	return r;
}

/* Append the stand-ins for placeholder unit s[0 .. n). */
static void
layout_put_placeholder(struct strbuf *t, const uint8_t *s, size_t len)
{
	const uint8_t	*p, *end = s + len;
	const char	*ph;
	ucs4_t		 uc;
	int		 n;

	for (p = s; p < end; p += n) {
		if ((n = u8_mbtoucr(&uc, p, end - p)) < 0) {
			n = u8_mbtouc(&uc, p, end - p);
			ph = "\xEF\xBF\xBD";
		} else
			ph = width_placeholder(uc);
		if (ph != NULL)
			strbuf_adds(t, ph);
		else
			strbuf_add(t, (const char *)p, n);
	}
}

/* Append what unit u shows; text runs that follow each other merge. */
static void
layout_put_unit(struct layout_fill *f, const struct layout_blk *k,
    const struct layout_unit *u, int subst)
{
	struct layout_line	*ln = f->ln;
	struct layout_run	*r = ln->n_runs ? &ln->runs[ln->n_runs - 1] : NULL;
	const char		*s = k->b->text + u->start;
	int			 cells = subst ? 1 : u->cells;

	if (subst) {
		r = layout_add_run(f, LR_SUBST, k->idx, u->start,
		    u->start + u->len);
		strbuf_adds(&f->t, LAYOUT_SUBST);
	} else if (u->kind != LU_PLACEHOLDER) {
		if (r == NULL || r->kind != LR_TEXT || r->src_end != u->start)
			r = layout_add_run(f, LR_TEXT, k->idx, u->start,
			    u->start);
		strbuf_add(&f->t, s, u->len);
		r->src_end = u->start + u->len;
	} else {
		r = layout_add_run(f, LR_PLACEHOLDER, k->idx, u->start,
		    u->start + u->len);
		layout_put_placeholder(&f->t, (const uint8_t *)s, u->len);
	}
	r->cells += cells;
	r->disp_end = f->t.len;
	ln->cells += cells;
}

/* Emit the line showing units [from, end) of k; it accounts for the block's
 * bytes up to unit next.  first: the paragraph's first line, indented. */
static void
layout_emit(struct layout_ctx *c, const struct layout_blk *k, size_t from,
    size_t end, size_t next, int first, int subst)
{
	struct layout_fill	 f = { NULL, STRBUF_INIT, 0, c };
	struct layout_run	*r;
	size_t			 i;
	int			 j;

	f.ln = layout_new_line(c, k->b->style, k->idx);
	f.ln->src_start = first ? 0 : k->u[from].start;
	f.ln->src_end = next < k->n ? k->u[next].start : k->b->len;
	strbuf_add(&f.t, "", 0);
	if (first && k->indent_n > 0) {
		r = layout_add_run(&f, LR_INDENT, k->idx, f.ln->src_start,
		    f.ln->src_start);
		for (j = 0; j < k->indent_n; j++)
			strbuf_adds(&f.t, k->indent_s);
		r->cells = k->indent_n * k->indent_w;
		r->disp_end = f.t.len;
		f.ln->cells = r->cells;
	}
	for (i = from; i < end; i++)
		layout_put_unit(&f, k, &k->u[i], subst);
	f.ln->len = f.t.len;
	f.ln->text = strbuf_take(&f.t);
}

static size_t
layout_skip_spaces(const struct layout_blk *k, size_t i)
{
	while (i < k->n && k->u[i].kind == LU_SPACE)
		i++;
	return i;
}

/* Break before unit at: the line shows [i, at) less its trailing spaces. */
static size_t
layout_cut(const struct layout_blk *k, size_t i, size_t at, size_t *end,
    int skip)
{
	size_t	e = at;

	while (e > i && k->u[e - 1].kind == LU_SPACE)
		e--;
	*end = e;
	return skip ? layout_skip_spaces(k, at) : at;
}

/* Whether the cut between units at - 1 and at keeps the 禁则. */
static int
layout_cut_ok(const struct layout_blk *k, size_t at)
{
	uint32_t	a = k->u[at - 1].cp, b = k->u[at].cp;

	return !linebreak_no_start(b) && !linebreak_no_end(a) &&
	    !linebreak_inseparable(a, b);
}

/* No opportunity on the line and unit j does not fit: cut inside the word,
 * or substitute a unit too wide for any line. */
static size_t
layout_force(const struct layout_blk *k, size_t i, size_t j, size_t *end,
    int *how)
{
	*how = LAYOUT_FORCED;
	if (j == i) {
		*how = LAYOUT_SUBST_ONE;
		*end = i + 1;
		return layout_skip_spaces(k, i + 1);
	}
	if (j - 1 > i && !layout_cut_ok(k, j) && layout_cut_ok(k, j - 1))
		j--;
	return layout_cut(k, i, j, end, 1);
}

/* Fill the line that starts at unit i with avail cells: set *end to where
 * what it shows stops, and return the unit the next line starts with. */
static size_t
layout_fit(const struct layout_blk *k, size_t i, int avail, size_t *end,
    int *how)
{
	const struct layout_unit *u = k->u;
	size_t			 j, cand = i;
	int			 col = 0;

	*how = LAYOUT_FITS;
	for (j = i; j < k->n; j++) {
		if (u[j].kind == LU_NEWLINE) {
			layout_cut(k, i, j, end, 0);
			return j + 1;
		}
		if (j > i && u[j].brk == LINEBREAK_MUST)
			return layout_cut(k, i, j, end, 0);
		if (j > i && u[j].brk == LINEBREAK_ALLOW)
			cand = j;
		if (u[j].kind != LU_SPACE && col + u[j].cells > avail)
			break;
		col += u[j].cells;
	}
	if (j == k->n)
		return layout_cut(k, i, j, end, 0);
	if (cand > i)
		return layout_cut(k, i, cand, end, 1);
	return layout_force(k, i, j, end, how);
}

static void
layout_block_lines(struct layout_ctx *c, struct layout_blk *k)
{
	size_t	i = 0, end, next;
	int	first = 1, avail, how;

	while (i < k->n) {
		avail = c->width;
		if (first && k->indent_n > 0)
			avail -= k->indent_n * k->indent_w;
		next = layout_fit(k, i, avail, &end, &how);
		if (first && k->indent_n > 0 && how != LAYOUT_FITS &&
		    end <= i + 1) {
			/* A narrow screen: rather no indent than a cut. */
			k->indent_n = 0;
			next = layout_fit(k, i, c->width, &end, &how);
		}
		layout_emit(c, k, i, end, next, first,
		    how == LAYOUT_SUBST_ONE);
		first = 0;
		i = next;
	}
}

/* Groups of styles: a blank line goes between groups. */
static int
layout_group(enum layout_style s)
{
	switch (s) {
	case LS_KICKER:
	case LS_HEADLINE:
	case LS_SUBHEAD:
		return 0;
	case LS_BYLINE:
	case LS_DATELINE:
		return 1;
	case LS_CREDIT:
	case LS_JUMP:
		return 3;
	default:
		return 2;
	}
}

/* Whether a blank line goes between blocks prev and next: between groups
 * (headline, byline and dateline, body, credits and jumps), before a
 * section head, and between body paragraphs that have no indent to tell
 * them apart (Latin text; CJK text whose indent is off). */
static int
layout_wants_blank(const struct layout_blk *prev, const struct layout_blk *next)
{
	enum layout_style ps = prev->b->style, ns = next->b->style;

	if (layout_group(ps) != layout_group(ns) || ns == LS_SECTION_HEAD)
		return 1;
	return ps == LS_BODY && ns == LS_BODY && next->indent_n == 0;
}

struct layout *
layout_run(const struct layout_doc *doc, const struct layout_options *opt)
{
	struct layout_ctx	 c;
	struct layout_blk	 k, prev;
	size_t			 i;

	memset(&c, 0, sizeof c);
	memset(&prev, 0, sizeof prev);
	c.out = xcalloc(1, sizeof *c.out);
	c.opt = opt;
	c.width = opt->width < LAYOUT_MIN_WIDTH ? LAYOUT_MIN_WIDTH :
	    opt->width > LAYOUT_MAX_WIDTH ? LAYOUT_MAX_WIDTH : opt->width;
	c.amb = opt->ambiguous == AMBIGUOUS_WIDE ? AMBIGUOUS_WIDE :
	    AMBIGUOUS_NARROW;
	c.out->width = c.width;
	c.out->ambiguous = c.amb;
	for (i = 0; i < doc->n_blocks; i++) {
		if (doc->blocks[i].len == 0 || doc->blocks[i].text == NULL)
			continue;
		memset(&k, 0, sizeof k);
		k.b = &doc->blocks[i];
		k.idx = i;
		k.cjk = layout_is_cjk(k.b->text, k.b->len);
		layout_indent(&k, &c);
		if (prev.b != NULL && layout_wants_blank(&prev, &k))
			layout_blank(&c, &prev);
		layout_units(&k, c.amb);
		layout_block_lines(&c, &k);
		free(k.u);
		prev = k;
	}
	return c.out;
}

void
layout_free(struct layout *L)
{
	size_t	i;

	if (L == NULL)
		return;
	for (i = 0; i < L->n_lines; i++) {
		free(L->lines[i].text);
		free(L->lines[i].runs);
	}
	free(L->lines);
	free(L);
}

/* The first line whose (block, src_end) comes after (block, off). */
static size_t
layout_line_of(const struct layout *L, size_t block, size_t off)
{
	size_t			 lo = 0, hi = L->n_lines, mid;
	const struct layout_line *ln;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		ln = &L->lines[mid];
		if (ln->block < block || (ln->block == block &&
		    ln->src_end <= off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Walk the clusters of a text run: the cluster holding source byte off
 * (when want_col) or cell col; returns its first column and sets *at to its
 * first source byte. */
static int
layout_walk(const struct layout *L, const struct layout_line *ln,
    const struct layout_run *r, size_t off, int col, int want_col, size_t *at)
{
	const char	*t = ln->text;
	size_t		 pos = r->disp_start, cl;
	int		 c = r->col, w;

	while (pos < r->disp_end) {
		cl = width_cluster_len(t + pos, r->disp_end - pos);
		w = width_text(t + pos, cl, L->ambiguous);
		*at = r->src_start + (pos - r->disp_start);
		if (want_col ? off < *at + cl : col < c + w)
			return c;
		c += w;
		pos += cl;
	}
	*at = r->src_start;
	return r->col;
}

int
layout_find(const struct layout *L, size_t block, size_t off, size_t *line,
    int *col)
{
	const struct layout_line *ln;
	const struct layout_run	 *r;
	size_t			  l, i, at;

	l = layout_line_of(L, block, off);
	if (l >= L->n_lines)
		return -1;
	ln = &L->lines[l];
	if (ln->block != block || ln->src_start > off)
		return -1;
	for (i = 0; i < ln->n_runs; i++) {
		r = &ln->runs[i];
		if (r->kind == LR_INDENT || off < r->src_start ||
		    off >= r->src_end)
			continue;
		*line = l;
		*col = r->kind == LR_TEXT ?
		    layout_walk(L, ln, r, off, 0, 1, &at) : r->col;
		return 0;
	}
	return -1;
}

int
layout_at(const struct layout *L, size_t line, int col, size_t *block,
    size_t *off)
{
	const struct layout_line *ln;
	const struct layout_run	 *r;
	size_t			  i;

	if (line >= L->n_lines)
		return -1;
	ln = &L->lines[line];
	for (i = 0; i < ln->n_runs; i++) {
		r = &ln->runs[i];
		if (col < r->col || col >= r->col + r->cells)
			continue;
		if (r->kind == LR_INDENT)
			return -1;
		*block = r->block;
		if (r->kind == LR_TEXT)
			layout_walk(L, ln, r, 0, col, 0, off);
		else
			*off = r->src_start;
		return 0;
	}
	return -1;
}
