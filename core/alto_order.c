/* SPDX-License-Identifier: ISC */
/* alto_order.c: reading order of an ALTO page's lines (see alto_int.h).
 *
 * OCR engines write blocks in their own order: by rows across columns, or
 * one block holding two columns' lines interleaved.  The boxes say where
 * the columns are; recursive cuts along the white space between units
 * (the XY cut) read a column to its end before the next. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alto_int.h"
#include "xalloc.h"

/* A gap across the whole region at least this many body line heights
 * tall separates bands (stories stacked under a rule) before columns are
 * looked for; a narrower one may be the space between two lines that sit
 * side by side in neighbouring columns. */
#define ALTO_BAND_GAP	1.5
/* White space between columns: at least this many body line heights. */
#define ALTO_COL_GAP	0.3
/* Cuts nested deeper than this (only a hostile file's boxes get there)
 * leave the region in document order. */
#define ALTO_MAX_DEPTH	200

struct alto_unit {
	struct alto_box	 b;
	size_t		 first, end;	/* its block's lines [first, end) */
	size_t		 index;		/* document order */
};

struct alto_cut {
	const struct alto_line *lines;
	struct alto_unit *units;
	size_t		 n_units, cap;
	size_t		*unit_of;	/* each line's unit */
	double		 h;
	int		 axis;		/* for the comparison: 0 x, 1 y */
	int		 depth;		/* of the cut being made */
};

static struct alto_cut *alto_cut_sorting;

static double
alto_lo(const struct alto_box *b, int axis)
{
	return axis ? b->y1 : b->x1;
}

static double
alto_hi(const struct alto_box *b, int axis)
{
	return axis ? b->y2 : b->x2;
}

static int
alto_unit_cmp(const void *x, const void *y)
{
	const struct alto_cut *c = alto_cut_sorting;
	const struct alto_unit *a = &c->units[*(const size_t *)x];
	const struct alto_unit *b = &c->units[*(const size_t *)y];
	double p = alto_lo(&a->b, c->axis), q = alto_lo(&b->b, c->axis);

	if (p != q)
		return p < q ? -1 : 1;
	return (a->index > b->index) - (a->index < b->index);
}

static int
alto_index_cmp(const void *x, const void *y)
{
	const struct alto_unit *u = alto_cut_sorting->units;
	size_t a = u[*(const size_t *)x].index, b = u[*(const size_t *)y].index;

	return (a > b) - (a < b);
}

static int
alto_line_x_cmp(const void *x, const void *y)
{
	const struct alto_line *l = alto_cut_sorting->lines;
	double p = l[*(const size_t *)x].b.x1, q = l[*(const size_t *)y].b.x1;

	return (p > q) - (p < q);
}

static bool
alto_has_box(const struct alto_box *b)
{
	return b->x2 > b->x1 || b->y2 > b->y1;
}

static void
alto_box_add(struct alto_box *u, const struct alto_box *b, bool first)
{
	if (first) {
		*u = *b;
		return;
	}
	if (b->x1 < u->x1) u->x1 = b->x1;
	if (b->y1 < u->y1) u->y1 = b->y1;
	if (b->x2 > u->x2) u->x2 = b->x2;
	if (b->y2 > u->y2) u->y2 = b->y2;
}

static size_t
alto_new_unit(struct alto_cut *c, size_t first, size_t end)
{
	struct alto_unit *u;

	c->units = xgrow(c->units, &c->cap, c->n_units + 1, sizeof *c->units);
	u = &c->units[c->n_units];
	memset(u, 0, sizeof *u);
	u->first = first;
	u->end = end;
	u->index = c->n_units;
	return c->n_units++;
}

/* A line wider than this share of its block may span its columns (a
 * headline over them): it is a unit of its own, and the columns are found
 * among the other lines. */
#define ALTO_SPANNING	0.6

/* The units of the block of lines [first, end): its lines grouped where
 * their x ranges overlap (lines without a box join the first group); when
 * the narrower lines fall into columns, each wide line is a unit of its
 * own. */
