/* SPDX-License-Identifier: ISC */
/* search_ui.c: searching the open article.
 *
 * search-forward and search-backward read a query in the status line and
 * search as it is typed: every hit is highlighted and the body moves to the
 * first hit after (or before) where it was; Esc puts it back.  Enter keeps
 * the search; search-next and search-prev then move between hits, wrapping
 * at the ends, and the status line says "hit 3 of 17".  Hits are kept as
 * (block, byte) of the layout doc, so a resize or re-layout keeps them.
 * Matching (folding, literal mode) is core/search.c's.
 *
 * Queries are remembered per user in $XDG_DATA_HOME/kanbao/search-history,
 * one a line, the last SEARCH_UI_HISTORY; with no data directory (kiosk
 * mode) only for the session.  Up and Down recall them; an empty query
 * means the last one.  C-t in a prompt turns literal mode on and off for
 * every search after (shown in the prompt); in the archive search's prompt
 * Tab cycles what is searched (search_results.c). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unistr.h>

#include "atomicfile.h"
#include "body.h"
#include "compose.h"
#include "input.h"
#include "message.h"
#include "screen.h"
#include "search.h"
#include "search_ui.h"
#include "strbuf.h"
#include "userconf.h"
#include "xalloc.h"

/* Queries remembered in this session (Up and Down in the prompt). */
#define SEARCH_UI_HISTORY 50

struct search_ui {
	char		*query;		/* the search kept, NULL: none */
	struct search_pattern *pattern;
	int		 backward;	/* search-next goes up */
	const struct article *art;	/* the article hits are for */
	struct search_hits hits;
	size_t		 cur;		/* the current hit; hits.n: none */
	char		*hist[SEARCH_UI_HISTORY];
	size_t		 n_hist;
	char		*hist_path;	/* NULL: not kept (kiosk mode) */
	int		 literal;	/* C-t: SEARCH_LITERAL for every search */
};

static void search_ui_remember(struct search_ui *, const char *);

/* --- history ------------------------------------------------------------------------ */

static void
search_ui_history_load(struct search_ui *s)
{
	size_t len;
	char *text, *line, *next;

	if (s->hist_path == NULL ||
	    (text = userconf_read_file(s->hist_path, &len)) == NULL)
		return;
	for (line = text; line != NULL && *line != '\0'; line = next) {
		struct strbuf q = STRBUF_INIT;

		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		/* One query a line, escaped as bookmarks are (strbuf.h). */
		strbuf_add_unescaped(&q, line, strlen(line), NULL);
		if (q.len > 0)
			search_ui_remember(s, q.s);
		strbuf_free(&q);
	}
	free(text);
}

/* Save the history through atomicfile (flushed, renamed over the old
 * file, a link's target replaced and the link kept), so a crash leaves the
 * old file or the new.  Failing is quiet: history is a comfort. */
static void
search_ui_history_save(const struct search_ui *s)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	if (s->hist_path == NULL)
		return;
	/* Escaped: a typed ESC or bidi control must not reach a terminal
	 * that shows the file. */
	strbuf_adds(&sb, "");
	for (i = 0; i < s->n_hist; i++) {
		strbuf_add_escaped(&sb, s->hist[i]);
		strbuf_addc(&sb, '\n');
	}
	(void)atomicfile_save(s->hist_path, sb.s, sb.len, 0600);
	strbuf_free(&sb);
}

static struct search_ui *
search_ui_get(struct reader *r)
{
	if (r->search == NULL) {
		r->search = xcalloc(1, sizeof *r->search);
		r->search->hist_path = reader_restricted(r, KIOSK_WRITE) ? NULL :
		    userconf_data_path("search-history");
		search_ui_history_load(r->search);
	}
	return r->search;
}

void
search_ui_free(struct reader *r)
{
	struct search_ui *s = r->search;
	size_t i;

	if (s == NULL)
		return;
	free(s->query);
	search_pattern_free(s->pattern);
	search_hits_free(&s->hits);
	for (i = 0; i < s->n_hist; i++)
		free(s->hist[i]);
	free(s->hist_path);
	free(s);
	r->search = NULL;
}

