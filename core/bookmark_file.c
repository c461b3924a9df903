/* SPDX-License-Identifier: ISC */
/* bookmark_file.c: the bookmarks file: format, parsing, crash-safe saving,
 * locking and merging with what other processes saved. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomicfile.h"
#include "i18n.h"
#include "bookmark_file.h"
#include "readfile.h"
#include "userconf.h"
#include "xalloc.h"

#define BOOKMARK_FILE_MAX	(64L * 1024 * 1024)	/* refuse larger files */

char *
bookmark_file_default(void)
{
	return userconf_data_path("bookmarks");
}

/* --- times --------------------------------------------------------------- */

void
bookmark_time_format(struct strbuf *b, long long ms)
{
	time_t t = (time_t)(ms / 1000);
	struct tm tm;

	if (ms < 0 || gmtime_r(&t, &tm) == NULL) {
		t = 0;
		gmtime_r(&t, &tm);
		ms = 0;
	}
	strbuf_printf(b, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	    tm.tm_min, tm.tm_sec, (int)(ms % 1000));
}

int
bookmark_time_parse(const char *s, long long *ms)
{
	struct tm tm;
	int frac = 0, n = 0;
	time_t t;

	memset(&tm, 0, sizeof tm);
	if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &n) != 6 ||
	    n != 19)
		return -1;
	s += n;
	if (s[0] == '.') {
		if (sscanf(s, ".%3d%n", &frac, &n) != 1 || n != 4 || frac < 0)
			return -1;
		s += n;
	}
	if (strcmp(s, "Z") != 0 || tm.tm_mon < 1 || tm.tm_mon > 12 ||
	    tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 ||
	    tm.tm_min > 59 || tm.tm_sec > 60)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	if ((t = timegm(&tm)) == (time_t)-1)
		return -1;
	*ms = (long long)t * 1000 + frac;
	return 0;
}

/* --- writing records ----------------------------------------------------- */

void
bookmark_format(struct strbuf *b, const struct bookmark *bm)
{
	strbuf_add_escaped(b, bm->id);
	strbuf_addc(b, '\t');
	bookmark_time_format(b, bm->created);
	strbuf_addc(b, '\t');
	bookmark_time_format(b, bm->modified);
	strbuf_adds(b, bm->deleted ? "\tdeleted\t" : "\tlive\t");
	strbuf_add_escaped(b, bm->name);
	strbuf_addc(b, '\t');
	strbuf_add_escaped(b, bm->article);
	strbuf_printf(b, "\t%zu:%zu\t", bm->block, bm->offset);
	strbuf_add_escaped(b, bm->headline);
	strbuf_addc(b, '\t');
	strbuf_add_escaped(b, bm->snippet);
	strbuf_addc(b, '\t');
	strbuf_add_escaped(b, bm->note);
	strbuf_addc(b, '\t');
	strbuf_add_escaped(b, bm->archive);
	strbuf_addc(b, '\n');
}

void
bookmark_serialise(struct strbuf *b, const struct bookmark_store *st)
{
	size_t i;

	strbuf_printf(b, "%s %d\n", BOOKMARK_FILE_MAGIC, BOOKMARK_FILE_VERSION);
	strbuf_adds(b, "# id\tcreated\tmodified\tstate\tname\tarticle\t"
	    "block:offset\theadline\tsnippet\tnote\tarchive\n");
	for (i = 0; i < st->n; i++)
		bookmark_format(b, &st->items[i]);
}

/* --- reading records ----------------------------------------------------- */

/* A parsed line: its fields, unescaped, and where the line is. */
struct bm_line {
	char		*f[BOOKMARK_FILE_FIELDS];
	size_t		 n;		/* fields found */
	const char	*file;
	unsigned long	 lineno;
	struct diag_list *dl;
};

/* Unescape s[0..len) into a new string; an unknown escape is kept as it is
 * written (a hand-typed backslash must not cost the line). */
