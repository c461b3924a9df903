/* SPDX-License-Identifier: ISC */
/* bookmark.c: bookmarks and the in-memory store: adding, renaming,
 * deleting (tombstones) and merging by id. */
#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bookmark.h"
#include "xalloc.h"

/* --- one bookmark -------------------------------------------------------- */

void
bookmark_init(struct bookmark *bm)
{
	memset(bm, 0, sizeof *bm);
	bm->id = xstrdup("");
	bm->name = xstrdup("");
	bm->note = xstrdup("");
	bm->article = xstrdup("");
	bm->headline = xstrdup("");
	bm->snippet = xstrdup("");
	bm->archive = xstrdup("");
}

void
bookmark_clear(struct bookmark *bm)
{
	if (bm == NULL)
		return;
	free(bm->id);
	free(bm->name);
	free(bm->note);
	free(bm->article);
	free(bm->headline);
	free(bm->snippet);
	free(bm->archive);
	memset(bm, 0, sizeof *bm);
}

void
bookmark_copy(struct bookmark *dst, const struct bookmark *src)
{
	*dst = *src;
	dst->id = xstrdup(src->id);
	dst->name = xstrdup(src->name);
	dst->note = xstrdup(src->note);
	dst->article = xstrdup(src->article);
	dst->headline = xstrdup(src->headline);
	dst->snippet = xstrdup(src->snippet);
	dst->archive = xstrdup(src->archive);
}

void
bookmark_set(char **field, const char *value)
{
	char *v = xstrdup(value ? value : "");

	free(*field);
	*field = v;
}

int
bookmark_quick_letter(const struct bookmark *bm)
{
	unsigned char c = (unsigned char)bm->name[0];

	if (c == '\0' || bm->name[1] != '\0')
		return 0;
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return c;
	return 0;
}

char *
bookmark_issue_id(const struct bookmark *bm)
{
	const char *s = strchr(bm->article, '/');

	if (s != NULL)
		s = strchr(s + 1, '/');
	return s ? xstrndup(bm->article, (size_t)(s - bm->article)) :
	    xstrdup(bm->article);
}

long long
bookmark_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* 32 random bits: /dev/urandom, else a mix of the clock, the pid and a
 * counter (ids need to be unique, not secret). */
static uint32_t
bookmark_random(void)
{
	static uint32_t counter;
	struct timespec ts;
	uint32_t r;
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);

	if (fd >= 0) {
		ssize_t n = read(fd, &r, sizeof r);

		close(fd);
		if (n == (ssize_t)sizeof r)
			return r;
	}
	clock_gettime(CLOCK_MONOTONIC, &ts);
	r = (uint32_t)ts.tv_nsec ^ ((uint32_t)getpid() << 16) ^ ++counter;
	return r * 2654435761u;
}

char *
bookmark_new_id(long long ms)
{
	return xasprintf("%lld-%08x", ms, (unsigned)bookmark_random());
}

/* --- the store ----------------------------------------------------------- */

struct bookmark_store *
bookmark_store_new(const char *path)
{
	struct bookmark_store *st = xcalloc(1, sizeof *st);

	st->path = path ? xstrdup(path) : NULL;
	return st;
}

void
bookmark_store_free(struct bookmark_store *st)
{
	size_t i;

	if (st == NULL)
		return;
	for (i = 0; i < st->n; i++)
		bookmark_clear(&st->items[i]);
	free(st->items);
	free(st->path);
	free(st->broken_copy);
	diag_list_free(&st->diags);
	free(st);
}

