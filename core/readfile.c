/* SPDX-License-Identifier: ISC */
/* readfile.c: opening a file to read without ever blocking on a FIFO or a
 * device (see readfile.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "readfile.h"

int
readfile_open(const char *path, struct stat *st)
{
	struct stat sb;
	int fd, fl, e;

	if (st == NULL)
		st = &sb;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return -1;
	if (fstat(fd, st) != 0)
		goto fail;
	if (!S_ISREG(st->st_mode)) {
		errno = S_ISDIR(st->st_mode) ? EISDIR : READFILE_NOT_REGULAR;
		goto fail;
	}
	/* A regular file's reads never wait anyway; cleared so that a file
	 * on a slow network file system is read as usual. */
	if ((fl = fcntl(fd, F_GETFL)) < 0 ||
	    fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0)
		goto fail;
	return fd;
fail:
	e = errno;
	close(fd);
	errno = e;
	return -1;
}

FILE *
readfile_fopen(const char *path)
{
	int fd = readfile_open(path, NULL), e;
	FILE *f;

	if (fd < 0)
		return NULL;
	if ((f = fdopen(fd, "r")) == NULL) {
		e = errno;
		close(fd);
		errno = e;
	}
	return f;
}

const char *
readfile_strerror(int err)
{
	return err == READFILE_NOT_REGULAR ? _("not a regular file") :
	    strerror(err);
}
