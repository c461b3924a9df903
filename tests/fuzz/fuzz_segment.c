/* SPDX-License-Identifier: ISC */
/* fuzz_segment.c: the segmenter on any UTF-8 text (invalid bytes become
 * U+FFFD first, as decoding leaves them), with each language hint. */
#include "config.h"

#include "decode.h"
#include "fuzz.h"
#include "pagetext.h"
#include "segment.h"

FUZZ_TARGET(segment)
{
	struct segment_options	 so = { FUZZ_LANG(size) };
	struct decode_result	 dr;
	struct fuzz_page	 fp;

	fuzz_page_init(&fp, "fuzz/01.txt");
	if (decode_bytes(data, size, "UTF-8", NULL, fp.page.path,
	    &fp.archive.diags, &dr) == 0) {
		pagetext_from_text(&fp.page.text, dr.text, dr.len);
		fp.page.text.charset = dr.charset;
		segment_page(&fp.page, &so, &fp.archive.diags);
		fuzz_page_exercise(&fp.page);
	}
	fuzz_page_done(&fp);
	return 0;
}
