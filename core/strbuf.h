/* SPDX-License-Identifier: ISC */
/* strbuf.h: a growable byte string, always NUL-terminated. */
#ifndef KANBAO_STRBUF_H
#define KANBAO_STRBUF_H

#include <stddef.h>

struct strbuf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void	 strbuf_add(struct strbuf *, const char *, size_t);
void	 strbuf_adds(struct strbuf *, const char *);
void	 strbuf_addc(struct strbuf *, char);
void	 strbuf_printf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Append s with backslash, tab, newline and CR written \\, \t, \n, \r,
 * for one-line-per-record text files (notes, bookmarks). */
void	 strbuf_add_escaped(struct strbuf *, const char *s);
void	 strbuf_truncate(struct strbuf *, size_t);
/* Hand the string to the caller (who frees it) and reset the buffer. */
char	*strbuf_take(struct strbuf *);
void	 strbuf_free(struct strbuf *);

#endif
