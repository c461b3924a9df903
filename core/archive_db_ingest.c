/* SPDX-License-Identifier: ISC */
/* archive_db_ingest.c: kanbao --ingest PATH --database URI.
 *
 * The schema is created or migrated first (one transaction).  Then the
 * archive's own rows (where it was loaded from, its publications and the
 * diagnostics opening it gave) are written, and each issue in turn: an
 * issue whose files' signature (the path, size and modification time of
 * each of its files and of its publication's configuration, with this
 * build's version, hashed) is the one the database holds is only marked
 * seen; any other is loaded and segmented and written whole in one
 * transaction (its old rows deleted in the same one).  When every issue is
 * done, issues not seen in this run (removed from the files) are deleted.
 * A run stopped between issues leaves every issue either as it was or as
 * it is now. */
#include "config.h"

#ifdef HAVE_LIBPQ

#include <sys/stat.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "archive_db.h"
#include "archive_db_int.h"
#include "dbgrams.h"
#include "i18n.h"
#include "layout.h"
#include "pagetext.h"
#include "search.h"
#include "searchfold.h"
#include "srcmap.h"
#include "xalloc.h"

enum { ROLE_KICKER, ROLE_DECK, ROLE_SUBHEAD, ROLE_BYLINE, ROLE_DATELINE,
	ROLE_BLOCK, ROLE_CREDIT, ROLE_JUMP };

/* Version 1 of the schema.  Free text is bytea: a model string is any
 * bytes but NUL, whatever the database's encoding. */
static const char adb_schema_1[] =
"CREATE TABLE kanbao_meta (key text PRIMARY KEY, value text NOT NULL);\n"
"CREATE TABLE kanbao_publication (ord int PRIMARY KEY, id bytea NOT NULL UNIQUE,\n"
"  name bytea, charset bytea, lang bytea);\n"
"CREATE TABLE kanbao_issue (pk bigserial PRIMARY KEY, key bytea NOT NULL UNIQUE,\n"
"  pub bytea NOT NULL, ord int NOT NULL, date bytea NOT NULL, number int NOT NULL,\n"
"  title bytea, path bytea NOT NULL, single_file bool NOT NULL,\n"
"  scan_path bytea, scan_single_file bool, signature text NOT NULL,\n"
"  run bigint NOT NULL);\n"
"CREATE INDEX kanbao_issue_order ON kanbao_issue (pub, ord);\n"
"CREATE TABLE kanbao_page (issue bigint REFERENCES kanbao_issue ON DELETE CASCADE,\n"
"  ord int, number int NOT NULL, name bytea, path bytea, part int NOT NULL,\n"
"  line_offset bigint NOT NULL, loaded bool NOT NULL, failed bool NOT NULL,\n"
"  charset bytea, text bytea, section_name bytea, removed bytea,\n"
"  PRIMARY KEY (issue, ord));\n"
"CREATE TABLE kanbao_furniture (issue bigint REFERENCES kanbao_issue ON DELETE CASCADE,\n"
"  page int, seq int, kind smallint NOT NULL, text bytea,\n"
"  PRIMARY KEY (issue, page, seq));\n"
"CREATE TABLE kanbao_article (issue bigint REFERENCES kanbao_issue ON DELETE CASCADE,\n"
"  page int, ord int, idx int NOT NULL, kind smallint NOT NULL, has_file bool NOT NULL,\n"
"  first_line bigint, last_line bigint, byte_start bigint, byte_end bigint,\n"
"  id bytea NOT NULL, title bytea, PRIMARY KEY (issue, page, ord));\n"
"CREATE TABLE kanbao_element (issue bigint REFERENCES kanbao_issue ON DELETE CASCADE,\n"
"  page int, article int, seq int, role smallint NOT NULL, kind smallint NOT NULL,\n"
"  text bytea, has_file bool NOT NULL, first_line bigint, last_line bigint,\n"
"  byte_start bigint, byte_end bigint, page_number int,\n"
"  PRIMARY KEY (issue, page, article, seq));\n"
"CREATE TABLE kanbao_diag (issue bigint REFERENCES kanbao_issue ON DELETE CASCADE,\n"
"  page int, seq int NOT NULL, level smallint NOT NULL, file bytea, line bigint,\n"
"  byte bigint, message bytea);\n"
"CREATE INDEX kanbao_diag_issue ON kanbao_diag (issue, page, seq);\n"
"CREATE TABLE kanbao_search (issue bigint REFERENCES kanbao_issue ON DELETE CASCADE,\n"
"  page int, article int, blocks bytea[] NOT NULL,\n"
"  breaks int8[] NOT NULL, PRIMARY KEY (issue, page, article));\n"
"CREATE TABLE kanbao_issue_grams (issue bigint PRIMARY KEY REFERENCES kanbao_issue ON DELETE CASCADE,\n"
"  grams int4[] NOT NULL);\n"
"CREATE INDEX kanbao_issue_grams_gin ON kanbao_issue_grams USING gin (grams);\n"
"INSERT INTO kanbao_meta VALUES ('schema_version', '1');\n";