static char *
bookmark_unescape(struct bm_line *l, const char *s, size_t len)
{
	struct strbuf b = STRBUF_INIT;
	char bad = ' ';
	size_t n;

	if ((n = strbuf_add_unescaped(&b, s, len, &bad)) > 0)
		diag_add(l->dl, DIAG_WARNING, l->file, l->lineno, -1,
		    ngettext("%zu unknown escape (the first '\\%c') kept as written",
		    "%zu unknown escapes (the first '\\%c') kept as written", n),
		    n, bad);
	if (b.s == NULL)
		return xstrdup("");
	return strbuf_take(&b);
}

static void
bookmark_split(struct bm_line *l, const char *line, size_t len)
{
	const char *p = line, *end = line + len, *tab;

	for (;;) {
		tab = memchr(p, '\t', (size_t)(end - p));
		if (l->n < BOOKMARK_FILE_FIELDS)
			l->f[l->n] = bookmark_unescape(l, p,
			    (size_t)((tab ? tab : end) - p));
		l->n++;
		if (tab == NULL)
			break;
		p = tab + 1;
	}
}

static void
bookmark_line_free(struct bm_line *l)
{
	size_t i;

	for (i = 0; i < BOOKMARK_FILE_FIELDS; i++)
		free(l->f[i]);
}

static int
bookmark_line_error(struct bm_line *l, const char *what)
{
	diag_add(l->dl, DIAG_ERROR, l->file, l->lineno, -1,
	    _("%s; bookmark skipped"), what);
	return -1;
}

static int
bookmark_parse_place(const char *s, size_t *block, size_t *offset)
{
	unsigned long long b, o;
	int n = 0;

	if (s[0] < '0' || s[0] > '9' ||
	    sscanf(s, "%llu:%llu%n", &b, &o, &n) != 2 || s[n] != '\0')
		return -1;
	*block = (size_t)b;
	*offset = (size_t)o;
	return 0;
}

/* Check the fields that have a syntax and move them into bm. */
static int
bookmark_line_fill(struct bm_line *l, struct bookmark *bm)
{
	char **f = l->f;

	if (f[0][0] == '\0' || strpbrk(f[0], " \t\n\r/") != NULL)
		return bookmark_line_error(l, _("bad bookmark id"));
	if (bookmark_time_parse(f[1], &bm->created) != 0 ||
	    bookmark_time_parse(f[2], &bm->modified) != 0)
		return bookmark_line_error(l,
		    _("bad time (want YYYY-MM-DDTHH:MM:SS.mmmZ)"));
	if (strcmp(f[3], "live") != 0 && strcmp(f[3], "deleted") != 0)
		return bookmark_line_error(l, _("state must be 'live' or 'deleted'"));
	bm->deleted = f[3][0] == 'd';
	if (!bm->deleted && f[5][0] == '\0')
		return bookmark_line_error(l, _("no article id"));
	if (bookmark_parse_place(f[6], &bm->block, &bm->offset) != 0)
		return bookmark_line_error(l, _("place must be BLOCK:OFFSET"));
	bookmark_set(&bm->id, f[0]);
	bookmark_set(&bm->name, f[4]);
	bookmark_set(&bm->article, f[5]);
	bookmark_set(&bm->headline, f[7]);
	bookmark_set(&bm->snippet, f[8]);
	bookmark_set(&bm->note, f[9]);
	bookmark_set(&bm->archive, f[10]);
	return 0;
}