void
search_ui_forget_article(struct reader *r)
{
	if (r->search == NULL)
		return;
	r->search->art = NULL;
	search_hits_clear(&r->search->hits);
	r->search->cur = 0;
}

/* Set the pattern (NULL: none) and find its hits in the open article. */
static void
search_ui_set(struct reader *r, struct search_pattern *sp)
{
	struct search_ui *s = r->search;

	if (s->pattern != sp)
		search_pattern_free(s->pattern);
	s->pattern = sp;
	s->art = r->art;
	search_hits_clear(&s->hits);
	if (sp != NULL && r->art != NULL)
		search_doc(sp, &r->doc, &s->hits);
	s->cur = s->hits.n;
}

/* Hits again when another article was opened since. */
static void
search_ui_refresh(struct reader *r)
{
	struct search_ui *s = r->search;

	if (s != NULL && s->pattern != NULL && s->art != r->art)
		search_ui_set(r, s->pattern);
}

/* --- moving to a hit --------------------------------------------------------------- */

static int
search_ui_before(size_t b1, size_t o1, size_t b2, size_t o2)
{
	return b1 < b2 || (b1 == b2 && o1 < o2);
}

/* The first hit at or after (block, off), or before it when backward;
 * wraps around; hits.n when there are none. */
static size_t
search_ui_pick(const struct search_ui *s, size_t block, size_t off,
    int backward)
{
	size_t i;

	if (s->hits.n == 0)
		return 0;
	if (!backward) {
		for (i = 0; i < s->hits.n; i++)
			if (!search_ui_before(s->hits.v[i].block, s->hits.v[i].start,
			    block, off))
				return i;
		return 0;
	}
	for (i = s->hits.n; i-- > 0;)
		if (search_ui_before(s->hits.v[i].block, s->hits.v[i].start,
		    block, off))
			return i;
	return s->hits.n - 1;
}

/* Scroll the body so the current hit shows, a third of the way down when
 * it was off the screen. */
static void
search_ui_show(struct reader *r)
{
	struct search_ui *s = r->search;
	size_t rows = reader_body_rows(r), line, max;
	int col;

	if (s->cur >= s->hits.n || r->layout == NULL ||
	    layout_find(r->layout, s->hits.v[s->cur].block,
	    s->hits.v[s->cur].start, &line, &col) != 0)
		return;
	if (line >= r->btop && line < r->btop + rows)
		return;
	max = r->layout->n_lines > rows ? r->layout->n_lines - rows : 0;
	r->btop = line > rows / 3 ? line - rows / 3 : 0;
	if (r->btop > max)
		r->btop = max;
	pane_body_anchor(r);
}

static void
search_ui_say_hit(struct reader *r, const char *extra)
{
	struct search_ui *s = r->search;

	if (s->hits.n == 0)
		reader_message(r, _("No hit for \"%.60s\" in this article"), s->query);
	else
		reader_message(r, _("hit %zu of %zu%s"), s->cur + 1, s->hits.n, extra);
}

int
search_ui_next(struct reader *r, long n)
{
	struct search_ui *s = r->search;
	long step;
	int wrapped = 0;

	if (s == NULL || s->pattern == NULL || r->art == NULL)
		return 0;
	search_ui_refresh(r);
	step = s->backward ? -n : n;
	if (s->hits.n > 0 && s->cur >= s->hits.n)
		s->cur = search_ui_pick(s, r->ablock, r->aoff, step < 0);
	else if (s->hits.n > 0) {
		long c = (long)s->cur + step, m = (long)s->hits.n;

		wrapped = c < 0 || c >= m;
		s->cur = (size_t)(((c % m) + m) % m);
	}
	search_ui_show(r);
	search_ui_say_hit(r, !wrapped ? "" : step > 0 ?
	    _(" (wrapped to the top)") : _(" (wrapped to the bottom)"));
	return 1;
}

