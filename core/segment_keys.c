/* SPDX-License-Identifier: ISC */
/* segment_keys.c: a bound on what a headline shares with a text, cheaply.
 *
 * segment_lines_shared(a, b) counts the character pairs and Latin words
 * of a that occur in b, each with strstr: the text is read once for each
 * piece of the headline.  Matching every waiting headline against every
 * stretch of text that way was quadratic in a page of a few MB.  Here the
 * text's pieces are listed once, as keys: every two non-ASCII characters
 * in a row, and every four ASCII letters in a row, at every byte.  A piece
 * of a found in b has its key in b's list (a word's key is its first four
 * letters), so counting a's pieces whose key is listed gives at least
 * segment_lines_shared(a, b): callers work that out only when the bound
 * could change their choice, and choose as before.  Headlines are indexed
 * by their keys (segment_keyidx_*): those whose bound for a text is high
 * enough are found from the text's keys, without asking each headline. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "segment_int.h"
#include "xalloc.h"

static bool
is_letter(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Two characters' key (top bit set); four letters' (top bit clear). */
static uint64_t
pair_key(ucs4_t c1, ucs4_t c2)
{
	return 1ULL << 63 | (uint64_t)c1 << 21 | c2;
}

static uint64_t
word_key(const uint8_t *p)
{
	return (uint64_t)p[0] << 24 | (uint64_t)p[1] << 16 |
	    (uint64_t)p[2] << 8 | p[3];
}

/* No posting: the end of a key's chain. */
#define NONE_POST ((size_t)-1)
/* The index is made again once this many headlines are gone from it and
 * they outnumber those left twice over (so that remaking costs at most
 * half a look-up per headline gone). */
#define STALE_MIN 64

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

void
segment_keys_of(struct seg_keys *k, const char *text)
{
	const uint8_t *b = (const uint8_t *)text;
	size_t len = strlen(text), q, cap = 0, o;
	ucs4_t c1, c2;
	int k1, k2;

	k->v = NULL;
	k->n = 0;
	for (q = 0; q < len; q++) {
		if (q + 4 <= len && is_letter(b[q]) && is_letter(b[q + 1]) &&
		    is_letter(b[q + 2]) && is_letter(b[q + 3])) {
			k->v = xgrow(k->v, &cap, k->n + 1, sizeof *k->v);
			k->v[k->n++] = word_key(b + q);
		}
		/* Every byte: a valid character starting anywhere is where
		 * strstr could find one. */
		if (b[q] < 0x80 || (k1 = u8_mblen(b + q, len - q)) <= 1 ||
		    q + (size_t)k1 >= len ||
		    (k2 = u8_mblen(b + q + k1, len - q - (size_t)k1)) <= 1)
			continue;
		u8_mbtouc(&c1, b + q, len - q);
		u8_mbtouc(&c2, b + q + k1, len - q - (size_t)k1);
		k->v = xgrow(k->v, &cap, k->n + 1, sizeof *k->v);
		k->v[k->n++] = pair_key(c1, c2);
	}
	if (k->n == 0)
		return;
	qsort(k->v, k->n, sizeof *k->v, cmp_u64);
	for (o = 0, q = 1; q < k->n; q++)
		if (k->v[q] != k->v[o])
			k->v[++o] = k->v[q];
	k->n = o + 1;
}

void
segment_keys_free(struct seg_keys *k)
{
	free(k->v);
	k->v = NULL;
	k->n = 0;
}

/* ---- headlines by key ------------------------------------------------------ */

/* Headline a's pieces' keys, with repeats: segment_lines_shared's walk
 * over a (u8_mblen and its stops; words in pieces of at most 63
 * letters), a key where it asks strstr; calls f(key, arg) for each. */
static void
each_key(const char *a, void (*f)(uint64_t, void *), void *arg)
{
	const uint8_t *p = (const uint8_t *)a;
	size_t n;
	ucs4_t c1, c2;
	int k1, k2;

	while (*p) {
		n = strlen((const char *)p);
		k1 = u8_mblen(p, n);
		if (k1 <= 0 || !p[k1])
			break;
		k2 = u8_mblen(p + k1, n - (size_t)k1);
		if (k2 <= 0 || k1 + k2 >= 16)
			break;
		if (k1 > 1 && k2 > 1) {
			u8_mbtouc(&c1, p, n);
			u8_mbtouc(&c2, p + k1, n - (size_t)k1);
			f(pair_key(c1, c2), arg);
		}
		p += k1;
	}
	p = (const uint8_t *)a;
	while (*p) {
		for (n = 0; is_letter(p[n]) && n + 1 < 64; n++)
			;
		if (n >= 4)
			f(word_key(p), arg);
		p += n > 0 ? n : 1;
	}
}

