/* SPDX-License-Identifier: ISC */
/* screen.h: the bottom layer: curses set-up and tear-down, signals,
 * colours, windows and the one way text reaches the screen.  It knows
 * nothing of the reader; everything above draws through it. */
#ifndef KANBAO_SCREEN_H
#define KANBAO_SCREEN_H

#include <curses.h>
#include <stddef.h>

#include "layout.h"
#include "theme.h"

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
	SR_DROPPED,		/* what cleaning dropped, in the proof view */
	SR__COUNT
};

/* Install the signal handlers; kiosk mode ignores the keyboard's
 * (no_interrupt: ^C ^\, no_suspend: ^Z).  Before screen_init. */
void	screen_signals(int no_interrupt, int no_suspend);
/* The signal that asked us to stop (SIGHUP, SIGTERM, SIGINT), or 0. */
int	screen_stop_signal(void);
/* Start curses (raw_keys: ^C ^\ ^Z arrive as keys; colour: unless
 * NO_COLOR; theme: the config's colours over the defaults, may be NULL;
 * linear: for screen readers and braille displays: the cursor shown, no
 * attributes or colours at all, no line drawing, whole windows written
 * when they change); returns -1 when the terminal cannot be used. */
int	screen_init(int raw_keys, int colour, const struct theme *, int linear);
void	screen_end(void);
/* Mouse reporting on or off: 1 on, 0 off, -1 when the terminal has none. */
int	screen_mouse(int on);

attr_t	screen_attr(enum screen_role);
attr_t	screen_style(enum layout_style);

/* A window of h x w at (y, x) that decodes keys; NULL when empty. */
WINDOW	*screen_window(int h, int w, int y, int x);
void	screen_window_free(WINDOW *);
/* Let curses scroll w with the terminal's insert and delete line. */
void	screen_window_scrolls(WINDOW *);
/* Mark w to go out at the next screen_update (wnoutrefresh). */
void	screen_stage(WINDOW *);
/* Linear: leave the terminal's cursor at (y, x) of w (the line being
 * read) after the next update; call it after staging everything else. */
void	screen_cursor(WINDOW *, int y, int x);
/* Send what changed in the staged windows to the terminal, once. */
void	screen_update(void);
/* Send w's changes to the terminal now (a prompt, a progress line). */
void	screen_show(WINDOW *);
/* Draw all of w again at the next update (after an overlay went). */
void	screen_touch(WINDOW *);
/* The same for the screen behind the windows (the separator column). */
void	screen_touch_background(void);
/* Redraw the whole terminal at the next update (C-l, after a program). */
void	screen_redraw(void);
void	screen_resize_window(WINDOW *, int h, int w);
/* Blank w; blank row y of w from x to its end. */
void	screen_erase(WINDOW *);
void	screen_clear_eol(WINDOW *, int y, int x);
/* Give n cells of row y from x the attributes attr, keeping their text. */
void	screen_restyle(WINDOW *, int y, int x, int n, attr_t);
/* Where the last text drawn in w ended; w's rows. */
int	screen_cursor_x(WINDOW *);
int	screen_window_rows(WINDOW *);
/* Drop the keys typed ahead. */
void	screen_flush_input(void);
/* Give the terminal to another program (an editor) and take it back. */
void	screen_suspend(void);
void	screen_resume(void);
/* The terminal's size. */
int	screen_rows(void);
int	screen_cols(void);
/* A vertical line of h cells at (y, x) of the screen behind the windows. */
void	screen_vline(int y, int x, int h);
/* Blank the screen behind the windows (before they are placed again). */
void	screen_clear(void);

/* Draw UTF-8 text at (y, x), at most max cells; whole grapheme clusters
 * only.  Returns the cells used.  Whatever the caller passes is sanitized
 * here, the one way text reaches the screen, so no title, status, prompt
 * or pane can send a control sequence to the terminal. */
int	screen_put(WINDOW *, int y, int x, int max, const char *s, size_t len,
	    attr_t);
/* The same for a NUL-terminated string (text from a file). */
int	screen_put_file(WINDOW *, int y, int x, int max, const char *s, attr_t);
/* screen_put_file for a title: text wider than max cells ends in a sign
 * that it was cut ("…"), never silently. */
int	screen_put_cut(WINDOW *, int y, int x, int max, const char *s, attr_t);
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

/* What the terminal named TERM can do, from the terminal database (read
 * before curses starts, so a terminal that cannot be used is refused
 * with a message instead of a blank screen). */
enum screen_term_kind {
	SCREEN_TERM_OK,
	SCREEN_TERM_UNKNOWN,	/* not in the terminal database */
	SCREEN_TERM_NO_CURSOR	/* cannot move the cursor (dumb, hard copy) */
};
enum screen_term_kind screen_terminal_kind(const char *term);

#endif
