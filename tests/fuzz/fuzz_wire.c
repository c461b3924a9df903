/* SPDX-License-Identifier: ISC */
/* fuzz_wire.c: IPTC 7901 and ANPA 1312 wire copy through the wire loader. */
#include "config.h"

#include "fuzz.h"

FUZZ_TARGET(wire)
{
	struct fuzz_page fp;

	fuzz_page_init(&fp, "fuzz/01.tst");
	fuzz_page_load(&fp, &loader_wire, data, size, FUZZ_LANG(size));
	fuzz_page_done(&fp);
	return 0;
}
