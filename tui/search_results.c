/* search_results.c: searching the whole archive from the reader.
 *
 * search-archive asks for a query, then searches issue by issue, newest
 * first, showing progress in the status line; any key stops it, keeping
 * what was found.  The hits are listed over the panes, two rows each
 * (publication, date, page and headline; the snippet with the hit in
 * reverse video).  Enter opens the article at the hit, with the query kept
 * as the article's search; q or Esc closes the list. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "input.h"
#include "screen.h"
#include "search.h"
#include "strbuf.h"
#include "xalloc.h"

/* Characters of context either side of a hit, and the most hits listed. */
#define SR_CONTEXT	30
#define SR_MAX_HITS	5000

struct sr_hit {
	char		*id;		/* the article's id */
	char		*head;		/* "PUB  DATE  p.N  headline", from files */
	char		*snippet;	/* safe to print */
	size_t		 hs, he;	/* the hit in snippet */
	size_t		 block, start;
};

struct sr_list {
	struct sr_hit	*v;
	size_t		 n, cap, sel, top;
	size_t		 issues, done;	/* progress */
	int		 stopped;
	char		*query;
};

static void
sr_list_free(struct sr_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].id);
		free(l->v[i].head);
		free(l->v[i].snippet);
	}
	free(l->v);
	free(l->query);
}

/* --- searching ------------------------------------------------------------------ */

/* Issues newest first (ties: archive order). */
static int
sr_issue_cmp(const void *a, const void *b)
{
	const struct issue *x = *(const struct issue *const *)a;
	const struct issue *y = *(const struct issue *const *)b;
	int c = strcmp(y->date, x->date);

	return c != 0 ? c : x < y ? -1 : x > y;
}

static struct issue **
sr_issues(struct archive *a, size_t *n)
{
	struct issue **v;
	size_t i, j;

	for (*n = 0, i = 0; i < a->n_pubs; i++)
		*n += a->pubs[i].n_issues;
	v = xcalloc(*n ? *n : 1, sizeof *v);
	for (*n = 0, i = 0; i < a->n_pubs; i++)
		for (j = 0; j < a->pubs[i].n_issues; j++)
			v[(*n)++] = &a->pubs[i].issues[j];
	qsort(v, *n, sizeof *v, sr_issue_cmp);
	return v;
}

static void
sr_add(struct sr_list *l, const struct article *a, const struct layout_block *b,
    const struct search_hit *h)
{
	struct sr_hit *e;
	char *title = article_title(a);
	const struct issue *is = a->page->issue;

	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	e = &l->v[l->n++];
	e->id = article_id(a);
	e->head = xasprintf("%s  %s  p.%d  %s", is->publication->name, is->date,
	    a->page->number, title ? title : "");
	e->snippet = search_snippet(b->text, b->len, h, SR_CONTEXT, &e->hs, &e->he);
	e->block = h->block;
	e->start = h->start;
	free(title);
}

static void
sr_search_issue(struct sr_list *l, struct issue *is,
    const struct search_pattern *sp)
{
	struct search_hits hits = { 0 };
	struct layout_doc doc;
	size_t p, k, i;

	issue_load(is);
	for (p = 0; p < is->n_pages; p++)
		for (k = 0; k < is->pages[p].n_articles; k++) {
			const struct article *a = &is->pages[p].articles[k];

			layout_doc_from_article(&doc, a);
			search_hits_clear(&hits);
			search_doc(sp, &doc, &hits);
			for (i = 0; i < hits.n && l->n < SR_MAX_HITS; i++)
				sr_add(l, a, &doc.blocks[hits.v[i].block], &hits.v[i]);
			layout_doc_free(&doc);
		}
	search_hits_free(&hits);
}

/* Progress in the status line; 1 when a key asks to stop. */
static int
sr_progress(struct reader *r, const struct sr_list *l)
{
	attr_t a = screen_attr(SR_STATUS);
	char buf[160];
	wint_t ch;

	snprintf(buf, sizeof buf, "Searching: %zu of %zu issues, %zu hit%s (any key stops)",
	    l->done, l->issues, l->n, l->n == 1 ? "" : "s");
	screen_fill(r->status, 0, 0, a);
	screen_put(r->status, 0, 1, COLS - 2, buf, strlen(buf), a);
	wrefresh(r->status);
	wtimeout(r->status, 0);
	ch = 0;
	if (wget_wch(r->status, &ch) == ERR)
		ch = 0;
	wtimeout(r->status, -1);
	return ch != 0 && ch != KEY_RESIZE;
}

static void
sr_search(struct reader *r, struct sr_list *l, const struct search_pattern *sp)
{
	struct issue **v = sr_issues(r->archive, &l->issues);

	for (l->done = 0; l->done < l->issues && l->n < SR_MAX_HITS; l->done++) {
		if (sr_progress(r, l)) {
			l->stopped = 1;
			break;
		}
		sr_search_issue(l, v[l->done], sp);
	}
	free(v);
}

/* --- the list ------------------------------------------------------------------- */

static size_t
sr_rows(void)
{
	return LINES > 3 ? (size_t)(LINES - 2) / 2 : 1;
}

