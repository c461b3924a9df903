/* nav.h: opening issues and articles and moving between them. */
#ifndef KANBAO_NAV_H
#define KANBAO_NAV_H

#include "reader.h"

/* The issues list from the archive: publications, each with its issues. */
void	reader_issue_rows(struct reader *);
void	reader_open_issue(struct reader *, size_t irow);
void	reader_open_article(struct reader *, size_t arow, const struct place *);
/* Save the open article's place and close it. */
void	reader_close_article(struct reader *);
size_t	reader_article_row(const struct reader *, const struct article *);
size_t	reader_issue_row(const struct reader *, const struct issue *);
int	reader_goto_article(struct reader *, const struct article *,
	    const struct place *);
void	reader_push_place(struct reader *);
void	reader_save_place(struct reader *);
/* n articles on (negative: back) in the issue; n issues newer (negative:
 * older) of the publication; the last place pushed. */
void	reader_step_article(struct reader *, long n);
void	reader_step_issue(struct reader *, long n);
void	reader_back(struct reader *);
/* Open the article read last, else the newest issue of the first
 * publication. */
void	reader_restore(struct reader *);
/* Close everything, forget places and go back to the newest issue of the
 * first publication, as at start with nothing remembered. */
void	reader_home(struct reader *);
/* Read the archive again from its files (an issue arrived, a page was
 * corrected), keeping the open article at its place when it is still
 * there. */
void	reader_reload(struct reader *);

#endif
