/* pane_bookmarks.c: bookmarks in the reader: marking the place being read,
 * quick marks (a bookmark named with one letter), and the bookmarks list.
 *
 * The store is r->bookmarks, opened in tui.c (kiosk mode opens it in memory
 * only).  Every change is saved at once; a save that fails says why in the
 * status line, and the store, still dirty, tries again at the next change
 * and at quit.
 *
 * The list takes the articles pane's place while it is shown (the pane
 * interface lets one slot show either), so the body stays in view below it.
 * Its rows point into the store: they are made again after every change. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "body.h"
#include "bookmark.h"
#include "bookmark_file.h"
#include "bookmark_place.h"
#include "compose.h"
#include "input.h"
#include "message.h"
#include "nav.h"
#include "pane.h"
#include "pane_bookmarks.h"
#include "screen.h"
#include "status.h"
#include "xalloc.h"

struct bm_pane {
	const struct pane_ops *under;	/* what the slot showed; NULL: hidden */
	const struct bookmark **list;	/* live bookmarks, oldest first */
	enum bookmark_status *status;	/* where each leads now */
	size_t		 n, sel;
};

static int
pane_bookmarks_shown(const struct reader *r)
{
	return r->bm != NULL && r->bm->under != NULL;
}

static void
pane_bookmarks_rows_free(struct bm_pane *bp)
{
	free(bp->list);
	free(bp->status);
	bp->list = NULL;
	bp->status = NULL;
	bp->n = 0;
}

/* Make the rows again from the store (after any change). */
static void
pane_bookmarks_refresh(struct reader *r)
{
	struct bm_pane *bp = r->bm;
	struct bookmark_place pl;
	size_t i;

	pane_bookmarks_rows_free(bp);
	bp->n = bookmark_store_list(r->bookmarks, &bp->list);
	bp->status = xcalloc(bp->n ? bp->n : 1, sizeof *bp->status);
	for (i = 0; i < bp->n; i++)
		bp->status[i] = bookmark_resolve(bp->list[i], r->archive, &pl);
	if (bp->sel >= bp->n)
		bp->sel = bp->n ? bp->n - 1 : 0;
}

/* Save now; say why when it cannot (the store retries at the next save). */
static void
pane_bookmarks_changed(struct reader *r, const char *done)
{
	char *cause = NULL;

	if (bookmark_store_save(r->bookmarks, &cause) != 0) {
		reader_message(r, "Bookmarks not saved: %s", cause);
		free(cause);
	} else
		reader_message(r, "%s", done);
	if (pane_bookmarks_shown(r))
		pane_bookmarks_refresh(r);
}

/* Ask in the status line and read one key; its name in buf ("" when the
 * terminal went away). */
static void
pane_bookmarks_ask_key(struct reader *r, const char *question, char *buf,
    size_t size)
{
	struct input_event ev;

	reader_message(r, "%s", question);
	compose_draw(r);
	input_read(r->status, &ev);
	free(r->message);
	r->message = NULL;
	snprintf(buf, size, "%s", ev.kind == INPUT_KEY ? ev.name : "");
}

/* Ask for a letter; 0 when the key typed is not one. */
static int
pane_bookmarks_ask_letter(struct reader *r, const char *question)
{
	char key[32];

	pane_bookmarks_ask_key(r, question, key, sizeof key);
	if (((key[0] >= 'a' && key[0] <= 'z') || (key[0] >= 'A' && key[0] <= 'Z')) &&
	    key[1] == '\0')
		return key[0];
	return 0;
}

/* bm made from the first character shown in the body; -1 when no article
 * is open. */
static int
pane_bookmarks_here(struct reader *r, struct bookmark *bm)
{
	if (r->art == NULL || r->layout == NULL) {
		reader_message(r, "No article open to bookmark");
		return -1;
	}
	pane_body_anchor(r);
	bookmark_init(bm);
	bookmark_mark(bm, r->art, r->ablock, r->aoff, r->archive->root);
	return 0;
}

/* --- the actions ------------------------------------------------------------ */

