/* SPDX-License-Identifier: ISC */
/* strbuf.c: growable strings. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <stdint.h>
#include <unistr.h>

#include "sanitize.h"
#include "strbuf.h"
#include "xalloc.h"

static void
strbuf_reserve(struct strbuf *b, size_t more)
{
	b->s = xgrow(b->s, &b->cap, b->len + more + 1, 1);
}

void
strbuf_add(struct strbuf *b, const char *p, size_t n)
{
	strbuf_reserve(b, n);
	if (n)
		memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
strbuf_adds(struct strbuf *b, const char *s)
{
	strbuf_add(b, s, strlen(s));
}

void
strbuf_addc(struct strbuf *b, char c)
{
	strbuf_add(b, &c, 1);
}

void
strbuf_printf(struct strbuf *b, const char *fmt, ...)
{
	va_list ap, ap2;
	int n;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		abort();
	strbuf_reserve(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	b->len += (size_t)n;
}

void
strbuf_add_escaped(struct strbuf *b, const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t left = strlen(s);
	ucs4_t c;
	int n;

	while (left > 0) {
		switch (*p) {
		case '\\': strbuf_adds(b, "\\\\"); n = 1; break;
		case '\t': strbuf_adds(b, "\\t"); n = 1; break;
		case '\n': strbuf_adds(b, "\\n"); n = 1; break;
		case '\r': strbuf_adds(b, "\\r"); n = 1; break;
		default:
			n = u8_mbtouc(&c, p, left);
			if (n <= 0 || (c == 0xFFFD && !(n == 3 && p[0] == 0xEF))) {
				strbuf_printf(b, "\\x%02X", *p);	/* not UTF-8 */
				n = 1;
			} else if (sanitize_placeholder(c) == NULL)
				strbuf_add(b, (const char *)p, (size_t)n);
			else if (c < 0x80)
				strbuf_printf(b, "\\x%02X", (unsigned)c);
			else if (c <= 0xFFFF)
				strbuf_printf(b, "\\u%04X", (unsigned)c);
			else
				strbuf_printf(b, "\\U%08X", (unsigned)c);
		}
		p += n;
		left -= (size_t)n;
	}
}

/* n hex digits at s as a number; -1 when they are not. */
static long
strbuf_hex(const char *s, size_t n)
{
	long v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		char c = s[i];
		int d = c >= '0' && c <= '9' ? c - '0' :
		    c >= 'A' && c <= 'F' ? c - 'A' + 10 :
		    c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;

		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

size_t
strbuf_add_unescaped(struct strbuf *b, const char *s, size_t len, char *bad)
{
	size_t i, w, nbad = 0;
	uint8_t u[6];
	long v;
	int k;

	for (i = 0; i < len; i++) {
		if (s[i] != '\\' || i + 1 == len) {
			if (s[i] == '\\' && nbad++ == 0 && bad)
				*bad = ' ';
			strbuf_addc(b, s[i]);
			continue;
		}
		w = s[i + 1] == 'x' ? 2 : s[i + 1] == 'u' ? 4 :
		    s[i + 1] == 'U' ? 8 : 0;
		switch (s[i + 1]) {
		case '\\': strbuf_addc(b, '\\'); i++; continue;
		case 't': strbuf_addc(b, '\t'); i++; continue;
		case 'n': strbuf_addc(b, '\n'); i++; continue;
		case 'r': strbuf_addc(b, '\r'); i++; continue;
		}
		v = w > 0 && i + 2 + w <= len ? strbuf_hex(s + i + 2, w) : -1;
		if (v >= 0 && w == 2)
			strbuf_addc(b, (char)v);	/* a byte, as it was */
		else if (v >= 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF) &&
		    (k = u8_uctomb(u, (ucs4_t)v, sizeof u)) > 0)
			strbuf_add(b, (const char *)u, (size_t)k);
		else {
			if (nbad++ == 0 && bad)
				*bad = s[i + 1];
			strbuf_addc(b, '\\');
			continue;
		}
		i += 1 + w;
	}
	return nbad;
}

void
strbuf_truncate(struct strbuf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->s[len] = '\0';
	}
}

char *
strbuf_take(struct strbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void
strbuf_free(struct strbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}
