/* SPDX-License-Identifier: ISC */
/* flags.h: suspicious text on a page, for proofreading.
 *
 * A flag points at a span of the page's source text that is probably an
 * extraction or typesetting error, with a short reason.  Flags are found
 * on the source lines (doubled glyphs, stray half-width punctuation, mixed
 * widths, repeats across a line break), on the article model (unbalanced
 * brackets and dropped spaces inside an element's text, missing bylines)
 * and on the issue (jump lines whose other part is not in the issue).
 * Nothing is changed: flags are computed, never stored.
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_FLAGS_H
#define KANBAO_FLAGS_H

#include <stddef.h>

#include "model.h"

/* X(ENUM, "name") -- the names are the kinds printed by --check and the
 * words used to switch a kind off in the configuration. */
#define KANBAO_FLAG_KINDS(X)						\
	X(DOUBLED, "doubled")		/* 农农信信: glyphs doubled by fake bold */ \
	X(UNBALANCED, "unbalanced")	/* （ without ）, “ without ” ... */	\
	X(HALFWIDTH, "halfwidth")	/* , . ; : ? ! ( ) inside Chinese text */ \
	X(MIXED_WIDTH, "mixed-width")	/* ２0２4, ＣＣTV */		\
	X(REPEAT, "repeat")		/* 的 / 的, the / the across a line break */ \
	X(JUMP_TARGET, "jump-target")	/* （下转二版） with no page 2 */	\
	X(NO_BYLINE, "no-byline")	/* the page's other articles have one */ \
	X(DROPPED_SPACE, "dropped-space") /* 下沉内容 瞄准 */

enum flag_kind {
#define KANBAO_FLAG_ENUM(e, n) FLAG_##e,
	KANBAO_FLAG_KINDS(KANBAO_FLAG_ENUM)
#undef KANBAO_FLAG_ENUM
	FLAG__COUNT
};

/* A set of kinds: bit (1u << kind). */
#define FLAG_MASK_ALL	((1u << FLAG__COUNT) - 1)

struct flag {
	enum flag_kind	 kind;
	char		*reason;	/* short, one line, no trailing period */
	/* Lines are the page's (1-based; add page->line_offset for the file's);
	 * bytes index page->text.  first_line is the line of byte_start. */
	struct span	 span;
	unsigned long	 col;		/* 1-based, in characters, of byte_start */
	const struct page *page;
	const struct article *article;	/* the article holding it, or NULL */
};

/* A growable list; owns its flags' reasons. */
struct flag_list {
	struct flag	*items;
	size_t		 n;
	size_t		 cap;
};

/* "doubled"; NULL out of range. */
const char	*flag_kind_name(enum flag_kind);
/* The kind named, or -1. */
int		 flag_kind_from_name(const char *name);
/* A mask from a list of kind names separated by commas or spaces: "all",
 * "none", a kind, or -kind to take one away ("all -repeat"; a list that
 * starts with -kind starts from all).  Unknown names are put in *bad
 * (caller frees; NULL when all were known). */
unsigned	 flag_mask_parse(const char *list, char **bad);

/* Append the flags of the kinds in mask found on a loaded page, sorted by
 * position.  The jump-target kind needs the page's issue linked
 * (issue_load); on a page of an unlinked issue it is skipped. */
void		 flags_page(const struct page *, unsigned mask, struct flag_list *);
/* Every page of an issue, loading and linking it first. */
void		 flags_issue(struct issue *, unsigned mask, struct flag_list *);
/* Sort by file, line, column, kind. */
void		 flag_list_sort(struct flag_list *);
void		 flag_list_free(struct flag_list *);	/* items, not the struct */

#endif