static void
pane_bookmarks_add(struct reader *r)
{
	struct bookmark bm;
	char *note;

	if (pane_bookmarks_here(r, &bm) != 0)
		return;
	if ((note = status_prompt(r, "Bookmark note (Enter: none, Esc: cancel): ")) == NULL) {
		bookmark_clear(&bm);
		reader_message(r, "Not bookmarked");
		return;
	}
	bookmark_set(&bm.note, note);
	free(note);
	bookmark_store_add(r->bookmarks, &bm);
	pane_bookmarks_changed(r, "Bookmarked");
}

/* The letter's old mark moves here; one with a note stays as a bookmark. */
static void
pane_bookmarks_quick_set(struct reader *r)
{
	const struct bookmark *old;
	struct bookmark bm;
	char name[2] = { 0, 0 }, *done;

	if (r->art == NULL) {
		reader_message(r, "No article open to mark");
		return;
	}
	if ((name[0] = (char)pane_bookmarks_ask_letter(r, "Quick mark: type a letter")) == 0) {
		reader_message(r, "Not marked: a quick mark is a letter");
		return;
	}
	if (pane_bookmarks_here(r, &bm) != 0)
		return;
	if ((old = bookmark_store_quick(r->bookmarks, name[0])) != NULL &&
	    old->note[0] == '\0')
		bookmark_store_delete(r->bookmarks, old->id);
	bookmark_set(&bm.name, name);
	bookmark_store_add(r->bookmarks, &bm);
	done = xasprintf("Quick mark %s set", name);
	pane_bookmarks_changed(r, done);
	free(done);
}

/* Open bm's article with its place on the top line; within the issue, back
 * returns. */
static void
pane_bookmarks_follow(struct reader *r, const struct bookmark *bm)
{
	struct bookmark_place pl;
	struct place at;
	size_t i;

	if (bookmark_resolve(bm, r->archive, &pl) == BOOKMARK_GONE ||
	    (i = reader_issue_row(r, pl.issue)) == r->n_irows) {
		reader_message(r, "Bookmark gone: its article is not in the archive");
		return;
	}
	if (r->art != NULL && pl.issue == r->issue)
		reader_push_place(r);
	reader_open_issue(r, i);
	at = (struct place){ pl.article, pl.block, pl.offset };
	if ((i = reader_article_row(r, pl.article)) == r->n_arows) {
		reader_message(r, "That bookmark's article is not in the issue's list");
		return;
	}
	reader_open_article(r, i, &at);
	if (pl.status != BOOKMARK_OK)
		reader_message(r, "The bookmark's text has %s: this is the nearest place",
		    bookmark_status_name(pl.status));
}

static void
pane_bookmarks_quick_jump(struct reader *r)
{
	const struct bookmark *bm;
	int c = pane_bookmarks_ask_letter(r, "Go to quick mark: type a letter");

	if (c == 0)
		reader_message(r, "Quick marks are letters");
	else if ((bm = bookmark_store_quick(r->bookmarks, c)) == NULL)
		reader_message(r, "No quick mark %c", c);
	else
		pane_bookmarks_follow(r, bm);
}

/* --- showing the list --------------------------------------------------------- */

static void
pane_bookmarks_show(struct reader *r)
{
	struct pane *p = &r->panes[PANE_ARTICLES];

	r->bm->under = p->ops;
	p->ops = &pane_bookmarks_ops;
	p->top = 0;
	pane_bookmarks_refresh(r);
	r->focus = PANE_ARTICLES;
	compose_layout(r);
}

static void
pane_bookmarks_hide(struct reader *r, enum pane_id focus)
{
	struct pane *p = &r->panes[PANE_ARTICLES];

	p->ops = r->bm->under;
	p->top = 0;
	r->bm->under = NULL;
	pane_bookmarks_rows_free(r->bm);
	r->focus = focus;
	compose_layout(r);
}

static void
pane_bookmarks_delete(struct reader *r)
{
	struct bm_pane *bp = r->bm;
	char key[32], *q;

	if (bp->n == 0)
		return;
	q = xasprintf("Delete the bookmark at \"%s\"? (y/n)", bp->list[bp->sel]->snippet);
	pane_bookmarks_ask_key(r, q, key, sizeof key);
	free(q);
	if (strcmp(key, "y") != 0 && strcmp(key, "Y") != 0) {
		reader_message(r, "Not deleted");
		return;
	}
	bookmark_store_delete(r->bookmarks, bp->list[bp->sel]->id);
	pane_bookmarks_changed(r, "Bookmark deleted");
}

