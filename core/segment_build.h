/* SPDX-License-Identifier: ISC */
/* segment_build.h: model elements from seg_lines (segment*.c only). */
#ifndef KANBAO_SEGMENT_BUILD_H
#define KANBAO_SEGMENT_BUILD_H

#include "segment_int.h"

struct span	 segment_build_span(const struct seg_page *, size_t a, size_t b);
char		*segment_build_text(const struct seg_page *, size_t a, size_t b,
		    bool names);
/* Lines [a, b) went into the element whose text is text (--explain). */
void		 segment_build_mark(const struct seg_page *, size_t a, size_t b,
		    const char *text);
/* --explain: the lines that went into text old went into now (NULL: to
 * the page's furniture), or the lines of every element of article a
 * (about to be freed, its text given to the furniture).  Call before old
 * is freed: its address may be used again.  No-ops unless explaining. */
void		 segment_build_retext(const struct seg_page *, const char *old,
		    const char *now);
void		 segment_build_forget(const struct seg_page *,
		    const struct article *);
void		 segment_build_elem(const struct seg_page *, struct text_elem *,
		    size_t a, size_t b, bool names);
void		 segment_build_deck(const struct seg_page *, struct article *,
		    size_t a, size_t b);
struct block	*segment_build_block(struct article *, enum block_kind,
		    char *text, struct span);
void		 segment_build_jump(const struct seg_page *, struct article *,
		    size_t i);
char		*segment_build_split(const struct seg_page *, size_t a, size_t b,
		    size_t prefix, struct text_elem *, struct span *rest);
void		 segment_build_meta(struct page *, const char *text,
		    enum furniture_kind);
/* Every line of text of an article that is no article (a section label,
 * a kicker left alone) to the page's furniture, so nothing is lost. */
void		 segment_build_meta_article(struct page *,
		    const struct article *);
/* Record what lines [a, b) hold beyond kept (their text as printed, with
 * doubled glyphs or lines once) as removed artefacts. */
void		 segment_build_removed(const struct seg_page *, size_t a,
		    size_t b, const char *kept);
/* -layout: the hyphens that ended a column's line inside a line of the
 * page, dropped where the words were joined, as removed artefacts (end
 * of line hyphens that a reader of the page's lines cannot see).  Call
 * once the page's articles and furniture are built. */
void		 segment_build_hyphens(const struct seg_page *);
void		 segment_build_article_span(struct article *);

#endif
