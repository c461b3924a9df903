/* tui.c: the terminal reader: set-up, opening issues and articles, moving
 * between them, and the loop that turns keys into actions. */
#include "config.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive.h"
#include "bookmark_file.h"
#include "cli.h"
#include "input.h"
#include "screen.h"
#include "strbuf.h"
#include "textcache.h"
#include "tui.h"
#include "xalloc.h"

/* --- set-up ------------------------------------------------------------------ */

/* The built-in keymap named in the config, or a keymap file. */
static void
reader_keymap(struct reader *r)
{
	const char *name = r->conf.keymap, *text = keymap_builtin(name);
	char *user;

	if (strchr(name, '/') != NULL && keymap_load_file(&r->keymap, name, &r->diags) >= 0)
		;
	else if (text != NULL)
		keymap_parse(&r->keymap, text, strlen(text), name, &r->diags);
	else {
		if (strchr(name, '/') == NULL)
			diag_add(&r->diags, DIAG_WARNING, NULL, 0, -1,
			    "unknown keymap '%s' (known: default, vi, emacs)", name);
		text = keymap_builtin("default");
		keymap_parse(&r->keymap, text, strlen(text), "default", &r->diags);
	}
	if (reader_restricted(r, KIOSK_USER_CONFIG))
		return;
	if ((user = userconf_config_path("keys")) != NULL && access(user, F_OK) == 0)
		keymap_load_file(&r->keymap, user, &r->diags);
	free(user);
}

/* The system config, then the user's (not in kiosk mode); positions and
 * bookmarks from their files (kiosk mode: in memory only). */
static void
reader_setup(struct reader *r, const struct kanbao_options *opt)
{
	char *path;

	userconf_init(&r->conf);
	kiosk_load_system(&r->conf, &r->diags);
	r->kiosk = opt->kiosk || r->conf.kiosk.on;
	if (!reader_restricted(r, KIOSK_USER_CONFIG) &&
	    (path = userconf_config_path("config")) != NULL) {
		userconf_load(&r->conf, path, &r->diags);
		free(path);
	}
	keymap_init(&r->keymap);
	reader_keymap(r);
	state_init(&r->state);
	if (!reader_restricted(r, KIOSK_WRITE) &&
	    (r->state_path = userconf_data_path("positions")) != NULL)
		state_load(&r->state, r->state_path, &r->diags);
	path = reader_restricted(r, KIOSK_WRITE) ? NULL : bookmark_file_default();
	pane_bookmarks_setup(r, path);
	free(path);
	/* The search cache lives in the user's cache directory and may have
	 * been built outside kiosk confinement: a kiosk neither reads nor
	 * writes it, and searches the confined archive's pages directly. */
	if (reader_restricted(r, KIOSK_WRITE) || reader_restricted(r, KIOSK_USER_CONFIG))
		r->no_cache = 1;
	if (r->kiosk)
		input_set_idle(r->conf.kiosk.idle > 0 ?
		    (int)(r->conf.kiosk.idle * 1000) : 0);
}

/* Publications in archive order, each followed by its issues newest first. */
static void
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
reader_message(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	struct strbuf sb = STRBUF_INIT;
	char buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	strbuf_adds(&sb, buf);
	free(r->message);
	r->message = strbuf_take(&sb);
}

/* --- opening ------------------------------------------------------------------ */

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

static void
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

/* --- moving between articles and issues ------------------------------------------ */

static void
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
static void
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

static void
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

/* The issue of date d (or a prefix: "2024-04"), in the selected publication
 * first, then in any; the row or n_irows. */
static size_t
reader_date_match(const struct reader *r, const char *d, const struct publication *pub)
{
	size_t i;

	for (i = r->n_irows; i-- > 0;)	/* oldest first */
		if (r->irows[i].issue != NULL && (pub == NULL || r->irows[i].pub == pub) &&
		    strncmp(r->irows[i].issue->date, d, strlen(d)) == 0)
			return i;
	return r->n_irows;
}

/* The latest issue of pub before date d, or n_irows. */
static size_t
reader_date_before(const struct reader *r, const char *d, const struct publication *pub)
{
	size_t i;

	for (i = 0; i < r->n_irows; i++)	/* newest first */
		if (r->irows[i].issue != NULL && r->irows[i].pub == pub &&
		    strcmp(r->irows[i].issue->date, d) < 0)
			return i;
	return r->n_irows;
}

