/* SPDX-License-Identifier: ISC */
/* segment_regroup.c: default output: each stretch of text to the headline
 * whose words it repeats.
 *
 * pdftotext's default reading order strays on pages whose items are of
 * unequal height: it stacks headlines before their bodies, puts a story's
 * last column before its first, and the walk in segment.c then hangs
 * stretches of text under the wrong headline.  A stretch (the lines from
 * one blank line to the next: a column, or part of one, of one story)
 * stays whole, and a story repeats its headline's words: 老旧小区 in the
 * headline, 老旧小区 in its columns; "budget" in both.  Once the articles
 * are built, a stretch that shares clearly more with another headline than
 * with its own moves there, with the byline that opened it.  Words are
 * weighed by how few stretches of the page hold them, so the page's common
 * words (记者, 今年, "said") decide nothing.
 *
 * The page's words are indexed once (index_words): each word's weight, the
 * headlines that hold it, and later which article's text holds it, so a
 * stretch is weighed against every headline in one pass over its own
 * words.  Asking every headline, or every stretch, about every word made
 * a page of a few MB take minutes. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "segment_int.h"
#include "xalloc.h"

#define NONE ((size_t)-1)
/* A move wants the new headline to share at least this much weight more
 * than the old one (a word held by one stretch in seven or fewer), and
 * twice as much: a judgement, tuned on generated pages of both scripts. */
#define MARGIN 2.0
/* A section head taken for a headline has at most this many words. */
#define HEAD_FOLLOWS_WORDS 4
/* Fewer words than this (a line or two) are too few to tell. */
#define MIN_WORDS 10

/* A set of words: two-ideograph pairs and Latin words of four letters or
 * more, hashed, sorted, without repeats. */
struct words {
	uint64_t	*v;
	size_t		 n, cap;
};

struct stretch {
	size_t		 art;		/* its article now */
	size_t		 to;		/* the article it moves to, or NONE */
	size_t		 a, b;		/* its blocks in art: [a, b) */
	struct words	 w;
	size_t		*id;		/* each word's place in regroup.dict */
	double		 own, to_sc;	/* shared with art's, to's headline */
	bool		 veto;
};

static bool
is_ideograph(ucs4_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0xF900 && c <= 0xFAFF);
}

static void
words_add(struct words *w, uint64_t h)
{
	w->v = xgrow(w->v, &w->cap, w->n + 1, sizeof *w->v);
	w->v[w->n++] = h;
}

/* FNV-1a of a lower-cased Latin word, top bit clear (pairs set it). */
static uint64_t
word_hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)(s[i] | 0x20);
		h *= 1099511628211ULL;
	}
	return h >> 1;
}

/* A Latin plural (times, moorings): its singular, so that a headline's
 * "Moorings" finds a text's "mooring". */
static bool
plural(const uint8_t *p, size_t k)
{
	return k >= 4 && (p[k - 1] | 0x20) == 's' && (p[k - 2] | 0x20) != 's';
}

static void
words_scan(struct words *w, const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	ucs4_t c, prev = 0;
	size_t k, len = strlen(s);
	int n;

	while (len > 0) {
		if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') {
			for (k = 0; k < len && (p[k] | 0x20) >= 'a' &&
			    (p[k] | 0x20) <= 'z'; k++)
				;
			if (k >= 4)
				words_add(w, word_hash((const char *)p,
				    plural(p, k) ? k - 1 : k));
			p += k;
			len -= k;
			prev = 0;
			continue;
		}
		n = u8_mbtouc(&c, p, len);
		if (is_ideograph(c) && is_ideograph(prev))
			words_add(w, 1ULL << 63 | (uint64_t)prev << 21 | c);
		prev = c;
		p += n;
		len -= (size_t)n;
	}
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void
words_done(struct words *w)
{
	size_t i, o = 0;

	if (w->n == 0)
		return;
	qsort(w->v, w->n, sizeof *w->v, cmp_u64);
	for (i = 1; i < w->n; i++)
		if (w->v[i] != w->v[o])
			w->v[++o] = w->v[i];
	w->n = o + 1;
	/* A stretch repeats its words: the room of the repeats goes back
	 * (on a huge page every stretch's kept room added up to a few
	 * times the page). */
	w->v = xrealloc(w->v, w->n * sizeof *w->v);
	w->cap = w->n;
}

