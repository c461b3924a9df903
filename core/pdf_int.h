/* SPDX-License-Identifier: ISC */
/* pdf_int.h: what the PDF loader's files share (pdf_*.c, loader_pdf.c).
 *
 * A page is read in three steps: glyphs with their boxes, font size and
 * weight (pdf_read.c, through poppler-glib); glyphs drawn twice for fake
 * bold are dropped there and glyphs joined into fragments, runs on one
 * baseline without a wide gap.  Fragments are put in reading order by
 * recursive cuts along white space (pdf_order.c): columns left to right,
 * bands top to bottom, and regrouped into lines; a scan's OCR layer is
 * read in poppler's text flow.  Word spaces come from poppler's text where
 * glyphs follow each other in it, else from the gap against the size.  The lines are then read
 * as headlines, bylines, body, captions and ads (loader_pdf.c).
 *
 * Coordinates are PDF points, origin at the top left, y growing down. */
#ifndef KANBAO_PDF_INT_H
#define KANBAO_PDF_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

struct pdf_box {
	double	x1, y1, x2, y2;
};

struct pdf_glyph {
	uint32_t	c;
	struct pdf_box	b;
	double		size;		/* font size in points */
	int		font;		/* index into pdf_page.fonts */
	bool		doubled;	/* a fake-bold twin was dropped */
	bool		space_before;	/* poppler's text has a space before it */
	bool		line_end;	/* poppler's text line ends after it */
};

/* A run of glyphs on one baseline: glyphs[first .. first + n). */
struct pdf_frag {
	size_t		first;
	size_t		n;
	struct pdf_box	b;
};

struct pdf_font {
	char	*name;
	bool	 bold;
};

/* A line of one column, in reading order. */
struct pdf_line {
	char		*text;		/* UTF-8, word spaces inserted */
	struct pdf_box	 b;
	double		 size;		/* the size most of its glyphs have */
	int		 font;		/* the font most of its glyphs have */
	bool		 bold;
	bool		 doubled;	/* most glyphs were drawn twice */
	size_t		 leaf;		/* the column block it belongs to */
	bool		 gap_before;	/* a gap in the text, not on one baseline */
	double		 leaf_x1, leaf_x2; /* its column block's edges */
	double		 text_x1;	/* where its text starts, past a drop cap */
	double		 right_gap;	/* white space before it on its baseline */
	int		 band;		/* 1: in the header band, 2: the footer's */
	bool		 after_band;	/* first under a band every column ends at */
};

struct pdf_page {
	double		 width, height;
	struct pdf_glyph *glyphs;
	size_t		 n_glyphs;
	struct pdf_frag	*frags;
	size_t		 n_frags;
	struct pdf_font	*fonts;
	size_t		 n_fonts;
	struct pdf_line	*lines;
	size_t		 n_lines;
	size_t		 cap_lines;
	double		 body_size;	/* the most common glyph size */
	int		 body_font;	/* the most common font */
	bool		 scan;		/* an OCR text layer over a page image */
	struct pdf_box	*pictures;	/* photos and other images (not a
					   scan's page image): blocks the cuts
					   do not go through */
	size_t		 n_pictures;
	struct strbuf	 removed;	/* fake-bold twins dropped, UTF-8 */
};

/* pdf_read.c: glyphs and fragments of page index of the document in buf.
 * Returns 0, or -1 with *err set (caller frees) when poppler cannot read
 * it. */
int	pdf_read_page(struct pdf_page *, const unsigned char *buf, size_t n,
	    int index, char **err);
/* The number of pages, or -1 with *err set (when err; caller frees) when
 * poppler cannot read the document. */
int	pdf_read_count(const unsigned char *buf, size_t n, char **err);
void	pdf_page_free(struct pdf_page *);
void	pdf_utf8_add(struct strbuf *, uint32_t c);
/* b grows to hold g; when first, b becomes g. */
void	pdf_box_grow(struct pdf_box *b, const struct pdf_box *g, bool first);
/* Whether glyph b, read after a, goes on with a's fragment. */
bool	pdf_same_run(const struct pdf_glyph *a, const struct pdf_glyph *b);

/* pdf_order.c: fill page->lines in reading order. */
void	pdf_order_lines(struct pdf_page *);

#endif
