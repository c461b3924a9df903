/* search_ui.h: searching the open article. */
#ifndef KANBAO_SEARCH_UI_H
#define KANBAO_SEARCH_UI_H

#include "reader.h"

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

#endif
