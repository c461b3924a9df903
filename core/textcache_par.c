/* SPDX-License-Identifier: ISC */
/* textcache_par.c: one search of the cache on several threads (see
 * textcache_search_par in textcache.h).
 *
 * The blocks to search are cut into chunks of about the same length of
 * text, many more chunks than threads so that the threads finish
 * together.  Each worker takes the next chunk, searches it with
 * tc_search_blocks (the serial search, which finds the same hits however
 * the blocks are cut) and hands each hit to put, which writes into the
 * chunk's slot.  The calling thread waits for the chunks in order and
 * flushes each; a slot is used again only once its chunk is flushed, so
 * the workers stay at most TC_SLOTS chunks per thread ahead of the output
 * and memory stays bounded however many hits there are.
 *
 * Nothing here or in what the workers call keeps mutable static state:
 * the search reads the mapping and the compiled pattern only. */
#include "config.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "textcache.h"
#include "textcache_int.h"
#include "xalloc.h"

#define TC_CHUNKS	16		/* chunks per thread, at least */
#define TC_CHUNK_MAX	(4u << 20)	/* bytes of text a chunk, at most */
#define TC_PAR_MIN	(4u << 20)	/* less text than this: one thread */
#define TC_SLOTS	4		/* slots per thread */
#define TC_THREADS_MAX	64		/* however many are asked for */

struct tc_slot {
	struct strbuf	 out;
	long		 hits;
	bool		 done;		/* searched, not yet flushed */
	bool		 stopped;	/* put asked to stop */
	bool		 damaged;	/* the search found the cache damaged */
};

struct tc_par {
	const struct textcache		*tc;
	const struct search_pattern	*sp;
	textcache_put_fn		 put;
	const void			*arg;
	size_t				*cut;	/* chunk k: blocks [cut[k], cut[k + 1]) */
	size_t				 n;	/* chunks */
	struct tc_slot			*slot;
	size_t				 nslots;
	pthread_mutex_t			 lock;
	pthread_cond_t			 ready;	/* a chunk is done */
	pthread_cond_t			 room;	/* a slot is free */
	size_t				 next;	/* the next chunk to take */
	size_t				 flushed;	/* chunks flushed */
	atomic_bool			 stop;
};

/* What tc_search_blocks hands each hit of a chunk to. */
struct tc_run {
	struct tc_par	*p;
	struct tc_slot	*s;
};

unsigned
textcache_threads(size_t len)
{
	long n = -1;
#ifdef CPU_COUNT
	cpu_set_t set;

	/* The processors this process may use, which a container or taskset
	 * may make fewer than those online. */
	if (sched_getaffinity(0, sizeof set, &set) == 0)
		n = CPU_COUNT(&set);
#endif
	if (n < 1)
		n = sysconf(_SC_NPROCESSORS_ONLN);
	if (len < TC_PAR_MIN || n <= 1)
		return 1;
	return n > TEXTCACHE_MAX_THREADS ? TEXTCACHE_MAX_THREADS : (unsigned)n;
}

static int
tc_par_hit(const struct textcache *tc, size_t bi,
    const struct textcache_block *b, const struct search_hit *h, void *arg)
{
	struct tc_run *r = arg;

	if (atomic_load_explicit(&r->p->stop, memory_order_relaxed))
		return 1;
	if (r->p->put(tc, bi, b, h, &r->s->out, r->p->arg) != 0) {
		r->s->stopped = true;
		return 1;
	}
	r->s->hits++;
	return 0;
}

static void
tc_par_chunk(struct tc_par *p, size_t k)
{
	struct tc_run r = { p, &p->slot[k % p->nslots] };

	strbuf_truncate(&r.s->out, 0);
	r.s->hits = 0;
	r.s->stopped = false;
	r.s->damaged = tc_search_blocks(p->tc, p->sp, p->cut[k], p->cut[k + 1],
	    tc_par_hit, &r) < 0;
}

