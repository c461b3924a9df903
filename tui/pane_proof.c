/* pane_proof.c: proofreading in the reader.
 *
 * The proof view shows the source pane with the body: the open article's
 * source lines with their line numbers in the page file, beside the clean
 * text on a wide screen and under it on a narrow one (compose.c places
 * it).  The body's top line is the cursor (after a flag jump, the flag's
 * line): it is reversed, and so are the source lines it came from, which
 * the source pane keeps in view.  What cleaning dropped from the source
 * (artefact spaces, doubled glyphs, joined hyphens: core/srcmap.h) is
 * marked there; long lines scroll sideways.  Line numbers can also be
 * shown beside the clean text alone.  next-flag and
 * prev-flag move through the open issue's flags (core/flags.h), opening the
 * article that holds each and putting it on the cursor line.  Notes and
 * the editor are in proof_notes.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "compose.h"
#include "flags.h"
#include "message.h"
#include "nav.h"
#include "notes.h"
#include "pagetext.h"
#include "pane.h"
#include "proof.h"
#include "proof_int.h"
#include "screen.h"
#include "srcmap.h"
#include "width.h"
#include "xalloc.h"

#define PROOF_HSCROLL_MAX	4000	/* cells: longer source lines end there */

/* --- drawing -------------------------------------------------------------------- */

/* Whether a flag of the open issue starts on page line l of p. */
static int
proof_line_flagged(const struct reader *r, const struct page *p, unsigned long l)
{
	size_t i;

	if (r->proof->flags_of != r->issue)
		return 0;
	for (i = 0; i < r->proof->flags.n; i++)
		if (r->proof->flags.items[i].page == p &&
		    r->proof->flags.items[i].span.first_line == l)
			return 1;
	return 0;
}

/* Whether line l of p is in the selection being made. */
static int
proof_line_marked(const struct reader *r, const struct page *p, unsigned long l)
{
	unsigned long cf = 0, cl = 0, lo, hi;

	if (r->proof->mark_page != p || proof_cursor_lines(r, &cf, &cl) != 0)
		return 0;
	lo = r->proof->mark_line < cf ? r->proof->mark_line : cf;
	hi = r->proof->mark_line > cl ? r->proof->mark_line : cl;
	return l >= lo && l <= hi;
}

/* What cleaning dropped from the open article's source, made once per
 * article; NULL when there is nothing to mark. */
static const unsigned char *
proof_marks(struct reader *r, size_t *start, size_t *len)
{
	struct proof_ui *pu = proof_get(r);
	const struct page_text *pt = &r->art->page->text;
	size_t b, s, e;

	if (pu->marks_of != r->art) {
		free(pu->marks);
		pu->marks = NULL;
		pu->marks_of = r->art;
		pu->marks_start = r->art->span.byte_start;
		e = r->art->span.byte_end < pt->len ? r->art->span.byte_end : pt->len;
		pu->marks_len = e > pu->marks_start ? e - pu->marks_start : 0;
		pu->marks = xcalloc(pu->marks_len + 1, 1);
		for (b = 0; b < r->doc.n_blocks; b++) {
			const struct layout_block *lb = &r->doc.blocks[b];

			if (lb->span == NULL || lb->text == NULL)
				continue;
			s = lb->span->byte_start;
			e = lb->span->byte_end < pt->len ? lb->span->byte_end : pt->len;
			if (s < pu->marks_start || e > pu->marks_start + pu->marks_len ||
			    s >= e)
				continue;
			srcmap_dropped(pt->text + s, e - s, lb->text, lb->len,
			    pu->marks + (s - pu->marks_start));
		}
	}
	*start = pu->marks_start;
	*len = pu->marks_len;
	return pu->marks;
}

/* The mark of page byte off (SRCMAP_KEPT outside the article). */
static unsigned char
proof_mark_at(const unsigned char *m, size_t start, size_t len, size_t off)
{
	return m != NULL && off >= start && off < start + len ? m[off - start] :
	    SRCMAP_KEPT;
}

