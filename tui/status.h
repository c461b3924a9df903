/* status.h: the status line and the one-line prompt. */
#ifndef KANBAO_STATUS_H
#define KANBAO_STATUS_H

#include "reader.h"

void	status_draw(struct reader *);
/* Read a line in the status line; NULL when cancelled.  Caller frees. */
char	*status_prompt(struct reader *, const char *prompt);
/* The same with init typed already (to edit it). */
char	*status_prompt_edit(struct reader *, const char *prompt, const char *init);
/* Ask a yes-or-no question: 1 when the next key is y. */
int	status_confirm(struct reader *, const char *question);

#endif