static void
reader_jump_date(struct reader *r)
{
	char *d = status_prompt(r, "Date (YYYY-MM-DD): ");
	const struct publication *pub;
	size_t row;

	if (d == NULL || d[0] == '\0' || r->n_irows == 0) {
		free(d);
		return;
	}
	pub = r->irows[r->isel].pub;
	if ((row = reader_date_match(r, d, pub)) == r->n_irows &&
	    (row = reader_date_match(r, d, NULL)) == r->n_irows)
		row = reader_date_before(r, d, pub);
	if (row == r->n_irows)
		reader_message(r, "No issue on or before %.32s", d);
	else
		reader_open_issue(r, row);
	free(d);
}

/* --- actions --------------------------------------------------------------------- */

static void
reader_focus(struct reader *r, enum pane_id p)
{
	enum pane_id old = r->focus;

	r->focus = p;
	if (r->small || (COLS < 100 && (old == PANE_ISSUES || p == PANE_ISSUES)))
		screen_layout(r);
}

/* Actions that mean the same whichever pane has the focus. */
static int
reader_global(struct reader *r, enum action a, long count)
{
	long n = count > 0 ? count : 1;

	switch (a) {
	case ACTION_QUIT:
		if (reader_restricted(r, KIOSK_QUIT))
			kiosk_quit(r);
		else
			r->quit = 1;
		break;
	case ACTION_END_SESSION: kiosk_end_session(r, 0); break;
	case ACTION_HELP: help_open(r, OVERLAY_HELP); break;
	case ACTION_SHOW_DIAGNOSTICS: help_open(r, OVERLAY_DIAGS); break;
	case ACTION_REDRAW: clearok(curscr, TRUE); break;
	case ACTION_NEXT_ARTICLE: reader_step_article(r, n); break;
	case ACTION_PREV_ARTICLE: reader_step_article(r, -n); break;
	case ACTION_NEXT_ISSUE: reader_step_issue(r, n); break;
	case ACTION_PREV_ISSUE: reader_step_issue(r, -n); break;
	case ACTION_FOCUS_NEXT: reader_focus(r, (r->focus + 1) % PANE__COUNT); break;
	case ACTION_FOCUS_PREV: reader_focus(r, (r->focus + PANE__COUNT - 1) % PANE__COUNT); break;
	case ACTION_FOCUS_ISSUES: reader_focus(r, PANE_ISSUES); break;
	case ACTION_FOCUS_ARTICLES: reader_focus(r, PANE_ARTICLES); break;
	case ACTION_FOCUS_BODY: reader_focus(r, PANE_BODY); break;
	case ACTION_FOLLOW_JUMP: pane_body_follow(r); break;
	case ACTION_BACK: reader_back(r); break;
	case ACTION_JUMP_DATE: reader_jump_date(r); break;
	case ACTION_BOOKMARK_ADD: case ACTION_BOOKMARK_QUICK_SET:
	case ACTION_BOOKMARK_QUICK_JUMP: case ACTION_BOOKMARKS_PANE:
	case ACTION_BOOKMARK_RENAME: case ACTION_BOOKMARK_DELETE:
		pane_bookmarks_global(r, a);
		break;
	case ACTION_PROOF_VIEW: case ACTION_LINE_NUMBERS:
	case ACTION_NEXT_FLAG: case ACTION_PREV_FLAG:
	case ACTION_NOTE_MARK: case ACTION_NOTE_ADD: case ACTION_EDIT_SOURCE:
		proof_action(r, a, n);
		break;
	case ACTION_SEARCH_FORWARD: search_ui_start(r, 0); break;
	case ACTION_SEARCH_ARCHIVE: search_results_start(r); break;
	case ACTION_SEARCH_BACKWARD: search_ui_start(r, 1); break;
	case ACTION_SEARCH_NEXT:	/* no search: the next article (n) */
		if (!search_ui_next(r, n))
			reader_step_article(r, n);
		break;
	case ACTION_SEARCH_PREV:
		if (!search_ui_next(r, -n))
			reader_message(r, "No search yet");
		break;
	default: return 0;
	}
	return 1;
}

static void
reader_do(struct reader *r, enum action a, long count)
{
	struct pane *p = &r->panes[r->focus];

	if (r->overlay != OVERLAY_NONE) {
		help_action(r, a, count);
		return;
	}
	if (kiosk_refuses(r, a) || p->ops->action(r, p, a, count))
		return;
	if (a == ACTION_PAGE_DOWN && r->focus == PANE_BODY)
		reader_step_article(r, 1);	/* Space at the end reads on */
	else
		reader_global(r, a, count);
}

