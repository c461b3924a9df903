/* state.c: reading positions on disk. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomicfile.h"
#include "state.h"
#include "strbuf.h"
#include "userconf.h"
#include "xalloc.h"

void
state_init(struct state *st)
{
	memset(st, 0, sizeof *st);
}

void
state_free(struct state *st)
{
	size_t i;

	for (i = 0; i < st->n; i++) {
		free(st->pos[i].id);
		free(st->pos[i].archive);
	}
	free(st->pos);
	for (i = 0; i < st->n_lasts; i++) {
		free(st->lasts[i].archive);
		free(st->lasts[i].id);
	}
	free(st->lasts);
	free(st->archive);
	free(st->last);
	memset(st, 0, sizeof *st);
}

static const char *
state_key(const struct state *st)
{
	return st->archive != NULL ? st->archive : "";
}

/* The record of id in archive (exactly), NULL when none. */
static struct state_pos *
state_find(const struct state *st, const char *archive, const char *id)
{
	size_t i;

	for (i = 0; i < st->n; i++)
		if (strcmp(st->pos[i].id, id) == 0 &&
		    strcmp(st->pos[i].archive, archive) == 0)
			return &st->pos[i];
	return NULL;
}

static struct state_last *
state_find_last(const struct state *st, const char *archive)
{
	size_t i;

	for (i = 0; i < st->n_lasts; i++)
		if (strcmp(st->lasts[i].archive, archive) == 0)
			return &st->lasts[i];
	return NULL;
}

const struct state_pos *
state_get(const struct state *st, const char *id)
{
	const struct state_pos *p = state_find(st, state_key(st), id);

	return p != NULL ? p : state_find(st, "", id);	/* an old record */
}

/* Set the record of id in archive, not marking it changed. */
static void
state_put(struct state *st, const char *archive, const char *id, size_t block,
    size_t off)
{
	struct state_pos *p = state_find(st, archive, id);

	if (p == NULL) {
		st->pos = xgrow(st->pos, &st->cap, st->n + 1, sizeof *st->pos);
		p = &st->pos[st->n++];
		p->id = xstrdup(id);
		p->archive = xstrdup(archive);
	}
	p->block = block;
	p->off = off;
}

void
state_set(struct state *st, const char *id, size_t block, size_t off)
{
	const struct state_pos *p = state_find(st, state_key(st), id);

	if (p != NULL && p->block == block && p->off == off)
		return;
	state_put(st, state_key(st), id, block, off);
	st->dirty = 1;
}

static void
state_put_last(struct state *st, const char *archive, const char *id)
{
	struct state_last *l = state_find_last(st, archive);

	if (l == NULL) {
		st->lasts = xgrow(st->lasts, &st->cap_lasts, st->n_lasts + 1,
		    sizeof *st->lasts);
		l = &st->lasts[st->n_lasts++];
		l->archive = xstrdup(archive);
		l->id = NULL;
	}
	free(l->id);
	l->id = xstrdup(id);
}

void
state_set_last(struct state *st, const char *id)
{
	if (st->last != NULL && strcmp(st->last, id) == 0)
		return;
	free(st->last);
	st->last = xstrdup(id);
	state_put_last(st, state_key(st), id);
	st->dirty = 1;
}

/* last: the current archive's, else an old record's. */
static void
state_pick_last(struct state *st)
{
	const struct state_last *l;

	free(st->last);
	st->last = NULL;
	if ((l = state_find_last(st, state_key(st))) != NULL ||
	    (l = state_find_last(st, "")) != NULL)
		st->last = xstrdup(l->id);
}

void
state_set_archive(struct state *st, const char *archive)
{
	char *old = st->archive;

	st->archive = archive != NULL ? xstrdup(archive) : NULL;
	free(old);
	state_pick_last(st);
}

/* --- reading ---------------------------------------------------------------- */

/* Split line at tabs into at most 5 fields; returns the count. */
static int
state_fields(char *line, char **f)
{
	int n = 0;

	f[n++] = line;
	while (n < 5 && (line = strchr(line, '\t')) != NULL) {
		*line++ = '\0';
		f[n++] = line;
	}
	return n;
}

static int
state_number(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (*end != '\0' || errno != 0)
		return -1;
	*out = (size_t)v;
	return 0;
}

/* One record; returns 0, or -1 when malformed. */
static int
state_record(struct state *st, char *line)
{
	char *f[5];
	int n = state_fields(line, f);
	size_t block, off;

	if ((n == 2 || n == 3) && strcmp(f[0], "last") == 0 && f[1][0] != '\0') {
		state_put_last(st, n == 3 ? f[2] : "", f[1]);
		state_pick_last(st);	/* last may be this one */
		return 0;
	}
	if ((n == 4 || n == 5) && strcmp(f[0], "pos") == 0 && f[1][0] != '\0' &&
	    state_number(f[2], &block) == 0 && state_number(f[3], &off) == 0) {
		state_put(st, n == 5 ? f[4] : "", f[1], block, off);
		return 0;
	}
	return -1;
}

int
state_load(struct state *st, const char *path, struct diag_list *dl)
{
	size_t len, start, end;
	unsigned long lineno = 0;
	char *text = userconf_read_file(path, &len), *line;

	if (text == NULL) {
		if (errno == ENOENT)
			return 0;
		diag_add(dl, DIAG_WARNING, path, 0, -1, "cannot read: %s", strerror(errno));
		return -1;
	}
	for (start = 0; start < len; start = end + 1) {
		for (end = start; end < len && text[end] != '\n'; end++)
			;
		lineno++;
		line = xstrndup(text + start, end - start);
		if (line[0] != '\0' && line[0] != '#' && state_record(st, line) != 0)
			diag_add(dl, DIAG_WARNING, path, lineno, -1, "bad position record");
		free(line);
	}
	free(text);
	st->dirty = 0;
	return 0;
}

/* --- writing ---------------------------------------------------------------- */

static void
state_format(const struct state *st, struct strbuf *b)
{
	size_t i;

	strbuf_adds(b, "# kanbao reading positions: pos ID BLOCK BYTE ARCHIVE, "
	    "last ID ARCHIVE\n");
	for (i = 0; i < st->n_lasts; i++)
		if (strpbrk(st->lasts[i].id, "\t\n") == NULL &&
		    strpbrk(st->lasts[i].archive, "\t\n") == NULL)
			strbuf_printf(b, "last\t%s%s%s\n", st->lasts[i].id,
			    st->lasts[i].archive[0] ? "\t" : "", st->lasts[i].archive);
	for (i = 0; i < st->n; i++)
		if (strpbrk(st->pos[i].id, "\t\n") == NULL &&
		    strpbrk(st->pos[i].archive, "\t\n") == NULL)
			strbuf_printf(b, "pos\t%s\t%zu\t%zu%s%s\n", st->pos[i].id,
			    st->pos[i].block, st->pos[i].off,
			    st->pos[i].archive[0] ? "\t" : "", st->pos[i].archive);
}

int
state_save(struct state *st, const char *path, char **cause)
{
	struct strbuf b = STRBUF_INIT;
	int rc;

	state_format(st, &b);
	rc = atomicfile_replace(path, b.s, b.len, 0600);
	if (rc != 0)
		*cause = xasprintf("%s: %s", path, strerror(errno));
	else
		st->dirty = 0;
	strbuf_free(&b);
	return rc;
}
