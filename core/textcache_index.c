/* SPDX-License-Identifier: ISC */
/* textcache_index.c: per-issue Bloom filters of the cache's folded text
 * (see textcache_index.h). */
#include "config.h"

#include <errno.h>
#include <sys/stat.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomicfile.h"
#include "dbgrams.h"
#include "strbuf.h"
#include "textcache_index.h"
#include "textcache_int.h"
#include "xalloc.h"

/* Bits of filter per key (about 1% false positives with three probes),
 * and the least bits a filter has. */
#define TCI_BITS_PER_KEY	10
#define TCI_MIN_BITS		512
#define TCI_PROBES		3
/* When more than this share of the issues searched are candidates, the
 * scan is cheaper than the runs (1/TCI_SCAN_SHARE). */
#define TCI_SCAN_SHARE		4

static const char tci_magic[8] = "KBIDX\0\0\1";

struct tci_header {
	char		magic[8];
	uint64_t	cache_size, cache_ino, cache_dev;
	int64_t		cache_mtime_sec, cache_mtime_nsec;
	uint64_t	n_issues;
};

/* Issue i's filter: bits [off, off + (1 << log2)) bits of the file. */
struct tci_issue {
	uint64_t	off;		/* bytes from the start of the file */
	uint32_t	log2;
	uint32_t	pad;
};

struct tc_index {
	const char		*base;
	size_t			 size;
	const struct tci_header	*h;
	const struct tci_issue	*issues;
};

static uint32_t
tci_hash(int32_t key, unsigned i)
{
	uint64_t x = (uint32_t)key * 0x9E3779B97F4A7C15ULL;
	uint32_t h1 = (uint32_t)(x >> 32), h2 = (uint32_t)x | 1;

	return h1 + i * h2;
}

/* The cache's identity as the header records it. */
static int
tci_identity(const char *file, struct tci_header *h)
{
	struct stat st;

	if (stat(file, &st) != 0)
		return -1;
	memset(h, 0, sizeof *h);
	memcpy(h->magic, tci_magic, sizeof h->magic);
	h->cache_size = (uint64_t)st.st_size;
	h->cache_ino = (uint64_t)st.st_ino;
	h->cache_dev = (uint64_t)st.st_dev;
	h->cache_mtime_sec = (int64_t)st.st_mtim.tv_sec;
	h->cache_mtime_nsec = (int64_t)st.st_mtim.tv_nsec;
	return 0;
}

/* The keys of issue k's folded text into g (sorted, unique). */
static void
tci_issue_keys(const struct textcache *tc, size_t k, struct dbgrams *g)
{
	const struct tc_issue *is = &tc->issues[k];
	uint64_t a, b;

	g->n = 0;
	for (a = is->first_article; a < is->first_article + is->n_articles &&
	    a < tc->h->n_articles; a++) {
		const struct tc_article *art = &tc->arts[a];

		for (b = art->first_block; b < art->first_block + art->n_blocks &&
		    b < tc->h->n_blocks; b++) {
			const struct tc_block *bl = &tc->blocks[b];

			if (bl->fold_off + bl->fold_len <= tc->h->fold_len)
				dbgrams_add(g, tc->fold + bl->fold_off, bl->fold_len);
		}
	}
	dbgrams_finish(g);
}

static int
tci_build(const struct textcache *tc, const char *file, const char *idx)
{
	struct tci_header h;
	struct tci_issue *v;
	struct dbgrams g = { 0 };
	struct strbuf bits = STRBUF_INIT, out = STRBUF_INIT;
	size_t k, n = tc->h->n_issues, j, m, base;
	unsigned i, log2;
	int rc;

	if (tci_identity(file, &h) != 0)
		return -1;
	h.n_issues = n;
	v = xcalloc(n + 1, sizeof *v);
	base = sizeof h + n * sizeof *v;
	for (k = 0; k < n; k++) {
		unsigned char *p;

		tci_issue_keys(tc, k, &g);
		for (log2 = 9; ((size_t)1 << log2) < g.n * TCI_BITS_PER_KEY &&
		    log2 < 40; log2++)
			;
		m = (size_t)1 << log2;
		v[k].off = base + bits.len;
		v[k].log2 = log2;
		j = bits.len;
		for (; bits.len < j + m / 8; )
			strbuf_addc(&bits, 0);
		p = (unsigned char *)bits.s + j;
		for (j = 0; j < g.n; j++)
			for (i = 0; i < TCI_PROBES; i++) {
				uint32_t b = tci_hash(g.v[j], i) & (uint32_t)(m - 1);

				p[b >> 3] |= (unsigned char)(1u << (b & 7));
			}
	}
	strbuf_add(&out, (const char *)&h, sizeof h);
	strbuf_add(&out, (const char *)v, n * sizeof *v);
	if (bits.len > 0)
		strbuf_add(&out, bits.s, bits.len);
	rc = atomicfile_replace(idx, out.s, out.len, 0644);
	strbuf_free(&bits);
	strbuf_free(&out);
	dbgrams_free(&g);
	free(v);
	return rc;
}

