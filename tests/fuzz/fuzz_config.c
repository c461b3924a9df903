/* SPDX-License-Identifier: ISC */
/* fuzz_config.c: the reader's config file (userconf_parse) and the flag
 * list a "flags =" line holds (flag_mask_parse). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "flags.h"
#include "fuzz.h"
#include "userconf.h"
#include "xalloc.h"

FUZZ_TARGET(config)
{
	struct userconf		 uc;
	struct diag_list	 dl = { 0 };
	char			*text = xmalloc(size + 1), *bad = NULL;

	memcpy(text, data, size);
	userconf_init(&uc);
	userconf_parse(&uc, text, size, "fuzz.conf", &dl);
	if (uc.flags & ~FLAG_MASK_ALL)
		abort();
	userconf_free(&uc);
	text[size] = '\0';
	if (flag_mask_parse(text, &bad) & ~FLAG_MASK_ALL)
		abort();
	free(bad);
	diag_list_free(&dl);
	free(text);
	return 0;
}
