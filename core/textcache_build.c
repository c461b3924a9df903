/* SPDX-License-Identifier: ISC */
/* textcache_build.c: making the search cache (see textcache.h).
 *
 * The archive is opened on its own (the caller's copy may be on screen),
 * loaded an issue at a time and each issue unloaded when done, so memory
 * stays small however big the archive.  Clean text goes straight to the
 * temporary file, folded text to an anonymous one appended at the end; the
 * tables are kept in memory and written last, then the header.  Every file
 * and directory is stat'ed before it is read, so a change made while the
 * cache is built shows as stale next time.  Issues the old cache holds
 * unchanged are copied from it instead (textcache_update.c). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "atomicfile.h"
#include "layout.h"
#include "pagetext.h"
#include "sanitize.h"
#include "search.h"
#include "searchfold.h"
#include "srcmap.h"
#include "strbuf.h"
#include "textcache.h"
#include "textcache_build_int.h"
#include "textcache_int.h"
#include "i18n.h"
#include "xalloc.h"

void
tcb_count(uint64_t *freq, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	for (; p < end; p++)
		freq[*p]++;
}

/* See tcb_open. */
#define TC_WRITE_CHUNK	(2u << 20)

struct tc_str
tcb_str(struct tc_builder *b, const char *s, size_t len)
{
	struct tc_str r = { b->strings.len, len };

	strbuf_add(&b->strings, s, len);
	return r;
}

void
tcb_write(struct tc_builder *b, FILE *f, const void *p, size_t len)
{
	if (len > 0 && fwrite(p, 1, len, f) != len && b->error == 0)
		b->error = errno ? errno : EIO;
}

/* Pad a section to 8 bytes. */
static void
tcb_pad(struct tc_builder *b, FILE *f, uint64_t *len)
{
	static const char zero[8];
	size_t n = (size_t)((8 - *len % 8) % 8);

	tcb_write(b, f, zero, n);
	*len += n;
}

const char *
tcb_rel(const struct tc_builder *b, const char *path)
{
	size_t rl = strlen(b->root);

	if (strcmp(path, b->root) == 0)
		return ".";
	if (strncmp(path, b->root, rl) == 0 && path[rl] == '/')
		return path + rl + 1;
	return NULL;		/* not below the archive: cannot happen */
}

char *
tcb_conf_path(const struct archive *a, const char *root, size_t pub)
{
	if (a->scope == SCOPE_ARCHIVE)
		return xasprintf("%s/%s/publication.conf", root, a->pubs[pub].id);
	return xasprintf("%s/publication.conf", root);
}

struct tc_file *
tcb_add_file(struct tc_builder *b, const char *rel)
{
	struct tc_file *f;

	b->files = xgrow(b->files, &b->cap_files, b->n_files + 1, sizeof *b->files);
	f = &b->files[b->n_files++];
	memset(f, 0, sizeof *f);
	f->path = tcb_str(b, rel, strlen(rel) + 1);	/* with its NUL */
	f->path.len--;
	return f;
}

void
tcb_issue_begin(struct tc_builder *b)
{
	b->issues = xgrow(b->issues, &b->cap_issues, b->n_issues + 1,
	    sizeof *b->issues);
	b->issues[b->n_issues++] = (struct tc_issue){ b->n_files, 0, b->n_arts, 0,
	    0 };
}

void
tcb_issue_end(struct tc_builder *b)
{
	struct tc_issue *is = &b->issues[b->n_issues - 1];

	is->n_files = b->n_files - is->first_file;
	is->n_articles = b->n_arts - is->first_article;
}

/* Record path as stat sees it now.  Missing files are not recorded: adding
 * one changes its directory, which is. */
static void
tcb_file(struct tc_builder *b, const char *path)
{
	struct tc_file *f;
	struct stat st;

	if (stat(path, &st) != 0 || (path = tcb_rel(b, path)) == NULL)
		return;
	if (b->n_files > 0 && strcmp(b->strings.s + b->files[b->n_files - 1].path.off,
	    path) == 0)
		return;		/* the pages of a single-file issue */
	f = tcb_add_file(b, path);
	f->is_dir = S_ISDIR(st.st_mode) != 0;
	f->size = f->is_dir ? 0 : (uint64_t)st.st_size;
	f->mtime_sec = (int64_t)st.st_mtim.tv_sec;
	f->mtime_nsec = (int64_t)st.st_mtim.tv_nsec;
}

