/* SPDX-License-Identifier: ISC */
/* fuzz_decode.c: page bytes -> UTF-8 (decode_bytes), with the charset
 * detected, hinted or forced, and the result split into lines and pages. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "fuzz.h"
#include "pagetext.h"

/* The charsets a publication.conf or --encoding may name; NULL: none. */
static const char *const fuzz_charsets[] = {
	NULL, "UTF-8", "GB18030", "BIG5-HKSCS", "SHIFT_JIS", "EUC-KR",
	"ISO-8859-1", "UTF-16", "no-such-charset"
};
#define N_CHARSETS (sizeof fuzz_charsets / sizeof *fuzz_charsets)

FUZZ_TARGET(decode)
{
	struct decode_result	 dr;
	struct diag_list	 dl = { 0 };
	struct page_text	 pt = { 0 };
	size_t			*starts, *lens, n, i;
	const char		*forced, *hint;

	forced = size % 4 == 0 ? fuzz_charsets[size / 4 % N_CHARSETS] : NULL;
	hint = fuzz_charsets[size % N_CHARSETS];
	if (decode_bytes(data, size, forced, hint, "fuzz.txt", &dl, &dr) == 0) {
		if (strlen(dr.text) != dr.len)
			abort();	/* NUL must have become U+FFFD */
		if (!decode_is_utf8((const unsigned char *)dr.text, dr.len))
			abort();
		n = pagetext_split_pages(dr.text, dr.len, &starts, &lens);
		for (i = 0; i < n; i++)
			if (starts[i] + lens[i] > dr.len)
				abort();
		free(starts);
		free(lens);
		free(dr.charset);
		pagetext_from_text(&pt, dr.text, dr.len);
		for (i = 1; i <= pt.n_lines; i++)
			if (pagetext_line_of(&pt, pt.line_start[i - 1]) != i)
				abort();
		page_text_free(&pt);
	}
	decode_guess_charset(data, size);
	diag_list_free(&dl);
	return 0;
}
