/* actions.h: everything a key can do, named once.
 *
 * One X-macro list gives the action enum, the names used in keymap files
 * and the help text, so the help screen, the keymap parser and kanbao-keys(5)
 * cannot drift apart (tests/check_keymap.c checks the manual against it).
 * Core only: anyone may include this. */
#ifndef KANBAO_ACTIONS_H
#define KANBAO_ACTIONS_H

#include <stddef.h>

/* X(ENUM, "name", "help text") */
#define KANBAO_ACTIONS(X)						\
	X(SCROLL_DOWN, "scroll-down", "Scroll the body, or move the selection, down a line") \
	X(SCROLL_UP, "scroll-up", "Scroll the body, or move the selection, up a line") \
	X(PAGE_DOWN, "page-down", "Move down a screenful") \
	X(PAGE_UP, "page-up", "Move up a screenful")			\
	X(HALF_PAGE_DOWN, "half-page-down", "Move down half a screenful") \
	X(HALF_PAGE_UP, "half-page-up", "Move up half a screenful")	\
	X(TOP, "top", "Go to the first line or item")			\
	X(BOTTOM, "bottom", "Go to the last line or item")		\
	X(NEXT_ARTICLE, "next-article", "Open the next article of the issue") \
	X(PREV_ARTICLE, "prev-article", "Open the previous article of the issue") \
	X(NEXT_ISSUE, "next-issue", "Open the next (newer) issue")	\
	X(PREV_ISSUE, "prev-issue", "Open the previous (older) issue")	\
	X(FOCUS_NEXT, "focus-next", "Move the focus to the next pane")	\
	X(FOCUS_PREV, "focus-prev", "Move the focus to the previous pane") \
	X(FOCUS_ISSUES, "focus-issues", "Move the focus to the issues") \
	X(FOCUS_ARTICLES, "focus-articles", "Move the focus to the articles") \
	X(FOCUS_BODY, "focus-body", "Move the focus to the article body") \
	X(OPEN, "open", "Open the selected issue or article")		\
	X(FOLLOW_JUMP, "follow-jump", "Follow a jump line to the article's other part") \
	X(BACK, "back", "Go back to where the last jump or open came from") \
	X(JUMP_DATE, "jump-date", "Ask for a date and open the issue of that day") \
	X(SHOW_DIAGNOSTICS, "show-diagnostics", "List the problems found while loading") \
	X(REDRAW, "redraw", "Redraw the whole screen")			\
	X(HELP, "help", "Show the keys and what they do")		\
	X(QUIT, "quit", "Close help or the list shown, else save positions and quit")

enum action {
	ACTION_NONE,
#define KANBAO_ACTION_ENUM(e, n, h) ACTION_##e,
	KANBAO_ACTIONS(KANBAO_ACTION_ENUM)
#undef KANBAO_ACTION_ENUM
	ACTION__COUNT
};

/* "scroll-down"; NULL for ACTION_NONE or out of range. */
const char	*action_name(enum action);
/* One line of help text; NULL for ACTION_NONE or out of range. */
const char	*action_help(enum action);
/* The action with that name, or ACTION_NONE ("none" included). */
enum action	 action_from_name(const char *name);

#endif
