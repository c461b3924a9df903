/* SPDX-License-Identifier: ISC */
/* pane_articles.c: the open issue's articles, grouped by page.
 *
 * A row: kind marker, jump marker (> continues on another page, < is the
 * rest of one), the title (headline, or the first sentence of a photo or
 * ad), the byline, and the length in characters. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compose.h"
#include "model.h"
#include "nav.h"
#include "pane.h"
#include "screen.h"
#include "xalloc.h"

static int
pane_articles_ok(const void *arg, size_t i)
{
	const struct reader *r = arg;

	return r->arows[i].art != NULL;
}

static char
pane_articles_kind(const struct article *a)
{
	switch (a->kind) {
	case ARTICLE_NEWS: return 'N';
	case ARTICLE_BRIEF: return 'B';
	case ARTICLE_PHOTO: return 'P';
	case ARTICLE_AD: return 'A';
	case ARTICLE_NOTICE: return '!';
	case ARTICLE_CONTINUATION: return 'C';
	}
	return '?';
}

static char
pane_articles_jump(const struct article *a)
{
	size_t k;
	int to = 0, from = a->kind == ARTICLE_CONTINUATION;

	for (k = 0; k < a->n_jumps; k++) {
		if (a->jumps[k].dir == JUMP_TO)
			to = 1;
		else
			from = 1;
	}
	return to && from ? '=' : to ? '>' : from ? '<' : ' ';
}

/* Characters of body text, as "950" or "1.2k". */
static void
pane_articles_length(const struct article *a, char *buf, size_t size)
{
	size_t n = 0, b;
	const char *s;

	for (b = 0; b < a->n_blocks; b++)
		for (s = a->blocks[b].text; s && *s; s++)
			n += ((unsigned char)*s & 0xc0) != 0x80;
	if (n < 1000)
		snprintf(buf, size, "%zu", n);
	else
		snprintf(buf, size, "%zu.%zuk", n / 1000, n % 1000 / 100);
}

static void
pane_articles_page(struct reader *r, struct pane *p, int y, const struct page *pg)
{
	char *t = xasprintf(_("Page %s%s%s"), pg->name ? pg->name : "?",
	    pg->meta.section_name ? "  " : "",
	    pg->meta.section_name ? pg->meta.section_name : "");

	screen_fill(p->win, y, 0, A_NORMAL);
	screen_put_file(p->win, y, 1, p->w - 2, t, screen_attr(SR_GROUP));
	free(t);
}

static void
pane_articles_row(struct reader *r, struct pane *p, int y, size_t i)
{
	const struct article *a = r->arows[i].art;
	attr_t at = A_NORMAL;
	char mark[4] = { pane_articles_kind(a), pane_articles_jump(a), ' ', 0 };
	char len[32];
	char *title = article_title(a);
	int x = 1, right = p->w - 1;

	if (i == r->asel)
		at = screen_attr(r->focus == PANE_ARTICLES ? SR_SELECT : SR_SELECT_IDLE);
	screen_fill(p->win, y, 0, at);
	/* --linear: the title and byline only, no marks or lengths to be
	 * read out. */
	if (!r->linear)
		x += screen_put(p->win, y, x, right - x, mark, 3, at ? at : screen_attr(SR_MARK));
	pane_articles_length(a, len, sizeof len);
	if (!r->linear && right - x > 20)
		right -= screen_put(p->win, y, right - (int)strlen(len), (int)strlen(len),
		    len, strlen(len), at ? at : screen_attr(SR_DIM)) + 1;
	x += screen_put_file(p->win, y, x, right - x, title ? title : "", at);
	if (a->byline.text != NULL && right - x > 6)
		screen_put_file(p->win, y, x + 2, right - x - 2, a->byline.text,
		    at ? at : screen_attr(SR_DIM));
	free(title);
}

static void
pane_articles_draw(struct reader *r, struct pane *p)
{
	int y;
	size_t i;
	char *t;

	if (r->issue == NULL)
		pane_title(r, p, _("Articles"));
	else {
		t = xasprintf(_("Articles: %s %s"), r->issue->publication->name, r->issue->date);
		pane_title(r, p, t);
		free(t);
	}
	pane_list_scroll(p, r->asel, r->n_arows);
	for (y = 1; y < p->h; y++) {
		i = p->top + (size_t)y - 1;
		screen_clear_eol(p->win, y, 0);
		if (i >= r->n_arows)
			continue;
		if (r->arows[i].art == NULL)
			pane_articles_page(r, p, y, r->arows[i].page);
		else
			pane_articles_row(r, p, y, i);
	}
}

static int
pane_articles_action(struct reader *r, struct pane *p, enum action a, long count)
{
	long d;
	size_t sel;

	if (a == ACTION_OPEN) {
		r->focus = PANE_BODY;
		if (r->small)
			compose_layout(r);
		return 1;
	}
	if ((d = pane_list_delta(p, a, count, r->asel, r->n_arows)) == 0)
		return a == ACTION_TOP || a == ACTION_BOTTOM;
	sel = pane_list_move(r->asel, r->n_arows, d, pane_articles_ok, r);
	if (sel != r->asel && r->arows[sel].art != NULL)
		reader_open_article(r, sel, NULL);
	return 1;
}

static void
pane_articles_click(struct reader *r, struct pane *p, int y)
{
	size_t i = p->top + (size_t)y - 1;

	if (y >= 1 && i < r->n_arows && r->arows[i].art != NULL && i != r->asel)
		reader_open_article(r, i, NULL);
}

const struct pane_ops pane_articles_ops = {
	"articles", pane_articles_draw, pane_articles_action, pane_articles_click
};
