/* SPDX-License-Identifier: ISC */
/* search_results.c: searching the whole archive from the reader.
 *
 * search-archive asks for a query; Tab in the prompt cycles what is
 * searched: the archive, the open issue's publication, the open issue, or
 * a range of dates asked for next (FROM..TO, each YYYY, YYYY-MM or
 * YYYY-MM-DD, either may be left out).  It searches issue by issue, newest
 * first, showing progress in the status line; any key stops it, keeping
 * what was found.  The hits are listed over the panes, two rows each
 * (publication, date, page and headline; the snippet with the hit in
 * reverse video).  Enter opens the article at the hit, with the query kept
 * as the article's search; q or Esc closes the list.
 *
 * An archive or publication is searched through its search cache
 * (textcache.h), mapped at the first search and kept for the session, and
 * built first (with progress; a key stops it) when missing or stale.
 * Before each search its files are checked again (a stat each), and a
 * stale cache is updated the same way; the panes are then read again from
 * the files too, so a hit in tonight's issue can be opened.  Without a
 * cache, issues are loaded and searched one by one. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "archive.h"
#include "archive_db.h"
#include "archive_search.h"
#include "compose.h"
#include "input.h"
#include "message.h"
#include "nav.h"
#include "screen.h"
#include "search.h"
#include "search_results.h"
#include "search_ui.h"
#include "status.h"
#include "strbuf.h"
#include "textcache.h"
#include "textcache_index.h"
#include "xalloc.h"

/* What is searched (the prompts of search_results_start, in order). */
enum sr_scope {
	SR_ARCHIVE,
	SR_PUBLICATION,
	SR_ISSUE,
	SR_DATES
};

/* The issues searched: pub and date NULL for any; from/to limits of the
 * date ("" for none).  The rules are archive_search.h's. */
struct sr_filter {
	const char	*pub, *date;
	char		 from[11], to[11];
	char		*prefix;	/* the issue's id, for SR_ISSUE */
};

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
	struct sr_filter filter;
	struct timespec	 shown;		/* when progress was last drawn */
};

/* No hits. */
static void
sr_list_clear(struct sr_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].id);
		free(l->v[i].head);
		free(l->v[i].snippet);
	}
	l->n = l->sel = l->top = 0;
}

static void
sr_list_free(struct sr_list *l)
{
	sr_list_clear(l);
	free(l->v);
	free(l->query);
	free(l->filter.prefix);
}

/* --- searching: core/archive_search.h ------------------------------------------ */

static int
sr_hit(const struct asearch_hit *h, void *arg)
{
	struct sr_list *l = arg;
	struct sr_hit *e;

	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	e = &l->v[l->n++];
	e->id = xstrndup(h->id, h->id_len);
	e->head = xasprintf("%.*s  %.*s  p.%d  %.*s", (int)h->pub_name_len,
	    h->pub_name, (int)h->date_len, h->date, h->page, (int)h->title_len,
	    h->title);
	e->snippet = search_snippet(h->text, h->len, &h->h, SR_CONTEXT, &e->hs,
	    &e->he);
	e->block = h->h.block;
	e->start = h->h.start;
	return l->n >= SR_MAX_HITS;
}

/* Whether 50 ms have passed since *last (then *last is now): progress is
 * drawn, and keys looked at, that often. */
static bool
sr_due(struct timespec *last)
{
	struct timespec now;
	long ms;

	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (now.tv_sec - last->tv_sec) * 1000 +
	    (now.tv_nsec - last->tv_nsec) / 1000000;
	if (last->tv_sec != 0 && ms < 50)
		return false;
	*last = now;
	return true;
}

/* Show what in the status line; 1 when a key or a stop signal asks to
 * stop. */
static int
sr_status(struct reader *r, const char *buf)
{
	attr_t a = screen_attr(SR_STATUS);

	screen_fill(r->status, 0, 0, a);
	screen_put(r->status, 0, 1, screen_cols() - 2, buf, strlen(buf), a);
	screen_show(r->status);
	return input_poll_stop(r->status);
}

/* Progress in the status line, now and then; 1 when a key asks to stop. */
static int
sr_progress(struct reader *r, struct sr_list *l)
{
	char buf[160];

	if (!sr_due(&l->shown))
		return 0;
	snprintf(buf, sizeof buf, ngettext(
	    "Searching: %zu of %zu issues, %zu hit (any key stops)",
	    "Searching: %zu of %zu issues, %zu hits (any key stops)", l->n),
	    l->done, l->issues, l->n);
	return sr_status(r, buf);
}

static int
sr_build_progress(size_t done, size_t total, void *arg)
{
	struct reader *r = arg;
	static struct timespec shown;
	char buf[160];

	if (!sr_due(&shown))
		return 0;
	snprintf(buf, sizeof buf, _("Building the search cache: %zu of %zu issues (any key stops)"),
	    done, total);
	return sr_status(r, buf);
}