int
bookmark_parse_line(const char *line, size_t len, struct bookmark *bm,
    const char *file, unsigned long lineno, struct diag_list *dl)
{
	struct bm_line l;
	int rc;

	memset(&l, 0, sizeof l);
	l.file = file;
	l.lineno = lineno;
	l.dl = dl;
	bookmark_init(bm);
	if (memchr(line, '\0', len) != NULL)
		return bookmark_line_error(&l, _("NUL byte in line"));
	bookmark_split(&l, line, len);
	if (l.n < BOOKMARK_FILE_FIELDS) {
		diag_add(dl, DIAG_ERROR, file, lineno, -1,
		    _("%zu tab-separated fields, want %d; bookmark skipped"), l.n,
		    BOOKMARK_FILE_FIELDS);
		rc = -1;
	} else {
		if (l.n > BOOKMARK_FILE_FIELDS)
			diag_add(dl, DIAG_WARNING, file, lineno, -1,
			    _("%zu fields, want %d; the rest ignored"), l.n,
			    BOOKMARK_FILE_FIELDS);
		rc = bookmark_line_fill(&l, bm);
	}
	bookmark_line_free(&l);
	return rc;
}

/* The header line: 0 when it is one (*version set), -1 when not. */
static int
bookmark_parse_header(const char *line, size_t len, int *version)
{
	size_t m = strlen(BOOKMARK_FILE_MAGIC);
	char num[16];
	char *end;
	long v;

	if (len <= m + 1 || len - m - 1 >= sizeof num ||
	    memcmp(line, BOOKMARK_FILE_MAGIC " ", m + 1) != 0)
		return -1;
	memcpy(num, line + m + 1, len - m - 1);
	num[len - m - 1] = '\0';
	v = strtol(num, &end, 10);
	if (*end != '\0' || v < 1 || v > 999999)
		return -1;
	*version = (int)v;
	return 0;
}

/* Check the first line; returns 1 when it was a good header (consumed). */
static int
bookmark_check_header(const char *line, size_t len, const char *file,
    struct diag_list *dl, int *version, size_t *bad)
{
	if (bookmark_parse_header(line, len, version) != 0) {
		diag_add(dl, DIAG_ERROR, file, 1, -1,
		    _("not a bookmarks file: the first line should be '%s %d'"),
		    BOOKMARK_FILE_MAGIC, BOOKMARK_FILE_VERSION);
		(*bad)++;
		return 0;
	}
	if (*version > BOOKMARK_FILE_VERSION) {
		diag_add(dl, DIAG_ERROR, file, 1, -1,
		    _("written by a newer kanbao (format %d, this one reads %d)"),
		    *version, BOOKMARK_FILE_VERSION);
		(*bad)++;
	}
	return 1;
}

static void
bookmark_parse_record(struct bookmark_store *st, const char *line,
    size_t len, const char *file, unsigned long lineno,
    struct diag_list *dl, size_t *bad)
{
	struct bookmark bm;

	if (len == 0 || line[0] == '#')
		return;
	if (bookmark_parse_line(line, len, &bm, file, lineno, dl) != 0)
		(*bad)++;
	else
		bookmark_store_put(st, &bm);
	bookmark_clear(&bm);
}

size_t
bookmark_parse(struct bookmark_store *st, const char *text, size_t len,
    const char *file, struct diag_list *dl, int *version)
{
	const char *p = text, *end = text + len, *nl;
	unsigned long lineno = 0;
	size_t bad = 0, n;

	*version = 0;
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		n = (size_t)(nl - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (++lineno == 1 &&
		    bookmark_check_header(p, n, file, dl, version, &bad))
			continue;
		bookmark_parse_record(st, p, n, file, lineno, dl, &bad);
	}
	return bad;
}

/* --- reading files ------------------------------------------------------- */

/* The whole of path in *text (caller frees).  Returns 0, 1 when the file
 * does not exist (*text empty), or -1 and *cause. */
