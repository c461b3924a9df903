/* notes_export.h: proofreading notes handed back to a newsroom, as JSON
 * Lines or plain text: each note with its page, its lines and columns, the
 * text it is on (quoted from the page file) and what it says.
 *
 * JSON Lines, one object a note:
 *	{"page":"NAME","first_line":11,"first_col":1,"last_line":13,
 *	 "last_col":12,"quote":"TEXT","note":"TEXT"}
 * Plain text, a paragraph a note:
 *	NAME, lines 11-13
 *	  > quoted line
 *	  > quoted line
 *	  the note, its lines indented alike
 * Core only: writes into a strbuf, never prints. */
#ifndef KANBAO_NOTES_EXPORT_H
#define KANBAO_NOTES_EXPORT_H

#include "model.h"
#include "notes.h"
#include "strbuf.h"

enum notes_export_format {
	NOTES_EXPORT_JSONL,
	NOTES_EXPORT_TEXT
};

/* The format a file name asks for: JSON Lines for .jsonl or .json, else
 * plain text. */
enum notes_export_format notes_export_format_of(const char *path);
/* The text note n is on: from its first column of its first line to its
 * last column of its last line, the lines joined by newlines.  The
 * page's text pt starts at file line line_offset + 1.  Caller frees. */
char	*notes_quote(const struct note *, const struct page_text *pt,
	    unsigned long line_offset);
/* Append the notes of one page, named name (as the newsroom knows it). */
void	notes_export_page(struct strbuf *out, enum notes_export_format,
	    const char *name, const struct note_set *,
	    const struct page_text *pt, unsigned long line_offset);

#endif