static void
sr_draw_hit(WINDOW *w, int y, const struct sr_hit *e, int sel)
{
	attr_t a = sel ? screen_attr(SR_SELECT) : screen_attr(SR_NORMAL);
	/* On the selected row (often reverse already) the hit is underlined. */
	attr_t hit = sel ? a | A_BOLD | A_UNDERLINE : a | A_REVERSE;
	int x;

	screen_fill(w, y, 0, a);
	screen_put_file(w, y, 1, COLS - 2, e->head, a | A_BOLD);
	screen_fill(w, y + 1, 0, a);
	x = 4 + screen_put(w, y + 1, 4, COLS - 5, e->snippet, e->hs, a);
	x += screen_put(w, y + 1, x, COLS - 1 - x, e->snippet + e->hs,
	    e->he - e->hs, hit);
	screen_put(w, y + 1, x, COLS - 1 - x, e->snippet + e->he,
	    strlen(e->snippet + e->he), a);
}

static void
sr_draw(WINDOW *w, struct sr_list *l)
{
	size_t rows = sr_rows(), i;
	char *title;

	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + rows)
		l->top = l->sel - rows + 1;
	werase(w);
	title = xasprintf("Search: %s  %zu hit%s%s  (Enter opens, q closes)",
	    l->query, l->n, l->n == 1 ? "" : "s",
	    l->stopped ? ", stopped" : l->n >= SR_MAX_HITS ? ", the first" : "");
	screen_fill(w, 0, 0, screen_attr(SR_TITLE_FOCUS));
	screen_put_file(w, 0, 1, COLS - 2, title, screen_attr(SR_TITLE_FOCUS));
	free(title);
	for (i = 0; i < rows && l->top + i < l->n; i++)
		sr_draw_hit(w, 1 + 2 * (int)i, &l->v[l->top + i], l->top + i == l->sel);
	if (l->n == 0)
		screen_put(w, 2, 2, COLS - 3, "No hits.", 8, A_DIM);
	wnoutrefresh(w);
}

/* Move the selection for an action; 1 to open, -1 to close, 0 otherwise. */
static int
sr_action(struct sr_list *l, enum action a)
{
	size_t page = sr_rows(), last = l->n ? l->n - 1 : 0;

	switch (a) {
	case ACTION_SCROLL_DOWN: l->sel = l->sel < last ? l->sel + 1 : last; break;
	case ACTION_SCROLL_UP: l->sel = l->sel > 0 ? l->sel - 1 : 0; break;
	case ACTION_PAGE_DOWN: case ACTION_HALF_PAGE_DOWN:
		l->sel = l->sel + page < last ? l->sel + page : last;
		break;
	case ACTION_PAGE_UP: case ACTION_HALF_PAGE_UP:
		l->sel = l->sel > page ? l->sel - page : 0;
		break;
	case ACTION_TOP: l->sel = 0; break;
	case ACTION_BOTTOM: l->sel = last; break;
	case ACTION_OPEN: case ACTION_FOLLOW_JUMP: return l->n > 0 ? 1 : 0;
	case ACTION_QUIT: return -1;
	default: break;
	}
	return 0;
}

/* Show the list until Enter (1) or q/Esc (0). */
static int
sr_browse(struct reader *r, struct sr_list *l)
{
	WINDOW *w = newwin(LINES - 1, COLS, 0, 0);
	struct input_event ev;
	int go = 0;

	keypad(w, TRUE);
	while (go == 0) {
		sr_draw(w, l);
		status_draw(r);
		wnoutrefresh(r->status);
		doupdate();
		input_read(w, &ev);
		if (ev.kind == INPUT_ERROR || ev.kind == INPUT_IDLE ||
		    (ev.kind == INPUT_KEY &&
		    (strcmp(ev.name, "Esc") == 0 || strcmp(ev.name, "C-g") == 0)))
			go = -1;
		else if (ev.kind == INPUT_RESIZE) {
			screen_layout(r);
			wresize(w, LINES - 1, COLS);
		} else if (ev.kind == INPUT_KEY)
			go = sr_action(l, keymap_lookup(&r->keymap, ev.name));
	}
	delwin(w);
	clearok(curscr, TRUE);
	return go > 0;
}

/* Open the selected hit's article, the query kept as its search. */
static void
sr_open(struct reader *r, const struct sr_list *l)
{
	const struct sr_hit *e = &l->v[l->sel];
	const struct article *a = archive_find_article(r->archive, e->id);
	struct place at = { a, e->block, e->start };

	if (reader_goto_article(r, a, &at) != 0) {
		reader_message(r, "Cannot open %.60s", e->id);
		return;
	}
	search_ui_use(r, l->query, e->block, e->start);
	r->focus = PANE_BODY;
	screen_layout(r);
}

void
search_results_start(struct reader *r)
{
	struct sr_list l = { 0 };
	struct search_pattern *sp;
	char *cause = NULL;

	if ((l.query = search_ui_read(r, "Search the archive: ")) == NULL)
		return;
	if ((sp = search_compile(l.query, strlen(l.query), 0, &cause)) == NULL) {
		reader_message(r, "Search: %s", cause);
		free(cause);
		free(l.query);
		return;
	}
	sr_search(r, &l, sp);
	search_pattern_free(sp);
	if (sr_browse(r, &l))
		sr_open(r, &l);
	sr_list_free(&l);
}
