/* SPDX-License-Identifier: ISC */
/* xalloc.c: allocation wrappers; out of memory is fatal (abort, no printing). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static void *
xalloc_check(void *p)
{
	if (p == NULL)
		abort();
	return p;
}

void *
xmalloc(size_t size)
{
	return xalloc_check(malloc(size ? size : 1));
}

void *
xcalloc(size_t n, size_t size)
{
	return xalloc_check(calloc(n ? n : 1, size ? size : 1));
}

void *
xrealloc(void *ptr, size_t size)
{
	return xalloc_check(realloc(ptr, size ? size : 1));
}

void *
xgrow(void *ptr, size_t *cap, size_t want, size_t size)
{
	size_t ncap = *cap ? *cap : 8;

	if (want <= *cap)
		return ptr;
	while (ncap < want) {
		if (ncap > ((size_t)-1) / 2 / size)
			abort();
		ncap *= 2;
	}
	*cap = ncap;
	return xrealloc(ptr, ncap * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list ap2;
	int n;
	char *s;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		abort();
	s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}