/* The text of a source line from cell pu->hscroll on, in at most width
 * cells: what cleaning dropped marked (a dropped space as a middle dot), a
 * '>' in the last cell when the line goes on. */
static void
proof_draw_source_text(struct reader *r, WINDOW *w, int y, int x, int width,
    const char *s, size_t len, attr_t a)
{
	const struct page *p = r->art->page;
	size_t mstart, mlen, i = 0, n;
	const unsigned char *m = proof_marks(r, &mstart, &mlen);
	size_t base = (size_t)(s - p->text.text);
	int col = 0, used = 0, cw, skip = r->proof->hscroll;
	unsigned char mk;
	attr_t drop = screen_attr(SR_DROPPED);
	const char *dot = termwidth_get() == AMBIGUOUS_WIDE ? "_" : "\xC2\xB7";

	while (i < len) {
		n = width_cluster_len(s + i, len - i);
		cw = screen_width(s + i, n);
		if (col < skip) {	/* scrolled off to the left */
			col += cw;
			i += n;
			continue;
		}
		if (used + cw > width - 1 && i + n < len) {
			screen_put(w, y, x + used, 1, ">", 1, screen_attr(SR_DIM) | a);
			used++;
			break;
		}
		if (used + cw > width)
			break;
		mk = proof_mark_at(m, mstart, mlen, base + i);
		if (mk == SRCMAP_DROPPED_SPACE && cw == 1)
			screen_put(w, y, x + used, 1, dot, strlen(dot), drop | a);
		else
			screen_put(w, y, x + used, cw, s + i, n,
			    mk == SRCMAP_DROPPED_GLYPH ? drop | a : a);
		used += cw;
		col += cw;
		i += n;
	}
	if (a != 0)
		screen_fill(w, y, x + used, a);
}

/* One source line at row y: its number, a mark ('!' a flag starts here,
 * '*' a note, '>' the selection) and its text.  The cursor's lines are
 * reversed; a flag's number stands out. */
static void
proof_draw_source_line(struct reader *r, WINDOW *w, int y, int width,
    unsigned long l, int cursor)
{
	const struct page *p = r->art->page;
	size_t len;
	const char *s = pagetext_line(&p->text, l, &len);
	attr_t a = cursor ? A_REVERSE : 0;
	int flagged = proof_line_flagged(r, p, l);
	char num[24];

	snprintf(num, sizeof num, "%5lu%c", l + p->line_offset,
	    flagged ? '!' : proof_line_note(r, p, l) ? '*' :
	    proof_line_marked(r, p, l) ? '>' : ' ');
	screen_fill(w, y, 0, A_NORMAL);
	screen_put(w, y, 1, PROOF_GUTTER - 1, num, strlen(num),
	    flagged ? screen_attr(SR_WARN) : a | screen_attr(cursor ? SR_NORMAL : SR_DIM));
	proof_draw_source_text(r, w, y, PROOF_GUTTER, width - PROOF_GUTTER + 1,
	    s ? s : "", s ? len : 0, a);
}

/* The first source line shown: the cursor's lines in view, a third of
 * the way down, all of them when they fit. */
static unsigned long
proof_source_top(const struct article *a, unsigned long cf, unsigned long cl,
    int rows)
{
	unsigned long top = a->span.first_line, third = (unsigned long)rows / 3;

	if (cf == 0 || rows <= 0)
		return top;
	if (cf > top + third)
		top = cf - third;
	if (cl >= top + (unsigned long)rows)	/* a long cursor: its end too */
		top = cl - (unsigned long)rows + 1 > cf ? cf : cl - (unsigned long)rows + 1;
	return top;
}

