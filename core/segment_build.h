/* segment_build.h: model elements from seg_lines (segment*.c only). */
#ifndef KANBAO_SEGMENT_BUILD_H
#define KANBAO_SEGMENT_BUILD_H

#include "segment_int.h"

struct span	 segment_build_span(const struct seg_page *, size_t a, size_t b);
char		*segment_build_text(const struct seg_page *, size_t a, size_t b,
		    bool names);
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
void		 segment_build_meta(struct page *, const char *text);
void		 segment_build_article_span(struct article *);

#endif
