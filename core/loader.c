/* SPDX-License-Identifier: ISC */
/* loader.c: choosing the loader for a file.  Formats are tried in order;
 * plain text comes last because it accepts anything that is not claimed. */
#include "config.h"

#include <stddef.h>

#include "loader.h"

static const struct loader *const loaders[] = {
	&loader_pdf,		/* by "%PDF-", whatever the name */
	&loader_wire,		/* SOH ... STX framing */
	&loader_nitf,		/* XML by root element */
	&loader_newsml,
	&loader_mets,
	&loader_alto,
	&loader_text,
};

const struct loader *
loader_for(const char *path, const unsigned char *head, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof loaders / sizeof *loaders; i++)
		if (loaders[i]->probe(path, head, n))
			return loaders[i];
	return NULL;
}
