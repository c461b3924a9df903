/* SPDX-License-Identifier: ISC */
/* segment.h: a page's text lines -> articles.
 *
 * Input is the decoded text of one printed page as text extraction leaves
 * it (pdftotext default, -layout or -raw; OCR): hard-wrapped columns, blank
 * lines that are only column breaks, headlines, kickers, bylines, photo
 * credits, ads, jump lines.  Output is page->articles in reading order and
 * page->meta (header and footer lines).  The text itself is not changed:
 * every element's span points back into it. */
#ifndef KANBAO_SEGMENT_H
#define KANBAO_SEGMENT_H

#include "model.h"

struct segment_options {
	const char	*lang_hint;	/* "zh", "en", or NULL: detect */
};

/* Segment page->text into page->articles and page->meta.  Diagnostics for
 * oddities go to diags.  Never fails: a page it cannot read becomes one
 * article of paragraphs.  Keeps no state between calls: pages may be
 * segmented on several threads at once. */
void	segment_page(struct page *page, const struct segment_options *opt,
	    struct diag_list *diags);

/* --explain: what segmentation made of each line of a page. */
enum segment_role {
	SEGR_BLANK, SEGR_HEADLINE, SEGR_DECK, SEGR_KICKER, SEGR_SUBHEAD,
	SEGR_BYLINE, SEGR_DATELINE, SEGR_BODY, SEGR_SECTION_HEAD,
	SEGR_CAPTION, SEGR_CREDIT, SEGR_AD, SEGR_JUMP, SEGR_FURNITURE,
	SEGR_SIGNATURE, SEGR_REMOVED
};

struct segment_line_note {
	unsigned long	 line;		/* 1-based source line */
	size_t		 off, len;	/* the piece of it (a -layout column's) */
	enum segment_role role;
	enum furniture_kind furniture;	/* SEGR_FURNITURE: which */
	size_t		 order;		/* reading-order position, 1-based;
					 * 0 for a blank line */
	size_t		 article;	/* its article's index, 0 for none */
	const char	*why;		/* the rule that decided (static) */
	int		 width;		/* features: printed width, */
	int		 full;		/* the column's width around it, */
	bool		 gap;		/* a blank line or column break before */
	/* The learned classifier's label of the line (segment_model.h: an
	 * enum segment_label), -1 for none (a blank line, -layout text, or
	 * no model fitted to this build), and its probability. */
	int		 model;
	float		 model_prob;
};

struct segment_explain {
	struct segment_line_note *v;	/* in source order (line, then off) */
	size_t		 n;
	bool		 resegmented;	/* false: the page was not built by
					 * segmenting its text (a PDF or XML
					 * loader's page): roles from its
					 * articles' spans, no rules */
};

/* Explain page (loaded): segment its text again, recording each line's
 * role, article and the rule that decided it.  The page is not changed.
 * Free with segment_explain_free. */
void	segment_explain_page(const struct page *page,
	    struct segment_explain *out);
void	segment_explain_free(struct segment_explain *);
const char *segment_role_name(enum segment_role);

#endif
