/* SPDX-License-Identifier: ISC */
/* segment_int.h: what the segmenter's files share (segment*.c only).
 *
 * The page's text becomes a list of seg_lines in reading order (for -layout
 * output, pieces of source lines, one per column); each line is classified
 * (segment_lines.c), lines are grouped into units (title lines, paragraphs,
 * bylines, credits, jumps, ads: segment_blocks.c) and units into articles
 * (segment.c). */
#ifndef KANBAO_SEGMENT_INT_H
#define KANBAO_SEGMENT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "model.h"
#include "segment_features.h"

/* Whether s begins, or ends, with p. */
static inline bool
seg_starts_with(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

static inline bool
seg_ends_with(const char *s, const char *p)
{
	size_t n = strlen(s), k = strlen(p);

	return n >= k && strcmp(s + n - k, p) == 0;
}

enum seg_mode {
	SEG_MODE_DEFAULT,	/* pdftotext reading order, blank lines */
	SEG_MODE_LAYOUT,	/* -layout: columns side by side */
	SEG_MODE_RAW		/* -raw: content-stream order, no blank lines */
};

enum seg_class {
	SEG_BODY,
	SEG_META,		/* page furniture: header, footer */
	SEG_TITLE,		/* a headline line (deck, subhead) */
	SEG_KICKER,		/* the line above a headline, ending in ——— or ： */
	SEG_BYLINE,		/* a byline on its own line: 本报记者 …, By NAME */
	SEG_CREDIT,		/* photo credit: … 摄 */
	SEG_JUMP,		/* （下转二版）, Continued on Page 4 */
	SEG_AD			/* fake-bold (doubled) advertisement line */
};

/* One line of the page (or piece of one): a huge page holds millions, so
 * the fields are ordered to leave no holes, the classes are kept in a byte
 * each and what only --explain needs is kept beside (72 bytes a line, 112
 * before). */
struct seg_line {
	const char	*s;		/* the text, trimmed, in the page text */
	size_t		 len;
	size_t		 off;		/* byte offset of s in the page text */
	char		*clean;		/* clean text of this line alone */
	/* What set cls, for --explain: a rule's short description (a string
	 * literal; set with seg_set wherever a class is decided, so it costs
	 * a pointer store). */
	const char	*why;
	/* 1-based source line (a page of 2^32 lines would be 4 GB of
	 * newlines alone) */
	uint32_t	 line;
	int		 w;		/* printed width (clean_width) */
	int		 full;		/* local column width estimate */
	int		 indent;	/* -layout: leading indent in its column */
	int		 col;		/* -layout: start column; else 0 */
	uint8_t		 cls;		/* enum seg_class */
	uint8_t		 fixed_cls;	/* enum seg_class: a headline drawn
					 * last, put back (segment_late.c) */
	uint8_t		 furn;		/* enum furniture_kind: SEG_META: what
					 * furniture it is */
	bool		 gap;		/* blank line or column change before */
	bool		 first_ok;	/* -layout: indent is known */
	bool		 glued;		/* a lifted glyph put back mid-line */
	bool		 signoff;	/* a line of a notice's sign-off (落款) */
	bool		 fixed;		/* a headline drawn last, put back */
	bool		 removed;	/* a second copy dropped as an artefact */
	bool		 model_section;	/* -layout: the learned model labels
					 * it a section head (segment_vote.c) */
	/* The string tests of clean already run (enum seg_line_test bits)
	 * and those that held: the features and each round of the rules
	 * ask the same of a line.  Cleared wherever clean is set. */
	uint8_t		 tested;
	uint8_t		 held;
};

/* The reason of a line no rule but the default made body text. */
#define SEG_WHY_BODY	"body: no other rule fired"
/* The reason of a CJK line made a headline by its shape alone (the
 * learned model may overrule it: segment_vote.c). */
#define SEG_WHY_TITLE_SHAPE \
	"headline: title shape (short, set apart, no sentence end)"

/* Give line l class c, for the reason why (a string literal). */
static inline void
seg_set(struct seg_line *l, enum seg_class c, const char *why)
{
	l->cls = c;
	l->why = why;
}

struct seg_page {
	struct page	*page;
	bool		 explain;	/* keep seg_line.made true (--explain) */
	enum seg_mode	 mode;
	bool		 cjk;		/* mostly CJK text */
	struct seg_line	*v;
	size_t		 n;
	size_t		 cap;
	/* Clean text the same as the line's own bytes is not copied: the
	 * newline after the line in the page text is made a NUL while the
	 * page is segmented, and the line's clean points at its bytes.
	 * share_clean allows it (segment_run: the page's own text, not a
	 * borrowed one); nul_lines marks the page's lines so ended
	 * (segment_lines_restore puts the newlines back). */
	bool		 share_clean;
	unsigned char	*nul_lines;
	/* With explain: by line, the text of the element the line went
	 * into (kept by the element wherever it moves: --explain finds the
	 * line's article by it); NULL otherwise. */
	const char	**made;
};

/* segment_columns.c */
enum seg_mode	 segment_columns_mode(const struct page_text *);
void		 segment_columns_read(struct seg_page *);
void		 segment_columns_add(struct seg_page *, unsigned long line,
		    size_t off, size_t len, int col, bool gap);
bool		 segment_columns_is_blank(const char *, size_t);

/* segment_layout.c */
void		 segment_layout_read(struct seg_page *);

/* segment_lines.c */
void		 segment_lines_measure(struct seg_page *);
/* Free a line's clean text (nothing when it is the page's own bytes). */
void		 segment_lines_free_clean(const struct seg_page *, char *clean);
/* The page text as it was: the newlines segment_lines_measure made NULs. */
void		 segment_lines_restore(struct seg_page *);
void		 segment_lines_set_full(struct seg_page *);
/* Free this thread's compiled line patterns (compiled again when next
 * needed; other threads' are freed when they end): for leak checkers. */
void		 segment_lines_done(void);
bool		 segment_lines_is_credit_word(const char *clean);
bool		 segment_lines_has_lower(const char *clean);
bool		 segment_lines_has_digit(const char *clean);
void		 segment_lines_classify(struct seg_page *);
void		 segment_lines_mark_signoffs(struct seg_page *);
void		 segment_lines_mark_header(struct seg_page *);
bool		 segment_lines_ends_sentence(const char *clean);
bool		 segment_lines_ends_signed(const char *clean);
bool		 segment_lines_is_para_end(const struct seg_page *, size_t i);
bool		 segment_lines_byline_wraps(const struct seg_page *, size_t i);
bool		 segment_lines_is_full(const struct seg_page *, size_t i);
bool		 segment_lines_is_fragment(const struct seg_page *, size_t i);
bool		 segment_lines_is_jump(const char *clean, enum jump_dir *dir,
		    int *page_number);
bool		 segment_lines_is_credit(const char *clean);
bool		 segment_lines_is_meta(const char *clean);
bool		 segment_lines_is_band_furniture(const char *clean);
bool		 segment_lines_is_header_words(const char *clean);
/* The kind of a furniture line: its words, else where it stands (top:
 * before the page's text; lead: and before the header's date or page
 * number; bottom: after the text). */
enum furniture_kind segment_lines_furniture_kind(const struct seg_page *,
		    const char *clean, bool top, bool lead, bool bottom);
bool		 segment_lines_is_own_byline(const char *clean);
/* The tests above on line l's clean text, each run once a line. */
enum seg_line_test {
	SEG_TEST_META		= 1 << 0,
	SEG_TEST_JUMP		= 1 << 1,
	SEG_TEST_CREDIT		= 1 << 2,
	SEG_TEST_CREDIT_WORD	= 1 << 3,
	SEG_TEST_OWN_BYLINE	= 1 << 4,
};
bool		 segment_lines_test(struct seg_line *l, enum seg_line_test t);
size_t		 segment_lines_byline_prefix(const char *clean);
size_t		 segment_lines_dateline(const char *clean);
bool		 segment_lines_is_signature(const char *clean);
bool		 segment_lines_is_names_only(const char *clean);
/* "— Maria Jensen": a dash, then a name in capitalised words. */
bool		 segment_lines_dash_name(const char *clean);
int		 segment_lines_shared(const char *a, const char *b);

/* segment_keys.c: a text's pieces, for a cheap bound on
 * segment_lines_shared(headline, text). */
struct seg_keys {
	uint64_t	*v;		/* sorted, without repeats */
	size_t		 n;
};
void		 segment_keys_of(struct seg_keys *, const char *text);
void		 segment_keys_free(struct seg_keys *);
/* Headlines by their pieces' keys: which could share more than `over`
 * pieces with a text (at least all that do), without asking each. */
struct seg_keyslot {
	uint64_t	 key;
	size_t		 first;		/* its latest posting */
	bool		 used;
};
struct seg_keypost {
	size_t		 id, next;
	int		 mult;		/* how often the headline has the key */
};
struct seg_keyidx {
	struct seg_keyslot *tab;
	size_t		 cap, used;
	struct seg_keypost *post;
	size_t		 npost, cappost;
	uint64_t	*pool;		/* every headline's keys, in turn */
	size_t		 npool, cappool;
	size_t		*off;		/* by id: its keys, pool[off[id]..off[id+1]) */
	bool		*dead;		/* by id: dropped */
	int		*cnt;		/* by id: a query's count, else 0 */
	size_t		*touched;	/* a query's ids */
	size_t		 n, live, stale, capoff, capdead, capcnt, captouched;
};
/* Returns the headline's id: 0, 1, 2… in the order added. */
size_t		 segment_keyidx_add(struct seg_keyidx *, const char *headline);
void		 segment_keyidx_drop(struct seg_keyidx *, size_t id);
/* The ids not dropped whose bound for the text of keys k is over
 * `over`, ascending, in *ids (the index's: good until the next query). */
size_t		 segment_keyidx_query(struct seg_keyidx *,
		    const struct seg_keys *k, int over, const size_t **ids);
void		 segment_keyidx_free(struct seg_keyidx *);

/* segment_vote.c: headline lines the learned model finds among the
 * rules' body lines (default and -raw text), from the features of sp's
 * lines as read and measured (segment_vote_features, before any class is
 * set; f->n 0 for -layout text). */
void		 segment_vote_features(struct seg_page *,
		    struct segment_features *f);
void		 segment_vote(struct seg_page *, struct segment_features *f);

/* segment_features.c: the features of sp's lines, read and measured
 * (segment_lines_measure), no class set yet; sets their full widths. */
void		 segment_features_lines(struct seg_page *,
		    struct segment_features *);

/* segment_blocks.c */
bool		 segment_blocks_is_enum(const char *clean);
bool		 segment_blocks_starts_enum(const char *clean);
void		 segment_blocks_mark_titles(struct seg_page *);
void		 segment_blocks_mark_credits(struct seg_page *);
void		 segment_blocks_mark_ads(struct seg_page *);
void		 segment_blocks_mark_title_tails(struct seg_page *);
bool		 segment_blocks_is_title_tail(const char *clean);
bool		 segment_blocks_layout_tail(const struct seg_page *, size_t i);
/* Is c one to max ideographs (CJK Unified, Extension A) and nothing
 * else? */
bool		 segment_blocks_ideographs_only(const char *c, size_t max);
bool		 segment_blocks_is_wrapped_tail(const struct seg_page *,
		    size_t i);
bool		 segment_blocks_words_paired(const char *);
bool		 segment_blocks_words_pairing(const char *, size_t *n);
void		 segment_blocks_mark_byline_titles(struct seg_page *);
void		 segment_blocks_mark_kickers(struct seg_page *);
bool		 segment_blocks_joins(const struct seg_page *, size_t i);
bool		 segment_blocks_is_end_name(const struct seg_page *, size_t i);
bool		 segment_blocks_title_shape(const struct seg_page *, size_t i);
bool		 segment_blocks_boundary_before(const struct seg_page *,
		    size_t i);

/* segment_photos.c: the captions over a run of credits [a, b), one a
 * credit, in default output: 0, or b - a with cap[m] the first line of
 * the caption of credit a + m (at most max). */
/* Caption lines taken for a headline, over a credit, made body text. */
void		 segment_photos_caption_heads(struct seg_page *);
size_t		 segment_photos_pair(const struct seg_page *, size_t a,
		    size_t b, size_t *cap, size_t max);

/* segment_decks.c */
void		 segment_decks_pair(const struct seg_page *, struct article *,
		    size_t n);

/* segment_heads.c */
void		 segment_heads_sentence_case(struct seg_page *);
/* Does the line end on a word no sentence or headline ends on (the, of,
 * to, and, said …)? */
bool		 segment_heads_goes_on(const char *clean);

/* segment_flow.c */
bool		 segment_flow_rejoin(struct seg_page *);
/* The band of lines after the page's text that shape takes for headlines
 * (at most max): [*t, *e), the text from *s0 (after the header) to *t.
 * Returns how many headline lines the text holds itself (section heads
 * aside), or SIZE_MAX when there is no such band. */
size_t		 segment_flow_late_band(const struct seg_page *,
		    bool (*shape)(const struct seg_line *), size_t max,
		    size_t *s0, size_t *t, size_t *e);

/* segment_regroup.c */
void		 segment_regroup(const struct seg_page *, struct article *,
		    size_t n);

/* segment_late.c */
bool		 segment_late_raw(struct seg_page *);
/* Why a headline drawn last and put back (seg_line.fixed) is of class
 * cls (a kicker or a headline): a string literal, for --explain. */
const char	*segment_late_fixed_why(enum seg_class cls);

/* segment_raw.c */
void		 segment_raw_mark_kickers(struct seg_page *);

/* segment.c: segment the page; with ex, explain it too (diags may be
 * NULL). */
struct segment_explain;
void		 segment_run(struct page *, struct diag_list *diags,
		    struct segment_explain *ex);

/* segment_explain.c: the notes of every line of sp, its articles final. */
void		 segment_explain_fill(const struct seg_page *sp,
		    struct segment_explain *ex);

/* segment_kinds.c */
void		 segment_kinds_decide(const struct seg_page *, struct article *,
		    size_t n);

#endif
