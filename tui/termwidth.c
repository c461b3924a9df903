/* SPDX-License-Identifier: ISC */
/* termwidth.c: making the terminal, curses and the layout agree on widths.
 *
 * Ambiguous-width characters (“ ” — … ·) take one cell in most terminals
 * and two in many CJK set-ups.  The layout is told which; curses must be
 * told too, or it puts the cursor where the terminal does not.  ncursesw
 * measures with wcwidth(), so this file provides wcwidth() for the whole
 * program: the dynamic linker binds ncursesw's calls to it, and curses then
 * counts exactly the cells the layout counts (width.c).
 *
 * "auto" asks the terminal: print “ at the start of the line and ask where
 * the cursor is (ESC [ 6 n); column 3 means wide.  No answer within a short
 * time means narrow. */
#include "config.h"

#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include "screen.h"
#include "width.h"

static enum ambiguous_width termwidth_mode = AMBIGUOUS_NARROW;

void
termwidth_set(enum ambiguous_width a)
{
	termwidth_mode = a == AMBIGUOUS_WIDE ? AMBIGUOUS_WIDE : AMBIGUOUS_NARROW;
}

enum ambiguous_width
termwidth_get(void)
{
	return termwidth_mode;
}

/* glibc's contract: 0 for NUL, -1 for controls, else the cells. */
int
wcwidth(wchar_t c)
{
	if (c == 0)
		return 0;
	if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c > 0x10ffff)
		return -1;
	return width_char((uint32_t)c, termwidth_mode);
}

/* Read the reply "ESC [ row ; col R" within ms milliseconds; the column, or
 * -1. */
static int
termwidth_reply(int in, int ms)
{
	char buf[32];
	size_t n = 0;
	struct pollfd pfd = { in, POLLIN, 0 };
	char *semi;
	ssize_t got;

	while (n < sizeof buf - 1 && poll(&pfd, 1, ms) > 0) {
		if ((got = read(in, buf + n, 1)) <= 0)
			return -1;
		if (buf[n++] == 'R')
			break;
	}
	buf[n] = '\0';
	if (n < 6 || buf[0] != '\033' || buf[1] != '[' || buf[n - 1] != 'R' ||
	    (semi = strchr(buf, ';')) == NULL)
		return -1;
	return atoi(semi + 1);
}

enum ambiguous_width
termwidth_query(int in, int out)
{
	static const char ask[] = "\r\xe2\x80\x9c\033[6n", erase[] = "\r\033[K";
	struct termios old, raw;
	int col;

	if (!isatty(in) || !isatty(out) || tcgetattr(in, &old) != 0)
		return AMBIGUOUS_NARROW;
	raw = old;
	raw.c_lflag &= ~(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(in, TCSANOW, &raw) != 0)
		return AMBIGUOUS_NARROW;
	col = write(out, ask, sizeof ask - 1) == (ssize_t)(sizeof ask - 1) ?
	    termwidth_reply(in, 500) : -1;
	(void)!write(out, erase, sizeof erase - 1);
	tcsetattr(in, TCSANOW, &old);
	return col == 3 ? AMBIGUOUS_WIDE : AMBIGUOUS_NARROW;
}
