/* SPDX-License-Identifier: ISC */
/* layout.h: an article reflowed into display lines for a width in terminal
 * cells.
 *
 * Knows widths, grapheme clusters and line breaking (UAX #14 plus the
 * Chinese 禁则 rules) but nothing of ncurses: the TUI and --dump draw the
 * lines.  Every line keeps, for each run of cells, the byte offsets of the
 * text it shows, so search hits and bookmarks map between text and screen
 * both ways. */
#ifndef KANBAO_LAYOUT_H
#define KANBAO_LAYOUT_H

#include <stddef.h>

#include "model.h"

/* Styles are data here; the TUI maps them to colours. */
enum layout_style {
	LS_BODY,
	LS_KICKER,
	LS_HEADLINE,
	LS_SUBHEAD,
	LS_BYLINE,
	LS_DATELINE,
	LS_SECTION_HEAD,
	LS_CREDIT,
	LS_JUMP,
	LS_SIGNATURE,
	LS_BLANK		/* an empty line between parts */
};

/* One block of the article: a deck, the byline, a paragraph ... */
struct layout_block {
	enum layout_style style;
	const char	*text;		/* UTF-8, not owned */
	size_t		 len;
	int		 paragraph;	/* first line takes the paragraph indent */
	const struct span *span;	/* source, may be NULL */
};

struct layout_doc {
	struct layout_block *blocks;
	size_t		 n_blocks;
	size_t		 cap;
};

enum ambiguous_width {
	AMBIGUOUS_NARROW,
	AMBIGUOUS_WIDE,
	AMBIGUOUS_AUTO		/* resolved by the TUI before layout */
};

struct layout_options {
	int		 width;		/* cells, 1 .. 1000 */
	enum ambiguous_width ambiguous;	/* NARROW or WIDE */
	int		 cjk_indent;	/* U+3000 count for CJK paragraphs (2) */
	int		 latin_indent;	/* spaces for Latin paragraphs (0) */
};

/* What a run shows. */
enum layout_run_kind {
	LR_TEXT,		/* the source bytes themselves */
	LR_INDENT,		/* a paragraph indent: no source */
	LR_PLACEHOLDER,		/* stand-ins (width_placeholder) for a control,
				 * format or unassigned character, or invalid
				 * bytes, in one grapheme cluster */
	LR_SUBST		/* "?" for a cluster wider than the whole line
				 * (a wide character at width 1) */
};

/* A run of cells on a line and the text it shows.  block/src_* say which
 * bytes of the block's text; disp_* say which bytes of line->text.  An
 * indent has src_start == src_end; a placeholder or substitute maps to the
 * bytes it stands for, so every shown byte has a cell. */
struct layout_run {
	enum layout_run_kind kind;
	size_t		 block;
	size_t		 src_start, src_end;
	size_t		 disp_start, disp_end;
	int		 col;		/* first cell */
	int		 cells;
};

struct layout_line {
	enum layout_style style;
	size_t		 block;
	char		*text;		/* what to draw: UTF-8, safe to print */
	size_t		 len;
	int		 cells;		/* never more than the width */
	struct layout_run *runs;
	size_t		 n_runs;
	/* The bytes of the block this line accounts for: what it shows and
	 * the spaces dropped at its break.  The lines of a block partition
	 * its text; a blank line has src_start == src_end == the length of
	 * the block before it. */
	size_t		 src_start, src_end;
};

struct layout {
	struct layout_line *lines;
	size_t		 n_lines;
	int		 width;
	enum ambiguous_width ambiguous;	/* as laid out */
};

/* The blocks of an article in display order ("continued from" jump lines,
 * kicker, decks, subhead, byline, dateline, body, credit, "continued on"
 * jump lines).  The doc points into the article. */
void	layout_doc_from_article(struct layout_doc *, const struct article *);
void	layout_doc_add(struct layout_doc *, enum layout_style, const char *text,
	    size_t len, int paragraph, const struct span *);
void	layout_doc_free(struct layout_doc *);

/* Lay the doc out.  Caller frees with layout_free. */
struct layout *layout_run(const struct layout_doc *, const struct layout_options *);
void	layout_free(struct layout *);

/* Text -> screen: the line and first column of the grapheme cluster that
 * holds byte off of block.  Returns 0, or -1 when that byte is not shown (a
 * space dropped at a break, a line break, past the end). */
int	layout_find(const struct layout *, size_t block, size_t off,
	    size_t *line, int *col);
/* Screen -> text: the block and the first byte of the grapheme cluster shown
 * at (line, col) (for a placeholder, of the characters it stands for).
 * Returns 0, or -1 when that cell shows no text (indent, past the end). */
int	layout_at(const struct layout *, size_t line, int col, size_t *block,
	    size_t *off);

#endif
