/* SPDX-License-Identifier: ISC */
/* dynlib.h: optional libraries opened when first needed.
 *
 * poppler-glib (PDF pages) and OpenCC (Traditional Chinese in searches)
 * bring some fifty further libraries with them (C++, ICU, cairo, X11,
 * NSS...), which cost every run of kanbao several milliseconds before
 * main (loading and relocating them) though most runs read no PDF and
 * fold nothing.  Where configure found the library's soname
 * (POPPLER_SONAME, OPENCC_SONAME) it is not linked but opened here the
 * first time it is needed; elsewhere it is linked as usual. */
#ifndef KANBAO_DYNLIB_H
#define KANBAO_DYNLIB_H

#include <stddef.h>

/* Open the library soname and look up its functions names[0..n) (in its
 * dependencies too); slots[i] is the address of the caller's function
 * pointer for names[i].  The library stays open.  0, or -1 with why in
 * *cause (caller frees). */
int	dynlib_load(const char *soname, const char *const names[], size_t n,
	    void *const slots[], char **cause);

#endif