/* --- the prompt -------------------------------------------------------------------- */

/* Where the body was when the prompt opened. */
struct search_ui_origin {
	size_t	btop, ablock, aoff;
	char	*query;
	struct search_pattern *pattern;
};

static void
search_ui_restore(struct reader *r, struct search_ui_origin *o)
{
	struct search_ui *s = r->search;

	r->btop = o->btop;
	r->ablock = o->ablock;
	r->aoff = o->aoff;
	free(s->query);
	s->query = o->query;
	search_ui_set(r, o->pattern);
}

unsigned
search_ui_flags(struct reader *r)
{
	return search_ui_get(r)->literal ? SEARCH_LITERAL : 0;
}

/* Search for text as typed: hits, and the body at the first one. */
static void
search_ui_update(struct reader *r, const char *text,
    const struct search_ui_origin *o)
{
	struct search_ui *s = r->search;
	char *cause = NULL;
	struct search_pattern *sp = search_compile(text, strlen(text),
	    search_ui_flags(r), &cause);

	free(cause);
	search_ui_set(r, sp);	/* frees the last one typed */
	r->btop = o->btop;
	r->ablock = o->ablock;
	r->aoff = o->aoff;
	if (s->hits.n > 0) {
		s->cur = search_ui_pick(s, o->ablock, o->aoff, s->backward);
		search_ui_show(r);
	}
}

static void
search_ui_prompt_draw(struct reader *r, const char *text)
{
	struct search_ui *s = r->search;
	attr_t a = screen_attr(SR_STATUS);
	char count[64] = "";
	int x;

	compose_draw(r);
	if (s->pattern != NULL && s->hits.n > 0)
		snprintf(count, sizeof count, _("   hit %zu of %zu%s"), s->cur + 1,
		    s->hits.n, s->literal ? _("   [literal]") : "");
	else
		snprintf(count, sizeof count, "%s%s",
		    s->pattern != NULL ? _("   no hits") : "",
		    s->literal ? _("   [literal]") : "");
	screen_fill(r->status, 0, 0, a);
	x = 1 + screen_put(r->status, 0, 1, screen_cols() - 2, s->backward ? "?" : "/",
	    1, a);
	x += screen_put_file(r->status, 0, x, screen_cols() - 1 - x, text, a);
	screen_put(r->status, 0, x, screen_cols() - 1 - x, count, strlen(count), a | A_DIM);
	if (r->linear)		/* the cursor where the typing is */
		screen_cursor(r->status, 0, x < screen_cols() ? x : screen_cols() - 1);
	screen_show(r->status);
}

static void
search_ui_remember(struct search_ui *s, const char *q)
{
	if (s->n_hist > 0 && strcmp(s->hist[s->n_hist - 1], q) == 0)
		return;
	if (s->n_hist == SEARCH_UI_HISTORY) {
		free(s->hist[0]);
		memmove(s->hist, s->hist + 1, (SEARCH_UI_HISTORY - 1) * sizeof *s->hist);
		s->n_hist--;
	}
	s->hist[s->n_hist++] = xstrdup(q);
}

/* Drop the last character of sb. */
static void
search_ui_backspace(struct strbuf *sb)
{
	const uint8_t *start = (const uint8_t *)sb->s, *p;
	ucs4_t c;

	if (sb->len == 0)
		return;
	p = u8_prev(&c, start + sb->len, start);
	strbuf_truncate(sb, p != NULL ? (size_t)(p - start) : sb->len - 1);
}

/* The text a key types, or NULL for a key that types nothing. */
static const char *
search_ui_typed(const struct input_event *ev)
{
	ucs4_t c;
	size_t len = strlen(ev->name);

	if (ev->kind != INPUT_KEY || len == 0)
		return NULL;
	if (strcmp(ev->name, "Space") == 0)
		return " ";
	if (strcmp(ev->name, "Hash") == 0)
		return "#";
	if (u8_mbtouc(&c, (const uint8_t *)ev->name, len) != (int)len || c < 0x20)
		return NULL;
	return ev->name;
}

