/* SPDX-License-Identifier: ISC */
/* model.h: the article model.
 *
 * archive -> publication -> issue -> page -> article -> elements.
 *
 * Loading is lazy: opening an archive reads directories only; an issue's
 * pages are listed when the issue is scanned; a page's text is read and
 * segmented when the page is loaded.  Once loaded, everything is read-only;
 * views hold pointers into it, never copies.
 *
 * Every element keeps its source span: the page file, first and last line
 * (1-based, in the page) and byte offsets into the page's decoded UTF-8 text
 * (struct page_text), so a view can show the raw lines it came from.
 *
 * Core only: never includes curses, never prints. */
#ifndef KANBAO_MODEL_H
#define KANBAO_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct article;
struct page;
struct issue;
struct publication;
struct archive;

enum article_kind {
	ARTICLE_NEWS,
	ARTICLE_BRIEF,
	ARTICLE_PHOTO,
	ARTICLE_AD,
	ARTICLE_NOTICE,
	ARTICLE_CONTINUATION	/* the rest of an article jumped from another page */
};

/* Where an element came from.  Lines are 1-based and inclusive; bytes index
 * the page's decoded text, end exclusive.  file points at the page's path
 * (owned by the page). */
struct span {
	const char	*file;
	unsigned long	 first_line;
	unsigned long	 last_line;
	size_t		 byte_start;
	size_t		 byte_end;
};

/* A piece of clean text with its source.  text is NULL when absent. */
struct text_elem {
	char		*text;
	struct span	 span;
};

enum block_kind {
	BLOCK_PARAGRAPH,
	BLOCK_SECTION_HEAD,	/* a subhead inside the body */
	BLOCK_SIGNATURE		/* a closing attribution line, e.g. （完） or a name */
};

struct block {
	enum block_kind	 kind;
	char		*text;	/* clean text, one paragraph, no line breaks */
	struct span	 span;
};

enum jump_dir {
	JUMP_TO,	/* （下转二版）, "Continued on Page 4" */
	JUMP_FROM	/* （上接第一版）, "Continued from Page 1" */
};

struct jump {
	enum jump_dir	 dir;
	int		 page_number;	/* the page named, 0 when unknown */
	char		*label;		/* the line as printed (clean) */
	struct span	 span;
	/* Set when the issue's pages are linked (issue_link_jumps); NULL when the
	 * other part was not found. */
	const struct article *target;
};

struct article {
	enum article_kind kind;
	size_t		 index;		/* 1-based, reading order on the page */
	struct text_elem kicker;
	struct text_elem *decks;	/* headline decks, in order */
	size_t		 n_decks;
	struct text_elem subhead;
	struct text_elem byline;	/* 本报讯（记者 …）, By NAME */
	struct text_elem dateline;	/* CITY (AP) —, 新华社北京3月1日电 */
	struct block	*blocks;	/* paragraphs and section heads in order */
	size_t		 n_blocks;
	struct text_elem credit;	/* photo credit: … 摄影报道 */
	struct jump	*jumps;
	size_t		 n_jumps;
	struct span	 span;		/* the whole article */
	const struct page *page;
};

/* A page's text, decoded to UTF-8 with line ends normalised to LF.  Line i
 * (0-based here, 1-based in spans) is text[line_start[i] .. line_start[i] +
 * line_len[i]). */
struct page_text {
	char		*text;
	size_t		 len;
	size_t		*line_start;
	size_t		*line_len;
	size_t		 n_lines;
	char		*charset;	/* what the bytes were decoded from */
};

/* What a line of page furniture is (exported as its "type"). */
enum furniture_kind {
	FURNITURE_OTHER,
	FURNITURE_RUNNING_HEADER,	/* paper name, date, 版次 over the page */
	FURNITURE_RUNNING_FOOTER,
	FURNITURE_FOLIO,		/* a page number alone */
	FURNITURE_MASTHEAD,		/* the front page's nameplate block */
	FURNITURE_EDITOR_LINE,		/* 责任编辑：…, "Editor: …" */
	FURNITURE_DATE_LINE,
	FURNITURE_PRICE
};

