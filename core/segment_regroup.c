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
 * words (记者, 今年, "said") decide nothing. */
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
	double		*wt;		/* each word's weight (see weigh) */
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

static bool
words_has(const struct words *w, uint64_t h)
{
	return w->n > 0 &&	/* an empty set may have no array */
	    bsearch(&h, w->v, w->n, sizeof *w->v, cmp_u64) != NULL;
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

/* Word k of stretch s weighs log(stretches / stretches holding it): the
 * page's common words (记者, 今年, "said") weigh nothing.  Worked out
 * when first asked (most words are never shared with a headline). */
static double
word_weight(const struct regroup *r, struct stretch *s, size_t k)
{
	size_t j, df = 0;

	if (s->wt[k] < 0) {
		for (j = 0; j < r->ns; j++)
			df += words_has(&r->s[j].w, s->w.v[k]);
		s->wt[k] = weight(r->ns, df);
	}
	return s->wt[k];
}

static void
weigh(struct regroup *r)
{
	size_t i, k;

	for (i = 0; i < r->ns; i++) {
		struct stretch *s = &r->s[i];
		s->wt = xcalloc(s->w.n ? s->w.n : 1, sizeof *s->wt);
		for (k = 0; k < s->w.n; k++)
			s->wt[k] = -1;
	}
}

/* How much stretch s shares with article ai's headline. */
static double
shared(const struct regroup *r, struct stretch *s, size_t ai)
{
	double sum = 0;
	size_t k;

	for (k = 0; k < s->w.n; k++)
		if (words_has(&r->head[ai], s->w.v[k]))
			sum += word_weight(r, s, k);
	return sum;
}

static void
decide(struct regroup *r)
{
	size_t i, ai, best;
	double own, sc, bs;

	for (i = 0; i < r->ns; i++) {
		struct stretch *s = &r->s[i];
		if (s->w.n < MIN_WORDS)
			continue;
		own = shared(r, s, s->art);
		best = NONE;
		bs = own;
		for (ai = 0; ai < r->n; ai++) {
			if (ai == s->art || !headed(&r->v[ai]))
				continue;
			sc = shared(r, s, ai);
			if (sc > bs) {
				bs = sc;
				best = ai;
			}
		}
		if (best != NONE && bs >= own + MARGIN && bs >= 2 * own) {
			s->to = best;
			s->own = own;
			s->to_sc = bs;
		}
	}
}

/* How much stretch i shares with the other text article ai ends up
 * with. */
static double
shared_text(const struct regroup *r, size_t i, size_t ai)
{
	struct stretch *s = &r->s[i];
	double sum = 0;
	size_t k, j;

	for (k = 0; k < s->w.n; k++)
		for (j = 0; j < r->ns; j++) {
			const struct stretch *o = &r->s[j];
			if (j != i && (o->to != NONE ? o->to : o->art) == ai &&
			    words_has(&o->w, s->w.v[k])) {
				sum += word_weight(r, s, k);
				break;
			}
		}
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

/* Article ai's blocks in their new order; old holds every article's
 * blocks as they were. */
static void
rebuild(struct regroup *r, struct block **old, size_t ai, size_t *ord,
    const bool *opens)
{
	struct article *art = &r->v[ai];
	struct block *nb;
	size_t i, n = 0, at, k, m = 0;

	for (i = 0; i < r->ns; i++)
		if (r->s[i].art == ai && r->s[i].to == NONE)
			ord[n++] = i;
	for (i = 0; i < r->ns; i++) {
		if (r->s[i].to != ai)
			continue;
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

static void
move(struct regroup *r)
{
	size_t i, ai, *ord = xcalloc(r->ns, sizeof *ord);
	bool *opens = xcalloc(r->ns, sizeof *opens), any = false;
	struct block **old = xcalloc(r->n, sizeof *old);

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
	for (ai = 0; any && ai < r->n; ai++)
		if (r->v[ai].kind == ARTICLE_NEWS)
			rebuild(r, old, ai, ord, opens);
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
	weigh(&r);
	decide(&r);
	veto(&r);
	move(&r);
	for (i = 0; i < r.ns; i++) {
		free(r.s[i].w.v);
		free(r.s[i].wt);
	}
	for (i = 0; i < n; i++)
		free(r.head[i].v);
	free(r.head);
	free(r.s);
	free(r.gap);
}