/* A key: digits make a count, the rest go through the keymap. */
static void
reader_key(struct reader *r, const char *name)
{
	enum action a;

	r->touched = 1;
	if (kiosk_exit_key(r, name)) {
		r->quit = 1;
		return;
	}
	if (name[0] >= '0' && name[0] <= '9' && name[1] == '\0' &&
	    (name[0] != '0' || r->count > 0)) {
		if (r->count < 100000)
			r->count = r->count * 10 + (name[0] - '0');
		return;
	}
	if ((a = keymap_lookup(&r->keymap, name)) == ACTION_NONE &&
	    r->overlay != OVERLAY_NONE && strcmp(name, "Esc") == 0)
		help_close(r);
	else if (a == ACTION_NONE)
		reader_message(r, "%s is not bound (? shows the keys)", name);
	else
		reader_do(r, a, r->count);
	r->count = 0;
}

/* A click focuses the pane under it and selects there; the wheel scrolls. */
static void
reader_mouse(struct reader *r, const MEVENT *m)
{
	int i;
	struct pane *p;

	for (i = 0; i < PANE__COUNT; i++) {
		p = &r->panes[i];
		if (p->win == NULL || m->y < p->y || m->y >= p->y + p->h ||
		    m->x < p->x || m->x >= p->x + p->w)
			continue;
		if (m->bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
			p->ops->action(r, p, m->bstate & BUTTON4_PRESSED ?
			    ACTION_SCROLL_UP : ACTION_SCROLL_DOWN, 3);
			return;
		}
		r->focus = (enum pane_id)i;
		p->ops->click(r, p, m->y - p->y);
		return;
	}
}

/* --- the loop ---------------------------------------------------------------------- */

/* Read keys until quit, a stop signal or a terminal that is gone.  Blocking
 * reads only: nothing runs while the user does nothing. */
static void
reader_loop(struct reader *r)
{
	struct input_event ev;
	int errors = 0;

	while (!r->quit && !screen_stop_signal()) {
		screen_draw(r);
		input_read(r->status, &ev);
		if (ev.kind != INPUT_SIGNAL && !input_leaves(&ev)) {
			free(r->message);
			r->message = NULL;
			errors = 0;
		}
		switch (ev.kind) {
		case INPUT_KEY: reader_key(r, ev.name); break;
		case INPUT_RESIZE: screen_layout(r); break;
		case INPUT_MOUSE:
			r->touched = 1;
			reader_mouse(r, &ev.mouse);
			break;
		case INPUT_SIGNAL: case INPUT_STOP: case INPUT_IDLE: break;
		case INPUT_ERROR:	/* EOF or EIO: the terminal hung up */
			if (++errors >= 3) {
				r->gone = 1;
				return;
			}
			break;
		}
		/* The idle time passed here or in a prompt: the next patron
		 * must not see this one's searches and bookmarks. */
		if (input_take_idle() && r->touched)
			kiosk_end_session(r, 1);
	}
}

/* Open the article read last, else the newest issue of the first publication. */
static void
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
	reader_close_article(r);
	state_free(&r->state);
	state_init(&r->state);
	r->issue = NULL;
	r->n_hist = 0;
	r->count = 0;
	r->focus = PANE_BODY;
	r->panes[PANE_ISSUES].top = 0;
	r->panes[PANE_ARTICLES].top = 0;
	reader_restore(r);
	screen_layout(r);
	clearok(curscr, TRUE);
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
	screen_layout(r);
}

static void
reader_free(struct reader *r)
{
	size_t i;

	reader_close_article(r);
	search_ui_free(r);
	search_results_free(r);
	pane_bookmarks_free(r);
	proof_free(r);
	for (i = 0; i < PANE__COUNT; i++)
		if (r->panes[i].win != NULL)
			delwin(r->panes[i].win);
	if (r->status != NULL)
		delwin(r->status);
	if (r->ov_win != NULL)
		help_close(r);
	free(r->arows);
	free(r->irows);
	free(r->hist);
	free(r->message);
	free(r->state_path);
	state_free(&r->state);
	keymap_free(&r->keymap);
	userconf_free(&r->conf);
	diag_list_free(&r->diags);
	archive_free(r->archive);
}

/* Save the bookmarks, notes and reading positions not saved yet.
 * Returns 0, or -1 with *what ("bookmarks" ...) and *cause (caller frees)
 * of the first that could not be saved; the others are still tried. */
static int
reader_save(struct reader *r, const char **what, char **cause)
{
	char *why = NULL;
	int rc = 0;

	*what = NULL;
	*cause = NULL;
	reader_save_place(r);
	if (pane_bookmarks_save(r, &why) != 0) {
		*what = "the bookmarks";
		*cause = why;
		rc = -1;
	}
	why = NULL;
	if (proof_save_notes(r, &why) != 0) {
		if (*what == NULL) {
			*what = "proofreading notes";
			*cause = why;
		} else
			free(why);
		rc = -1;
	}
	why = NULL;
	if (r->state_path != NULL && r->state.dirty &&
	    state_save(&r->state, r->state_path, &why) != 0) {
		if (*what == NULL) {
			*what = "reading positions";
			*cause = why;
		} else
			free(why);
		rc = -1;
	}
	return rc;
}

