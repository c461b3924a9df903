/* SPDX-License-Identifier: ISC */
/* screen.c: curses set-up and tear-down, signals, colours and where the
 * panes go.
 *
 * Over SSH every byte counts: panes are separate windows refreshed with
 * wnoutrefresh and one doupdate, nothing is cleared per keystroke, and the
 * body is as wide as the screen so curses can scroll it with the terminal's
 * scroll region instead of repainting it. */
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

/* --- signals ---------------------------------------------------------------- */

/* The longest run of a grapheme cluster handed to curses at once. */
#define SCREEN_CLUSTER_MAX	32

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
screen_kiosk_signals(const struct reader *r)
{
	if (reader_restricted(r, KIOSK_INTERRUPT)) {
		signal(SIGINT, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
	}
	if (reader_restricted(r, KIOSK_SUSPEND)) {
		signal(SIGTSTP, SIG_IGN);
		signal(SIGTTIN, SIG_IGN);
		signal(SIGTTOU, SIG_IGN);
	}
}

void
screen_signals(const struct reader *r)
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

		if ((stop[i] == SIGINT || stop[i] == SIGQUIT) &&
		    reader_restricted(r, KIOSK_INTERRUPT))
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
	screen_kiosk_signals(r);
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
	screen_styles[LS_KICKER] = A_BOLD;
	screen_styles[LS_HEADLINE] = A_BOLD;
	screen_styles[LS_SUBHEAD] = A_BOLD;
	screen_styles[LS_BYLINE] = A_DIM;
	screen_styles[LS_DATELINE] = A_DIM;
	screen_styles[LS_SECTION_HEAD] = A_BOLD;
	screen_styles[LS_CREDIT] = A_DIM;
	screen_styles[LS_JUMP] = A_UNDERLINE;
}

/* --linear: no attribute at all, so nothing is read out but the text. */
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
	screen_styles[LS_KICKER] = screen_pair(6, COLOR_CYAN);
	screen_styles[LS_HEADLINE] = screen_pair(7, COLOR_YELLOW) | A_BOLD;
	screen_styles[LS_SUBHEAD] = COLOR_PAIR(7);
	screen_styles[LS_BYLINE] = screen_pair(8, COLOR_GREEN);
	screen_styles[LS_DATELINE] = COLOR_PAIR(8);
	screen_styles[LS_SECTION_HEAD] = screen_pair(9, COLOR_MAGENTA) | A_BOLD;
	screen_styles[LS_CREDIT] = COLOR_PAIR(2);
	screen_styles[LS_JUMP] = screen_pair(10, COLOR_BLUE) | A_UNDERLINE | A_BOLD;
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
screen_init(struct reader *r)
{
	const char *nc = getenv("NO_COLOR");

	if (initscr() == NULL)
		return -1;
	screen_active = 1;
	/* Kiosk mode: ^C ^\ ^Z arrive as keys (the terminal makes no signal). */
	if (reader_restricted(r, KIOSK_INTERRUPT) &&
	    reader_restricted(r, KIOSK_SUSPEND))
		raw();
	else
		cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	set_escdelay(100);
	/* --linear: the cursor shows the line being read (screen readers and
	 * braille displays follow it), and nothing is styled. */
	curs_set(r->linear ? 1 : 0);
	screen_no_flow_control();
	if (r->linear)
		screen_plain();
	else
		screen_mono();
	if (!r->linear && r->conf.colour && (nc == NULL || nc[0] == '\0') &&
	    has_colors())
		screen_colours();
	if (r->conf.mouse) {
		mouseinterval(0);
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	}
	screen_reset_add("sgr0");
	screen_reset_add("rmkx");
	screen_reset_add("rmcup");
	screen_reset_add("cnorm");	/* after rmcup, which may restore modes */
	if (r->conf.mouse && has_mouse())	/* xterm mouse reporting off */
		screen_reset_raw("\033[?1006l\033[?1002l\033[?1000l");
	return 0;
}

void
screen_end(void)
{
	if (!screen_active)
		return;
	screen_active = 0;
	if (screen_reset_len > 0)	/* mouse reporting off too, if it was on */
		mousemask(0, NULL);
	endwin();
}

/* --- where the panes go ----------------------------------------------------------- */

static void
screen_place(struct pane *p, int y, int x, int h, int w)
{
	p->y = y;
	p->x = x;
	p->h = h;
	p->w = w;
	if (p->win != NULL)
		delwin(p->win);
	p->win = h > 0 && w > 0 ? newwin(h, w, y, x) : NULL;
	if (p->win != NULL)
		keypad(p->win, TRUE);
}

/* Rows for the lists above the body: about two fifths of the screen. */
static int
screen_list_rows(int rows)
{
	int n = rows * 2 / 5;

	return n < 4 ? 4 : n;
}