/* Where the hits of each byte of block lb begin in the source: the same
 * line cli_search_line gives, as a list of changes. */
static void
tcb_breaks(struct tc_builder *b, const struct article *a,
    const struct layout_block *lb)
{
	const struct page *p = a->page;
	const struct span *sp = lb->span;
	unsigned long line, last = ULONG_MAX;
	size_t i;

	if (sp == NULL || p->text.text == NULL || sp->byte_end <= sp->byte_start ||
	    sp->byte_end > p->text.len) {
		line = (sp == NULL ? a->span.first_line : sp->first_line) +
		    p->line_offset;
		b->breaks = xgrow(b->breaks, &b->cap_breaks, b->n_breaks + 1,
		    sizeof *b->breaks);
		b->breaks[b->n_breaks++] = (struct tc_break){ 0,
		    line > UINT32_MAX ? UINT32_MAX : (uint32_t)line };
		return;
	}
	b->raw = xgrow(b->raw, &b->cap_raw, lb->len + 1, sizeof *b->raw);
	srcmap_raw_offsets(p->text.text + sp->byte_start,
	    sp->byte_end - sp->byte_start, lb->text, lb->len, b->raw);
	for (i = 0; i <= lb->len; i++) {
		if (i > 0 && b->raw[i] == b->raw[i - 1])
			continue;
		line = pagetext_line_of(&p->text, sp->byte_start + b->raw[i]) +
		    p->line_offset;
		if (line == last)
			continue;
		last = line;
		b->breaks = xgrow(b->breaks, &b->cap_breaks, b->n_breaks + 1,
		    sizeof *b->breaks);
		b->breaks[b->n_breaks++] = (struct tc_break){ (uint32_t)i,
		    line > UINT32_MAX ? UINT32_MAX : (uint32_t)line };
	}
}

/* The maps of a block folded with from (see struct tc_map): one where a
 * character's clean offset is not where the last map says. */
static void
tcb_maps(struct tc_builder *b, const char *folded, size_t flen,
    const size_t *from)
{
	size_t x, fold = 0, clean = 0;

	for (x = 0; x < flen; x++) {
		if (((unsigned char)folded[x] & 0xC0) == 0x80)
			continue;	/* inside a character */
		if (from[x] == clean + (x - fold))
			continue;
		b->maps = xgrow(b->maps, &b->cap_maps, b->n_maps + 1,
		    sizeof *b->maps);
		b->maps[b->n_maps++] = (struct tc_map){ (uint32_t)x,
		    (uint32_t)from[x] };
		fold = x;
		clean = from[x];
	}
}

struct tc_block *
tcb_block_entry(struct tc_builder *b, const char *clean, size_t len,
    size_t flen)
{
	struct tc_block *tb;

	if (len >= UINT32_MAX || flen >= UINT32_MAX || b->n_arts == 0 ||
	    b->n_arts - 1 > UINT32_MAX)
		return NULL;
	b->blocks = xgrow(b->blocks, &b->cap_blocks, b->n_blocks + 1,
	    sizeof *b->blocks);
	tb = &b->blocks[b->n_blocks++];
	tb->clean_off = b->clean_len;
	tb->clean_len = (uint32_t)len;
	tb->fold_off = b->fold_len;
	tb->fold_len = (uint32_t)flen;
	tb->article = (uint32_t)(b->n_arts - 1);
	tb->flags = sanitize_plain_len(clean, len, 0) == len ? TC_BLOCK_PLAIN : 0;
	tb->first_break = b->n_breaks;
	tb->first_map = b->n_maps;
	return tb;
}

static int
tcb_block(struct tc_builder *b, const struct article *a,
    const struct layout_block *lb)
{
	struct tc_block *tb;
	size_t flen, *from;
	char *folded;

	if (lb->len >= UINT32_MAX)
		return -1;
	folded = search_fold_map(lb->text, lb->len, b->fold_flags, &flen, &from);
	if ((tb = tcb_block_entry(b, lb->text, lb->len, flen)) == NULL) {
		free(folded);
		free(from);
		return -1;
	}
	tcb_maps(b, folded, flen, from);
	free(from);
	tcb_count(b->clean_freq, lb->text, lb->len);
	tcb_count(b->fold_freq, folded, flen);
	tcb_write(b, b->out, lb->text, lb->len + 1);	/* with the NUL */
	tcb_write(b, b->fold, folded, (size_t)tb->fold_len + 1);
	b->clean_len += lb->len + 1;
	b->fold_len += (uint64_t)tb->fold_len + 1;
	free(folded);
	tcb_breaks(b, a, lb);
	return 0;
}

