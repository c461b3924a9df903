/* SPDX-License-Identifier: ISC */
/* dbgrams.c: characters and pairs of characters as integer keys. */
#include "config.h"

#include <stdlib.h>

#include "dbgrams.h"
#include "xalloc.h"

/* The next code point of s[*i .. len) (a bad byte stands for itself). */
static uint32_t
dbgrams_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;
	size_t left = len - *i, n = 1;
	uint32_t c = p[0];

	if (c >= 0xF0 && left >= 4) {
		c = (c & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
		    (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
		n = 4;
	} else if (c >= 0xE0 && left >= 3) {
		c = (c & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 |
		    (p[2] & 0x3F);
		n = 3;
	} else if (c >= 0xC0 && left >= 2) {
		c = (c & 0x1F) << 6 | (p[1] & 0x3F);
		n = 2;
	}
	*i += n;
	return c;
}

static int32_t
dbgrams_char(uint32_t c)
{
	return -(int32_t)c - 1;
}

static int32_t
dbgrams_pair(uint32_t a, uint32_t b)
{
	uint32_t h = (a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));

	return (int32_t)(h & 0x7FFFFFFFu);
}

static void
dbgrams_push(struct dbgrams *g, int32_t k)
{
	g->v = xgrow(g->v, &g->cap, g->n + 1, sizeof *g->v);
	g->v[g->n++] = k;
}

void
dbgrams_add(struct dbgrams *g, const char *s, size_t len)
{
	size_t i = 0;
	uint32_t prev = 0, c;
	int have = 0;

	while (i < len) {
		c = dbgrams_next(s, len, &i);
		dbgrams_push(g, dbgrams_char(c));
		if (have)
			dbgrams_push(g, dbgrams_pair(prev, c));
		prev = c;
		have = 1;
	}
}

static int
dbgrams_cmp(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;

	return x < y ? -1 : x > y;
}

void
dbgrams_finish(struct dbgrams *g)
{
	size_t i, j = 0;

	if (g->n == 0)
		return;
	qsort(g->v, g->n, sizeof *g->v, dbgrams_cmp);
	for (i = 1; i < g->n; i++)
		if (g->v[i] != g->v[j])
			g->v[++j] = g->v[i];
	g->n = j + 1;
}

void
dbgrams_query(struct dbgrams *g, const char *s, size_t len)
{
	size_t i = 0, chars = 0;
	uint32_t prev = 0, c;

	g->n = 0;
	while (i < len) {
		c = dbgrams_next(s, len, &i);
		if (chars++ > 0)
			dbgrams_push(g, dbgrams_pair(prev, c));
		prev = c;
	}
	if (chars == 1)
		dbgrams_push(g, dbgrams_char(prev));
	dbgrams_finish(g);
}

void
dbgrams_free(struct dbgrams *g)
{
	free(g->v);
	g->v = NULL;
	g->n = g->cap = 0;
}