static void
proof_source_title(struct reader *r, struct pane *p)
{
	const struct article *a = r->art;
	char *title, col[32] = "";

	if (r->proof->hscroll > 0)
		snprintf(col, sizeof col, " from column %d", r->proof->hscroll + 1);
	/* The file last, the least needed on a narrow pane; kiosk mode shows
	 * none: it says where the archive is. */
	title = xasprintf("Source lines %lu-%lu%s%s%s",
	    a->span.first_line + a->page->line_offset,
	    a->span.last_line + a->page->line_offset, col,
	    reader_restricted(r, KIOSK_PATHS) ? "" : " of ",
	    reader_restricted(r, KIOSK_PATHS) ? "" : a->page->path);
	pane_title(r, p, title);
	free(title);
}

/* The notes on the cursor's lines, at the foot of the source pane from
 * row y: every one, a row each ("Note 2/3, lines 11-13: text"), as many
 * as the rows allow and then how many more; one too long for its row is
 * cut with a sign (note-edit shows it whole). */
static void
proof_draw_notes(struct reader *r, struct pane *p, int y, size_t *idx, size_t n)
{
	const struct note_set *ns = proof_notes(r, r->art->page);
	attr_t a = screen_attr(SR_MARK);
	size_t k;
	int x;
	char *head;

	for (k = 0; k < n && y < p->h; k++, y++) {
		const struct note *nt = &ns->items[idx[k]];

		screen_fill(p->win, y, 0, A_NORMAL);
		if (y == p->h - 1 && k + 1 < n) {
			head = xasprintf("... %zu more notes on these lines "
			    "(note-edit and note-delete ask which)", n - k);
			screen_put_file(p->win, y, 1, p->w - 2, head, a);
			free(head);
			return;
		}
		if (n > 1)
			head = xasprintf("Note %zu/%zu, lines %lu-%lu: ", k + 1, n,
			    nt->first_line, nt->last_line);
		else
			head = xasprintf("Note, lines %lu-%lu: ", nt->first_line,
			    nt->last_line);
		x = 1 + screen_put_file(p->win, y, 1, p->w - 2, head, a | A_BOLD);
		free(head);
		if (screen_width(nt->text, strlen(nt->text)) <= p->w - 1 - x)
			screen_put_file(p->win, y, x, p->w - 1 - x, nt->text, a);
		else if (p->w - 1 - x > 6) {
			x += screen_put_file(p->win, y, x, p->w - 1 - x - 4, nt->text, a);
			screen_put(p->win, y, x, 4, " ...", 4, a | A_BOLD);
		}
	}
}

static void
proof_source_draw(struct reader *r, struct pane *p)
{
	const struct article *a = r->art;
	unsigned long cf = 0, cl = 0, top, l;
	int i, rows = p->h - 1, nrows;
	size_t *idx = NULL, n;

	if (a == NULL) {
		pane_title(r, p, "Source");
		for (i = 1; i < p->h; i++)
			screen_fill(p->win, i, 0, A_NORMAL);
		return;
	}
	proof_get(r);
	if (proof_cursor_lines(r, &cf, &cl) != 0)
		cf = cl = 0;
	proof_source_title(r, p);
	/* The cursor's notes take the foot: up to a third of the rows. */
	n = cf ? proof_notes_on(r, a->page, cf, cl, &idx) : 0;
	nrows = (int)n < rows / 3 ? (int)n : rows / 3;
	if (n > 0 && nrows < 1)
		nrows = 1;
	rows -= nrows;
	top = proof_source_top(a, cf, cl, rows);
	for (i = 0; i < rows; i++) {
		l = top + (unsigned long)i;
		if (l > a->span.last_line || l > a->page->text.n_lines) {
			screen_fill(p->win, i + 1, 0, A_NORMAL);
			continue;
		}
		proof_draw_source_line(r, p->win, i + 1, p->w - 1, l,
		    l >= cf && l <= cl && cf != 0);
	}
	if (n > 0)
		proof_draw_notes(r, p, rows + 1, idx, n);
	free(idx);
}

static int
proof_source_action(struct reader *r, struct pane *p, enum action a, long count)
{
	return 0;	/* never focused: the body's keys move both */
}

