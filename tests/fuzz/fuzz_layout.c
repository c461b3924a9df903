/* SPDX-License-Identifier: ISC */
/* fuzz_layout.c: the layout engine on any bytes.  Each input line is a
 * block (styles and paragraph indents in turn); the doc is laid out at a
 * width chosen by the size and at widths 1 and 2, narrow and wide, and the
 * layout invariants (tests/layout_invariants.h) are checked. */
#include "config.h"

#include <string.h>

#include "fuzz.h"

FUZZ_TARGET(layout)
{
	struct layout_doc	 doc = { 0 };
	const char		*p = (const char *)data, *end = p + size, *nl;
	size_t			 k = 0;

	while (p < end) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		layout_doc_add(&doc, (enum layout_style)(k % LS_BLANK), p,
		    nl - p, k % 2, NULL);
		k++;
		p = nl + 1;
	}
	fuzz_layout_doc(&doc, 1 + (int)(size % 97), size % 2, 1);
	fuzz_layout_doc(&doc, 1, 1, 1);
	fuzz_layout_doc(&doc, 2, 0, 0);
	layout_doc_free(&doc);
	return 0;
}
