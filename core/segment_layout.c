/* SPDX-License-Identifier: ISC */
/* segment_layout.c: the lines of pdftotext -layout output in reading order.
 *
 * -layout output puts columns side by side, each character on a grid of
 * columns by its x position (a CJK glyph takes one grid column but prints
 * in two cells), and rows in order of y; columns set with other leading
 * interleave their rows.  It is read in four steps:
 *  - pieces: each line is cut at runs of two or more spaces where the
 *    next piece starts at a column edge seen down the page, or where a
 *    gutter (a grid column blank on the rows around) runs through the gap;
 *    wide gaps elsewhere are a justified line's spacing;
 *  - blocks: pieces are threaded down the page into blocks (one column of
 *    one article, or one headline), skipping rows of interleaved
 *    neighbours but not a blank line (a step over two lines a running
 *    neighbour set), and following a fake bold staircase;
 *  - order: blocks are read in XY-cut order: bands cut by rows no block
 *    crosses, top to bottom, then columns cut by positions no block
 *    crosses, left to right; a header standing alone right above the
 *    others is read first, and no band ends between a headline and the
 *    block it heads.  A column cut is dropped when the group right of it
 *    starts lower (it continues the article on its left) and both
 *    together still cut into bands: stacked articles beside other stacked
 *    articles are read article by article;
 *  - lines: each block begins after a blank line, as a column break does
 *    in default output, except where a headline runs on into its deck or
 *    first lines. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "segment_int.h"
#include "width.h"
#include "xalloc.h"

struct col_piece {
	size_t		 row;		/* 0-based source line */
	int		 start;		/* first column (in characters) */
	int		 end;		/* one past the last */
	int		 cells;		/* printed width in terminal cells */
	size_t		 off;		/* bytes in the page text */
	size_t		 len;
	size_t		 block;
};

struct col_block {
	int		 top, bottom;	/* rows, inclusive */
	int		 left, right;	/* columns, end exclusive */
	bool		 header;	/* taken as a header (take_header) */
	int		 body_top;	/* link_heads: top of its body, or -1 */
	size_t		*pieces;
	size_t		 n, cap;
};

struct col_state {
	const struct page_text *pt;
	struct col_piece *p;
	size_t		 np, capp;
	struct col_block *b;
	size_t		 nb, capb;
	int		*hist;		/* piece starts per column */
	int		 width;
	unsigned char	**ink;		/* per row: 1 where a glyph stands */
	int		*ink_w;		/* per row: columns in ink[row] */
};

/* How many rows a column may skip (rows of a neighbour with other
 * leading) and how far a line may stand out of its column (indent). */
#define COL_MAX_SKIP	4
#define COL_MAX_SHIFT	4
/* No column is narrower than this (characters): a wider gap closer to
 * the line's start is spacing inside a column (（记者   梁波）). */
#define COL_MIN_WIDTH	8
/* A header (headline decks above columns) spans at most this many rows:
 * large type is set on every other row. */
#define COL_HEADER_ROWS	4
/* A headline is set in at most this many lines. */
#define COL_HEAD_LINES	3

/* ---- -layout: pieces ---------------------------------------------------- */

static void
add_piece(struct col_state *st, size_t row, int start, int end, size_t off,
    size_t len)
{
	struct col_piece *p;

	st->p = xgrow(st->p, &st->capp, st->np + 1, sizeof *st->p);
	p = &st->p[st->np++];
	p->row = row;
	p->start = start;
	p->end = end;
	p->off = off;
	p->len = len;
	p->cells = width_text(st->pt->text + off, len, AMBIGUOUS_NARROW);
	p->block = (size_t)-1;
}