static void
alto_block_units(struct alto_cut *c, size_t first, size_t end)
{
	size_t n = end - first, i, *idx = xcalloc(n + 1, sizeof *idx), cur = 0;
	double right = 0, lo = 0, hi = 0;
	bool open = false, wide_apart = false, started = false;

	for (i = 0; i < n; i++) {
		const struct alto_box *b = &c->lines[first + i].b;

		idx[i] = first + i;
		if (!alto_has_box(b))
			continue;
		if (!started || b->x1 < lo)
			lo = b->x1;
		if (!started || b->x2 > hi)
			hi = b->x2;
		started = true;
	}
	alto_cut_sorting = c;
	qsort(idx, n, sizeof *idx, alto_line_x_cmp);
	/* Do the narrow lines alone fall into columns? */
	for (i = 0; i < n && !wide_apart; i++) {
		const struct alto_box *b = &c->lines[idx[i]].b;

		if (!alto_has_box(b) || b->x2 - b->x1 > ALTO_SPANNING * (hi - lo))
			continue;
		if (open && b->x1 > right + ALTO_COL_GAP * c->h)
			wide_apart = true;
		if (!open || b->x2 > right)
			right = b->x2;
		open = true;
	}
	open = started = false;
	for (i = 0; i < n; i++) {
		const struct alto_line *l = &c->lines[idx[i]];
		bool boxed = alto_has_box(&l->b);

		if (wide_apart && boxed &&
		    l->b.x2 - l->b.x1 > ALTO_SPANNING * (hi - lo)) {
			size_t u = alto_new_unit(c, first, end);

			c->units[u].b = l->b;
			c->unit_of[idx[i]] = u;
			continue;
		}
		if (!started || (open && boxed &&
		    l->b.x1 > right + ALTO_COL_GAP * c->h)) {
			cur = alto_new_unit(c, first, end);
			open = false;
			started = true;
		}
		c->unit_of[idx[i]] = cur;
		if (boxed) {
			alto_box_add(&c->units[cur].b, &l->b, !open);
			if (!open || l->b.x2 > right)
				right = l->b.x2;
			open = true;
		}
	}
	free(idx);
}

static void alto_cut_region(struct alto_cut *, size_t *u, size_t k,
    size_t *out, size_t *n_out);

/* Split u (k units) where the gap along axis is at least min_gap (and
 * more than nothing); each part is cut again.  min_gap 0: at the widest
 * gap only, so that what lies under a headline may still be cut into
 * columns.  Returns whether it split. */
static bool
alto_split(struct alto_cut *c, size_t *u, size_t k, int axis, double min_gap,
    size_t *out, size_t *n_out)
{
	size_t i, start = 0, widest = 0, n_best = 0, *at = NULL;
	double end, best = 0;

	c->axis = axis;
	alto_cut_sorting = c;
	qsort(u, k, sizeof *u, alto_unit_cmp);
	end = alto_hi(&c->units[u[0]].b, axis);
	for (i = 1; i < k; i++) {
		const struct alto_box *b = &c->units[u[i]].b;
		double gap = alto_lo(b, axis) - end;

		if (gap > 0 && gap >= min_gap && gap >= best) {
			if (gap > best)
				n_best = 0;
			best = gap;
			widest = i;
			n_best++;
		}
		if (alto_hi(b, axis) > end)
			end = alto_hi(b, axis);
	}
	if (widest == 0)
		return false;
	if (min_gap <= 0) {
		/* Of equal widest gaps (a column's even lines) the middle one,
		 * so the cuts nest only as deep as the log of the lines. */
		if (n_best > 1) {
			at = xcalloc(n_best, sizeof *at);
			end = alto_hi(&c->units[u[0]].b, axis);
			for (i = 1, n_best = 0; i < k; i++) {
				const struct alto_box *b = &c->units[u[i]].b;

				if (alto_lo(b, axis) - end == best)
					at[n_best++] = i;
				if (alto_hi(b, axis) > end)
					end = alto_hi(b, axis);
			}
			widest = at[(n_best - 1) / 2];
			free(at);
		}
		alto_cut_region(c, u, widest, out, n_out);
		alto_cut_region(c, u + widest, k - widest, out, n_out);
		return true;
	}
	end = alto_hi(&c->units[u[0]].b, axis);
	for (i = 1; i <= k; i++) {
		const struct alto_box *b = i < k ? &c->units[u[i]].b : NULL;

		if (b == NULL || (alto_lo(b, axis) - end > 0 &&
		    alto_lo(b, axis) - end >= min_gap)) {
			alto_cut_region(c, u + start, i - start, out, n_out);
			start = i;
			if (b)
				end = alto_hi(b, axis);
			continue;
		}
		if (alto_hi(b, axis) > end)
			end = alto_hi(b, axis);
	}
	return true;
}

