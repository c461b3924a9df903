/* SPDX-License-Identifier: ISC */
/* check_loader_corpus.c: the format loaders on the shared corpus's real
 * samples (../shared/corpus/formats): the ALTO 2.1 tag sample's tagged
 * articles, NITF and NewsML items, IPTC 7901 and ANPA wire copy with its
 * stray Latin-1 byte.  Skipped (77) when the corpus is not beside the
 * source tree. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "loader_fixture.h"

static char *
sample(const char *name)
{
	const char *top = getenv("top_srcdir");

	return xasprintf("%s/../shared/corpus/formats/%s", top ? top : ".", name);
}

static void
load_sample(const char *name)
{
	char *path = sample(name);

	ck_assert_int_eq(fx_load(path, -1), 0);
	free(path);
}

/* The article whose headline (decks joined by " / ") is h, or NULL. */
static const struct article *
titled(const char *h)
{
	size_t i;

	for (i = 0; i < fx_page.n_articles; i++) {
		char *t = article_headline(&fx_page.articles[i], " / ");
		int same = t && strcmp(t, h) == 0;

		free(t);
		if (same)
			return &fx_page.articles[i];
	}
	return NULL;
}

static int
meta_has(const char *s)
{
	size_t i;

	for (i = 0; i < fx_page.meta.n_lines; i++)
		if (strstr(fx_page.meta.lines[i], s))
			return 1;
	return 0;
}

#ifdef HAVE_LIBXML2
START_TEST(alto_tag_sample)
{
	const struct article *a;

	load_sample("alto/altoxml_v2.1_tagsample_newspaper_article-tags.xml");
	ck_assert_ptr_nonnull(titled("WAREHOUSE SOLD"));
	a = titled("BUYS OUT 7 NEWS STAND");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->subhead.text,
	    "Mr Walter Bean Has Purchased Stock and Good Will From Mr 1");
	ck_assert_uint_gt(a->n_blocks, 0);
	/* The masthead (LayoutTag) is page furniture; the weather box a notice. */
	ck_assert(meta_has("THE WINCHESTER NEWS"));
	ck_assert(fx_page.articles[fx_page.n_articles - 2].kind == ARTICLE_NOTICE ||
	    fx_page.articles[fx_page.n_articles - 1].kind == ARTICLE_NOTICE);
	fx_free();
}
END_TEST

START_TEST(alto_1_1_and_4)
{
	load_sample("alto/chronam_nytribune_page_alto-1.1.xml");
	ck_assert_uint_gt(fx_page.text.n_lines, 500);
	ck_assert_ptr_nonnull(strstr(fx_page.text.text, "Har-\nbor"));
	fx_free();
	load_sample("alto/altoxml_v4_glyph_sample_chinese.xml");
	ck_assert_ptr_nonnull(strstr(fx_page.text.text, "\u7fa9\u79ae\u8aaa\u9078"));
	fx_free();
}
END_TEST

START_TEST(nitf_samples)
{
	const struct article *a;

	load_sample("nitf/ap_nitf_3.4.xml");
	a = titled("Can trading pollution like stocks help fight climate change?");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->byline.text, "By BERNARD CONDON");
	ck_assert_uint_gt(a->n_blocks, 10);
	ck_assert_int_eq(strncmp(a->blocks[0].text, "NEW YORK (AP) \u2014 The gas", 25), 0);
	fx_free();
	load_sample("nitf/iptc_nitf-fishing_3.2.xml");
	a = titled("Weather and Tide Updates for Norfolk / A sample, fictitious NITF article");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->byline.text, "By Alan Karben");
	ck_assert_uint_gt(a->n_blocks, 3);
	fx_free();
	load_sample("nitf/ntb_nitf_3.6_iso-8859-1-declared.xml");
	ck_assert_uint_gt(fx_page.n_articles, 0);
	ck_assert_ptr_nonnull(fx_page.articles[0].byline.text);
	ck_assert_ptr_nonnull(strstr(fx_page.text.text, "P\u00e5stand"));
	fx_free();
}
END_TEST

START_TEST(newsml_samples)
{
	const struct article *a;

	load_sample("newsml/stt_newsml-g2_news_item.xml");
	a = &fx_page.articles[0];
	ck_assert_int_eq(strncmp(a->decks[0].text,
	    "Parliament passed the Alcohol Act", 33), 0);
	ck_assert_str_eq(a->dateline.text, "Helsinki");
	ck_assert_uint_gt(a->n_blocks, 5);
	fx_free();
	load_sample("newsml/iptc_newsml-g2_listing1_news_item.xml");
	a = titled("Fed to halt QE to avert \"bubble\"");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->byline.text, "Meredith Jameson");
	/* Its inlineXML is elided (a comment only): said, with the item. */
	ck_assert(fx_diag_has("news item "
	    "urn:newsml:acmenews.com:20161018:US-FINANCE-FED has no body text"));
	fx_free();
}
END_TEST
#endif

START_TEST(wire_samples)
{
	const struct article *a;
	size_t i;

	load_sample("wire/dpa_iptc7901_odd_charset.txt");
	a = titled("German football saddened by illness to striker legend Mueller");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->byline.text, "By Manuel Schwarz, dpa");
	ck_assert_str_eq(a->blocks[0].text, "Munich (dpa) - German football "
	    "generations past and present on Wednesday expressed sadness over "
	    "the news that Bayern Munich legend and national playing icon Gerd "
	    "Mueller has Alzheimer's.");
	for (i = 0; i < a->n_blocks; i++)
		if (strstr(a->blocks[i].text, "Thomas M\u00fcller"))
			break;
	ck_assert_uint_lt(i, a->n_blocks);
	ck_assert(meta_has("# Notebook"));
	fx_free();
	load_sample("wire/ap_anpa1312_1.tst");
	a = titled("Deng has 30 points, short-handed Heat beat Hawks 115-111");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->byline.text, "By CHARLES ODUM");
	ck_assert_int_eq(strncmp(a->blocks[0].text,
	    "ATLANTA (AP) \u2014 Luol Deng scored 30 points", 40), 0);
	ck_assert_str_eq(a->blocks[a->n_blocks - 1].text,
	    "Hawks: Host Milwaukee on Saturday night.");
	fx_free();
}
END_TEST

static Suite *
loader_corpus_suite(void)
{
	Suite *s = suite_create("loader_corpus");
	TCase *tc = tcase_create("corpus");

#ifdef HAVE_LIBXML2
	tcase_add_test(tc, alto_tag_sample);
	tcase_add_test(tc, alto_1_1_and_4);
	tcase_add_test(tc, nitf_samples);
	tcase_add_test(tc, newsml_samples);
#endif
	tcase_add_test(tc, wire_samples);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	char *dir = sample("");
	struct stat st;
	SRunner *sr;
	int failed;

	if (stat(dir, &st) != 0) {
		printf("SKIP: %s not found\n", dir);
		free(dir);
		return 77;
	}
	free(dir);
	sr = srunner_create(loader_corpus_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
