/* SPDX-License-Identifier: ISC */
/* cli.h: the non-interactive interface (--list, --dump, --raw, --export):
 * formatters over the model for scripts, proofreading and tests. */
#ifndef KANBAO_CLI_H
#define KANBAO_CLI_H

#include "i18n.h"
#include "model.h"

/* Exit statuses (documented in kanbao(1)). */
enum {
	EXIT_OK = 0,		/* done; warnings may have been printed */
	EXIT_PROBLEM = 1,	/* an id or path named nothing, or a file could not be read */
	EXIT_USAGE = 2		/* bad command line */
};

enum cli_action {
	CLI_READER,		/* no action option: the terminal reader */
	CLI_LIST,
	CLI_DUMP,
	CLI_EXPORT,
	CLI_SEARCH,		/* --search QUERY (before the bookmark actions) */
	CLI_BUILD_CACHE,	/* --build-cache */
	CLI_INGEST,		/* --ingest PATH --database URI */
	CLI_CHECK,		/* --check: flags and notes */
	CLI_BOOKMARKS,		/* --bookmarks */
	CLI_EXPORT_BOOKMARKS,	/* --export-bookmarks FILE */
	CLI_IMPORT_BOOKMARKS	/* --import-bookmarks FILE */
};

struct kanbao_options {
	enum cli_action	 action;
	const char	*archive;	/* --archive, or the sample archive */
	const char	*encoding;	/* --encoding */
	const char	*export_format;	/* --export FORMAT */
	int		 raw;		/* --raw */
	int		 explain;	/* --explain (with --dump) */
	int		 width;		/* --width, 0: terminal or 80 */
	const char	*bookmarks_file; /* --export-bookmarks, --import-bookmarks */
	const char	**search_queries; /* --search, in order */
	int		 n_queries;
	int		 search_literal; /* --literal */
	int		 kiosk;		/* --kiosk, or the system config's kiosk */
	const char	*search_from;	/* --from DATE, NULL: no limit */
	const char	*search_to;	/* --to DATE */
	int		 no_cache;	/* --no-cache or KANBAO_NO_CACHE */
	int		 utf8;		/* --utf8: the terminal takes UTF-8 */
	int		 linear;	/* --linear: for screen readers */
	const char	*database;	/* --database URI (the password hidden
					 * from ps), NULL: the files */
	char		*database_copy;	/* what database points at, owned */
	const char	*ingest;	/* --ingest PATH */
	char		**operands;	/* PATH or ID arguments */
	int		 n_operands;
};

/* "kanbao: MESSAGE" on stderr, the message made safe for a terminal: it
 * may quote file names, ids and text from files. */
void	cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Parse argv.  Returns -1 with a message on stderr for a bad command line;
 * 1 when --help or --version was printed; 0 otherwise. */
int	cli_parse(int argc, char **argv, struct kanbao_options *);
void	cli_options_free(struct kanbao_options *);
/* Run a non-interactive action; returns the exit status. */
int	cli_run(const struct kanbao_options *);
/* The bookmark actions (cli_bookmarks.c); returns the exit status. */
int	cli_bookmarks_run(const struct kanbao_options *);
/* What an operand of --search names: the whole archive, or the first of
 * pub, issue, page, article that is not NULL. */
/* What an operand names: the whole archive, or one publication, issue,
 * page or article of it (the narrowest set wins). */
struct cli_scope {
	struct archive		*archive;
	struct publication	*pub;
	struct issue		*issue;
	struct page		*page;
	const struct article	*article;
};
/* Call fn for every page of the scope (loading its issue), in order. */
void	cli_each_page(const struct cli_scope *,
	    bool (*issue_ok)(const struct issue *),
	    void (*fn)(const struct page *, void *), void *arg);
/* Call fn for every article of the scope, issue by issue, each issue
 * loaded whole so jumps are linked; issue_ok (NULL: all) picks issues. */
void	cli_each_article(const struct cli_scope *,
	    bool (*issue_ok)(const struct issue *),
	    void (*fn)(const struct article *, void *), void *arg);
/* --search (cli_search.c): begin compiles the queries (-1 with a message
 * when one is bad; opt must outlive the search); target prints the hits of
 * each query in what an operand names; end frees and turns the run's
 * status into grep's: 0 found, 1 none, 2 trouble. */
int	cli_search_begin(const struct kanbao_options *);
/* --ingest PATH --database URI (cli_ingest.c); returns the exit status. */
int	cli_ingest(const struct kanbao_options *);
/* Copy a connection string and overwrite its password in place (argv is
 * what ps shows).  Caller frees. */
char	*cli_hide_password(char *conninfo);
void	cli_search_target(const struct cli_scope *);
int	cli_search_end(int status);
/* --build-cache PATH: build the search cache of PATH; the exit status. */
int	cli_build_cache(const struct kanbao_options *, const char *path);
/* --check (cli_check.c): target collects the flags and notes of what an
 * operand names; finish prints them sorted and returns 1 when there were
 * any, else status. */
void	cli_check_target(struct archive *, struct publication *, struct issue *,
	    struct page *, const struct article *);
int	cli_check_finish(int status);
/* cli_common.c */
/* The archive the reader opens when no path is given. */
const char *cli_default_archive(void);
/* Print an archive's diagnostics on stderr ("kanbao: FILE:LINE: message"),
 * from index *from on; *from is advanced.  Returns the worst level seen, or
 * -1 when none. */
int	cli_print_diags(const struct diag_list *, size_t *from);

#endif
