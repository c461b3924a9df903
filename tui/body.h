/* body.h: the open article laid out for the body pane, and where in it
 * the reader is (no drawing: pane_body.c draws it). */
#ifndef KANBAO_BODY_H
#define KANBAO_BODY_H

#include "reader.h"

/* Rows of text the body pane shows. */
size_t	reader_body_rows(const struct reader *);
/* Cells of text in a body line. */
int	pane_body_width(const struct reader *);
/* The last useful first line. */
size_t	pane_body_max_top(const struct reader *);
/* Relayout the body for the pane width, keeping the first character shown. */
void	pane_body_relayout(struct reader *);
/* Set the anchor from the first line shown. */
void	pane_body_anchor(struct reader *);
/* Move the first line shown by delta (clamped); the anchor follows. */
void	pane_body_move(struct reader *, long delta);

#endif
