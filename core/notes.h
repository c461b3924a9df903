/* SPDX-License-Identifier: ISC */
/* notes.h: proofreading notes on a page file, kept beside it.
 *
 * A note is a span of the page file (first line:column to last
 * line:column, 1-based, columns in characters, both ends included) and a
 * text.  The notes of PAGE are kept in PAGE.notes when PAGE's directory is
 * writable, else in a per-user store, $XDG_DATA_HOME/kanbao/notes/, under
 * the page's absolute path with '%' and '/' written %25 and %2F.  The page
 * itself is never written.
 *
 * The file (documented in kanbao(1), FILES):
 *	kanbao-notes 1
 *	# comment lines and empty lines are ignored
 *	LINE:COL-LINE:COL<TAB>text
 * with backslash, tab, newline and carriage return in the text written
 * \\, \t, \n and \r.  Saving writes a temporary file and renames it,
 * under the lock of bookmarks (atomicfile_lock): the file is read again
 * and this set's own additions and removals since it was read are applied
 * to it, so two proofreaders saving at once lose nothing.
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_NOTES_H
#define KANBAO_NOTES_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "strbuf.h"

struct note {
	unsigned long	 first_line;
	unsigned long	 first_col;
	unsigned long	 last_line;
	unsigned long	 last_col;
	char		*text;		/* unescaped; may hold newlines */
	/* Read from a sidecar that cannot be written (the archive is
	 * read-only): shown, but saved in the per-user store only if changed. */
	bool		 readonly;
};

struct note_set {
	char		*page_path;	/* the page file */
	char		*store;		/* where save writes */
	struct note	*items;		/* sorted by position */
	size_t		 n;
	size_t		 cap;
	/* What changed since the file was read, not saved yet: applied again
	 * to the file as it is at the next save (kept until one succeeds, and
	 * across notes_load of the same page). */
	struct note	*added;
	size_t		 n_added, cap_added;
	struct note	*removed;
	size_t		 n_removed, cap_removed;
};

/* Where the notes of page_path are written: PAGE.notes when it or its
 * directory is writable, else the per-user store (NULL when neither
 * $XDG_DATA_HOME nor $HOME is set).  Caller frees. */
char	*notes_store_path(const char *page_path);

/* Read the notes of page_path into ns (emptied first).  A missing file is
 * no notes; lines that cannot be read are skipped with a warning in diags
 * (may be NULL).  Returns 0, or -1 when a file exists but cannot be read. */
int	 notes_load(struct note_set *ns, const char *page_path,
	    struct diag_list *diags);
/* Under the lock, read ns->store again, apply ns's unsaved additions and
 * removals to it, make that ns's notes and write it atomically (no notes
 * left removes the file).  Returns 0, or -1 with *cause set (caller frees)
 * and the changes kept for the next try. */
int	 notes_save(struct note_set *ns, char **cause);
/* Whether ns holds changes not saved yet. */
bool	 notes_pending(const struct note_set *ns);

/* Add a note (text copied); returns its index after sorting. */
size_t	 notes_add(struct note_set *ns, unsigned long first_line,
	    unsigned long first_col, unsigned long last_line,
	    unsigned long last_col, const char *text);
void	 notes_remove(struct note_set *ns, size_t i);
/* Change note i's text (copied): the old note removed and the new one
 * added, so a save merges it like any change.  Returns its new index. */
size_t	 notes_set_text(struct note_set *ns, size_t i, const char *text);
void	 note_set_free(struct note_set *);	/* contents, not the struct */

/* The file format, for tests and tools. */
void	 notes_format(struct strbuf *, const struct note_set *);
/* Parse one line (no newline); 0 and *n filled (n->text: caller frees), or
 * -1 when it is not a note. */
int	 notes_parse_line(const char *line, size_t len, struct note *n);

#endif