/* Version 2: what a search reads, in the rows it reads them from (a new
 * server session plans a join of five tables in several milliseconds, of
 * two in one): each article's id, title and page number beside its
 * blocks, and its folded text (the blocks folded as the search folds
 * them, joined by newlines, which no folded query holds), so that the
 * server checks a candidate and only hits travel; each issue's
 * publication's place and name.  Every issue is loaded again at the next
 * ingest (its signature forgotten). */
static const char adb_schema_2[] =
"ALTER TABLE kanbao_search ADD COLUMN folded bytea, ADD COLUMN id bytea,\n"
"  ADD COLUMN title bytea, ADD COLUMN page_number int;\n"
"ALTER TABLE kanbao_issue ADD COLUMN pub_ord int, ADD COLUMN pub_name bytea;\n"
"UPDATE kanbao_issue SET signature = '';\n";

/* adb_migrations[v] takes a database from version v to v + 1. */
static const char *const adb_migrations[ARCHIVE_DB_SCHEMA] = {
	adb_schema_1, adb_schema_2
};

struct ingest {
	PGconn		*conn;
	char		*where;
	struct archive	*a;
	long long	 run;
	unsigned	 fold_flags;
	struct strbuf	 copy[7];	/* page, furniture, article, element,
					 * search, diag, issue grams */
	struct dbgrams	 grams;
	struct strbuf	 folded;	/* an article's, for kanbao_search */
	size_t		*raw;
	size_t		 cap_raw;
};

static int
adb_migrate(struct ingest *in, char **cause)
{
	int v = adb_schema_version(in->conn, in->where, cause);

	if (v < 0)
		return -1;
	if (v > ARCHIVE_DB_SCHEMA) {
		*cause = xasprintf(_("%s holds schema version %d, from a newer kanbao (this one writes version %d): upgrade kanbao"),
		    in->where, v, ARCHIVE_DB_SCHEMA);
		return -1;
	}
	if (v == ARCHIVE_DB_SCHEMA)
		return 0;
	if (adb_exec(in->conn, "BEGIN", in->where, cause) != 0)
		return -1;
	for (; v < ARCHIVE_DB_SCHEMA; v++)
		if (adb_exec(in->conn, adb_migrations[v], in->where, cause) != 0)
			goto fail;
	{
		char sql[128];

		snprintf(sql, sizeof sql,
		    "UPDATE kanbao_meta SET value = '%d' WHERE key = 'schema_version'",
		    ARCHIVE_DB_SCHEMA);
		if (adb_exec(in->conn, sql, in->where, cause) != 0)
			goto fail;
	}
	return adb_exec(in->conn, "COMMIT", in->where, cause);
fail:
	PQclear(PQexec(in->conn, "ROLLBACK"));
	return -1;
}

