/* SPDX-License-Identifier: ISC */
/* textcache.c: finding, mapping and checking the search cache, and
 * reading articles and lines from it (see textcache.h; the format is in
 * textcache_int.h, the search in textcache_scan.c).
 *
 * The file is mapped MAP_SHARED read-only: its pages are the page cache's,
 * one copy for every process on the machine.  Opening checks the header
 * and that every section lies inside the file, then stats every file the
 * cache was made from; the entries themselves are checked as they are
 * read, since a damaged file may say anything. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "readfile.h"
#include "searchfold.h"
#include "textcache.h"
#include "textcache_int.h"
#include "userconf.h"
#include "i18n.h"
#include "xalloc.h"

/* The running program's size and modification time: what the cache holds
 * is the segmentation and folding of the program that built it, and those
 * change between builds without a version number changing, so a cache
 * made by another build of kanbao is not trusted ("" where /proc is not
 * mounted: then only the version and format guard it). */
static void
tc_program_id(char *buf, size_t size)
{
	struct stat st;

	if (stat("/proc/self/exe", &st) != 0) {
		buf[0] = '\0';
		return;
	}
	snprintf(buf, size, "%lld.%09ld %lld", (long long)st.st_mtim.tv_sec,
	    (long)st.st_mtim.tv_nsec, (long long)st.st_size);
}

char *
tc_key(const char *realpath, const char *encoding)
{
	char prog[80];

	tc_program_id(prog, sizeof prog);
	return xasprintf("kanbao %s cache %u (%s)\n%s\n%s", PACKAGE_VERSION,
	    TC_VERSION, prog, realpath, encoding ? encoding : "");
}

/* FNV-1a, 64 bits: a file name per archive. */
static uint64_t
tc_hash(const char *s, uint64_t h)
{
	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h;
}

char *
textcache_path(const char *archive_path, const char *encoding)
{
	char *rp = realpath(archive_path, NULL), *leaf, *path;
	uint64_t h = 0xcbf29ce484222325ULL;

	if (rp == NULL)
		return NULL;
	h = tc_hash(rp, h);
	h = tc_hash("\n", h);
	h = tc_hash(encoding ? encoding : "", h);
	leaf = xasprintf("search-%016llx.cache", (unsigned long long)h);
	path = userconf_cache_path(leaf);
	free(leaf);
	free(rp);
	return path;
}

/* --- checking ---------------------------------------------------------------- */

/* Whether n elements of size at off lie inside the file, aligned. */
static bool
tc_section_ok(const struct textcache *tc, uint64_t off, uint64_t n, size_t size)
{
	return off % 8 == 0 && off <= tc->size &&
	    n <= (tc->size - off) / size;
}

const char *
tc_string(const struct textcache *tc, struct tc_str s)
{
	if (s.off > tc->h->strings_len || s.len > tc->h->strings_len - s.off)
		return NULL;
	return tc->strings + s.off;
}

static const char *
tc_check_layout(struct textcache *tc)
{
	const struct tc_header *h = tc->h;

	if (tc->size < sizeof *h || memcmp(h->magic, TC_MAGIC, 8) != 0)
		return _("not a kanbao search cache");
	if (h->version != TC_VERSION)
		return _("made by another version");
	if (h->file_size != tc->size)
		return _("truncated");
	if (!tc_section_ok(tc, h->clean_off, h->clean_len, 1) ||
	    !tc_section_ok(tc, h->fold_off, h->fold_len, 1) ||
	    !tc_section_ok(tc, h->strings_off, h->strings_len, 1) ||
	    !tc_section_ok(tc, h->files_off, h->n_files, sizeof *tc->files) ||
	    !tc_section_ok(tc, h->articles_off, h->n_articles, sizeof *tc->arts) ||
	    !tc_section_ok(tc, h->blocks_off, h->n_blocks, sizeof *tc->blocks) ||
	    h->n_blocks > SIZE_MAX / 2 ||
	    !tc_section_ok(tc, h->starts_off, h->n_blocks * 2, sizeof (uint64_t)) ||
	    !tc_section_ok(tc, h->breaks_off, h->n_breaks, sizeof *tc->breaks) ||
	    !tc_section_ok(tc, h->maps_off, h->n_maps, sizeof *tc->maps) ||
	    !tc_section_ok(tc, h->issues_off, h->n_issues, sizeof *tc->issues) ||
	    !tc_section_ok(tc, h->han_off, h->n_han, sizeof (uint32_t)))
		return _("damaged (a section lies outside the file)");
	tc->clean = tc->base + h->clean_off;
	tc->fold = tc->base + h->fold_off;
	tc->strings = tc->base + h->strings_off;
	tc->files = (const struct tc_file *)(tc->base + h->files_off);
	tc->arts = (const struct tc_article *)(tc->base + h->articles_off);
	tc->blocks = (const struct tc_block *)(tc->base + h->blocks_off);
	tc->fold_starts = (const uint64_t *)(tc->base + h->starts_off);
	tc->clean_starts = tc->fold_starts + h->n_blocks;
	tc->breaks = (const struct tc_break *)(tc->base + h->breaks_off);
	tc->maps = (const struct tc_map *)(tc->base + h->maps_off);
	tc->issues = (const struct tc_issue *)(tc->base + h->issues_off);
	return NULL;
}

