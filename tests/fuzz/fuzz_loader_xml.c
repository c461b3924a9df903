/* SPDX-License-Identifier: ISC */
/* fuzz_loader_xml.c: NITF, NewsML-G2, ALTO and METS through the loader
 * interface.  The loader whose probe claims the bytes reads them; bytes no
 * XML loader claims go to one chosen by their size, so every loader's
 * parser also meets what its probe would have turned away. */
#include "config.h"

#include "fuzz.h"

static const struct loader *const fuzz_xml_loaders[] = {
	&loader_nitf, &loader_newsml, &loader_alto, &loader_mets
};
#define N_XML (sizeof fuzz_xml_loaders / sizeof *fuzz_xml_loaders)

FUZZ_TARGET(loader_xml)
{
	const struct loader	*ld = NULL;
	struct fuzz_page	 fp;
	size_t			 i;

	for (i = 0; i < N_XML && ld == NULL; i++)
		if (fuzz_xml_loaders[i]->probe("fuzz/01.xml", data,
		    size < 4096 ? size : 4096))
			ld = fuzz_xml_loaders[i];
	if (ld == NULL)
		ld = fuzz_xml_loaders[size % N_XML];
	/* A METS file names its ALTO pages relative to its own directory:
	 * one that does not exist, so nothing on disk is read. */
	fuzz_page_init(&fp, "/nonexistent/kanbao-fuzz/01.xml");
	fuzz_page_load(&fp, ld, data, size, FUZZ_LANG(size));
	fuzz_page_done(&fp);
	return 0;
}