/* The archive's cache, mapped (or built) at the first search, and updated
 * when the archive changed since (tonight's issue arrived): one stat of
 * each file tells.  NULL to search without one. */
static struct textcache *
sr_cache(struct reader *r)
{
	char *cause = NULL, *file;

	if (r->no_cache || r->archive->scope > SCOPE_PUBLICATION ||
	    archive_is_db(r->archive))
		return NULL;
	/* Its size first: a file cut short since would fault when touched. */
	if (r->cache != NULL && (!textcache_intact(r->cache) ||
	    textcache_stale(r->cache, r->archive->root))) {
		textcache_index_close(r->cache_index);
		r->cache_index = NULL;
		textcache_close(r->cache);
		r->cache = NULL;
		r->archive_changed = 1;
	}
	if (r->cache == NULL) {
		r->cache = textcache_open(r->archive->root,
		    r->archive->forced_charset, r->cache_flags,
		    sr_build_progress, r, &cause);
		if (r->cache != NULL && (file = textcache_path(r->archive->root,
		    r->archive->forced_charset)) != NULL) {
			r->cache_index = textcache_index_open(r->cache, file,
			    (r->cache_flags & TEXTCACHE_READONLY) != 0);
			free(file);
		}
	}
	free(cause);
	return r->cache;
}

static int sr_progress(struct reader *, struct sr_list *);

struct sr_run {
	struct reader	*r;
	struct sr_list	*l;
};

static int
sr_search_progress(size_t done, size_t total, size_t hits, void *arg)
{
	struct sr_run *run = arg;

	(void)hits;
	run->l->done = done;
	run->l->issues = total;
	if (sr_progress(run->r, run->l))
		return run->l->stopped = 1;
	return 0;
}

static int
sr_search_hit(const struct asearch_hit *h, void *arg)
{
	struct sr_run *run = arg;

	return sr_hit(h, run->l);
}

/* Newest first, through the database, the cache sr_cache found, or the
 * pages. */
static void
sr_search(struct reader *r, struct sr_list *l, const struct search_pattern *sp)
{
	struct asearch_source src = { r->archive, r->cache, r->cache_index };
	struct asearch_scope sc = { l->filter.pub, l->filter.prefix,
	    l->filter.from, l->filter.to };
	struct sr_run run = { r, l };
	char *cause = NULL;

	if (asearch_each(&src, sp, &sc, ASEARCH_NEWEST_FIRST, sr_search_hit,
	    sr_search_progress, &run, &cause) < 0) {
		reader_message(r, _("Search: %s"), cause ? cause : _("failed"));
		free(cause);
		cause = NULL;
	}
	/* Another program cut the cache short while we read it (the part
	 * cut off read as zeros): what was found is dropped, the cache let
	 * go (the next search rebuilds it) and the search made without it. */
	if (src.cache != NULL && !textcache_intact(src.cache)) {
		sr_list_clear(l);
		search_results_free(r);
		reader_message(r, _("The search cache was cut short by another program: searched without it"));
		src.cache = NULL;
		src.index = NULL;
		if (asearch_each(&src, sp, &sc, ASEARCH_NEWEST_FIRST,
		    sr_search_hit, sr_search_progress, &run, &cause) < 0) {
			reader_message(r, _("Search: %s"), cause ? cause : _("failed"));
			free(cause);
		}
	}
	l->done = l->issues;
}

void
search_results_free(struct reader *r)
{
	textcache_index_close(r->cache_index);
	r->cache_index = NULL;
	textcache_close(r->cache);
	r->cache = NULL;
}

/* --- the list ------------------------------------------------------------------- */

static size_t
sr_rows(void)
{
	return screen_rows() > 3 ? (size_t)(screen_rows() - 2) / 2 : 1;
}

