/* pane_body.c: the body pane: the open article drawn for the pane, moving
 * in it, and following its jump lines (the layout and the position are
 * body.c's). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "message.h"
#include "nav.h"
#include "pane.h"
#include "proof.h"
#include "screen.h"
#include "search_ui.h"
#include "xalloc.h"

static int
pane_body_action(struct reader *r, struct pane *p, enum action a, long count)
{
	long page = (long)reader_body_rows(r);
	long n = count > 0 ? count : 1;

	switch (a) {
	case ACTION_SCROLL_DOWN: pane_body_move(r, n); break;
	case ACTION_SCROLL_UP: pane_body_move(r, -n); break;
	case ACTION_PAGE_DOWN:
		if (r->btop >= pane_body_max_top(r))
			return 0;	/* at the end: the caller opens the next */
		pane_body_move(r, n * (page > 1 ? page - 1 : 1));
		break;
	case ACTION_PAGE_UP: pane_body_move(r, -n * (page > 1 ? page - 1 : 1)); break;
	case ACTION_HALF_PAGE_DOWN: pane_body_move(r, n * (page + 1) / 2); break;
	case ACTION_HALF_PAGE_UP: pane_body_move(r, -n * (page + 1) / 2); break;
	case ACTION_TOP: pane_body_move(r, -(long)r->btop); break;
	case ACTION_BOTTOM: pane_body_move(r, (long)pane_body_max_top(r)); break;
	case ACTION_OPEN: pane_body_follow(r); break;
	default: return 0;
	}
	return 1;
}

/* --- drawing ------------------------------------------------------------------ */

static void
pane_body_title(struct reader *r, struct pane *p)
{
	char *t;
	const struct article *a = r->art;

	if (a == NULL) {
		pane_title(r, p, "Article");
		return;
	}
	t = xasprintf("Article %zu, page %d%s%s (%s)", a->index, a->page->number,
	    a->page->meta.section_name ? " " : "",
	    a->page->meta.section_name ? a->page->meta.section_name : "",
	    article_kind_name(a->kind));
	pane_title(r, p, t);
	free(t);
}

static void
pane_body_draw(struct reader *r, struct pane *p)
{
	size_t rows = reader_body_rows(r), i, li;
	int width = pane_body_width(r);

	pane_body_title(r, p);
	for (i = 0; i < rows; i++) {
		li = r->btop + i;
		screen_clear_eol(p->win, (int)i + 1, 0);
		if (r->layout == NULL || li >= r->layout->n_lines) {
			if (r->art == NULL && i == 1)
				screen_put(p->win, 2, 1, width, "No article open.", 16, A_DIM);
			continue;
		}
		screen_put(p->win, (int)i + 1, 1, width, r->layout->lines[li].text,
		    r->layout->lines[li].len, screen_style(r->layout->lines[li].style) |
		    proof_line_attr(r, li));
		search_ui_draw(r, p->win, (int)i + 1, li);
		proof_draw_gutter(r, p->win, (int)i + 1, 2 + width, li);
	}
}

static void
pane_body_click(struct reader *r, struct pane *p, int y)
{
}

const struct pane_ops pane_body_ops = {
	"body", pane_body_draw, pane_body_action, pane_body_click
};

/* --- jumps ---------------------------------------------------------------------- */

/* The jump a doc block shows, or NULL. */
static const struct jump *
pane_body_block_jump(const struct reader *r, size_t b)
{
	const struct layout_block *lb = &r->doc.blocks[b];
	size_t k;

	for (k = 0; k < r->art->n_jumps; k++)
		if (lb->span == &r->art->jumps[k].span ||
		    lb->text == r->art->jumps[k].label)
			return &r->art->jumps[k];
	return NULL;
}

/* A jump with a target: one on the screen first, else the article's first. */
static const struct jump *
pane_body_pick_jump(const struct reader *r)
{
	size_t i, rows = reader_body_rows(r), k;
	const struct jump *j;

	for (i = r->btop; r->layout && i < r->layout->n_lines && i < r->btop + rows; i++)
		if (r->layout->lines[i].style == LS_JUMP &&
		    (j = pane_body_block_jump(r, r->layout->lines[i].block)) != NULL &&
		    j->target != NULL)
			return j;
	for (k = 0; k < r->art->n_jumps; k++)
		if (r->art->jumps[k].target != NULL)
			return &r->art->jumps[k];
	return NULL;
}

void
pane_body_follow(struct reader *r)
{
	const struct jump *j;
	size_t row;
	struct place start = { NULL, 0, 0 };

	if (r->art == NULL || r->art->n_jumps == 0) {
		reader_message(r, "No jump line to follow in this article");
		return;
	}
	if ((j = pane_body_pick_jump(r)) == NULL) {
		reader_message(r, "Page %d of this issue has no matching part",
		    r->art->jumps[0].page_number);
		return;
	}
	if ((row = reader_article_row(r, j->target)) == r->n_arows) {
		reader_message(r, "The other part is not in this issue");
		return;
	}
	reader_push_place(r);
	start.art = j->target;
	reader_open_article(r, row, &start);
	reader_message(r, "Followed %s page %d; back returns",
	    j->dir == JUMP_TO ? "to" : "back to", j->page_number);
}
