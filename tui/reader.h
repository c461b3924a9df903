/* reader.h: the terminal reader's state, shared by the tui/ files.
 *
 * The reader is three panes behind one interface (struct pane_ops, as tig's
 * view_ops): the issues, the articles of the open issue and the body of the
 * open article.  Only tui/ includes this; only tui/ talks to curses. */
#ifndef KANBAO_READER_H
#define KANBAO_READER_H

#include <curses.h>
#include <stddef.h>

#include "actions.h"
#include "keymap.h"
#include "kiosk.h"
#include "layout.h"
#include "model.h"
#include "state.h"
#include "userconf.h"

struct textcache;

enum pane_id {
	PANE_ISSUES,
	PANE_ARTICLES,
	PANE_BODY,
	PANE__COUNT
};

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
	OVERLAY_DIAGS
};

struct reader {
	struct archive	*archive;
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
	WINDOW		*status;
	char		*message;	/* shown once in the status line */
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
	/* search_results.c: the archive's search cache, mapped at the first
	 * archive search; cache_flags for textcache_open (kiosk mode:
	 * TEXTCACHE_READONLY); no_cache: --no-cache. */
	struct textcache *cache;
	unsigned	 cache_flags;
	int		 no_cache;
	int		 archive_changed; /* the cache found the files changed */
};

/* tui.c: opening things, moving between articles and issues. */
void	reader_open_issue(struct reader *, size_t irow);
void	reader_open_article(struct reader *, size_t arow, const struct place *);
size_t	reader_article_row(const struct reader *, const struct article *);
size_t	reader_issue_row(const struct reader *, const struct issue *);
int	reader_goto_article(struct reader *, const struct article *,
	    const struct place *);
void	reader_push_place(struct reader *);
void	reader_message(struct reader *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	reader_save_place(struct reader *);
size_t	reader_body_rows(const struct reader *);
/* Close everything, forget places and go back to the newest issue of the
 * first publication, as at start with nothing remembered. */
void	reader_home(struct reader *);
/* Read the archive again from its files (an issue arrived, a page was
 * corrected), keeping the open article at its place when it is still
 * there. */
void	reader_reload(struct reader *);

/* kiosk.c: kiosk mode in the reader. */
/* The system config's path.  Caller frees. */
char	*kiosk_sysconf_path(void);
/* Read the system config into uc (kiosk settings allowed there only). */
void	kiosk_load_system(struct userconf *, struct diag_list *);
/* Whether kiosk mode stops what now. */
int	reader_restricted(const struct reader *, enum kiosk_restriction what);
/* Refuse an action kiosk mode stops, with a message: 1 when refused. */
int	kiosk_refuses(struct reader *, enum action);
/* quit in kiosk mode: the staff PIN, or a message. */
void	kiosk_quit(struct reader *);
/* Follow the staff exit key sequence: 1 when key completes it. */
int	kiosk_exit_key(struct reader *, const char *key);
/* Forget the session's searches, bookmarks and places; go home.  idle:
 * after the idle time (for the message). */
void	kiosk_end_session(struct reader *, int idle);

/* pane_*.c */
extern const struct pane_ops pane_issues_ops, pane_articles_ops, pane_body_ops;
/* Relayout the body for the pane width, keeping the first character shown. */
void	pane_body_relayout(struct reader *);
/* Set the anchor from the first line shown. */
void	pane_body_anchor(struct reader *);
/* Follow a jump line of the open article; back. */
void	pane_body_follow(struct reader *);
/* Keep sel visible in a list pane of n rows. */
void	pane_list_scroll(struct pane *, size_t sel, size_t n);
/* pane.c: a list pane's title row (text from files allowed). */
void	pane_title(struct reader *, struct pane *, const char *text);
/* The selectable row delta rows from sel (ok says which are). */
size_t	pane_list_move(size_t sel, size_t n, long delta,
	    int (*ok)(const void *, size_t), const void *arg);
/* How far a moving action goes in a list (0: not a move). */
long	pane_list_delta(const struct pane *, enum action, long count,
	    size_t sel, size_t n);

/* search_ui.c: searching the open article. */
/* Read a query, searching as it is typed; Esc goes back. */
void	search_ui_start(struct reader *, int backward);
/* Move n hits on (negative: back); 0 when there is no search. */
int	search_ui_next(struct reader *, long n);
/* Highlight the hits on layout line li, drawn at row y of w. */
void	search_ui_draw(struct reader *, WINDOW *w, int y, size_t li);
void	search_ui_free(struct reader *);
/* The open article's hits are found again (its article may be gone). */
void	search_ui_forget_article(struct reader *);
/* The flags searches are compiled with (C-t: literal). */
unsigned search_ui_flags(struct reader *);
/* Read a line in the status line (history as for searches) after
 * prompts[*which]; Tab moves *which on through the NULL-terminated prompts
 * (which may be NULL: the first prompt only).  NULL when cancelled.
 * Caller frees. */
char	*search_ui_read(struct reader *, const char *const *prompts, int *which);
/* Make query the search of the open article, at the hit at (block, start). */
void	search_ui_use(struct reader *, const char *query, size_t block,
	    size_t start);
/* search_results.c: search the archive and list the hits. */
void	search_results_start(struct reader *);
void	search_results_free(struct reader *);

/* pane_bookmarks.c: the bookmarks list (shown in the articles pane's
 * place) and the bookmark actions. */
extern const struct pane_ops pane_bookmarks_ops;
/* Open the store at path (NULL: in memory only). */
void	pane_bookmarks_setup(struct reader *, const char *path);
/* Do a bookmark action from any pane; returns 1 when it was one. */
int	pane_bookmarks_global(struct reader *, enum action);
/* Save what is not saved yet; -1 and *cause (caller frees). */
int	pane_bookmarks_save(struct reader *, char **cause);
void	pane_bookmarks_free(struct reader *);
/* Hide the list and start again with an empty store in memory. */
void	pane_bookmarks_forget(struct reader *);

/* pane_proof.c: the proof view, line numbers and flag jumping. */
/* proof-view, line-numbers, next-flag, prev-flag, note-mark, note-add,
 * edit-source; 1 when it was one. */
int	proof_action(struct reader *, enum action, long count);
/* Rows of the body pane's body_rows that the source lines take (0: off). */
int	proof_rows(const struct reader *, int body_rows);
/* Cells before the body text for line numbers (0: none). */
int	proof_gutter(const struct reader *);
/* The line number of layout line li, drawn at (y, x) of w: in a margin
 * right of the text, so the text's columns stay where they are. */
void	proof_draw_gutter(struct reader *, WINDOW *w, int y, int x, size_t li);
/* Extra attributes for layout line li (the cursor line). */
attr_t	proof_line_attr(const struct reader *, size_t li);
/* The source lines, in rows [first_row, first_row + rows) of the pane. */
void	proof_draw(struct reader *, struct pane *, int first_row, int rows);
void	proof_free(struct reader *);
/* Let go of everything that points into the archive (before it is read
 * again); notes on disk stay. */
void	proof_forget(struct reader *);
/* Save the notes not saved yet (every page's); 0 when none are left, else
 * -1 and *cause (may be NULL; caller frees). */
int	proof_save_notes(struct reader *, char **cause);

/* status.c */
void	status_draw(struct reader *);
/* Read a line in the status line; NULL when cancelled.  Caller frees. */
char	*status_prompt(struct reader *, const char *prompt);

/* help.c: the help and diagnostics lists over the panes. */
void	help_open(struct reader *, enum overlay);
void	help_close(struct reader *);
void	help_draw(struct reader *);
void	help_action(struct reader *, enum action, long count);

#endif
