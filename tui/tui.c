/* SPDX-License-Identifier: ISC */
/* tui.c: the terminal reader: set-up, opening issues and articles, moving
 * between them, and the loop that turns keys into actions. */
#include "config.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "archive.h"
#include "archive_db.h"
#include "bookmark_file.h"
#include "cli.h"
#include "compose.h"
#include "datecheck.h"
#include "help.h"
#include "input.h"
#include "kiosk_ui.h"
#include "message.h"
#include "nav.h"
#include "pane.h"
#include "pane_bookmarks.h"
#include "proof.h"
#include "screen.h"
#include "search_results.h"
#include "search_ui.h"
#include "status.h"
#include "strbuf.h"
#include "termcheck.h"
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
			    _("unknown keymap '%s' (known: default, vi, emacs)"), name);
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

/* --- the date jump ------------------------------------------------------------- */

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
	char *d = status_prompt(r, _("Date (YYYY-MM-DD): "));
	const struct publication *pub;
	size_t row;
	char why[128];

	if (d == NULL || d[0] == '\0' || r->n_irows == 0) {
		free(d);
		return;
	}
	if (datecheck(d, why, sizeof why) != NULL) {	/* say so, and stay */
		reader_message(r, "%s", why);
		free(d);
		return;
	}
	pub = r->irows[r->isel].pub;
	if ((row = reader_date_match(r, d, pub)) == r->n_irows &&
	    (row = reader_date_match(r, d, NULL)) == r->n_irows)
		row = reader_date_before(r, d, pub);
	if (row == r->n_irows)
		reader_message(r, _("No issue on or before %.32s"), d);
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
	/* Below 100 columns the panes shown follow the focus. */
	if (r->small || (screen_cols() < 100 && (old == PANE_ISSUES || p == PANE_ISSUES ||
	    r->proof_on)))
		compose_layout(r);
}

/* Mouse capture: off by default, so the terminal's own drag-to-copy works
 * (as tig); the mouse setting or this action turns it on. */
static void
reader_toggle_mouse(struct reader *r)
{
	int rc = screen_mouse(!r->mouse_on);

	if (rc < 0) {
		reader_message(r, _("This terminal reports no mouse events"));
		return;
	}
	r->mouse_on = rc;
	reader_message(r, r->mouse_on ? _("Mouse on: clicks and the wheel; "
	    "hold Shift to select text") : _("Mouse off: the terminal selects text"));
}

/* What C-g is in Emacs: nothing goes on; the count and the note selection
 * are forgotten (a prompt's C-g is the prompt's). */