/* Where id is, or where it would go: binary search over the sorted ids. */
static size_t
bookmark_store_slot(const struct bookmark_store *st, const char *id,
    bool *found)
{
	size_t lo = 0, hi = st->n;

	*found = false;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(st->items[mid].id, id);

		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static struct bookmark *
bookmark_store_live(const struct bookmark_store *st, const char *id)
{
	bool found;
	size_t i = bookmark_store_slot(st, id, &found);

	if (!found || st->items[i].deleted)
		return NULL;
	return &st->items[i];
}

/* Take bm's strings into a new slot at i. */
static struct bookmark *
bookmark_store_insert(struct bookmark_store *st, size_t i,
    struct bookmark *bm)
{
	st->items = xgrow(st->items, &st->cap, st->n + 1, sizeof *st->items);
	memmove(&st->items[i + 1], &st->items[i],
	    (st->n - i) * sizeof *st->items);
	st->items[i] = *bm;
	st->n++;
	memset(bm, 0, sizeof *bm);
	return &st->items[i];
}

/* A change gets a modified time later than the record's last one, so it
 * wins the merge even when the clock stepped back. */
static void
bookmark_touch(struct bookmark_store *st, struct bookmark *bm)
{
	long long now = bookmark_now();

	bm->modified = now > bm->modified ? now : bm->modified + 1;
	st->dirty = true;
}

/* A quick mark letter belongs to one bookmark: the others lose it. */
static void
bookmark_store_free_letter(struct bookmark_store *st, int letter,
    const char *keep)
{
	size_t i;

	for (i = 0; i < st->n; i++) {
		struct bookmark *bm = &st->items[i];

		if (!bm->deleted && bookmark_quick_letter(bm) == letter &&
		    strcmp(bm->id, keep) != 0) {
			bookmark_set(&bm->name, "");
			bookmark_touch(st, bm);
		}
	}
}

const struct bookmark *
bookmark_store_add(struct bookmark_store *st, struct bookmark *bm)
{
	bool found;
	size_t i;
	struct bookmark *in;

	do {
		free(bm->id);
		bm->created = bm->modified = bookmark_now();
		bm->id = bookmark_new_id(bm->created);
		i = bookmark_store_slot(st, bm->id, &found);
	} while (found);
	bm->deleted = false;
	in = bookmark_store_insert(st, i, bm);
	st->dirty = true;
	if (bookmark_quick_letter(in))	/* moves no item: in stays valid */
		bookmark_store_free_letter(st, bookmark_quick_letter(in), in->id);
	return in;
}

int
bookmark_store_rename(struct bookmark_store *st, const char *id,
    const char *name)
{
	struct bookmark *bm = bookmark_store_live(st, id);

	if (bm == NULL)
		return -1;
	bookmark_set(&bm->name, name);
	bookmark_touch(st, bm);
	if (bookmark_quick_letter(bm))
		bookmark_store_free_letter(st, bookmark_quick_letter(bm), id);
	return 0;
}

int
bookmark_store_set_note(struct bookmark_store *st, const char *id,
    const char *note)
{
	struct bookmark *bm = bookmark_store_live(st, id);

	if (bm == NULL)
		return -1;
	bookmark_set(&bm->note, note);
	bookmark_touch(st, bm);
	return 0;
}

int
bookmark_store_delete(struct bookmark_store *st, const char *id)
{
	struct bookmark *bm = bookmark_store_live(st, id);

	if (bm == NULL)
		return -1;
	bm->deleted = true;
	bookmark_touch(st, bm);
	return 0;
}

const struct bookmark *
bookmark_store_find(const struct bookmark_store *st, const char *id)
{
	return bookmark_store_live(st, id);
}

const struct bookmark *
bookmark_store_quick(const struct bookmark_store *st, int letter)
{
	const struct bookmark *best = NULL;
	size_t i;

	for (i = 0; i < st->n; i++) {
		const struct bookmark *bm = &st->items[i];

		if (!bm->deleted && letter != 0 &&
		    bookmark_quick_letter(bm) == letter &&
		    (best == NULL || bm->modified > best->modified))
			best = bm;
	}
	return best;
}

static int
bookmark_cmp_created(const void *a, const void *b)
{
	const struct bookmark *x = *(const struct bookmark *const *)a;
	const struct bookmark *y = *(const struct bookmark *const *)b;

	if (x->created != y->created)
		return x->created < y->created ? -1 : 1;
	return strcmp(x->id, y->id);
}

size_t
bookmark_store_list(const struct bookmark_store *st,
    const struct bookmark ***list)
{
	size_t i, n = 0;

	*list = xcalloc(st->n + 1, sizeof **list);
	for (i = 0; i < st->n; i++)
		if (!st->items[i].deleted)
			(*list)[n++] = &st->items[i];
	qsort(*list, n, sizeof **list, bookmark_cmp_created);
	return n;
}

size_t
bookmark_store_count(const struct bookmark_store *st)
{
	size_t i, n = 0;

	for (i = 0; i < st->n; i++)
		n += !st->items[i].deleted;
	return n;
}

/* --- merging ------------------------------------------------------------- */

/* Order two records of one id by every field but the times, so that a tie
 * is broken the same way in every copy of the store. */
static int
bookmark_cmp_fields(const struct bookmark *a, const struct bookmark *b)
{
	const char *const fa[] = { a->name, a->note, a->article, a->headline,
	    a->snippet, a->archive };
	const char *const fb[] = { b->name, b->note, b->article, b->headline,
	    b->snippet, b->archive };
	size_t i;
	int c;

	for (i = 0; i < sizeof fa / sizeof *fa; i++)
		if ((c = strcmp(fa[i], fb[i])) != 0)
			return c;
	if (a->block != b->block)
		return a->block > b->block ? 1 : -1;
	if (a->offset != b->offset)
		return a->offset > b->offset ? 1 : -1;
	return 0;
}

/* Does record a win over b (same id)?  The later change wins; on a tie a
 * tombstone wins, then the greater fields, so that every copy of the store
 * picks the same record whatever the order of the merges. */
static bool
bookmark_newer(const struct bookmark *a, const struct bookmark *b)
{
	if (a->modified != b->modified)
		return a->modified > b->modified;
	if (a->deleted != b->deleted)
		return a->deleted;
	return bookmark_cmp_fields(a, b) > 0;
}

int
bookmark_store_put(struct bookmark_store *st, const struct bookmark *rec)
{
	bool found;
	size_t i = bookmark_store_slot(st, rec->id, &found);
	struct bookmark copy;

	if (found && !bookmark_newer(rec, &st->items[i]))
		return 0;
	bookmark_copy(&copy, rec);
	st->dirty = true;
	if (found) {
		bookmark_clear(&st->items[i]);
		st->items[i] = copy;
		return 2;
	}
	bookmark_store_insert(st, i, &copy);
	return 1;
}

size_t
bookmark_store_merge(struct bookmark_store *dst,
    const struct bookmark_store *src, struct bookmark_merge_stats *stats)
{
	struct bookmark_merge_stats s = { 0, 0, 0 };
	size_t i;

	for (i = 0; i < src->n; i++) {
		switch (bookmark_store_put(dst, &src->items[i])) {
		case 1: s.added++; break;
		case 2: s.updated++; break;
		default: s.unchanged++; break;
		}
	}
	if (stats)
		*stats = s;
	return s.added + s.updated;
}