/* Quitting: save, and while something cannot be saved (a full disk) say
 * so on the screen and offer to try again, until it is saved or the user
 * gives up.  A stop signal or a terminal gone cannot be asked: one try.
 * Returns 0 when everything was saved, else -1 with what and *cause (the
 * last try's) for the message after the screen is closed. */
static int
reader_finish(struct reader *r, const char **what, char **cause)
{
	struct input_event ev;

	for (;;) {
		if (reader_save(r, what, cause) == 0)
			return 0;
		if (screen_stop_signal() != 0 || r->gone)
			return -1;
		reader_message(r, "Cannot save %s (r: try again, q: quit "
		    "without saving): %s", *what, *cause);
		do {
			screen_draw(r);
			input_read(r->status, &ev);
		} while (!input_leaves(&ev) && !(ev.kind == INPUT_KEY &&
		    (strcmp(ev.name, "r") == 0 || strcmp(ev.name, "q") == 0)));
		if (input_leaves(&ev) || strcmp(ev.name, "q") == 0)
			return -1;
		free(*cause);
		reader_message(r, "Saving again...");
	}
}

/* Say what is wrong with the settings: the first problem, its file by its
 * last name (the problems list has the whole path). */
static void
reader_first_problem(struct reader *r)
{
	const struct diag *d = r->diags.n > 0 ? &r->diags.items[0] : NULL;
	const char *file;

	if (d == NULL)
		return;
	file = d->file ? strrchr(d->file, '/') : NULL;
	file = file ? file + 1 : d->file ? d->file : "kanbao";
	if (d->line > 0)
		reader_message(r, "%s:%lu: %s%s", file, d->line, d->message,
		    r->diags.n > 1 ? " (and more)" : "");
	else
		reader_message(r, "%s: %s%s", file, d->message,
		    r->diags.n > 1 ? " (and more)" : "");
}

/* The archive to open: the operand, else --archive (kiosk mode refused
 * both unless open-path is allowed), else kiosk-archive in kiosk mode,
 * else the config's, else the sample. */
static const char *
reader_archive_path(const struct reader *r, const struct kanbao_options *opt)
{
	if (opt->n_operands > 0)
		return opt->operands[0];
	if (r->kiosk && r->conf.kiosk.archive != NULL &&
	    opt->archive == cli_default_archive())
		return r->conf.kiosk.archive;
	if (r->conf.archive != NULL && opt->archive == cli_default_archive())
		return r->conf.archive;
	return opt->archive;
}

int
tui_run(const struct kanbao_options *opt)
{
	struct reader r;
	const char *what;
	char *cause;
	int unsaved;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("kanbao: the reader needs a terminal (see --list and --dump)\n", stderr);
		return EXIT_USAGE;
	}
	memset(&r, 0, sizeof r);
	r.no_cache = opt->no_cache;
	reader_setup(&r, opt);
	r.amb = r.conf.ambiguous == AMBIGUOUS_AUTO ?
	    termwidth_query(STDIN_FILENO, STDOUT_FILENO) : r.conf.ambiguous;
	termwidth_set(r.amb);
	r.archive = reader_restricted(&r, KIOSK_OUTSIDE_ARCHIVE) ?
	    archive_open_confined(reader_archive_path(&r, opt), opt->encoding) :
	    archive_open(reader_archive_path(&r, opt), opt->encoding);
	/* The archive's cache may hold the Traditional to Simplified table:
	 * then the first / with an ideograph need not load OpenCC. */
	if (!r.no_cache && r.archive->scope <= SCOPE_PUBLICATION)
		textcache_han_preload(r.archive->root, r.archive->forced_charset);
	reader_issue_rows(&r);
	r.panes[PANE_ISSUES].ops = &pane_issues_ops;
	r.panes[PANE_ARTICLES].ops = &pane_articles_ops;
	r.panes[PANE_BODY].ops = &pane_body_ops;
	r.focus = PANE_BODY;
	screen_signals(&r);
	if (screen_init(&r) != 0) {
		fputs("kanbao: cannot use this terminal\n", stderr);
		reader_free(&r);
		return EXIT_PROBLEM;
	}
	screen_layout(&r);
	reader_restore(&r);
	reader_first_problem(&r);
	reader_loop(&r);
	unsaved = reader_finish(&r, &what, &cause);
	screen_end();
	if (unsaved) {
		cli_error("quit with %s not saved: %s", what, cause);
		free(cause);
	}
	reader_free(&r);
	return unsaved ? EXIT_PROBLEM : EXIT_OK;
}