/* Whether the issues tile the articles, and the files after the
 * archive's own (its directories and configuration). */
static const char *
tc_check_issues(const struct textcache *tc)
{
	const struct tc_header *h = tc->h;
	uint64_t i, file = h->n_issues > 0 ? tc->issues[0].first_file :
	    h->n_files, art = 0;
	const struct tc_issue *is;

	if (file > h->n_files)
		return _("damaged (an issue)");
	for (i = 0; i < h->n_issues; i++) {
		is = &tc->issues[i];
		if (is->first_file != file || is->n_files > h->n_files - file ||
		    is->first_article != art ||
		    is->n_articles > h->n_articles - art)
			return _("damaged (an issue)");
		file += is->n_files;
		art += is->n_articles;
	}
	if (file != h->n_files || art != h->n_articles)
		return _("damaged (the issues)");
	return NULL;
}

int
tc_check_range(const struct textcache *tc, size_t first, size_t last,
    size_t b0, size_t b1)
{
	const struct tc_header *h = tc->h;
	uint64_t i, blk = b0, clean, fold, brk, map;
	const struct tc_article *a;
	const struct tc_block *b;

	if (tc->tables_checked)
		return 0;
	if (last > h->n_articles || b0 > h->n_blocks || b1 > h->n_blocks)
		return -1;
	for (i = first; i < last; i++) {
		a = &tc->arts[i];
		if (a->first_block != blk || a->n_blocks > h->n_blocks - blk ||
		    tc_string(tc, a->id) == NULL || tc_string(tc, a->pub) == NULL ||
		    tc_string(tc, a->pub_name) == NULL ||
		    tc_string(tc, a->date) == NULL ||
		    tc_string(tc, a->title) == NULL)
			return -1;
		blk += a->n_blocks;
	}
	if (blk != b1)
		return -1;
	if (b0 == b1)
		return 0;
	b = &tc->blocks[b0];
	clean = b->clean_off;
	fold = b->fold_off;
	brk = b->first_break;
	map = b->first_map;
	if (clean > h->clean_len || fold > h->fold_len)
		return -1;
	for (i = b0; i < b1; i++) {
		b = &tc->blocks[i];
		if (b->clean_off != clean || b->fold_off != fold ||
		    tc->clean_starts[i] != clean || tc->fold_starts[i] != fold ||
		    b->clean_len >= h->clean_len - clean ||
		    b->fold_len >= h->fold_len - fold ||
		    b->article < first || b->article >= last ||
		    b->first_break < brk || b->first_break > h->n_breaks ||
		    b->first_map < map || b->first_map > h->n_maps ||
		    tc->arts[b->article].first_block > i)
			return -1;
		clean += (uint64_t)b->clean_len + 1;
		fold += (uint64_t)b->fold_len + 1;
		brk = b->first_break;
		map = b->first_map;
	}
	/* Where block b1 - 1 ends: block b1's starts, breaks and maps. */
	if (b1 < h->n_blocks) {
		b = &tc->blocks[b1];
		if (b->clean_off != clean || b->fold_off != fold ||
		    tc->clean_starts[b1] != clean || tc->fold_starts[b1] != fold ||
		    b->first_break < brk || b->first_break > h->n_breaks ||
		    b->first_map < map || b->first_map > h->n_maps)
			return -1;
	}
	return 0;
}