/* Lines at the page's top or bottom that are the page's own furniture
 * (paper name, date, page number, 版名), not an article.  Every character
 * of a page goes to an article or here: removed holds what a loader or
 * segmentation dropped on purpose as an extraction artefact (the second
 * copy of a glyph drawn twice for fake bold), so nothing is lost
 * silently. */
struct page_meta {
	char		**lines;
	enum furniture_kind *kinds;	/* one per line */
	size_t		 n_lines;
	char		*section_name;	/* 版名 / section, NULL when unknown */
	char		*removed;	/* UTF-8, NULL when nothing was removed */
	size_t		 n_removed;	/* its length in bytes */
	/* Room allocated (page_meta_add*): a huge page adds thousands. */
	size_t		 cap_lines, cap_kinds, cap_removed;
};

struct page {
	int		 number;	/* 1-based page number */
	char		*name;		/* "01", or the section name */
	char		*path;		/* the file that holds the page */
	/* For a single-file issue split at form feeds: which part of the file
	 * (0-based); -1 when the file is the page. */
	int		 part;
	unsigned long	 line_offset;	/* lines before this part in its file */
	bool		 loaded;	/* text read and segmented */
	bool		 failed;	/* could not be read; see the diagnostics */
	struct page_text text;
	struct page_meta meta;
	struct article	*articles;
	size_t		 n_articles;
	struct issue	*issue;
};

struct issue {
	char		*date;		/* YYYY-MM-DD */
	char		*key;		/* the ids' issue part when not the date
					 * (a day's second edition:
					 * YYYY-MM-DD-ed2); NULL: the date */
	int		 number;	/* issue number, 0 when unknown */
	char		*title;		/* NULL when none */
	char		*path;		/* directory, or the single file */
	bool		 single_file;	/* pages split at form feeds */
	/* While issue_load reads a single file of many pages: the file's
	 * bytes and pages, read and split once (archive.c); else NULL. */
	struct issue_parts *parts_cache;
	bool		 scanned;	/* pages listed */
	bool		 linked;	/* jumps between pages resolved */
	struct page	*pages;
	size_t		 n_pages;
	struct publication *publication;
	long long	 db_id;		/* its row when read from a database */
};

struct publication {
	char		*id;		/* directory name */
	char		*name;		/* display name (config), else the id */
	char		*charset;	/* configured charset, NULL: detect */
	char		*lang;		/* configured language hint, NULL: detect */
	struct issue	*issues;	/* sorted by date, oldest first */
	size_t		 n_issues;
	struct archive	*archive;
};

/* How much of an archive a path given by the user names. */
enum archive_scope {
	SCOPE_ARCHIVE,		/* publications */
	SCOPE_PUBLICATION,	/* one publication's issues */
	SCOPE_ISSUE,		/* one issue */
	SCOPE_PAGE		/* one page file */
};

struct archive_db;

struct archive {
	char		*root;
	/* Read from a PostgreSQL database (archive_db.h) instead of the
	 * files; root is then the path the archive was loaded from. */
	struct archive_db *db;
	char		*confine;	/* realpath of root when nothing may lead
					 * out of it (kiosk mode); NULL: free */
	enum archive_scope scope;
	char		*forced_charset; /* --encoding, overrides everything */
	struct publication *pubs;
	size_t		 n_pubs;
	struct diag_list diags;
};

const char	*article_kind_name(enum article_kind);
const char	*furniture_kind_name(enum furniture_kind);
/* Append a furniture line (copied) of the given kind. */
void		 page_meta_add(struct page_meta *, const char *text,
		    enum furniture_kind);
/* Record len bytes of UTF-8 removed on purpose as an artefact. */
void		 page_meta_add_removed(struct page_meta *, const char *s,
		    size_t len);
/* The article's title for lists: headline decks joined by " / ", else the
 * first sentence of its text for photos and ads.  Caller frees. */
char		*article_title(const struct article *);
/* The whole headline, decks joined by sep.  Caller frees; NULL if none. */
char		*article_headline(const struct article *, const char *sep);

void		 text_elem_free(struct text_elem *);
void		 article_free(struct article *);	/* contents, not the struct */
void		 page_text_free(struct page_text *);
void		 page_unload(struct page *);
/* An issue's part of the ids: its key, else its date. */
const char	*issue_key(const struct issue *);

#endif