/* Cut row into pieces at runs of two or more spaces. */
static void
cut_row(struct col_state *st, size_t row)
{
	const char *s = st->pt->text + st->pt->line_start[row];
	size_t len = st->pt->line_len[row], i = 0, pstart = 0, lastnb = 0;
	int col = 0, cstart = -1, cend = 0, spaces = 0;
	unsigned char *ink = xcalloc(len + 1, 1);

	st->ink[row] = ink;
	while (i < len) {
		int k = u8_mblen((const uint8_t *)s + i, len - i);
		if (k <= 0)
			k = 1;
		if (s[i] == ' ' || s[i] == '\f' || s[i] == '\r') {
			spaces++;
		} else {
			if (cstart >= 0 && spaces >= 2) {
				add_piece(st, row, cstart, cend,
				    st->pt->line_start[row] + pstart,
				    lastnb - pstart);
				cstart = -1;
			}
			if (cstart < 0) {
				cstart = col;
				pstart = i;
			}
			spaces = 0;
			cend = col + 1;
			ink[col] = 1;
			lastnb = i + (size_t)k;
		}
		i += (size_t)k;
		col++;
	}
	if (cstart >= 0)
		add_piece(st, row, cstart, cend, st->pt->line_start[row] + pstart,
		    lastnb - pstart);
	st->ink_w[row] = col;
}

static bool
ink_at(const struct col_state *st, long row, int x)
{
	if (row < 0 || (size_t)row >= st->pt->n_lines || x >= st->ink_w[row])
		return false;
	return st->ink[row][x] != 0;
}

/* Does row have ink anywhere in columns [l, r)? */
static bool
ink_in(const struct col_state *st, long row, int l, int r)
{
	int x;

	for (x = l; x < r; x++)
		if (ink_at(st, row, x))
			return true;
	return false;
}

/* The rows around row to test a gutter on: up to two above and two below
 * that have ink in columns [l, r), within COL_MAX_SKIP rows and no blank
 * row (the band's edge).  Columns set with other leading interleave their
 * rows, so the rows right next to a line often belong to a neighbour that
 * does not reach this far; the column's own lines are the rows that
 * tell.  Returns how many. */
static size_t
rows_around(const struct col_state *st, size_t row, int l, int r,
    long *out)
{
	size_t n = 0;
	int side, k, got;
	long rr;

	for (side = -1; side <= 1; side += 2)
		for (k = 1, got = 0; k <= COL_MAX_SKIP && got < 2; k++) {
			rr = (long)row + side * k;
			if (rr < 0 || (size_t)rr >= st->pt->n_lines ||
			    !ink_in(st, rr, 0, st->ink_w[rr]))
				break;
			if (ink_in(st, rr, l, r)) {
				out[n++] = rr;
				got++;
			}
		}
	return n;
}

/* Does a piece of row start in columns [l, r): a glyph after two blank
 * columns (or the row's start)? */
static bool
piece_starts_in(const struct col_state *st, long row, int l, int r)
{
	int x;

	for (x = l; x < r; x++)
		if (ink_at(st, row, x) && !ink_at(st, row, x - 1) &&
		    (x < 2 || !ink_at(st, row, x - 2)))
			return true;
	return false;
}

/* Is there a gutter in columns [from, to) at row, between pieces that
 * span [l, r): a column left blank on this row and on the rows of text
 * around it (rows_around)?  Spacing inside a line (a justified line, a
 * gap before an inline credit) has text above and below it; a gutter
 * between columns runs down the page between them.  Two rows each way,
 * so that word spaces lining up by chance on the next lines do not make
 * one.  A narrow gap makes one only where those rows have text left of
 * it and a line starting right of it, near where the piece after the gap
 * starts (the next column's edge): a line standing alone (a credit under
 * a photo, 记者   李铁军   摄) or a paragraph's last lines have none. */
static bool
is_gutter(const struct col_state *st, size_t row, int l, int from, int to,
    int r)
{
	long around[4];
	size_t n = rows_around(st, row, l, r, around), k;
	int x;
	bool left, right;

	for (x = from; x < to; x++) {
		left = right = false;
		for (k = 0; k < n; k++) {
			if (ink_at(st, around[k], x))
				break;
			left = left || ink_in(st, around[k], l, x);
			right = right || piece_starts_in(st, around[k], x + 1,
			    to + COL_MAX_SHIFT + 1);
		}
		if (k == n && ((left && right) || to - from >= COL_MIN_WIDTH))
			return true;
	}
	return false;
}

/* Does the text of the rows around row (rows_around) run through every
 * column of [from, to), both above and below it?  Then the gap is a
 * justified line's spacing, even where a word after it happens to start
 * at a column edge seen elsewhere on the page. */
