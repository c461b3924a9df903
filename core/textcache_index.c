/* SPDX-License-Identifier: ISC */
/* textcache_index.c: per-issue Bloom filters of the cache's folded text
 * (see textcache_index.h), stored bit-sliced.
 *
 * Each issue's filter has the least power of two of bits that gives
 * TCI_BITS_PER_KEY bits a key.  Issues whose filters have the same size
 * form a class, and a class is stored transposed: row b of the class is
 * one bit per member, set when bit b of that member's filter is.  A
 * query's keys and probes name a few rows a class; the AND of those rows
 * is the class's candidates.  So a search reads a few rows (an eighth of
 * a byte an issue each) with pread, never the whole index: its cost
 * follows the number of issues by a bit, not their text by bytes. */
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
 * the least and the most bits a filter has (as powers of two). */
#define TCI_BITS_PER_KEY	10
#define TCI_MIN_LOG2		9
#define TCI_MAX_LOG2		32
#define TCI_PROBES		3
/* When more than this share of the issues searched are candidates, the
 * scan is cheaper than the runs (1/TCI_SCAN_SHARE). */
#define TCI_SCAN_SHARE		4

static const char tci_magic[8] = "KBIDX\0\0\2";

struct tci_header {
	char		magic[8];
	uint64_t	cache_size, cache_ino, cache_dev;
	int64_t		cache_mtime_sec, cache_mtime_nsec;
	uint64_t	n_issues, n_classes;
};

/* The issues whose filters have 1 << log2 bits. */
struct tci_class {
	uint32_t	log2;
	uint32_t	pad;
	uint64_t	n_members;
	uint64_t	members_off;	/* uint32_t issue numbers, ascending */
	uint64_t	rows_off;	/* 1 << log2 rows of row_bytes */
	uint64_t	row_bytes;	/* (n_members + 7) / 8 */
};

/* The candidates of the last query: a search of a scope asks for each of
 * its runs of articles (an issue each, newest first), and the rows are
 * read once. */
struct tci_memo {
	char		*q;		/* the folded query, NULL: none */
	size_t		 len;
	int		 rc;
	unsigned char	*may;		/* a bit an issue */
};

