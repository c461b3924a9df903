/* SPDX-License-Identifier: ISC */
/* pane.c: what the list panes share: the title row, keeping the selection
 * in view, and moving a selection over rows that can be selected. */
#include "config.h"

#include <string.h>

#include "pane.h"
#include "screen.h"

void
pane_title(struct reader *r, struct pane *p, const char *text)
{
	attr_t a = screen_attr(&r->panes[r->focus] == p ? SR_TITLE_FOCUS : SR_TITLE);

	screen_fill(p->win, 0, 0, a);
	screen_put_cut(p->win, 0, 1, p->w - 2, text, a);
}

void
pane_list_scroll(struct pane *p, size_t sel, size_t n)
{
	size_t rows = p->h > 1 ? (size_t)p->h - 1 : 1;

	if (sel < p->top)
		p->top = sel;
	else if (sel >= p->top + rows)
		p->top = sel - rows + 1;
	if (n > rows && p->top > n - rows)
		p->top = n - rows;
	if (n <= rows)
		p->top = 0;
}

size_t
pane_list_move(size_t sel, size_t n, long delta, int (*ok)(const void *, size_t),
    const void *arg)
{
	long want = (long)sel + delta, i;
	long step = delta < 0 ? -1 : 1;

	if (n == 0)
		return 0;
	if (want < 0)
		want = 0;
	if (want >= (long)n)
		want = (long)n - 1;
	for (i = want; i >= 0 && i < (long)n; i += step)	/* onward from want */
		if (ok(arg, (size_t)i))
			return (size_t)i;
	for (i = want; i >= 0 && i < (long)n; i -= step)	/* else back */
		if (ok(arg, (size_t)i))
			return (size_t)i;
	return sel;
}

long
pane_list_delta(const struct pane *p, enum action a, long count, size_t sel,
    size_t n)
{
	long rows = p->h > 2 ? p->h - 1 : 1, c = count > 0 ? count : 1;

	switch (a) {
	case ACTION_SCROLL_DOWN: return c;
	case ACTION_SCROLL_UP: return -c;
	case ACTION_PAGE_DOWN: return c * rows;
	case ACTION_PAGE_UP: return -c * rows;
	case ACTION_HALF_PAGE_DOWN: return c * ((rows + 1) / 2);
	case ACTION_HALF_PAGE_UP: return -c * ((rows + 1) / 2);
	case ACTION_TOP: return -(long)sel;
	case ACTION_BOTTOM: return (long)n - (long)sel;
	default: return 0;
	}
}