static void
reader_cancel(struct reader *r)
{
	r->count = 0;
	proof_cancel(r);
	if (r->panes[PANE_ARTICLES].ops == &pane_bookmarks_ops)
		pane_bookmarks_global(r, ACTION_BOOKMARKS_PANE);	/* hides it */
	reader_message(r, "Cancelled");
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
	case ACTION_MESSAGE_LOG: help_open(r, OVERLAY_MESSAGES); break;
	case ACTION_MOUSE: reader_toggle_mouse(r); break;
	case ACTION_CANCEL: reader_cancel(r); break;
	case ACTION_REDRAW: screen_redraw(); break;
	case ACTION_NEXT_ARTICLE: reader_step_article(r, n); break;
	case ACTION_PREV_ARTICLE: reader_step_article(r, -n); break;
	case ACTION_NEXT_ISSUE: reader_step_issue(r, n); break;
	case ACTION_PREV_ISSUE: reader_step_issue(r, -n); break;
	case ACTION_FOCUS_NEXT: reader_focus(r, (r->focus + 1) % PANE__FOCUSABLE); break;
	case ACTION_FOCUS_PREV:
		reader_focus(r, (r->focus + PANE__FOCUSABLE - 1) % PANE__FOCUSABLE);
		break;
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
	case ACTION_SCROLL_LEFT: case ACTION_SCROLL_RIGHT:
	case ACTION_NEXT_FLAG: case ACTION_PREV_FLAG:
	case ACTION_NOTE_MARK: case ACTION_NOTE_ADD: case ACTION_EDIT_SOURCE:
	case ACTION_NOTE_EDIT: case ACTION_NOTE_DELETE: case ACTION_NOTES_EXPORT:
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
			reader_message(r, _("No search yet"));
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
		reader_message(r, _("%s is not bound (? shows the keys)"), name);
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
		if (i < PANE__FOCUSABLE)
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
		compose_draw(r);
		input_read(r->status, &ev);
		if (ev.kind != INPUT_SIGNAL && !input_leaves(&ev)) {
			free(r->message);
			r->message = NULL;
			errors = 0;
		}
		switch (ev.kind) {
		case INPUT_KEY: reader_key(r, ev.name); break;
		case INPUT_RESIZE: compose_layout(r); break;
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
		screen_window_free(r->panes[i].win);
	screen_window_free(r->status);
	if (r->ov_win != NULL)
		help_close(r);
	free(r->arows);
	free(r->irows);
	free(r->hist);
	free(r->message);
	message_log_free(r);
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
		*what = N_("the bookmarks");
		*cause = why;
		rc = -1;
	}
	why = NULL;
	if (proof_save_notes(r, &why) != 0) {
		if (*what == NULL) {
			*what = N_("proofreading notes");
			*cause = why;
		} else
			free(why);
		rc = -1;
	}
	why = NULL;
	if (r->state_path != NULL && r->state.dirty &&
	    state_save(&r->state, r->state_path, &why) != 0) {
		if (*what == NULL) {
			*what = N_("reading positions");
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
		reader_message(r, _("Cannot save %s (r: try again, q: quit "
		    "without saving): %s"), _(*what), *cause);
		do {
			compose_draw(r);
			input_read(r->status, &ev);
		} while (!input_leaves(&ev) && !(ev.kind == INPUT_KEY &&
		    (strcmp(ev.name, "r") == 0 || strcmp(ev.name, "q") == 0)));
		if (input_leaves(&ev) || strcmp(ev.name, "q") == 0)
			return -1;
		free(*cause);
		reader_message(r, _("Saving again..."));
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
		    r->diags.n > 1 ? _(" (and more)") : "");
	else
		reader_message(r, "%s: %s%s", file, d->message,
		    r->diags.n > 1 ? _(" (and more)") : "");
}

/* Positions are the archive's: keyed by its absolute path. */
static void
reader_state_archive(struct reader *r)
{
	char *abs = realpath(r->archive->root, NULL);

	state_set_archive(&r->state, abs != NULL ? abs : r->archive->root);
	free(abs);
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
	struct stat st;
	char *charset_warning;
	const char *what;
	char *cause;
	int unsaved;

	/* As the command line says it, before any screen is opened. */
	if (opt->n_operands > 0 && stat(opt->operands[0], &st) != 0) {
		cli_error(_("%s: no such file, and no such id in %s"),
		    opt->operands[0], opt->archive);
		return EXIT_PROBLEM;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs(_("kanbao: the reader needs a terminal (see --list and --dump)\n"), stderr);
		return EXIT_USAGE;
	}
	if (termcheck_terminal() != 0)
		return EXIT_PROBLEM;
	memset(&r, 0, sizeof r);
	r.no_cache = opt->no_cache;
	reader_setup(&r, opt);
	charset_warning = termcheck_locale(opt->utf8 || r.conf.utf8);
	r.amb = r.conf.ambiguous == AMBIGUOUS_AUTO ?
	    termwidth_query(STDIN_FILENO, STDOUT_FILENO) : r.conf.ambiguous;
	termwidth_set(r.amb);
	/* --database, else the config's database (a kiosk's from the
	 * system config only: it reads no other, and takes no option for
	 * it). */
	r.database = r.kiosk ? r.conf.database : opt->database != NULL ?
	    opt->database : opt->n_operands == 0 &&
	    opt->archive == cli_default_archive() ? r.conf.database : NULL;
	r.archive = r.database != NULL ? reader_open_db(r.database) :
	    reader_restricted(&r, KIOSK_OUTSIDE_ARCHIVE) ?
	    archive_open_confined(reader_archive_path(&r, opt), opt->encoding) :
	    archive_open(reader_archive_path(&r, opt), opt->encoding);
	/* The archive's cache may hold the Traditional to Simplified table:
	 * then the first / with an ideograph need not load OpenCC. */
	if (!r.no_cache && r.database == NULL &&
	    r.archive->scope <= SCOPE_PUBLICATION)
		textcache_han_preload(r.archive->root, r.archive->forced_charset);
	reader_state_archive(&r);
	reader_issue_rows(&r);
	r.panes[PANE_ISSUES].ops = &pane_issues_ops;
	r.panes[PANE_ARTICLES].ops = &pane_articles_ops;
	r.panes[PANE_BODY].ops = &pane_body_ops;
	r.panes[PANE_SOURCE].ops = &pane_source_ops;
	r.focus = PANE_BODY;
	r.linear = opt->linear || r.conf.linear;
	screen_signals(reader_restricted(&r, KIOSK_INTERRUPT),
	    reader_restricted(&r, KIOSK_SUSPEND));
	if (screen_init(reader_restricted(&r, KIOSK_INTERRUPT) &&
	    reader_restricted(&r, KIOSK_SUSPEND), r.conf.colour, &r.conf.theme,
	    r.linear) != 0) {
		fputs(_("kanbao: cannot use this terminal\n"), stderr);
		free(charset_warning);
		reader_free(&r);
		return EXIT_PROBLEM;
	}
	if (r.conf.mouse)
		r.mouse_on = screen_mouse(1) == 1;
	compose_layout(&r);
	reader_restore(&r);
	reader_first_problem(&r);
	if (charset_warning != NULL)	/* before the settings' problems */
		reader_message(&r, "%s", charset_warning);
	free(charset_warning);
	reader_loop(&r);
	unsaved = reader_finish(&r, &what, &cause);
	screen_end();
	if (unsaved) {
		cli_error(_("quit with %s not saved: %s"), _(what), cause);
		free(cause);
	}
	reader_free(&r);
	return unsaved ? EXIT_PROBLEM : EXIT_OK;
}