static bool
text_runs_through(const struct col_state *st, size_t row, int l, int from,
    int to, int r)
{
	long around[4];
	size_t n = rows_around(st, row, l, r, around), k;
	int x;
	bool up, down;

	for (x = from; x < to; x++) {
		up = down = false;
		for (k = 0; k < n; k++)
			if (ink_at(st, around[k], x)) {
				up = up || around[k] < (long)row;
				down = down || around[k] > (long)row;
			}
		if (!up || !down)
			return false;
	}
	return true;
}

static int
hist_at(const struct col_state *st, int c)
{
	if (c < 0 || c >= st->width)
		return 0;
	return st->hist[c];
}

/* A column edge: many pieces start within one column of c. */
static bool
is_edge(const struct col_state *st, int c)
{
	int n = hist_at(st, c - 1) + hist_at(st, c) + hist_at(st, c + 1);

	return n >= 4;
}

static void
count_starts(struct col_state *st)
{
	size_t i;

	st->width = 1;
	for (i = 0; i < st->np; i++)
		if (st->p[i].end + 2 > st->width)
			st->width = st->p[i].end + 2;
	st->hist = xcalloc((size_t)st->width, sizeof *st->hist);
	for (i = 0; i < st->np; i++)
		st->hist[st->p[i].start]++;
}

/* Join a piece to the one before it on the same row when it does not
 * start at a column edge: the gap was spacing inside a column. */
static void
merge_pieces(struct col_state *st)
{
	size_t i, o = 0;

	for (i = 0; i < st->np; i++) {
		struct col_piece *q = &st->p[i];
		const struct col_piece *p0 = o > 0 ? &st->p[o - 1] : NULL;
		if (p0 != NULL && p0->row == q->row &&
		    ((!is_edge(st, q->start) && !is_gutter(st, q->row,
		    p0->start, p0->end, q->start, q->end)) ||
		    text_runs_through(st, q->row, p0->start, p0->end,
		    q->start, q->end) ||
		    q->start - p0->start < COL_MIN_WIDTH)) {
			struct col_piece *p = &st->p[o - 1];
			p->len = q->off + q->len - p->off;
			p->end = q->end;
			p->cells = width_text(st->pt->text + p->off, p->len,
			    AMBIGUOUS_NARROW);
			continue;
		}
		st->p[o++] = *q;
	}
	st->np = o;
}

/* ---- -layout: blocks ---------------------------------------------------- */

static void
block_add(struct col_block *b, struct col_state *st, size_t pi)
{
	struct col_piece *p = &st->p[pi];

	b->pieces = xgrow(b->pieces, &b->cap, b->n + 1, sizeof *b->pieces);
	b->pieces[b->n++] = pi;
	if (b->n == 1) {
		b->top = (int)p->row;
		b->left = p->start;
		b->right = p->end;
	}
	b->bottom = (int)p->row;
	if (p->start < b->left)
		b->left = p->start;
	if (p->end > b->right)
		b->right = p->end;
}

static size_t
new_block(struct col_state *st)
{
	st->b = xgrow(st->b, &st->capb, st->nb + 1, sizeof *st->b);
	memset(&st->b[st->nb], 0, sizeof *st->b);
	st->b[st->nb].body_top = -1;
	return st->nb++;
}

/* Two blank rows in a row between from and to (exclusive): a band
 * ends there. */
static bool
blank_band(const struct col_state *st, int from, int to)
{
	int r, run = 0;

	for (r = from + 1; r < to; r++) {
		if (st->pt->line_len[r] == 0 || segment_columns_is_blank(st->pt->text +
		    st->pt->line_start[r], st->pt->line_len[r]))
			run++;
		else
			run = 0;
		if (run >= 2)
			return true;
	}
	return false;
}

/* Does any piece of rows (from, to) exclusive overlap columns [l, r)? */
static bool
rows_cross(const struct col_state *st, size_t first, int from, int to, int l,
    int r)
{
	size_t i;

	for (i = first; i > 0; i--) {
		const struct col_piece *p = &st->p[i - 1];
		if ((int)p->row <= from)
			break;
		if ((int)p->row < to && p->start < r && p->end > l)
			return true;
	}
	return false;
}

