/* nav.c: opening issues and articles, moving between them, going back,
 * and reading the archive again. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "body.h"
#include "compose.h"
#include "message.h"
#include "nav.h"
#include "proof.h"
#include "screen.h"
#include "search_ui.h"
#include "xalloc.h"

/* Publications in archive order, each followed by its issues newest first. */
void
reader_issue_rows(struct reader *r)
{
	size_t i, j, n = 0;
	struct archive *a = r->archive;

	for (i = 0; i < a->n_pubs; i++)
		n += 1 + a->pubs[i].n_issues;
	r->irows = xcalloc(n ? n : 1, sizeof *r->irows);
	for (i = 0; i < a->n_pubs; i++) {
		r->irows[r->n_irows++] = (struct issue_row){ &a->pubs[i], NULL };
		for (j = a->pubs[i].n_issues; j-- > 0;)
			r->irows[r->n_irows++] =
			    (struct issue_row){ &a->pubs[i], &a->pubs[i].issues[j] };
	}
	r->isel = r->n_irows > 1 ? 1 : 0;
}

void
reader_save_place(struct reader *r)
{
	if (r->art == NULL || r->art_id == NULL)
		return;
	state_set(&r->state, r->art_id, r->ablock, r->aoff);
	state_set_last(&r->state, r->art_id);
}

/* Pages of the issue, each followed by its articles. */
static void
reader_article_rows(struct reader *r, struct issue *is)
{
	size_t p, k, n = 0;

	free(r->arows);
	r->n_arows = 0;
	for (p = 0; p < is->n_pages; p++)
		n += 1 + is->pages[p].n_articles;
	r->arows = xcalloc(n ? n : 1, sizeof *r->arows);
	for (p = 0; p < is->n_pages; p++) {
		r->arows[r->n_arows++] = (struct article_row){ &is->pages[p], NULL };
		for (k = 0; k < is->pages[p].n_articles; k++)
			r->arows[r->n_arows++] = (struct article_row){ &is->pages[p],
			    &is->pages[p].articles[k] };
	}
}

void
reader_close_article(struct reader *r)
{
	reader_save_place(r);
	layout_free(r->layout);
	layout_doc_free(&r->doc);
	free(r->art_id);
	r->layout = NULL;
	r->art = NULL;
	r->art_id = NULL;
}

void
reader_open_issue(struct reader *r, size_t irow)
{
	struct issue *is = r->irows[irow].issue;
	size_t i;

	r->isel = irow;
	if (is == r->issue)
		return;
	reader_close_article(r);
	issue_load(is);
	r->issue = is;
	r->n_hist = 0;
	reader_article_rows(r, is);
	r->asel = 0;
	r->panes[PANE_ARTICLES].top = 0;
	for (i = 0; i < r->n_arows; i++)
		if (r->arows[i].art != NULL) {
			reader_open_article(r, i, NULL);
			break;
		}
}

/* Open the article of row arow at place (NULL: where it was last read). */
void
reader_open_article(struct reader *r, size_t arow, const struct place *at)
{
	const struct article *a = r->arows[arow].art;
	const struct state_pos *sp;

	reader_close_article(r);
	r->asel = arow;
	r->art = a;
	r->art_id = article_id(a);
	layout_doc_from_article(&r->doc, a);
	r->ablock = r->aoff = 0;
	if (at != NULL) {
		r->ablock = at->block;
		r->aoff = at->off;
	} else if ((sp = state_get(&r->state, r->art_id)) != NULL) {
		r->ablock = sp->block;
		r->aoff = sp->off;
	}
	pane_body_relayout(r);
	state_set_last(&r->state, r->art_id);
}

/* The articles-list row of a, or n_arows. */
size_t
reader_article_row(const struct reader *r, const struct article *a)
{
	size_t i;

	for (i = 0; i < r->n_arows; i++)
		if (r->arows[i].art == a)
			return i;
	return r->n_arows;
}

/* The issues-list row of is, or n_irows. */
size_t
reader_issue_row(const struct reader *r, const struct issue *is)
{
	size_t i;

	for (i = 0; i < r->n_irows; i++)
		if (r->irows[i].issue == is)
			return i;
	return r->n_irows;
}

/* Open a, in whatever issue holds it, at place at (NULL: where it was last
 * read).  Returns 0, or -1 when a is not in the lists. */