static void
proof_source_click(struct reader *r, struct pane *p, int y)
{
}

const struct pane_ops pane_source_ops = {
	"source", proof_source_draw, proof_source_action, proof_source_click
};

/* --- flags ------------------------------------------------------------------------ */

static void
proof_find_flags(struct reader *r)
{
	struct proof_ui *pu = proof_get(r);

	if (pu->flags_of == r->issue)
		return;
	flag_list_free(&pu->flags);
	pu->last = 0;
	pu->flags_of = r->issue;
	if (r->issue != NULL)
		flags_issue(r->issue, r->conf.flags, &pu->flags);
}

/* The article a flag is shown with: its own, else the page's next one,
 * else the page's last; NULL on a page without articles. */
static const struct article *
proof_flag_article(const struct flag *f)
{
	const struct page *p = f->page;
	size_t i;

	if (f->article != NULL)
		return f->article;
	for (i = 0; i < p->n_articles; i++)
		if (p->articles[i].span.byte_start > f->span.byte_start)
			return &p->articles[i];
	return p->n_articles ? &p->articles[p->n_articles - 1] : NULL;
}

/* Where the cursor is, as (page index, byte) in the issue. */
static void
proof_here(const struct reader *r, size_t *page, size_t *byte)
{
	size_t li, off = (size_t)-1;

	*page = 0;
	*byte = 0;
	if (r->art == NULL)
		return;
	*page = (size_t)(r->art->page - r->issue->pages);
	for (li = r->btop; r->layout && li < r->layout->n_lines && off == (size_t)-1; li++)
		off = proof_line_source(r, li);
	*byte = off == (size_t)-1 ? r->art->span.byte_start : off;
}

static size_t
proof_flag_page(const struct reader *r, const struct flag *f)
{
	return (size_t)(f->page - r->issue->pages);
}

/* The flag n steps from the cursor (n > 0 on, n < 0 back), as index + 1;
 * 0 when there is none that far. */
static size_t
proof_flag_step(const struct reader *r, long n)
{
	const struct proof_ui *pu = r->proof;
	size_t pg, byte, i, k;

	if (proof_at_last(r))
		k = pu->last - 1;	/* still where the last jump put us */
	else {
		proof_here(r, &pg, &byte);
		for (i = 0; i < pu->flags.n; i++) {
			size_t fp = proof_flag_page(r, &pu->flags.items[i]);

			if (fp > pg || (fp == pg && pu->flags.items[i].span.byte_start >= byte))
				break;
		}
		/* i: the first flag at or after the cursor. */
		if (n > 0) {
			if (i + (size_t)n - 1 >= pu->flags.n)
				return 0;
			return i + (size_t)n;
		}
		return (size_t)-n > i ? 0 : i - (size_t)-n + 1;
	}
	if (n > 0)
		return k + (size_t)n < pu->flags.n ? k + (size_t)n + 1 : 0;
	return (size_t)-n > k ? 0 : k - (size_t)-n + 1;
}

/* Open the flag's article with its first character on the cursor line. */
static void
proof_goto_flag(struct reader *r, size_t idx)
{
	struct proof_ui *pu = r->proof;
	const struct flag *f = &pu->flags.items[idx];
	const struct article *a = proof_flag_article(f);
	struct place at = { a, 0, 0 };
	size_t row, b;

	row = reader_article_row(r, a);
	if (a == NULL || row == r->n_arows) {
		reader_message(r, "Flag %zu of %zu is on page %d, outside any article: %s",
		    idx + 1, pu->flags.n, f->page->number, f->reason);
		return;
	}
	/* A run of flag jumps is one step back, to where it started. */
	if (r->art != NULL && !proof_at_last(r))
		reader_push_place(r);
	reader_open_article(r, row, &at);
	for (b = 0; b < r->doc.n_blocks; b++) {
		const struct layout_block *lb = &r->doc.blocks[b];

		if (lb->span && f->span.byte_start >= lb->span->byte_start &&
		    f->span.byte_start < lb->span->byte_end) {
			r->ablock = b;
			r->aoff = srcmap_to_clean(&a->page->text, lb->span, lb->text,
			    lb->len, f->span.byte_start);
			break;
		}
	}
	pu->flag_block = r->ablock;
	pu->flag_off = r->aoff;
	pane_body_relayout(r);
	pane_body_anchor(r);
	pu->last = idx + 1;
	pu->last_art = r->art;
	pu->last_block = r->ablock;
	pu->last_off = r->aoff;
	reader_message(r, "Flag %zu of %zu, line %lu: %s: %s", idx + 1, pu->flags.n,
	    f->span.first_line + f->page->line_offset, flag_kind_name(f->kind),
	    f->reason);
}

