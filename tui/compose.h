/* compose.h: the compositor: where the panes go, and drawing them all
 * through the pane interface with one update of the terminal. */
#ifndef KANBAO_COMPOSE_H
#define KANBAO_COMPOSE_H

#include "reader.h"

/* Work out where the panes go for LINES x COLS and (re)make their windows. */
void	compose_layout(struct reader *);
/* Draw everything that is shown and update the terminal once. */
void	compose_draw(struct reader *);

#endif
