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
 * article of paragraphs. */
void	segment_page(struct page *page, const struct segment_options *opt,
	    struct diag_list *diags);

#endif