/* Whether the articles and blocks tile the text in order, so a search
 * needs no further checks: one pass over the tables. */
static const char *
tc_check_tables(struct textcache *tc)
{
	const struct tc_header *h = tc->h;
	uint64_t i, blk = 0, clean = 0, fold = 0, brk = 0, map = 0;
	const struct tc_article *a;
	const struct tc_block *b;
	const char *why;

	for (i = 0; i < h->n_articles; i++) {
		a = &tc->arts[i];
		if (a->first_block != blk || a->n_blocks > h->n_blocks - blk ||
		    tc_string(tc, a->id) == NULL || tc_string(tc, a->pub) == NULL ||
		    tc_string(tc, a->pub_name) == NULL ||
		    tc_string(tc, a->date) == NULL ||
		    tc_string(tc, a->title) == NULL)
			return _("damaged (an article)");
		blk += a->n_blocks;
	}
	if (blk != h->n_blocks)
		return _("damaged (the blocks)");
	if ((why = tc_check_issues(tc)) != NULL)
		return why;
	for (i = 0; i < h->n_blocks; i++) {
		b = &tc->blocks[i];
		if (b->clean_off != clean || b->fold_off != fold ||
		    tc->clean_starts[i] != clean || tc->fold_starts[i] != fold ||
		    b->clean_len >= h->clean_len - clean ||
		    b->fold_len >= h->fold_len - fold ||
		    b->article >= h->n_articles || b->first_break < brk ||
		    b->first_break > h->n_breaks || b->first_map < map ||
		    b->first_map > h->n_maps ||
		    tc->arts[b->article].first_block > i)
			return _("damaged (a block)");
		clean += (uint64_t)b->clean_len + 1;
		fold += (uint64_t)b->fold_len + 1;
		brk = b->first_break;
		map = b->first_map;
	}
	return NULL;
}

/* Whether the cache is of this archive. */
static const char *
tc_check_key(const struct textcache *tc, const char *archive_path,
    const char *encoding)
{
	char *rp = realpath(archive_path, NULL), *key;
	const char *s = tc_string(tc, tc->h->key);
	bool same;

	if (rp == NULL)
		return _("the archive cannot be found");
	key = tc_key(rp, encoding);
	same = s != NULL && tc->h->key.len == strlen(key) &&
	    memcmp(s, key, tc->h->key.len) == 0;
	free(key);
	free(rp);
	return same ? NULL : _("made for another archive or by another build of kanbao");
}

const char *
tc_file_path(const struct textcache *tc, const struct tc_file *f)
{
	const char *path = tc_string(tc, f->path);

	if (path == NULL || f->path.len == 0 ||
	    f->path.off + f->path.len >= tc->h->strings_len ||
	    path[f->path.len] != '\0' || path[0] == '/' ||
	    memchr(path, '\0', f->path.len) != NULL)
		return NULL;
	return path;
}

const char *
tc_check_file(const struct textcache *tc, int dir, const struct tc_file *f)
{
	const char *path = tc_file_path(tc, f);
	struct stat st;

	if (path == NULL)
		return _("damaged (a file name)");
	if (fstatat(dir, path, &st, 0) != 0 ||
	    (int64_t)st.st_mtim.tv_sec != f->mtime_sec ||
	    (int64_t)st.st_mtim.tv_nsec != f->mtime_nsec ||
	    (!f->is_dir && (uint64_t)st.st_size != f->size) ||
	    (f->is_dir != 0) != (S_ISDIR(st.st_mode) != 0))
		return _("stale (the archive changed)");
	return NULL;
}

/* Whether files [from, to) are as they were: one stat each, below the
 * archive. */