uint32_t
tcb_article_flags(const char *id, size_t len)
{
	return sanitize_plain_len(id, len, 0) == len ? TC_ARTICLE_PLAIN_ID : 0;
}

static int
tcb_article(struct tc_builder *b, const struct article *a,
    const struct tc_article *proto)
{
	struct tc_article *ta;
	struct layout_doc doc;
	char *id = article_id(a), *title = article_title(a);
	size_t i;
	int rc = 0;

	b->arts = xgrow(b->arts, &b->cap_arts, b->n_arts + 1, sizeof *b->arts);
	ta = &b->arts[b->n_arts++];
	*ta = *proto;
	ta->id = tcb_str(b, id, strlen(id));
	ta->flags = tcb_article_flags(id, strlen(id));
	ta->title = tcb_str(b, title ? title : "", title ? strlen(title) : 0);
	ta->page = a->page->number;
	ta->first_block = b->n_blocks;
	layout_doc_from_article(&doc, a);
	for (i = 0; i < doc.n_blocks && rc == 0; i++)
		rc = tcb_block(b, a, &doc.blocks[i]);
	b->arts[b->n_arts - 1].n_blocks = b->n_blocks -
	    b->arts[b->n_arts - 1].first_block;
	layout_doc_free(&doc);
	free(id);
	free(title);
	return rc;
}

static int
tcb_issue(struct tc_builder *b, struct issue *is)
{
	struct publication *pub = is->publication;
	struct tc_article proto;
	size_t p, k;
	int rc = 0;

	memset(&proto, 0, sizeof proto);
	tcb_issue_begin(b);
	tcb_file(b, is->path);
	issue_scan(is);
	for (p = 0; p < is->n_pages; p++)
		tcb_file(b, is->pages[p].path);
	issue_load(is);
	proto.pub = tcb_str(b, pub->id, strlen(pub->id));
	proto.pub_name = tcb_str(b, pub->name, strlen(pub->name));
	proto.date = tcb_str(b, is->date, strlen(is->date));
	for (p = 0; p < is->n_pages && rc == 0; p++)
		for (k = 0; k < is->pages[p].n_articles && rc == 0; k++)
			rc = tcb_article(b, &is->pages[p].articles[k], &proto);
	if (is->n_pages == 0)
		b->issues[b->n_issues - 1].flags |= TC_ISSUE_TROUBLE;
	for (p = 0; p < is->n_pages; p++) {
		if (is->pages[p].failed)
			b->issues[b->n_issues - 1].flags |= TC_ISSUE_TROUBLE;
		page_unload(&is->pages[p]);
	}
	tcb_issue_end(b);
	return rc;
}

/* The directories and config files the archive's shape comes from. */
static void
tcb_dirs(struct tc_builder *b, const struct archive *a, const char *root)
{
	size_t i;
	char *dir, *conf;

	tcb_file(b, root);
	for (i = 0; i < a->n_pubs; i++) {
		if (a->scope == SCOPE_ARCHIVE) {
			dir = xasprintf("%s/%s", root, a->pubs[i].id);
			tcb_file(b, dir);
			free(dir);
		}
		conf = tcb_conf_path(a, root, i);
		tcb_file(b, conf);
		free(conf);
	}
}

/* Every issue in archive order: copied from the old cache when it holds
 * it unchanged, else loaded.  Progress counts the issues loaded, but is
 * called before each issue, so that copying can be stopped too. */
static int
tcb_walk(struct tc_builder *b, struct archive *a, const char *root,
    textcache_progress_fn progress, void *arg)
{
	size_t i, j, k = 0, done = 0, total, *reuse;
	int rc = 0;

	tcb_dirs(b, a, root);
	reuse = tcu_plan(b, a, root, &total);
	for (i = 0; i < a->n_pubs && rc == 0; i++)
		for (j = 0; j < a->pubs[i].n_issues && rc == 0; j++, k++) {
			if (progress && progress(done, total, arg) != 0)
				rc = 1;
			else if (reuse[k] != TCU_LOAD)
				tcu_copy(b, reuse[k], &a->pubs[i],
				    &a->pubs[i].issues[j]);
			else if (tcb_issue(b, &a->pubs[i].issues[j]) != 0)
				rc = -1;
			else
				done++;
		}
	free(reuse);
	return rc;
}

