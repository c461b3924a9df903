/* layout_invariants.h: what must hold for any layout, whatever the text and
 * width.  Shared by check_layout and check_layout_props; static functions,
 * include once. */
#ifndef KANBAO_LAYOUT_INVARIANTS_H
#define KANBAO_LAYOUT_INVARIANTS_H

#include <check.h>
#include <string.h>

#include <unistr.h>

#include "layout.h"
#include "width.h"

/* Nothing a terminal would act on: no C0, DEL, C1, bidi controls. */
static void
inv_safe_text(const struct layout_line *ln)
{
	const uint8_t	*p = (const uint8_t *)ln->text, *end = p + ln->len;
	ucs4_t		 uc;
	int		 n;

	ck_assert_uint_eq(strlen(ln->text), ln->len);
	while (p < end) {
		n = u8_mbtoucr(&uc, p, end - p);
		ck_assert_msg(n > 0, "invalid UTF-8 in a line");
		ck_assert_msg(width_placeholder(uc) == NULL,
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
		ck_assert_int_eq(r->col, col);
		ck_assert_uint_eq(r->disp_start, disp);
		ck_assert_uint_le(r->disp_start, r->disp_end);
		ck_assert_int_eq(width_text(ln->text + r->disp_start,
		    r->disp_end - r->disp_start, L->ambiguous), r->cells);
		if (r->kind == LR_INDENT)
			ck_assert_uint_eq(r->src_start, r->src_end);
		else
			ck_assert_uint_lt(r->src_start, r->src_end);
		if (r->kind == LR_TEXT)
			ck_assert_uint_eq(r->src_end - r->src_start,
			    r->disp_end - r->disp_start);
		ck_assert_uint_eq(r->block, ln->block);
		col += r->cells;
		disp = r->disp_end;
	}
	ck_assert_uint_eq(disp, ln->len);
	ck_assert_int_eq(col, ln->cells);
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
		ck_assert_int_le(ln->cells, L->width);
		ck_assert_int_ge(ln->cells, 0);
		ck_assert_int_eq(width_text(ln->text, ln->len, L->ambiguous),
		    ln->cells);
		inv_safe_text(ln);
		inv_runs(L, ln);
		for (j = 0; j < ln->n_runs; j++) {
			r = &ln->runs[j];
			if (r->kind == LR_TEXT)
				ck_assert(memcmp(ln->text + r->disp_start,
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
			ck_assert(cur == (size_t)-1 || pos ==
			    doc->blocks[cur].len);
			cur = b;
			pos = 0;
		}
		ck_assert_uint_eq(ln->src_start, pos);
		shown = pos;
		for (j = 0; j < ln->n_runs; j++) {
			if (ln->runs[j].kind == LR_INDENT)
				continue;
			for (; shown < ln->runs[j].src_start; shown++)
				ck_assert(strchr(" \r\n",
				    doc->blocks[b].text[shown]) != NULL);
			shown = ln->runs[j].src_end;
		}
		for (; shown < ln->src_end; shown++)
			ck_assert_msg(strchr(" \r\n",
			    doc->blocks[b].text[shown]) != NULL,
			    "byte %zu of block %zu not shown", shown, b);
		pos = ln->src_end;
	}
	ck_assert(cur == (size_t)-1 || pos == doc->blocks[cur].len);
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
				ck_assert(strchr(" \r\n",
				    doc->blocks[b].text[off]) != NULL);
				continue;
			}
			ck_assert_int_eq(layout_at(L, line, col, &blk, &back),
			    0);
			ck_assert_uint_eq(blk, b);
			if (back > off)		/* off is in a zero-width cluster */
				continue;
			/* back starts the cluster that holds off */
			ck_assert_int_eq(layout_find(L, b, back, &line, &col2),
			    0);
			ck_assert_int_eq(col2, col);
		}
	}
	for (line = 0; line < L->n_lines; line++) {
		for (col = 0; col < L->lines[line].cells; col++) {
			if (layout_at(L, line, col, &blk, &off) < 0)
				continue;
			ck_assert_int_eq(layout_find(L, blk, off, &back, &col2),
			    0);
			ck_assert_uint_eq(back, line);
			ck_assert_int_le(col2, col);
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
