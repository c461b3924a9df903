/* SPDX-License-Identifier: ISC */
/* cli.c: --list, --dump, --raw and --export: the model printed for scripts.
 * Everything that came from a file passes through sanitize_text first. */
#include "config.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "archive_db.h"
#include "cli.h"
#include "jsonl.h"
#include "layout.h"
#include "pagetext.h"
#include "sanitize.h"
#include "segment.h"
#include "segment_model.h"
#include "selfdir.h"
#include "strbuf.h"
#include "xalloc.h"

/* --- command line -------------------------------------------------------- */

static void
cli_usage(FILE *f)
{
	fputs(_(
"Usage: kanbao [OPTION]... [PATH]\n"
"       kanbao --list [PATH|ID]...\n"
"       kanbao --dump [--raw] [--width N] PATH|ID...\n"
"       kanbao --dump --explain PATH|ID...\n"
"       kanbao --export jsonl PATH|ID...\n"
"       kanbao --search QUERY... [--literal] [--from DATE] [--to DATE]\n"
"              [--no-cache] [PATH|ID]...\n"
"       kanbao --build-cache [PATH]\n"
"       kanbao --ingest PATH --database URI\n"
"       kanbao --check PATH|ID...\n"
"       kanbao --bookmarks | --export-bookmarks FILE | --import-bookmarks FILE\n"
"Read newspaper issues in the terminal.\n"
"\n"
"With no option, open the reader on PATH (an archive, a publication, an\n"
"issue directory or file, or a page file), or on the bundled sample archive.\n"
"An ID names part of the archive: PUB, PUB/YYYY-MM-DD, PUB/YYYY-MM-DD/NN or\n"
"PUB/YYYY-MM-DD/NN/K (K-th article of page NN).\n"
"\n"
"  -l, --list            list publications and issues, or the pages and\n"
"                          articles of an issue or page, with their ids\n"
"  -d, --dump            print articles' clean text with their parts labelled\n"
"                          (every article of a page or issue, in reading order)\n"
"  -r, --raw             with --dump: print the source lines with line numbers\n"
"      --explain         with --dump: print every source line of each page in\n"
"                          source order, tab-separated: line number, reading\n"
"                          order, article (#K), class (headline, byline, body,\n"
"                          furniture TYPE, ...), what decided it, the learned\n"
"                          model's label and probability (shown only; the\n"
"                          rules decide), the text\n"
"  -w, --width=N         with --dump: reflow for N terminal cells (default:\n"
"                          the terminal's width, or 80 when not a terminal)\n"
"      --export=FORMAT   print one JSON object per article (FORMAT: jsonl)\n"
"  -s, --search=QUERY    print every hit of QUERY in the articles' clean text\n"
"                          as ID:LINE: snippet (LINE: the source line)\n"
"                          (repeat it to run several searches in turn)\n"
"                          (on one thread per processor; KANBAO_SEARCH_THREADS=N\n"
"                          sets how many)\n"
"      --literal         with --search: match exactly (no folding of width,\n"
"                          case or the spaces extraction leaves)\n"
"      --from=DATE       with --search: only issues from DATE on (YYYY,\n"
"                          YYYY-MM or YYYY-MM-DD)\n"
"      --to=DATE         with --search: only issues up to DATE (inclusive)\n"
"      --no-cache        with --search: load every page instead of using\n"
"                          the search cache (also KANBAO_NO_CACHE=1)\n"
"      --build-cache     build or update (loading only new and changed\n"
"                          issues) the search cache of PATH, or of the\n"
"                          --archive, and print where it is\n"
"      --check           print suspicious text (flags) and proofreading notes\n"
"                          as FILE:LINE:COL: kind: message\n"
"      --bookmarks       list the bookmarks and whether their places are found\n"
"      --export-bookmarks=FILE  write every bookmark to FILE (- for stdout)\n"
"      --import-bookmarks=FILE  merge the bookmarks in FILE into yours\n"
"  -a, --archive=DIR     resolve IDs in DIR (default: the sample archive)\n"
"      --database=URI    read the archive from the PostgreSQL database URI (a\n"
"                          libpq connection string) instead of the files:\n"
"                          every command, the same output\n"
"      --ingest=PATH     load the archive at PATH into the --database (only\n"
"                          the issues whose files changed; one transaction each)\n"
"      --kiosk           kiosk mode for public terminals: no way out to a\n"
"                          program, no files written, no user config, quit\n"
"                          only with the staff PIN or keys (see kanbao(1))\n"
"      --linear          the reader for screen readers and braille displays:\n"
"                          one pane at a time, the cursor on the line read,\n"
"                          messages as lines of text, no decoration\n"
"      --utf8            the terminal takes UTF-8, whatever the locale says\n"
"  -e, --encoding=CHARSET  read pages in CHARSET instead of detecting it\n"
"  -h, --help            display this help and exit\n"
"  -V, --version         output version information and exit\n"
"\n"
"Exit status: 0 if all went well (warnings may have been printed), 1 if an id\n"
"or path named nothing or a file could not be read, 2 for a bad command line.\n"
"With --search, as grep: 0 if a hit was found, 1 if none, 2 for trouble.\n"
"With --check: 0 if nothing was found, 1 if flags or notes were (or an id or\n"
"path named nothing), 2 for a bad command line.\n"
"\n"), f);
	/* TRANSLATORS: %s is the address bugs are reported to. */
	fprintf(f, _("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

static void
cli_version(void)
{
	printf(_("kanbao %s\n"
	    "This is free software: you are free to change and redistribute it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n"),
	    PACKAGE_VERSION);
}

static int
cli_parse_width(const char *s, int *width)
{
	char *end;
	long w = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || w < 1 || w > 1000) {
		cli_error(_("--width must be a number from 1 to 1000: '%s'"), s);
		return -1;
	}
	*width = (int)w;
	return 0;
}

static int
cli_set_action(struct kanbao_options *opt, enum cli_action a)
{
	if (opt->action != CLI_READER && opt->action != a) {
		fputs(_("kanbao: --list, --dump, --export, --search, --build-cache and the bookmark options exclude each other\n"), stderr);
		return -1;
	}
	opt->action = a;
	return 0;
}

static void
cli_add_query(struct kanbao_options *opt, const char *q, int argc)
{
	if (opt->search_queries == NULL)
		opt->search_queries = xcalloc((size_t)argc, sizeof *opt->search_queries);
	opt->search_queries[opt->n_queries++] = q;
}

/* YYYY, YYYY-MM or YYYY-MM-DD. */
static int
cli_parse_date(const char *name, const char *s, const char **out)
{
	static const char shape[] = "dddd-dd-dd";
	size_t n = strlen(s), i;

	for (i = 0; i < n && i < sizeof shape - 1; i++)
		if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-')
			break;
	if (i != n || (n != 4 && n != 7 && n != 10)) {
		fprintf(stderr, _("kanbao: %s wants YYYY, YYYY-MM or YYYY-MM-DD: '%s'\n"),
		    name, s);
		return -1;
	}
	*out = s;
	return 0;
}

void
cli_options_free(struct kanbao_options *opt)
{
	free(opt->search_queries);
	opt->search_queries = NULL;
	free(opt->database_copy);
	opt->database_copy = NULL;
}

int
cli_parse(int argc, char **argv, struct kanbao_options *opt)
{
	static const struct option longopts[] = {
		{ "list", no_argument, NULL, 'l' },
		{ "dump", no_argument, NULL, 'd' },
		{ "raw", no_argument, NULL, 'r' },
		{ "explain", no_argument, NULL, 'E' },
		{ "width", required_argument, NULL, 'w' },
		{ "export", required_argument, NULL, 'X' },
		{ "search", required_argument, NULL, 's' },
		{ "literal", no_argument, NULL, 'F' },
		{ "from", required_argument, NULL, 'f' },
		{ "to", required_argument, NULL, 't' },
		{ "no-cache", no_argument, NULL, 'N' },
		{ "build-cache", no_argument, NULL, 'K' },
		{ "check", no_argument, NULL, 'C' },
		{ "bookmarks", no_argument, NULL, 'B' },
		{ "export-bookmarks", required_argument, NULL, 'O' },
		{ "import-bookmarks", required_argument, NULL, 'I' },
		{ "archive", required_argument, NULL, 'a' },
		{ "database", required_argument, NULL, 'D' },
		{ "ingest", required_argument, NULL, 'G' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "kiosk", no_argument, NULL, 'k' },
		{ "utf8", no_argument, NULL, 'U' },
		{ "linear", no_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c, bad = 0;

	memset(opt, 0, sizeof *opt);
	opt->archive = cli_default_archive();
	opt->no_cache = getenv("KANBAO_NO_CACHE") != NULL &&
	    strcmp(getenv("KANBAO_NO_CACHE"), "") != 0 &&
	    strcmp(getenv("KANBAO_NO_CACHE"), "0") != 0;
	while ((c = getopt_long(argc, argv, "ldrs:w:a:e:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'l': bad |= cli_set_action(opt, CLI_LIST); break;
		case 'd': bad |= cli_set_action(opt, CLI_DUMP); break;
		case 'r': opt->raw = 1; break;
		case 'E': opt->explain = 1; break;
		case 's':
			bad |= cli_set_action(opt, CLI_SEARCH);
			cli_add_query(opt, optarg, argc);
			break;
		case 'F': opt->search_literal = 1; break;
		case 'f': bad |= cli_parse_date("--from", optarg, &opt->search_from); break;
		case 't': bad |= cli_parse_date("--to", optarg, &opt->search_to); break;
		case 'N': opt->no_cache = 1; break;
		case 'K': bad |= cli_set_action(opt, CLI_BUILD_CACHE); break;
		case 'w': bad |= cli_parse_width(optarg, &opt->width); break;
		case 'a': opt->archive = optarg; break;
		case 'D':
			free(opt->database_copy);
			opt->database = opt->database_copy = cli_hide_password(optarg);
			break;
		case 'G':
			bad |= cli_set_action(opt, CLI_INGEST);
			opt->ingest = optarg;
			break;
		case 'e': opt->encoding = optarg; break;
		case 'k': opt->kiosk = 1; break;
		case 'U': opt->utf8 = 1; break;
		case 'L': opt->linear = 1; break;
		case 'X':
			bad |= cli_set_action(opt, CLI_EXPORT);
			opt->export_format = optarg;
			if (strcmp(optarg, "jsonl") != 0) {
				cli_error(_("unknown export format '%s' (known: jsonl)"), optarg);
				bad = -1;
			}
			break;
		case 'C': bad |= cli_set_action(opt, CLI_CHECK); break;
		case 'B': bad |= cli_set_action(opt, CLI_BOOKMARKS); break;
		case 'O':
			bad |= cli_set_action(opt, CLI_EXPORT_BOOKMARKS);
			opt->bookmarks_file = optarg;
			break;
		case 'I':
			bad |= cli_set_action(opt, CLI_IMPORT_BOOKMARKS);
			opt->bookmarks_file = optarg;
			break;
		case 'h': cli_usage(stdout); return 1;
		case 'V': cli_version(); return 1;
		default: bad = -1; break;
		}
	}
	if (bad == 0 && opt->raw && opt->action != CLI_DUMP) {
		fputs(_("kanbao: --raw goes with --dump\n"), stderr);
		bad = -1;
	}
	if (bad == 0 && opt->explain && (opt->action != CLI_DUMP || opt->raw)) {
		fputs(_("kanbao: --explain goes with --dump (and not --raw)\n"), stderr);
		bad = -1;
	}
	if (bad == 0 && (opt->search_literal || opt->search_from ||
	    opt->search_to) && opt->action != CLI_SEARCH) {
		fputs(_("kanbao: --literal, --from and --to go with --search\n"), stderr);
		bad = -1;
	}
	if (bad == 0 && opt->action == CLI_INGEST && (opt->database == NULL ||
	    optind < argc)) {
		fputs(_("kanbao: --ingest PATH needs --database URI, and no other PATH or ID\n"), stderr);
		bad = -1;
	}
	if (bad == 0 && opt->database != NULL && (opt->action == CLI_BUILD_CACHE ||
	    opt->no_cache)) {
		fputs(_("kanbao: --build-cache and --no-cache are for the files, not a --database\n"), stderr);
		bad = -1;
	}
	if (bad == 0 && opt->action == CLI_BUILD_CACHE && optind + 1 < argc) {
		fputs(_("kanbao: --build-cache takes one PATH\n"), stderr);
		bad = -1;
	}
	if (bad == 0 && (opt->action == CLI_DUMP || opt->action == CLI_EXPORT) &&
	    optind >= argc) {
		fputs(_("kanbao: --dump and --export need a PATH or ID\n"), stderr);
		bad = -1;
	}
	if (bad == 0 && opt->action == CLI_CHECK && optind >= argc) {
		fputs(_("kanbao: --check needs a PATH or ID\n"), stderr);
		bad = -1;
	}
	if (bad == 0 && opt->action >= CLI_BOOKMARKS && optind < argc) {
		fputs(_("kanbao: the bookmark options take no PATH or ID\n"), stderr);
		bad = -1;
	}
	if (bad) {
		fputs(_("Try 'kanbao --help' for more information.\n"), stderr);
		return -1;
	}
	opt->operands = argv + optind;
	opt->n_operands = argc - optind;
	return 0;
}

/* --- output -------------------------------------------------------------- */

/* Print s (from a file) made safe for a terminal. */
static void
cli_put(const char *s)
{
	char *safe = sanitize_text(s, strlen(s), 0);

	fputs(safe, stdout);
	free(safe);
}

/* --- what an operand names ---------------------------------------------- */

/* An operand resolved: the archive it lives in and the part it names. */
struct target {
	struct cli_scope	 scope;
	bool			 owned;		/* opened for this operand */
};

static struct archive *cli_shared_archive;
/* Why the database could not be opened, when it was opened before the
 * operands (cli_open_db_first), reported at the first of them. */
static char *cli_shared_cause;

/* Open the --database before anything else needs it, without the list of
 * its issues when a search of everything needs none; its fold table is
 * then the one queries are compiled with (archive_db.h). */
static void
cli_open_db_first(const struct kanbao_options *opt)
{
	if (opt->database == NULL || cli_shared_archive != NULL ||
	    cli_shared_cause != NULL)
		return;
	cli_shared_archive = opt->action == CLI_SEARCH && opt->n_operands == 0 ?
	    archive_open_db_unlisted(opt->database, &cli_shared_cause) :
	    archive_open_db(opt->database, &cli_shared_cause);
}

/* Resolve a path (opened on its own) or an id (in --archive). */
static int
cli_resolve(const char *operand, const struct kanbao_options *opt,
    struct target *t)
{
	struct stat st;
	struct archive *a;

	memset(t, 0, sizeof *t);
	if (opt->database != NULL) {
		/* The archive is the database's: operands are ids, and none
		 * names the whole archive. */
		char *cause = NULL;

		cli_open_db_first(opt);
		if (cli_shared_archive == NULL) {
			if (cli_shared_cause != NULL) {
				cli_error("%s", cli_shared_cause);
				free(cli_shared_cause);
				cli_shared_cause = NULL;
			}
			return -1;
		}
		t->scope.archive = a = cli_shared_archive;
		if (operand == NULL)
			return 0;
		if (archive_db_list(a, &cause) != 0) {
			cli_error("%s", cause);
			free(cause);
			return -1;
		}
	} else if (stat(operand, &st) == 0) {
		t->scope.archive = a = archive_open(operand, opt->encoding);
		t->owned = true;
		if (a->scope >= SCOPE_PUBLICATION && a->n_pubs == 1)
			t->scope.pub = &a->pubs[0];
		if (a->scope >= SCOPE_ISSUE && t->scope.pub && t->scope.pub->n_issues == 1)
			t->scope.issue = &t->scope.pub->issues[0];
		if (a->scope == SCOPE_PAGE && t->scope.issue && t->scope.issue->n_pages == 1)
			t->scope.page = &t->scope.issue->pages[0];
		return 0;
	}
	if (cli_shared_archive == NULL)
		cli_shared_archive = archive_open(opt->archive, opt->encoding);
	if (opt->database == NULL)
		t->scope.archive = cli_shared_archive;
	a = t->scope.archive;
	if ((t->scope.article = archive_find_article(a, operand)) != NULL)
		t->scope.page = (struct page *)t->scope.article->page;
	else if ((t->scope.page = archive_find_page(a, operand)) != NULL)
		;
	else if ((t->scope.issue = archive_find_issue(a, operand)) != NULL)
		;
	else if ((t->scope.pub = archive_find_publication(a, operand)) != NULL)
		;
	else {
		/* From a database, the archive it was loaded from. */
		cli_error(_("%s: no such file, and no such id in %s"), operand,
		    opt->database != NULL ? a->root : opt->archive);
		return -1;
	}
	if (t->scope.page)
		t->scope.issue = t->scope.page->issue;
	if (t->scope.issue)
		t->scope.pub = t->scope.issue->publication;
	return 0;
}

static void
cli_target_done(struct target *t, size_t *diag_from, int *status)
{
	size_t from = t->owned ? 0 : *diag_from;

	if (cli_print_diags(&t->scope.archive->diags, &from) >= (int)DIAG_ERROR)
		*status = EXIT_PROBLEM;
	if (t->owned)
		archive_free(t->scope.archive);
	else
		*diag_from = from;
}

/* --- --list -------------------------------------------------------------- */

static void
cli_list_row(const char *id, const char *kind, const char *text)
{
	cli_put(id);
	printf("\t%s\t", kind);
	cli_put(text ? text : "");
	putchar('\n');
}

static void
cli_list_articles(const struct page *p)
{
	size_t i;

	for (i = 0; i < p->n_articles; i++) {
		char *id = article_id(&p->articles[i]);
		char *title = article_title(&p->articles[i]);

		cli_list_row(id, article_kind_name(p->articles[i].kind), title);
		free(id);
		free(title);
	}
}

static void
cli_list_issue(struct issue *is, const struct page *only)
{
	size_t i;

	issue_load(is);
	for (i = 0; i < is->n_pages; i++) {
		struct page *p = &is->pages[i];
		char *id;

		if (only && p != only)
			continue;
		id = page_id(p);
		cli_list_row(id, "page", p->meta.section_name);
		free(id);
		cli_list_articles(p);
	}
}

static void
cli_list_publication(struct publication *pub, bool deep)
{
	size_t j;

	cli_list_row(pub->id, "publication", pub->name);
	for (j = 0; j < pub->n_issues; j++) {
		char *id = issue_id(&pub->issues[j]);

		cli_list_row(id, "issue", pub->issues[j].title);
		free(id);
		if (deep)
			cli_list_issue(&pub->issues[j], NULL);
	}
}

static void
cli_list_target(struct target *t)
{
	size_t i;

	if (t->scope.article) {
		char *id = article_id(t->scope.article), *title = article_title(t->scope.article);

		cli_list_row(id, article_kind_name(t->scope.article->kind), title);
		free(id);
		free(title);
	} else if (t->scope.page)
		cli_list_issue(t->scope.issue, t->scope.page);
	else if (t->scope.issue) {
		char *id = issue_id(t->scope.issue);

		cli_list_row(id, "issue", t->scope.issue->title);
		free(id);
		cli_list_issue(t->scope.issue, NULL);
	} else if (t->scope.pub)
		cli_list_publication(t->scope.pub, false);
	else
		for (i = 0; i < t->scope.archive->n_pubs; i++)
			cli_list_publication(&t->scope.archive->pubs[i], false);
}

/* --- --dump -------------------------------------------------------------- */

static const char *
cli_part_label(enum layout_style s)
{
	switch (s) {
	case LS_KICKER: return "kicker";
	case LS_HEADLINE: return "headline";
	case LS_SUBHEAD: return "subhead";
	case LS_BYLINE: return "byline";
	case LS_DATELINE: return "dateline";
	case LS_SECTION_HEAD: return "section";
	case LS_CREDIT: return "credit";
	case LS_JUMP: return "jump";
	case LS_SIGNATURE: return "signature";
	case LS_BODY:
	case LS_BLANK: break;
	}
	return "body";
}

static int
cli_dump_width(const struct kanbao_options *opt)
{
	struct winsize ws;

	if (opt->width > 0)
		return opt->width;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		return ws.ws_col > 1000 ? 1000 : ws.ws_col;
	return 80;
}

static void
cli_dump_jump_targets(const struct article *a)
{
	size_t i;

	for (i = 0; i < a->n_jumps; i++) {
		const struct jump *j = &a->jumps[i];
		char *id = j->target ? article_id(j->target) : NULL;

		printf("%s: page %d", j->dir == JUMP_TO ? "continued-on" :
		    "continued-from", j->page_number);
		if (id)
			printf(" (%s)", id);
		else
			fputs(" (not found)", stdout);
		putchar('\n');
		free(id);
	}
}

static void
cli_dump_clean(const struct article *a, int width)
{
	struct layout_doc doc = { 0 };
	struct layout_options lo = { width, AMBIGUOUS_NARROW, 2, 0 };
	struct layout *l;
	const char *label = NULL;
	size_t i;

	layout_doc_from_article(&doc, a);
	l = layout_run(&doc, &lo);
	for (i = 0; i < l->n_lines; i++) {
		const struct layout_line *ln = &l->lines[i];

		if (ln->style == LS_BLANK) {
			continue;
		}
		if (label == NULL || strcmp(label, cli_part_label(ln->style)) != 0) {
			label = cli_part_label(ln->style);
			printf("[%s]\n", label);
		}
		fwrite(ln->text, 1, ln->len, stdout);	/* layout text is safe */
		putchar('\n');
	}
	layout_free(l);
	layout_doc_free(&doc);
}

static void
cli_dump_raw(const struct article *a)
{
	const struct page *p = a->page;
	unsigned long l;

	for (l = a->span.first_line; l && l <= a->span.last_line; l++) {
		size_t len;
		const char *s = pagetext_line(&p->text, l, &len);
		char *safe;

		if (s == NULL)
			break;
		safe = sanitize_text(s, len, 0);
		printf("%6lu  %s\n", l + p->line_offset, safe);
		free(safe);
	}
}

struct dump_state {
	const struct kanbao_options *opt;
	int	n;
};

static void
cli_dump_article(const struct article *a, void *arg)
{
	struct dump_state *ds = arg;
	char *id = article_id(a);

	if (ds->n++ > 0)
		putchar('\n');
	fputs("article: ", stdout);
	cli_put(id);
	printf("\nkind: %s\n", article_kind_name(a->kind));
	fputs("source: ", stdout);
	cli_put(a->page->path);
	printf(":%lu-%lu\n", a->span.first_line + a->page->line_offset,
	    a->span.last_line + a->page->line_offset);
	cli_dump_jump_targets(a);
	if (ds->opt->raw)
		cli_dump_raw(a);
	else
		cli_dump_clean(a, cli_dump_width(ds->opt));
	free(id);
}

/* --- --dump --explain ----------------------------------------------------- */

/* A line of the page, trimmed, made safe. */
static void
cli_put_piece(const struct page *p, size_t off, size_t len)
{
	const char *s = p->text.text + off;
	char *safe;

	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\f' || s[len - 1] == '\r'))
		len--;
	safe = sanitize_text(s, len, 0);
	fputs(safe, stdout);
	free(safe);
}

/* Every source line: LINE, ORDER, #ARTICLE, CLASS, WHY (features), MODEL
 * ("model: LABEL P", segment_model.h), TEXT;
 * "-" where there is none. */
static void
cli_explain_page(const struct page *p, void *arg)
{
	struct segment_explain ex;
	char *id = page_id(p);
	size_t i;

	(void)arg;
	segment_explain_page(p, &ex);
	fputs("# page ", stdout);
	cli_put(id);
	fputs(": ", stdout);
	cli_put(p->path ? p->path : "");
	printf("%s\n# line\torder\tarticle\tclass\twhy\tmodel\ttext\n",
	    ex.resegmented ? "" : " (not segmented from text)");
	for (i = 0; i < ex.n; i++) {
		const struct segment_line_note *n = &ex.v[i];
		printf("%lu\t", n->line + p->line_offset);
		if (n->order)
			printf("%zu\t", n->order);
		else
			fputs("-\t", stdout);
		if (n->article)
			printf("#%zu\t", n->article);
		else
			fputs("-\t", stdout);
		fputs(segment_role_name(n->role), stdout);
		if (n->role == SEGR_FURNITURE)
			printf(" %s", furniture_kind_name(n->furniture));
		printf("\t%s", n->why ? n->why : "-");
		if (n->order && ex.resegmented)
			printf(" (width %d of %d%s)", n->width, n->full,
			    n->gap ? ", after a gap" : "");
		if (n->model >= 0)
			printf("\tmodel: %s %.2f", segment_model_label_name(
			    (enum segment_label)n->model), (double)n->model_prob);
		else
			fputs("\t-", stdout);
		putchar('\t');
		cli_put_piece(p, n->off, n->len);
		putchar('\n');
	}
	segment_explain_free(&ex);
	free(id);
}

/* --- --export ------------------------------------------------------------ */

static void
cli_export_article(const struct article *a, void *arg)
{
	struct strbuf b = STRBUF_INIT;

	(void)arg;
	jsonl_article(&b, a);
	strbuf_addc(&b, '\n');
	fwrite(b.s, 1, b.len, stdout);
	strbuf_free(&b);
}

/* A page's articles, then its furniture. */
static void
cli_export_page(const struct page *p, void *arg)
{
	struct strbuf b = STRBUF_INIT;
	size_t m;

	for (m = 0; m < p->n_articles; m++)
		cli_export_article(&p->articles[m], arg);
	jsonl_furniture(&b, p);
	if (b.len > 0)		/* nothing written leaves b.s NULL */
		fwrite(b.s, 1, b.len, stdout);
	strbuf_free(&b);
}

static void
cli_export(const struct cli_scope *sc)
{
	if (sc->article)
		cli_export_article(sc->article, NULL);
	else
		cli_each_page(sc, NULL, cli_export_page, NULL);
}

/* --- running ------------------------------------------------------------- */

static void
cli_run_target(const struct kanbao_options *opt, struct target *t)
{
	struct dump_state ds = { opt, 0 };

	switch (opt->action) {
	case CLI_LIST:
		cli_list_target(t);
		break;
	case CLI_DUMP:
		if (opt->explain)
			cli_each_page(&t->scope, NULL, cli_explain_page, NULL);
		else
			cli_each_article(&t->scope, NULL, cli_dump_article, &ds);
		break;
	case CLI_EXPORT:
		cli_export(&t->scope);
		break;
	case CLI_SEARCH:
		cli_search_target(&t->scope);
		break;
	case CLI_CHECK:
		cli_check_target(t->scope.archive, t->scope.pub, t->scope.issue, t->scope.page, t->scope.article);
		break;
	case CLI_READER:
	case CLI_BUILD_CACHE:
	case CLI_INGEST:
	case CLI_BOOKMARKS:
	case CLI_EXPORT_BOOKMARKS:
	case CLI_IMPORT_BOOKMARKS:
		break;
	}
}

int
cli_run(const struct kanbao_options *opt)
{
	char *def[] = { opt->database ? NULL : (char *)opt->archive };
	char **ops = opt->n_operands ? opt->operands : def;
	int n = opt->n_operands ? opt->n_operands : 1, i, status = EXIT_OK;
	size_t diag_from = 0;

	if (opt->action >= CLI_BOOKMARKS)
		return cli_bookmarks_run(opt);
	if (opt->action == CLI_INGEST)
		return cli_ingest(opt);
	if (opt->action == CLI_BUILD_CACHE)
		return cli_build_cache(opt, n == 1 && opt->n_operands ? ops[0] :
		    opt->archive);
	/* The database first: its queries are folded as its text was. */
	if (opt->action == CLI_SEARCH)
		cli_open_db_first(opt);
	if (opt->action == CLI_SEARCH && cli_search_begin(opt) != 0) {
		archive_free(cli_shared_archive);
		cli_shared_archive = NULL;
		free(cli_shared_cause);
		cli_shared_cause = NULL;
		return EXIT_USAGE;
	}
	for (i = 0; i < n; i++) {
		struct target t;

		if (cli_resolve(ops[i], opt, &t) != 0) {
			status = EXIT_PROBLEM;
			continue;
		}
		cli_run_target(opt, &t);
		fflush(stdout);
		cli_target_done(&t, &diag_from, &status);
	}
	archive_free(cli_shared_archive);
	cli_shared_archive = NULL;
	free(cli_shared_cause);
	cli_shared_cause = NULL;
	if (opt->action == CLI_SEARCH)
		status = cli_search_end(status);
	if (opt->action == CLI_CHECK)
		status = cli_check_finish(status);
	return status;
}