struct tc_index {
	int			 fd;
	struct tci_header	 h;
	struct tci_class	*classes;
	uint32_t		*members;	/* every class's, in turn */
	struct tci_memo		*memo;
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

/* n zero bytes added to b. */
static void
tci_zeros(struct strbuf *b, size_t n)
{
	static const char zeros[4096];
	size_t k;

	for (; n > 0; n -= k) {
		k = n < sizeof zeros ? n : sizeof zeros;
		strbuf_add(b, zeros, k);
	}
}

static int
tci_build(const struct textcache *tc, const char *file, const char *idx)
{
	struct tci_header h;
	struct tci_class cls[TCI_MAX_LOG2 + 1];
	struct dbgrams g = { 0 };
	struct strbuf filters = STRBUF_INIT, out = STRBUF_INIT;
	size_t k, n = tc->h->n_issues, j, m, b, *at, nc = 0, off;
	uint32_t *log2 = xcalloc(n + 1, sizeof *log2), *members;
	uint64_t count[TCI_MAX_LOG2 + 1] = { 0 }, seen[TCI_MAX_LOG2 + 1] = { 0 };
	unsigned i, l;
	int rc;

	if (tci_identity(file, &h) != 0) {
		free(log2);
		return -1;
	}
	/* Each issue's filter, one after the other. */
	at = xcalloc(n + 1, sizeof *at);
	for (k = 0; k < n; k++) {
		unsigned char *p;

		tci_issue_keys(tc, k, &g);
		for (l = TCI_MIN_LOG2; ((size_t)1 << l) < g.n * TCI_BITS_PER_KEY &&
		    l < TCI_MAX_LOG2; l++)
			;
		log2[k] = l;
		count[l]++;
		m = (size_t)1 << l;
		at[k] = filters.len;
		tci_zeros(&filters, m / 8);
		p = (unsigned char *)filters.s + at[k];
		for (j = 0; j < g.n; j++)
			for (i = 0; i < TCI_PROBES; i++) {
				uint32_t bit = tci_hash(g.v[j], i) & (uint32_t)(m - 1);

				p[bit >> 3] |= (unsigned char)(1u << (bit & 7));
			}
	}
	dbgrams_free(&g);
	/* The classes, their members, then their rows. */
	for (l = 0; l <= TCI_MAX_LOG2; l++)
		if (count[l] > 0)
			nc++;
	h.n_issues = n;
	h.n_classes = nc;
	off = sizeof h + nc * sizeof *cls + n * sizeof *members;
	off = (off + 7) & ~(size_t)7;
	for (nc = 0, j = 0, l = 0; l <= TCI_MAX_LOG2; l++) {
		if (count[l] == 0)
			continue;
		memset(&cls[nc], 0, sizeof cls[nc]);
		cls[nc].log2 = l;
		cls[nc].n_members = count[l];
		cls[nc].members_off = sizeof h + h.n_classes * sizeof *cls +
		    j * sizeof *members;
		cls[nc].row_bytes = (count[l] + 7) / 8;
		cls[nc].rows_off = off;
		off += ((size_t)1 << l) * cls[nc].row_bytes;
		j += count[l];
		nc++;
	}
	members = xcalloc(n + 1, sizeof *members);
	strbuf_add(&out, (const char *)&h, sizeof h);
	strbuf_add(&out, (const char *)cls, nc * sizeof *cls);
	strbuf_add(&out, (const char *)members, n * sizeof *members);
	tci_zeros(&out, off - out.len);
	for (k = 0; k < n; k++) {
		const unsigned char *p = (const unsigned char *)filters.s + at[k];
		struct tci_class *c;
		size_t q;

		for (c = cls; c->log2 != log2[k]; c++)
			;
		q = (size_t)seen[log2[k]]++;	/* the member's place */
		memcpy(out.s + c->members_off + q * sizeof *members, &(uint32_t){
		    (uint32_t)k }, sizeof *members);
		m = (size_t)1 << log2[k];
		for (b = 0; b < m; b++)
			if (p[b >> 3] & (1u << (b & 7)))
				out.s[c->rows_off + b * c->row_bytes + q / 8] |=
				    (char)(1u << (q & 7));
	}
	rc = atomicfile_replace(idx, out.s, out.len, 0644);
	strbuf_free(&filters);
	strbuf_free(&out);
	free(members);
	free(log2);
	free(at);
	return rc;
}

/* Read len bytes at off; -1 when the file is not that long (any more). */
static int
tci_pread(int fd, void *buf, size_t len, uint64_t off)
{
	size_t got = 0;
	ssize_t r;

	while (got < len) {
		r = pread(fd, (char *)buf + got, len - got, (off_t)(off + got));
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	return 0;
}

/* Open idx and check it is the index of file as it is, for tc: its
 * header, classes and members are read and checked; the rows are read
 * when a query needs them (the file is not mapped: a file another
 * program cuts short while mapped would fault at the next search). */
static struct tc_index *
tci_open(const struct textcache *tc, const char *file, const char *idx)
{
	struct tci_header want;
	struct tc_index *x;
	struct stat st;
	uint64_t total = 0, k, c, end;
	int fd;

	if (tci_identity(file, &want) != 0 ||
	    (fd = open(idx, O_RDONLY | O_CLOEXEC)) < 0)
		return NULL;
	x = xcalloc(1, sizeof *x);
	x->fd = fd;
	x->memo = xcalloc(1, sizeof *x->memo);
	want.n_issues = tc->h->n_issues;
	if (fstat(fd, &st) != 0 || tci_pread(fd, &x->h, sizeof x->h, 0) != 0)
		goto bad;
	want.n_classes = x->h.n_classes;
	if (memcmp(&x->h, &want, sizeof want) != 0 ||
	    x->h.n_classes > TCI_MAX_LOG2 + 1)
		goto bad;
	x->classes = xcalloc(x->h.n_classes + 1, sizeof *x->classes);
	x->members = xcalloc(x->h.n_issues + 1, sizeof *x->members);
	if (tci_pread(fd, x->classes, x->h.n_classes * sizeof *x->classes,
	    sizeof x->h) != 0 ||
	    tci_pread(fd, x->members, x->h.n_issues * sizeof *x->members,
	    sizeof x->h + x->h.n_classes * sizeof *x->classes) != 0)
		goto bad;
	for (c = 0; c < x->h.n_classes; c++) {
		const struct tci_class *cl = &x->classes[c];

		end = cl->rows_off + ((uint64_t)1 << cl->log2) * cl->row_bytes;
		if (cl->log2 < TCI_MIN_LOG2 || cl->log2 > TCI_MAX_LOG2 ||
		    cl->n_members == 0 || cl->n_members > x->h.n_issues - total ||
		    cl->row_bytes != (cl->n_members + 7) / 8 ||
		    cl->members_off != sizeof x->h + x->h.n_classes *
		    sizeof *x->classes + total * sizeof *x->members ||
		    end < cl->rows_off || end > (uint64_t)st.st_size)
			goto bad;
		total += cl->n_members;
	}
	if (total != x->h.n_issues)
		goto bad;
	for (k = 0; k < total; k++)
		if (x->members[k] >= x->h.n_issues)
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
	if ((x = tci_open(tc, file, idx)) == NULL && !readonly &&
	    tci_build(tc, file, idx) == 0)
		x = tci_open(tc, file, idx);
	free(idx);
	return x;
}

void
textcache_index_close(struct tc_index *x)
{
	if (x == NULL)
		return;
	if (x->fd >= 0)
		close(x->fd);
	free(x->classes);
	free(x->members);
	if (x->memo != NULL) {
		free(x->memo->q);
		free(x->memo->may);
		free(x->memo);
	}
	free(x);
}

/* Mark in may (a bit an issue) the issues that may hold every key of q.
 * -1 when a row cannot be read. */
static int
tci_candidates(const struct tc_index *x, const struct dbgrams *q,
    unsigned char *may)
{
	unsigned char *acc = NULL, *row = NULL;
	size_t cap = 0, j, i, n;
	uint64_t c, before = 0;
	unsigned p;
	int rc = 0;

	for (c = 0; c < x->h.n_classes && rc == 0; before += n, c++) {
		const struct tci_class *cl = &x->classes[c];
		uint32_t mask = (uint32_t)(((uint64_t)1 << cl->log2) - 1);
		bool any = true;

		n = (size_t)cl->n_members;
		if (cl->row_bytes > cap) {
			cap = (size_t)cl->row_bytes;
			acc = xrealloc(acc, cap);
			row = xrealloc(row, cap);
		}
		memset(acc, 0xFF, (size_t)cl->row_bytes);
		for (j = 0; j < q->n && any; j++)
			for (p = 0; p < TCI_PROBES && any; p++) {
				uint32_t b = tci_hash(q->v[j], p) & mask;

				if (tci_pread(x->fd, row, (size_t)cl->row_bytes,
				    cl->rows_off + b * cl->row_bytes) != 0) {
					rc = -1;
					break;
				}
				for (any = false, i = 0; i < cl->row_bytes; i++)
					any |= (acc[i] &= row[i]) != 0;
			}
		for (i = 0; rc == 0 && any && i < n; i++)
			if (acc[i / 8] & (1u << (i & 7))) {
				uint32_t k = x->members[before + i];

				may[k / 8] |= (unsigned char)(1u << (k & 7));
			}
	}
	free(acc);
	free(row);
	return rc;
}

long
textcache_index_runs(const struct tc_index *x, const struct textcache *tc,
    const struct search_pattern *sp, size_t first, size_t last,
    size_t **runs)
{
	struct dbgrams q = { 0 };
	struct tci_memo *m;
	const char *folded;
	const unsigned char *may;
	size_t flen, k, n = 0, cap = 0, searched = 0, cand = 0, from, to;
	int rc;

	*runs = NULL;
	if (x == NULL || (search_pattern_flags(sp) & SEARCH_LITERAL))
		return -1;
	folded = search_pattern_folded(sp, &flen);
	m = x->memo;
	if (m->q == NULL || m->len != flen || memcmp(m->q, folded, flen) != 0) {
		free(m->q);
		free(m->may);
		m->q = xmalloc(flen + 1);
		memcpy(m->q, folded, flen);
		m->len = flen;
		m->may = xcalloc((size_t)x->h.n_issues / 8 + 1, 1);
		dbgrams_query(&q, folded, flen);
		m->rc = tci_candidates(x, &q, m->may);
		dbgrams_free(&q);
	}
	may = m->may;
	rc = m->rc;
	for (k = 0; rc == 0 && k < x->h.n_issues; k++) {
		const struct tc_issue *is = &tc->issues[k];

		from = is->first_article > first ? is->first_article : first;
		to = is->first_article + is->n_articles < last ?
		    is->first_article + is->n_articles : last;
		if (from >= to)
			continue;
		searched++;
		if (!(may[k / 8] & (1u << (k & 7))))
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
	/* A row that cannot be read, articles outside every issue (none in
	 * a sound cache) or most issues candidates: scan. */
	if (rc != 0 || searched == 0 || cand * TCI_SCAN_SHARE > searched + 8) {
		free(*runs);
		*runs = NULL;
		return -1;
	}
	return (long)n;
}
