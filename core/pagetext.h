/* SPDX-License-Identifier: ISC */
/* pagetext.h: splitting decoded text into lines and pages. */
#ifndef KANBAO_PAGETEXT_H
#define KANBAO_PAGETEXT_H

#include <stddef.h>

#include "model.h"

/* Fill pt with lines of text (LF-separated, no trailing empty line after a
 * final LF).  Takes ownership of text. */
void	pagetext_from_text(struct page_text *pt, char *text, size_t len);
/* Split text at form feeds into parts; returns the count and sets *starts and
 * *lens (caller frees both).  A trailing form feed (as pdftotext writes after
 * the last page) does not make an empty last part. */
size_t	pagetext_split_pages(const char *text, size_t len, size_t **starts,
	    size_t **lens);
/* The text of line (1-based) as a pointer and length; NULL if out of range. */
const char *pagetext_line(const struct page_text *, unsigned long line,
	    size_t *len);
/* The 1-based line that holds byte offset off. */
unsigned long pagetext_line_of(const struct page_text *, size_t off);

#endif
