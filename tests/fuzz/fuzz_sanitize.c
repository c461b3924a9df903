/* SPDX-License-Identifier: ISC */
/* fuzz_sanitize.c: sanitize_text on any bytes must give valid UTF-8 with
 * nothing a terminal would act on (the one exception: LF when asked). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "fuzz.h"
#include "sanitize.h"

FUZZ_TARGET(sanitize)
{
	int		 keep_nl = size % 2;
	char		*s = sanitize_text((const char *)data, size, keep_nl);
	const uint8_t	*p = (const uint8_t *)s, *end = p + strlen(s);
	ucs4_t		 c;
	int		 n;

	while (p < end) {
		if ((n = u8_mbtoucr(&c, p, end - p)) <= 0)
			abort();
		if (!(keep_nl && c == '\n') && (sanitize_placeholder(c) != NULL ||
		    c == 0x1b || (c >= 0x80 && c <= 0x9f) || c < 0x20 ||
		    c == 0x7f))
			abort();
		p += n;
	}
	free(s);
	return 0;
}
