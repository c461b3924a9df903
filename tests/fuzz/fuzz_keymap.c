/* SPDX-License-Identifier: ISC */
/* fuzz_keymap.c: keymap files (keymap_parse) and key names
 * (keymap_key_canon). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "keymap.h"
#include "xalloc.h"

FUZZ_TARGET(keymap)
{
	struct keymap		 km;
	struct diag_list	 dl = { 0 };
	char			*text = xmalloc(size + 1), *canon;
	int			 a;

	/* Exactly size bytes, so a read past the end is caught. */
	memcpy(text, data, size);
	keymap_init(&km);
	keymap_parse(&km, text, size, "fuzz.keys", &dl);
	for (a = ACTION_NONE + 1; a < ACTION__COUNT; a++)
		free(keymap_keys_for(&km, (enum action)a));
	text[size] = '\0';
	if ((canon = keymap_key_canon(text)) != NULL) {
		char *again = keymap_key_canon(canon);

		/* A canonical name is its own canonical name. */
		if (again == NULL || strcmp(again, canon) != 0)
			abort();
		keymap_lookup(&km, canon);
		free(again);
		free(canon);
	}
	keymap_free(&km);
	diag_list_free(&dl);
	free(text);
	return 0;
}
