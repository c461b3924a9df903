/* SPDX-License-Identifier: ISC */
/* notes.c: proofreading notes in a sidecar file (see notes.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomicfile.h"
#include "i18n.h"
#include "notes.h"
#include "userconf.h"
#include "xalloc.h"

#define NOTES_HEADER	"kanbao-notes 1"

/* --- where ----------------------------------------------------------------- */

static char *
notes_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* The per-user store's file for page_path; NULL without a home. */
static char *
notes_user_path(const char *page_path)
{
	char *abs = realpath(page_path, NULL), *leaf, *r;
	struct strbuf b = STRBUF_INIT;
	const char *s;

	strbuf_adds(&b, "notes/");
	for (s = abs ? abs : page_path; *s; s++) {
		if (*s == '%')
			strbuf_adds(&b, "%25");
		else if (*s == '/')
			strbuf_adds(&b, "%2F");
		else
			strbuf_addc(&b, *s);
	}
	strbuf_adds(&b, ".notes");
	leaf = strbuf_take(&b);
	r = userconf_data_path(leaf);
	free(leaf);
	free(abs);
	return r;
}

char *
notes_store_path(const char *page_path)
{
	char *dir = notes_dirname(page_path);
	int writable = access(dir, W_OK | X_OK) == 0;

	free(dir);
	if (writable)
		return xasprintf("%s.notes", page_path);
	return notes_user_path(page_path);
}

/* --- the format ------------------------------------------------------------- */

static char *
notes_unescape(const char *s, size_t len)
{
	struct strbuf b = STRBUF_INIT;

	strbuf_add_unescaped(&b, s, len, NULL);
	if (b.s == NULL)
		return xstrdup("");
	return strbuf_take(&b);
}

void
notes_format(struct strbuf *b, const struct note_set *ns)
{
	size_t i;

	strbuf_adds(b, NOTES_HEADER "\n");
	strbuf_adds(b, "# kanbao proofreading notes: LINE:COL-LINE:COL<TAB>text\n");
	for (i = 0; i < ns->n; i++) {
		const struct note *n = &ns->items[i];

		if (n->readonly)
			continue;
		strbuf_printf(b, "%lu:%lu-%lu:%lu\t", n->first_line, n->first_col,
		    n->last_line, n->last_col);
		strbuf_add_escaped(b, n->text);
		strbuf_addc(b, '\n');
	}
}

static int
notes_number(const char **s, const char *end, char stop, unsigned long *v)
{
	unsigned long n = 0;
	const char *p = *s;

	while (p < end && *p >= '0' && *p <= '9' && n < ULONG_MAX / 10)
		n = n * 10 + (unsigned long)(*p++ - '0');
	if (p == *s || p == end || *p != stop || n == 0)
		return -1;
	*v = n;
	*s = p + 1;
	return 0;
}

int
notes_parse_line(const char *line, size_t len, struct note *n)
{
	const char *s = line, *end = line + len;

	memset(n, 0, sizeof *n);
	if (notes_number(&s, end, ':', &n->first_line) != 0 ||
	    notes_number(&s, end, '-', &n->first_col) != 0 ||
	    notes_number(&s, end, ':', &n->last_line) != 0 ||
	    notes_number(&s, end, '\t', &n->last_col) != 0)
		return -1;
	if (n->last_line < n->first_line ||
	    (n->last_line == n->first_line && n->last_col < n->first_col))
		return -1;
	n->text = notes_unescape(s, (size_t)(end - s));
	return 0;
}

/* --- the set ---------------------------------------------------------------- */

static int
notes_cmp(const struct note *a, const struct note *b)
{
	if (a->first_line != b->first_line)
		return a->first_line < b->first_line ? -1 : 1;
	if (a->first_col != b->first_col)
		return a->first_col < b->first_col ? -1 : 1;
	return 0;
}

/* Insert in position order (after equal ones); returns the index. */
static size_t
notes_insert(struct note_set *ns, const struct note *n)
{
	size_t i = ns->n;

	ns->items = xgrow(ns->items, &ns->cap, ns->n + 1, sizeof *ns->items);
	while (i > 0 && notes_cmp(&ns->items[i - 1], n) > 0)
		i--;
	memmove(ns->items + i + 1, ns->items + i, (ns->n - i) * sizeof *ns->items);
	ns->items[i] = *n;
	ns->n++;
	return i;
}

static bool
notes_same(const struct note *a, const struct note *b)
{
	return a->first_line == b->first_line && a->first_col == b->first_col &&
	    a->last_line == b->last_line && a->last_col == b->last_col &&
	    strcmp(a->text, b->text) == 0;
}

