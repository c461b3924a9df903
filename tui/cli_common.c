/* SPDX-License-Identifier: ISC */
/* cli_common.c: what the command-line actions share: the default
 * archive, error and diagnostic output, and walking what an operand names. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "cli.h"
#include "sanitize.h"
#include "selfdir.h"
#include "xalloc.h"

/* The installed sample archive; an uninstalled build's own (beside the
 * binary, tui/selfdir.c) first.  The same pointer every time: callers
 * compare with it to see whether --archive was given. */
const char *
cli_default_archive(void)
{
	static const char *path;
	char *own;

	if (path == NULL)
		path = (own = selfdir_find("sample-archive", NULL)) != NULL ? own :
		    KANBAO_PKGDATADIR "/sample-archive";
	return path;
}

/* --- output -------------------------------------------------------------- */

void
cli_error(const char *fmt, ...)
{
	va_list	 ap;
	char	*msg, *safe;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	safe = sanitize_text(msg, strlen(msg), 0);
	fprintf(stderr, "kanbao: %s\n", safe);
	free(safe);
	free(msg);
}

int
cli_print_diags(const struct diag_list *dl, size_t *from)
{
	int worst = -1;

	for (; *from < dl->n; (*from)++) {
		char *msg = diag_format(&dl->items[*from]);
		char *safe = sanitize_text(msg, strlen(msg), 0);

		fprintf(stderr, "kanbao: %s\n", safe);
		if ((int)dl->items[*from].level > worst)
			worst = (int)dl->items[*from].level;
		free(safe);
		free(msg);
	}
	return worst;
}

/* --- walking a scope ------------------------------------------------------- */

/* Every page of the scope (loading its issue), in order. */
void
cli_each_page(const struct cli_scope *sc, bool (*issue_ok)(const struct issue *),
    void (*fn)(const struct page *, void *), void *arg)
{
	size_t i, j, k;

	for (i = 0; i < sc->archive->n_pubs; i++) {
		struct publication *pub = &sc->archive->pubs[i];

		if (sc->pub && pub != sc->pub)
			continue;
		for (j = 0; j < pub->n_issues; j++) {
			struct issue *is = &pub->issues[j];

			if ((sc->issue && is != sc->issue) ||
			    (issue_ok != NULL && !issue_ok(is)))
				continue;
			issue_load(is);
			for (k = 0; k < is->n_pages; k++)
				if (sc->page == NULL || &is->pages[k] == sc->page)
					fn(&is->pages[k], arg);
		}
	}
}

struct each_article {
	void	(*fn)(const struct article *, void *);
	void	*arg;
};

static void
cli_page_articles(const struct page *p, void *arg)
{
	struct each_article *ea = arg;
	size_t m;

	for (m = 0; m < p->n_articles; m++)
		ea->fn(&p->articles[m], ea->arg);
}

void
cli_each_article(const struct cli_scope *sc, bool (*issue_ok)(const struct issue *),
    void (*fn)(const struct article *, void *), void *arg)
{
	struct each_article ea = { fn, arg };

	if (sc->article) {
		fn(sc->article, arg);
		return;
	}
	cli_each_page(sc, issue_ok, cli_page_articles, &ea);
}
