/* pane_bookmarks.h: the bookmarks list (shown in the articles pane's
 * place) and the bookmark actions. */
#ifndef KANBAO_PANE_BOOKMARKS_H
#define KANBAO_PANE_BOOKMARKS_H

#include "reader.h"

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

#endif
