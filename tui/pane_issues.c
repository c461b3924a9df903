/* SPDX-License-Identifier: ISC */
/* pane_issues.c: publications and their issues, newest first. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compose.h"
#include "nav.h"
#include "pane.h"
#include "screen.h"
#include "xalloc.h"

static int
pane_issues_ok(const void *arg, size_t i)
{
	const struct reader *r = arg;

	return r->irows[i].issue != NULL;
}

static void
pane_issues_row(struct reader *r, struct pane *p, int y, size_t i)
{
	const struct issue_row *row = &r->irows[i];
	char buf[64];
	attr_t a = A_NORMAL;
	int x = 1;

	if (row->issue == NULL) {
		screen_fill(p->win, y, 0, A_NORMAL);
		screen_put_file(p->win, y, 1, p->w - 2, row->pub->name, screen_attr(SR_GROUP));
		return;
	}
	if (i == r->isel)
		a = screen_attr(r->focus == PANE_ISSUES ? SR_SELECT : SR_SELECT_IDLE);
	screen_fill(p->win, y, 0, a);
	if (r->linear)		/* no marks for a screen reader to read */
		snprintf(buf, sizeof buf, "%s", row->issue->date);
	else
		snprintf(buf, sizeof buf, "%c %s", row->issue == r->issue ? '*' : ' ',
		    row->issue->date);
	x += screen_put_file(p->win, y, x, p->w - 2, buf, a);
	if (row->issue->number > 0) {
		snprintf(buf, sizeof buf, "  No.%d", row->issue->number);
		x += screen_put(p->win, y, x, p->w - 1 - x, buf, strlen(buf), a);
	}
	if (row->issue->title != NULL && x + 2 < p->w - 1)
		screen_put_file(p->win, y, x + 2, p->w - 3 - x, row->issue->title, a);
}

static void
pane_issues_draw(struct reader *r, struct pane *p)
{
	int y;
	size_t i;

	pane_title(r, p, _("Issues"));
	pane_list_scroll(p, r->isel, r->n_irows);
	for (y = 1; y < p->h; y++) {
		i = p->top + (size_t)y - 1;
		if (i < r->n_irows)
			pane_issues_row(r, p, y, i);
		else {
			screen_clear_eol(p->win, y, 0);
		}
	}
	if (r->n_irows == 0)
		screen_put_file(p->win, 1, 1, p->w - 2, _("No issues found."), A_NORMAL);
}

static int
pane_issues_action(struct reader *r, struct pane *p, enum action a, long count)
{
	long d;

	if (a == ACTION_OPEN) {
		if (r->n_irows > 0 && r->irows[r->isel].issue != NULL) {
			reader_open_issue(r, r->isel);
			r->focus = PANE_ARTICLES;
			if (r->small || screen_cols() < 100)	/* (and --linear) */
				compose_layout(r);
		}
		return 1;
	}
	if ((d = pane_list_delta(p, a, count, r->isel, r->n_irows)) == 0)
		return a == ACTION_TOP || a == ACTION_BOTTOM;
	r->isel = pane_list_move(r->isel, r->n_irows, d, pane_issues_ok, r);
	return 1;
}

static void
pane_issues_click(struct reader *r, struct pane *p, int y)
{
	size_t i = p->top + (size_t)y - 1;

	if (y >= 1 && i < r->n_irows && r->irows[i].issue != NULL)
		r->isel = i;
}

const struct pane_ops pane_issues_ops = {
	"issues", pane_issues_draw, pane_issues_action, pane_issues_click
};
