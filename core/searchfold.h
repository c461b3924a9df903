/* SPDX-License-Identifier: ISC */
/* searchfold.h: folding Traditional Chinese characters to Simplified for
 * search, with OpenCC's t2s tables when the build has OpenCC (松陽 ->
 * 松阳).  Character by character, so folded text maps back byte for byte.
 * Core only: anyone may include this. */
#ifndef KANBAO_SEARCHFOLD_H
#define KANBAO_SEARCHFOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether c is a character searchfold_han may change (a CJK ideograph of
 * the BMP). */
bool		searchfold_is_han(uint32_t c);
/* The Simplified form of c, or c.  The first call loads the table (tens of
 * milliseconds); without OpenCC, or when its data is missing, c. */
uint32_t	searchfold_han(uint32_t c);
/* Whether folding Han characters does anything in this build. */
bool		searchfold_han_available(void);
/* The table, to be kept elsewhere (the search cache) and given back to a
 * later process so it need not load OpenCC: searchfold_han_size()
 * entries, one per character of the folded ranges in order, each the
 * Simplified form or 0.  searchfold_han_table is NULL without OpenCC;
 * searchfold_han_preset copies table in unless the table was loaded (or
 * found missing) already. */
size_t		searchfold_han_size(void);
const uint32_t	*searchfold_han_table(void);
void		searchfold_han_preset(const uint32_t *table);

#endif
