/* SPDX-License-Identifier: ISC */
/* textcache_update.c: updating the search cache instead of building it
 * all again (see textcache.h).
 *
 * A library adds one issue a night to an archive of thousands: loading
 * and segmenting every page again takes minutes, copying what did not
 * change takes seconds.  The old file is mapped and checked as a reader
 * checks it (all but its files); an issue is copied when its publication's
 * configuration and every file recorded for it (its directory or file,
 * then its pages) are as stat sees them now — a page added or removed
 * changes the directory — which is what makes a cache valid in the first
 * place.  Copied entries are written in the order and shape a full build
 * writes them, offsets moved to their new places, so the file is the same
 * as a full build's. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "search.h"
#include "textcache.h"
#include "textcache_build_int.h"
#include "textcache_int.h"
#include "xalloc.h"

/* An old issue by the path of its directory or file. */
struct tcu_entry {
	const char	*path;
	size_t		 issue;
};

struct tc_update {
	struct textcache *old;
	struct tcu_entry *by_path;	/* sorted by path */
	size_t		 n;
	int		 dir;		/* the archive, for fstatat */
};

static int
tcu_cmp(const void *x, const void *y)
{
	return strcmp(((const struct tcu_entry *)x)->path,
	    ((const struct tcu_entry *)y)->path);
}

static void
tcu_index(struct tc_update *up)
{
	const struct textcache *old = up->old;
	const struct tc_issue *is;
	const char *path;
	uint64_t i;

	up->by_path = xcalloc((size_t)old->h->n_issues + 1, sizeof *up->by_path);
	for (i = 0; i < old->h->n_issues; i++) {
		is = &old->issues[i];
		if (is->n_files == 0 ||
		    (path = tc_file_path(old, &old->files[is->first_file])) == NULL)
			continue;	/* never matched: loaded again */
		up->by_path[up->n++] = (struct tcu_entry){ path, (size_t)i };
	}
	qsort(up->by_path, up->n, sizeof *up->by_path, tcu_cmp);
}