/* Piece index of the line of block ob right before piece q (at most two
 * rows up), q itself when q is the first line of ob, else (size_t)-1. */
static size_t
line_before(const struct col_state *st, size_t q, size_t ob)
{
	size_t i;

	if (st->b[ob].n > 0 && st->b[ob].pieces[0] == q)
		return q;
	for (i = q; i > 0; i--) {
		const struct col_piece *p = &st->p[i - 1];
		if (p->row + 2 < st->p[q].row)
			break;
		if (p->block == ob && p->row < st->p[q].row)
			return i - 1;
	}
	return (size_t)-1;
}

/* Did another block than bi set two lines on successive rows, after a
 * line of its own at most two rows above them, on the rows (from, to)
 * exclusive (pieces before first)?  Where every column jumps, pdftotext
 * only shifted its rows; a neighbour that went on steadily while bi
 * skipped shows a blank line in bi. */
static bool
others_ran_on(const struct col_state *st, size_t first, size_t bi, int from,
    int to)
{
	size_t i, q, b;

	for (i = first; i > 0; i--) {
		const struct col_piece *p = &st->p[i - 1];
		if ((int)p->row <= from)
			break;
		if ((int)p->row >= to || p->block == bi ||
		    p->block == (size_t)-1)
			continue;
		q = line_before(st, i - 1, p->block);
		if (q == (size_t)-1 || q == i - 1 || (int)st->p[q].row <= from ||
		    st->p[q].row + 1 != p->row)
			continue;
		b = line_before(st, q, p->block);
		if (b != (size_t)-1 && b != q)
			return true;
	}
	return false;
}

/* Is there a blank line in block bi before piece pi, the next line after
 * its j pieces?  Columns side by side with other leading interleave
 * their rows, so a column steps one row, or two and one by turns.  A
 * step of more than twice its last steps, over two lines a neighbour set
 * at its own pace, left a line blank. */
static bool
step_gap(const struct col_state *st, size_t bi, size_t j, size_t pi)
{
	const struct col_block *b = &st->b[bi];
	int row = (int)st->p[pi].row, prev, step = 0, d;
	size_t k;

	if (j < 2)
		return false;
	prev = (int)st->p[b->pieces[j - 1]].row;
	for (k = j - 1; k > 0 && k + 3 >= j; k--) {
		d = (int)st->p[b->pieces[k]].row -
		    (int)st->p[b->pieces[k - 1]].row;
		if (d > step)
			step = d;
	}
	return row - prev >= 3 && row - prev > 2 * step &&
	    others_ran_on(st, pi, bi, prev, row);
}

/* Is q, on the row under p, the next step of a staircase?  A line of an
 * ad in fake bold drawn glyph by glyph, each glyph twice a little apart,
 * comes out as rows of overlapping pairs ("中国国通通用" / "用技技术" /
 * "术（（集"), each row starting under the last glyph of the row above
 * with that same glyph, further right each time. */
static bool
is_stair(const struct col_state *st, const struct col_piece *p,
    const struct col_piece *q)
{
	const char *t = st->pt->text;
	int k = u8_mblen((const uint8_t *)t + q->off, q->len);

	return k > 0 && q->start == p->end - 1 && p->len >= (size_t)k &&
	    memcmp(t + p->off + p->len - k, t + q->off, (size_t)k) == 0;
}

/* The open block piece pi continues, or (size_t)-1. */
static size_t
find_block(struct col_state *st, size_t pi)
{
	const struct col_piece *p = &st->p[pi];
	size_t i, best = (size_t)-1;
	int bestd = 1 << 30;

	for (i = 0; i < st->nb; i++) {
		const struct col_block *b = &st->b[i];
		const struct col_piece *last = &st->p[b->pieces[b->n - 1]];
		int skip = (int)p->row - b->bottom, dx = abs(p->start - last->start);
		int d = skip * 100 + dx;
		if (skip == 1 && is_stair(st, last, p))
			return i;
		if (skip <= 0 || skip > COL_MAX_SKIP || dx > COL_MAX_SHIFT)
			continue;
		if (abs(p->start - b->left) > COL_MAX_SHIFT)
			continue;
		if (skip > 1 && (rows_cross(st, pi, b->bottom, (int)p->row,
		    b->left, b->right) || blank_band(st, b->bottom, (int)p->row)))
			continue;
		/* A blank line (see step_gap) ends the block: what comes
		 * lower belongs to the band below (a headline set lower, an
		 * ad under the column). */
		if (skip >= 3 && step_gap(st, i, b->n, pi))
			continue;
		if (d < bestd) {
			bestd = d;
			best = i;
		}
	}
	return best;
}