/* The starts section's half for the folded or the clean text. */
static void
tcb_starts(struct tc_builder *b, bool clean)
{
	uint64_t buf[4096];
	size_t i, n = 0;

	for (i = 0; i < b->n_blocks; i++) {
		buf[n++] = clean ? b->blocks[i].clean_off : b->blocks[i].fold_off;
		if (n == sizeof buf / sizeof buf[0] || i + 1 == b->n_blocks) {
			tcb_write(b, b->out, buf, n * sizeof buf[0]);
			n = 0;
		}
	}
}

/* Append the folded text, then the tables; fill in the header. */
static void
tcb_finish(struct tc_builder *b, struct tc_header *h)
{
	const uint32_t *han = (b->fold_flags & SEARCH_HAN) ?
	    searchfold_han_table() : NULL, zero = 0;
	char buf[65536];
	size_t n;
	uint64_t at;

	tcb_pad(b, b->out, &b->clean_len);
	tcb_pad(b, b->fold, &b->fold_len);
	if (fflush(b->fold) != 0 || fseek(b->fold, 0, SEEK_SET) != 0)
		b->error = errno ? errno : EIO;
	while (b->error == 0 && (n = fread(buf, 1, sizeof buf, b->fold)) > 0)
		tcb_write(b, b->out, buf, n);
	at = sizeof *h;
	h->clean_off = at;
	h->clean_len = b->clean_len;
	h->fold_off = at += b->clean_len;
	h->fold_len = b->fold_len;
	h->n_files = b->n_files;
	h->files_off = at += b->fold_len;
	h->n_articles = b->n_arts;
	h->articles_off = at += b->n_files * sizeof *b->files;
	h->n_blocks = b->n_blocks;
	h->blocks_off = at += b->n_arts * sizeof *b->arts;
	h->starts_off = at += b->n_blocks * sizeof *b->blocks;
	h->n_breaks = b->n_breaks;
	h->breaks_off = at += b->n_blocks * 2 * sizeof (uint64_t);
	h->n_maps = b->n_maps;
	h->maps_off = at += b->n_breaks * sizeof *b->breaks;
	h->n_issues = b->n_issues;
	h->issues_off = at += b->n_maps * sizeof *b->maps;
	h->han_off = at += b->n_issues * sizeof *b->issues;
	h->n_han = han != NULL ? searchfold_han_size() : 0;
	h->n_han += h->n_han % 2;	/* the strings stay aligned */
	h->strings_off = at += h->n_han * sizeof *han;
	h->strings_len = b->strings.len;
	tcb_write(b, b->out, b->files, b->n_files * sizeof *b->files);
	tcb_write(b, b->out, b->arts, b->n_arts * sizeof *b->arts);
	tcb_write(b, b->out, b->blocks, b->n_blocks * sizeof *b->blocks);
	tcb_starts(b, false);
	tcb_starts(b, true);
	tcb_write(b, b->out, b->breaks, b->n_breaks * sizeof *b->breaks);
	tcb_write(b, b->out, b->maps, b->n_maps * sizeof *b->maps);
	tcb_write(b, b->out, b->issues, b->n_issues * sizeof *b->issues);
	if (han != NULL) {
		tcb_write(b, b->out, han, searchfold_han_size() * sizeof *han);
		if (searchfold_han_size() % 2)
			tcb_write(b, b->out, &zero, sizeof zero);
	}
	tcb_write(b, b->out, b->strings.s, b->strings.len);
	h->file_size = at + b->strings.len;
	memcpy(h->clean_freq, b->clean_freq, sizeof h->clean_freq);
	memcpy(h->fold_freq, b->fold_freq, sizeof h->fold_freq);
}

static void
tcb_free(struct tc_builder *b)
{
	if (b->fold)
		fclose(b->fold);
	strbuf_free(&b->strings);
	free(b->files);
	free(b->arts);
	free(b->blocks);
	free(b->breaks);
	free(b->maps);
	free(b->issues);
	free(b->raw);
	free(b->out_buf);	/* out is closed by now */
	tcu_end(b);
}

