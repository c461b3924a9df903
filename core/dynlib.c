/* SPDX-License-Identifier: ISC */
/* dynlib.c: optional libraries opened when first needed (see dynlib.h). */
#include "config.h"

#include <dlfcn.h>
#include <string.h>

#include "dynlib.h"
#include "i18n.h"
#include "xalloc.h"

int
dynlib_load(const char *soname, const char *const names[], size_t n,
    void *const slots[], char **cause)
{
	void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL), *p;
	const char *why;
	size_t i;

	*cause = NULL;
	if (h == NULL) {
		why = dlerror();
		*cause = xasprintf(_("cannot load %s: %s"), soname,
		    why ? why : _("unknown error"));
		return -1;
	}
	for (i = 0; i < n; i++) {
		if ((p = dlsym(h, names[i])) == NULL) {
			*cause = xasprintf(_("%s has no %s"), soname, names[i]);
			/* Left open: a C++ library's destructors are not run
			 * early for a half-filled table. */
			return -1;
		}
		/* A data pointer to a function pointer, as POSIX allows. */
		memcpy(slots[i], &p, sizeof p);
	}
	return 0;
}
