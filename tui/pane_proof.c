/* pane_proof.c: proofreading in the reader.
 *
 * The proof view splits the body pane: the clean text above, the open
 * article's source lines below with their line numbers in the page file.
 * The body's top line is the cursor: it is highlighted, and so are the
 * source lines it came from, which the lower part keeps in view.  Line
 * numbers can also be shown beside the clean text alone.  next-flag and
 * prev-flag move through the open issue's flags (core/flags.h), opening the
 * article that holds each and putting it on the cursor line.  Notes and
 * the editor are in proof_notes.c. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "flags.h"
#include "notes.h"
#include "pagetext.h"
#include "proof_int.h"
#include "screen.h"
#include "srcmap.h"
#include "xalloc.h"

#define PROOF_GUTTER	7	/* a space and a six-digit number */

struct proof_ui *
proof_get(struct reader *r)
{
	if (r->proof == NULL)
		r->proof = xcalloc(1, sizeof *r->proof);
	return r->proof;
}

void
proof_free(struct reader *r)
{
	if (r->proof == NULL)
		return;
	flag_list_free(&r->proof->flags);
	note_set_free(&r->proof->notes);
	while (r->proof->n_unsaved > 0)
		note_set_free(&r->proof->unsaved[--r->proof->n_unsaved]);
	free(r->proof->unsaved);
	free(r->proof);
	r->proof = NULL;
}

void
proof_forget(struct reader *r)
{
	if (r->proof == NULL)
		return;
	flag_list_free(&r->proof->flags);
	r->proof->flags_of = NULL;
	r->proof->last = 0;
	r->proof->last_art = NULL;
	if (notes_pending(&r->proof->notes))
		proof_park_notes(r->proof, &r->proof->notes);
	note_set_free(&r->proof->notes);
	r->proof->notes_of = NULL;
	r->proof->mark_page = NULL;
}

/* --- geometry ------------------------------------------------------------------ */

int
proof_rows(const struct reader *r, int body_rows)
{
	if (r->proof == NULL || !r->proof->on || r->art == NULL || body_rows < 6)
		return 0;
	return body_rows / 2;
}

int
proof_gutter(const struct reader *r)
{
	return r->proof != NULL && (r->proof->numbers || r->proof->on) ?
	    PROOF_GUTTER : 0;
}

/* --- clean line <-> source -------------------------------------------------------- */

/* The page byte layout line li starts at; (size_t)-1 when it shows no
 * source (a blank line, a block without a span). */
static size_t
proof_line_source(const struct reader *r, size_t li)
{
	const struct layout_line *ln;
	const struct layout_block *b;

	if (r->layout == NULL || li >= r->layout->n_lines)
		return (size_t)-1;
	ln = &r->layout->lines[li];
	b = &r->doc.blocks[ln->block];
	if (ln->style == LS_BLANK || b->span == NULL || ln->src_start >= b->len)
		return (size_t)-1;
	return srcmap_to_source(&r->art->page->text, b->span, b->text, b->len,
	    ln->src_start);
}

/* The page line (1-based) of layout line li, 0 when none. */
static unsigned long
proof_line_number(const struct reader *r, size_t li)
{
	size_t off = proof_line_source(r, li);

	if (off == (size_t)-1)
		return 0;
	return pagetext_line_of(&r->art->page->text, off);
}

/* The page lines the cursor (top) line came from: [*first, *last]. */
int
proof_cursor_lines(const struct reader *r, unsigned long *first,
    unsigned long *last)
{
	size_t li;

	for (li = r->btop; r->layout && li < r->layout->n_lines; li++)
		if ((*first = proof_line_number(r, li)) != 0)
			break;
	if (r->layout == NULL || li >= r->layout->n_lines)
		return -1;
	*last = *first;
	if (li + 1 < r->layout->n_lines) {
		unsigned long next = proof_line_number(r, li + 1);

		/* The line ends where the next begins (or on its own line). */
		if (next > *first)
			*last = next - 1 > *first ? next - 1 : *first;
	}
	return 0;
}

/* --- drawing -------------------------------------------------------------------- */

void
proof_draw_gutter(struct reader *r, WINDOW *w, int y, int x, size_t li)
{
	unsigned long n;
	char num[24];

	if (proof_gutter(r) == 0 || r->art == NULL)
		return;
	if (proof_line_attr(r, li) != 0)	/* the cursor, blank or not */
		mvwchgat(w, y, 1, x - 2, A_REVERSE, 0, NULL);
	if ((n = proof_line_number(r, li)) == 0)
		return;
	if (li > r->btop && proof_line_number(r, li - 1) == n)
		return;		/* a wrapped line: numbered once */
	snprintf(num, sizeof num, "%6lu", n + r->art->page->line_offset);
	screen_put(w, y, x, PROOF_GUTTER - 1, num, strlen(num), screen_attr(SR_DIM));
}

