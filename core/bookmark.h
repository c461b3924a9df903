/* SPDX-License-Identifier: ISC */
/* bookmark.h: bookmarks, places in articles a reader wants to come back to.
 *
 * A bookmark names an article by its id (PUB/YYYY-MM-DD/NN/K) and a place in
 * it by (block, byte offset) in the article's layout doc
 * (layout_doc_from_article), so it does not depend on the terminal's width.
 * A page may be extracted again and its articles renumbered or recut, so a
 * bookmark also keeps a text anchor, the article's title and a snippet of
 * the text at the place; bookmark_resolve (bookmark_place.h) uses them to
 * find the place again.
 *
 * Every bookmark has a stable unique id and created and modified times.  A
 * deleted bookmark stays as a tombstone, so that merging two copies of the
 * store tells "deleted there" from "never seen there".  Merging is by id:
 * the record modified last wins.
 *
 * The store is the in-memory set; bookmark_file.h reads and writes it.
 * Core only: never prints. */
#ifndef KANBAO_BOOKMARK_H
#define KANBAO_BOOKMARK_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* Every string is allocated and never NULL ("" when empty). */
struct bookmark {
	char		*id;		/* "<created ms>-<8 hex digits>", unique */
	long long	 created;	/* milliseconds since the epoch */
	long long	 modified;	/* ditto; the newer record wins a merge */
	bool		 deleted;	/* a tombstone, kept for merges */
	char		*name;		/* one ASCII letter: a quick mark */
	char		*note;		/* any text, may hold tabs and newlines */
	char		*article;	/* the article's id when marked */
	size_t		 block;		/* layout doc block of the place */
	size_t		 offset;	/* byte offset in that block's text */
	char		*headline;	/* article_title() when marked */
	char		*snippet;	/* some 24 characters from the place */
	char		*archive;	/* the archive's root when marked */
};

struct bookmark_store {
	struct bookmark	*items;		/* live and deleted, sorted by id */
	size_t		 n;
	size_t		 cap;
	char		*path;		/* the file; NULL: memory only */
	bool		 dirty;		/* changed since the last save */
	bool		 read_only;	/* the file is from a newer kanbao */
	struct diag_list diags;		/* problems found by the last open or
					 * reload; a save adds a note when it
					 * keeps a broken file aside */
	char		*broken_copy;	/* where a broken file was kept, or NULL */
};

/* How a merge went: records new to the store, records that replaced an
 * older one, records the store already had (or had newer). */
struct bookmark_merge_stats {
	size_t		 added;
	size_t		 updated;
	size_t		 unchanged;
};

/* --- one bookmark --- */
void	 bookmark_init(struct bookmark *);	/* every string "" */
void	 bookmark_clear(struct bookmark *);	/* frees the strings */
void	 bookmark_copy(struct bookmark *dst, const struct bookmark *src);
void	 bookmark_set(char **field, const char *value);
/* The quick-mark letter (the name is one ASCII letter), else 0. */
int	 bookmark_quick_letter(const struct bookmark *);
/* The issue part of the article id, "PUB/YYYY-MM-DD".  Caller frees. */
char	*bookmark_issue_id(const struct bookmark *);
/* Milliseconds since the epoch. */
long long bookmark_now(void);
/* A new unique id for a bookmark created at ms.  Caller frees. */
char	*bookmark_new_id(long long ms);

/* --- the store --- */
/* An empty store; path NULL keeps it in memory only (kiosk mode): saving
 * writes nothing.  bookmark_store_open (bookmark_file.h) also reads it. */
struct bookmark_store *bookmark_store_new(const char *path);
void	 bookmark_store_free(struct bookmark_store *);

/* Add bm as a new bookmark: the store takes its strings (bm is cleared) and
 * gives it an id and times.  A quick mark takes its letter from any other
 * bookmark that had it (the other keeps its place and note).  Returns the
 * stored bookmark, valid until the store next changes. */
const struct bookmark *bookmark_store_add(struct bookmark_store *,
	    struct bookmark *bm);
/* Change a live bookmark's name or note; delete one (it becomes a
 * tombstone).  Each returns 0, or -1 when id names no live bookmark. */
int	 bookmark_store_rename(struct bookmark_store *, const char *id,
	    const char *name);
int	 bookmark_store_set_note(struct bookmark_store *, const char *id,
	    const char *note);
int	 bookmark_store_delete(struct bookmark_store *, const char *id);

/* The live bookmark with this id, or NULL. */
const struct bookmark *bookmark_store_find(const struct bookmark_store *,
	    const char *id);
/* The live bookmark named letter (the newest if merges left two), or NULL. */
const struct bookmark *bookmark_store_quick(const struct bookmark_store *,
	    int letter);
/* The live bookmarks, oldest first, in *list (caller frees the array, not
 * the bookmarks; valid until the store next changes).  Returns the count. */
size_t	 bookmark_store_list(const struct bookmark_store *,
	    const struct bookmark ***list);
size_t	 bookmark_store_count(const struct bookmark_store *);	/* live */

/* Merge one record (live or tombstone) by id: kept when new, or when newer
 * than the store's.  Returns 0 unchanged, 1 added, 2 replaced. */
int	 bookmark_store_put(struct bookmark_store *, const struct bookmark *);
/* Merge every record of src into dst; stats may be NULL.  Returns the
 * number of records added or replaced. */
size_t	 bookmark_store_merge(struct bookmark_store *dst,
	    const struct bookmark_store *src, struct bookmark_merge_stats *);

#endif
