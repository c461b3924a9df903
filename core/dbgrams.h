/* SPDX-License-Identifier: ISC */
/* dbgrams.h: the keys a database finds candidate texts by.
 *
 * Most Chinese words are two characters: trigrams (pg_trgm) cannot find
 * them.  A text's keys are its characters and its overlapping pairs of
 * characters, each mapped to a 32-bit integer (a character: minus its code
 * point; a pair: a hash, not negative), sorted and unique; a GIN index
 * over the integer array of each article's folded text finds the articles
 * holding every key of a folded query, which are then searched as the
 * local search searches them.  A hash collision only adds a candidate.
 *
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_DBGRAMS_H
#define KANBAO_DBGRAMS_H

#include <stddef.h>
#include <stdint.h>

struct dbgrams {
	int32_t	*v;
	size_t	 n, cap;
};

/* Add the keys of len bytes of folded UTF-8 (a text's pieces are added in
 * turn: no pair spans two calls). */
void	dbgrams_add(struct dbgrams *, const char *s, size_t len);
/* Sort and drop repeats. */
void	dbgrams_finish(struct dbgrams *);
/* The keys a query needs: its pairs, or its one character.  Sorted,
 * unique. */
void	dbgrams_query(struct dbgrams *, const char *s, size_t len);
void	dbgrams_free(struct dbgrams *);

#endif
