/* SPDX-License-Identifier: ISC */
/* atomicfile.c: crash-safe replacement of small files (positions, notes,
 * bookmarks).
 *
 * The new contents go to a temporary file in the same directory (so the
 * rename cannot cross file systems), are flushed with fsync, and the file
 * is renamed over the old one: rename is atomic, so a reader sees the old
 * file or the new one.  The directory is flushed last so the rename itself
 * survives a power cut. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomicfile.h"
#include "xalloc.h"

int
atomicfile_mkdirs(const char *path, char **failed)
{
	char *dir = xstrdup(path), *p;
	int rc = 0, e = 0;

	for (p = dir + 1; rc == 0 && (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			e = errno;
			rc = -1;
			if (failed)
				*failed = xstrdup(dir);
		}
		*p = '/';
	}
	free(dir);
	errno = e ? e : errno;
	return rc;
}

int
atomicfile_write_all(int fd, const char *s, size_t len)
{
	ssize_t n;

	while (len > 0) {
		if ((n = write(fd, s, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += n;
		len -= (size_t)n;
	}
	return 0;
}

int
atomicfile_sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == path ? xstrdup("/") : slash ?
	    xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc = 0, e;

	if (fd < 0 || (fsync(fd) != 0 && errno != EINVAL))
		rc = -1;
	e = errno;
	if (fd >= 0)
		close(fd);
	free(dir);
	errno = e;
	return rc;
}

/* Write and flush the temporary file.  Returns 0 or -1 (errno). */
static int
atomicfile_write_tmp(const char *tmp, const char *data, size_t len,
    mode_t mode)
{
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode), e;

	if (fd < 0)
		return -1;
	if (atomicfile_write_all(fd, data, len) != 0 || fsync(fd) != 0) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return close(fd);
}

int
atomicfile_replace(const char *path, const char *data, size_t len,
    mode_t mode)
{
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	int rc = -1, e;

	if (atomicfile_mkdirs(path, NULL) == 0 &&
	    atomicfile_write_tmp(tmp, data, len, mode) == 0 &&
	    rename(tmp, path) == 0)
		rc = atomicfile_sync_dir(path);
	if (rc != 0) {
		e = errno;
		unlink(tmp);
		errno = e;
	}
	free(tmp);
	return rc;
}

/* Open path (flags) and write all of data to it, as it is. */
static int
atomicfile_write_through(const char *path, int flags, const char *data,
    size_t len, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | flags, mode), e;

	if (fd < 0)
		return -1;
	if (atomicfile_write_all(fd, data, len) != 0) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return close(fd);
}

int
atomicfile_save(const char *path, const char *data, size_t len, mode_t mode)
{
	struct stat st;
	char *real;
	int rc;

	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
		return atomicfile_write_through(path, 0, data, len, mode);
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		if ((real = realpath(path, NULL)) == NULL)	/* dangling */
			return atomicfile_write_through(path, O_CREAT | O_TRUNC,
			    data, len, mode);
		rc = atomicfile_replace(real, data, len, mode);
		free(real);
		return rc;
	}
	return atomicfile_replace(path, data, len, mode);
}

int
atomicfile_lock(const char *path)
{
	char *lp = xasprintf("%s.lock", path);
	struct flock fl;
	int fd, e, tries = 0;

	memset(&fl, 0, sizeof fl);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	fd = open(lp, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	free(lp);
	while (fd >= 0 && fcntl(fd, F_SETLK, &fl) != 0) {
		if ((errno != EACCES && errno != EAGAIN && errno != EINTR) ||
		    ++tries >= ATOMICFILE_LOCK_TRIES) {
			e = errno == EINTR ? EAGAIN : errno;
			close(fd);
			errno = e;
			return -1;
		}
		nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
	}
	return fd;
}