/* ---- the stretches --------------------------------------------------------- */

struct regroup {
	const struct seg_page *sp;
	struct article	*v;
	size_t		 n;
	bool		*gap;		/* by source line: a blank line before */
	size_t		 ngap;
	struct stretch	*s;
	size_t		 ns, caps;
	struct words	*head;		/* by article: its headline's words */
	/* The index (index_words): the stretches' words, sorted, without
	 * repeats (while it is made; a stretch's words are their places in
	 * it after); by word, its weight and the headed articles whose
	 * headline holds it (ha[hs[id]] .. ha[hs[id + 1] - 1], in order). */
	uint64_t	*dict;
	size_t		 nd;
	double		*wt;
	size_t		*hs, *ha;
	/* For each stretch and each of its words, the word and the article
	 * the stretch ends up in, as id * n + article, sorted (index_text):
	 * how many stretches of an article's text hold a word is how often
	 * that comes.  (It does not overflow: a page would need billions of
	 * words and articles.) */
	uint64_t	*held;
	size_t		 nheld;
};

/* Articles that take text: news with a headline.  News without one
 * gives its text away too; photos, ads and continuations keep theirs. */
static bool
headed(const struct article *a)
{
	return a->kind == ARTICLE_NEWS && a->n_decks > 0;
}

static void
find_gaps(struct regroup *r)
{
	size_t i;

	for (i = 0; i < r->sp->n; i++)
		if (r->sp->v[i].line + 1 > r->ngap)
			r->ngap = r->sp->v[i].line + 1;
	r->gap = xcalloc(r->ngap ? r->ngap : 1, sizeof *r->gap);
	for (i = 0; i < r->sp->n; i++)
		if (r->sp->v[i].gap)
			r->gap[r->sp->v[i].line] = true;
}

static void
add_stretch(struct regroup *r, size_t ai, size_t a, size_t b)
{
	struct stretch *s;
	size_t k;

	r->s = xgrow(r->s, &r->caps, r->ns + 1, sizeof *r->s);
	s = &r->s[r->ns++];
	memset(s, 0, sizeof *s);
	s->art = ai;
	s->to = NONE;
	s->a = a;
	s->b = b;
	for (k = a; k < b; k++)
		words_scan(&s->w, r->v[ai].blocks[k].text);
	words_done(&s->w);
}

static void
find_stretches(struct regroup *r)
{
	size_t ai, k, a;
	unsigned long l;

	for (ai = 0; ai < r->n; ai++) {
		const struct article *art = &r->v[ai];
		if (art->kind != ARTICLE_NEWS)
			continue;
		for (a = 0, k = 1; k <= art->n_blocks; k++) {
			l = k < art->n_blocks ? art->blocks[k].span.first_line : 0;
			if (k < art->n_blocks && !(l < r->ngap && r->gap[l]))
				continue;
			add_stretch(r, ai, a, k);
			a = k;
		}
	}
}

/* log(n / d) for n >= d > 0, without libm: halve to [1, 2), then the
 * atanh series (t <= 1/3: ten terms are plenty). */