static void
thread_blocks(struct col_state *st)
{
	size_t i, bi;

	for (i = 0; i < st->np; i++) {
		bi = find_block(st, i);
		/* The block may already have taken a piece from this row. */
		if (bi != (size_t)-1 && st->b[bi].bottom == (int)st->p[i].row)
			bi = (size_t)-1;
		if (bi == (size_t)-1)
			bi = new_block(st);
		st->p[i].block = bi;
		block_add(&st->b[bi], st, i);
	}
}

/* ---- -layout: reading order (XY cut) ------------------------------------- */

/* Sorting block indexes by position: each index goes with a copy of its
 * sort keys, so the comparison needs no state outside its arguments (no
 * global: segmentation runs on several threads at once). */
struct sort_key {
	int	 k1, k2;	/* top then left, or left then top */
	size_t	 i;		/* block index */
};

static int
by_keys(const void *a, const void *b)
{
	const struct sort_key *x = a, *y = b;

	if (x->k1 != y->k1)
		return x->k1 < y->k1 ? -1 : 1;
	return x->k2 < y->k2 ? -1 : x->k2 > y->k2;
}

/* Sort block indexes v[0..n) by top then left (rows), or left then top. */
static void
sort_blocks(const struct col_state *st, size_t *v, size_t n, bool rows)
{
	struct sort_key *k = xcalloc(n ? n : 1, sizeof *k);
	size_t i;

	for (i = 0; i < n; i++) {
		const struct col_block *b = &st->b[v[i]];
		k[i].k1 = rows ? b->top : b->left;
		k[i].k2 = rows ? b->left : b->top;
		k[i].i = v[i];
	}
	qsort(k, n, sizeof *k, by_keys);
	for (i = 0; i < n; i++)
		v[i] = k[i].i;
	free(k);
}

static void xy_order(struct col_state *, size_t *, size_t, size_t *, size_t *);

/* Where v (sorted) breaks into groups: the next block starts after every
 * block so far ends, leaving at least min_gap rows or columns free.
 * starts[] gets each group's first index; returns the group count. */
static size_t
xy_groups(const struct col_state *st, const size_t *v, size_t n, bool rows,
    int min_gap, size_t *starts)
{
	size_t i, ng = 1;
	int reach, body = -1;

	starts[0] = 0;
	reach = rows ? st->b[v[0]].bottom : st->b[v[0]].right;
	for (i = 0; i < n; i++) {
		const struct col_block *b = &st->b[v[i]];
		int start = rows ? b->top : b->left, r;
		/* No band ends at a blank row between a headline and its
		 * body. */
		if (i > 0 && start - reach - (rows ? 1 : 0) >= min_gap &&
		    start > reach - (rows ? 0 : 1) &&
		    !(rows && min_gap > 0 && body >= start))
			starts[ng++] = i;
		r = rows ? b->bottom : b->right;
		if (r > reach)
			reach = r;
		if (b->body_top > body)
			body = b->body_top;
	}
	return ng;
}

/* Can blocks v be cut into bands by a blank row? */
static bool
has_row_cut(struct col_state *st, const size_t *v, size_t n)
{
	size_t *w = xcalloc(n, sizeof *w), *starts = xcalloc(n, sizeof *starts);
	size_t ng;

	memcpy(w, v, n * sizeof *w);
	sort_blocks(st, w, n, true);
	ng = xy_groups(st, w, n, true, 1, starts);
	free(w);
	free(starts);
	return ng > 1;
}