static int
bookmark_file_slurp(const char *path, struct strbuf *text, char **cause)
{
	struct stat sb;
	char buf[65536];
	ssize_t n;
	int fd = readfile_open(path, NULL);

	if (fd < 0 && errno == ENOENT)
		return 1;
	if (fd < 0 || fstat(fd, &sb) != 0)
		goto fail;
	if (sb.st_size > BOOKMARK_FILE_MAX) {
		close(fd);
		*cause = xasprintf(_("%s: too large for a bookmarks file"), path);
		return -1;
	}
	while ((n = read(fd, buf, sizeof buf)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			goto fail;
		strbuf_add(text, buf, (size_t)n);
	}
	close(fd);
	return 0;
fail:
	*cause = xasprintf(_("cannot read %s: %s"), path, readfile_strerror(errno));
	if (fd >= 0)
		close(fd);
	return -1;
}

/* What reading the file found. */
struct bm_read {
	struct strbuf	 text;		/* the bytes */
	int		 version;
	size_t		 bad;		/* lines rejected */
	bool		 missing;
};

/* Read path, merging its records into st; problems to dl. */
static int
bookmark_file_read(const char *path, struct bookmark_store *st,
    struct diag_list *dl, struct bm_read *r, char **cause)
{
	int rc;

	memset(r, 0, sizeof *r);
	if ((rc = bookmark_file_slurp(path, &r->text, cause)) < 0)
		return -1;
	r->missing = rc == 1;
	if (r->text.len > 0)
		r->bad = bookmark_parse(st, r->text.s, r->text.len, path, dl,
		    &r->version);
	return 0;
}

struct bookmark_store *
bookmark_store_open(const char *path)
{
	struct bookmark_store *st = bookmark_store_new(path);
	struct bm_read r;
	char *cause = NULL;

	if (path == NULL)
		return st;
	if (bookmark_file_read(path, st, &st->diags, &r, &cause) != 0) {
		diag_add(&st->diags, DIAG_ERROR, path, 0, -1, "%s", cause);
		free(cause);
	}
	st->read_only = r.version > BOOKMARK_FILE_VERSION;
	strbuf_free(&r.text);
	st->dirty = false;
	return st;
}

int
bookmark_store_reload(struct bookmark_store *st, char **cause)
{
	struct diag_list dl = { 0 };
	struct bm_read r;
	bool dirty = st->dirty;
	int rc = 0;

	if (st->path == NULL)
		return 0;
	if (bookmark_file_read(st->path, st, &dl, &r, cause) != 0)
		rc = -1;
	else {
		diag_list_free(&st->diags);
		st->diags = dl;
		memset(&dl, 0, sizeof dl);
		st->read_only = r.version > BOOKMARK_FILE_VERSION;
	}
	st->dirty = dirty;	/* what came from the file need not go back */
	diag_list_free(&dl);
	strbuf_free(&r.text);
	return rc;
}

int
bookmark_store_import(struct bookmark_store *st, const char *path,
    struct diag_list *dl, struct bookmark_merge_stats *stats, char **cause)
{
	struct bookmark_store *in = bookmark_store_new(NULL);
	struct bm_read r;
	int rc = -1;

	if (bookmark_file_read(path, in, dl, &r, cause) != 0)
		;
	else if (r.missing)
		*cause = xasprintf(_("cannot read %s: %s"), path, strerror(ENOENT));
	else if (r.version > BOOKMARK_FILE_VERSION)
		*cause = xasprintf(_("%s: written by a newer kanbao (format %d)"),
		    path, r.version);
	else {
		bookmark_store_merge(st, in, stats);
		rc = 0;
	}
	strbuf_free(&r.text);
	bookmark_store_free(in);
	return rc;
}

/* --- saving -------------------------------------------------------------- */

/*
 * Saving so that a crash at any instant leaves the old file or the new one,
 * never a torn one, and loses nothing another process saved:
 *
 * 1. Take an exclusive fcntl lock on FILE.lock.  Only writers lock: since
 *    the file is only ever replaced by rename, a reader always sees a whole
 *    file, old or new.
 * 2. Under the lock, read FILE again and merge it into memory by id, so the
 *    bookmarks, renames and deletions (tombstones) that other processes
 *    saved since we last read are kept; the newer record of an id wins.
 * 3. Write everything to FILE.tmp in the same directory (rename is atomic
 *    only within one file system).  Its name is fixed: the lock makes us the
 *    only writer, and what a crash left there is truncated next time.
 * 4. fsync FILE.tmp, so its data is on disk before its new name is; without
 *    it a power cut after the rename may leave an empty or partial file.
 * 5. rename FILE.tmp to FILE: atomic, so FILE is the old file or the new.
 * 6. fsync the directory, so the rename itself is on disk before we report
 *    the save as done.
 * 7. Unlock (closing the lock file).
 *
 * Any failure before step 5 unlinks FILE.tmp and leaves FILE as it was; the
 * changes stay in memory (st->dirty) and the next save tries again.  A file
 * with broken lines is copied to FILE.broken-TIME before being replaced, and
 * a file from a newer kanbao is never replaced.
 *
 * Each step calls bookmark_save_step_hook, which only a test program sets
 * (tests/bookmark_crash_helper.c: KANBAO_TEST_CRASH_AT=N dies at the Nth).
 */
void (*bookmark_save_step_hook)(void);

static void
bookmark_crash_point(void)
{
	if (bookmark_save_step_hook != NULL)
		bookmark_save_step_hook();
}

static char *
bookmark_errno_cause(const char *what, const char *path)
{
	return xasprintf(_("cannot %s %s: %s"), _(what), path, strerror(errno));
}

/* Step 1: returns the locked descriptor, or -1 and *cause. */
static int
bookmark_lock(const char *path, char **cause)
{
	int fd = atomicfile_lock(path);

	if (fd < 0) {
		char *lp = xasprintf("%s.lock", path);

		*cause = errno == EACCES || errno == EAGAIN ?
		    xasprintf(_("%s: still locked by another kanbao"), lp) :
		    bookmark_errno_cause(N_("lock"), lp);
		free(lp);
	}
	return fd;
}

/* Steps 3 and 4: the data in tmp, on disk.  Returns 0, or -1 (errno). */
static int
bookmark_write_tmp(const char *tmp, int excl, const char *s, size_t len)
{
	int fd, e;

	fd = open(tmp, O_WRONLY | O_CREAT | O_CLOEXEC | (excl ? O_EXCL :
	    O_TRUNC), 0600);
	if (fd < 0)
		return -1;
	bookmark_crash_point();
	if (atomicfile_write_all(fd, s, len / 2) != 0)
		goto fail;
	bookmark_crash_point();		/* half written */
	if (atomicfile_write_all(fd, s + len / 2, len - len / 2) != 0)
		goto fail;
	bookmark_crash_point();
	if (fsync(fd) != 0)
		goto fail;
	bookmark_crash_point();
	return close(fd);
fail:
	e = errno;
	close(fd);
	errno = e;
	return -1;
}

/* Steps 3 to 6 with tmp as the temporary name. */
static int
bookmark_replace(const char *path, const char *tmp,
    const struct strbuf *data, char **cause)
{
	if (bookmark_write_tmp(tmp, 0, data->s, data->len) != 0) {
		*cause = bookmark_errno_cause(N_("write"), tmp);
		unlink(tmp);
		return -1;
	}
	bookmark_crash_point();
	if (rename(tmp, path) != 0) {
		*cause = bookmark_errno_cause(N_("replace"), path);
		unlink(tmp);
		return -1;
	}
	bookmark_crash_point();
	if (atomicfile_sync_dir(path) != 0) {	/* step 6 */
		*cause = bookmark_errno_cause(N_("sync the directory of"), path);
		return -1;
	}
	bookmark_crash_point();
	return 0;
}

/* Keep a broken file's bytes as path.broken-TIME; returns 0, or -1. */
static int
bookmark_keep_broken(struct bookmark_store *st, const struct strbuf *text,
    char **cause)
{
	char stamp[32], *copy = NULL;
	time_t t = time(NULL);
	struct tm tm;
	int i;

	gmtime_r(&t, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
	for (i = 1; i < 100; i++) {
		free(copy);
		copy = i == 1 ? xasprintf("%s.broken-%s", st->path, stamp) :
		    xasprintf("%s.broken-%s-%d", st->path, stamp, i);
		if (bookmark_write_tmp(copy, 1, text->s, text->len) == 0)
			break;
		if (errno != EEXIST) {
			*cause = bookmark_errno_cause(N_("keep a copy of the "
			    "broken bookmarks file as"), copy);
			unlink(copy);
			free(copy);
			return -1;
		}
	}
	free(st->broken_copy);
	st->broken_copy = copy;
	return 0;
}

/* Step 2: read the file again under the lock and merge it in. */
static int
bookmark_save_merge(struct bookmark_store *st, char **cause)
{
	struct diag_list dl = { 0 };
	struct bm_read r;
	int rc = 0;

	if (bookmark_file_read(st->path, st, &dl, &r, cause) != 0)
		rc = -1;
	else if (r.version > BOOKMARK_FILE_VERSION) {
		st->read_only = true;
		*cause = xasprintf(_("%s: written by a newer kanbao; not replaced"),
		    st->path);
		rc = -1;
	} else if (r.bad > 0 && (rc = bookmark_keep_broken(st, &r.text,
	    cause)) == 0)
		diag_add(&st->diags, DIAG_WARNING, st->path, 0, -1,
		    ngettext("%zu broken line dropped; the file as it was is kept in %s",
		    "%zu broken lines dropped; the file as it was is kept in %s", r.bad),
		    r.bad, st->broken_copy);
	diag_list_free(&dl);
	strbuf_free(&r.text);
	return rc;
}

static int
bookmark_save_locked(struct bookmark_store *st, char **cause)
{
	struct strbuf data = STRBUF_INIT;
	char *tmp;
	int rc;

	if (bookmark_save_merge(st, cause) != 0)
		return -1;
	bookmark_crash_point();
	bookmark_serialise(&data, st);
	tmp = xasprintf("%s.tmp", st->path);
	rc = bookmark_replace(st->path, tmp, &data, cause);
	free(tmp);
	strbuf_free(&data);
	return rc;
}

/* mkdir -p of the directory part of path. */
static int
bookmark_make_dir(const char *path, char **cause)
{
	char *dir = NULL;

	if (atomicfile_mkdirs(path, &dir) == 0)
		return 0;
	*cause = bookmark_errno_cause(N_("create"), dir);
	free(dir);
	return -1;
}

int
bookmark_store_save(struct bookmark_store *st, char **cause)
{
	int fd, rc;

	if (st->path == NULL) {
		st->dirty = false;
		return 0;
	}
	if (!st->dirty)
		return 0;
	if (st->read_only) {
		*cause = xasprintf(_("%s: written by a newer kanbao; not replaced"),
		    st->path);
		return -1;
	}
	if (bookmark_make_dir(st->path, cause) != 0 ||
	    (fd = bookmark_lock(st->path, cause)) < 0)
		return -1;
	bookmark_crash_point();
	rc = bookmark_save_locked(st, cause);
	close(fd);			/* step 7: unlocks */
	if (rc == 0)
		st->dirty = false;
	return rc;
}

int
bookmark_store_export(const struct bookmark_store *st, const char *path,
    char **cause)
{
	struct strbuf data = STRBUF_INIT;
	char *tmp;
	struct stat sb;
	int fd, rc = -1;

	bookmark_serialise(&data, st);
	/* A symbolic link, a FIFO or a device is written through, never
	 * replaced by a regular file. */
	if (lstat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		if ((rc = atomicfile_save(path, data.s ? data.s : "", data.len,
		    0600)) != 0)
			*cause = bookmark_errno_cause(N_("write"), path);
		strbuf_free(&data);
		return rc;
	}
	tmp = xasprintf("%s.XXXXXX", path);
	if ((fd = mkstemp(tmp)) < 0)
		*cause = bookmark_errno_cause(N_("create a file beside"), path);
	else {
		close(fd);
		rc = bookmark_replace(path, tmp, &data, cause);
	}
	free(tmp);
	strbuf_free(&data);
	return rc;
}