static const char *
tc_check_file_range(const struct textcache *tc, const char *archive_path,
    uint64_t from, uint64_t to)
{
	int dir = open(archive_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	const char *why = dir < 0 ? _("the archive cannot be read") : NULL;
	uint64_t i;

	for (i = from; why == NULL && i < to && i < tc->h->n_files; i++)
		why = tc_check_file(tc, dir, &tc->files[i]);
	if (dir >= 0)
		close(dir);
	return why;
}

/* Whether every file is as it was. */
static const char *
tc_check_files(const struct textcache *tc, const char *archive_path)
{
	return tc_check_file_range(tc, archive_path, 0, tc->h->n_files);
}

/* Whether the archive's own files are as they were: its directory, its
 * publications' directories (an issue added or removed changes the one
 * holding it) and their configuration. */
static const char *
tc_check_own_files(const struct textcache *tc, const char *archive_path)
{
	return tc_check_file_range(tc, archive_path, 0, tc->h->n_issues > 0 ?
	    tc->issues[0].first_file : tc->h->n_files);
}

/* The issue holding article i (i < n_articles; the issues tile the
 * articles, tc_check_issues). */
static size_t
tc_issue_of(const struct textcache *tc, uint64_t i)
{
	size_t lo = 0, hi = (size_t)tc->h->n_issues, mid;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (tc->issues[mid].first_article <= i)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

bool
textcache_fresh(const struct textcache *tc, const char *archive_path,
    size_t first, size_t last)
{
	size_t k, end;

	if (first >= last || tc->h->n_issues == 0)
		return true;
	if (last > tc->h->n_articles)
		last = (size_t)tc->h->n_articles;
	for (k = tc_issue_of(tc, first); k < tc->h->n_issues &&
	    tc->issues[k].first_article < last; k++) {
		end = (size_t)(tc->issues[k].first_file + tc->issues[k].n_files);
		if (tc_check_file_range(tc, archive_path,
		    tc->issues[k].first_file, end) != NULL)
			return false;
	}
	return true;
}

size_t
textcache_troubled(const struct textcache *tc, const char ***paths,
    size_t **first)
{
	size_t k, n = 0, cap = 0, cap2 = 0;
	const char *path;

	*paths = NULL;
	*first = NULL;
	for (k = 0; k < tc->h->n_issues; k++) {
		if (!(tc->issues[k].flags & TC_ISSUE_TROUBLE) ||
		    tc->issues[k].n_files == 0 || (path = tc_file_path(tc,
		    &tc->files[tc->issues[k].first_file])) == NULL)
			continue;
		*paths = xgrow(*paths, &cap, n + 1, sizeof **paths);
		*first = xgrow(*first, &cap2, n + 1, sizeof **first);
		(*paths)[n] = path;
		(*first)[n++] = (size_t)k;
	}
	return n;
}

bool
textcache_issue_fresh(const struct textcache *tc, const char *archive_path,
    size_t k)
{
	return k >= tc->h->n_issues || tc_check_file_range(tc, archive_path,
	    tc->issues[k].first_file, tc->issues[k].first_file +
	    tc->issues[k].n_files) == NULL;
}

const char *
textcache_issue_path(const struct textcache *tc, size_t article)
{
	const struct tc_issue *is;

	if (article >= tc->h->n_articles || tc->h->n_issues == 0)
		return NULL;
	is = &tc->issues[tc_issue_of(tc, article)];
	if (is->n_files == 0)
		return NULL;
	return tc_file_path(tc, &tc->files[is->first_file]);
}


static void
tc_unmap(struct textcache *tc)
{
	tc_guard_remove(tc->guard);
	if (tc->base != NULL && tc->base != MAP_FAILED)
		munmap((void *)tc->base, tc->size);
	if (tc->fd >= 0)
		close(tc->fd);
	free(tc);
}

/* A new struct, nothing mapped. */
static struct textcache *
tc_new(void)
{
	struct textcache *tc = xcalloc(1, sizeof *tc);

	tc->fd = tc->guard = -1;
	return tc;
}

/* Map size bytes of fd, guarded; MAP_FAILED with errno set. */
static const char *
tc_mmap(struct textcache *tc, int fd, size_t size)
{
	tc->size = size;
	tc->base = mmap(NULL, size, PROT_READ, MAP_SHARED, fd, 0);
	if (tc->base != MAP_FAILED)
		tc->guard = tc_guard_add(tc->base, size);
	return tc->base;
}

bool
textcache_intact(const struct textcache *tc)
{
	struct stat st;

	return !tc_guard_hit(tc->guard) && tc->fd >= 0 &&
	    fstat(tc->fd, &st) == 0 && (size_t)st.st_size >= tc->size;
}

/* The files tc_map checks. */
enum { TC_FILES_NONE, TC_FILES_ALL, TC_FILES_OWN };

/* Map file and check it; its files too, all of them or the archive's
 * own. */
static struct textcache *
tc_map(const char *file, const char *archive_path, const char *encoding,
    int files, char **cause)
{
	struct textcache *tc = tc_new();
	const char *why = NULL;
	struct stat st;
	int fd;

	*cause = NULL;
	if ((fd = readfile_open(file, &st)) < 0) {
		*cause = xasprintf("%s: %s", file, readfile_strerror(errno));
		free(tc);
		return NULL;
	}
	tc->fd = fd;	/* kept: textcache_intact looks at its size */
	tc->size = (size_t)st.st_size;
	if (tc->size < sizeof *tc->h)
		why = "not a kanbao search cache";
	else if (tc_mmap(tc, fd, tc->size) == MAP_FAILED)
		why = strerror(errno);
#ifdef MADV_HUGEPAGE
	/* Pages read back in after the system dropped them come in huge
	 * pieces too (see tcb_open); only a hint. */
	else
		madvise((void *)tc->base, tc->size, MADV_HUGEPAGE);
#endif
	tc->h = (const struct tc_header *)tc->base;
	/* Opened quickly, the tables are checked a search's range at a
	 * time (tc_check_range): a pass over all of them costs as much as
	 * the archive is large. */
	if (why == NULL && (why = tc_check_layout(tc)) == NULL &&
	    (archive_path == NULL ||
	    (why = tc_check_key(tc, archive_path, encoding)) == NULL) &&
	    (why = files == TC_FILES_OWN ? tc_check_issues(tc) :
	    tc_check_tables(tc)) == NULL && files != TC_FILES_NONE)
		why = files == TC_FILES_OWN ? tc_check_own_files(tc, archive_path) :
		    tc_check_files(tc, archive_path);
	if (why != NULL) {
		*cause = xasprintf("%s: %s", file, why);
		tc_unmap(tc);
		return NULL;
	}
	tc->tables_checked = files != TC_FILES_OWN;
	return tc;
}

static struct textcache *
tc_map_checked(const char *file, const char *archive_path,
    const char *encoding, int files, char **cause)
{
	struct textcache *tc = tc_map(file, archive_path, encoding, files, cause);

	/* This build's table, saved with the text: no need to load OpenCC. */
	if (tc != NULL && (tc->h->flags & TC_FLAG_HAN) &&
	    tc->h->n_han >= searchfold_han_size())
		searchfold_han_preset((const uint32_t *)(tc->base + tc->h->han_off));
	return tc;
}

struct textcache *
textcache_map(const char *file, const char *archive_path, const char *encoding,
    char **cause)
{
	return tc_map_checked(file, archive_path, encoding, TC_FILES_ALL, cause);
}

struct textcache *
tc_map_any(const char *file, char **cause)
{
	return tc_map(file, NULL, NULL, TC_FILES_NONE, cause);
}

struct textcache *
tc_map_old(const char *file, const char *archive_path, const char *encoding)
{
	char *cause = NULL;
	struct textcache *tc = tc_map(file, archive_path, encoding,
	    TC_FILES_NONE, &cause);

	free(cause);
	return tc;
}

bool
textcache_stale(const struct textcache *tc, const char *archive_path)
{
	return tc_check_files(tc, archive_path) != NULL;
}

void
textcache_han_preload(const char *archive_path, const char *encoding)
{
	char *file = textcache_path(archive_path, encoding);
	struct textcache *tc = tc_new();
	struct stat st;
	int fd = file ? readfile_open(file, &st) : -1;

	if (fd >= 0 && (size_t)st.st_size >= sizeof *tc->h) {
		tc_mmap(tc, fd, (size_t)st.st_size);
		tc->h = (const struct tc_header *)tc->base;
		if (tc->base != MAP_FAILED && tc_check_layout(tc) == NULL &&
		    tc_check_key(tc, archive_path, encoding) == NULL &&
		    (tc->h->flags & TC_FLAG_HAN) &&
		    tc->h->n_han >= searchfold_han_size())
			searchfold_han_preset((const uint32_t *)(tc->base +
			    tc->h->han_off));
	}
	if (fd >= 0)
		close(fd);
	free(file);
	tc_unmap(tc);
}

void
textcache_close(struct textcache *tc)
{
	if (tc != NULL)
		tc_unmap(tc);
}

struct textcache *
textcache_open(const char *archive_path, const char *encoding, unsigned flags,
    textcache_progress_fn progress, void *arg, char **cause)
{
	char *file = textcache_path(archive_path, encoding), *why = NULL;
	struct textcache *tc = NULL;
	int rc;

	*cause = NULL;
	if (file == NULL) {
		*cause = xstrdup(_("no cache directory (neither XDG_CACHE_HOME nor HOME is set)"));
		return NULL;
	}
	if (!(flags & TEXTCACHE_REBUILD))
		tc = tc_map_checked(file, archive_path, encoding,
		    flags & TEXTCACHE_QUICK ? TC_FILES_OWN : TC_FILES_ALL, &why);
	if (tc == NULL && !(flags & TEXTCACHE_READONLY)) {
		free(why);
		why = NULL;
		rc = textcache_build(archive_path, encoding, file, progress, arg,
		    &why);
		if (rc == 0)
			tc = textcache_map(file, archive_path, encoding, &why);
	}
	free(file);
	*cause = why;
	return tc;
}

/* --- reading ------------------------------------------------------------------- */

size_t
textcache_articles(const struct textcache *tc)
{
	return (size_t)tc->h->n_articles;
}

static int
tc_get(const struct textcache *tc, struct tc_str s, const char **p, size_t *len)
{
	if ((*p = tc_string(tc, s)) == NULL)
		return -1;
	*len = (size_t)s.len;
	return 0;
}

int
textcache_article(const struct textcache *tc, size_t i,
    struct textcache_article *out)
{
	const struct tc_article *a;

	if (i >= tc->h->n_articles)
		return -1;
	a = &tc->arts[i];
	out->page = a->page;
	if (tc_get(tc, a->id, &out->id, &out->id_len) != 0 ||
	    tc_get(tc, a->pub, &out->pub, &out->pub_len) != 0 ||
	    tc_get(tc, a->pub_name, &out->pub_name, &out->pub_name_len) != 0 ||
	    tc_get(tc, a->date, &out->date, &out->date_len) != 0 ||
	    tc_get(tc, a->title, &out->title, &out->title_len) != 0)
		return -1;
	return 0;
}

int
textcache_article_id(const struct textcache *tc, size_t i, const char **id,
    size_t *len, bool *plain)
{
	if (i >= tc->h->n_articles ||
	    tc_get(tc, tc->arts[i].id, id, len) != 0)
		return -1;
	*plain = (tc->arts[i].flags & TC_ARTICLE_PLAIN_ID) != 0;
	return 0;
}

uint64_t
tc_line_guess(const struct textcache *tc, size_t bi, size_t off, uint64_t lo,
    uint64_t hi)
{
	uint64_t len = tc->blocks[bi].clean_len, g;

	if (off >= len)
		return hi - 1;
	g = lo + (hi - lo) * (uint64_t)off / (len + 1);
	return g < hi ? g : lo;	/* (a damaged entry's numbers) */
}

unsigned long
textcache_line(const struct textcache *tc, size_t bi, size_t off)
{
	uint64_t lo, hi, mid, g;
	int k;

	if (bi >= tc->h->n_blocks)
		return 0;
	lo = tc->blocks[bi].first_break;
	hi = bi + 1 < tc->h->n_blocks ? tc->blocks[bi + 1].first_break :
	    tc->h->n_breaks;
	if (hi > tc->h->n_breaks || lo >= hi)
		return 0;
	/* The last break at or before off: lines are of about one length,
	 * so it is near where off lies in the block (the search asked for
	 * that entry ahead, textcache_scan.c); a few steps from there, else
	 * a bisection of the side it is on. */
	g = tc_line_guess(tc, bi, off, lo, hi);
	if (tc->breaks[g].off <= off) {
		for (k = 0; k < 8 && g + 1 < hi && tc->breaks[g + 1].off <= off; k++)
			g++;
		if (g + 1 == hi || tc->breaks[g + 1].off > off)
			return tc->breaks[g].line;
		lo = g;
	} else {
		for (k = 0; k < 8 && g > lo && tc->breaks[g].off > off; k++)
			g--;
		if (tc->breaks[g].off <= off)
			return tc->breaks[g].line;
		hi = g;
	}
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (tc->breaks[mid].off <= off)
			lo = mid;
		else
			hi = mid;
	}
	return tc->breaks[lo].line;
}