static int
group_top(const struct col_state *st, const size_t *v, size_t n)
{
	size_t i;
	int top = st->b[v[0]].top;

	for (i = 1; i < n; i++)
		if (st->b[v[i]].top < top)
			top = st->b[v[i]].top;
	return top;
}

/* Drop a column cut when the group right of it starts lower than the
 * group left of it (a column that continues an article under its
 * headline) and the two together cut into bands: stacked articles are
 * read band by band, each across its own columns. */
static size_t
merge_column_groups(struct col_state *st, const size_t *v, size_t n,
    size_t *starts, size_t ng)
{
	size_t g, o = 1;

	for (g = 1; g < ng; g++) {
		size_t a = starts[o - 1], z = g + 1 < ng ? starts[g + 1] : n;
		if (group_top(st, v + starts[g], z - starts[g]) <=
		    group_top(st, v + a, starts[g] - a) ||
		    !has_row_cut(st, v + a, z - a))
			starts[o++] = starts[g];
	}
	return o;
}

/* Cut v (sorted) into groups (see xy_groups) and order each group.
 * Returns false if there is no cut. */
static bool
xy_cut(struct col_state *st, size_t *v, size_t n, bool rows, int min_gap,
    size_t *out, size_t *nout)
{
	size_t *starts = xcalloc(n, sizeof *starts), ng, g;

	ng = xy_groups(st, v, n, rows, min_gap, starts);
	if (!rows && ng > 1)
		ng = merge_column_groups(st, v, n, starts, ng);
	if (ng == 1) {
		free(starts);
		return false;
	}
	for (g = 0; g < ng; g++) {
		size_t z = g + 1 < ng ? starts[g + 1] : n;
		xy_order(st, v + starts[g], z - starts[g], out, nout);
	}
	free(starts);
	return true;
}

/* Is block b short enough to be a headline? */
static bool
is_head(const struct col_block *b)
{
	return b->bottom - b->top <= COL_HEADER_ROWS && b->n <= COL_HEAD_LINES;
}

/* Recompute b's extent after pieces were taken from it. */
static void
block_reset(struct col_state *st, struct col_block *b)
{
	size_t *pieces = b->pieces, n = b->n, i;

	b->n = 0;
	for (i = 0; i < n; i++)
		block_add(b, st, pieces[i]);
}

/* The left end of block b's first k pieces. */
static int
head_left(const struct col_state *st, const struct col_block *b, size_t k)
{
	size_t i;
	int l = 1 << 20;

	for (i = 0; i < k; i++)
		if (st->p[b->pieces[i]].start < l)
			l = st->p[b->pieces[i]].start;
	return l;
}

/* The right end of block b's first k pieces, in the cells they print
 * (CJK in large type is far wider on the page than its characters). */
static int
head_right(const struct col_state *st, const struct col_block *b, size_t k)
{
	size_t i;
	int r = 0;

	for (i = 0; i < k; i++) {
		const struct col_piece *p = &st->p[b->pieces[i]];
		if (p->start + p->cells > r)
			r = p->start + p->cells;
	}
	return r;
}

/* Does block b open with a headline over its text: a line flush with
 * the block's left edge, near the column's width (no label such as a
 * jump line), right over an indented one (a paragraph's first line)?
 * Such a block beside a header is an article of its own. */
static bool
opens_with_head(const struct col_state *st, const struct col_block *b)
{
	const struct col_piece *h, *t, *u;

	if (b->n < 3)
		return false;
	h = &st->p[b->pieces[0]];
	t = &st->p[b->pieces[1]];
	u = &st->p[b->pieces[2]];
	return h->start == b->left && t->start >= h->start + 2 &&
	    t->start <= h->start + COL_MAX_SHIFT && t->row <= h->row + 2 &&
	    u->start == b->left && h->cells * 4 >= u->cells * 3;
}

/* Does the first block of v (sorted by top) begin with a header: a few
 * rows standing alone above all the other blocks, right over one that
 * starts on the row under them?  A headline over several columns, or a
 * deck under it, sits on its columns with no blank row between and often
 * lines up with one of them; it is read before them.  A headline higher
 * than a block beside it, not over it, heads another article; and so does
 * one higher than another article's headline on its left: no header
 * then.  Returns how many of the block's pieces the header takes, or 0. */
