/* SPDX-License-Identifier: ISC */
/* archive_db_pq.c: libpq, opened when the first database is opened (see
 * archive_db_pq.h). */
#include "config.h"

#ifdef HAVE_LIBPQ

#include <stddef.h>

#include "archive_db_pq.h"
#include "dynlib.h"
#include "xalloc.h"

#ifdef LIBPQ_SONAME

#define ADB_PQ_DEFINE(f)	__typeof__(adb_pq_##f) adb_pq_##f;
ADB_PQ_FUNCTIONS(ADB_PQ_DEFINE)

int
adb_pq_load(char **cause)
{
	static int state;	/* 0: not yet, 1: loaded, -1: cannot be */
	static char *why;
#define ADB_PQ_NAME(f)	#f,
#define ADB_PQ_SLOT(f)	&adb_pq_##f,
	static const char *const names[] = { ADB_PQ_FUNCTIONS(ADB_PQ_NAME) };
	void *const slots[] = { ADB_PQ_FUNCTIONS(ADB_PQ_SLOT) };

	*cause = NULL;
	if (state == 0)
		state = dynlib_load(LIBPQ_SONAME, names,
		    sizeof names / sizeof names[0], slots, &why) == 0 ? 1 : -1;
	if (state < 0) {
		*cause = xstrdup(why);
		return -1;
	}
	return 0;
}

#else /* linked */

int
adb_pq_load(char **cause)
{
	*cause = NULL;
	return 0;
}

#endif
#endif /* HAVE_LIBPQ */
