/* SPDX-License-Identifier: ISC */
/* screen.c: the bottom layer, the one file that sets the terminal up:
 * curses start and end, signals, colours and attributes, windows, and the
 * one way text reaches the screen.  It knows nothing of the reader, its
 * panes or its state (see compose.c for what goes where). */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <unistr.h>

#include "sanitize.h"
#include "screen.h"
#include "width.h"
#include "xalloc.h"

/* Last: it defines macros (lines, columns) other headers use as names. */
#include <term.h>

/* --- signals ---------------------------------------------------------------- */

static volatile sig_atomic_t screen_stop;
static struct termios screen_saved_tio;
static int screen_have_tio;
/* What puts the terminal back (rmcup, cnorm, sgr0 ...), for the crash path. */
static char screen_reset[256];
static size_t screen_reset_len;

static void
screen_on_stop(int sig)
{
	screen_stop = sig;
}

/* A crash: put the terminal back with async-signal-safe calls only, then die
 * of the same signal so the exit status tells the truth. */
static void
screen_on_fatal(int sig)
{
	if (screen_reset_len > 0)
		(void)!write(STDOUT_FILENO, screen_reset, screen_reset_len);
	if (screen_have_tio)
		tcsetattr(STDIN_FILENO, TCSADRAIN, &screen_saved_tio);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Kiosk mode: Ctrl-C, Ctrl-\ and their signals do nothing; Ctrl-Z and
 * SIGTSTP neither (set before initscr, so curses leaves them alone). */
static void
screen_kiosk_signals(int no_interrupt, int no_suspend)
{
	if (no_interrupt) {
		signal(SIGINT, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
	}
	if (no_suspend) {
		signal(SIGTSTP, SIG_IGN);
		signal(SIGTTIN, SIG_IGN);
		signal(SIGTTOU, SIG_IGN);
	}
}

void
screen_signals(int no_interrupt, int no_suspend)
{
	static const int stop[] = { SIGHUP, SIGTERM, SIGINT, SIGQUIT };
	static const int fatal[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = screen_on_stop;	/* no SA_RESTART: getch returns */
	for (i = 0; i < sizeof stop / sizeof stop[0]; i++) {
		struct sigaction old;

		if ((stop[i] == SIGINT || stop[i] == SIGQUIT) && no_interrupt)
			continue;
		/* Under nohup, hang-ups stay ignored; EIO on reading ends us. */
		if (stop[i] == SIGHUP && sigaction(SIGHUP, NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;
		sigaction(stop[i], &sa, NULL);
	}
	sa.sa_handler = screen_on_fatal;
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
		sigaction(fatal[i], &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	screen_kiosk_signals(no_interrupt, no_suspend);
	if (tcgetattr(STDIN_FILENO, &screen_saved_tio) == 0)
		screen_have_tio = 1;
}

int
screen_stop_signal(void)
{
	return screen_stop;
}

static void
screen_reset_raw(const char *s)
{
	size_t n = strlen(s);

	if (screen_reset_len + n < sizeof screen_reset) {
		memcpy(screen_reset + screen_reset_len, s, n);
		screen_reset_len += n;
	}
}

/* Remember a terminfo string for the crash path. */
static void
screen_reset_add(const char *cap)
{
	char *s = tigetstr((char *)cap);

	if (s == NULL || s == (char *)-1)
		return;
	screen_reset_raw(s);
}

/* --- colours ------------------------------------------------------------------ */

#define SCREEN_THEME_PAIR	16	/* the theme's pairs, after the built-in ones */

static attr_t screen_roles[SR__COUNT];
static attr_t screen_styles[LS_BLANK + 1];

static void
screen_mono(void)
{
	screen_roles[SR_NORMAL] = A_NORMAL;
	screen_roles[SR_TITLE] = A_BOLD | A_UNDERLINE;
	screen_roles[SR_TITLE_FOCUS] = A_REVERSE | A_BOLD;
	screen_roles[SR_SELECT] = A_REVERSE;
	screen_roles[SR_SELECT_IDLE] = A_BOLD | A_UNDERLINE;
	screen_roles[SR_GROUP] = A_BOLD;
	screen_roles[SR_MARK] = A_BOLD;
	screen_roles[SR_DIM] = A_DIM;
	screen_roles[SR_STATUS] = A_REVERSE;
	screen_roles[SR_WARN] = A_REVERSE | A_BOLD;
	screen_roles[SR_DROPPED] = A_UNDERLINE | A_BOLD;
	screen_styles[LS_KICKER] = A_BOLD;
	screen_styles[LS_HEADLINE] = A_BOLD;
	screen_styles[LS_SUBHEAD] = A_BOLD;
	screen_styles[LS_BYLINE] = A_DIM;
	screen_styles[LS_DATELINE] = A_DIM;
	screen_styles[LS_SECTION_HEAD] = A_BOLD;
	screen_styles[LS_CREDIT] = A_DIM;
	screen_styles[LS_JUMP] = A_UNDERLINE;
}

/* Linear: no attribute at all, so nothing is read out but the text. */
static void
screen_plain(void)
{
	memset(screen_roles, 0, sizeof screen_roles);
	memset(screen_styles, 0, sizeof screen_styles);
}

/* Pair n: foreground fg on the terminal's own background. */
static attr_t
screen_pair(short n, short fg)
{
	init_pair(n, fg, -1);
	return COLOR_PAIR(n);
}

static void
screen_colours(void)
{
	start_color();
	use_default_colors();
	screen_roles[SR_GROUP] = screen_pair(1, COLOR_BLUE) | A_BOLD;
	screen_roles[SR_MARK] = screen_pair(2, COLOR_CYAN);
	screen_roles[SR_DIM] = screen_pair(3, COLOR_GREEN);
	init_pair(4, COLOR_WHITE, COLOR_BLUE);
	screen_roles[SR_TITLE_FOCUS] = COLOR_PAIR(4) | A_BOLD;
	init_pair(5, COLOR_WHITE, COLOR_RED);
	screen_roles[SR_WARN] = COLOR_PAIR(5) | A_BOLD;
	screen_roles[SR_DROPPED] = screen_pair(11, COLOR_RED) | A_UNDERLINE;
	screen_styles[LS_KICKER] = screen_pair(6, COLOR_CYAN);
	screen_styles[LS_HEADLINE] = screen_pair(7, COLOR_YELLOW) | A_BOLD;
	screen_styles[LS_SUBHEAD] = COLOR_PAIR(7);
	screen_styles[LS_BYLINE] = screen_pair(8, COLOR_GREEN);
	screen_styles[LS_DATELINE] = COLOR_PAIR(8);
	screen_styles[LS_SECTION_HEAD] = screen_pair(9, COLOR_MAGENTA) | A_BOLD;
	screen_styles[LS_CREDIT] = COLOR_PAIR(2);
	screen_styles[LS_JUMP] = screen_pair(10, COLOR_BLUE) | A_UNDERLINE | A_BOLD;
}

/* The config's theme over the defaults: each name set gets its own pair
 * (colour: the terminal has colours and they are wanted), its attributes
 * in any case. */
static void
screen_theme(const struct theme *th, int colour)
{
	static const int roles[] = {
		SR_TITLE, SR_TITLE_FOCUS, SR_SELECT, SR_SELECT_IDLE, SR_GROUP,
		SR_MARK, SR_DIM, SR_STATUS, SR_WARN, SR_DROPPED
	};
	static const enum layout_style styles[] = {
		LS_KICKER, LS_HEADLINE, LS_SUBHEAD, LS_BYLINE, LS_DATELINE,
		LS_SECTION_HEAD, LS_CREDIT, LS_JUMP
	};
	const struct theme_style *ts;
	attr_t a;
	int i, nroles = (int)(sizeof roles / sizeof roles[0]);

	for (i = 0; i < THEME__COUNT; i++) {
		ts = &th->styles[i];
		if (!ts->set)
			continue;
		a = (ts->attrs & THEME_A_BOLD ? A_BOLD : 0) |
		    (ts->attrs & THEME_A_UNDERLINE ? A_UNDERLINE : 0) |
		    (ts->attrs & THEME_A_REVERSE ? A_REVERSE : 0) |
		    (ts->attrs & THEME_A_DIM ? A_DIM : 0);
		if (colour && (ts->fg != THEME_DEFAULT || ts->bg != THEME_DEFAULT) &&
		    ts->fg < COLORS && ts->bg < COLORS &&
		    SCREEN_THEME_PAIR + i < COLOR_PAIRS) {
			init_pair((short)(SCREEN_THEME_PAIR + i), ts->fg, ts->bg);
			a |= COLOR_PAIR(SCREEN_THEME_PAIR + i);
		}
		if (i < nroles)
			screen_roles[roles[i]] = a;
		else
			screen_styles[styles[i - nroles]] = a;
	}
}

attr_t
screen_attr(enum screen_role r)
{
	return screen_roles[r];
}

attr_t
screen_style(enum layout_style s)
{
	return screen_styles[s];
}

/* --- start and end ------------------------------------------------------------- */

static int screen_active;
/* For screen readers and braille displays (--linear): see screen_init. */
static int screen_linear;

/* C-s and C-q are keys to bind, not XOFF/XON (curses keeps this mode). */
static void
screen_no_flow_control(void)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &t) != 0)
		return;
	t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
	if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
		def_prog_mode();
}

int
screen_init(int raw_keys, int colour, const struct theme *theme, int linear)
{
	const char *nc = getenv("NO_COLOR");

	if (initscr() == NULL)
		return -1;
	screen_active = 1;
	/* Kiosk mode: ^C ^\ ^Z arrive as keys (the terminal makes no signal). */
	if (raw_keys)
		raw();
	else
		cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	set_escdelay(100);
	screen_linear = linear;
	/* Linear: the cursor shows the line being read (screen readers and
	 * braille displays follow it), and nothing is styled. */
	curs_set(linear ? 1 : 0);
	screen_no_flow_control();
	if (linear)
		screen_plain();
	else {
		screen_mono();
		colour = colour && (nc == NULL || nc[0] == '\0') && has_colors();
		if (colour)
			screen_colours();
		if (theme != NULL)
			screen_theme(theme, colour);
	}
	screen_reset_add("sgr0");
	screen_reset_add("rmkx");
	screen_reset_add("rmcup");
	screen_reset_add("cnorm");	/* after rmcup, which may restore modes */
	/* xterm mouse reporting off, whether or not it is ever turned on. */
	screen_reset_raw("\033[?1006l\033[?1002l\033[?1000l");
	return 0;
}

int
screen_mouse(int on)
{
	if (!on) {
		mousemask(0, NULL);
		return 0;
	}
	mouseinterval(0);
	return mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED,
	    NULL) != 0 ? 1 : -1;
}

void
screen_end(void)
{
	if (!screen_active)
		return;
	screen_active = 0;
	mousemask(0, NULL);	/* mouse reporting off too, if it was on */
	endwin();
}

/* --- windows ---------------------------------------------------------------------- */

WINDOW *
screen_window(int h, int w, int y, int x)
{
	WINDOW *win = h > 0 && w > 0 ? newwin(h, w, y, x) : NULL;

	if (win != NULL) {
		keypad(win, TRUE);	/* keys may be read here: decode arrows */
		leaveok(win, TRUE);	/* the cursor is hidden: never move it */
	}
	return win;
}

void
screen_window_free(WINDOW *win)
{
	if (win != NULL)
		delwin(win);
}

/* The body scrolls with the terminal's own scrolling (insert/delete line)
 * rather than a repaint; linear: never, lines are written whole. */
void
screen_window_scrolls(WINDOW *win)
{
	if (win != NULL)
		idlok(win, screen_linear ? FALSE : TRUE);
}

void
screen_stage(WINDOW *win)
{
	if (win == NULL)
		return;
	/* Linear: whole lines, never the few cells that changed, so what
	 * reads the output reads lines. */
	if (screen_linear)
		redrawwin(win);
	wnoutrefresh(win);
}

void
screen_cursor(WINDOW *win, int y, int x)
{
	if (win == NULL)
		return;
	/* Staged last, so that doupdate leaves the cursor here. */
	leaveok(win, FALSE);
	wmove(win, y, x);
	wnoutrefresh(win);
}

void
screen_update(void)
{
	doupdate();
}

int
screen_rows(void)
{
	return LINES;
}

int
screen_cols(void)
{
	return COLS;
}

void
screen_show(WINDOW *win)
{
	if (win != NULL)
		wrefresh(win);
}

void
screen_touch(WINDOW *win)
{
	if (win != NULL)
		touchwin(win);
}

void
screen_touch_background(void)
{
	touchwin(stdscr);
}

void
screen_redraw(void)
{
	clearok(curscr, TRUE);
}

void
screen_resize_window(WINDOW *win, int h, int w)
{
	if (win != NULL)
		wresize(win, h, w);
}

void
screen_erase(WINDOW *win)
{
	werase(win);
}

void
screen_clear_eol(WINDOW *win, int y, int x)
{
	wmove(win, y, x);
	wclrtoeol(win);
}

void
screen_restyle(WINDOW *win, int y, int x, int n, attr_t attr)
{
	if (!screen_linear)
		mvwchgat(win, y, x, n, attr, 0, NULL);
}

int
screen_cursor_x(WINDOW *win)
{
	return getcurx(win);
}

int
screen_window_rows(WINDOW *win)
{
	return getmaxy(win);
}

void
screen_flush_input(void)
{
	flushinp();
}

void
screen_suspend(void)
{
	def_prog_mode();
	endwin();
}

void
screen_resume(void)
{
	reset_prog_mode();
	clearok(curscr, TRUE);
}

void
screen_vline(int y, int x, int h)
{
	/* Box drawing is ambiguous-width: a terminal that makes it wide gets
	 * '|'; linear: no line drawing to be read out, a blank column. */
	mvwvline(stdscr, y, x, screen_linear ? ' ' : termwidth_get() ==
	    AMBIGUOUS_WIDE ? '|' : ACS_VLINE, h);
	wnoutrefresh(stdscr);
}

void
screen_clear(void)
{
	erase();
	wnoutrefresh(stdscr);
}

/* --- text ----------------------------------------------------------------------- */

int
screen_width(const char *s, size_t len)
{
	return width_text(s, len, termwidth_get());
}

/* The longest run of a grapheme cluster handed to curses at once. */
#define SCREEN_CLUSTER_MAX	32

/* Add one cluster of UTF-8 as wide characters: curses writes them in the
 * locale's character set, so a GB18030 terminal gets GB18030 (and a UTF-8
 * one UTF-8), whatever the text was decoded from. */
static void
screen_add_cluster(WINDOW *w, const char *s, size_t n)
{
	wchar_t wc[SCREEN_CLUSTER_MAX + 1];
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	int k = 0, len;
	ucs4_t c;

	while (p < end) {
		if ((len = u8_mbtouc(&c, p, (size_t)(end - p))) <= 0)
			len = 1;
		wc[k++] = (wchar_t)c;
		p += len;
		if (k == SCREEN_CLUSTER_MAX || p == end) {
			wc[k] = L'\0';
			waddnwstr(w, wc, k);
			k = 0;
		}
	}
}

/* Draw text known to be safe (sanitize_text's output). */
static int
screen_put_safe(WINDOW *w, int y, int x, int max, const char *s, size_t len,
    attr_t attr)
{
	size_t i = 0, n;
	int used = 0, cw;
	enum ambiguous_width amb = termwidth_get();

	if (screen_linear)	/* no reverse video, colour or bold to read out */
		attr = A_NORMAL;
	wmove(w, y, x);
	wattrset(w, attr);
	while (i < len) {
		n = width_cluster_len(s + i, len - i);
		cw = width_text(s + i, n, amb);
		if (used + cw > max)
			break;
		screen_add_cluster(w, s + i, n);
		used += cw;
		i += n;
	}
	wattrset(w, A_NORMAL);
	return used;
}

int
screen_put(WINDOW *w, int y, int x, int max, const char *s, size_t len,
    attr_t attr)
{
	char *safe = sanitize_text(s, len, 0);
	int used = screen_put_safe(w, y, x, max, safe, strlen(safe), attr);

	free(safe);
	return used;
}

int
screen_put_file(WINDOW *w, int y, int x, int max, const char *s, attr_t attr)
{
	return screen_put(w, y, x, max, s, strlen(s), attr);
}

int
screen_put_cut(WINDOW *w, int y, int x, int max, const char *s, attr_t attr)
{
	/* "…" where the locale's characters reach it; a sign anywhere */
	const char *mark = MB_CUR_MAX > 1 ? "\xe2\x80\xa6" : ">";
	size_t len = strlen(s);
	int used;

	if (max <= 0)
		return 0;
	if (screen_width(s, len) <= max)
		return screen_put(w, y, x, max, s, len, attr);
	used = screen_put(w, y, x, max - 1, s, len, attr);
	return used + screen_put(w, y, x + used, 1, mark, strlen(mark), attr);
}

void
screen_fill(WINDOW *w, int y, int x, attr_t attr)
{
	int cols = getmaxx(w);

	if (x >= cols)
		return;
	if (screen_linear)
		attr = A_NORMAL;
	wattrset(w, attr);
	mvwhline(w, y, x, ' ', cols - x);
	wattrset(w, A_NORMAL);
}

/* --- can the terminal be used ------------------------------------------------ */

enum screen_term_kind
screen_terminal_kind(const char *term)
{
	char *cup;
	int err = 0, cannot;

	if (setupterm((char *)term, STDOUT_FILENO, &err) != OK)
		return SCREEN_TERM_UNKNOWN;
	cup = tigetstr((char *)"cup");
	cannot = cup == NULL || cup == (char *)-1 || tigetflag((char *)"hc") > 0 ||
	    tigetflag((char *)"gn") > 0;
	del_curterm(cur_term);
	return cannot ? SCREEN_TERM_NO_CURSOR : SCREEN_TERM_OK;
}
