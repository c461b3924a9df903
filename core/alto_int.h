/* SPDX-License-Identifier: ISC */
/* alto_int.h: what the ALTO reader's files share (loader_alto.c,
 * alto_order.c, alto_geom.c).
 *
 * A page is read as TextLines, each with its text (as printed and with
 * hyphenated words made whole), its box and type size, its TextBlock and
 * the role the page's tags or the METS give it.  Coordinates are
 * the file's own units (MeasurementUnit), y growing down. */
#ifndef KANBAO_ALTO_INT_H
#define KANBAO_ALTO_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "alto.h"

struct alto_box {
	double	x1, y1, x2, y2;
};

struct alto_line {
	char		*raw;		/* as printed: "Har-" */
	char		*whole;		/* words made whole: "Harbor" */
	struct alto_box	 b;		/* HPOS, VPOS, WIDTH, HEIGHT */
	struct alto_box	 bb;		/* its TextBlock's, as the file says */
	double		 size;		/* FONTSIZE of its style, 0: unknown */
	size_t		 chars;		/* bytes of text, for weighting */
	size_t		 block;		/* TextBlock index on the page */
	enum alto_role	 role;
	int		 article;	/* METS article, 0: none */
	int		 para;		/* METS paragraph, 0: none */
	size_t		 seq;		/* its block's place in the METS map */
};

/* alto_order.c: the lines' reading order (n indexes into lines; caller
 * frees).  Each TextBlock, split where its lines fall into columns that
 * do not overlap, is a unit; units are ordered by recursive cuts along
 * white space (bands across the whole region first when the gap is
 * wide, then columns left to right, then top to bottom), and lines keep
 * their document order inside a unit.  body_h: the body's line height. */
size_t	*alto_order(const struct alto_line *lines, size_t n, double body_h);
/* The body's line height: the median height of the lines, weighted by
 * their text; 0 when no line has a height. */
double	 alto_body_height(const struct alto_line *lines, size_t n);

/* alto_geom.c: a page without tags read from its geometry: headlines by
 * type size against the body's, paragraphs at first-line indents and
 * short last lines, furniture at the page's edges.  page_h: the page's
 * height; unit_pt: file units in a point (0: unknown, as for pixels). */
void	 alto_geom_read(struct page *page, const struct alto_line *lines,
	    size_t n, double page_h, double unit_pt);

#endif