void
tcu_begin(struct tc_builder *b, const char *file, const char *realpath,
    const char *encoding)
{
	struct textcache *old = tc_map_old(file, realpath, encoding);
	int dir;

	if (old == NULL)
		return;
	/* Text folded another way cannot be copied. */
	if (((old->h->flags & TC_FLAG_HAN) != 0) !=
	    ((b->fold_flags & SEARCH_HAN) != 0) ||
	    (dir = open(realpath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
		textcache_close(old);
		return;
	}
	b->up = xcalloc(1, sizeof *b->up);
	b->up->old = old;
	b->up->dir = dir;
	tcu_index(b->up);
}

void
tcu_end(struct tc_builder *b)
{
	if (b->up == NULL)
		return;
	textcache_close(b->up->old);
	close(b->up->dir);
	free(b->up->by_path);
	free(b->up);
	b->up = NULL;
}

/* --- what is copied ------------------------------------------------------------ */

/* Whether publication pub's configuration is as the old cache saw it:
 * recorded and unchanged, or neither recorded nor there. */
static bool
tcu_conf_same(const struct tc_builder *b, const struct archive *a,
    const char *root, size_t pub)
{
	const struct textcache *old = b->up->old;
	uint64_t i, n = old->h->n_issues > 0 ? old->issues[0].first_file :
	    old->h->n_files;
	char *conf = tcb_conf_path(a, root, pub);
	const char *rel = tcb_rel(b, conf), *path;
	struct stat st;
	bool same = false, found = false;

	for (i = 0; rel != NULL && i < n && !found; i++)
		if ((path = tc_file_path(old, &old->files[i])) != NULL &&
		    strcmp(path, rel) == 0) {
			found = true;
			same = tc_check_file(old, b->up->dir, &old->files[i]) == NULL;
		}
	if (!found)
		same = rel != NULL && stat(conf, &st) != 0;
	free(conf);
	return same;
}

/* The old issue holding is unchanged, or TCU_LOAD. */
static size_t
tcu_find(const struct tc_builder *b, const struct issue *is)
{
	const struct textcache *old = b->up->old;
	struct tcu_entry key = { tcb_rel(b, is->path), 0 }, *e;
	const struct tc_issue *oi;
	uint64_t f;

	if (key.path == NULL || (e = bsearch(&key, b->up->by_path, b->up->n,
	    sizeof *b->up->by_path, tcu_cmp)) == NULL)
		return TCU_LOAD;
	oi = &old->issues[e->issue];
	for (f = oi->first_file; f < oi->first_file + oi->n_files; f++)
		if (tc_check_file(old, b->up->dir, &old->files[f]) != NULL)
			return TCU_LOAD;
	return e->issue;
}

size_t *
tcu_plan(struct tc_builder *b, const struct archive *a, const char *root,
    size_t *n_load)
{
	size_t i, j, k = 0, total = 0, *reuse;
	bool same;

	for (i = 0; i < a->n_pubs; i++)
		total += a->pubs[i].n_issues;
	reuse = xcalloc(total + 1, sizeof *reuse);
	*n_load = 0;
	for (i = 0; i < a->n_pubs; i++) {
		same = b->up != NULL && tcu_conf_same(b, a, root, i);
		for (j = 0; j < a->pubs[i].n_issues; j++, k++) {
			reuse[k] = same ? tcu_find(b, &a->pubs[i].issues[j]) :
			    TCU_LOAD;
			if (reuse[k] == TCU_LOAD)
				(*n_load)++;
		}
	}
	return reuse;
}

/* --- copying -------------------------------------------------------------------- */

/* Append n entries of size from src to table v (*len of *cap). */
static void *
tcu_append(void *v, size_t *len, size_t *cap, const void *src, size_t n,
    size_t size)
{
	if (n == 0)
		return v;
	v = xgrow(v, cap, *len + n, size);
	memcpy((char *)v + *len * size, src, n * size);
	*len += n;
	return v;
}

static void
tcu_block(struct tc_builder *b, uint64_t i)
{
	const struct textcache *old = b->up->old;
	const struct tc_block *ob = &old->blocks[i];
	const char *clean = old->clean + ob->clean_off,
	    *fold = old->fold + ob->fold_off;
	static const char nul;
	uint64_t blo, bhi, mlo, mhi;	/* its breaks and maps (in order: checked) */

	blo = ob->first_break;
	bhi = i + 1 < old->h->n_blocks ? ob[1].first_break : old->h->n_breaks;
	mlo = ob->first_map;
	mhi = i + 1 < old->h->n_blocks ? ob[1].first_map : old->h->n_maps;
	if (tcb_block_entry(b, clean, ob->clean_len, ob->fold_len) == NULL) {
		if (b->error == 0)
			b->error = EOVERFLOW;
		return;
	}
	b->maps = tcu_append(b->maps, &b->n_maps, &b->cap_maps, old->maps + mlo,
	    (size_t)(mhi - mlo), sizeof *b->maps);
	b->breaks = tcu_append(b->breaks, &b->n_breaks, &b->cap_breaks,
	    old->breaks + blo, (size_t)(bhi - blo), sizeof *b->breaks);
	tcb_count(b->clean_freq, clean, ob->clean_len);
	tcb_count(b->fold_freq, fold, ob->fold_len);
	/* The NUL after each text written, not copied: the file is not trusted. */
	tcb_write(b, b->out, clean, ob->clean_len);
	tcb_write(b, b->out, &nul, 1);
	tcb_write(b, b->fold, fold, ob->fold_len);
	tcb_write(b, b->fold, &nul, 1);
	b->clean_len += (uint64_t)ob->clean_len + 1;
	b->fold_len += (uint64_t)ob->fold_len + 1;
}

static void
tcu_article(struct tc_builder *b, uint64_t i, const struct tc_article *proto)
{
	const struct textcache *old = b->up->old;
	const struct tc_article *oa = &old->arts[i];
	struct tc_article *ta;
	uint64_t k;

	b->arts = xgrow(b->arts, &b->cap_arts, b->n_arts + 1, sizeof *b->arts);
	ta = &b->arts[b->n_arts++];
	*ta = *proto;
	/* The strings were checked with the tables. */
	ta->id = tcb_str(b, tc_string(old, oa->id), (size_t)oa->id.len);
	ta->flags = tcb_article_flags(tc_string(old, oa->id), (size_t)oa->id.len);
	ta->title = tcb_str(b, tc_string(old, oa->title), (size_t)oa->title.len);
	ta->page = oa->page;
	ta->first_block = b->n_blocks;
	ta->n_blocks = oa->n_blocks;
	for (k = oa->first_block; k < oa->first_block + oa->n_blocks; k++)
		tcu_block(b, k);
}

void
tcu_copy(struct tc_builder *b, size_t k, const struct publication *pub,
    const struct issue *is)
{
	const struct textcache *old = b->up->old;
	const struct tc_issue *oi = &old->issues[k];
	const struct tc_file *of;
	struct tc_file *f;
	struct tc_article proto;
	uint64_t i;

	tcb_issue_begin(b);
	b->issues[b->n_issues - 1].flags = oi->flags & TC_ISSUE_TROUBLE;
	/* As checked by tcu_find, so with sound names. */
	for (i = oi->first_file; i < oi->first_file + oi->n_files; i++) {
		of = &old->files[i];
		f = tcb_add_file(b, tc_file_path(old, of));
		f->is_dir = of->is_dir != 0;
		f->size = f->is_dir ? 0 : of->size;
		f->mtime_sec = of->mtime_sec;
		f->mtime_nsec = of->mtime_nsec;
	}
	memset(&proto, 0, sizeof proto);
	proto.pub = tcb_str(b, pub->id, strlen(pub->id));
	proto.pub_name = tcb_str(b, pub->name, strlen(pub->name));
	proto.date = tcb_str(b, is->date, strlen(is->date));
	for (i = oi->first_article; i < oi->first_article + oi->n_articles; i++)
		tcu_article(b, i, &proto);
	tcb_issue_end(b);
}
