/* pagebuild.h: filling a page from a structured format (XML, PDF, wire).
 *
 * Loaders that read structure, not plain text, write a readable text
 * rendition of the page one line at a time (the proof view's "source
 * lines") and hang articles and their elements on those lines.  Spans are
 * computed from the line numbers, so every element points into the text.
 *
 * Article pointers returned here stay valid until the next
 * pagebuild_article call.  Core only. */
#ifndef KANBAO_PAGEBUILD_H
#define KANBAO_PAGEBUILD_H

#include <stddef.h>

#include "model.h"
#include "strbuf.h"

struct pagebuild {
	struct page	*page;
	struct strbuf	 text;		/* the page text so far */
	size_t		*starts;	/* byte offset of each line */
	size_t		 n_lines;
	size_t		 cap_lines;
	size_t		 cap_articles;
};

void	pagebuild_init(struct pagebuild *, struct page *);
/* Append a line (line breaks inside become spaces; leading and trailing
 * white space is dropped).  Returns its 1-based number. */
unsigned long pagebuild_line(struct pagebuild *, const char *s, size_t len);
unsigned long pagebuild_lines(const struct pagebuild *);
/* The span of lines first..last (1-based, inclusive). */
struct span pagebuild_span(const struct pagebuild *, unsigned long first,
	    unsigned long last);

struct article *pagebuild_article(struct pagebuild *, enum article_kind);
/* Each setter copies text (NULL or empty: nothing is set) and widens the
 * article's span. */
void	pagebuild_deck(struct article *, const char *text, struct span);
void	pagebuild_elem(struct article *, struct text_elem *, const char *text,
	    struct span);
void	pagebuild_block(struct article *, enum block_kind, const char *text,
	    struct span);
/* A byline opening the article's first paragraph (本报讯（记者 …）, By
 * NAME —): when the article has no byline yet, it becomes the byline and
 * is cut off the front of clean (in place).  Loaders that find
 * paragraphs in geometry call it on the first paragraph's text. */
void	pagebuild_inline_byline(struct article *, char *clean, struct span);
void	pagebuild_jump(struct article *, enum jump_dir, int page_number,
	    const char *label, struct span);
/* A line of page furniture (header, footer, keywords). */
void	pagebuild_meta(struct pagebuild *, const char *text);
/* Drop the last article (it had nothing worth keeping). */
void	pagebuild_drop_last(struct pagebuild *);

/* Hand the text to the page (charset is copied; NULL means UTF-8), number
 * the articles and point them at the page. */
void	pagebuild_finish(struct pagebuild *, const char *charset);
/* Free what was built when loading fails. */
void	pagebuild_abort(struct pagebuild *);

#endif
