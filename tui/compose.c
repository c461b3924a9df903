/* SPDX-License-Identifier: ISC */
/* compose.c: the compositor.  It decides where each pane goes for the
 * terminal's size and draws them all through the pane interface (each
 * pane's ops->draw: tig's view_ops), then the overlay and the status line,
 * with one update of the terminal.  It calls no pane's code by name: to
 * change how a pane looks, change that pane's file; to change where panes
 * go, change this one.  screen.c below does the talking to curses.
 *
 * Over SSH every byte counts: panes are separate windows refreshed with
 * wnoutrefresh and one doupdate, nothing is cleared per keystroke, and the
 * body is as wide as the screen so curses can scroll it with the terminal's
 * scroll region instead of repainting it. */
#include "config.h"

#include "body.h"
#include "compose.h"
#include "help.h"
#include "screen.h"
#include "status.h"

#define COMPOSE_WIDE_COLS	100	/* lists, body and source side by side */

static void
compose_place(struct pane *p, int y, int x, int h, int w)
{
	p->y = y;
	p->x = x;
	p->h = h;
	p->w = w;
	screen_window_free(p->win);
	p->win = screen_window(h, w, y, x);
}

/* Rows for the lists above the body: about two fifths of the screen. */
static int
compose_list_rows(int rows)
{
	int n = rows * 2 / 5;

	return n < 4 ? 4 : n;
}

/* >= 100 columns: issues | articles on top, the body full width below; in
 * the proof view the body and the source side by side.
 * >= 40x10: one list (issues when they have the focus, else articles) on
 * top; in the proof view with the body focused, no list: the body over
 * the source, which has at least half the screen.
 * smaller, or --linear: only the focused pane. */
static void
compose_geometry(struct reader *r, int rows, int cols)
{
	struct pane *is = &r->panes[PANE_ISSUES], *ar = &r->panes[PANE_ARTICLES];
	struct pane *bo = &r->panes[PANE_BODY], *so = &r->panes[PANE_SOURCE];
	int lr = compose_list_rows(rows), iw, bw, bh;

	/* --linear: one pane at a time, as on a small screen. */
	r->small = r->linear || cols < 40 || rows < 10;
	compose_place(so, 0, 0, 0, 0);
	if (r->small) {
		compose_place(is, 0, 0, r->focus == PANE_ISSUES ? rows : 0, cols);
		compose_place(ar, 0, 0, r->focus == PANE_ARTICLES ? rows : 0, cols);
		compose_place(bo, 0, 0, r->focus == PANE_BODY ? rows : 0, cols);
	} else if (cols >= COMPOSE_WIDE_COLS) {
		iw = cols / 3 > 40 ? 40 : cols / 3;
		compose_place(is, 0, 0, lr, iw);
		compose_place(ar, 0, iw + 1, lr, cols - iw - 1);
		bw = r->proof_on ? (cols - 1) / 2 : cols;
		compose_place(bo, lr, 0, rows - lr, bw);
		if (r->proof_on)
			compose_place(so, lr, bw + 1, rows - lr, cols - bw - 1);
	} else if (r->proof_on && r->focus == PANE_BODY) {
		bh = rows / 2;
		compose_place(is, 0, 0, 0, cols);
		compose_place(ar, 0, 0, 0, cols);
		compose_place(bo, 0, 0, bh, cols);
		compose_place(so, bh, 0, rows - bh, cols);
	} else {
		int issues = r->focus == PANE_ISSUES;

		compose_place(is, 0, 0, issues ? lr : 0, cols);
		compose_place(ar, 0, 0, issues ? 0 : lr, cols);
		compose_place(bo, lr, 0, rows - lr, cols);
	}
}

void
compose_layout(struct reader *r)
{
	int rows = screen_rows() - 1;

	screen_clear();		/* the separator column and anything left over */
	compose_geometry(r, rows < 1 ? 1 : rows, screen_cols());
	screen_window_free(r->status);
	r->status = screen_window(1, screen_cols(), screen_rows() - 1, 0);
	screen_window_scrolls(r->panes[PANE_BODY].win);
	if (r->overlay != OVERLAY_NONE)
		help_open(r, r->overlay);
	pane_body_relayout(r);
}

/* The column between two panes side by side (the lists; the body and the
 * source). */
static void
compose_separator(const struct pane *l, const struct pane *rt)
{
	if (l->win == NULL || rt->win == NULL || rt->x != l->x + l->w + 1)
		return;
	screen_vline(l->y, l->w, l->h);
}

/* --linear: the terminal's cursor on the line being read: the selected
 * row of a list, the top line of the body, the first line of an overlay;
 * staged last so that the update leaves the cursor there. */
static void
compose_linear_cursor(struct reader *r)
{
	struct pane *p = &r->panes[r->focus];
	size_t sel = r->focus == PANE_ISSUES ? r->isel : r->asel;
	int y = 1;

	if (r->overlay != OVERLAY_NONE) {
		screen_cursor(r->ov_win, 1, 1);
		return;
	}
	if (p->win == NULL)
		return;
	if ((r->focus == PANE_ISSUES || r->focus == PANE_ARTICLES) && sel >= p->top)
		y = 1 + (int)(sel - p->top);
	if (y >= p->h)
		y = p->h - 1;
	screen_cursor(p->win, y < 0 ? 0 : y, 1);
}

void
compose_draw(struct reader *r)
{
	int i;

	if (r->overlay != OVERLAY_NONE)
		help_draw(r);
	else {
		compose_separator(&r->panes[PANE_ISSUES], &r->panes[PANE_ARTICLES]);
		compose_separator(&r->panes[PANE_BODY], &r->panes[PANE_SOURCE]);
		for (i = 0; i < PANE__COUNT; i++) {
			struct pane *p = &r->panes[i];

			if (p->win == NULL)
				continue;
			p->ops->draw(r, p);
			screen_stage(p->win);
		}
	}
	status_draw(r);
	screen_stage(r->status);
	if (r->linear)
		compose_linear_cursor(r);
	screen_update();
}
