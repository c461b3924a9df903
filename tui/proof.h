/* SPDX-License-Identifier: ISC */
/* proof.h: the proof view, line numbers, flag jumping and notes
 * (pane_proof.c, proof_state.c, proof_notes.c). */
#ifndef KANBAO_PROOF_H
#define KANBAO_PROOF_H

#include "reader.h"

/* proof-view, line-numbers, next-flag, prev-flag, note-mark, note-add,
 * edit-source; 1 when it was one. */
int	proof_action(struct reader *, enum action, long count);
/* The source pane: the open article's source lines, numbered, beside or
 * under the body (compose.c says where). */
extern const struct pane_ops pane_source_ops;
/* Cells before the body text for line numbers (0: none). */
int	proof_gutter(const struct reader *);
/* The line number of layout line li, drawn at (y, x) of w: in a margin
 * right of the text, so the text's columns stay where they are. */
void	proof_draw_gutter(struct reader *, WINDOW *w, int y, int x, size_t li);
/* Extra attributes for layout line li (the cursor line). */
attr_t	proof_line_attr(const struct reader *, size_t li);
void	proof_free(struct reader *);
/* Forget the note selection being made. */
void	proof_cancel(struct reader *);
/* Let go of everything that points into the archive (before it is read
 * again); notes on disk stay. */
void	proof_forget(struct reader *);
/* Save the notes not saved yet (every page's); 0 when none are left, else
 * -1 and *cause (may be NULL; caller frees). */
int	proof_save_notes(struct reader *, char **cause);

#endif