static size_t
header_pieces(const struct col_state *st, const size_t *v, size_t n)
{
	const struct col_block *h = &st->b[v[0]];
	int next, left, right;
	size_t k = 0, i;
	bool over = false;

	if (n < 2 || h->top >= (next = st->b[v[1]].top) ||
	    next - h->top > COL_HEADER_ROWS)
		return 0;
	while (k < h->n && (int)st->p[h->pieces[k]].row < next)
		k++;
	left = head_left(st, h, k);
	right = head_right(st, h, k);
	for (i = 1; i < n && st->b[v[i]].top == next; i++) {
		const struct col_block *b = &st->b[v[i]];
		if (b->right <= left && (is_head(b) || opens_with_head(st, b)))
			return 0;
		if (b->left < right && b->right > left)
			over = true;
	}
	return over ? k : 0;
}

/* Read the header of v (see header_pieces) first, then the rest. */
static bool
take_header(struct col_state *st, size_t *v, size_t n, size_t *out,
    size_t *nout)
{
	size_t k = header_pieces(st, v, n), hb, i;

	if (k == 0)
		return false;
	if (k == st->b[v[0]].n) {
		st->b[v[0]].header = true;
		out[(*nout)++] = v[0];
		xy_order(st, v + 1, n - 1, out, nout);
		return true;
	}
	hb = new_block(st);
	for (i = 0; i < k; i++) {
		block_add(&st->b[hb], st, st->b[v[0]].pieces[i]);
		st->p[st->b[v[0]].pieces[i]].block = hb;
	}
	st->b[v[0]].n -= k;
	memmove(st->b[v[0]].pieces, st->b[v[0]].pieces + k,
	    st->b[v[0]].n * sizeof *st->b[v[0]].pieces);
	block_reset(st, &st->b[v[0]]);
	st->b[hb].header = true;
	out[(*nout)++] = hb;
	xy_order(st, v, n, out, nout);
	return true;
}

static void
xy_order(struct col_state *st, size_t *v, size_t n, size_t *out, size_t *nout)
{
	size_t i;

	if (n == 1) {
		out[(*nout)++] = v[0];
		return;
	}
	/* Bands apart by a blank row first, then columns apart, then rows
	 * that touch (a headline right above its columns). */
	sort_blocks(st, v, n, true);
	if (xy_cut(st, v, n, true, 1, out, nout))
		return;
	if (take_header(st, v, n, out, nout))
		return;
	sort_blocks(st, v, n, false);
	if (xy_cut(st, v, n, false, 1, out, nout))
		return;
	sort_blocks(st, v, n, true);
	if (xy_cut(st, v, n, true, 0, out, nout))
		return;
	/* Tangled: left to right, top to bottom. */
	sort_blocks(st, v, n, false);
	for (i = 0; i < n; i++)
		out[(*nout)++] = v[i];
}

/* Does block b go on with headline a's words?  A headline in large type
 * may leave blank rows between its lines: a block going on in lower case
 * at its left edge a few rows under it, with nothing between, is its
 * next line (no article, no column opens so); and so is one at about the
 * pitch of the headline's own lines (its deck). */
static bool
head_goes_on(const struct col_state *st, const struct col_block *a,
    const struct col_block *b)
{
	char c = st->pt->text[st->p[b->pieces[0]].off];
	int pitch = a->n >= 2 ? (a->bottom - a->top) / (int)(a->n - 1) : 0;

	/* Or in capitals at the pitch of a headline set in lines rows
	 * apart (large type): its deck, the next thing in its column. */
	if (!(c >= 'a' && c <= 'z') && !(pitch >= 3 &&
	    b->top - a->bottom <= pitch + 2))
		return false;
	return is_head(a) && b->top > a->bottom &&
	    b->top - a->bottom <= 2 * COL_MAX_SKIP &&
	    abs(b->left - a->left) <= COL_MAX_SHIFT &&
	    !rows_cross(st, b->pieces[0], a->bottom, b->top, a->left,
	    head_right(st, a, a->n));
}

/* Does block b run on from block a, read right before it?  A header
 * (take_header) runs on into whatever stands right under it; a short
 * block (a headline) into a block that starts a few rows under it with
 * nothing between (its deck, its first lines), as they read in reading
 * order. */
