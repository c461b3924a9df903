/* SPDX-License-Identifier: ISC */
/* diag.h: diagnostics collected while loading; core never prints them, a
 * front end does ("kanbao: FILE:LINE: message"). */
#ifndef KANBAO_DIAG_H
#define KANBAO_DIAG_H

#include <stddef.h>

enum diag_level {
	DIAG_NOTE,
	DIAG_WARNING,
	DIAG_ERROR
};

struct diag {
	enum diag_level	 level;
	char		*file;		/* may be NULL */
	unsigned long	 line;		/* 1-based; 0: the whole file */
	long long	 byte;		/* byte offset in the file; -1: none */
	char		*message;
};

struct diag_list {
	struct diag	*items;
	size_t		 n;
	size_t		 cap;
	enum diag_level	 worst;
};

void	diag_add(struct diag_list *, enum diag_level, const char *file,
	    unsigned long line, long long byte, const char *fmt, ...)
	    __attribute__((format(printf, 6, 7)));
void	diag_list_free(struct diag_list *);
/* "FILE:LINE: message" (with ", byte N" when set).  Caller frees. */
char	*diag_format(const struct diag *);

#endif