/* Append a copy of n to a change list. */
static void
notes_log(struct note **v, size_t *n, size_t *cap, const struct note *x)
{
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[*n] = *x;
	(*v)[*n].text = xstrdup(x->text);
	(*v)[*n].readonly = false;
	(*n)++;
}

/* Take the first note like x out of v; whether there was one. */
static bool
notes_unlog(struct note *v, size_t *n, const struct note *x)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (notes_same(&v[i], x)) {
			free(v[i].text);
			memmove(v + i, v + i + 1, (*n - i - 1) * sizeof *v);
			(*n)--;
			return true;
		}
	return false;
}

size_t
notes_add(struct note_set *ns, unsigned long first_line, unsigned long first_col,
    unsigned long last_line, unsigned long last_col, const char *text)
{
	struct note n = { first_line, first_col, last_line, last_col,
	    xstrdup(text), false };

	notes_log(&ns->added, &ns->n_added, &ns->cap_added, &n);
	return notes_insert(ns, &n);
}

size_t
notes_set_text(struct note_set *ns, size_t i, const char *text)
{
	struct note n = ns->items[i];

	notes_remove(ns, i);
	return notes_add(ns, n.first_line, n.first_col, n.last_line,
	    n.last_col, text);
}

void
notes_remove(struct note_set *ns, size_t i)
{
	if (i >= ns->n)
		return;
	if (!ns->items[i].readonly &&
	    !notes_unlog(ns->added, &ns->n_added, &ns->items[i]))
		notes_log(&ns->removed, &ns->n_removed, &ns->cap_removed,
		    &ns->items[i]);
	free(ns->items[i].text);
	memmove(ns->items + i, ns->items + i + 1, (ns->n - i - 1) * sizeof *ns->items);
	ns->n--;
}

static void
notes_free_list(struct note *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].text);
	free(v);
}

void
note_set_free(struct note_set *ns)
{
	if (ns == NULL)
		return;
	notes_free_list(ns->items, ns->n);
	notes_free_list(ns->added, ns->n_added);
	notes_free_list(ns->removed, ns->n_removed);
	free(ns->page_path);
	free(ns->store);
	memset(ns, 0, sizeof *ns);
}

/* --- reading and writing ------------------------------------------------------ */

/* Add the notes of one file; a missing file is none. */
static int
notes_read(struct note_set *ns, const char *path, bool readonly,
    struct diag_list *diags)
{
	size_t len, i = 0, lineno = 0;
	char *text = userconf_read_file(path, &len);

	if (text == NULL) {
		if (errno == ENOENT)
			return 0;
		if (diags)
			diag_add(diags, DIAG_ERROR, path, 0, -1, "cannot read: %s",
			    strerror(errno));
		return -1;
	}
	while (i < len) {
		char *nl = memchr(text + i, '\n', len - i);
		size_t full = nl ? (size_t)(nl - (text + i)) : len - i, n = full;
		struct note note;

		lineno++;
		if (n > 0 && text[i + n - 1] == '\r')
			n--;
		if (lineno == 1 && n == strlen(NOTES_HEADER) &&
		    memcmp(text + i, NOTES_HEADER, n) == 0)
			;
		else if (n == 0 || text[i] == '#')
			;
		else if (notes_parse_line(text + i, n, &note) == 0) {
			note.readonly = readonly;
			notes_insert(ns, &note);
		} else if (diags)
			diag_add(diags, DIAG_WARNING, path, lineno, -1,
			    lineno == 1 ? _("not a kanbao notes file (no 'kanbao-notes 1')") :
			    _("not a note (LINE:COL-LINE:COL<TAB>text); skipped"));
		i += full + (nl != NULL);
	}
	free(text);
	return 0;
}

bool
notes_pending(const struct note_set *ns)
{
	return ns->n_added > 0 || ns->n_removed > 0;
}

/* Apply the unsaved changes to the writable notes of ns. */
static void
notes_replay(struct note_set *ns)
{
	struct note n;
	size_t i, k;

	for (i = 0; i < ns->n_removed; i++)
		for (k = 0; k < ns->n; k++)
			if (!ns->items[k].readonly &&
			    notes_same(&ns->items[k], &ns->removed[i])) {
				free(ns->items[k].text);
				memmove(ns->items + k, ns->items + k + 1,
				    (ns->n - k - 1) * sizeof *ns->items);
				ns->n--;
				break;
			}
	for (i = 0; i < ns->n_added; i++) {
		n = ns->added[i];
		n.text = xstrdup(n.text);
		notes_insert(ns, &n);
	}
}

