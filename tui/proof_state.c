/* SPDX-License-Identifier: ISC */
/* proof_state.c: the proof view's state, and which source lines the
 * body's lines came from (what the body pane, the source pane and the notes
 * all ask). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pagetext.h"
#include "proof.h"
#include "proof_int.h"
#include "screen.h"
#include "srcmap.h"
#include "xalloc.h"

struct proof_ui *
proof_get(struct reader *r)
{
	if (r->proof == NULL)
		r->proof = xcalloc(1, sizeof *r->proof);
	return r->proof;
}

void
proof_park_notes(struct proof_ui *pu, struct note_set *ns)
{
	pu->unsaved = xgrow(pu->unsaved, &pu->cap_unsaved, pu->n_unsaved + 1,
	    sizeof *pu->unsaved);
	pu->unsaved[pu->n_unsaved++] = *ns;
	memset(ns, 0, sizeof *ns);
}

void
proof_free(struct reader *r)
{
	r->proof_on = 0;	/* a kiosk's next patron starts without it */
	if (r->proof == NULL)
		return;
	flag_list_free(&r->proof->flags);
	note_set_free(&r->proof->notes);
	while (r->proof->n_unsaved > 0)
		note_set_free(&r->proof->unsaved[--r->proof->n_unsaved]);
	free(r->proof->unsaved);
	free(r->proof->marks);
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
	if (notes_pending(&r->proof->notes))	/* kept for the next save */
		proof_park_notes(r->proof, &r->proof->notes);
	note_set_free(&r->proof->notes);
	r->proof->notes_of = NULL;
	r->proof->mark_page = NULL;
	r->proof->marks_of = NULL;
}

void
proof_cancel(struct reader *r)
{
	if (r->proof != NULL)
		r->proof->mark_page = NULL;
}

/* --- the gutter ---------------------------------------------------------------- */

int
proof_gutter(const struct reader *r)
{
	return r->proof_on || (r->proof != NULL && r->proof->numbers) ?
	    PROOF_GUTTER : 0;
}

/* --- clean line <-> source -------------------------------------------------------- */

/* The page byte layout line li starts at; (size_t)-1 when it shows no
 * source (a blank line, a block without a span). */
size_t
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
unsigned long
proof_line_number(const struct reader *r, size_t li)
{
	size_t off = proof_line_source(r, li);

	if (off == (size_t)-1)
		return 0;
	return pagetext_line_of(&r->art->page->text, off);
}

int
proof_at_last(const struct reader *r)
{
	const struct proof_ui *pu = r->proof;

	return pu != NULL && pu->last != 0 && pu->last_art == r->art &&
	    pu->last_block == r->ablock && pu->last_off == r->aoff;
}

/* A flag near an article's end cannot be on the top line (the body stops
 * at its last screenful): the cursor is then the flag's own line. */
size_t
proof_cursor_li(const struct reader *r)
{
	size_t line = r->btop;
	int col;

	if (proof_at_last(r) && layout_find(r->layout, r->proof->flag_block,
	    r->proof->flag_off, &line, &col) != 0)
		line = r->btop;
	return line;
}

int
proof_cursor_lines(const struct reader *r, unsigned long *first,
    unsigned long *last)
{
	size_t li;

	for (li = proof_cursor_li(r); r->layout && li < r->layout->n_lines; li++)
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

/* --- the body's gutter -------------------------------------------------------- */

void
proof_draw_gutter(struct reader *r, WINDOW *w, int y, int x, size_t li)
{
	unsigned long n;
	char num[24];

	if (proof_gutter(r) == 0 || r->art == NULL)
		return;
	if (proof_line_attr(r, li) != 0)	/* the cursor, blank or not */
		screen_restyle(w, y, 1, x - 2, A_REVERSE);
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
	return r->proof_on && li == proof_cursor_li(r) ? A_REVERSE : 0;
}

