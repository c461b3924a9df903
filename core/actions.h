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
	X(SEARCH_FORWARD, "search-forward", "Search the article forward as you type (C-t: literal); Esc goes back") \
	X(SEARCH_BACKWARD, "search-backward", "Search the article backward as you type; Esc goes back") \
	X(SEARCH_NEXT, "search-next", "Go to the next hit of the search, or with none open the next article") \
	X(SEARCH_PREV, "search-prev", "Go to the previous hit of the search") \
	X(SEARCH_ARCHIVE, "search-archive", "Search the archive (Tab: publication, issue, dates; C-t: literal), newest first") \
	X(BOOKMARK_ADD, "bookmark-add", "Bookmark the place being read, asking for a note") \
	X(BOOKMARK_QUICK_SET, "bookmark-quick-set", "Make the place being read the quick mark of the letter typed next") \
	X(BOOKMARK_QUICK_JUMP, "bookmark-quick-jump", "Go to the quick mark of the letter typed next") \
	X(BOOKMARKS_PANE, "bookmarks-pane", "Show or hide the list of bookmarks") \
	X(BOOKMARK_RENAME, "bookmark-rename", "Give the selected bookmark a new note, or a letter as a quick mark") \
	X(BOOKMARK_DELETE, "bookmark-delete", "Delete the selected bookmark, after asking") \
	X(PROOF_VIEW, "proof-view", "Show or hide the source lines beside or under the clean text") \
	X(SCROLL_LEFT, "scroll-left", "Scroll the proof view's source lines left") \
	X(SCROLL_RIGHT, "scroll-right", "Scroll the proof view's source lines right") \
	X(LINE_NUMBERS, "line-numbers", "Show or hide the source line numbers beside the text") \
	X(NEXT_FLAG, "next-flag", "Go to the next suspicious text flagged in the issue") \
	X(PREV_FLAG, "prev-flag", "Go to the previous suspicious text flagged in the issue") \
	X(NOTE_MARK, "note-mark", "Start or clear a selection of source lines for a note") \
	X(NOTE_ADD, "note-add", "Attach a note to the selected source lines, asked for") \
	X(NOTE_EDIT, "note-edit", "Change the text of a note on the cursor's source lines") \
	X(NOTE_DELETE, "note-delete", "Delete a note on the cursor's source lines, after asking") \
	X(NOTES_EXPORT, "notes-export", "Write the open issue's notes to a file, as JSON Lines or plain text") \
	X(EDIT_SOURCE, "edit-source", "Edit the page file at the cursor line, then read it again") \
	X(SHOW_DIAGNOSTICS, "show-diagnostics", "List the problems found while loading") \
	X(MESSAGE_LOG, "message-log", "Show the status line's messages of this session, whole") \
	X(MOUSE, "mouse", "Turn mouse clicks and the wheel on or off (off: the terminal's own selection)") \
	X(CANCEL, "cancel", "Cancel: forget the count typed and the selection, close the list shown") \
	X(REDRAW, "redraw", "Redraw the whole screen")			\
	X(HELP, "help", "Show the keys and what they do")		\
	X(END_SESSION, "end-session", "Forget the session's searches, bookmarks and places (kiosk mode)") \
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