static double
weight(size_t n, size_t d)
{
	double x = (double)n / (double)d, t, t2, p, sum = 0;
	int k = 0, i;

	while (x >= 2) {
		x /= 2;
		k++;
	}
	t = (x - 1) / (x + 1);
	t2 = t * t;
	for (p = t, i = 1; i < 20; i += 2, p *= t2)
		sum += p / i;
	return k * 0.6931471805599453 + 2 * sum;
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* The first of v[0..n) (sorted) not below key: n when none. */
static size_t
lower_bound_u64(const uint64_t *v, size_t n, uint64_t key)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (v[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Word h's place in r->dict, or NONE. */
static size_t
dict_find(const struct regroup *r, uint64_t h)
{
	size_t lo = lower_bound_u64(r->dict, r->nd, h);

	return lo < r->nd && r->dict[lo] == h ? lo : NONE;
}

/* A word weighs log(stretches / stretches holding it): the page's common
 * words (记者, 今年, "said") weigh nothing.  Then, by word, the headlines
 * that hold it. */
static void
index_words(struct regroup *r)
{
	size_t i, k, m = 0, id, *df;

	for (i = 0; i < r->ns; i++)
		m += r->s[i].w.n;
	r->dict = xcalloc(m ? m : 1, sizeof *r->dict);
	for (m = 0, i = 0; i < r->ns; i++) {
		if (r->s[i].w.n > 0)
			memcpy(r->dict + m, r->s[i].w.v,
			    r->s[i].w.n * sizeof *r->dict);
		m += r->s[i].w.n;
	}
	r->nd = m;
	if (r->nd > 0) {
		qsort(r->dict, r->nd, sizeof *r->dict, cmp_u64);
		for (m = 0, i = 1; i < r->nd; i++)
			if (r->dict[i] != r->dict[m])
				r->dict[++m] = r->dict[i];
		r->nd = m + 1;
		r->dict = xrealloc(r->dict, r->nd * sizeof *r->dict);
	}
	df = xcalloc(r->nd + 1, sizeof *df);
	for (i = 0; i < r->ns; i++) {
		struct stretch *s = &r->s[i];
		s->id = xcalloc(s->w.n ? s->w.n : 1, sizeof *s->id);
		for (k = 0; k < s->w.n; k++) {
			s->id[k] = dict_find(r, s->w.v[k]);
			df[s->id[k]]++;
		}
		/* Its words are their places in the dictionary now: on a huge
		 * page the two lists added up to a few times the page. */
		free(s->w.v);
		s->w.v = NULL;
	}
	r->wt = xcalloc(r->nd ? r->nd : 1, sizeof *r->wt);
	for (id = 0; id < r->nd; id++)
		r->wt[id] = weight(r->ns, df[id]);

	r->hs = xcalloc(r->nd + 1, sizeof *r->hs);
	for (i = 0; i < r->n; i++)
		for (k = 0; k < r->head[i].n; k++)
			if ((id = dict_find(r, r->head[i].v[k])) != NONE)
				r->hs[id + 1]++;
	for (id = 0; id < r->nd; id++)
		r->hs[id + 1] += r->hs[id];
	r->ha = xcalloc(r->hs[r->nd] ? r->hs[r->nd] : 1, sizeof *r->ha);
	memcpy(df, r->hs, (r->nd + 1) * sizeof *df);
	for (i = 0; i < r->n; i++)
		for (k = 0; k < r->head[i].n; k++)
			if ((id = dict_find(r, r->head[i].v[k])) != NONE)
				r->ha[df[id]++] = i;
	free(df);
	free(r->dict);
	r->dict = NULL;		/* nd stays: the words' count */
}

/* Each stretch against every headline it shares a word with: a word's
 * weight goes to each headline holding it, in the stretch's word order
 * (the sums come out as word by word per headline).  Headlines sharing
 * nothing score 0 and cannot beat the stretch's own. */
static void
decide(struct regroup *r)
{
	size_t i, k, p, t, nt, ai, best, id;
	size_t *hit = xcalloc(r->n ? r->n : 1, sizeof *hit);
	double *sc = xcalloc(r->n ? r->n : 1, sizeof *sc);
	bool *seen = xcalloc(r->n ? r->n : 1, sizeof *seen);
	double own, bs;

	for (i = 0; i < r->ns; i++) {
		struct stretch *s = &r->s[i];
		if (s->w.n < MIN_WORDS)
			continue;
		for (nt = 0, k = 0; k < s->w.n; k++) {
			id = s->id[k];
			for (p = r->hs[id]; p < r->hs[id + 1]; p++) {
				ai = r->ha[p];
				if (!seen[ai]) {
					seen[ai] = true;
					hit[nt++] = ai;
				}
				sc[ai] += r->wt[id];
			}
		}
		qsort(hit, nt, sizeof *hit, cmp_size);
		own = sc[s->art];
		best = NONE;
		bs = own;
		for (t = 0; t < nt; t++) {
			ai = hit[t];
			if (ai != s->art && sc[ai] > bs) {
				bs = sc[ai];
				best = ai;
			}
		}
		for (t = 0; t < nt; t++) {
			sc[hit[t]] = 0;
			seen[hit[t]] = false;
		}
		if (best != NONE && bs >= own + MARGIN && bs >= 2 * own) {
			s->to = best;
			s->own = own;
			s->to_sc = bs;
		}
	}
	free(hit);
	free(sc);
	free(seen);
}

/* The article a stretch ends up in, as decided. */
static size_t
dest(const struct stretch *s)
{
	return s->to != NONE ? s->to : s->art;
}

static uint64_t
held_key(const struct regroup *r, size_t id, size_t ai)
{
	return (uint64_t)id * r->n + ai;
}

/* Which stretches hold which words, by the article they end up in. */
static void
index_text(struct regroup *r)
{
	size_t i, k, m = 0;

	for (i = 0; i < r->ns; i++)
		m += r->s[i].w.n;
	r->held = xcalloc(m ? m : 1, sizeof *r->held);
	for (m = 0, i = 0; i < r->ns; i++)
		for (k = 0; k < r->s[i].w.n; k++)
			r->held[m++] = held_key(r, r->s[i].id[k],
			    dest(&r->s[i]));
	r->nheld = m;
	if (m > 0)
		qsort(r->held, m, sizeof *r->held, cmp_u64);
}

/* Do more than `self` stretches that article ai ends up with hold word
 * id? */
static bool
held_more(const struct regroup *r, size_t id, size_t ai, size_t self)
{
	uint64_t key = held_key(r, id, ai);
	size_t lo = lower_bound_u64(r->held, r->nheld, key);

	return lo + self < r->nheld && r->held[lo + self] == key;
}

/* How much stretch i shares with the other text article ai ends up
 * with. */
static double
shared_text(const struct regroup *r, size_t i, size_t ai)
{
	const struct stretch *s = &r->s[i];
	size_t k, self = dest(s) == ai;	/* s holds each of its words */
	double sum = 0;

	for (k = 0; k < s->w.n; k++)
		if (held_more(r, s->id[k], ai, self))
			sum += r->wt[s->id[k]];
	return sum;
}

/* Do stretches i - 1 and i + 1 of the same article, which stay, come right
 * before and after stretch i in the text (a blank line apart)? */
static bool
sandwiched(const struct regroup *r, size_t i)
{
	const struct stretch *p, *s = &r->s[i], *n;
	const struct block *b;

	if (i == 0 || i + 1 >= r->ns)
		return false;
	p = &r->s[i - 1];
	n = &r->s[i + 1];
	if (p->art != s->art || n->art != s->art || p->to != NONE ||
	    n->to != NONE)
		return false;
	b = r->v[s->art].blocks;
	return b[s->a].span.first_line <= b[p->b - 1].span.last_line + 2 &&
	    b[n->a].span.first_line <= b[s->b - 1].span.last_line + 2;
}

/* A headline can say little about its text (砥砺奋进扬清风 over a report
 * on clean government), and an ad names what a story names: a stretch
 * stays when the headline and text it would leave share more than twice
 * as much with it as those it would join (the mirror of the move's own
 * test), or when it sits between two staying stretches of its story and
 * their text shares more with it than the other's (pdftotext reads a
 * story's columns one after another). */
static void
veto(struct regroup *r)
{
	size_t i;
	double from, to;

	for (i = 0; i < r->ns && r->s[i].to == NONE; i++)
		;
	if (i == r->ns)
		return;
	index_text(r);
	for (i = 0; i < r->ns; i++) {
		struct stretch *s = &r->s[i];
		if (s->to == NONE)
			continue;
		from = shared_text(r, i, s->art);
		to = shared_text(r, i, s->to);
		s->veto = s->own + from > 2 * (s->to_sc + to) ||
		    (sandwiched(r, i) && from > to);
	}
	for (i = 0; i < r->ns; i++)
		if (r->s[i].veto)
			r->s[i].to = NONE;
}

/* ---- moving ---------------------------------------------------------------- */

/* Did the stretch's first block come with this byline or dateline: split
 * off its first line (本报讯（记者 …） text…) or on the line just above
 * (By NAME)? */
static bool
opened_by(const struct article *art, const struct stretch *s,
    const struct text_elem *e)
{
	unsigned long l = art->blocks[0].span.first_line;

	return s->a == 0 && e->text != NULL &&
	    (e->span.last_line == l || e->span.last_line + 1 == l);
}

static void
take_elem(struct text_elem *into, struct text_elem *from)
{
	if (into->text != NULL)
		return;
	*into = *from;
	memset(from, 0, sizeof *from);
}

/* Where the stretch goes among the order so far (ord[0..n)): an opening
 * stretch first; any other in the page's text order, but after the
 * article's own first stretch (the text under its headline). */
static size_t
insert_at(const struct regroup *r, struct block **old, const size_t *ord,
    size_t n, const struct stretch *s, bool opens)
{
	size_t i, at = old[s->art][s->a].span.byte_start;

	if (opens || n == 0)
		return 0;
	for (i = r->s[ord[0]].a == 0 && r->s[ord[0]].to == NONE; i < n; i++) {
		const struct stretch *o = &r->s[ord[i]];
		if (old[o->art][o->a].span.byte_start > at)
			return i;
	}
	return n;
}

/* Stretches by article, in the page's order: those that stay in it
 * (take false) or those it takes (take true); article ai's are
 * v[start[ai]] .. v[start[ai + 1] - 1]. */
struct bucket {
	size_t	*start, *v;
};

static void
bucket(const struct regroup *r, bool take, struct bucket *bk)
{
	size_t i, ai, *at = xcalloc(r->n + 1, sizeof *at);

	bk->start = xcalloc(r->n + 1, sizeof *bk->start);
	bk->v = xcalloc(r->ns ? r->ns : 1, sizeof *bk->v);
	for (i = 0; i < r->ns; i++)
		if ((ai = take ? r->s[i].to : r->s[i].to == NONE ?
		    r->s[i].art : NONE) != NONE)
			bk->start[ai + 1]++;
	for (ai = 0; ai < r->n; ai++)
		bk->start[ai + 1] += bk->start[ai];
	memcpy(at, bk->start, (r->n + 1) * sizeof *at);
	for (i = 0; i < r->ns; i++)
		if ((ai = take ? r->s[i].to : r->s[i].to == NONE ?
		    r->s[i].art : NONE) != NONE)
			bk->v[at[ai]++] = i;
	free(at);
}

/* Article ai's blocks in their new order; old holds every article's
 * blocks as they were. */
static void
rebuild(struct regroup *r, struct block **old, size_t ai, size_t *ord,
    const bool *opens, const struct bucket *stay, const struct bucket *take)
{
	struct article *art = &r->v[ai];
	struct block *nb;
	size_t i, p, n = 0, at, k, m = 0;

	for (p = stay->start[ai]; p < stay->start[ai + 1]; p++)
		ord[n++] = stay->v[p];
	for (p = take->start[ai]; p < take->start[ai + 1]; p++) {
		i = take->v[p];
		at = insert_at(r, old, ord, n, &r->s[i], opens[i]);
		memmove(ord + at + 1, ord + at, (n - at) * sizeof *ord);
		ord[at] = i;
		n++;
	}
	for (i = 0; i < n; i++)
		m += r->s[ord[i]].b - r->s[ord[i]].a;
	nb = xcalloc(m ? m : 1, sizeof *nb);
	for (m = 0, i = 0; i < n; i++) {
		const struct stretch *s = &r->s[ord[i]];
		for (k = s->a; k < s->b; k++)
			nb[m++] = old[s->art][k];
	}
	art->blocks = nb;
	art->n_blocks = m;
}

static size_t
words_in(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s != ' ' && (s[1] == ' ' || s[1] == '\0');
	return n;
}

/* A story split at its own section head: the head was taken for a
 * headline (What the survey found), and every stretch of text under it
 * moves to one other story, whose words it repeats.  The head goes along,
 * as a section head at the start of its first stretch: a headline whose
 * text all belongs elsewhere heads nothing of its own.  English heads of
 * a few words only: on generated pages, longer headlines (and Chinese
 * ones) left so were more often a story's own, its text moved wrongly. */
static void
heads_follow(struct regroup *r)
{
	size_t ai, i, d;

	for (ai = 0; ai < r->n; ai++) {
		struct article *art = &r->v[ai];
		struct block *nb;
		bool all = true;

		if (!headed(art) || art->n_decks != 1 || art->n_blocks == 0 ||
		    art->byline.text || art->dateline.text ||
		    art->kicker.text || art->subhead.text ||
		    r->sp->cjk || words_in(art->decks[0].text) > HEAD_FOLLOWS_WORDS)
			continue;
		for (d = NONE, i = 0; i < r->ns && all; i++)
			if (r->s[i].art == ai) {
				all = r->s[i].to != NONE &&
				    (d == NONE || r->s[i].to == d);
				d = r->s[i].to;
			}
		if (!all || d == NONE)
			continue;
		nb = xcalloc(art->n_blocks + 1, sizeof *nb);
		nb[0].kind = BLOCK_SECTION_HEAD;
		nb[0].text = art->decks[0].text;
		nb[0].span = art->decks[0].span;
		memcpy(nb + 1, art->blocks, art->n_blocks * sizeof *nb);
		free(art->blocks);
		art->blocks = nb;
		art->n_blocks++;
		free(art->decks);
		art->decks = NULL;
		art->n_decks = 0;
		for (i = 0; i < r->ns; i++)
			if (r->s[i].art == ai) {
				if (r->s[i].a > 0)
					r->s[i].a++;
				r->s[i].b++;
			}
	}
}

static void
move(struct regroup *r)
{
	size_t i, ai, *ord = xcalloc(r->ns, sizeof *ord);
	bool *opens = xcalloc(r->ns, sizeof *opens), any = false;
	struct block **old = xcalloc(r->n, sizeof *old);
	struct bucket stay = { NULL, NULL }, take = { NULL, NULL };

	for (i = 0; i < r->ns; i++) {
		struct stretch *s = &r->s[i];
		struct article *from = &r->v[s->art], *to;
		if (s->to == NONE)
			continue;
		any = true;
		to = &r->v[s->to];
		opens[i] = opened_by(from, s, &from->byline) ||
		    opened_by(from, s, &from->dateline);
		if (opened_by(from, s, &from->byline))
			take_elem(&to->byline, &from->byline);
		if (opened_by(from, s, &from->dateline))
			take_elem(&to->dateline, &from->dateline);
	}
	for (ai = 0; any && ai < r->n; ai++)
		if (r->v[ai].kind == ARTICLE_NEWS)
			old[ai] = r->v[ai].blocks;
	if (any) {
		bucket(r, false, &stay);
		bucket(r, true, &take);
	}
	for (ai = 0; any && ai < r->n; ai++)
		if (r->v[ai].kind == ARTICLE_NEWS)
			rebuild(r, old, ai, ord, opens, &stay, &take);
	free(stay.start);
	free(stay.v);
	free(take.start);
	free(take.v);
	for (ai = 0; ai < r->n; ai++)
		free(old[ai]);
	free(old);
	free(ord);
	free(opens);
}

void
segment_regroup(const struct seg_page *sp, struct article *v, size_t n)
{
	struct regroup r;
	size_t i;

	if (sp->mode != SEG_MODE_DEFAULT)
		return;
	memset(&r, 0, sizeof r);
	r.sp = sp;
	r.v = v;
	r.n = n;
	find_gaps(&r);
	find_stretches(&r);
	r.head = xcalloc(n ? n : 1, sizeof *r.head);
	for (i = 0; i < n; i++) {
		size_t d;
		for (d = 0; headed(&v[i]) && d < v[i].n_decks; d++)
			words_scan(&r.head[i], v[i].decks[d].text);
		words_done(&r.head[i]);
	}
	index_words(&r);
	decide(&r);
	veto(&r);
	heads_follow(&r);
	move(&r);
	for (i = 0; i < r.ns; i++) {
		free(r.s[i].w.v);
		free(r.s[i].id);
	}
	free(r.dict);
	free(r.wt);
	free(r.hs);
	free(r.ha);
	free(r.held);
	for (i = 0; i < n; i++)
		free(r.head[i].v);
	free(r.head);
	free(r.s);
	free(r.gap);
}