/* One key in the prompt: 1 to go on, 0 when accepted, -1 when cancelled. */
static int
search_ui_key(struct reader *r, struct strbuf *sb, const struct input_event *ev,
    size_t *hist, const char *const *prompts, int *which)
{
	struct search_ui *s = r->search;
	const char *t;

	if (input_leaves(ev) ||
	    strcmp(ev->name, "Esc") == 0 || strcmp(ev->name, "C-g") == 0)
		return -1;
	if (ev->kind == INPUT_RESIZE)
		compose_layout(r);
	else if (strcmp(ev->name, "Enter") == 0)
		return 0;
	else if (strcmp(ev->name, "Backspace") == 0 || strcmp(ev->name, "C-h") == 0)
		search_ui_backspace(sb);
	else if (strcmp(ev->name, "C-u") == 0)
		strbuf_truncate(sb, 0);
	else if (strcmp(ev->name, "C-t") == 0)
		s->literal = !s->literal;
	else if (strcmp(ev->name, "Tab") == 0 && which != NULL)
		*which = prompts[*which + 1] != NULL ? *which + 1 : 0;
	else if ((strcmp(ev->name, "Up") == 0 && *hist > 0) ||
	    (strcmp(ev->name, "Down") == 0 && *hist + 1 < s->n_hist)) {
		*hist += ev->name[0] == 'U' ? (size_t)-1 : 1;
		strbuf_truncate(sb, 0);
		strbuf_adds(sb, s->hist[*hist]);
	} else if ((t = search_ui_typed(ev)) != NULL && sb->len < 1024)
		strbuf_adds(sb, t);
	else
		return 1;
	return 1;
}

/* Enter: keep the search (an empty line searches for the last query). */
static void
search_ui_accept(struct reader *r, struct strbuf *sb, struct search_ui_origin *o)
{
	struct search_ui *s = r->search;
	const struct search_ui_origin keep = *o;

	if (sb->len == 0 && s->n_hist > 0) {
		strbuf_adds(sb, s->hist[s->n_hist - 1]);
		search_ui_update(r, sb->s, o);
	}
	if (s->pattern == NULL) {
		search_ui_restore(r, o);
		return;
	}
	search_ui_remember(s, sb->s);
	search_ui_history_save(s);
	free(keep.query);
	search_pattern_free(keep.pattern);
	free(s->query);
	s->query = xstrdup(sb->s);
	search_ui_say_hit(r, "");
}

void
search_ui_start(struct reader *r, int backward)
{
	struct search_ui *s = search_ui_get(r);
	struct search_ui_origin o = { r->btop, r->ablock, r->aoff, s->query,
	    s->pattern };
	struct strbuf sb = STRBUF_INIT;
	struct input_event ev;
	size_t hist = s->n_hist;
	int go;

	if (r->art == NULL) {
		reader_message(r, _("No article open to search"));
		return;
	}
	s->query = NULL;
	s->pattern = NULL;
	s->backward = backward;
	strbuf_adds(&sb, "");
	do {
		search_ui_update(r, sb.s, &o);
		search_ui_prompt_draw(r, sb.s);
		input_read(r->status, &ev);
	} while ((go = search_ui_key(r, &sb, &ev, &hist, NULL, NULL)) == 1);
	if (go < 0)
		search_ui_restore(r, &o);
	else
		search_ui_accept(r, &sb, &o);
	strbuf_free(&sb);
}

/* --- for the archive search ------------------------------------------------------ */

