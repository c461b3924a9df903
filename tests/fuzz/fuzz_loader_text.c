/* SPDX-License-Identifier: ISC */
/* fuzz_loader_text.c: a plain text page through the text loader (decoding,
 * segmentation), then laid out, exported, searched and flagged. */
#include "config.h"

#include "fuzz.h"

FUZZ_TARGET(loader_text)
{
	struct fuzz_page fp;

	fuzz_page_init(&fp, "fuzz/01.txt");
	fuzz_page_load(&fp, &loader_text, data, size, NULL);
	fuzz_page_done(&fp);
	return 0;
}