int
reader_goto_article(struct reader *r, const struct article *a,
    const struct place *at)
{
	size_t row;

	if (a == NULL ||
	    (row = reader_issue_row(r, a->page->issue)) == r->n_irows)
		return -1;
	reader_open_issue(r, row);
	if ((row = reader_article_row(r, a)) == r->n_arows)
		return -1;
	reader_open_article(r, row, at);
	return 0;
}

/* Remember the place being read, for back. */
void
reader_push_place(struct reader *r)
{
	r->hist = xgrow(r->hist, &r->cap_hist, r->n_hist + 1, sizeof *r->hist);
	r->hist[r->n_hist++] = (struct place){ r->art, r->ablock, r->aoff };
}

void
reader_step_article(struct reader *r, long n)
{
	long i = (long)r->asel, step = n < 0 ? -1 : 1, left = n < 0 ? -n : n;
	long found = -1;

	for (i += step; left > 0 && i >= 0 && i < (long)r->n_arows; i += step)
		if (r->arows[i].art != NULL) {
			found = i;
			left--;
		}
	if (found < 0) {
		reader_message(r, n > 0 ? "This is the issue's last article" :
		    "This is the issue's first article");
		return;
	}
	reader_open_article(r, (size_t)found, NULL);
}

/* Issues are listed newest first: the next (newer) issue is the row above. */
void
reader_step_issue(struct reader *r, long n)
{
	long i = (long)r->isel, step = n > 0 ? -1 : 1, left = n < 0 ? -n : n;
	long found = -1;
	const struct publication *pub;

	if (r->n_irows == 0)
		return;
	pub = r->irows[r->isel].pub;
	for (i += step; left > 0 && i >= 0 && i < (long)r->n_irows &&
	    r->irows[i].pub == pub; i += step)
		if (r->irows[i].issue != NULL) {
			found = i;
			left--;
		}
	if (found < 0) {
		reader_message(r, n > 0 ? "No newer issue" : "No older issue");
		return;
	}
	reader_open_issue(r, (size_t)found);
}

void
reader_back(struct reader *r)
{
	struct place pl;
	size_t i;

	if (r->n_hist == 0) {
		reader_message(r, "Nothing to go back to");
		return;
	}
	pl = r->hist[--r->n_hist];
	if ((i = reader_article_row(r, pl.art)) < r->n_arows)
		reader_open_article(r, i, &pl);
}

/* Open the article read last, else the newest issue of the first publication. */
void
reader_restore(struct reader *r)
{
	const struct article *a = NULL;
	size_t i;

	if (r->state.last != NULL)
		a = archive_find_article(r->archive, r->state.last);
	if (reader_goto_article(r, a, NULL) == 0)
		return;
	for (i = 0; r->issue == NULL && i < r->n_irows; i++)
		if (r->irows[i].issue != NULL)
			reader_open_issue(r, i);
}

void
reader_home(struct reader *r)
{
	char *key = r->state.archive != NULL ? xstrdup(r->state.archive) : NULL;

	reader_close_article(r);
	state_free(&r->state);
	state_init(&r->state);
	state_set_archive(&r->state, key);
	free(key);
	r->issue = NULL;
	r->n_hist = 0;
	r->count = 0;
	r->focus = PANE_BODY;
	r->panes[PANE_ISSUES].top = 0;
	r->panes[PANE_ARTICLES].top = 0;
	reader_restore(r);
	compose_layout(r);
	screen_redraw();
}

void
reader_reload(struct reader *r)
{
	struct archive *old = r->archive;
	char *id = r->art_id != NULL ? xstrdup(r->art_id) : NULL;
	struct place at = { NULL, r->ablock, r->aoff };
	enum pane_id focus = r->focus;

	reader_close_article(r);
	search_ui_forget_article(r);
	proof_forget(r);
	r->archive = old->confine != NULL ?
	    archive_open_confined(old->root, old->forced_charset) :
	    archive_open(old->root, old->forced_charset);
	archive_free(old);
	free(r->irows);
	free(r->arows);
	r->irows = NULL;
	r->arows = NULL;
	r->n_irows = r->n_arows = 0;
	r->issue = NULL;
	r->n_hist = 0;
	reader_issue_rows(r);
	at.art = id != NULL ? archive_find_article(r->archive, id) : NULL;
	if (reader_goto_article(r, at.art, &at) != 0)
		reader_restore(r);
	r->focus = focus;
	free(id);
	compose_layout(r);
}