/* The whole file of size bytes at fd, or NULL when it is not that long
 * any more. */
static void *
tci_read_all(int fd, size_t size)
{
	char *buf = xmalloc(size ? size : 1);
	size_t got = 0;
	ssize_t r;

	while (got < size) {
		r = pread(fd, buf + got, size - got, (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			free(buf);
			return NULL;
		}
		got += (size_t)r;
	}
	return buf;
}

/* Read idx and check it is the index of file as it is, for tc. */
static struct tc_index *
tci_map(const struct textcache *tc, const char *file, const char *idx)
{
	struct tci_header want;
	struct tc_index *x;
	struct stat st;
	void *p;
	size_t k;
	int fd;

	if (tci_identity(file, &want) != 0 ||
	    (fd = open(idx, O_RDONLY | O_CLOEXEC)) < 0)
		return NULL;
	/* Read, not mapped: a file another program cuts short while mapped
	 * would fault (SIGBUS) at the next search, and a guard's zeros would
	 * read as "no issue holds the word". */
	if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof want ||
	    (p = tci_read_all(fd, (size_t)st.st_size)) == NULL) {
		close(fd);
		return NULL;
	}
	close(fd);
	x = xcalloc(1, sizeof *x);
	x->base = p;
	x->size = (size_t)st.st_size;
	x->h = p;
	x->issues = (const struct tci_issue *)(x->base + sizeof *x->h);
	want.n_issues = tc->h->n_issues;
	if (memcmp(x->h, &want, sizeof want) != 0 ||
	    sizeof want + want.n_issues * sizeof *x->issues > x->size)
		goto bad;
	for (k = 0; k < want.n_issues; k++)
		if (x->issues[k].log2 < 3 || x->issues[k].log2 > 40 ||
		    x->issues[k].off > x->size ||
		    (((uint64_t)1 << x->issues[k].log2) >> 3) >
		    x->size - x->issues[k].off)
			goto bad;
	return x;
bad:
	textcache_index_close(x);
	return NULL;
}

struct tc_index *
textcache_index_open(const struct textcache *tc, const char *file,
    bool readonly)
{
	char *idx;
	struct tc_index *x;

	if (tc == NULL || file == NULL)
		return NULL;
	idx = xasprintf("%s.idx", file);
	if ((x = tci_map(tc, file, idx)) == NULL && !readonly &&
	    tci_build(tc, file, idx) == 0)
		x = tci_map(tc, file, idx);
	free(idx);
	return x;
}

void
textcache_index_close(struct tc_index *x)
{
	if (x == NULL)
		return;
	free((void *)x->base);
	free(x);
}

static bool
tci_may_hold(const struct tc_index *x, size_t k, const struct dbgrams *q)
{
	const unsigned char *p = (const unsigned char *)x->base +
	    x->issues[k].off;
	uint32_t mask = (uint32_t)(((uint64_t)1 << x->issues[k].log2) - 1);
	size_t j;
	unsigned i;

	for (j = 0; j < q->n; j++)
		for (i = 0; i < TCI_PROBES; i++) {
			uint32_t b = tci_hash(q->v[j], i) & mask;

			if (!(p[b >> 3] & (1u << (b & 7))))
				return false;
		}
	return true;
}

long
textcache_index_runs(const struct tc_index *x, const struct textcache *tc,
    const struct search_pattern *sp, size_t first, size_t last,
    size_t **runs)
{
	struct dbgrams q = { 0 };
	const char *folded;
	size_t flen, k, n = 0, cap = 0, searched = 0, cand = 0, from, to;

	*runs = NULL;
	if (x == NULL || (search_pattern_flags(sp) & SEARCH_LITERAL))
		return -1;
	folded = search_pattern_folded(sp, &flen);
	dbgrams_query(&q, folded, flen);
	for (k = 0; k < x->h->n_issues; k++) {
		const struct tc_issue *is = &tc->issues[k];

		from = is->first_article > first ? is->first_article : first;
		to = is->first_article + is->n_articles < last ?
		    is->first_article + is->n_articles : last;
		if (from >= to)
			continue;
		searched++;
		if (!tci_may_hold(x, k, &q))
			continue;
		cand++;
		if (n > 0 && (*runs)[2 * n - 1] == from)
			(*runs)[2 * n - 1] = to;	/* the next issue: one run */
		else {
			*runs = xgrow(*runs, &cap, 2 * n + 2, sizeof **runs);
			(*runs)[2 * n] = from;
			(*runs)[2 * n + 1] = to;
			n++;
		}
	}
	dbgrams_free(&q);
	/* Articles outside every issue (none in a sound cache) or most
	 * issues candidates: scan. */
	if (searched == 0 || cand * TCI_SCAN_SHARE > searched + 8) {
		free(*runs);
		*runs = NULL;
		return -1;
	}
	return (long)n;
}