static void
sr_draw_hit(WINDOW *w, int y, const struct sr_hit *e, int sel)
{
	attr_t a = sel ? screen_attr(SR_SELECT) : screen_attr(SR_NORMAL);
	/* On the selected row (often reverse already) the hit is underlined. */
	attr_t hit = sel ? a | A_BOLD | A_UNDERLINE : a | A_REVERSE;
	int x;

	screen_fill(w, y, 0, a);
	screen_put_file(w, y, 1, screen_cols() - 2, e->head, a | A_BOLD);
	screen_fill(w, y + 1, 0, a);
	x = 4 + screen_put(w, y + 1, 4, screen_cols() - 5, e->snippet, e->hs, a);
	x += screen_put(w, y + 1, x, screen_cols() - 1 - x, e->snippet + e->hs,
	    e->he - e->hs, hit);
	screen_put(w, y + 1, x, screen_cols() - 1 - x, e->snippet + e->he,
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
	screen_erase(w);
	title = xasprintf(ngettext("Search: %s  %zu hit%s  (Enter opens, q closes)",
	    "Search: %s  %zu hits%s  (Enter opens, q closes)", l->n),
	    l->query, l->n,
	    l->stopped ? _(", stopped") : l->n >= SR_MAX_HITS ? _(", the first") : "");
	screen_fill(w, 0, 0, screen_attr(SR_TITLE_FOCUS));
	screen_put_cut(w, 0, 1, screen_cols() - 2, title, screen_attr(SR_TITLE_FOCUS));
	free(title);
	for (i = 0; i < rows && l->top + i < l->n; i++)
		sr_draw_hit(w, 1 + 2 * (int)i, &l->v[l->top + i], l->top + i == l->sel);
	if (l->n == 0)
		screen_put_file(w, 2, 2, screen_cols() - 3, _("No hits."), A_DIM);
	screen_stage(w);
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
	WINDOW *w = screen_window(screen_rows() - 1, screen_cols(), 0, 0);
	struct input_event ev;
	int go = 0;

	while (go == 0) {
		sr_draw(w, l);
		status_draw(r);
		screen_stage(r->status);
		screen_update();
		input_read(w, &ev);
		if (input_leaves(&ev) || (ev.kind == INPUT_KEY &&
		    (strcmp(ev.name, "Esc") == 0 || strcmp(ev.name, "C-g") == 0)))
			go = -1;
		else if (ev.kind == INPUT_RESIZE) {
			compose_layout(r);
			screen_resize_window(w, screen_rows() - 1, screen_cols());
		} else if (ev.kind == INPUT_KEY)
			go = sr_action(l, keymap_lookup(&r->keymap, ev.name));
	}
	screen_window_free(w);
	screen_redraw();
	return go > 0;
}

/* Open the selected hit's article, the query kept as its search. */
static void
sr_open(struct reader *r, const struct sr_list *l)
{
	const struct sr_hit *e = &l->v[l->sel];
	struct place at = { archive_find_article(r->archive, e->id), e->block,
	    e->start };

	/* The list is of the files as they are now (the cache is updated
	 * before each search); the panes may be older: read them again. */
	if (at.art == NULL) {
		reader_reload(r);
		at.art = archive_find_article(r->archive, e->id);
	}
	if (reader_goto_article(r, at.art, &at) != 0) {
		reader_message(r, _("Cannot open %.60s: it is no longer in the archive"),
		    e->id);
		return;
	}
	search_ui_use(r, l->query, e->block, e->start);
	r->focus = PANE_BODY;
	compose_layout(r);
}

/* Ask for what the scope needs; -1 when there is nothing to search. */
static int
sr_scope(struct reader *r, enum sr_scope scope, struct sr_filter *f)
{
	static const char *const dates[] = {
		N_("Dates (FROM..TO, as 2024-01..2024-03): "), NULL
	};
	char *s;
	int rc;

	memset(f, 0, sizeof *f);
	if ((scope == SR_PUBLICATION || scope == SR_ISSUE) && r->issue == NULL) {
		reader_message(r, _("Search: no issue is open"));
		return -1;
	}
	if (scope == SR_PUBLICATION)
		f->pub = r->issue->publication->id;
	if (scope == SR_ISSUE) {
		f->pub = r->issue->publication->id;
		f->prefix = issue_id(r->issue);
	}
	if (scope != SR_DATES)
		return 0;
	if ((s = search_ui_read(r, dates, NULL)) == NULL)
		return -1;
	if ((rc = asearch_parse_dates(s, f->from, f->to)) != 0)
		reader_message(r, _("Search: dates are YYYY, YYYY-MM or YYYY-MM-DD, as 2024-01..2024-03"));
	free(s);
	return rc;
}

void
search_results_start(struct reader *r)
{
	static const char *const prompts[] = {
		N_("Search the archive: "), N_("Search this publication: "),
		N_("Search this issue: "), N_("Search a range of dates: "), NULL
	};
	static int scope;	/* kept for the session */
	struct sr_list l = { 0 };
	struct search_pattern *sp;
	char *cause = NULL;
	int go;

	if ((l.query = search_ui_read(r, prompts, &scope)) == NULL)
		return;
	if (sr_scope(r, (enum sr_scope)scope, &l.filter) != 0) {
		free(l.query);
		return;
	}
	sr_cache(r);	/* before compiling: it may spare loading OpenCC */
	if ((sp = search_compile(l.query, strlen(l.query), search_ui_flags(r),
	    &cause)) == NULL) {
		reader_message(r, _("Search: %s"), cause);
		free(cause);
		free(l.query);
		return;
	}
	sr_search(r, &l, sp);
	search_pattern_free(sp);
	go = sr_browse(r, &l);
	/* The files changed since the panes were made (the filter pointed
	 * into them until now): the panes show the archive as it is. */
	if (r->archive_changed) {
		r->archive_changed = 0;
		reader_reload(r);
	}
	if (go)
		sr_open(r, &l);
	sr_list_free(&l);
}