/* Run sql with text parameters (NULL for SQL NULL); -1 with *cause. */
static PGresult *
adb_params(struct ingest *in, const char *sql, int n, const char *const *v,
    const int *len, char **cause)
{
	int formats[16] = { 0 };
	PGresult *r;
	int i;

	for (i = 0; i < n && i < 16; i++)
		formats[i] = len != NULL && len[i] >= 0;
	r = PQexecParams(in->conn, sql, n, NULL, v, len, formats, 0);
	if (PQresultStatus(r) != PGRES_COMMAND_OK &&
	    PQresultStatus(r) != PGRES_TUPLES_OK) {
		*cause = adb_error(in->conn, in->where, _("cannot write"));
		PQclear(r);
		return NULL;
	}
	return r;
}

static int
adb_set_meta(struct ingest *in, const char *key, const char *value,
    char **cause)
{
	const char *v[2] = { key, value };
	PGresult *r;

	r = adb_params(in, value ? "INSERT INTO kanbao_meta VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2"
	    : "DELETE FROM kanbao_meta WHERE key = $1", value ? 2 : 1, v, NULL,
	    cause);
	PQclear(r);
	return r ? 0 : -1;
}

/* Diagnostics [from, to) of the archive's list as rows of issue (-1:
 * none) and page. */
static void
adb_diag_rows(struct ingest *in, long long issue, int page, size_t from,
    size_t to)
{
	struct strbuf *b = &in->copy[5];
	size_t i;

	for (i = from; i < to; i++) {
		const struct diag *d = &in->a->diags.items[i];

		adb_copy_row(b, 8);
		if (issue < 0)
			adb_copy_null(b);
		else
			adb_copy_int(b, issue, 8);
		adb_copy_int(b, page, 4);
		adb_copy_int(b, (int64_t)(i - from), 4);
		adb_copy_int(b, d->level, 2);
		adb_copy_str(b, d->file);
		adb_copy_int(b, (int64_t)d->line, 8);
		adb_copy_int(b, d->byte, 8);
		adb_copy_str(b, d->message);
	}
}

/* The Traditional to Simplified table the text was folded with, as text:
 * the table's size, then each character that changes as its place and
 * its Simplified form, all in hexadecimal ("N;i:c,i:c,...").  A reader
 * folds its queries with it: the same fold as the text's, and no need to
 * load OpenCC (tens of milliseconds a search). */
static char *
adb_han_text(void)
{
	const uint32_t *t = searchfold_han_table();
	struct strbuf b = STRBUF_INIT;
	size_t i, n = searchfold_han_size();

	if (t == NULL)
		return NULL;
	strbuf_printf(&b, "%zx;", n);
	for (i = 0; i < n; i++)
		if (t[i] != 0)
			strbuf_printf(&b, "%zx:%lx,", i, (unsigned long)t[i]);
	return b.s;
}

/* The archive's own rows: where it is, its publications, the diagnostics
 * opening it gave. */
static int
adb_archive_rows(struct ingest *in, const char *encoding, char **cause)
{
	char num[32];
	size_t i;
	PGresult *r;

	char *han = in->fold_flags & SEARCH_HAN ? adb_han_text() : NULL;
	int rc;

	if (adb_exec(in->conn, "BEGIN", in->where, cause) != 0) {
		free(han);
		return -1;
	}
	rc = adb_set_meta(in, "han_table", han, cause);
	free(han);
	if (rc != 0)
		goto fail;
	snprintf(num, sizeof num, "%d", (int)in->a->scope);
	if (adb_set_meta(in, "root", in->a->root, cause) != 0 ||
	    adb_set_meta(in, "scope", num, cause) != 0 ||
	    adb_set_meta(in, "forced_charset", encoding, cause) != 0 ||
	    adb_set_meta(in, "fold_han", in->fold_flags & SEARCH_HAN ? "1" : "0",
	    cause) != 0 ||
	    adb_set_meta(in, "build", PACKAGE_VERSION, cause) != 0 ||
	    adb_exec(in->conn, "DELETE FROM kanbao_publication; DELETE FROM kanbao_diag WHERE issue IS NULL",
	    in->where, cause) != 0)
		goto fail;
	for (i = 0; i < in->a->n_pubs; i++) {
		const struct publication *p = &in->a->pubs[i];
		const char *v[5] = { num, p->id, p->name, p->charset, p->lang };
		int len[5] = { -1, (int)strlen(p->id),
		    p->name ? (int)strlen(p->name) : 0,
		    p->charset ? (int)strlen(p->charset) : 0,
		    p->lang ? (int)strlen(p->lang) : 0 };

		snprintf(num, sizeof num, "%zu", i);
		if ((r = adb_params(in, "INSERT INTO kanbao_publication VALUES ($1, $2, $3, $4, $5)",
		    5, v, len, cause)) == NULL)
			goto fail;
		PQclear(r);
	}
	adb_copy_begin(&in->copy[5]);
	adb_diag_rows(in, -1, -1, 0, in->a->diags.n);
	if (adb_copy_send(in->conn, "kanbao_diag (issue, page, seq, level, file, line, byte, message)",
	    &in->copy[5], in->where, cause) != 0)
		goto fail;
	return adb_exec(in->conn, "COMMIT", in->where, cause);
fail:
	PQclear(PQexec(in->conn, "ROLLBACK"));
	return -1;
}

