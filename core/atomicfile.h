/* SPDX-License-Identifier: ISC */
/* atomicfile.h: replacing a small file so that a crash at any instant
 * leaves either the old file or the new one, never a torn one. */
#ifndef KANBAO_ATOMICFILE_H
#define KANBAO_ATOMICFILE_H

#include <stddef.h>
#include <sys/types.h>

/* mkdir -p of the directory part of path (mode 0700).  Returns 0, or -1
 * with errno set; *failed (if not NULL) then names the directory that could
 * not be made (caller frees). */
int	atomicfile_mkdirs(const char *path, char **failed);
/* Write all len bytes to fd, going on after EINTR.  Returns 0 or -1. */
int	atomicfile_write_all(int fd, const char *s, size_t len);
/* fsync the directory holding path, so a rename in it is on disk.  File
 * systems that cannot sync a directory (EINVAL) count as done. */
int	atomicfile_sync_dir(const char *path);
/* Replace path with data: its directories made, a temporary file beside it
 * written and flushed, renamed over path, the directory flushed.  Returns 0,
 * or -1 with errno set and the temporary file removed. */
int	atomicfile_replace(const char *path, const char *data, size_t len,
	    mode_t mode);
/* Save data at path as the user named it: a FIFO, a device or a socket is
 * written to, never replaced by a regular file (as root, replacing
 * /dev/full would break the system); a symbolic link's target is
 * replaced and the link kept (a dangling one creates its target);
 * anything else is replaced with atomicfile_replace.  Returns 0, or -1
 * with errno set. */
int	atomicfile_save(const char *path, const char *data, size_t len,
	    mode_t mode);

/* Take the exclusive fcntl lock of path's writers, on path.lock (made if
 * missing), waiting up to ATOMICFILE_LOCK_TRIES times 10 ms.  Only writers
 * lock: a file only ever replaced by rename is whole for its readers.
 * Returns the descriptor (closing it unlocks), or -1 with errno set (EAGAIN:
 * still locked by another process). */
int	atomicfile_lock(const char *path);
#define ATOMICFILE_LOCK_TRIES	1000	/* of 10 ms: 10 s */

#endif
