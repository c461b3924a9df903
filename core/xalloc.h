/* SPDX-License-Identifier: ISC */
/* xalloc.h: allocation that cannot fail (out of memory aborts), as in tmux.
 * Anyone may include this. */
#ifndef KANBAO_XALLOC_H
#define KANBAO_XALLOC_H

#include <stdarg.h>

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *ptr, size_t size);
/* Grow an array of n elements of size to hold at least want; *cap is updated. */
void *xgrow(void *ptr, size_t *cap, size_t want, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string.  Caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same with a va_list (used up). */
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
