/* SPDX-License-Identifier: ISC */
/* check_layout_props.c: layout properties over real pages.
 *
 * Every article of the bundled sample archive (and, built with
 * LAYOUT_PROPS_CORPUS, of the shared corpus beside the source tree: exit 77
 * when it is absent) is laid out at many widths, ambiguous narrow and wide:
 * no line wider than the width, nothing unsafe drawn, the lines of a block
 * partition its text and show all of it but the spaces at breaks, and (at
 * some widths) every byte maps to a cell and back. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "archive.h"
#include "check_run.h"
#include "layout.h"
#include "layout_invariants.h"
#include "xalloc.h"

static const int props_widths[] = { 1, 2, 3, 4, 5, 7, 8, 11, 13, 16, 20,
    24, 31, 40, 57, 80, 99, 132, 200, 333, 1000 };

struct props_stats {
	long	articles, layouts, lines;
};

static char *
props_path(const char *rel)
{
	const char *top = getenv("top_srcdir");

	return xasprintf("%s/%s", top != NULL && *top != '\0' ? top : ".",
	    rel);
}

static void
props_article(const struct article *a, struct props_stats *st)
{
	struct layout_doc	 doc;
	struct layout_options	 o = { 0, AMBIGUOUS_NARROW, 2, 0 };
	struct layout		*L;
	size_t			 i;
	int			 amb;

	layout_doc_from_article(&doc, a);
	for (amb = 0; amb < 2; amb++) {
		o.ambiguous = amb ? AMBIGUOUS_WIDE : AMBIGUOUS_NARROW;
		for (i = 0; i < sizeof props_widths / sizeof props_widths[0];
		    i++) {
			o.width = props_widths[i];
			L = layout_run(&doc, &o);
			inv_all(&doc, L, o.width == 1 || o.width == 13 ||
			    o.width == 80);
			st->layouts++;
			st->lines += L->n_lines;
			layout_free(L);
		}
	}
	layout_doc_free(&doc);
	st->articles++;
}

static void
props_archive(const char *path, struct props_stats *st)
{
	struct archive	*ar = archive_open(path, NULL);
	size_t		 p, i, g, a;

	for (p = 0; p < ar->n_pubs; p++) {
		struct publication *pub = &ar->pubs[p];

		for (i = 0; i < pub->n_issues; i++) {
			issue_scan(&pub->issues[i]);
			for (g = 0; g < pub->issues[i].n_pages; g++) {
				struct page *pg = &pub->issues[i].pages[g];

				page_load(pg);
				for (a = 0; a < pg->n_articles; a++)
					props_article(&pg->articles[a], st);
			}
		}
	}
	archive_free(ar);
}

#ifndef LAYOUT_PROPS_CORPUS
START_TEST(sample_archive)
{
	struct props_stats	 st = { 0, 0, 0 };
	char			*path = props_path("sample-archive");

	props_archive(path, &st);
	printf("sample archive: %ld articles, %ld layouts, %ld lines\n",
	    st.articles, st.layouts, st.lines);
	ck_assert_int_gt(st.articles, 0);
	free(path);
}
END_TEST
#else
START_TEST(corpus)
{
	static const char *dirs[] = { "../shared/corpus/dev-pages",
	    "../shared/corpus/zh/county-paper_p1.txt",
	    "../shared/corpus/en/chronam_nytribune_page_ocr.txt",
	    "../shared/corpus/en/chronam_saltlaketribune_1911-09-17_p1_ocr.txt" };
	struct props_stats	 st = { 0, 0, 0 };
	size_t			 i;
	char			*path;

	for (i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		path = props_path(dirs[i]);
		props_archive(path, &st);
		free(path);
	}
	printf("corpus: %ld articles, %ld layouts, %ld lines\n", st.articles,
	    st.layouts, st.lines);
	ck_assert_int_gt(st.articles, 0);
}
END_TEST
#endif

static Suite *
props_suite(void)
{
	Suite	*s = suite_create("layout_props");
	TCase	*tc = tcase_create("pages");

	tcase_set_timeout(tc, 300);
#ifndef LAYOUT_PROPS_CORPUS
	tcase_add_test(tc, sample_archive);
#else
	tcase_add_test(tc, corpus);
#endif
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner		*sr;
	struct stat	 sb;
	char		*path;
	int		 failed;

#ifdef LAYOUT_PROPS_CORPUS
	path = props_path("../shared/corpus");
#else
	path = props_path("sample-archive");
#endif
	if (stat(path, &sb) != 0) {
		printf("SKIP: %s not found\n", path);
		free(path);
		return 77;
	}
	free(path);
	sr = srunner_create(props_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
