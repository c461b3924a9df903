/* SPDX-License-Identifier: ISC */
/* textcache_build_int.h: the search cache's builder, shared by the full
 * build (textcache_build.c) and the update that copies unchanged issues
 * from the old cache (textcache_update.c).  No one else includes this. */
#ifndef KANBAO_TEXTCACHE_BUILD_INT_H
#define KANBAO_TEXTCACHE_BUILD_INT_H

#include <stdint.h>
#include <stdio.h>

#include "model.h"
#include "strbuf.h"
#include "textcache_int.h"

struct tc_update;

/* The file being built: clean text goes to out, folded text to fold, the
 * tables stay in memory until the end. */
struct tc_builder {
	FILE		*out, *fold;
	char		*out_buf;	/* out's buffer (see tcb_open) */
	uint64_t	 clean_len, fold_len;
	unsigned	 fold_flags;
	struct strbuf	 strings;
	struct tc_file	*files;
	size_t		 n_files, cap_files;
	struct tc_article *arts;
	size_t		 n_arts, cap_arts;
	struct tc_block	*blocks;
	size_t		 n_blocks, cap_blocks;
	struct tc_break	*breaks;
	size_t		 n_breaks, cap_breaks;
	struct tc_map	*maps;
	size_t		 n_maps, cap_maps;
	struct tc_issue	*issues;
	size_t		 n_issues, cap_issues;
	size_t		*raw;		/* srcmap_raw_offsets scratch */
	size_t		 cap_raw;
	int		 error;		/* errno of a failed write */
	const char	*root;		/* the archive's real path */
	uint64_t	 clean_freq[256], fold_freq[256];
	struct tc_update *up;		/* the old cache, NULL for a full build */
};

/* textcache_build.c */
void	tcb_count(uint64_t *freq, const char *s, size_t len);
struct tc_str tcb_str(struct tc_builder *, const char *s, size_t len);
void	tcb_write(struct tc_builder *, FILE *, const void *p, size_t len);
/* An article entry's flags for its id. */
uint32_t tcb_article_flags(const char *id, size_t len);
/* A new block entry for len bytes of clean text folded to flen bytes, of
 * the last article added; its maps and breaks are those added next.  NULL
 * when the numbers outgrow the entry. */
struct tc_block *tcb_block_entry(struct tc_builder *, const char *clean,
	    size_t len, size_t flen);
/* path relative to the archive ("." for itself), NULL when not below it. */
const char *tcb_rel(const struct tc_builder *, const char *path);
/* Where publication pub's configuration is.  Caller frees. */
char	*tcb_conf_path(const struct archive *, const char *root, size_t pub);
/* A new file record named rel, the rest zero. */
struct tc_file *tcb_add_file(struct tc_builder *, const char *rel);
/* An issue's entries are those added between these two calls. */
void	tcb_issue_begin(struct tc_builder *);
void	tcb_issue_end(struct tc_builder *);

/* textcache_update.c */
#define TCU_LOAD	SIZE_MAX

/* Take the cache in file as the old one when it is sound and of the same
 * archive, encoding, build and folding; else the build is a full one. */
void	tcu_begin(struct tc_builder *, const char *file, const char *realpath,
	    const char *encoding);
/* For each issue of the archive in order: the old issue to copy, or
 * TCU_LOAD; *n_load: how many are loaded.  Caller frees. */
size_t	*tcu_plan(struct tc_builder *, const struct archive *, const char *root,
	    size_t *n_load);
/* Add old issue k's entries as those of issue is of pub. */
void	tcu_copy(struct tc_builder *, size_t k, const struct publication *pub,
	    const struct issue *is);
void	tcu_end(struct tc_builder *);

#endif
