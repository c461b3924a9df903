/* help.h: the help and diagnostics lists over the panes. */
#ifndef KANBAO_HELP_H
#define KANBAO_HELP_H

#include "reader.h"

void	help_open(struct reader *, enum overlay);
void	help_close(struct reader *);
void	help_draw(struct reader *);
void	help_action(struct reader *, enum action, long count);

#endif
