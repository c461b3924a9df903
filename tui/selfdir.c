/* SPDX-License-Identifier: ISC */
/* selfdir.c: what lies beside the running binary.
 *
 * An uninstalled build (_build/kanbao, run from the checkout) has its
 * sample archive and its message catalogues beside it, where make put
 * them (sample-archive, uninstalled-locale/), not under the configured
 * prefix yet.  An installed kanbao has neither beside it, and uses the
 * compiled-in paths.  No build path is compiled in and no environment
 * variable is read, so nothing here moves what an installed kanbao reads. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "selfdir.h"
#include "xalloc.h"

/* The directory of the running binary, or NULL. */
static const char *
selfdir(void)
{
	static char *dir;
	static int done;
	char buf[PATH_MAX];
	ssize_t n;
	char *slash;

	if (done)
		return dir;
	done = 1;
	if ((n = readlink("/proc/self/exe", buf, sizeof buf - 1)) <= 0)
		return NULL;
	buf[n] = '\0';
	if ((slash = strrchr(buf, '/')) == NULL)
		return NULL;
	dir = xstrndup(buf, (size_t)(slash - buf));
	return dir;
}

char *
selfdir_find(const char *leaf, const char *inside)
{
	const char *d = selfdir();
	char *path, *probe;
	struct stat st;
	int ok;

	if (d == NULL)
		return NULL;
	path = xasprintf("%s/%s", d, leaf);
	probe = inside != NULL ? xasprintf("%s/%s", path, inside) : xstrdup(path);
	ok = stat(path, &st) == 0 && S_ISDIR(st.st_mode) &&
	    (inside == NULL || access(probe, F_OK) == 0);
	free(probe);
	if (!ok) {
		free(path);
		return NULL;
	}
	return path;
}
