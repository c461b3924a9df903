/* SPDX-License-Identifier: ISC */
/* actions.h: everything a key can do, named once.
 *
 * One X-macro list gives the action enum, the names used in keymap files
 * and the help text, so the help screen, the keymap parser and kanbao-keys(5)
 * cannot drift apart (tests/check_keymap.c checks the manual against it).
 * Core only: anyone may include this. */
#ifndef KANBAO_ACTIONS_H
#define KANBAO_ACTIONS_H

#include "i18n.h"

#include <stddef.h>

/* X(ENUM, "name", N_("help text")) */
#define KANBAO_ACTIONS(X)						\
	X(SCROLL_DOWN, "scroll-down", N_("Scroll the body, or move the selection, down a line")) \
	X(SCROLL_UP, "scroll-up", N_("Scroll the body, or move the selection, up a line")) \
	X(PAGE_DOWN, "page-down", N_("Move down a screenful")) \
	X(PAGE_UP, "page-up", N_("Move up a screenful"))			\
	X(HALF_PAGE_DOWN, "half-page-down", N_("Move down half a screenful")) \
	X(HALF_PAGE_UP, "half-page-up", N_("Move up half a screenful"))	\
	X(TOP, "top", N_("Go to the first line or item"))			\
	X(BOTTOM, "bottom", N_("Go to the last line or item"))		\
	X(NEXT_ARTICLE, "next-article", N_("Open the next article of the issue")) \
	X(PREV_ARTICLE, "prev-article", N_("Open the previous article of the issue")) \
	X(NEXT_ISSUE, "next-issue", N_("Open the next (newer) issue"))	\
	X(PREV_ISSUE, "prev-issue", N_("Open the previous (older) issue"))	\
	X(FOCUS_NEXT, "focus-next", N_("Move the focus to the next pane"))	\
	X(FOCUS_PREV, "focus-prev", N_("Move the focus to the previous pane")) \
	X(FOCUS_ISSUES, "focus-issues", N_("Move the focus to the issues")) \
	X(FOCUS_ARTICLES, "focus-articles", N_("Move the focus to the articles")) \
	X(FOCUS_BODY, "focus-body", N_("Move the focus to the article body")) \
	X(OPEN, "open", N_("Open the selected issue or article"))		\
	X(FOLLOW_JUMP, "follow-jump", N_("Follow a jump line to the article's other part")) \
	X(BACK, "back", N_("Go back to where the last jump or open came from")) \
	X(JUMP_DATE, "jump-date", N_("Ask for a date and open the issue of that day")) \
	X(SEARCH_FORWARD, "search-forward", N_("Search the article forward as you type (C-t: literal); Esc goes back")) \
	X(SEARCH_BACKWARD, "search-backward", N_("Search the article backward as you type; Esc goes back")) \
	X(SEARCH_NEXT, "search-next", N_("Go to the next hit of the search, or with none open the next article")) \
	X(SEARCH_PREV, "search-prev", N_("Go to the previous hit of the search")) \
	X(SEARCH_ARCHIVE, "search-archive", N_("Search the archive (Tab: publication, issue, dates; C-t: literal), newest first")) \
	X(BOOKMARK_ADD, "bookmark-add", N_("Bookmark the place being read, asking for a note")) \
	X(BOOKMARK_QUICK_SET, "bookmark-quick-set", N_("Make the place being read the quick mark of the letter typed next")) \
	X(BOOKMARK_QUICK_JUMP, "bookmark-quick-jump", N_("Go to the quick mark of the letter typed next")) \
	X(BOOKMARKS_PANE, "bookmarks-pane", N_("Show or hide the list of bookmarks")) \
	X(BOOKMARK_RENAME, "bookmark-rename", N_("Give the selected bookmark a new note, or a letter as a quick mark")) \
	X(BOOKMARK_DELETE, "bookmark-delete", N_("Delete the selected bookmark, after asking")) \
	X(PROOF_VIEW, "proof-view", N_("Show or hide the source lines beside or under the clean text")) \
	X(SCROLL_LEFT, "scroll-left", N_("Scroll the proof view's source lines left")) \
	X(SCROLL_RIGHT, "scroll-right", N_("Scroll the proof view's source lines right")) \
	X(LINE_NUMBERS, "line-numbers", N_("Show or hide the source line numbers beside the text")) \
	X(NEXT_FLAG, "next-flag", N_("Go to the next suspicious text flagged in the issue")) \
	X(PREV_FLAG, "prev-flag", N_("Go to the previous suspicious text flagged in the issue")) \
	X(NOTE_MARK, "note-mark", N_("Start or clear a selection of source lines for a note")) \
	X(NOTE_ADD, "note-add", N_("Attach a note to the selected source lines, asked for")) \
	X(NOTE_EDIT, "note-edit", N_("Change the text of a note on the cursor's source lines")) \
	X(NOTE_DELETE, "note-delete", N_("Delete a note on the cursor's source lines, after asking")) \
	X(NOTES_EXPORT, "notes-export", N_("Write the open issue's notes to a file, as JSON Lines or plain text")) \
	X(EDIT_SOURCE, "edit-source", N_("Edit the page file at the cursor line, then read it again")) \
	X(SHOW_DIAGNOSTICS, "show-diagnostics", N_("List the problems found while loading")) \
	X(MESSAGE_LOG, "message-log", N_("Show the status line's messages of this session, whole")) \
	X(MOUSE, "mouse", N_("Turn mouse clicks and the wheel on or off (off: the terminal's own selection)")) \
	X(CANCEL, "cancel", N_("Cancel: forget the count typed and the selection, close the list shown")) \
	X(REDRAW, "redraw", N_("Redraw the whole screen"))			\
	X(HELP, "help", N_("Show the keys and what they do"))		\
	X(END_SESSION, "end-session", N_("Forget the session's searches, bookmarks and places (kiosk mode)")) \
	X(QUIT, "quit", N_("Close help or the list shown, else save positions and quit"))

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