static void
alto_cut_region(struct alto_cut *c, size_t *u, size_t k, size_t *out,
    size_t *n_out)
{
	size_t i;
	bool split;

	c->depth++;
	split = k > 1 && c->depth <= ALTO_MAX_DEPTH && (alto_split(c, u, k, 1, ALTO_BAND_GAP * c->h, out, n_out) ||
	    alto_split(c, u, k, 0, ALTO_COL_GAP * c->h, out, n_out) ||
	    alto_split(c, u, k, 1, 0, out, n_out));
	c->depth--;
	if (split)
		return;
	/* Nothing cuts it: as the file has it. */
	alto_cut_sorting = c;
	qsort(u, k, sizeof *u, alto_index_cmp);
	for (i = 0; i < k; i++)
		out[(*n_out)++] = u[i];
}

struct alto_hw {
	double	h;
	size_t	w;
};

static int
alto_hw_cmp(const void *x, const void *y)
{
	const struct alto_hw *a = x, *b = y;

	return (a->h > b->h) - (a->h < b->h);
}

double
alto_body_height(const struct alto_line *lines, size_t n)
{
	struct alto_hw *hw = xcalloc(n + 1, sizeof *hw);
	size_t i, total = 0, acc = 0, m = 0;
	double r = 0;

	for (i = 0; i < n; i++) {
		double hi = lines[i].b.y2 - lines[i].b.y1;

		if (hi <= 0 || lines[i].chars == 0)
			continue;
		hw[m].h = hi;
		hw[m++].w = lines[i].chars;
		total += lines[i].chars;
	}
	qsort(hw, m, sizeof *hw, alto_hw_cmp);
	for (i = 0; i < m; i++)
		if (2 * (acc += hw[i].w) >= total) {
			r = hw[i].h;
			break;
		}
	free(hw);
	return r;
}

size_t *
alto_order(const struct alto_line *lines, size_t n, double body_h)
{
	struct alto_cut c;
	size_t i, j, first, *u, *uo, n_uo = 0, *order, k = 0;

	memset(&c, 0, sizeof c);
	c.lines = lines;
	c.h = body_h;
	c.unit_of = xcalloc(n + 1, sizeof *c.unit_of);
	for (first = 0; first < n; first = i) {
		for (i = first + 1; i < n && lines[i].block == lines[first].block; i++)
			;
		alto_block_units(&c, first, i);
	}
	u = xcalloc(c.n_units + 1, sizeof *u);
	uo = xcalloc(c.n_units + 1, sizeof *uo);
	for (i = 0; i < c.n_units; i++)
		u[i] = i;
	if (c.n_units > 0)
		alto_cut_region(&c, u, c.n_units, uo, &n_uo);
	order = xcalloc(n + 1, sizeof *order);
	for (i = 0; i < n_uo; i++) {
		const struct alto_unit *un = &c.units[uo[i]];

		for (j = un->first; j < un->end; j++)
			if (c.unit_of[j] == uo[i])
				order[k++] = j;
	}
	free(u);
	free(uo);
	free(c.units);
	free(c.unit_of);
	return order;
}
