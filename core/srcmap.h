/* srcmap.h: between clean text and the source lines it was made from.
 *
 * Clean text drops spaces and line breaks but keeps the other characters
 * in order, so the n-th character that is not white space in an element's
 * clean text is, nearly always, the n-th such character of its source span
 * (fake-bold doubling and end-of-line hyphens make it drift a little, never
 * out of the element).  The proof view and flag jumping use this.
 * Core only: anyone may include this. */
#ifndef KANBAO_SRCMAP_H
#define KANBAO_SRCMAP_H

#include <stddef.h>

#include "model.h"

/* The page byte that clean byte off of an element (clean text over span
 * sp) came from; sp->byte_end when past the end. */
size_t	srcmap_to_source(const struct page_text *, const struct span *sp,
	    const char *clean, size_t clean_len, size_t off);
/* The clean byte that page byte off (inside sp) became; clean_len when
 * past the end. */
size_t	srcmap_to_clean(const struct page_text *, const struct span *sp,
	    const char *clean, size_t clean_len, size_t off);

#endif
