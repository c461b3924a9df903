/* SPDX-License-Identifier: ISC */
/* readfile.h: the one way kanbao opens a file to read it.
 *
 * A path may name a FIFO or a device (an archive, a METS file's reference,
 * a config): a plain open() of a FIFO waits for a writer for ever, and no
 * key stops it.  So every file is opened O_NONBLOCK (which never waits),
 * checked with fstat to be a regular file, and only then switched back to
 * blocking reads.  Core only: never includes curses, never prints. */
#ifndef KANBAO_READFILE_H
#define KANBAO_READFILE_H

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>

/* The errno readfile_open sets for a path that is not a regular file
 * (directories: EISDIR). */
#define READFILE_NOT_REGULAR	EINVAL

/* Open path read-only (close-on-exec, never the controlling terminal)
 * if it is a regular file; st (may be NULL) gets its fstat.  Returns the
 * descriptor, or -1 with errno set. */
int	readfile_open(const char *path, struct stat *st);
/* The same as a stdio stream ("r"), or NULL with errno set. */
FILE	*readfile_fopen(const char *path);
/* strerror, saying "not a regular file" for what readfile_open refused. */
const char *readfile_strerror(int err);

#endif