static void
proof_step_flag(struct reader *r, long n)
{
	size_t idx;

	if (r->issue == NULL) {
		reader_message(r, "No issue open");
		return;
	}
	proof_find_flags(r);
	if (r->proof->flags.n == 0) {
		reader_message(r, "No flags in this issue");
		return;
	}
	if ((idx = proof_flag_step(r, n)) == 0) {
		reader_message(r, "No %s flag in this issue (%zu in all)",
		    n > 0 ? "later" : "earlier", r->proof->flags.n);
		return;
	}
	proof_goto_flag(r, idx - 1);
}

/* Scroll the source lines n half-widths right (negative: left). */
static void
proof_hscroll(struct reader *r, long n)
{
	struct proof_ui *pu = proof_get(r);
	long step = (r->panes[PANE_SOURCE].w - PROOF_GUTTER) / 2, h;

	if (!r->proof_on) {
		reader_message(r, "%s moves the proof view's source lines (%s)",
		    action_name(n < 0 ? ACTION_SCROLL_LEFT : ACTION_SCROLL_RIGHT),
		    "proof-view shows them");
		return;
	}
	h = pu->hscroll + n * (step > 1 ? step : 1);
	pu->hscroll = h < 0 ? 0 : h > PROOF_HSCROLL_MAX ? PROOF_HSCROLL_MAX : (int)h;
}

/* --- actions ---------------------------------------------------------------------- */

int
proof_action(struct reader *r, enum action a, long n)
{
	struct proof_ui *pu;

	switch (a) {
	case ACTION_PROOF_VIEW:
		pu = proof_get(r);
		r->proof_on = !r->proof_on;
		if (r->proof_on)
			proof_find_flags(r);	/* for the '!' marks */
		pu->hscroll = 0;
		compose_layout(r);
		reader_message(r, !r->proof_on ? "Proof view off" :
		    r->panes[PANE_SOURCE].x > 0 ? "Proof view: source lines "
		    "beside, the cursor line reversed in both" : "Proof view: "
		    "source lines below, the cursor line reversed in both");
		break;
	case ACTION_SCROLL_LEFT: case ACTION_SCROLL_RIGHT:
		proof_hscroll(r, a == ACTION_SCROLL_LEFT ? -n : n);
		break;
	case ACTION_LINE_NUMBERS:
		pu = proof_get(r);
		pu->numbers = !pu->numbers;
		pane_body_relayout(r);
		reader_message(r, pu->numbers ? "Line numbers on" : "Line numbers off");
		break;
	case ACTION_NOTE_MARK: proof_note_mark(r); break;
	case ACTION_NOTE_ADD: proof_note_add(r); break;
	case ACTION_NOTE_EDIT: proof_note_edit(r); break;
	case ACTION_NOTE_DELETE: proof_note_delete(r); break;
	case ACTION_NOTES_EXPORT: proof_notes_export(r); break;
	case ACTION_EDIT_SOURCE: proof_edit(r); break;
	case ACTION_NEXT_FLAG: proof_step_flag(r, n); break;
	case ACTION_PREV_FLAG: proof_step_flag(r, -n); break;
	default: return 0;
	}
	return 1;
}
