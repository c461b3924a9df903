/* status.h: the status line and the one-line prompt. */
#ifndef KANBAO_STATUS_H
#define KANBAO_STATUS_H

#include "reader.h"

void	status_draw(struct reader *);
/* Read a line in the status line; NULL when cancelled.  Caller frees. */
char	*status_prompt(struct reader *, const char *prompt);

#endif