/* >= 100 columns: issues | articles on top, the body full width below.
 * >= 40x10: one list (issues when they have the focus, else articles) on top.
 * smaller: only the focused pane. */
static void
screen_geometry(struct reader *r, int rows, int cols)
{
	struct pane *is = &r->panes[PANE_ISSUES], *ar = &r->panes[PANE_ARTICLES];
	struct pane *bo = &r->panes[PANE_BODY];
	int lr = screen_list_rows(rows), iw;

	/* --linear: one pane at a time, as on a small screen. */
	r->small = r->linear || cols < 40 || rows < 10;
	if (r->small) {
		screen_place(is, 0, 0, r->focus == PANE_ISSUES ? rows : 0, cols);
		screen_place(ar, 0, 0, r->focus == PANE_ARTICLES ? rows : 0, cols);
		screen_place(bo, 0, 0, r->focus == PANE_BODY ? rows : 0, cols);
	} else if (cols >= 100) {
		iw = cols / 3 > 40 ? 40 : cols / 3;
		screen_place(is, 0, 0, lr, iw);
		screen_place(ar, 0, iw + 1, lr, cols - iw - 1);
		screen_place(bo, lr, 0, rows - lr, cols);
	} else {
		int issues = r->focus == PANE_ISSUES;

		screen_place(is, 0, 0, issues ? lr : 0, cols);
		screen_place(ar, 0, 0, issues ? 0 : lr, cols);
		screen_place(bo, lr, 0, rows - lr, cols);
	}
}

void
screen_layout(struct reader *r)
{
	int rows = LINES - 1;

	erase();	/* the separator column and anything left over */
	wnoutrefresh(stdscr);
	screen_geometry(r, rows < 1 ? 1 : rows, COLS);
	if (r->status != NULL)
		delwin(r->status);
	r->status = newwin(1, COLS, LINES - 1, 0);
	if (r->status)
		keypad(r->status, TRUE);	/* keys are read here: decode arrows */
	if (r->panes[PANE_BODY].win != NULL)
		idlok(r->panes[PANE_BODY].win, r->linear ? FALSE : TRUE);
	if (r->overlay != OVERLAY_NONE)
		help_open(r, r->overlay);
	pane_body_relayout(r);
}

/* The column between side-by-side lists. */
static void
screen_separator(struct reader *r)
{
	const struct pane *is = &r->panes[PANE_ISSUES], *ar = &r->panes[PANE_ARTICLES];

	if (is->win == NULL || ar->win == NULL || ar->x != is->x + is->w + 1)
		return;
	/* Box drawing is ambiguous-width: a terminal that makes it wide gets '|'. */
	mvwvline(stdscr, is->y, is->w, termwidth_get() == AMBIGUOUS_WIDE ? '|' :
	    ACS_VLINE, is->h);
	wnoutrefresh(stdscr);
}

/* --linear: the terminal's cursor on the line being read: the selected
 * row of a list, the top line of the body, the first line of the help;
 * its window refreshed last so that doupdate leaves the cursor there. */
static void
screen_linear_cursor(struct reader *r)
{
	struct pane *p = &r->panes[r->focus];
	size_t sel = r->focus == PANE_ISSUES ? r->isel : r->asel;
	int y = 1;

	if (r->overlay != OVERLAY_NONE) {
		wmove(r->ov_win, 1, 1);
		wnoutrefresh(r->ov_win);
		return;
	}
	if (p->win == NULL)
		return;
	if (r->focus != PANE_BODY && sel >= p->top)
		y = 1 + (int)(sel - p->top);
	if (y >= p->h)
		y = p->h - 1;
	wmove(p->win, y, 1);
	wnoutrefresh(p->win);
}

void
screen_draw(struct reader *r)
{
	int i;

	if (r->overlay != OVERLAY_NONE)
		help_draw(r);
	else {
		screen_separator(r);
		for (i = 0; i < PANE__COUNT; i++) {
			struct pane *p = &r->panes[i];

			if (p->win == NULL)
				continue;
			p->ops->draw(r, p);
			/* --linear: whole lines, never the few cells that
			 * changed, so what reads the output reads lines. */
			if (r->linear)
				redrawwin(p->win);
			wnoutrefresh(p->win);
		}
	}
	status_draw(r);
	wnoutrefresh(r->status);
	if (r->linear)
		screen_linear_cursor(r);
	doupdate();
}

/* --- text ----------------------------------------------------------------------- */

int
screen_width(const char *s, size_t len)
{
	return width_text(s, len, termwidth_get());
}

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

void
screen_fill(WINDOW *w, int y, int x, attr_t attr)
{
	int cols = getmaxx(w);

	if (x >= cols)
		return;
	wattrset(w, attr);
	mvwhline(w, y, x, ' ', cols - x);
	wattrset(w, A_NORMAL);
}
