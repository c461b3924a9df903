/* SPDX-License-Identifier: ISC */
/* input.h: key codes from curses -> the key names keymaps use. */
#ifndef KANBAO_INPUT_H
#define KANBAO_INPUT_H

#include <curses.h>
#include <stddef.h>

enum input_kind {
	INPUT_KEY,		/* name is set */
	INPUT_RESIZE,
	INPUT_MOUSE,		/* mouse is set */
	INPUT_SIGNAL,		/* another signal interrupted the wait: look again */
	/* The kinds that mean leave (input_leaves): */
	INPUT_STOP,		/* SIGHUP, SIGTERM, SIGINT: from now on, every read */
	INPUT_ERROR,		/* reading the terminal failed (hang-up?) */
	INPUT_IDLE		/* no key for the idle time (input_set_idle) */
};

struct input_event {
	enum input_kind	 kind;
	char		 name[32];
	MEVENT		 mouse;
};

/* Wait for the next key (blocking) on w; with an idle time set, at most
 * that long.  Once a stop signal came it returns INPUT_STOP at once, every
 * time, so whatever loop is reading keys unwinds to the reader's. */
void	input_read(WINDOW *w, struct input_event *);
/* Whether the event means leave the loop that read it (a prompt, a list,
 * a question): a stop signal, a terminal gone or the idle time passed.
 * The one test every loop that reads keys makes. */
int	input_leaves(const struct input_event *);
/* Without waiting: 1 when a key or a stop signal asks a long task (the
 * archive search) to stop, else 0. */
int	input_poll_stop(WINDOW *w);
/* Give up waiting after ms milliseconds without a key (kiosk mode); 0:
 * wait for ever. */
void	input_set_idle(int ms);
/* Whether the idle time passed since the last call (whoever was reading:
 * a prompt gives up, then the reader's loop asks). */
int	input_take_idle(void);
/* The name of a key: is_code says ch is a KEY_* code.  "" when it has
 * none. */
void	input_key_name(int is_code, wint_t ch, char *buf, size_t size);

#endif