/* --- an issue's signature ---------------------------------------------------------- */

static void
adb_hash_file(uint64_t *h, const char *path)
{
	struct stat st;
	char buf[96];
	const char *s;

	for (s = path; *s; s++)
		*h = (*h ^ (unsigned char)*s) * 0x100000001B3ULL;
	if (stat(path, &st) != 0)
		snprintf(buf, sizeof buf, "|missing");
	else
		snprintf(buf, sizeof buf, "|%lld|%lld.%09ld", (long long)st.st_size,
		    (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	for (s = buf; *s; s++)
		*h = (*h ^ (unsigned char)*s) * 0x100000001B3ULL;
}

/* The hash of the issue's files as they are now (it is scanned). */
static char *
adb_signature(const struct issue *is, const char *encoding)
{
	uint64_t h = 0xCBF29CE484222325ULL;
	char *conf, *slash;
	size_t i;

	adb_hash_file(&h, PACKAGE_VERSION);
	adb_hash_file(&h, encoding ? encoding : "");
	adb_hash_file(&h, is->path);
	for (i = 0; i < is->n_pages; i++)
		if (i == 0 || strcmp(is->pages[i].path, is->pages[i - 1].path) != 0)
			adb_hash_file(&h, is->pages[i].path);
	conf = xstrdup(is->path);
	if ((slash = strrchr(conf, '/')) != NULL)
		*slash = '\0';
	slash = xasprintf("%s/publication.conf", conf);
	adb_hash_file(&h, slash);
	free(slash);
	free(conf);
	return xasprintf("%016llx", (unsigned long long)h);
}

/* --- an issue's rows ---------------------------------------------------------------- */

static void
adb_span_cols(struct strbuf *b, const struct span *s)
{
	adb_copy_bool(b, s->file != NULL);
	adb_copy_int(b, (int64_t)s->first_line, 8);
	adb_copy_int(b, (int64_t)s->last_line, 8);
	adb_copy_int(b, (int64_t)s->byte_start, 8);
	adb_copy_int(b, (int64_t)s->byte_end, 8);
}

static void
adb_element_row(struct ingest *in, long long pk, int page, size_t art,
    int *seq, int role, int kind, const char *text, const struct span *s,
    int page_number)
{
	struct strbuf *b = &in->copy[3];

	adb_copy_row(b, 13);
	adb_copy_int(b, pk, 8);
	adb_copy_int(b, page, 4);
	adb_copy_int(b, (int64_t)art, 4);
	adb_copy_int(b, (*seq)++, 4);
	adb_copy_int(b, role, 2);
	adb_copy_int(b, kind, 2);
	adb_copy_str(b, text);
	adb_span_cols(b, s);
	adb_copy_int(b, page_number, 4);
}

/* srcmap_block_lines' emit: a (block, offset, line) triple. */
struct adb_break_list {
	int64_t	**v;
	size_t	 *n, *cap;
	size_t	  block;
};

static void
adb_break_add(void *ctx, size_t off, unsigned long line)
{
	struct adb_break_list *l = ctx;

	*l->v = xgrow(*l->v, l->cap, *l->n + 3, sizeof **l->v);
	(*l->v)[(*l->n)++] = (int64_t)l->block;
	(*l->v)[(*l->n)++] = (int64_t)off;
	(*l->v)[(*l->n)++] = (int64_t)line;
}

/* Where the hits in each byte of block lb begin in the source, as
 * (block, offset, line) triples where the line changes: the line
 * asearch_line gives. */
static void
adb_breaks(struct ingest *in, const struct article *a,
    const struct layout_block *lb, size_t block, int64_t **v, size_t *n,
    size_t *cap)
{
	struct adb_break_list l = { v, n, cap, block };

	srcmap_block_lines(a, lb, &in->raw, &in->cap_raw, adb_break_add, &l);
}

/* The search row of an article: its blocks' text and lines; their keys
 * are added to the issue's. */
static void
adb_search_row(struct ingest *in, long long pk, int page, size_t k,
    const struct article *a, const char *id, const char *title)
{
	struct layout_doc doc;
	struct strbuf *b = &in->copy[4];
	const char **texts;
	size_t *lens, i, n_br = 0, cap_br = 0, flen;
	int64_t *br = NULL;
	char *folded;

	layout_doc_from_article(&doc, a);
	texts = xcalloc(doc.n_blocks + 1, sizeof *texts);
	lens = xcalloc(doc.n_blocks + 1, sizeof *lens);
	strbuf_truncate(&in->folded, 0);
	for (i = 0; i < doc.n_blocks; i++) {
		texts[i] = doc.blocks[i].text;
		lens[i] = doc.blocks[i].len;
		folded = search_fold(texts[i], lens[i], in->fold_flags, &flen);
		dbgrams_add(&in->grams, folded, flen);
		if (i > 0)
			strbuf_addc(&in->folded, '\n');
		strbuf_add(&in->folded, folded, flen);
		free(folded);
		adb_breaks(in, a, &doc.blocks[i], i, &br, &n_br, &cap_br);
	}
	/* Every 64 K keys, the repeats go (an issue's keys are kept). */
	if (in->grams.n > 65536)
		dbgrams_finish(&in->grams);
	adb_copy_row(b, 9);
	adb_copy_int(b, pk, 8);
	adb_copy_int(b, page, 4);
	adb_copy_int(b, (int64_t)k, 4);
	adb_copy_bytes_array(b, texts, lens, doc.n_blocks);
	adb_copy_int_array(b, br, n_br, 8);
	adb_copy_bytes(b, in->folded.s ? in->folded.s : "", in->folded.len);
	adb_copy_str(b, id);
	adb_copy_str(b, title);
	adb_copy_int(b, a->page->number, 4);
	free(br);
	free(texts);
	free(lens);
	layout_doc_free(&doc);
}

static void
adb_article_rows(struct ingest *in, long long pk, int page, size_t k,
    const struct article *a)
{
	struct strbuf *b = &in->copy[2];
	char *id = article_id(a), *title = article_title(a);
	int seq = 0;
	size_t i;

	adb_copy_row(b, 12);
	adb_copy_int(b, pk, 8);
	adb_copy_int(b, page, 4);
	adb_copy_int(b, (int64_t)k, 4);
	adb_copy_int(b, (int64_t)a->index, 4);
	adb_copy_int(b, a->kind, 2);
	adb_span_cols(b, &a->span);
	adb_copy_str(b, id);
	adb_copy_str(b, title);
	adb_element_row(in, pk, page, k, &seq, ROLE_KICKER, 0, a->kicker.text,
	    &a->kicker.span, 0);
	for (i = 0; i < a->n_decks; i++)
		adb_element_row(in, pk, page, k, &seq, ROLE_DECK, 0,
		    a->decks[i].text, &a->decks[i].span, 0);
	adb_element_row(in, pk, page, k, &seq, ROLE_SUBHEAD, 0,
	    a->subhead.text, &a->subhead.span, 0);
	adb_element_row(in, pk, page, k, &seq, ROLE_BYLINE, 0, a->byline.text,
	    &a->byline.span, 0);
	adb_element_row(in, pk, page, k, &seq, ROLE_DATELINE, 0,
	    a->dateline.text, &a->dateline.span, 0);
	for (i = 0; i < a->n_blocks; i++)
		adb_element_row(in, pk, page, k, &seq, ROLE_BLOCK,
		    a->blocks[i].kind, a->blocks[i].text, &a->blocks[i].span, 0);
	adb_element_row(in, pk, page, k, &seq, ROLE_CREDIT, 0, a->credit.text,
	    &a->credit.span, 0);
	for (i = 0; i < a->n_jumps; i++)
		adb_element_row(in, pk, page, k, &seq, ROLE_JUMP,
		    a->jumps[i].dir, a->jumps[i].label, &a->jumps[i].span,
		    a->jumps[i].page_number);
	adb_search_row(in, pk, page, k, a, id, title);
	free(id);
	free(title);
}

static void
adb_page_rows(struct ingest *in, long long pk, int ord, const struct page *p)
{
	struct strbuf *b = &in->copy[0];
	size_t i;

	adb_copy_row(b, 13);
	adb_copy_int(b, pk, 8);
	adb_copy_int(b, ord, 4);
	adb_copy_int(b, p->number, 4);
	adb_copy_str(b, p->name);
	adb_copy_str(b, p->path);
	adb_copy_int(b, p->part, 4);
	adb_copy_int(b, (int64_t)p->line_offset, 8);
	adb_copy_bool(b, p->loaded);
	adb_copy_bool(b, p->failed);
	adb_copy_str(b, p->text.text ? p->text.charset : NULL);
	if (p->text.text)
		adb_copy_bytes(b, p->text.text, p->text.len);
	else
		adb_copy_null(b);
	adb_copy_str(b, p->meta.section_name);
	if (p->meta.removed)
		adb_copy_bytes(b, p->meta.removed, p->meta.n_removed);
	else
		adb_copy_null(b);
	for (i = 0; i < p->meta.n_lines; i++) {
		adb_copy_row(&in->copy[1], 5);
		adb_copy_int(&in->copy[1], pk, 8);
		adb_copy_int(&in->copy[1], ord, 4);
		adb_copy_int(&in->copy[1], (int64_t)i, 4);
		adb_copy_int(&in->copy[1], p->meta.kinds[i], 2);
		adb_copy_str(&in->copy[1], p->meta.lines[i]);
	}
	for (i = 0; i < p->n_articles; i++)
		adb_article_rows(in, pk, ord, i, &p->articles[i]);
}

static const char *const adb_copy_tables[7] = {
	"kanbao_page (issue, ord, number, name, path, part, line_offset, loaded, failed, charset, text, section_name, removed)",
	"kanbao_furniture (issue, page, seq, kind, text)",
	"kanbao_article (issue, page, ord, idx, kind, has_file, first_line, last_line, byte_start, byte_end, id, title)",
	"kanbao_element (issue, page, article, seq, role, kind, text, has_file, first_line, last_line, byte_start, byte_end, page_number)",
	"kanbao_search (issue, page, article, blocks, breaks, folded, id, title, page_number)",
	"kanbao_diag (issue, page, seq, level, file, line, byte, message)",
	"kanbao_issue_grams (issue, grams)"
};

/* Load issue is (scanned; its scan gave diagnostics [d0, d1)) and write
 * it whole in one transaction. */
static int
adb_issue(struct ingest *in, struct issue *is, const char *key,
    bool open_single, int ord, const char *sig, size_t d0, size_t d1,
    char **cause)
{
	char num[3][32], run[32];
	const char *v[14];
	int len[14];
	PGresult *r;
	long long pk;
	size_t i, t, *dfrom;

	dfrom = xcalloc(is->n_pages + 1, sizeof *dfrom);
	for (i = 0; i < is->n_pages; i++) {
		dfrom[i] = in->a->diags.n;
		page_load(&is->pages[i]);
	}
	dfrom[is->n_pages] = in->a->diags.n;
	issue_load(is);
	if (adb_exec(in->conn, "BEGIN", in->where, cause) != 0)
		goto fail;
	for (i = 0; i < 14; i++)
		len[i] = -1;
	v[0] = key; len[0] = (int)strlen(key);
	if ((r = adb_params(in, "DELETE FROM kanbao_issue WHERE key = $1", 1, v,
	    len, cause)) == NULL)
		goto rollback;
	PQclear(r);
	snprintf(num[0], sizeof num[0], "%d", ord);
	snprintf(num[1], sizeof num[1], "%d", is->number);
	snprintf(run, sizeof run, "%lld", in->run);
	v[1] = is->publication->id; len[1] = (int)strlen(v[1]);
	v[2] = num[0];
	v[3] = is->date; len[3] = (int)strlen(v[3]);
	v[4] = num[1];
	v[5] = is->title; len[5] = is->title ? (int)strlen(is->title) : -1;
	v[6] = key; len[6] = (int)strlen(key);	/* the path it was opened at */
	v[7] = open_single ? "t" : "f";
	v[8] = is->path; len[8] = (int)strlen(is->path);
	v[9] = is->single_file ? "t" : "f";
	v[10] = sig;
	v[11] = run;
	snprintf(num[2], sizeof num[2], "%d",
	    (int)(is->publication - in->a->pubs));
	v[12] = num[2];
	v[13] = is->publication->name;
	len[13] = v[13] ? (int)strlen(v[13]) : -1;
	r = adb_params(in, "INSERT INTO kanbao_issue (key, pub, ord, date, number, title, path, single_file, scan_path, scan_single_file, signature, run, pub_ord, pub_name) "
	    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING pk",
	    14, v, len, cause);
	if (r == NULL)
		goto rollback;
	pk = atoll(PQgetvalue(r, 0, 0));
	PQclear(r);
	for (t = 0; t < 7; t++)
		adb_copy_begin(&in->copy[t]);
	adb_diag_rows(in, pk, -1, d0, d1);
	in->grams.n = 0;
	for (i = 0; i < is->n_pages; i++) {
		adb_page_rows(in, pk, (int)i, &is->pages[i]);
		adb_diag_rows(in, pk, (int)i, dfrom[i], dfrom[i + 1]);
	}
	/* The issue's keys: one row, one GIN entry per key and issue. */
	dbgrams_finish(&in->grams);
	adb_copy_row(&in->copy[6], 2);
	adb_copy_int(&in->copy[6], pk, 8);
	adb_copy_int32_array(&in->copy[6], in->grams.v, in->grams.n);
	for (t = 0; t < 7; t++)
		if (adb_copy_send(in->conn, adb_copy_tables[t], &in->copy[t],
		    in->where, cause) != 0)
			goto rollback;
	if (adb_exec(in->conn, "COMMIT", in->where, cause) != 0)
		goto fail;
	free(dfrom);
	return 0;
rollback:
	PQclear(PQexec(in->conn, "ROLLBACK"));
fail:
	free(dfrom);
	return -1;
}

/* Mark an unchanged issue seen, at its place now (its publication's
 * too). */
static int
adb_issue_seen(struct ingest *in, const struct issue *is, const char *key,
    int ord, char **cause)
{
	char num[32], run[32], pub[32];
	const char *v[5] = { key, num, run, pub, is->publication->name };
	int len[5] = { (int)strlen(key), -1, -1, -1,
	    v[4] ? (int)strlen(v[4]) : -1 };
	PGresult *r;

	snprintf(num, sizeof num, "%d", ord);
	snprintf(run, sizeof run, "%lld", in->run);
	snprintf(pub, sizeof pub, "%d", (int)(is->publication - in->a->pubs));
	r = adb_params(in, "UPDATE kanbao_issue SET ord = $2, run = $3, pub_ord = $4, pub_name = $5 WHERE key = $1",
	    5, v, len, cause);
	PQclear(r);
	return r ? 0 : -1;
}

/* The signature the database holds for key, or NULL.  Caller frees. */
static char *
adb_old_signature(struct ingest *in, const char *key)
{
	const char *v[1] = { key };
	int len[1] = { (int)strlen(key) }, fmt[1] = { 1 };
	PGresult *r = PQexecParams(in->conn,
	    "SELECT signature FROM kanbao_issue WHERE key = $1", 1, NULL, v, len,
	    fmt, 0);
	char *s = NULL;

	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
		s = xstrdup(PQgetvalue(r, 0, 0));
	PQclear(r);
	return s;
}

int
archive_db_ingest(const char *path, const char *encoding, const char *conninfo,
    archive_db_progress_fn progress, void *arg, volatile sig_atomic_t *stop,
    char **cause)
{
	struct ingest in;
	size_t i, j, p, total = 0, done = 0, loaded = 0, d0;
	int rc = -1;
	char *key, *sig, *old, *v;
	bool single;

	memset(&in, 0, sizeof in);
	*cause = NULL;
	in.where = archive_db_where(conninfo);
	if ((in.conn = adb_connect(conninfo, cause)) == NULL)
		goto out;
	if (adb_migrate(&in, cause) != 0)
		goto out;
	in.fold_flags = searchfold_han_available() ? SEARCH_HAN : 0;
	in.a = archive_open(path, encoding);
	v = adb_meta(in.conn, "run");
	in.run = v ? atoll(v) + 1 : 1;
	free(v);
	if (adb_archive_rows(&in, encoding, cause) != 0)
		goto out;
	for (i = 0; i < in.a->n_pubs; i++)
		total += in.a->pubs[i].n_issues;
	for (i = 0; i < in.a->n_pubs; i++)
		for (j = 0; j < in.a->pubs[i].n_issues; j++) {
			struct issue *is = &in.a->pubs[i].issues[j];

			if ((progress && progress(done, total, loaded, arg)) ||
			    (stop && *stop)) {
				rc = 1;
				goto out;
			}
			key = xstrdup(is->path);
			single = is->single_file;
			d0 = in.a->diags.n;
			issue_scan(is);
			sig = adb_signature(is, encoding);
			old = adb_old_signature(&in, key);
			if (old != NULL && strcmp(old, sig) == 0)
				rc = adb_issue_seen(&in, is, key, (int)j, cause);
			else {
				rc = adb_issue(&in, is, key, single, (int)j, sig, d0,
				    in.a->diags.n, cause);
				loaded++;
			}
			free(old);
			free(sig);
			free(key);
			for (p = 0; p < is->n_pages; p++)
				page_unload(&is->pages[p]);
			if (rc != 0)
				goto out;
			done++;
		}
	if (progress)
		progress(done, total, loaded, arg);
	/* Every issue is done: what was not seen is gone from the files. */
	{
		char run[32];

		snprintf(run, sizeof run, "%lld", in.run);
		if (adb_exec(in.conn, "BEGIN", in.where, cause) != 0)
			goto out;
		v = xasprintf("DELETE FROM kanbao_issue WHERE run <> %s", run);
		rc = adb_exec(in.conn, v, in.where, cause);
		free(v);
		if (rc == 0)
			rc = adb_set_meta(&in, "run", run, cause);
		if (rc == 0)
			rc = adb_exec(in.conn, "COMMIT", in.where, cause);
		else
			PQclear(PQexec(in.conn, "ROLLBACK"));
		if (rc == 0 && loaded > 0)
			rc = adb_exec(in.conn, "ANALYZE", in.where, cause);
	}
out:
	for (i = 0; i < 7; i++)
		strbuf_free(&in.copy[i]);
	dbgrams_free(&in.grams);
	strbuf_free(&in.folded);
	free(in.raw);
	archive_free(in.a);
	if (in.conn != NULL)	/* NULL: libpq may not even be loaded */
		PQfinish(in.conn);
	free(in.where);
	return rc;
}

#endif /* HAVE_LIBPQ */
