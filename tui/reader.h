/* SPDX-License-Identifier: ISC */
/* reader.h: the terminal reader's state, shared by the tui/ files.
 *
 * The reader is panes behind one interface (struct pane_ops, as tig's
 * view_ops): the issues, the articles of the open issue and the body of the
 * open article.  compose.c places and draws them through the interface;
 * screen.c below it alone sets the terminal up.  Each file's functions are
 * declared in a header of its own name (nav.h, body.h, pane.h ...): this
 * one holds only the state. */
#ifndef KANBAO_READER_H
#define KANBAO_READER_H

#include <curses.h>
#include <stddef.h>

#include "actions.h"
#include "i18n.h"
#include "keymap.h"
#include "kiosk.h"
#include "layout.h"
#include "model.h"
#include "state.h"
#include "userconf.h"

struct textcache;
struct tc_index;

enum pane_id {
	PANE_ISSUES,
	PANE_ARTICLES,
	PANE_BODY,
	PANE_SOURCE,		/* the proof view's source lines: never focused */
	PANE__COUNT
};
#define PANE__FOCUSABLE	PANE_SOURCE	/* the panes the focus moves over */

struct reader;
struct pane;
struct bookmark_store;
struct bm_pane;

struct pane_ops {
	const char	*name;
	/* Draw the whole pane into its window (not refreshed). */
	void	(*draw)(struct reader *, struct pane *);
	/* Do a pane action (moving, opening); returns 1 when it was one. */
	int	(*action)(struct reader *, struct pane *, enum action, long count);
	/* A mouse click at row y (0: the title) of the pane. */
	void	(*click)(struct reader *, struct pane *, int y);
};

struct pane {
	const struct pane_ops *ops;
	WINDOW		*win;		/* NULL when not shown */
	int		 y, x, h, w;	/* on the screen; row 0 is the title */
	size_t		 top;		/* first list row shown */
};

/* A row of the issues list: a publication (issue NULL) or one of its issues. */
struct issue_row {
	struct publication *pub;
	struct issue	*issue;
};

/* A row of the articles list: a page (art NULL) or one of its articles. */
struct article_row {
	const struct page *page;
	const struct article *art;
};

/* Where the reader was: an article and the first character shown. */
struct place {
	const struct article *art;
	size_t		 block, off;
};

enum overlay {
	OVERLAY_NONE,
	OVERLAY_HELP,
	OVERLAY_DIAGS,
	OVERLAY_MESSAGES
};

struct reader {
	struct archive	*archive;
	const char	*database;	/* the archive's connection string, NULL:
					 * files */
	struct userconf	 conf;
	struct keymap	 keymap;
	struct diag_list diags;		/* config, keymap and state problems */
	struct state	 state;
	char		*state_path;	/* NULL: positions are not kept */
	enum ambiguous_width amb;	/* NARROW or WIDE */

	struct issue_row *irows;
	size_t		 n_irows, isel;
	struct issue	*issue;		/* the open issue, NULL: none */
	struct article_row *arows;
	size_t		 n_arows, asel;

	const struct article *art;	/* in the body, NULL: none */
	char		*art_id;
	struct layout_doc doc;
	struct layout	*layout;
	size_t		 btop;		/* first body line shown */
	size_t		 ablock, aoff;	/* the first character shown */
	struct place	*hist;
	size_t		 n_hist, cap_hist;

	struct pane	 panes[PANE__COUNT];
	enum pane_id	 focus;
	int		 small;		/* below 40x10: one pane at a time */
	int		 linear;	/* --linear: one pane, no decoration */
	WINDOW		*status;
	char		*message;	/* shown once in the status line */
	char		**msg_log;	/* message.c: this session's, oldest first */
	size_t		 n_msg_log;
	int		 mouse_on;	/* clicks and the wheel reach the reader */
	long		 count;		/* the count being typed, 0: none */
	enum overlay	 overlay;
	WINDOW		*ov_win;
	char		**ov_lines;	/* safe to print */
	size_t		 ov_n, ov_top;
	int		 quit;
	int		 gone;		/* the terminal went away */
	int		 kiosk;		/* kiosk mode: r->conf.kiosk restricts */
	size_t		 exit_pos;	/* staff exit keys typed so far */
	int		 touched;	/* a key since the session began */
	/* The bookmarks: kiosk mode opens the store in memory only. */
	struct bookmark_store *bookmarks;
	struct bm_pane	*bm;		/* pane_bookmarks.c: the list's state */
	struct search_ui *search;	/* search_ui.c; NULL: no search yet */
	struct proof_ui	*proof;		/* pane_proof.c; NULL: never used */
	int		 proof_on;	/* the proof view: the source pane shown */
	/* search_results.c: the archive's search cache, mapped at the first
	 * archive search; cache_flags for textcache_open (kiosk mode:
	 * TEXTCACHE_READONLY); no_cache: --no-cache. */
	struct textcache *cache;
	struct tc_index	*cache_index;	/* its index, NULL: scan it */
	unsigned	 cache_flags;
	int		 no_cache;
	int		 archive_changed; /* the cache found the files changed */
};

/* Whether kiosk mode stops what now (core/kiosk.h decides). */
static inline int
reader_restricted(const struct reader *r, enum kiosk_restriction what)
{
	return kiosk_restricts(&r->conf.kiosk, r->kiosk, what);
}

#endif
