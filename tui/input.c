/* SPDX-License-Identifier: ISC */
/* input.c: key codes from curses -> the key names keymaps use. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include <unistr.h>

#include "input.h"
#include "screen.h"

static const struct {
	int		 code;
	const char	*name;
} input_codes[] = {
	{ KEY_UP, "Up" }, { KEY_DOWN, "Down" }, { KEY_LEFT, "Left" },
	{ KEY_RIGHT, "Right" }, { KEY_PPAGE, "PageUp" }, { KEY_NPAGE, "PageDown" },
	{ KEY_HOME, "Home" }, { KEY_END, "End" }, { KEY_BTAB, "BTab" },
	{ KEY_BACKSPACE, "Backspace" }, { KEY_DC, "Delete" }, { KEY_IC, "Insert" },
	{ KEY_ENTER, "Enter" }, { KEY_FIND, "Home" }, { KEY_SELECT, "End" },
};

static void
input_code_name(int code, char *buf, size_t size)
{
	size_t i;

	if (code >= KEY_F(1) && code <= KEY_F(24)) {
		snprintf(buf, size, "F%d", code - KEY_F0);
		return;
	}
	for (i = 0; i < sizeof input_codes / sizeof input_codes[0]; i++)
		if (input_codes[i].code == code) {
			snprintf(buf, size, "%s", input_codes[i].name);
			return;
		}
	buf[0] = '\0';
}

/* Control characters: C-a .. C-z and C-\ C-] C-^ C-_, with the ones that
 * have their own names. */
static void
input_control_name(wint_t ch, char *buf, size_t size)
{
	switch (ch) {
	case '\t': snprintf(buf, size, "Tab"); return;
	case '\r': snprintf(buf, size, "Enter"); return;
	case 27: snprintf(buf, size, "Esc"); return;
	case 127: snprintf(buf, size, "Backspace"); return;
	case 0: snprintf(buf, size, "C-Space"); return;
	}
	if (ch < 27)
		snprintf(buf, size, "C-%c", (char)('a' + ch - 1));
	else
		snprintf(buf, size, "C-%c", "\\]^_"[ch - 28]);
}

void
input_key_name(int is_code, wint_t ch, char *buf, size_t size)
{
	int k;

	if (is_code) {
		input_code_name((int)ch, buf, size);
		return;
	}
	if (ch < 0x20 || ch == 127) {
		input_control_name(ch, buf, size);
		return;
	}
	if (ch == ' ') {
		snprintf(buf, size, "Space");
		return;
	}
	if (ch == '#') {
		snprintf(buf, size, "Hash");
		return;
	}
	/* Key names are UTF-8 (as keymaps and queries are), whatever the
	 * locale's character set (GB18030): curses decoded the bytes. */
	if (size < 8 || (k = u8_uctomb((uint8_t *)buf, (ucs4_t)ch, (int)size - 1)) <= 0)
		k = 0;
	buf[k] = '\0';
}

/* After Esc: a key that follows at once makes M-key. */
static void
input_meta(WINDOW *w, struct input_event *ev)
{
	wint_t ch;
	int rc;

	wtimeout(w, 0);
	rc = wget_wch(w, &ch);
	wtimeout(w, -1);
	if (rc == ERR) {
		snprintf(ev->name, sizeof ev->name, "Esc");
		return;
	}
	input_key_name(rc == KEY_CODE_YES, ch, ev->name + 2, sizeof ev->name - 2);
	if (ev->name[2] == '\0')
		snprintf(ev->name, sizeof ev->name, "Esc");
	else
		memcpy(ev->name, "M-", 2);
}

static int input_idle_ms;
static int input_idled;

void
input_set_idle(int ms)
{
	input_idle_ms = ms > 0 ? ms : 0;
}

int
input_take_idle(void)
{
	int was = input_idled;

	input_idled = 0;
	return was;
}

static long long
input_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* How long one wait for a key lasts before looking again for a stop
 * signal: a SIGTERM or SIGHUP that lands after the main loop looked and
 * before curses blocks in read() (wget_wch refreshes the screen first)
 * would otherwise wait for the next key.  Waking costs no output. */
#define INPUT_WAKE_MS	250

/* Wait for a key, the idle time out, a stop signal or the terminal gone
 * (a read that returns ERR well before its time out, without EINTR).
 * Returns wget_wch's result, with ev->kind set when it is ERR. */
static int
input_wait(WINDOW *w, wint_t *ch, struct input_event *ev)
{
	long long start = input_now_ms(), slice;
	int rc, wait;

	for (;;) {
		if (screen_stop_signal() != 0) {
			ev->kind = INPUT_STOP;
			return ERR;
		}
		wait = INPUT_WAKE_MS;
		if (input_idle_ms > 0) {
			long long left = input_idle_ms - (input_now_ms() - start);

			if (left <= 0) {
				input_idled = 1;
				ev->kind = INPUT_IDLE;
				return ERR;
			}
			if (left < wait)
				wait = (int)left;
		}
		wtimeout(w, wait);
		errno = 0;
		slice = input_now_ms();
		rc = wget_wch(w, ch);
		wtimeout(w, -1);
		if (rc != ERR)
			return rc;
		if (screen_stop_signal() != 0) {
			ev->kind = INPUT_STOP;
			return ERR;
		}
		if (errno == EINTR) {
			ev->kind = INPUT_SIGNAL;
			return ERR;
		}
		if (input_now_ms() - slice < wait * 9LL / 10) {
			ev->kind = INPUT_ERROR;
			return ERR;
		}
	}
}

void
input_read(WINDOW *w, struct input_event *ev)
{
	wint_t ch;
	int rc;

	memset(ev, 0, sizeof *ev);
	if ((rc = input_wait(w, &ch, ev)) == ERR)
		return;
	if (rc == KEY_CODE_YES && ch == KEY_RESIZE)
		ev->kind = INPUT_RESIZE;
	else if (rc == KEY_CODE_YES && ch == KEY_MOUSE)
		ev->kind = getmouse(&ev->mouse) == OK ? INPUT_MOUSE : INPUT_SIGNAL;
	else if (rc != KEY_CODE_YES && ch == 27)
		input_meta(w, ev);
	else
		input_key_name(rc == KEY_CODE_YES, ch, ev->name, sizeof ev->name);
}

int
input_leaves(const struct input_event *ev)
{
	return ev->kind == INPUT_STOP || ev->kind == INPUT_ERROR ||
	    ev->kind == INPUT_IDLE;
}

int
input_poll_stop(WINDOW *w)
{
	wint_t ch = 0;
	int rc;

	if (screen_stop_signal() != 0)
		return 1;
	wtimeout(w, 0);
	rc = wget_wch(w, &ch);
	wtimeout(w, -1);
	if (screen_stop_signal() != 0)
		return 1;
	return rc != ERR && !(rc == KEY_CODE_YES && ch == KEY_RESIZE);
}