char *
search_ui_read(struct reader *r, const char *const *prompts, int *which)
{
	struct search_ui *s = search_ui_get(r);
	struct strbuf sb = STRBUF_INIT;
	struct input_event ev;
	attr_t a = screen_attr(SR_STATUS);
	size_t hist = s->n_hist;
	const char *prompt, *lit;
	int go, x, zero = 0;

	if (which == NULL)
		which = &zero;
	strbuf_adds(&sb, "");
	do {
		prompt = _(prompts[*which]);
		lit = s->literal ? _("   [literal]") : "";
		compose_draw(r);
		screen_fill(r->status, 0, 0, a);
		x = 1 + screen_put(r->status, 0, 1, screen_cols() - 2, prompt, strlen(prompt), a);
		x += screen_put_file(r->status, 0, x, screen_cols() - 1 - x, sb.s, a);
		screen_put(r->status, 0, x, screen_cols() - 1 - x, lit, strlen(lit), a | A_DIM);
		if (r->linear)	/* the cursor where the typing is */
			screen_cursor(r->status, 0, x < screen_cols() ? x :
			    screen_cols() - 1);
		screen_show(r->status);
		input_read(r->status, &ev);
	} while ((go = search_ui_key(r, &sb, &ev, &hist, prompts,
	    which == &zero ? NULL : which)) == 1);
	if (go < 0 || (sb.len == 0 && s->n_hist == 0)) {
		strbuf_free(&sb);
		return NULL;
	}
	if (sb.len == 0)
		strbuf_adds(&sb, s->hist[s->n_hist - 1]);
	search_ui_remember(s, sb.s);
	search_ui_history_save(s);
	return strbuf_take(&sb);
}

void
search_ui_use(struct reader *r, const char *query, size_t block, size_t start)
{
	struct search_ui *s = search_ui_get(r);
	char *cause = NULL;
	struct search_pattern *sp = search_compile(query, strlen(query),
	    search_ui_flags(r), &cause);
	size_t i;

	free(cause);
	free(s->query);
	s->query = xstrdup(query);
	s->backward = 0;
	search_ui_set(r, sp);
	for (i = 0; i < s->hits.n; i++)
		if (s->hits.v[i].block == block && s->hits.v[i].start == start)
			s->cur = i;
	search_ui_show(r);
	search_ui_say_hit(r, "");
}

/* --- drawing ---------------------------------------------------------------------- */

/* Highlight the part of hit h that run k of line shows. */
static void
search_ui_mark(WINDOW *w, int y, const struct layout_line *ln,
    const struct layout_run *run, const struct search_hit *h, attr_t a)
{
	size_t from, to;
	int x, n;

	if (run->kind != LR_TEXT) {
		screen_restyle(w, y, 1 + run->col, run->cells, a);
		return;
	}
	from = h->start > run->src_start ? h->start - run->src_start : 0;
	to = (h->end < run->src_end ? h->end : run->src_end) - run->src_start;
	x = run->col + screen_width(ln->text + run->disp_start, from);
	n = screen_width(ln->text + run->disp_start + from, to - from);
	if (n > 0)
		screen_restyle(w, y, 1 + x, n, a);
}

void
search_ui_draw(struct reader *r, WINDOW *w, int y, size_t li)
{
	struct search_ui *s = r->search;
	const struct layout_line *ln;
	size_t i, k;

	if (s == NULL || s->pattern == NULL || r->layout == NULL ||
	    li >= r->layout->n_lines)
		return;
	search_ui_refresh(r);
	ln = &r->layout->lines[li];
	for (i = 0; i < s->hits.n; i++) {
		const struct search_hit *h = &s->hits.v[i];

		if (h->block != ln->block || h->end <= ln->src_start ||
		    h->start >= ln->src_end)
			continue;
		for (k = 0; k < ln->n_runs; k++) {
			const struct layout_run *run = &ln->runs[k];

			if (run->kind != LR_INDENT && run->block == h->block &&
			    run->src_start < h->end && run->src_end > h->start)
				search_ui_mark(w, y, ln, run, h, i == s->cur ?
				    A_REVERSE | A_BOLD | A_UNDERLINE : A_REVERSE);
		}
	}
}
