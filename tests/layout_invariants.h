/* SPDX-License-Identifier: ISC */
/* layout_invariants.h: what must hold for any layout, whatever the text and
 * width.  Shared by check_layout and check_layout_props; static functions,
 * include once. */
#ifndef KANBAO_LAYOUT_INVARIANTS_H
#define KANBAO_LAYOUT_INVARIANTS_H

#include <string.h>

/* The fuzz harnesses define INV_FAIL to print and abort. */
#ifndef INV_FAIL
#include <check.h>
#define INV_FAIL ck_abort_msg
#endif

#include <unistr.h>

#include "layout.h"
#include "width.h"

/* Check's own assertions report every pass through a pipe, which over
 * millions of bytes costs more than the layout: these call Check only when
 * they fail. */
#define INV_MSG(c, ...)	do {						\
	if (!(c))							\
		INV_FAIL(__VA_ARGS__);					\
} while (0)
#define INV_ASSERT(c)	INV_MSG(c, "%s:%d: %s", __FILE__, __LINE__, #c)
#define INV_EQ(a, b)	INV_ASSERT((a) == (b))
#define INV_LE(a, b)	INV_ASSERT((a) <= (b))
#define INV_GE(a, b)	INV_ASSERT((a) >= (b))
#define INV_LT(a, b)	INV_ASSERT((a) < (b))

/* Nothing a terminal would act on: no C0, DEL, C1, bidi controls. */
static void
inv_safe_text(const struct layout_line *ln)
{
	const uint8_t	*p = (const uint8_t *)ln->text, *end = p + ln->len;
	ucs4_t		 uc;
	int		 n;

	INV_EQ(strlen(ln->text), ln->len);
	while (p < end) {
		n = u8_mbtoucr(&uc, p, end - p);
		INV_MSG(n > 0, "invalid UTF-8 in a line");
		INV_MSG(width_placeholder(uc) == NULL,
		    "U+%04X drawn as itself", (unsigned)uc);
		p += n;
	}
}

/* Runs tile the line: columns and display bytes follow each other. */
static void
inv_runs(const struct layout *L, const struct layout_line *ln)
{
	const struct layout_run	*r;
	size_t			 i, disp = 0;
	int			 col = 0;

	for (i = 0; i < ln->n_runs; i++) {
		r = &ln->runs[i];
		INV_EQ(r->col, col);
		INV_EQ(r->disp_start, disp);
		INV_LE(r->disp_start, r->disp_end);
		INV_EQ(width_text(ln->text + r->disp_start,
		    r->disp_end - r->disp_start, L->ambiguous), r->cells);
		if (r->kind == LR_INDENT)
			INV_EQ(r->src_start, r->src_end);
		else
			INV_LT(r->src_start, r->src_end);
		if (r->kind == LR_TEXT)
			INV_EQ(r->src_end - r->src_start,
			    r->disp_end - r->disp_start);
		INV_EQ(r->block, ln->block);
		col += r->cells;
		disp = r->disp_end;
	}
	INV_EQ(disp, ln->len);
	INV_EQ(col, ln->cells);
}

/* Each line: within the width, safe, tiled by its runs, and its text runs
 * show their source bytes. */
static void
inv_lines(const struct layout_doc *doc, const struct layout *L)
{
	const struct layout_line *ln;
	const struct layout_run	 *r;
	size_t			  i, j;

	for (i = 0; i < L->n_lines; i++) {
		ln = &L->lines[i];
		INV_LE(ln->cells, L->width);
		INV_GE(ln->cells, 0);
		INV_EQ(width_text(ln->text, ln->len, L->ambiguous),
		    ln->cells);
		inv_safe_text(ln);
		inv_runs(L, ln);
		for (j = 0; j < ln->n_runs; j++) {
			r = &ln->runs[j];
			if (r->kind == LR_TEXT)
				INV_ASSERT(memcmp(ln->text + r->disp_start,
				    doc->blocks[r->block].text + r->src_start,
				    r->src_end - r->src_start) == 0);
		}
	}
}

/* The lines of each block partition its text, and what no run shows is a
 * space dropped at a break or a line break. */
static void
inv_coverage(const struct layout_doc *doc, const struct layout *L)
{
	const struct layout_line *ln;
	size_t			  i, j, b, pos = 0, shown;
	size_t			  cur = (size_t)-1;

	for (i = 0; i < L->n_lines; i++) {
		ln = &L->lines[i];
		if (ln->style == LS_BLANK)
			continue;
		b = ln->block;
		if (b != cur) {
			INV_ASSERT(cur == (size_t)-1 || pos ==
			    doc->blocks[cur].len);
			cur = b;
			pos = 0;
		}
		INV_EQ(ln->src_start, pos);
		shown = pos;
		for (j = 0; j < ln->n_runs; j++) {
			if (ln->runs[j].kind == LR_INDENT)
				continue;
			for (; shown < ln->runs[j].src_start; shown++)
				INV_ASSERT(strchr(" \r\n",
				    doc->blocks[b].text[shown]) != NULL);
			shown = ln->runs[j].src_end;
		}
		for (; shown < ln->src_end; shown++)
			INV_MSG(strchr(" \r\n",
			    doc->blocks[b].text[shown]) != NULL,
			    "byte %zu of block %zu not shown", shown, b);
		pos = ln->src_end;
	}
	INV_ASSERT(cur == (size_t)-1 || pos == doc->blocks[cur].len);
}

/* Every shown byte maps to one cell and back; every cell to a byte and
 * back to its own cluster. */
static void
inv_roundtrip(const struct layout_doc *doc, const struct layout *L)
{
	size_t	b, off, line, blk, back;
	int	col, col2, r;

	for (b = 0; b < doc->n_blocks; b++) {
		for (off = 0; off < doc->blocks[b].len; off++) {
			r = layout_find(L, b, off, &line, &col);
			if (r < 0) {
				INV_ASSERT(strchr(" \r\n",
				    doc->blocks[b].text[off]) != NULL);
				continue;
			}
			if (layout_at(L, line, col, &blk, &back) < 0) {
				/* a zero-width cluster ending the line */
				INV_MSG(col == L->lines[line].cells,
				    "byte %zu of block %zu: cell %zu:%d shows "
				    "nothing", off, b, line, col);
				continue;
			}
			INV_EQ(blk, b);
			if (back > off)		/* off is in a zero-width cluster */
				continue;
			/* back starts the cluster that holds off */
			INV_EQ(layout_find(L, b, back, &line, &col2),
			    0);
			INV_EQ(col2, col);
		}
	}
	for (line = 0; line < L->n_lines; line++) {
		for (col = 0; col < L->lines[line].cells; col++) {
			if (layout_at(L, line, col, &blk, &off) < 0)
				continue;
			INV_EQ(layout_find(L, blk, off, &back, &col2),
			    0);
			INV_EQ(back, line);
			INV_LE(col2, col);
		}
	}
}

static void
inv_all(const struct layout_doc *doc, const struct layout *L, int roundtrip)
{
	inv_lines(doc, L);
	inv_coverage(doc, L);
	if (roundtrip)
		inv_roundtrip(doc, L);
}

#endif
