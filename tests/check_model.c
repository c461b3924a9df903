/* SPDX-License-Identifier: ISC */
/* check_model.c: the model's helpers, diagnostics and string buffers. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "diag.h"
#include "model.h"
#include "strbuf.h"
#include "xalloc.h"

START_TEST(kind_names_match_the_export_format)
{
	ck_assert_str_eq(article_kind_name(ARTICLE_NEWS), "news");
	ck_assert_str_eq(article_kind_name(ARTICLE_AD), "ad");
	ck_assert_str_eq(article_kind_name(ARTICLE_CONTINUATION), "jump-continuation");
	ck_assert_str_eq(article_kind_name((enum article_kind)99), "news");
}
END_TEST

START_TEST(title_is_the_headline_decks)
{
	struct article a = { 0 };
	char *t;

	a.decks = xcalloc(2, sizeof *a.decks);
	a.decks[0].text = xstrdup("砥砺奋进扬清风");
	a.decks[1].text = xstrdup("忠诚担当谱新篇");
	a.n_decks = 2;
	t = article_title(&a);
	ck_assert_str_eq(t, "砥砺奋进扬清风 / 忠诚担当谱新篇");
	free(t);
	t = article_headline(&a, "");
	ck_assert_str_eq(t, "砥砺奋进扬清风忠诚担当谱新篇");
	free(t);
	article_free(&a);
	ck_assert_ptr_null(a.decks);
}
END_TEST

START_TEST(title_of_a_photo_is_its_first_sentence)
{
	struct article a = { 0 };
	char *t;

	a.kind = ARTICLE_PHOTO;
	a.blocks = xcalloc(1, sizeof *a.blocks);
	a.blocks[0].text = xstrdup("为方便全民接种，接种点正式启用。市民登记后接种。");
	a.n_blocks = 1;
	t = article_title(&a);
	ck_assert_str_eq(t, "为方便全民接种，接种点正式启用。");
	free(t);
	free(a.blocks[0].text);
	a.blocks[0].text = xstrdup("Volunteers sort apples. More inside.");
	t = article_title(&a);
	ck_assert_str_eq(t, "Volunteers sort apples.");
	free(t);
	article_free(&a);
	t = article_title(&a);		/* nothing at all */
	ck_assert_str_eq(t, "");
	free(t);
}
END_TEST

START_TEST(long_first_sentence_cut_at_a_character)
{
	struct article a = { 0 };
	char *t;
	int i;

	a.blocks = xcalloc(1, sizeof *a.blocks);
	a.blocks[0].text = xmalloc(3 * 200 + 1);
	for (i = 0; i < 200; i++)
		memcpy(a.blocks[0].text + 3 * i, "县", 3);
	a.blocks[0].text[600] = '\0';
	a.n_blocks = 1;
	t = article_title(&a);
	ck_assert_uint_eq(strlen(t) % 3, 0);
	ck_assert_uint_le(strlen(t), 240);
	free(t);
	article_free(&a);
}
END_TEST

START_TEST(diagnostics_format_and_worst_level)
{
	struct diag_list dl = { 0 };
	char *s;

	diag_add(&dl, DIAG_WARNING, "p.txt", 3, 17, "bad %s", "byte");
	diag_add(&dl, DIAG_ERROR, "q.txt", 0, -1, "cannot read");
	diag_add(&dl, DIAG_NOTE, NULL, 0, -1, "note");
	ck_assert_uint_eq(dl.n, 3);
	ck_assert_int_eq(dl.worst, DIAG_ERROR);
	s = diag_format(&dl.items[0]);
	ck_assert_str_eq(s, "p.txt:3: warning: bad byte (byte 17)");
	free(s);
	s = diag_format(&dl.items[1]);
	ck_assert_str_eq(s, "q.txt: cannot read");
	free(s);
	s = diag_format(&dl.items[2]);
	ck_assert_str_eq(s, "note");
	free(s);
	diag_list_free(&dl);
	ck_assert_uint_eq(dl.n, 0);
}
END_TEST

START_TEST(strbuf_grows_and_hands_over)
{
	struct strbuf b = STRBUF_INIT;
	char *s;
	int i;

	for (i = 0; i < 1000; i++)
		strbuf_printf(&b, "%d,", i);
	ck_assert_uint_eq(b.len, strlen(b.s));
	strbuf_truncate(&b, 4);
	ck_assert_str_eq(b.s, "0,1,");
	strbuf_addc(&b, 'x');
	s = strbuf_take(&b);
	ck_assert_str_eq(s, "0,1,x");
	ck_assert_ptr_null(b.s);
	free(s);
	s = strbuf_take(&b);		/* an empty buffer gives "" */
	ck_assert_str_eq(s, "");
	free(s);
}
END_TEST

START_TEST(furniture_lines_keep_their_kind_and_removed_text_adds_up)
{
	struct page pg;

	memset(&pg, 0, sizeof pg);
	page_meta_add(&pg.meta, "第01版", FURNITURE_FOLIO);
	page_meta_add(&pg.meta, "责任编辑：王", FURNITURE_EDITOR_LINE);
	page_meta_add_removed(&pg.meta, "中", strlen("中"));
	page_meta_add_removed(&pg.meta, "", 0);
	page_meta_add_removed(&pg.meta, "国", strlen("国"));
	ck_assert_uint_eq(pg.meta.n_lines, 2);
	ck_assert_str_eq(pg.meta.lines[1], "责任编辑：王");
	ck_assert_str_eq(furniture_kind_name(pg.meta.kinds[0]), "folio");
	ck_assert_str_eq(furniture_kind_name(pg.meta.kinds[1]), "editor-line");
	ck_assert_str_eq(pg.meta.removed, "中国");
	ck_assert_uint_eq(pg.meta.n_removed, strlen("中国"));
	page_unload(&pg);
	ck_assert_ptr_null(pg.meta.removed);
	ck_assert_uint_eq(pg.meta.n_lines, 0);
}
END_TEST

static Suite *
model_suite(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, kind_names_match_the_export_format);
	tcase_add_test(tc, title_is_the_headline_decks);
	tcase_add_test(tc, title_of_a_photo_is_its_first_sentence);
	tcase_add_test(tc, long_first_sentence_cut_at_a_character);
	tcase_add_test(tc, diagnostics_format_and_worst_level);
	tcase_add_test(tc, strbuf_grows_and_hands_over);
	tcase_add_test(tc, furniture_lines_keep_their_kind_and_removed_text_adds_up);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(model_suite)