/* One letter names a quick mark; anything else is the new note. */
static void
pane_bookmarks_rename(struct reader *r)
{
	struct bm_pane *bp = r->bm;
	char *s;
	const char *id;

	if (bp->n == 0)
		return;
	id = bp->list[bp->sel]->id;
	if ((s = status_prompt(r, "New note (one letter: quick mark name): ")) == NULL)
		return;
	if (((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')) && s[1] == '\0')
		bookmark_store_rename(r->bookmarks, id, s);
	else
		bookmark_store_set_note(r->bookmarks, id, s);
	free(s);
	pane_bookmarks_changed(r, "Bookmark changed");
}

/* Bookmark actions, wherever the focus is; returns 1 when it was one. */
int
pane_bookmarks_global(struct reader *r, enum action a)
{
	switch (a) {
	case ACTION_BOOKMARK_ADD: pane_bookmarks_add(r); break;
	case ACTION_BOOKMARK_QUICK_SET: pane_bookmarks_quick_set(r); break;
	case ACTION_BOOKMARK_QUICK_JUMP: pane_bookmarks_quick_jump(r); break;
	case ACTION_BOOKMARKS_PANE:
		if (pane_bookmarks_shown(r))
			pane_bookmarks_hide(r, PANE_BODY);
		else
			pane_bookmarks_show(r);
		break;
	case ACTION_BOOKMARK_RENAME: case ACTION_BOOKMARK_DELETE:
		reader_message(r, "Choose the bookmark in the bookmarks list first");
		break;
	default: return 0;
	}
	return 1;
}

/* --- the pane ---------------------------------------------------------------- */

static int
pane_bookmarks_any(const void *arg, size_t i)
{
	return 1;
}

/* "2024-09-18" from PUB/2024-09-18/NN/K. */
static void
pane_bookmarks_date(const struct bookmark *bm, char *buf, size_t size)
{
	const char *s = strchr(bm->article, '/');

	snprintf(buf, size, "%.10s", s ? s + 1 : bm->article);
}

/* Cells for one field of a row, leaving room for those after it. */
static int
pane_bookmarks_share(int left)
{
	int n = left * 2 / 5;

	return left <= 0 ? 0 : n < 24 ? (left < 24 ? left : 24) : n;
}

static void
pane_bookmarks_row(struct reader *r, struct pane *p, int y, size_t i)
{
	const struct bookmark *bm = r->bm->list[i];
	enum bookmark_status st = r->bm->status[i];
	attr_t at = A_NORMAL, dim;
	char head[64];
	int x = 1, right = p->w - 1, q = bookmark_quick_letter(bm);

	if (i == r->bm->sel)
		at = screen_attr(r->focus == PANE_ARTICLES ? SR_SELECT : SR_SELECT_IDLE);
	dim = at ? at : screen_attr(SR_DIM);
	screen_fill(p->win, y, 0, at);
	snprintf(head, sizeof head, "%c ", q ? q : ' ');
	x += screen_put(p->win, y, x, right - x, head, strlen(head), at ? at : screen_attr(SR_MARK));
	pane_bookmarks_date(bm, head, sizeof head);
	x += screen_put_file(p->win, y, x, right - x, head, dim) + 1;
	if (st != BOOKMARK_OK) {
		snprintf(head, sizeof head, "[%s]", bookmark_status_name(st));
		x += screen_put(p->win, y, x, right - x, head, strlen(head),
		    at ? at : screen_attr(SR_WARN)) + 1;
	}
	x += screen_put_file(p->win, y, x, pane_bookmarks_share(right - x), bm->headline,
	    at) + 2;
	if (bm->note[0] != '\0' && right > x)
		x += screen_put_file(p->win, y, x, pane_bookmarks_share(right - x), bm->note,
		    at | A_BOLD) + 2;
	if (right > x)
		screen_put_file(p->win, y, x, right - x, bm->snippet, dim);
}

static void
pane_bookmarks_draw(struct reader *r, struct pane *p)
{
	char *t;
	int y;
	size_t i;

	t = xasprintf("Bookmarks: %zu (Enter goes there, q closes)", r->bm->n);
	pane_title(r, p, t);
	free(t);
	pane_list_scroll(p, r->bm->sel, r->bm->n);
	for (y = 1; y < p->h; y++) {
		i = p->top + (size_t)y - 1;
		screen_clear_eol(p->win, y, 0);
		if (i < r->bm->n)
			pane_bookmarks_row(r, p, y, i);
		else if (i == 0)
			screen_put(p->win, y, 1, p->w - 2, "No bookmarks yet.", 17, A_DIM);
	}
}

static void
pane_bookmarks_open(struct reader *r)
{
	struct bm_pane *bp = r->bm;
	const struct bookmark *bm;

	if (bp->n == 0)
		return;
	bm = bp->list[bp->sel];
	if (bp->status[bp->sel] == BOOKMARK_GONE) {	/* the list stays */
		reader_message(r, "Bookmark gone: its article is not in the archive");
		return;
	}
	pane_bookmarks_hide(r, PANE_BODY);	/* the rows are freed, not bm */
	pane_bookmarks_follow(r, bm);
}

static int
pane_bookmarks_action(struct reader *r, struct pane *p, enum action a, long count)
{
	long d;

	switch (a) {
	case ACTION_OPEN: pane_bookmarks_open(r); return 1;
	case ACTION_BOOKMARK_DELETE: pane_bookmarks_delete(r); return 1;
	case ACTION_BOOKMARK_RENAME: pane_bookmarks_rename(r); return 1;
	case ACTION_QUIT: case ACTION_BACK: pane_bookmarks_hide(r, PANE_BODY); return 1;
	default: break;
	}
	if ((d = pane_list_delta(p, a, count, r->bm->sel, r->bm->n)) == 0)
		return a == ACTION_TOP || a == ACTION_BOTTOM;
	r->bm->sel = pane_list_move(r->bm->sel, r->bm->n, d, pane_bookmarks_any, r);
	return 1;
}

static void
pane_bookmarks_click(struct reader *r, struct pane *p, int y)
{
	size_t i = p->top + (size_t)y - 1;

	if (y >= 1 && i < r->bm->n)
		r->bm->sel = i;
}

const struct pane_ops pane_bookmarks_ops = {
	"bookmarks", pane_bookmarks_draw, pane_bookmarks_action, pane_bookmarks_click
};

/* --- the store's life -------------------------------------------------------- */

/* Open the store at path (NULL: in memory only, as in kiosk mode); its
 * problems join the reader's. */
void
pane_bookmarks_setup(struct reader *r, const char *path)
{
	size_t i;
	const struct diag *d;

	r->bookmarks = bookmark_store_open(path);
	r->bm = xcalloc(1, sizeof *r->bm);
	for (i = 0; i < r->bookmarks->diags.n; i++) {
		d = &r->bookmarks->diags.items[i];
		diag_add(&r->diags, d->level, d->file, d->line, d->byte, "%s", d->message);
	}
}

/* Save what is not saved yet (at quit); -1 and *cause (caller frees). */
int
pane_bookmarks_save(struct reader *r, char **cause)
{
	if (r->bookmarks == NULL)
		return 0;
	return bookmark_store_save(r->bookmarks, cause);
}

void
pane_bookmarks_free(struct reader *r)
{
	if (r->bm != NULL)
		pane_bookmarks_rows_free(r->bm);
	free(r->bm);
	r->bm = NULL;
	bookmark_store_free(r->bookmarks);
	r->bookmarks = NULL;
}

/* Kiosk mode's end of a session: nothing of the patron's bookmarks stays. */
void
pane_bookmarks_forget(struct reader *r)
{
	if (pane_bookmarks_shown(r))
		pane_bookmarks_hide(r, PANE_BODY);
	pane_bookmarks_free(r);
	pane_bookmarks_setup(r, NULL);
}
