/* theme.h: the colour of each thing the reader shows, from the config.
 *
 * A setting "colour-NAME = [FG] [on BG] [bold] [underline] [reverse]
 * [dim]" (color- is accepted too) sets one of the names below; a colour
 * is default, black, red, green, yellow, blue, magenta, cyan, white, or a
 * number 0-255.  What is not set keeps the reader's own look.  Core only:
 * the attributes are kanbao's bits, which tui/screen.c turns into curses'. */
#ifndef KANBAO_THEME_H
#define KANBAO_THEME_H

/* X(ENUM, "name", "what it colours") */
#define KANBAO_THEME_NAMES(X)						\
	X(TITLE, "title", "a pane's title row")				\
	X(TITLE_FOCUS, "title-focus", "the focused pane's title row")	\
	X(SELECT, "select", "the selected row of the focused list")	\
	X(SELECT_IDLE, "select-idle", "the selected row of another list") \
	X(GROUP, "group", "a publication or page heading in a list")	\
	X(MARK, "mark", "an article's kind marker, notes under the source") \
	X(DIM, "dim", "bylines and lengths in lists, line numbers")	\
	X(STATUS, "status", "the status line")				\
	X(WARN, "warn", "problems, flagged line numbers")		\
	X(DROPPED, "dropped", "what cleaning dropped, in the proof view") \
	X(KICKER, "kicker", "an article's kicker")			\
	X(HEADLINE, "headline", "headlines")				\
	X(SUBHEAD, "subhead", "subheads and decks")			\
	X(BYLINE, "byline", "bylines")					\
	X(DATELINE, "dateline", "datelines")				\
	X(SECTION_HEAD, "section-head", "section heads in the body")	\
	X(CREDIT, "credit", "photo credits")				\
	X(JUMP, "jump", "jump lines (continued on page ...)")

enum theme_name {
#define KANBAO_THEME_ENUM(e, n, h) THEME_##e,
	KANBAO_THEME_NAMES(KANBAO_THEME_ENUM)
#undef KANBAO_THEME_ENUM
	THEME__COUNT
};

enum {
	THEME_A_BOLD = 1,
	THEME_A_UNDERLINE = 2,
	THEME_A_REVERSE = 4,
	THEME_A_DIM = 8
};

#define THEME_DEFAULT	-1	/* the terminal's own colour */

struct theme_style {
	int		 set;		/* 1: the config set it */
	short		 fg, bg;	/* 0-255 or THEME_DEFAULT */
	unsigned	 attrs;		/* THEME_A_BOLD ... */
};

struct theme {
	struct theme_style styles[THEME__COUNT];
};

/* "headline"; NULL out of range. */
const char *theme_name(enum theme_name);
/* The name's index, or -1. */
int	theme_lookup(const char *name);
/* Set name from value ("yellow on blue bold"): NULL, or what is wrong. */
const char *theme_set(struct theme *, const char *name, const char *value);

#endif