/* Write the header at the start, flush, and rename tmp over file. */
static int
tcb_commit(struct tc_builder *b, const struct tc_header *h, const char *tmp,
    const char *file)
{
	if (b->error == 0 && (fseek(b->out, 0, SEEK_SET) != 0 ||
	    fwrite(h, sizeof *h, 1, b->out) != 1 || fflush(b->out) != 0 ||
	    fsync(fileno(b->out)) != 0))
		b->error = errno ? errno : EIO;
	if (fclose(b->out) != 0 && b->error == 0)
		b->error = errno ? errno : EIO;
	b->out = NULL;
	if (b->error == 0 && rename(tmp, file) != 0)
		b->error = errno;
	if (b->error == 0)
		atomicfile_sync_dir(file);
	return b->error == 0 ? 0 : -1;
}

/* Open the temporary file beside file, and the anonymous one. */
static int
tcb_open(struct tc_builder *b, const char *file, char **tmp)
{
	int fd;

	if (atomicfile_mkdirs(file, NULL) != 0)
		return -1;
	*tmp = xasprintf("%s.XXXXXX", file);
	if ((fd = mkstemp(*tmp)) < 0)
		return -1;
	if ((b->out = fdopen(fd, "w+")) == NULL) {
		close(fd);
		unlink(*tmp);
		return -1;
	}
	/* Written in whole aligned pieces of TC_WRITE_CHUNK, the file's pages
	 * are kept in huge pieces (folios) where the file system can, and
	 * every reader's mapping of it then takes huge pages: a search of the
	 * whole archive touches a few hundred of them instead of a few hundred
	 * thousand small ones (faults, TLB misses, unmapping). */
	b->out_buf = xmalloc(TC_WRITE_CHUNK);	/* (glibc sizes its own) */
	setvbuf(b->out, b->out_buf, _IOFBF, TC_WRITE_CHUNK);
	if ((b->fold = tmpfile()) == NULL) {
		fclose(b->out);
		unlink(*tmp);
		return -1;
	}
	return 0;
}

static int
tcb_run(struct tc_builder *b, struct archive *a, const char *rp,
    const char *encoding, const char *file, textcache_progress_fn progress,
    void *arg, char **cause)
{
	struct tc_header h;
	char *tmp = NULL, *key = tc_key(rp, encoding);
	int rc;

	memset(&h, 0, sizeof h);
	memcpy(h.magic, TC_MAGIC, sizeof h.magic);
	h.version = TC_VERSION;
	h.flags = (b->fold_flags & SEARCH_HAN) ? TC_FLAG_HAN : 0;
	h.key = tcb_str(b, key, strlen(key));
	free(key);
	if (tcb_open(b, file, &tmp) != 0) {
		*cause = xasprintf(_("cannot create %s: %s"), file, strerror(errno));
		free(tmp);
		return -1;
	}
	tcb_write(b, b->out, &h, sizeof h);
	if ((rc = tcb_walk(b, a, rp, progress, arg)) == 0) {
		tcb_finish(b, &h);
		if ((rc = tcb_commit(b, &h, tmp, file)) != 0)
			*cause = xasprintf(_("cannot write %s: %s"), file,
			    strerror(b->error));
	} else if (rc < 0)
		*cause = xstrdup(_("a block of text is too long for the cache"));
	if (b->out)
		fclose(b->out);
	if (rc != 0)
		unlink(tmp);
	free(tmp);
	return rc;
}

int
textcache_build(const char *archive_path, const char *encoding,
    const char *file, textcache_progress_fn progress, void *arg, char **cause)
{
	struct tc_builder b;
	struct archive *a;
	char *rp = realpath(archive_path, NULL);
	int rc;

	*cause = NULL;
	if (rp == NULL) {
		*cause = xasprintf("%s: %s", archive_path, strerror(errno));
		return -1;
	}
	memset(&b, 0, sizeof b);
	b.fold_flags = searchfold_han_available() ? SEARCH_HAN : 0;
	b.root = rp;
	tcu_begin(&b, file, rp, encoding);
	a = archive_open(rp, encoding);
	if (a->scope > SCOPE_PUBLICATION) {
		*cause = xasprintf(_("%s: only an archive or a publication is cached"),
		    archive_path);
		rc = -1;
	} else
		rc = tcb_run(&b, a, rp, encoding, file, progress, arg, cause);
	archive_free(a);
	tcb_free(&b);
	free(rp);
	return rc;
}
