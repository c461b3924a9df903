/* SPDX-License-Identifier: ISC */
/* help.c: lists shown over the panes: the help (generated from the live
 * keymap and the action table, so it cannot disagree with either) and the
 * problems found while loading. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "help.h"
#include "i18n.h"
#include "sanitize.h"
#include "screen.h"
#include "strbuf.h"
#include "width.h"
#include "xalloc.h"

/* Add a line (taken; freed here) made safe to print. */
static void
help_add(struct reader *r, char *line)
{
	r->ov_lines = xrealloc(r->ov_lines, (r->ov_n + 1) * sizeof *r->ov_lines);
	r->ov_lines[r->ov_n++] = sanitize_text(line, strlen(line), 0);
	free(line);
}

static void
help_free_lines(struct reader *r)
{
	size_t i;

	for (i = 0; i < r->ov_n; i++)
		free(r->ov_lines[i]);
	free(r->ov_lines);
	r->ov_lines = NULL;
	r->ov_n = 0;
}

/* The keys column of the keys list, in cells; the action column is as
 * wide as the longest action's name. */
#define HELP_KEYS_CELLS		22

/* s, then blanks up to cells terminal cells (at least one): padded by
 * width, not bytes, so columns hold with double-width (Chinese) text. */
static void
help_cell_pad(struct strbuf *sb, const char *s, int cells)
{
	int w = screen_width(s, strlen(s));

	strbuf_adds(sb, s);
	do
		strbuf_addc(sb, ' ');
	while (++w < cells + 1);
}

/* A row of the keys list: keys, action, what it does. */
static char *
help_row(const char *keys, const char *action, int action_cells,
    const char *what)
{
	struct strbuf sb = STRBUF_INIT;

	help_cell_pad(&sb, keys, HELP_KEYS_CELLS);
	help_cell_pad(&sb, action, action_cells);
	strbuf_adds(&sb, what);
	return strbuf_take(&sb);
}
static const char *help_shown_file(const struct reader *, const char *);

static void
help_keys(struct reader *r)
{
	int a, action_cells = 0;
	char *keys;

	for (a = ACTION_NONE + 1; a < ACTION__COUNT; a++)
		if ((int)strlen(action_name((enum action)a)) > action_cells)
			action_cells = (int)strlen(action_name((enum action)a));

	help_add(r, xasprintf(_("Keymap: %s, and your keys file if any.  A count typed "
	    "first repeats a move (5j)."), help_shown_file(r, r->conf.keymap)));
	help_add(r, xstrdup(""));
	help_add(r, help_row(_("KEYS"), _("ACTION"), action_cells, _("WHAT IT DOES")));
	for (a = ACTION_NONE + 1; a < ACTION__COUNT; a++) {
		keys = keymap_keys_for(&r->keymap, (enum action)a);
		help_add(r, help_row(keys ? keys : _("(not bound)"),
		    action_name((enum action)a), action_cells,
		    _(action_help((enum action)a))));
		free(keys);
	}
}

/* Kiosk mode shows patrons no internal paths: a file in the archive by
 * its path in it, the archive itself as "the archive", any other file by
 * its last name. */
static const char *
help_shown_file(const struct reader *r, const char *file)
{
	const char *root = r->archive != NULL ? r->archive->root : NULL;
	const char *slash;
	size_t n;

	if (file == NULL || !reader_restricted(r, KIOSK_PATHS))
		return file;
	n = root != NULL ? strlen(root) : 0;
	while (n > 1 && root[n - 1] == '/')
		n--;
	if (root != NULL && strncmp(file, root, n) == 0) {
		if (file[n] == '\0' || (file[n] == '/' && file[n + 1] == '\0'))
			return _("the archive");
		if (file[n] == '/')
			return file + n + 1;
	}
	slash = strrchr(file, '/');
	return slash != NULL && slash[1] != '\0' ? slash + 1 : file;
}

static void
help_diag_list(struct reader *r, const struct diag_list *dl)
{
	size_t i;
	struct diag d;

	for (i = 0; i < dl->n; i++) {
		d = dl->items[i];
		d.file = (char *)help_shown_file(r, d.file);
		help_add(r, diag_format(&d));
	}
}

/* A message wrapped to the screen's width, whole: the log is where what
 * the status line cut is read. */
