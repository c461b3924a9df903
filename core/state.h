/* state.h: reading positions, remembered between runs.
 *
 * $XDG_DATA_HOME/kanbao/positions (else ~/.local/share/kanbao/positions),
 * one record a line, fields separated by tabs:
 *	pos	ARTICLE-ID	BLOCK	BYTE	ARCHIVE
 *	last	ARTICLE-ID	ARCHIVE
 * keyed by the archive (its absolute path): the same article id in two
 * archives is two places, and each archive has its own last article.
 * Records without ARCHIVE (written before it was kept) count for any
 * archive until that archive's own replace them.  A position is anchored to the text (block index of the article's layout
 * doc and byte offset in it), not to screen lines, so it survives another
 * terminal width.  Saving writes a temporary file and renames it over the
 * old one, so a crash or hang-up never leaves half a file.  Core only. */
#ifndef KANBAO_STATE_H
#define KANBAO_STATE_H

#include <stddef.h>

#include "diag.h"

struct state_pos {
	char		*id;		/* article id */
	size_t		 block;
	size_t		 off;
	char		*archive;	/* "": any (an old record) */
};

struct state_last {
	char		*archive;
	char		*id;
};

struct state {
	struct state_pos *pos;
	size_t		 n;
	size_t		 cap;
	struct state_last *lasts;	/* each archive's last article */
	size_t		 n_lasts, cap_lasts;
	char		*archive;	/* the archive read now; NULL: "" */
	char		*last;		/* its article read last, NULL: none */
	int		 dirty;		/* changed since loaded or saved */
};

void	state_init(struct state *);
void	state_free(struct state *);
/* Read path into st (adding to what is there).  A missing file is not an
 * error; bad lines are warnings.  Returns 0, or -1 when unreadable. */
int	state_load(struct state *, const char *path, struct diag_list *);
/* Write st to path atomically, creating the directory.  Returns 0, or -1
 * with *cause set (caller frees). */
int	state_save(struct state *, const char *path, char **cause);

/* The archive read from now on (positions and last are its); sets last. */
void	state_set_archive(struct state *, const char *archive);
/* The position remembered for an article, NULL when none. */
const struct state_pos *state_get(const struct state *, const char *id);
void	state_set(struct state *, const char *id, size_t block, size_t off);
void	state_set_last(struct state *, const char *id);

#endif
