/* SPDX-License-Identifier: ISC */
/* screen.h: curses set-up and tear-down, signals, colours, pane geometry
 * and the one way text reaches the screen.  Only tui/ includes this. */
#ifndef KANBAO_SCREEN_H
#define KANBAO_SCREEN_H

#include <curses.h>
#include <stddef.h>

#include "reader.h"

/* What the screen shows, mapped to colours or, without them, attributes. */
enum screen_role {
	SR_NORMAL,
	SR_TITLE,		/* a pane's title row */
	SR_TITLE_FOCUS,		/* the focused pane's title row */
	SR_SELECT,		/* the selected row of the focused list */
	SR_SELECT_IDLE,		/* the selected row of another list */
	SR_GROUP,		/* a publication or page heading in a list */
	SR_MARK,		/* an article's kind marker */
	SR_DIM,			/* bylines and lengths in lists */
	SR_STATUS,
	SR_WARN,
	SR__COUNT
};

/* Install the signal handlers (kiosk mode: ignore the ones it stops);
 * before screen_init. */
void	screen_signals(const struct reader *);
/* The signal that asked us to stop (SIGHUP, SIGTERM, SIGINT), or 0. */
int	screen_stop_signal(void);
/* Start curses; returns -1 when the terminal cannot be used. */
int	screen_init(struct reader *);
void	screen_end(void);

attr_t	screen_attr(enum screen_role);
attr_t	screen_style(enum layout_style);

/* Work out where the panes go for LINES x COLS and (re)make their windows. */
void	screen_layout(struct reader *);
/* Draw everything that is shown and update the terminal once. */
void	screen_draw(struct reader *);

/* Draw UTF-8 text at (y, x), at most max cells; whole grapheme clusters
 * only.  Returns the cells used.  Whatever the caller passes is sanitized
 * here, the one way text reaches the screen, so no title, status, prompt
 * or pane can send a control sequence to the terminal. */
int	screen_put(WINDOW *, int y, int x, int max, const char *s, size_t len,
	    attr_t);
/* The same for a NUL-terminated string (text from a file). */
int	screen_put_file(WINDOW *, int y, int x, int max, const char *s, attr_t);
/* Cells of safe text. */
int	screen_width(const char *s, size_t len);
/* Fill the rest of row y from x with blanks in attr. */
void	screen_fill(WINDOW *, int y, int x, attr_t);

/* termwidth.c: the terminal's width for ambiguous characters. */
/* Ask the terminal (ESC[6n after printing one); NARROW when it does not
 * answer in time. */
enum ambiguous_width termwidth_query(int in, int out);
/* Make curses measure characters as the layout does. */
void	termwidth_set(enum ambiguous_width);
enum ambiguous_width termwidth_get(void);

#endif