attr_t
proof_line_attr(const struct reader *r, size_t li)
{
	return r->proof != NULL && r->proof->on && li == r->btop ? A_REVERSE : 0;
}

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

static void
proof_draw_source_line(struct reader *r, WINDOW *w, int y, int width,
    unsigned long l, int cursor)
{
	const struct page *p = r->art->page;
	size_t len;
	const char *s = pagetext_line(&p->text, l, &len);
	attr_t a = cursor ? A_REVERSE : 0;
	char num[24], *text;

	snprintf(num, sizeof num, "%5lu%c", l + p->line_offset,
	    proof_line_flagged(r, p, l) ? '!' : proof_line_note(r, p, l) ? '*' :
	    proof_line_marked(r, p, l) ? '>' : ' ');
	screen_put(w, y, 1, PROOF_GUTTER - 1, num, strlen(num),
	    a | screen_attr(cursor ? SR_NORMAL : SR_DIM));
	text = xstrndup(s ? s : "", s ? len : 0);
	screen_put_file(w, y, PROOF_GUTTER, width - PROOF_GUTTER + 1, text, a);
	if (cursor)
		screen_fill(w, y, getcurx(w), a);
	free(text);
}

void
proof_draw(struct reader *r, struct pane *p, int first_row, int rows)
{
	const struct article *a = r->art;
	unsigned long cf = 0, cl = 0, top, l;
	int i, width = p->w - 2;
	const struct note *note;
	char *title;

	if (rows <= 0 || a == NULL)
		return;
	proof_cursor_lines(r, &cf, &cl);
	note = cf ? proof_line_note(r, a->page, cf) : NULL;
	title = xasprintf("Source: %s, lines %lu-%lu%s%s", a->page->path,
	    a->span.first_line + a->page->line_offset,
	    a->span.last_line + a->page->line_offset,
	    note ? "  Note: " : "", note ? note->text : "");
	wmove(p->win, first_row, 0);
	wclrtoeol(p->win);
	screen_put_file(p->win, first_row, 0, p->w, title, screen_attr(SR_TITLE));
	screen_fill(p->win, first_row, getcurx(p->win), screen_attr(SR_TITLE));
	free(title);
	/* Keep the cursor lines in view, a third of the way down. */
	top = a->span.first_line;
	if (cf > top + (unsigned long)(rows - 1) / 3)
		top = cf - (unsigned long)(rows - 1) / 3;
	for (i = 1; i < rows; i++) {
		l = top + (unsigned long)i - 1;
		wmove(p->win, first_row + i, 0);
		wclrtoeol(p->win);
		if (l > a->span.last_line || l > a->page->text.n_lines)
			continue;
		proof_draw_source_line(r, p->win, first_row + i, width, l,
		    l >= cf && l <= cl && cf != 0);
	}
}

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

/* Whether the body is still where the last flag jump put it. */
static int
proof_at_last(const struct reader *r)
{
	const struct proof_ui *pu = r->proof;

	return pu->last != 0 && pu->last_art == r->art &&
	    pu->last_block == r->ablock && pu->last_off == r->aoff;
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

/* --- actions ---------------------------------------------------------------------- */

int
proof_action(struct reader *r, enum action a, long n)
{
	struct proof_ui *pu;

	switch (a) {
	case ACTION_PROOF_VIEW:
		pu = proof_get(r);
		pu->on = !pu->on;
		if (pu->on)
			proof_find_flags(r);	/* for the '!' marks */
		pane_body_relayout(r);
		reader_message(r, pu->on ? "Proof view: source lines below, "
		    "the top line is the cursor" : "Proof view off");
		break;
	case ACTION_LINE_NUMBERS:
		pu = proof_get(r);
		pu->numbers = !pu->numbers;
		pane_body_relayout(r);
		reader_message(r, pu->numbers ? "Line numbers on" : "Line numbers off");
		break;
	case ACTION_NOTE_MARK: proof_note_mark(r); break;
	case ACTION_NOTE_ADD: proof_note_add(r); break;
	case ACTION_EDIT_SOURCE: proof_edit(r); break;
	case ACTION_NEXT_FLAG: proof_step_flag(r, n); break;
	case ACTION_PREV_FLAG: proof_step_flag(r, -n); break;
	default: return 0;
	}
	return 1;
}