static void *
tc_par_worker(void *arg)
{
	struct tc_par *p = arg;
	size_t k;

	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (!atomic_load(&p->stop) && p->next < p->n &&
		    p->next >= p->flushed + p->nslots)
			pthread_cond_wait(&p->room, &p->lock);
		if (atomic_load(&p->stop) || p->next >= p->n)
			break;
		k = p->next++;
		pthread_mutex_unlock(&p->lock);
		tc_par_chunk(p, k);
		pthread_mutex_lock(&p->lock);
		p->slot[k % p->nslots].done = true;
		pthread_cond_signal(&p->ready);	/* only the caller waits */
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/* Cut blocks [b0, b1) into p->n chunks of about the same length of
 * folded text.  The offsets come from an untrusted file: the cuts are
 * kept in order whatever they say. */
static void
tc_par_cut(struct tc_par *p, size_t b0, size_t b1)
{
	const struct tc_block *bl = p->tc->blocks;
	uint64_t start = bl[b0].fold_off, end = bl[b1 - 1].fold_off, target;
	size_t k, lo, hi, mid;

	if (end < start)
		end = start;
	p->cut[0] = b0;
	for (k = 1; k < p->n; k++) {
		target = start + (end - start) / p->n * k;
		lo = p->cut[k - 1];	/* the first block at or after target */
		hi = b1;
		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (bl[mid].fold_off < target)
				lo = mid + 1;
			else
				hi = mid;
		}
		p->cut[k] = lo;
	}
	p->cut[p->n] = b1;
}

long
textcache_search_par(const struct textcache *tc,
    const struct search_pattern *sp, size_t first, size_t last,
    unsigned threads, textcache_put_fn put, textcache_flush_fn flush,
    void *arg)
{
	struct tc_par p = { .tc = tc, .sp = sp, .put = put, .arg = arg };
	pthread_t *tid;
	struct tc_slot *s;
	size_t b0, b1, k, len, workers = 0;
	long total = 0;
	bool stop = false, damaged = false;

	if (tc_search_check(tc, sp, first, last, &b0, &b1) != 0)
		return -1;
	if (b0 >= b1)
		return 0;
	len = (size_t)(tc->blocks[b1 - 1].fold_off - tc->blocks[b0].fold_off);
	if (tc->blocks[b1 - 1].fold_off < tc->blocks[b0].fold_off)
		len = 0;
	if (threads == 0)
		threads = textcache_threads(len);
	if (threads > TC_THREADS_MAX)
		threads = TC_THREADS_MAX;
	p.n = (size_t)threads * TC_CHUNKS;
	if (p.n < len / TC_CHUNK_MAX + 1)
		p.n = len / TC_CHUNK_MAX + 1;
	if (p.n > b1 - b0)
		p.n = b1 - b0;
	p.cut = xcalloc(p.n + 1, sizeof *p.cut);
	tc_par_cut(&p, b0, b1);
	p.nslots = threads > 1 ? (size_t)threads * TC_SLOTS : 1;
	p.slot = xcalloc(p.nslots, sizeof *p.slot);
	atomic_init(&p.stop, false);
	pthread_mutex_init(&p.lock, NULL);
	pthread_cond_init(&p.ready, NULL);
	pthread_cond_init(&p.room, NULL);
	tid = xcalloc(threads, sizeof *tid);
	/* Fewer workers than asked for when the system has no more to give
	 * (none: the chunks are searched here). */
	if (threads > 1)
		for (; workers < threads && workers < p.n &&
		    pthread_create(&tid[workers], NULL, tc_par_worker, &p) == 0;
		    workers++)
			;
	if (workers == 0 && p.nslots > 1) {
		for (k = 1; k < p.nslots; k++)
			strbuf_free(&p.slot[k].out);
		p.nslots = 1;
	}
	for (k = 0; k < p.n && !stop; k++) {
		s = &p.slot[k % p.nslots];
		if (workers == 0)
			tc_par_chunk(&p, k);
		else {
			pthread_mutex_lock(&p.lock);
			while (!s->done)
				pthread_cond_wait(&p.ready, &p.lock);
			pthread_mutex_unlock(&p.lock);
		}
		/* A damaged or stopped chunk's hits before it were reported
		 * by the serial search too. */
		if (s->out.len > 0 && flush(s->out.s, s->out.len, s->hits, arg) != 0)
			stop = true;
		total += s->hits;
		if (s->stopped || s->damaged)
			stop = true;
		damaged = s->damaged;
		pthread_mutex_lock(&p.lock);
		s->done = false;
		p.flushed++;
		if (stop)
			atomic_store(&p.stop, true);
		pthread_cond_broadcast(&p.room);
		pthread_mutex_unlock(&p.lock);
	}
	for (k = 0; k < workers; k++)
		pthread_join(tid[k], NULL);
	free(tid);
	pthread_cond_destroy(&p.room);
	pthread_cond_destroy(&p.ready);
	pthread_mutex_destroy(&p.lock);
	for (k = 0; k < p.nslots; k++)
		strbuf_free(&p.slot[k].out);
	free(p.slot);
	free(p.cut);
	return damaged ? -1 : total;
}
