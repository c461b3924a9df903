/* body.c: the open article, laid out for the body pane's width.
 *
 * The position is the first character shown, kept as (block, byte) of the
 * layout doc; after a re-layout (a resize) layout_find puts that character
 * back on the top line.  Re-layout never reads files: the doc points into
 * the loaded article. */
#include "config.h"

#include "body.h"
#include "proof.h"
#include "screen.h"

int
pane_body_width(const struct reader *r)
{
	const struct pane *p = &r->panes[PANE_BODY];
	int w = (p->win != NULL ? p->w : screen_cols()) - 2 - proof_gutter(r);

	return w < 1 ? 1 : w > 1000 ? 1000 : w;
}

size_t
reader_body_rows(const struct reader *r)
{
	const struct pane *p = &r->panes[PANE_BODY];
	int h = (p->win != NULL ? p->h : screen_rows() - 1) - 1;

	return h < 1 ? 1 : (size_t)h;
}

/* In the proof view the top line is the cursor, so it goes to the last
 * line; else the body stops at its last screenful. */
size_t
pane_body_max_top(const struct reader *r)
{
	size_t rows = reader_body_rows(r);

	if (r->layout == NULL || r->layout->n_lines == 0)
		return 0;
	if (r->proof_on)
		return r->layout->n_lines - 1;
	if (r->layout->n_lines <= rows)
		return 0;
	return r->layout->n_lines - rows;
}

void
pane_body_anchor(struct reader *r)
{
	size_t i, k;

	r->ablock = r->aoff = 0;
	for (i = r->btop; r->layout != NULL && i < r->layout->n_lines; i++) {
		const struct layout_line *ln = &r->layout->lines[i];

		for (k = 0; k < ln->n_runs; k++)
			if (ln->runs[k].src_end > ln->runs[k].src_start) {
				r->ablock = ln->runs[k].block;
				r->aoff = ln->runs[k].src_start;
				return;
			}
	}
}

/* Put the anchor on the top line (or as near as the end allows). */
static void
pane_body_find_anchor(struct reader *r)
{
	size_t line = 0;
	int col;

	if (layout_find(r->layout, r->ablock, r->aoff, &line, &col) != 0)
		line = 0;
	r->btop = line;
	if (r->btop > pane_body_max_top(r))
		r->btop = pane_body_max_top(r);
}

void
pane_body_relayout(struct reader *r)
{
	struct layout_options lo = { pane_body_width(r), r->amb, 2, 0 };

	if (r->art == NULL)
		return;
	if (r->layout != NULL && r->layout->width == lo.width) {
		pane_body_find_anchor(r);
		return;
	}
	layout_free(r->layout);
	r->layout = layout_run(&r->doc, &lo);
	pane_body_find_anchor(r);
}

void
pane_body_move(struct reader *r, long delta)
{
	long top = (long)r->btop + delta, max = (long)pane_body_max_top(r);

	r->btop = (size_t)(top < 0 ? 0 : top > max ? max : top);
	pane_body_anchor(r);
}

