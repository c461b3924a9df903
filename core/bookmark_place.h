/* SPDX-License-Identifier: ISC */
/* bookmark_place.h: a bookmark's place in an article: made from where the
 * reader is, and found again after the page was extracted anew.
 *
 * A place is (block, byte offset) in the blocks of layout_doc_from_article,
 * the numbers layout_at and layout_find use, so it does not depend on the
 * terminal's width.  Core only: never prints. */
#ifndef KANBAO_BOOKMARK_PLACE_H
#define KANBAO_BOOKMARK_PLACE_H

#include <stddef.h>

#include "bookmark.h"
#include "model.h"

#define BOOKMARK_SNIPPET_CHARS	24

enum bookmark_status {
	BOOKMARK_OK,		/* the article and the text are where marked */
	BOOKMARK_MOVED,		/* found again: the article has another id,
				 * or the text moved within it */
	BOOKMARK_CHANGED,	/* the article is found but not the text (the
				 * place is a guess), or the text is found
				 * under another headline */
	BOOKMARK_GONE		/* neither the article nor the text is in the
				 * issue, or the issue is not in the archive */
};

/* Where a bookmark leads now. */
struct bookmark_place {
	enum bookmark_status status;
	const struct article *article;	/* NULL when gone */
	struct issue	*issue;		/* the bookmark's issue, NULL when absent */
	size_t		 block;		/* in layout_doc_from_article(article) */
	size_t		 offset;	/* byte in that block, at a character */
};

/* Set bm's article id, headline, snippet, place and archive from the
 * reader's place in a (block and byte offset in layout_doc_from_article(a)).
 * archive_root may be NULL.  The name and note are left as they are. */
void	 bookmark_mark(struct bookmark *bm, const struct article *a,
	    size_t block, size_t offset, const char *archive_root);
/* Find bm in archive (pages are loaded as needed).  Returns place->status. */
enum bookmark_status bookmark_resolve(const struct bookmark *bm,
	    struct archive *, struct bookmark_place *place);
/* "ok", "moved", "changed", "gone". */
const char *bookmark_status_name(enum bookmark_status);

#endif
