/* SPDX-License-Identifier: ISC */
/* width.h: terminal cell widths that agree with what ncursesw draws.
 *
 * East Asian Wide and Fullwidth take 2 cells, combining marks and zero-width
 * characters 0; ambiguous-width characters take 1 or 2 as configured.  A
 * grapheme cluster (base + marks, emoji ZWJ sequences, variation selectors)
 * is measured and broken as one unit. */
#ifndef KANBAO_WIDTH_H
#define KANBAO_WIDTH_H

#include <stddef.h>
#include <stdint.h>

#include "layout.h"

/* Cells of code point c; control characters count as their placeholder. */
int	width_char(uint32_t c, enum ambiguous_width);
/* The same, and set *placeholder when c is drawn as its stand-in
 * (width_placeholder) rather than as itself. */
int	width_char_shown(uint32_t c, enum ambiguous_width, int *placeholder);
/* Cells of the UTF-8 string s (len bytes). */
int	width_text(const char *s, size_t len, enum ambiguous_width);
/* Length in bytes of the grapheme cluster at s (len > 0). */
size_t	width_cluster_len(const char *s, size_t len);
/* The visible stand-in (UTF-8) drawn for c, or NULL when c is drawn as
 * itself: sanitize_placeholder(c), else U+FFFD for unassigned code points and
 * surrogates (glibc gives them no width, so ncurses cannot draw them). */
const char *width_placeholder(uint32_t c);
/* Whether c is a CJK ideograph, kana, hangul or full-width form. */
int	width_is_cjk(uint32_t c);

#endif
