/* SPDX-License-Identifier: ISC */
/* flags_int.h: what flags.c and flags_text.c share.  Only they include it. */
#ifndef KANBAO_FLAGS_INT_H
#define KANBAO_FLAGS_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "flags.h"

/* Decoded text with each character's byte offset in the page text;
 * off[n] is the end. */
struct flag_chars {
	uint32_t	*u;
	size_t		*off;
	size_t		 n;
	size_t		 cap;
};

/* Decode page text bytes [start, end) into fc (emptied first). */
void	flag_chars_decode(struct flag_chars *fc, const struct page_text *,
	    size_t start, size_t end);
void	flag_chars_free(struct flag_chars *);

bool	flag_is_han(uint32_t c);
bool	flag_is_space(uint32_t c);

/* Add a flag over page bytes [start, end) with a printf-made reason. */
void	flag_add(struct flag_list *, const struct page *, enum flag_kind,
	    size_t start, size_t end, const char *fmt, ...)
	    __attribute__((format(printf, 6, 7)));

/* The kinds found line by line (flags_text.c). */
void	flags_lines(const struct page *, unsigned mask, struct flag_list *);

#endif