static size_t
slot_of(const struct seg_keyidx *x, uint64_t key)
{
	size_t i = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 17) & (x->cap - 1);

	while (x->tab[i].used && x->tab[i].key != key)
		i = (i + 1) & (x->cap - 1);
	return i;
}

static void
grow_tab(struct seg_keyidx *x)
{
	struct seg_keyslot *old = x->tab;
	size_t n = x->cap, i, s;

	x->cap = n ? n * 2 : 64;
	x->tab = xcalloc(x->cap, sizeof *x->tab);
	for (i = 0; i < n; i++)
		if (old[i].used) {
			s = slot_of(x, old[i].key);
			x->tab[s] = old[i];
		}
	free(old);
}

static void
add_key(struct seg_keyidx *x, size_t id, uint64_t key)
{
	size_t s;

	if ((x->used + 1) * 2 > x->cap)
		grow_tab(x);
	s = slot_of(x, key);
	if (!x->tab[s].used) {
		x->tab[s].used = true;
		x->tab[s].key = key;
		x->tab[s].first = NONE_POST;
		x->used++;
	}
	/* A repeat of the headline's key adds to its count (its postings
	 * are the latest). */
	if (x->tab[s].first != NONE_POST && x->post[x->tab[s].first].id == id) {
		x->post[x->tab[s].first].mult++;
		return;
	}
	x->post = xgrow(x->post, &x->cappost, x->npost + 1, sizeof *x->post);
	x->post[x->npost].id = id;
	x->post[x->npost].mult = 1;
	x->post[x->npost].next = x->tab[s].first;
	x->tab[s].first = x->npost++;
}

static void
index_one(struct seg_keyidx *x, size_t id)
{
	size_t i;

	for (i = x->off[id]; i < x->off[id + 1]; i++)
		add_key(x, id, x->pool[i]);
}

static void
pool_key(uint64_t key, void *arg)
{
	struct seg_keyidx *x = arg;

	x->pool = xgrow(x->pool, &x->cappool, x->npool + 1, sizeof *x->pool);
	x->pool[x->npool++] = key;
}

size_t
segment_keyidx_add(struct seg_keyidx *x, const char *a)
{
	size_t id = x->n;

	x->off = xgrow(x->off, &x->capoff, x->n + 2, sizeof *x->off);
	x->dead = xgrow(x->dead, &x->capdead, x->n + 1, sizeof *x->dead);
	x->cnt = xgrow(x->cnt, &x->capcnt, x->n + 1, sizeof *x->cnt);
	x->off[id] = x->npool;
	if (a != NULL)
		each_key(a, pool_key, x);
	x->off[id + 1] = x->npool;
	x->dead[id] = false;
	x->cnt[id] = 0;
	x->n++;
	x->live++;
	index_one(x, id);
	return id;
}

/* Headline id waits no more.  Once most of those indexed are gone, the
 * index is made again of those left: their postings no longer slow every
 * look-up. */
void
segment_keyidx_drop(struct seg_keyidx *x, size_t id)
{
	size_t i;

	if (id >= x->n || x->dead[id])
		return;
	x->dead[id] = true;
	x->live--;
	if (++x->stale < STALE_MIN || x->stale < 2 * x->live || x->cap == 0)
		return;
	memset(x->tab, 0, x->cap * sizeof *x->tab);
	x->used = 0;
	x->npost = 0;
	for (i = 0; i < x->n; i++)
		if (!x->dead[i])
			index_one(x, i);
	x->stale = 0;
}

size_t
segment_keyidx_query(struct seg_keyidx *x, const struct seg_keys *k, int over,
    const size_t **ids)
{
	size_t i, p, s, nt = 0, nc = 0, *t;

	*ids = NULL;
	if (x->cap == 0 || k->n == 0)
		return 0;
	t = x->touched = xgrow(x->touched, &x->captouched, x->n,
	    sizeof *x->touched);
	for (i = 0; i < k->n; i++) {
		s = slot_of(x, k->v[i]);
		if (!x->tab[s].used)
			continue;
		for (p = x->tab[s].first; p != NONE_POST; p = x->post[p].next) {
			size_t id = x->post[p].id;
			if (x->dead[id])
				continue;
			if (x->cnt[id] == 0)
				t[nt++] = id;
			x->cnt[id] += x->post[p].mult;
		}
	}
	for (i = 0; i < nt; i++) {
		size_t id = t[i];
		if (x->cnt[id] > over)
			t[nc++] = id;
		x->cnt[id] = 0;
	}
	qsort(t, nc, sizeof *t, cmp_size);
	*ids = t;
	return nc;
}

void
segment_keyidx_free(struct seg_keyidx *x)
{
	free(x->tab);
	free(x->post);
	free(x->pool);
	free(x->off);
	free(x->dead);
	free(x->cnt);
	free(x->touched);
	memset(x, 0, sizeof *x);
}
