/* SPDX-License-Identifier: ISC */
/* archive.c: publications, issues and pages on disk (see archive.h).
 *
 * Listing only reads directories, so a ten-year daily lists as fast as a
 * one-year one; page files are opened when a page is loaded. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "i18n.h"
#include "archive_db.h"
#include "readfile.h"
#include "loader.h"
#include "pagetext.h"
#include "pubconf.h"
#include "xalloc.h"

/* A page larger than this is refused with a diagnostic, not read: no
 * printed page comes near it, and reading it would only exhaust memory. */
#define ARCHIVE_MAX_PAGE_BYTES	((size_t)256 << 20)

enum entry_kind { ENTRY_OTHER, ENTRY_DIR, ENTRY_FILE };

static bool
archive_is_date(const char *s, size_t len)
{
	static const char pat[] = "dddd-dd-dd";
	size_t i;

	if (len != sizeof pat - 1)
		return false;
	for (i = 0; i < len; i++)
		if (pat[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-')
			return false;
	return true;
}

/* Why a YYYY-MM-DD name is no date ("month 13"), or NULL when it is one:
 * a directory 2024-13-45/ is reported, not listed as an issue. */
static const char *
archive_date_problem(const char *s)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = atoi(s), m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (m < 1 || m > 12)
		return _("no such month");
	if (d < 1 || d > days[m - 1] || (m == 2 && d == 29 && !leap))
		return _("no such day in that month");
	return NULL;
}

static bool
archive_has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Page and issue files: text, XML (NITF, NewsML, ALTO, METS), PDF, wire
 * copy.  Which loader reads one is decided by its content. */
static const char *const archive_exts[] = { ".txt", ".xml", ".pdf", ".tst",
    ".nitf", NULL };

/* The extension of name when it is one of archive_exts, else NULL. */
static const char *
archive_page_ext(const char *name)
{
	size_t i;

	for (i = 0; archive_exts[i]; i++)
		if (archive_has_suffix(name, archive_exts[i]))
			return archive_exts[i];
	return NULL;
}

/* "NN.txt", "NN.pdf", "NN.xml" …: digits, then the extension. */
static bool
archive_is_page_name(const char *name)
{
	const char *p = name;

	while (*p >= '0' && *p <= '9')
		p++;
	return p > name && p - name <= 4 && archive_page_ext(name) &&
	    strcmp(p, archive_page_ext(name)) == 0;
}

/* YYYY-MM-DD.txt (form feeds), .pdf (a page each) or .xml (METS). */
static bool
archive_is_issue_file(const char *name)
{
	const char *ext = archive_page_ext(name);

	return ext && (strcmp(ext, ".tst") != 0 && strcmp(ext, ".nitf") != 0) &&
	    archive_is_date(name, strlen(name) - strlen(ext));
}

/* name without its page extension. */
static void
archive_strip_ext(char *name)
{
	const char *ext = archive_page_ext(name);

	if (ext)
		name[strlen(name) - strlen(ext)] = '\0';
}

/* What the entry name of dir is, readdir having said type (d_type). */
static enum entry_kind
archive_kind_of(const char *dir, const char *name, unsigned char type)
{
	struct stat st;
	char *path;
	enum entry_kind k = ENTRY_OTHER;

	if (type == DT_DIR)
		return ENTRY_DIR;
	if (type == DT_REG)
		return ENTRY_FILE;
	path = xasprintf("%s/%s", dir, name);
	if (stat(path, &st) == 0)
		k = S_ISDIR(st.st_mode) ? ENTRY_DIR :
		    S_ISREG(st.st_mode) ? ENTRY_FILE : ENTRY_OTHER;
	free(path);
	return k;
}

static enum entry_kind
archive_entry_kind(const char *dir, const struct dirent *de)
{
	return archive_kind_of(dir, de->d_name, de->d_type);
}

/* --- directories read once while opening ------------------------------- */

/* A directory's entries as readdir gave them.  Opening an archive asks
 * of the same directories whether editions lie below them, what they
 * hold, and then lists their issues: kept here for the length of one
 * archive_open, a ten-year daily's 3,650 issue directories are read
 * once instead of three times. */
struct archive_dir {
	char		*path;
	int		 err;		/* errno when it cannot be read, else 0 */
	size_t		 n;
	char		**names;
	unsigned char	*types;		/* d_type of each */
};

struct archive_dirs {
	struct archive_dir **v;
	size_t		 n, cap;
};

/* dir's entries, read the first time they are asked for. */
static const struct archive_dir *
archive_read_dir(struct archive_dirs *dirs, const char *dir)
{
	struct archive_dir *l;
	size_t i, cap = 0;
	struct dirent *de;
	DIR *d;

	for (i = dirs->n; i > 0; i--)
		if (strcmp(dirs->v[i - 1]->path, dir) == 0)
			return dirs->v[i - 1];
	l = xcalloc(1, sizeof *l);
	l->path = xstrdup(dir);
	if ((d = opendir(dir)) == NULL)
		l->err = errno;
	else {
		while ((de = readdir(d)) != NULL) {
			if (l->n == cap) {
				l->names = xgrow(l->names, &cap, l->n + 1,
				    sizeof *l->names);
				l->types = xrealloc(l->types, cap);
			}
			l->names[l->n] = xstrdup(de->d_name);
			l->types[l->n++] = de->d_type;
		}
		closedir(d);
	}
	dirs->v = xgrow(dirs->v, &dirs->cap, dirs->n + 1, sizeof *dirs->v);
	return dirs->v[dirs->n++] = l;
}

static void
archive_dirs_free(struct archive_dirs *dirs)
{
	size_t i, j;

	for (i = 0; i < dirs->n; i++) {
		for (j = 0; j < dirs->v[i]->n; j++)
			free(dirs->v[i]->names[j]);
		free(dirs->v[i]->names);
		free(dirs->v[i]->types);
		free(dirs->v[i]->path);
		free(dirs->v[i]);
	}
	free(dirs->v);
}

static char *
archive_basename(const char *path)
{
	size_t n = strlen(path);
	const char *slash;

	while (n > 1 && path[n - 1] == '/')
		n--;
	slash = memrchr(path, '/', n);
	if (slash == NULL)
		return xstrndup(path, n);
	return xstrndup(slash + 1, n - (size_t)(slash + 1 - path));
}

/* The parent of path ("." when it has none). */
static char *
archive_dirname(const char *path)
{
	char *copy = xstrdup(path), *slash;
	size_t n = strlen(copy);

	while (n > 1 && copy[n - 1] == '/')
		copy[--n] = '\0';
	slash = strrchr(copy, '/');
	if (slash == NULL) {
		free(copy);
		return xstrdup(".");
	}
	if (slash == copy)
		slash[1] = '\0';
	else
		*slash = '\0';
	return copy;
}

/* --- Chronicling America (NDNP) batches ----------------------------------- */

/* An edition directory of a batch, BATCH/data/LCCN/REEL/YYYYMMDDEE: the
 * date, then the edition (01 for the first of the day). */
static bool
archive_is_edition(const char *s)
{
	size_t i;
	int month, day;

	if (strlen(s) != 10)
		return false;
	for (i = 0; i < 10; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	month = (s[4] - '0') * 10 + (s[5] - '0');
	day = (s[6] - '0') * 10 + (s[7] - '0');
	return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* "1859022101" -> "1859-02-21". */
static char *
archive_edition_date(const char *name)
{
	return xasprintf("%.4s-%.2s-%.2s", name, name + 4, name + 6);
}

/* Which of depths 1..depth have an edition directory that many levels
 * below dir: bit d-1 set when some child of dir, d levels down, is one
 * (depth 1: dir is a reel; 2: an LCCN; 3: a batch's data/).  One walk
 * answers every depth, so a publication of thousands of issues is read
 * once, not once per depth asked.  The walk stops once the deepest bit is
 * set; the shallower bits are exact only when it is not. */
static unsigned
archive_edition_depths(struct archive_dirs *dirs, const char *dir, int depth)
{
	const struct archive_dir *l = archive_read_dir(dirs, dir);
	unsigned top = 1u << (depth - 1), got = 0;
	size_t i;

	for (i = 0; i < l->n && !(got & top); i++) {
		const char *n = l->names[i];
		char *path;

		if (n[0] == '.' || archive_kind_of(dir, n, l->types[i]) != ENTRY_DIR)
			continue;
		if (archive_is_edition(n))
			got |= 1;
		/* An ordinary archive's issue directories are not opened. */
		if (depth == 1 || archive_is_date(n, strlen(n)))
			continue;
		path = xasprintf("%s/%s", dir, n);
		got |= archive_edition_depths(dirs, path, depth - 1) << 1;
		free(path);
	}
	return got;
}

/* Whether some child of dir, depth levels down, is an edition directory. */
static bool
archive_has_editions(struct archive_dirs *dirs, const char *dir, int depth)
{
	return (archive_edition_depths(dirs, dir, depth) >> (depth - 1)) & 1;
}

/* Whether path is an edition's METS, EDITION/EDITION.xml. */
static bool
archive_is_edition_mets(const char *path)
{
	char *dir = archive_dirname(path), *name = archive_basename(dir);
	char *file = archive_basename(path);
	bool yes = archive_is_edition(name) && strncmp(file, name, 10) == 0 &&
	    strcmp(file + 10, ".xml") == 0;

	free(dir);
	free(name);
	free(file);
	return yes;
}

/* The data/ directory of a batch directory, or NULL. */
static char *
archive_batch_data(struct archive_dirs *dirs, const char *dir)
{
	char *data = xasprintf("%s/data", dir);

	if (archive_has_editions(dirs, data, 3))
		return data;
	free(data);
	return NULL;
}

/* --- staying inside the archive ------------------------------------------ */

/* Whether real (a resolved path) is dir or below it. */
static int
archive_under(const char *real, const char *dir)
{
	size_t n = strlen(dir);

	if (n == 1 && dir[0] == '/')
		return 1;
	return strncmp(real, dir, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

int
archive_path_allowed(const struct archive *a, const char *path,
    struct diag_list *dl)
{
	struct stat st;
	char *real;
	int ok;

	if (a->confine == NULL)
		return 1;
	if ((real = realpath(path, NULL)) == NULL) {
		/* Nothing there at all: reading it fails on its own.  A dangling
		 * link could be pointed anywhere later: refused. */
		if (errno == ENOENT && lstat(path, &st) != 0)
			return 1;
		if (dl != NULL)
			diag_add(dl, DIAG_ERROR, path, 0, -1,
			    _("cannot resolve (%s); not followed"), strerror(errno));
		return 0;
	}
	ok = archive_under(real, a->confine);
	free(real);
	if (!ok && dl != NULL)
		diag_add(dl, DIAG_ERROR, path, 0, -1,
		    _("leads outside the archive; not followed"));
	return ok;
}

/* --- building the tree --------------------------------------------------- */

static struct publication *
archive_add_publication(struct archive *a, const char *id, const char *dir)
{
	struct publication *pub;
	size_t cap = a->n_pubs;

	a->pubs = xgrow(a->pubs, &cap, a->n_pubs + 1, sizeof *a->pubs);
	pub = &a->pubs[a->n_pubs++];
	memset(pub, 0, sizeof *pub);
	pub->id = xstrdup(id);
	if (dir) {
		char *conf = xasprintf("%s/%s", dir, PUBCONF_FILE);

		if (archive_path_allowed(a, conf, &a->diags))
			pubconf_read(pub, dir, &a->diags);
		free(conf);
	}
	if (pub->name == NULL)
		pub->name = xstrdup(id);
	return pub;
}

/* The capacity xgrow has given an array of n elements grown one at a
 * time from nothing (8, then doubled): not kept beside the array.  Taking
 * n itself for it made every addition a reallocation. */
static size_t
archive_grown_cap(size_t n)
{
	size_t cap = 8;

	if (n == 0)
		return 0;
	while (cap < n)
		cap *= 2;
	return cap;
}

static struct issue *
archive_add_issue(struct publication *pub, const char *date, const char *path,
    bool single_file)
{
	struct issue *is;
	size_t cap = archive_grown_cap(pub->n_issues);

	pub->issues = xgrow(pub->issues, &cap, pub->n_issues + 1,
	    sizeof *pub->issues);
	is = &pub->issues[pub->n_issues++];
	memset(is, 0, sizeof *is);
	is->date = xstrdup(date);
	is->path = xstrdup(path);
	is->single_file = single_file;
	return is;
}

static struct page *
archive_add_page(struct issue *is, int number, const char *path, int part)
{
	struct page *p;
	size_t cap = is->n_pages;

	is->pages = xgrow(is->pages, &cap, is->n_pages + 1, sizeof *is->pages);
	p = &is->pages[is->n_pages++];
	memset(p, 0, sizeof *p);
	p->number = number;
	p->name = xasprintf("%02d", number);
	p->path = xstrdup(path);
	p->part = part;
	return p;
}

static int
archive_issue_cmp(const void *x, const void *y)
{
	const struct issue *a = x, *b = y;
	int c = strcmp(a->date, b->date);

	/* Editions of one day in the order of their directories. */
	return c ? c : strcmp(a->path, b->path);
}

static int
archive_page_cmp(const void *x, const void *y)
{
	const struct page *a = x, *b = y;

	return (a->number > b->number) - (a->number < b->number);
}

static int
archive_pub_cmp(const void *x, const void *y)
{
	const struct publication *a = x, *b = y;

	return strcmp(a->id, b->id);
}

/* Structures were moved by realloc and qsort: point children at parents. */
static void
archive_fix_parents(struct archive *a)
{
	size_t i, j, k;

	for (i = 0; i < a->n_pubs; i++) {
		struct publication *pub = &a->pubs[i];

		pub->archive = a;
		for (j = 0; j < pub->n_issues; j++) {
			pub->issues[j].publication = pub;
			for (k = 0; k < pub->issues[j].n_pages; k++)
				pub->issues[j].pages[k].issue = &pub->issues[j];
		}
	}
}

/* Every issue of a publication directory: YYYY-MM-DD/ and YYYY-MM-DD.txt. */
static void
archive_scan_publication(struct archive *a, struct archive_dirs *dirs,
    const char *dir, const char *id)
{
	struct publication *pub = archive_add_publication(a, id, dir);
	const struct archive_dir *l = archive_read_dir(dirs, dir);
	size_t i;

	if (l->err != 0) {
		diag_add(&a->diags, DIAG_ERROR, dir, 0, -1, _("cannot read: %s"),
		    strerror(l->err));
		return;
	}
	for (i = 0; i < l->n; i++) {
		const char *n = l->names[i];
		const char *bad;
		char *path;

		if ((archive_is_date(n, strlen(n)) || archive_is_issue_file(n)) &&
		    (bad = archive_date_problem(n)) != NULL) {
			path = xasprintf("%s/%s", dir, n);
			diag_add(&a->diags, DIAG_WARNING, path, 0, -1,
			    _("not an issue: %.10s is not a date (%s)"), n, bad);
			free(path);
			continue;
		}
		if (archive_is_date(n, strlen(n))) {
			if (archive_kind_of(dir, n, l->types[i]) != ENTRY_DIR)
				continue;
			path = xasprintf("%s/%s", dir, n);
			if (archive_path_allowed(a, path, &a->diags))
				archive_add_issue(pub, n, path, false);
		} else if (archive_is_issue_file(n)) {
			char *date = xstrndup(n, 10);

			path = xasprintf("%s/%s", dir, n);
			if (archive_path_allowed(a, path, &a->diags))
				archive_add_issue(pub, date, path, true);
			free(date);
		} else
			continue;
		free(path);
	}
	if (pub->n_issues > 1)	/* qsort(NULL, 0, ...) is undefined */
		qsort(pub->issues, pub->n_issues, sizeof *pub->issues, archive_issue_cmp);
}

void
archive_issue_edition(struct issue *is, int edition)
{
	/* A second edition of the day says so in lists, and in its ids. */
	if (edition <= 1)
		return;
	free(is->title);
	is->title = xasprintf(_("edition %d"), edition);
	free(is->key);
	is->key = xasprintf("%s-ed%d", is->date, edition);
}

int
archive_path_edition(const char *path)
{
	const char *base = strrchr(path, '/');
	char name[16];
	size_t n;

	base = base ? base + 1 : path;
	n = strcspn(base, ".");
	if (n != 10)
		return 0;
	memcpy(name, base, n);
	name[n] = '\0';
	return archive_is_edition(name) ? atoi(name + 8) : 0;
}

/* One edition of a batch: its METS (EDITION/EDITION.xml) is the issue and
 * names the pages' ALTO files in page order; without a METS, the
 * directory's page files are the pages. */
static void
archive_add_edition(struct archive *a, struct publication *pub,
    const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *mets = xasprintf("%s/%s.xml", path, name);
	char *date = archive_edition_date(name);
	struct stat st;

	if (archive_path_allowed(a, path, &a->diags)) {
		struct issue *is;
		int edition = atoi(name + 8);

		if (stat(mets, &st) == 0 && S_ISREG(st.st_mode) &&
		    archive_path_allowed(a, mets, &a->diags))
			is = archive_add_issue(pub, date, mets, true);
		else
			is = archive_add_issue(pub, date, path, false);
		archive_issue_edition(is, edition);
	}
	free(path);
	free(mets);
	free(date);
}

/* How much of an edition's METS is read for the title's name: the root
 * element's LABEL comes first. */
#define ARCHIVE_METS_HEAD	8192

/* The title's name from an edition's METS: its LABEL, "The Harborton Ledger,
 * 1901-05-04", without the date.  NULL when there is none. */
static char *
archive_mets_label(const char *mets)
{
	char buf[ARCHIVE_METS_HEAD + 1], *p, *end, *out, *o;
	int fd = readfile_open(mets, NULL);
	ssize_t n = fd >= 0 ? read(fd, buf, ARCHIVE_METS_HEAD) : -1;
	size_t k;

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	if ((p = strstr(buf, "<mets")) == NULL || (end = strchr(p, '>')) == NULL)
		return NULL;
	*end = '\0';
	if ((p = strstr(p, " LABEL=\"")) == NULL ||
	    (end = strchr(p += 8, '"')) == NULL)
		return NULL;
	/* ", YYYY-MM-DD" at the end is the issue's date. */
	if (end - p > 12 && archive_is_date(end - 10, 10) && end[-12] == ',')
		end -= 12;
	out = o = xstrndup(p, (size_t)(end - p));
	for (p = out; *p; p++) {
		static const struct { const char *e; char c; } ent[] = {
			{ "&amp;", '&' }, { "&quot;", '"' }, { "&apos;", '\'' },
			{ "&lt;", '<' }, { "&gt;", '>' } };

		for (k = 0; k < sizeof ent / sizeof *ent; k++)
			if (strncmp(p, ent[k].e, strlen(ent[k].e)) == 0)
				break;
		*o++ = k < sizeof ent / sizeof *ent ? ent[k].c : *p;
		if (k < sizeof ent / sizeof *ent)
			p += strlen(ent[k].e) - 1;
	}
	*o = '\0';
	if (*out == '\0') {
		free(out);
		return NULL;
	}
	return out;
}

/* The editions of a reel directory. */
static void
archive_scan_reel(struct archive *a, struct publication *pub, const char *reel)
{
	DIR *d = opendir(reel);
	struct dirent *de;

	if (d == NULL) {
		diag_add(&a->diags, DIAG_ERROR, reel, 0, -1, _("cannot read: %s"),
		    strerror(errno));
		return;
	}
	while ((de = readdir(d)) != NULL)
		if (archive_is_edition(de->d_name) &&
		    archive_entry_kind(reel, de) == ENTRY_DIR)
			archive_add_edition(a, pub, reel, de->d_name);
	closedir(d);
}

/* A title named by no publication.conf is named as its newest edition's
 * METS names it. */
static void
archive_title_name(struct publication *pub)
{
	size_t i = pub->n_issues;
	char *label;

	if (strcmp(pub->name, pub->id) != 0)
		return;
	while (i-- > 0)
		if (pub->issues[i].single_file &&
		    (label = archive_mets_label(pub->issues[i].path)) != NULL) {
			free(pub->name);
			pub->name = label;
			return;
		}
}

/* A title's directory, data/LCCN: its reels' editions are its issues.  A
 * title spread over several batches is one publication.  reel_only: dir
 * is one reel, id its title's. */
static void
archive_scan_title(struct archive *a, const char *dir, const char *id,
    bool reel_only)
{
	struct publication *pub = archive_find_publication(a, id);
	DIR *d;
	struct dirent *de;

	if (pub == NULL)
		pub = archive_add_publication(a, id, reel_only ? NULL : dir);
	if (reel_only)
		archive_scan_reel(a, pub, dir);
	else if ((d = opendir(dir)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			char *reel;

			if (de->d_name[0] == '.' ||
			    archive_entry_kind(dir, de) != ENTRY_DIR)
				continue;
			reel = xasprintf("%s/%s", dir, de->d_name);
			if (archive_path_allowed(a, reel, &a->diags))
				archive_scan_reel(a, pub, reel);
			free(reel);
		}
		closedir(d);
	}
	if (pub->n_issues > 1)
		qsort(pub->issues, pub->n_issues, sizeof *pub->issues, archive_issue_cmp);
	archive_title_name(pub);
}

/* A batch's data/ directory: a publication for each title (LCCN). */
static void
archive_scan_batch(struct archive *a, struct archive_dirs *dirs,
    const char *data)
{
	DIR *d = opendir(data);
	struct dirent *de;

	if (d == NULL) {
		diag_add(&a->diags, DIAG_ERROR, data, 0, -1, _("cannot read: %s"),
		    strerror(errno));
		return;
	}
	while ((de = readdir(d)) != NULL) {
		char *path;

		if (de->d_name[0] == '.' || archive_entry_kind(data, de) != ENTRY_DIR)
			continue;
		path = xasprintf("%s/%s", data, de->d_name);
		if (archive_path_allowed(a, path, &a->diags) &&
		    archive_has_editions(dirs, path, 2))
			archive_scan_title(a, path, de->d_name, false);
		free(path);
	}
	closedir(d);
}

/* What a directory given by the user holds. */
enum dir_kind { DIR_ARCHIVE, DIR_PUBLICATION, DIR_ISSUE };

static enum dir_kind
archive_classify_dir(struct archive_dirs *dirs, const char *dir)
{
	const struct archive_dir *l = archive_read_dir(dirs, dir);
	enum dir_kind k = DIR_ARCHIVE;
	size_t i;

	for (i = 0; i < l->n; i++) {
		const char *n = l->names[i];

		if (archive_is_page_name(n)) {
			k = DIR_ISSUE;
			break;
		}
		if (archive_is_date(n, strlen(n)) || archive_is_issue_file(n))
			k = DIR_PUBLICATION;
	}
	return k;
}

static void
archive_scan_root(struct archive *a, struct archive_dirs *dirs,
    const char *root)
{
	DIR *d = opendir(root);
	struct dirent *de;

	if (d == NULL) {
		diag_add(&a->diags, DIAG_ERROR, root, 0, -1, _("cannot read: %s"),
		    strerror(errno));
		return;
	}
	while ((de = readdir(d)) != NULL) {
		char *path;

		if (de->d_name[0] == '.' || archive_entry_kind(root, de) != ENTRY_DIR)
			continue;
		path = xasprintf("%s/%s", root, de->d_name);
		if (archive_path_allowed(a, path, &a->diags)) {
			char *data = archive_batch_data(dirs, path);

			if (data)
				archive_scan_batch(a, dirs, data);
			else
				archive_scan_publication(a, dirs, path, de->d_name);
			free(data);
		}
		free(path);
	}
	closedir(d);
	if (a->n_pubs > 1)
		qsort(a->pubs, a->n_pubs, sizeof *a->pubs, archive_pub_cmp);
}

/* An issue directory or file named on its own: its publication is the
 * directory above it. */
static void
archive_open_issue(struct archive *a, const char *path, bool single_file)
{
	char *parent = archive_dirname(path);
	char *pubid = archive_basename(parent);
	char *name = archive_basename(path);
	struct publication *pub;

	/* A batch's edition: its title (LCCN) is two levels up. */
	if (!single_file && archive_is_edition(name)) {
		char *title = archive_dirname(parent);

		free(pubid);
		pubid = archive_basename(title);
		pub = archive_add_publication(a, pubid, title);
		archive_add_edition(a, pub, parent, name);
		archive_title_name(pub);
		free(title);
	} else {
		pub = archive_add_publication(a, pubid, parent);
		if (single_file)
			archive_strip_ext(name);
		if (archive_is_date(name, strlen(name)) &&
		    archive_date_problem(name) != NULL)
			diag_add(&a->diags, DIAG_ERROR, path, 0, -1,
			    _("not an issue: %s is not a date (%s)"), name,
			    archive_date_problem(name));
		else
			archive_add_issue(pub, name, path, single_file);
	}
	free(parent);
	free(pubid);
	free(name);
}

/* A single page file: its issue is the directory above it when that is
 * dated, else the file stands for an issue of one page. */
static void
archive_open_page_file(struct archive *a, const char *path)
{
	char *parent = archive_dirname(path);
	char *pname = archive_basename(parent);
	char *name = archive_basename(path);

	if (archive_is_issue_file(name))
		archive_open_issue(a, path, true);
	else if (archive_is_edition_mets(path)) {
		/* A batch edition's METS: the edition is the issue. */
		char *reel = archive_dirname(parent);
		char *title = archive_dirname(reel);
		char *lccn = archive_basename(title);
		struct publication *pub = archive_add_publication(a, lccn, title);
		char *date = archive_edition_date(pname);

		archive_add_issue(pub, date, path, true);
		archive_title_name(pub);
		free(reel);
		free(title);
		free(lccn);
		free(date);
	} else if (archive_is_page_name(name) && archive_is_date(pname, strlen(pname))) {
		char *grand = archive_dirname(parent);
		char *gname = archive_basename(grand);
		struct publication *pub = archive_add_publication(a, gname, grand);
		struct issue *is = archive_add_issue(pub, pname, parent, false);

		archive_add_page(is, atoi(name), path, -1);
		is->scanned = true;
		a->scope = SCOPE_PAGE;
		free(grand);
		free(gname);
	} else {
		struct publication *pub = archive_add_publication(a, pname, parent);
		struct issue *is;

		archive_strip_ext(name);
		is = archive_add_issue(pub, name, path, true);
		(void)is;
	}
	free(parent);
	free(pname);
	free(name);
}

/* A batch directory, its data/, a title or a reel of a batch: read as
 * such.  Returns whether path was one. */
static bool
archive_open_batch(struct archive *a, struct archive_dirs *dirs,
    const char *path)
{
	char *data = archive_batch_data(dirs, path), *id, *parent;
	unsigned depths = data != NULL ? 0 : archive_edition_depths(dirs, path, 3);

	if (data != NULL || (depths & 4)) {
		a->scope = SCOPE_ARCHIVE;
		archive_scan_batch(a, dirs, data ? data : path);
		if (a->n_pubs > 1)
			qsort(a->pubs, a->n_pubs, sizeof *a->pubs, archive_pub_cmp);
		free(data);
		return true;
	}
	if (depths & 2) {
		a->scope = SCOPE_PUBLICATION;
		id = archive_basename(path);
		archive_scan_title(a, path, id, false);
		free(id);
		return true;
	}
	if (depths & 1) {
		a->scope = SCOPE_PUBLICATION;
		parent = archive_dirname(path);
		id = archive_basename(parent);
		archive_scan_title(a, path, id, true);
		free(parent);
		free(id);
		return true;
	}
	return false;
}

static struct archive *
archive_open_as(const char *path, const char *forced_charset, bool confined)
{
	struct archive *a = xcalloc(1, sizeof *a);
	struct archive_dirs dirs = { NULL, 0, 0 };
	struct stat st;

	a->root = xstrdup(path);
	a->forced_charset = forced_charset ? xstrdup(forced_charset) : NULL;
	/* Unresolvable: "/" would confine nothing, so nothing is opened. */
	if (confined && (a->confine = realpath(path, NULL)) == NULL)
		diag_add(&a->diags, DIAG_ERROR, path, 0, -1, _("cannot open: %s"),
		    strerror(errno));
	else if (stat(path, &st) != 0)
		diag_add(&a->diags, DIAG_ERROR, path, 0, -1, _("cannot open: %s"),
		    strerror(errno));
	else if (S_ISREG(st.st_mode)) {
		a->scope = SCOPE_ISSUE;
		archive_open_page_file(a, path);
	}
	else if (!S_ISDIR(st.st_mode))
		diag_add(&a->diags, DIAG_ERROR, path, 0, -1,
		    _("not a file or directory"));
	else if (archive_open_batch(a, &dirs, path))
		;
	else {
		switch (archive_classify_dir(&dirs, path)) {
		case DIR_ISSUE:
			a->scope = SCOPE_ISSUE;
			archive_open_issue(a, path, false);
			break;
		case DIR_PUBLICATION: {
			char *id;

			a->scope = SCOPE_PUBLICATION;
			id = archive_basename(path);
			archive_scan_publication(a, &dirs, path, id);
			free(id);
			break;
		}
		case DIR_ARCHIVE:
			archive_scan_root(a, &dirs, path);
			break;
		}
	}
	archive_dirs_free(&dirs);
	archive_fix_parents(a);
	return a;
}

struct archive *
archive_open(const char *path, const char *forced_charset)
{
	return archive_open_as(path, forced_charset, false);
}

struct archive *
archive_open_confined(const char *path, const char *forced_charset)
{
	return archive_open_as(path, forced_charset, true);
}

void
archive_free(struct archive *a)
{
	size_t i, j, k;

	if (a == NULL)
		return;
	for (i = 0; i < a->n_pubs; i++) {
		struct publication *pub = &a->pubs[i];

		for (j = 0; j < pub->n_issues; j++) {
			struct issue *is = &pub->issues[j];

			for (k = 0; k < is->n_pages; k++) {
				page_unload(&is->pages[k]);
				free(is->pages[k].name);
				free(is->pages[k].path);
			}
			free(is->pages);
			free(is->date);
			free(is->key);
			free(is->title);
			free(is->path);
		}
		free(pub->issues);
		free(pub->id);
		free(pub->name);
		free(pub->charset);
		free(pub->lang);
	}
	free(a->pubs);
	diag_list_free(&a->diags);
	archive_db_close(a->db);
	free(a->root);
	free(a->confine);
	free(a->forced_charset);
	free(a);
}

/* --- reading files ------------------------------------------------------- */

static struct diag_list *
issue_diags(const struct issue *is)
{
	return &is->publication->archive->diags;
}

/* The whole file, or NULL with a diagnostic.  Caller frees. */
static unsigned char *
archive_read_file(const char *path, size_t *len, struct diag_list *diags)
{
	struct stat st;
	int fd = readfile_open(path, &st);
	unsigned char *buf = NULL;
	size_t got = 0;
	ssize_t r;

	if (fd < 0) {
		diag_add(diags, DIAG_ERROR, path, 0, -1, _("cannot read: %s"),
		    readfile_strerror(errno));
		return NULL;
	}
	if ((size_t)st.st_size > ARCHIVE_MAX_PAGE_BYTES) {
		diag_add(diags, DIAG_ERROR, path, 0, -1,
		    _("too large for a page (%lld bytes; the limit is %zu MiB); not read"),
		    (long long)st.st_size, ARCHIVE_MAX_PAGE_BYTES >> 20);
		close(fd);
		return NULL;
	}
	buf = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size &&
	    (r = read(fd, buf + got, (size_t)st.st_size - got)) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			diag_add(diags, DIAG_ERROR, path, 0, (long long)got,
			    _("read error: %s"), strerror(errno));
			free(buf);
			close(fd);
			return NULL;
		}
		got += (size_t)r;
	}
	close(fd);
	buf[got] = '\0';
	*len = got;
	return buf;
}

static unsigned long
archive_count_lines(const unsigned char *buf, size_t n)
{
	unsigned long lines = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (buf[i] == '\n')
			lines++;
	return lines;
}

/* Form feeds are split on the raw bytes: 0x0C is never a trail byte in
 * GB18030, Big5 or Shift_JIS, so this is safe before decoding. */
static void
issue_scan_file(struct issue *is)
{
	size_t len, n, i, *starts, *lens;
	unsigned long lines;
	unsigned char *buf = NULL;
	const struct loader *ld;

	/* Checked again when read: a link may have changed since the scan. */
	if (archive_path_allowed(is->publication->archive, is->path, issue_diags(is)))
		buf = archive_read_file(is->path, &len, issue_diags(is));
	if (buf == NULL)
		return;
	/* A PDF or METS issue: the loader counts its pages. */
	ld = loader_for(is->path, buf, len < 4096 ? len : 4096);
	if (ld && ld->parts) {
		n = (size_t)ld->parts(is->path, buf, len, issue_diags(is));
		for (i = 0; i < n; i++)
			archive_add_page(is, (int)i + 1, is->path, (int)i);
		free(buf);
		return;
	}
	n = pagetext_split_pages((const char *)buf, len, &starts, &lens);
	/* lines counted on from the page before: a file of thousands of
	 * pages is read once, not once a page */
	for (i = 0, lines = 0; i < n; i++) {
		struct page *p = archive_add_page(is, (int)i + 1, is->path, (int)i);

		lines += archive_count_lines(buf + (i ? starts[i - 1] : 0),
		    starts[i] - (i ? starts[i - 1] : 0));
		p->line_offset = lines;
	}
	free(starts);
	free(lens);
	free(buf);
}

/* Which of two files for one page is read: text (extracted from the
 * PDF beside it, as before other formats were read), then XML (a
 * library's ALTO beside its scan's PDF), then the rest. */
static int
archive_twin_rank(const char *path)
{
	return archive_has_suffix(path, ".txt") ? 0 :
	    archive_has_suffix(path, ".xml") ? 1 : 2;
}

/* 01.txt beside 01.pdf, 0007.xml beside 0007.pdf: one page, read from the
 * better file (archive_twin_rank). */
static void
issue_drop_twins(struct issue *is)
{
	size_t i, j = 0;

	for (i = 0; i < is->n_pages; i++) {
		struct page *p = &is->pages[i];

		if (j > 0 && is->pages[j - 1].number == p->number) {
			struct page *q = &is->pages[j - 1];

			if (archive_twin_rank(p->path) < archive_twin_rank(q->path)) {
				struct page t = *q;

				*q = *p;
				*p = t;
			}
			free(p->name);
			free(p->path);
			continue;
		}
		is->pages[j++] = *p;
	}
	is->n_pages = j;
}

static void
issue_scan_dir(struct issue *is)
{
	DIR *d = opendir(is->path);
	struct dirent *de;

	if (d == NULL) {
		diag_add(issue_diags(is), DIAG_ERROR, is->path, 0, -1,
		    _("cannot read: %s"), strerror(errno));
		return;
	}
	while ((de = readdir(d)) != NULL) {
		char *path;

		/* Anything page-named but a directory is a page: a dangling
		 * link or a FIFO gets its diagnostic when it is loaded. */
		if (!archive_is_page_name(de->d_name) ||
		    archive_entry_kind(is->path, de) == ENTRY_DIR)
			continue;
		path = xasprintf("%s/%s", is->path, de->d_name);
		if (archive_path_allowed(is->publication->archive, path,
		    issue_diags(is)))
			archive_add_page(is, atoi(de->d_name), path, -1);
		free(path);
	}
	closedir(d);
	if (is->n_pages > 1)
		qsort(is->pages, is->n_pages, sizeof *is->pages, archive_page_cmp);
	issue_drop_twins(is);
}

void
issue_scan(struct issue *is)
{
	size_t i;

	if (is->scanned)
		return;
	is->scanned = true;
	if (archive_is_db(is->publication->archive))
		archive_db_scan_issue(is);
	else if (is->single_file)
		issue_scan_file(is);
	else
		issue_scan_dir(is);
	/* A batch edition whose METS names no ALTO: its page files. */
	if (!archive_is_db(is->publication->archive) && is->single_file &&
	    is->n_pages == 0 && archive_is_edition_mets(is->path)) {
		char *dir = archive_dirname(is->path);

		free(is->path);
		is->path = dir;
		is->single_file = false;
		issue_scan_dir(is);
	}
	for (i = 0; i < is->n_pages; i++)
		is->pages[i].issue = is;
}

void
issue_check_files(struct issue *is)
{
	struct page *p;
	size_t i;
	int fd;

	issue_scan(is);
	for (i = 0; i < is->n_pages; i++) {
		p = &is->pages[i];
		/* Parts of one file: the scan read it already. */
		if (p->loaded || p->failed || p->part >= 0)
			continue;
		if (!archive_path_allowed(is->publication->archive, p->path,
		    issue_diags(is)))
			p->failed = true;
		else if ((fd = readfile_open(p->path, NULL)) < 0) {
			diag_add(issue_diags(is), DIAG_ERROR, p->path, 0, -1,
			    "cannot read: %s", readfile_strerror(errno));
			p->failed = true;
		} else
			close(fd);
	}
}

/* The bytes of one page: the file, or its part of a single-file issue. */
/* A single file's pages, read and split once for a whole issue. */
struct issue_parts {
	unsigned char	*buf;
	size_t		 len, n, *starts, *lens;
};

/* Read issue is's single file once, when its pages are text split at
 * form feeds (a PDF or METS is the loader's to split), for issue_load. */
static void
issue_parts_read(struct issue *is)
{
	struct issue_parts *c;
	const struct loader *ld;
	unsigned char *buf = NULL;
	size_t len;

	if (!is->single_file || is->n_pages < 2 ||
	    !archive_path_allowed(is->publication->archive, is->path,
	    issue_diags(is)) ||
	    (buf = archive_read_file(is->path, &len, issue_diags(is))) == NULL)
		return;
	ld = loader_for(is->path, buf, len < 4096 ? len : 4096);
	if (ld && ld->parts) {
		free(buf);
		return;
	}
	c = xcalloc(1, sizeof *c);
	c->buf = buf;
	c->len = len;
	c->n = pagetext_split_pages((const char *)buf, len, &c->starts, &c->lens);
	is->parts_cache = c;
}

static void
issue_parts_free(struct issue *is)
{
	struct issue_parts *c = is->parts_cache;

	if (c == NULL)
		return;
	free(c->buf);
	free(c->starts);
	free(c->lens);
	free(c);
	is->parts_cache = NULL;
}

/* Page p's bytes from the issue's file read once: a copy of its part. */
static unsigned char *
page_read_cached(struct page *p, const struct issue_parts *c, size_t *len)
{
	size_t k = (size_t)p->part;
	unsigned char *buf;

	*len = k < c->n ? c->lens[k] : 0;
	buf = xmalloc(*len + 1);
	if (*len)
		memcpy(buf, c->buf + c->starts[k], *len);
	buf[*len] = '\0';
	return buf;
}

static unsigned char *
page_read(struct page *p, size_t *len, size_t *skip)
{
	unsigned char *buf = NULL;
	size_t n, *starts, *lens;

	*skip = 0;
	if (p->issue->parts_cache != NULL && p->part >= 0)
		return page_read_cached(p, p->issue->parts_cache, len);
	if (archive_path_allowed(p->issue->publication->archive, p->path,
	    issue_diags(p->issue)))
		buf = archive_read_file(p->path, len, issue_diags(p->issue));
	if (buf == NULL || p->part < 0)
		return buf;
	/* PDF and METS parts are the loader's to find (page->part). */
	if (loader_for(p->path, buf, *len < 4096 ? *len : 4096) &&
	    loader_for(p->path, buf, *len < 4096 ? *len : 4096)->parts)
		return buf;
	n = pagetext_split_pages((const char *)buf, *len, &starts, &lens);
	if ((size_t)p->part < n) {
		*skip = starts[p->part];
		*len = lens[p->part];
	} else
		*len = 0;
	free(starts);
	free(lens);
	return buf;
}

void
page_load(struct page *p)
{
	struct publication *pub = p->issue->publication;
	struct load_options opt = { pub->archive->forced_charset, pub->charset,
	    pub->lang, NULL };
	const struct loader *ld;
	unsigned char *buf;
	size_t len, skip;

	if (p->loaded || p->failed)
		return;
	if (archive_is_db(pub->archive)) {
		archive_db_load_page(p);
		return;
	}
	if ((buf = page_read(p, &len, &skip)) == NULL) {
		p->failed = true;
		return;
	}
	opt.raw = &buf;
	ld = loader_for(p->path, buf + skip, len < 4096 ? len : 4096);
	if (ld == NULL || ld->load(p, buf + skip, len, &opt, issue_diags(p->issue)) != 0) {
		if (ld == NULL)
			diag_add(issue_diags(p->issue), DIAG_ERROR, p->path, 0, -1,
			    _("unknown page format; not read"));
		page_unload(p);
		p->failed = true;
	} else
		p->loaded = true;
	free(buf);
}

/* --- jumps between pages ------------------------------------------------- */

static struct page *
issue_page_numbered(struct issue *is, int number)
{
	size_t i;

	for (i = 0; i < is->n_pages; i++)
		if (is->pages[i].number == number)
			return &is->pages[i];
	return NULL;
}

/* Whether b continues a (or a continues b): the repeated headline, else the
 * same byline.  Headlines are compared by containment because a
 * continuation often repeats only the main deck. */
static bool
article_same_story(const struct article *a, const struct article *b)
{
	char *ha = article_headline(a, ""), *hb = article_headline(b, "");
	bool same = false;

	if (ha && hb && *ha && *hb)
		same = strstr(ha, hb) != NULL || strstr(hb, ha) != NULL;
	if (!same && a->byline.text && b->byline.text)
		same = strcmp(a->byline.text, b->byline.text) == 0;
	free(ha);
	free(hb);
	return same;
}

static bool
article_jumps_to(const struct article *a, enum jump_dir dir, int page)
{
	size_t i;

	for (i = 0; i < a->n_jumps; i++)
		if (a->jumps[i].dir == dir && a->jumps[i].page_number == page)
			return true;
	return false;
}

/* The other part of a's jump j on the page it names.  A story-matching
 * article that jumps back wins; else the only article jumping back; else a
 * story match. */
static const struct article *
issue_find_other_part(struct page *other, const struct article *a,
    const struct jump *j)
{
	enum jump_dir back = j->dir == JUMP_TO ? JUMP_FROM : JUMP_TO;
	const struct article *only = NULL, *story = NULL;
	size_t i, n_back = 0;

	for (i = 0; i < other->n_articles; i++) {
		const struct article *b = &other->articles[i];
		bool jumps_back = article_jumps_to(b, back, a->page->number);

		if (jumps_back && article_same_story(a, b))
			return b;
		if (jumps_back) {
			n_back++;
			only = b;
		} else if (story == NULL && article_same_story(a, b))
			story = b;
	}
	return n_back == 1 ? only : story;
}

void
issue_load(struct issue *is)
{
	size_t i, k, m;

	issue_scan(is);
	if (!archive_is_db(is->publication->archive))
		issue_parts_read(is);
	for (i = 0; i < is->n_pages; i++)
		page_load(&is->pages[i]);
	issue_parts_free(is);
	if (is->linked)
		return;
	is->linked = true;
	for (i = 0; i < is->n_pages; i++) {
		struct page *p = &is->pages[i];

		for (k = 0; k < p->n_articles; k++) {
			struct article *a = &p->articles[k];

			for (m = 0; m < a->n_jumps; m++) {
				struct page *other = issue_page_numbered(is,
				    a->jumps[m].page_number);

				if (other && other != p)
					a->jumps[m].target =
					    issue_find_other_part(other, a, &a->jumps[m]);
			}
		}
	}
}

/* --- ids ----------------------------------------------------------------- */

char *
issue_id(const struct issue *is)
{
	return xasprintf("%s/%s", is->publication->id, issue_key(is));
}

char *
page_id(const struct page *p)
{
	return xasprintf("%s/%s/%s", p->issue->publication->id, issue_key(p->issue),
	    p->name);
}

char *
article_id(const struct article *a)
{
	const struct page *p = a->page;

	return xasprintf("%s/%s/%s/%zu", p->issue->publication->id,
	    issue_key(p->issue), p->name, a->index);
}

/* Split id at '/' into at most 4 parts; returns the count. */
static size_t
archive_split_id(const char *id, char parts[4][256])
{
	size_t n = 0;
	const char *p = id, *slash;

	while (*p && n < 4) {
		size_t len;

		slash = strchr(p, '/');
		len = slash ? (size_t)(slash - p) : strlen(p);
		if (len >= 256)
			return 0;
		memcpy(parts[n], p, len);
		parts[n++][len] = '\0';
		if (slash == NULL)
			return n;
		p = slash + 1;
	}
	return *p ? 0 : n;
}

struct publication *
archive_find_publication(struct archive *a, const char *id)
{
	size_t i;

	for (i = 0; i < a->n_pubs; i++)
		if (strcmp(a->pubs[i].id, id) == 0)
			return &a->pubs[i];
	return NULL;
}

static struct issue *
archive_find_issue_parts(struct archive *a, char parts[4][256])
{
	struct publication *pub = archive_find_publication(a, parts[0]);
	size_t i;

	for (i = 0; pub && i < pub->n_issues; i++)
		if (strcmp(issue_key(&pub->issues[i]), parts[1]) == 0)
			return &pub->issues[i];
	return NULL;
}

static struct page *
archive_find_page_parts(struct archive *a, char parts[4][256])
{
	struct issue *is = archive_find_issue_parts(a, parts);
	size_t i;

	if (is == NULL)
		return NULL;
	issue_scan(is);
	for (i = 0; i < is->n_pages; i++)
		if (strcmp(is->pages[i].name, parts[2]) == 0 ||
		    is->pages[i].number == atoi(parts[2]))
			return &is->pages[i];
	return NULL;
}

struct issue *
archive_find_issue(struct archive *a, const char *id)
{
	char parts[4][256];

	if (archive_split_id(id, parts) != 2)
		return NULL;
	return archive_find_issue_parts(a, parts);
}

struct page *
archive_find_page(struct archive *a, const char *id)
{
	char parts[4][256];

	if (archive_split_id(id, parts) != 3)
		return NULL;
	return archive_find_page_parts(a, parts);
}

const struct article *
archive_find_article(struct archive *a, const char *id)
{
	char parts[4][256];
	struct page *p;
	char *end;
	unsigned long k;

	if (archive_split_id(id, parts) != 4)
		return NULL;
	if ((p = archive_find_page_parts(a, parts)) == NULL)
		return NULL;
	issue_load(p->issue);	/* jumps are linked across the issue */
	k = strtoul(parts[3], &end, 10);
	if (*end != '\0' || k == 0 || k > p->n_articles)
		return NULL;
	return &p->articles[k - 1];
}