int
notes_load(struct note_set *ns, const char *page_path, struct diag_list *diags)
{
	char *sidecar = xasprintf("%s.notes", page_path);
	struct note_set keep = { 0 };
	int rc = 0;

	/* Unsaved changes to this page's notes outlive reading it again. */
	if (ns->page_path != NULL && strcmp(ns->page_path, page_path) == 0) {
		keep.added = ns->added;
		keep.n_added = ns->n_added;
		keep.cap_added = ns->cap_added;
		keep.removed = ns->removed;
		keep.n_removed = ns->n_removed;
		keep.cap_removed = ns->cap_removed;
		ns->added = ns->removed = NULL;
		ns->n_added = ns->n_removed = 0;
	}
	note_set_free(ns);
	ns->added = keep.added;
	ns->n_added = keep.n_added;
	ns->cap_added = keep.cap_added;
	ns->removed = keep.removed;
	ns->n_removed = keep.n_removed;
	ns->cap_removed = keep.cap_removed;
	ns->page_path = xstrdup(page_path);
	ns->store = notes_store_path(page_path);
	if (ns->store && strcmp(ns->store, sidecar) == 0)
		rc = notes_read(ns, sidecar, false, diags);
	else {
		/* A read-only archive may come with notes of its own. */
		rc = notes_read(ns, sidecar, true, diags);
		if (ns->store && notes_read(ns, ns->store, false, diags) != 0)
			rc = -1;
	}
	notes_replay(ns);
	free(sidecar);
	return rc;
}

static size_t
notes_writable_count(const struct note_set *ns)
{
	size_t i, n = 0;

	for (i = 0; i < ns->n; i++)
		n += !ns->items[i].readonly;
	return n;
}

/* Under the lock: the store as it is now, with our changes, into ns. */
static int
notes_merge(struct note_set *ns, char **cause)
{
	struct note_set disk = { 0 };
	size_t i;

	if (notes_read(&disk, ns->store, false, NULL) != 0) {
		*cause = xasprintf("%s: %s", ns->store, strerror(errno));
		note_set_free(&disk);
		return -1;
	}
	for (i = 0; i < ns->n; i++)	/* the sidecar's, as they were */
		if (ns->items[i].readonly) {
			struct note n = ns->items[i];

			n.text = xstrdup(n.text);
			notes_insert(&disk, &n);
		}
	disk.added = ns->added;
	disk.n_added = ns->n_added;
	disk.removed = ns->removed;
	disk.n_removed = ns->n_removed;
	notes_replay(&disk);
	notes_free_list(ns->items, ns->n);
	ns->items = disk.items;
	ns->n = disk.n;
	ns->cap = disk.cap;
	return 0;
}

/* Write the writable notes of ns (none: remove the file). */
static int
notes_write(const struct note_set *ns, char **cause)
{
	struct strbuf b = STRBUF_INIT;
	int rc;

	if (notes_writable_count(ns) == 0) {
		if (unlink(ns->store) == 0 || errno == ENOENT)
			return 0;
		*cause = xasprintf("%s: %s", ns->store, strerror(errno));
		return -1;
	}
	notes_format(&b, ns);
	if ((rc = atomicfile_replace(ns->store, b.s, b.len, 0644)) != 0)
		*cause = xasprintf("%s: %s", ns->store, strerror(errno));
	strbuf_free(&b);
	return rc;
}

int
notes_save(struct note_set *ns, char **cause)
{
	int fd, rc;

	if (ns->store == NULL) {
		*cause = xstrdup(_("no place for notes: the page's directory is "
		    "read-only and neither XDG_DATA_HOME nor HOME is set"));
		return -1;
	}
	if (atomicfile_mkdirs(ns->store, NULL) != 0 ||
	    (fd = atomicfile_lock(ns->store)) < 0) {
		*cause = xasprintf(_("%s: cannot lock: %s"), ns->store,
		    errno == EAGAIN || errno == EACCES ?
		    _("still locked by another kanbao") : strerror(errno));
		return -1;
	}
	rc = notes_merge(ns, cause);
	if (rc == 0)
		rc = notes_write(ns, cause);
	close(fd);
	if (rc == 0) {
		notes_free_list(ns->added, ns->n_added);
		notes_free_list(ns->removed, ns->n_removed);
		ns->added = ns->removed = NULL;
		ns->n_added = ns->n_removed = ns->cap_added = ns->cap_removed = 0;
	}
	return rc;
}
