/* SPDX-License-Identifier: ISC */
/* proof_int.h: what pane_proof.c and proof_notes.c share.  Only they
 * include it. */
#ifndef KANBAO_PROOF_INT_H
#define KANBAO_PROOF_INT_H

#include "flags.h"
#include "notes.h"
#include "reader.h"

struct proof_ui {
	int		 numbers;	/* line numbers beside the body */
	const struct issue *flags_of;	/* the issue flags were found for */
	struct flag_list flags;		/* in issue order */
	/* The flag last jumped to, while the body still shows it there. */
	size_t		 last;		/* index + 1; 0: none */
	const struct article *last_art;
	size_t		 last_block, last_off;	/* the body's anchor then */
	size_t		 flag_block, flag_off;	/* the flag, in the clean text */
	/* The source pane: cells scrolled off to the left, and what cleaning
	 * dropped from the open article's source (srcmap_dropped), one mark
	 * per page byte from marks_start. */
	int		 hscroll;
	const struct article *marks_of;
	unsigned char	*marks;
	size_t		 marks_start, marks_len;
	/* The open page's notes, and the selection a note is made for. */
	const struct page *notes_of;
	struct note_set	 notes;
	const struct page *mark_page;	/* NULL: no selection */
	unsigned long	 mark_line;	/* page line where it starts */
	/* Other pages' notes that could not be saved, for the next try. */
	struct note_set	*unsaved;
	size_t		 n_unsaved, cap_unsaved;
};

#define PROOF_GUTTER	7	/* a space and a six-digit number */

/* proof_state.c */
/* r->proof, made on first use. */
struct proof_ui *proof_get(struct reader *);
/* The page lines the cursor (the body's top line) came from; -1 when none. */
int	proof_cursor_lines(const struct reader *, unsigned long *first,
	    unsigned long *last);
/* Whether the body is still where the last flag jump put it. */
int	proof_at_last(const struct reader *);
/* The body's cursor line: the flag's line after a flag jump, else the
 * top line. */
size_t	proof_cursor_li(const struct reader *);
/* The page byte layout line li starts at; (size_t)-1 when it shows no
 * source (a blank line, a block without a span). */
size_t	proof_line_source(const struct reader *, size_t li);
/* The page line (1-based) of layout line li, 0 when none. */
unsigned long proof_line_number(const struct reader *, size_t li);

/* proof_notes.c */
/* Keep ns (emptied) with the unsaved notes of other pages. */
void	proof_park_notes(struct proof_ui *, struct note_set *ns);
/* The open page's notes, read again when the page changes. */
const struct note_set *proof_notes(struct reader *, const struct page *);
/* The first note on page line l of p, or NULL. */
const struct note *proof_line_note(struct reader *, const struct page *,
	    unsigned long l);
/* The notes of p on page lines [first, last] (page text lines): their
 * indices in *idx (caller frees); how many. */
size_t	proof_notes_on(struct reader *, const struct page *, unsigned long first,
	    unsigned long last, size_t **idx);
void	proof_note_mark(struct reader *);
void	proof_note_add(struct reader *);
/* Edit or delete a note on the cursor's lines (asking which of several). */
void	proof_note_edit(struct reader *);
void	proof_note_delete(struct reader *);
/* Write the open issue's notes to a file asked for: JSON Lines when its
 * name ends in .jsonl, else plain text (core/notes_export.h). */
void	proof_notes_export(struct reader *);
/* Edit the page file in $VISUAL or $EDITOR at the cursor, then read it
 * again. */
void	proof_edit(struct reader *);

#endif