static bool
runs_on(const struct col_state *st, const struct col_block *a,
    const struct col_block *b)
{
	int right = head_right(st, a, a->n);

	if (a->header && a->bottom + 1 == b->top)
		return true;
	if (head_goes_on(st, a, b))
		return true;
	/* Large type is set on every other row, and the rows between
	 * may hold other columns' lines: nothing under the headline. */
	return b->top > a->bottom && b->top - a->bottom <= COL_MAX_SKIP + 1 &&
	    is_head(a) && b->left < right &&
	    b->right > a->left && !rows_cross(st, b->pieces[0], a->bottom,
	    b->top, a->left, right) && !blank_band(st, a->bottom, b->top);
}

/* Link each headline to the block under it that it heads (or that goes
 * on with its words, head_goes_on): a short block
 * set in from the left edge of a block that starts a row or two under
 * it, with nothing between.  A blank row under a headline at the foot of
 * one column must not end a band, or the headline would be read before
 * the columns beside it and its body after them. */
static void
link_heads(struct col_state *st)
{
	size_t i, j;

	for (i = 0; i < st->nb; i++) {
		struct col_block *h = &st->b[i];
		int right = head_right(st, h, h->n);
		if (!is_head(h))
			continue;
		for (j = 0; j < st->nb; j++) {
			const struct col_block *b = &st->b[j];
			if (j != i && head_goes_on(st, h, b)) {
				if (h->body_top < 0 || b->top < h->body_top)
					h->body_top = b->top;
				continue;
			}
			if (j == i || b->top <= h->bottom + 1 ||
			    b->top > h->bottom + 2 || b->left >= h->left ||
			    b->right <= h->left || b->left >= right ||
			    b->n <= h->n ||
			    rows_cross(st, b->pieces[0], h->bottom, b->top,
			    h->left, right))
				continue;
			if (h->body_top < 0 || b->top < h->body_top)
				h->body_top = b->top;
		}
	}
}

static void
emit_blocks(struct seg_page *sp, struct col_state *st, const size_t *order,
    size_t norder)
{
	size_t i, j;

	for (i = 0; i < norder; i++) {
		const struct col_block *b = &st->b[order[i]];
		bool gap = i == 0 || !runs_on(st, &st->b[order[i - 1]], b);
		for (j = 0; j < b->n; j++) {
			const struct col_piece *p = &st->p[b->pieces[j]];
			size_t before = sp->n;
			segment_columns_add(sp, p->row + 1, p->off, p->len,
			    p->start, j == 0 && gap);
			if (sp->n > before) {
				sp->v[sp->n - 1].indent = p->start - b->left;
				sp->v[sp->n - 1].first_ok = true;
			}
		}
	}
}

void
segment_layout_read(struct seg_page *sp)
{
	struct col_state st;
	size_t i, *v, *order, norder = 0;

	memset(&st, 0, sizeof st);
	st.pt = &sp->page->text;
	st.ink = xcalloc(st.pt->n_lines + 1, sizeof *st.ink);
	st.ink_w = xcalloc(st.pt->n_lines + 1, sizeof *st.ink_w);
	for (i = 0; i < st.pt->n_lines; i++)
		cut_row(&st, i);
	count_starts(&st);
	merge_pieces(&st);
	thread_blocks(&st);
	v = xcalloc(st.nb ? st.nb : 1, sizeof *v);
	/* Headers taken from blocks become blocks of their own. */
	order = xcalloc(st.nb + st.np + 1, sizeof *order);
	for (i = 0; i < st.nb; i++)
		v[i] = i;
	link_heads(&st);
	if (st.nb > 0)
		xy_order(&st, v, st.nb, order, &norder);
	emit_blocks(sp, &st, order, norder);
	for (i = 0; i < st.nb; i++)
		free(st.b[i].pieces);
	free(st.b);
	free(st.p);
	free(st.hist);
	for (i = 0; i < st.pt->n_lines; i++)
		free(st.ink[i]);
	free(st.ink);
	free(st.ink_w);
	free(v);
	free(order);
}