static void
help_add_wrapped(struct reader *r, const char *msg, int width)
{
	char *safe = sanitize_text(msg, strlen(msg), 0);
	size_t len = strlen(safe), i = 0, start = 0, n;
	int used = 0, cw;

	if (width < 8)
		width = 8;
	while (i < len) {
		n = width_cluster_len(safe + i, len - i);
		cw = screen_width(safe + i, n);
		if (used + cw > width) {
			help_add(r, xstrndup(safe + start, i - start));
			start = i;
			used = 0;
		}
		used += cw;
		i += n;
	}
	help_add(r, xstrndup(safe + start, len - start));
	free(safe);
}

static void
help_messages(struct reader *r)
{
	size_t i;

	for (i = 0; i < r->n_msg_log; i++)
		help_add_wrapped(r, r->msg_log[i], screen_cols() - 2);
	if (r->n_msg_log == 0)
		help_add(r, xstrdup(_("No messages yet.")));
	/* The newest at the foot, in view. */
	if (r->ov_n > (size_t)(screen_rows() > 2 ? screen_rows() - 2 : 1))
		r->ov_top = r->ov_n - (size_t)(screen_rows() > 2 ? screen_rows() - 2 : 1);
}

static void
help_diags(struct reader *r)
{
	help_diag_list(r, &r->diags);
	if (r->archive != NULL)
		help_diag_list(r, &r->archive->diags);
	if (r->ov_n == 0)
		help_add(r, xstrdup(_("No problems found.")));
}

void
help_open(struct reader *r, enum overlay kind)
{
	help_free_lines(r);
	screen_window_free(r->ov_win);
	r->overlay = kind;
	r->ov_top = 0;
	r->ov_win = screen_window(screen_rows() > 1 ? screen_rows() - 1 : 1,
	    screen_cols(), 0, 0);
	if (kind == OVERLAY_HELP)
		help_keys(r);
	else if (kind == OVERLAY_MESSAGES)
		help_messages(r);
	else
		help_diags(r);
}

void
help_close(struct reader *r)
{
	int i;

	help_free_lines(r);
	screen_window_free(r->ov_win);
	r->ov_win = NULL;
	r->overlay = OVERLAY_NONE;
	screen_touch_background();
	for (i = 0; i < PANE__COUNT; i++)
		if (r->panes[i].win != NULL)
			screen_touch(r->panes[i].win);
}

void
help_draw(struct reader *r)
{
	WINDOW *w = r->ov_win;
	int y, h = screen_window_rows(w);
	size_t i;
	attr_t t = screen_attr(SR_TITLE_FOCUS);
	const char *title = r->overlay == OVERLAY_HELP ?
	    _("Help: keys and actions (q closes)") : r->overlay == OVERLAY_MESSAGES ?
	    _("Messages of this session, newest last (q closes)") :
	    _("Problems found while loading (q closes)");

	screen_fill(w, 0, 0, t);
	screen_put_cut(w, 0, 1, screen_cols() - 2, title, t);
	for (y = 1; y < h; y++) {
		i = r->ov_top + (size_t)y - 1;
		screen_clear_eol(w, y, 0);
		if (i < r->ov_n)
			screen_put(w, y, 1, screen_cols() - 2, r->ov_lines[i], strlen(r->ov_lines[i]),
			    A_NORMAL);
	}
	screen_stage(w);
}

void
help_action(struct reader *r, enum action a, long count)
{
	long rows = screen_window_rows(r->ov_win) - 1, top = (long)r->ov_top, c = count ? count : 1;
	long max = (long)r->ov_n > rows ? (long)r->ov_n - rows : 0;

	switch (a) {
	case ACTION_SCROLL_DOWN: top += c; break;
	case ACTION_SCROLL_UP: top -= c; break;
	case ACTION_PAGE_DOWN: case ACTION_HALF_PAGE_DOWN: top += c * rows; break;
	case ACTION_PAGE_UP: case ACTION_HALF_PAGE_UP: top -= c * rows; break;
	case ACTION_TOP: top = 0; break;
	case ACTION_BOTTOM: top = max; break;
	case ACTION_REDRAW: screen_redraw(); break;
	case ACTION_QUIT: case ACTION_HELP: case ACTION_BACK:
	case ACTION_SHOW_DIAGNOSTICS: case ACTION_MESSAGE_LOG: case ACTION_CANCEL:
		help_close(r);
		return;
	default: break;
	}
	r->ov_top = (size_t)(top < 0 ? 0 : top > max ? max : top);
}
