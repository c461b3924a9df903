/* SPDX-License-Identifier: ISC */
/* check_jsonl.c: articles as JSON Lines; escaping for any input. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "jsonl.h"
#include "xalloc.h"

static struct strbuf out;

static void
teardown(void)
{
	strbuf_free(&out);
}

static const char *
esc(const char *s, size_t len)
{
	strbuf_truncate(&out, 0);
	jsonl_string(&out, s, len);
	return out.s;
}

START_TEST(quote_and_backslash)
{
	ck_assert_str_eq(esc("a\"b\\c", 5), "\"a\\\"b\\\\c\"");
}
END_TEST

START_TEST(control_chars)
{
	ck_assert_str_eq(esc("a\nb\tc\x01", 6), "\"a\\u000ab\\u0009c\\u0001\"");
	/* A NUL inside the string is a control character too. */
	ck_assert_str_eq(esc("a\0b", 3), "\"a\\u0000b\"");
}
END_TEST

START_TEST(terminal_controls_escaped)
{
	/* ESC, DEL, C1 CSI, RLO, an isolate and a tag character. */
	ck_assert_str_eq(esc("\x1b]0;t\x07", 6), "\"\\u001b]0;t\\u0007\"");
	ck_assert_str_eq(esc("a\x7f\xc2\x9b", 4), "\"a\\u007f\\u009b\"");
	ck_assert_str_eq(esc("\xe2\x80\xae" "x\xe2\x81\xa6", 7),
	    "\"\\u202ex\\u2066\"");
	ck_assert_str_eq(esc("\xf3\xa0\x80\x81", 4), "\"\xf3\xa0\x80\x81\"");
	ck_assert_str_eq(esc("\xf3\xa0\x80\x80", 4), "\"\\udb40\\udc00\"");
}
END_TEST

START_TEST(utf8_kept_invalid_replaced)
{
	ck_assert_str_eq(esc("农信", strlen("农信")), "\"农信\"");
	ck_assert_str_eq(esc("a\xff\xfe" "b", 4), "\"a\xef\xbf\xbd\xef\xbf\xbd" "b\"");
	/* A truncated sequence at the end. */
	ck_assert_str_eq(esc("x\xe4\xb8", 3), "\"x\xef\xbf\xbd\xef\xbf\xbd\"");
	/* An overlong encoding of '/' is not valid UTF-8. */
	ck_assert_str_eq(esc("\xc0\xaf", 2), "\"\xef\xbf\xbd\xef\xbf\xbd\"");
}
END_TEST

START_TEST(empty_string)
{
	ck_assert_str_eq(esc("", 0), "\"\"");
}
END_TEST

START_TEST(article_fields)
{
	struct page pg;
	struct article a;
	struct block bl[2];
	struct text_elem deck[2];
	struct jump j;

	memset(&pg, 0, sizeof pg);
	memset(&a, 0, sizeof a);
	pg.number = 1;
	pg.name = "01";
	pg.path = "p/01.txt";
	deck[0].text = "砥砺奋进扬清风";
	deck[1].text = "忠诚担当谱新篇";
	bl[0].kind = BLOCK_PARAGRAPH;
	bl[0].text = "2020年，全县";
	bl[1].kind = BLOCK_SECTION_HEAD;
	bl[1].text = "忠诚践行“两个维护”";
	memset(&j, 0, sizeof j);
	j.dir = JUMP_TO;
	j.page_number = 2;
	j.label = "（下转二版）";
	a.kind = ARTICLE_NEWS;
	a.index = 6;
	a.decks = deck;
	a.n_decks = 2;
	a.byline.text = "本报记者 叶琳";
	a.blocks = bl;
	a.n_blocks = 2;
	a.jumps = &j;
	a.n_jumps = 1;
	a.page = &pg;
	a.span.file = pg.path;
	a.span.first_line = 163;
	a.span.last_line = 209;
	jsonl_article(&out, &a);
	ck_assert_ptr_nonnull(strstr(out.s, "\"kind\":\"news\""));
	ck_assert_ptr_nonnull(strstr(out.s,
	    "\"headline\":\"砥砺奋进扬清风 / 忠诚担当谱新篇\""));
	ck_assert_ptr_nonnull(strstr(out.s, "\"byline\":\"本报记者 叶琳\""));
	ck_assert_ptr_nonnull(strstr(out.s,
	    "\"paragraphs\":[\"2020年，全县\",\"忠诚践行“两个维护”\"]"));
	ck_assert_ptr_nonnull(strstr(out.s,
	    "\"sections\":[\"忠诚践行“两个维护”\"]"));
	ck_assert_ptr_nonnull(strstr(out.s,
	    "\"jumps\":[{\"dir\":\"to\",\"page\":2,\"label\":\"（下转二版）\"}]"));
	ck_assert_ptr_nonnull(strstr(out.s, "\"first_line\":163"));
	ck_assert_ptr_nonnull(strstr(out.s, "\"kicker\":\"\""));
	ck_assert_ptr_nonnull(strstr(out.s, "\"id\":\"01#6\""));
	ck_assert_int_eq(out.s[0], '{');
	ck_assert_int_eq(out.s[out.len - 1], '}');
	ck_assert_ptr_null(strchr(out.s, '\n'));
}
END_TEST

START_TEST(photo_byline_is_credit)
{
	struct article a;

	memset(&a, 0, sizeof a);
	a.kind = ARTICLE_PHOTO;
	a.credit.text = "周晴 摄影报道";
	jsonl_article(&out, &a);
	ck_assert_ptr_nonnull(strstr(out.s, "\"byline\":\"周晴 摄影报道\""));
	ck_assert_ptr_nonnull(strstr(out.s, "\"credit\":\"周晴 摄影报道\""));
	ck_assert_ptr_nonnull(strstr(out.s, "\"kind\":\"photo\""));
}
END_TEST

/* A page's furniture: one object a line with its type, then the removed
 * artefacts; every object on a line of its own. */
START_TEST(furniture_objects)
{
	struct page pg;
	char *l2, *l3;

	memset(&pg, 0, sizeof pg);
	pg.number = 2;
	pg.name = "02";
	page_meta_add(&pg.meta, "第02版", FURNITURE_FOLIO);
	page_meta_add(&pg.meta, "责任编辑：王\"一\"", FURNITURE_EDITOR_LINE);
	page_meta_add_removed(&pg.meta, "中国", strlen("中国"));
	jsonl_furniture(&out, &pg);
	ck_assert_str_eq(out.s + out.len - 2, "}\n");
	l2 = strchr(out.s, '\n');
	ck_assert_ptr_nonnull(l2);
	l3 = strchr(l2 + 1, '\n');
	ck_assert_ptr_nonnull(l3);
	ck_assert_ptr_eq(strchr(l3 + 1, '\n'), out.s + out.len - 1);
	ck_assert(strncmp(out.s, "{\"id\":\"02#f1\",\"publication\":\"\","
	    "\"date\":\"\",\"page\":2,\"kind\":\"furniture\",\"type\":\"folio\","
	    "\"text\":\"第02版\"}\n", (size_t)(l2 - out.s + 1)) == 0);
	ck_assert_ptr_nonnull(strstr(l2, "\"type\":\"editor-line\","
	    "\"text\":\"责任编辑：王\\\"一\\\"\"}"));
	ck_assert_ptr_nonnull(strstr(l3, "\"id\":\"02#f3\""));
	ck_assert_ptr_nonnull(strstr(l3, "\"kind\":\"furniture\","
	    "\"type\":\"artefacts\",\"removed\":\"中国\"}"));
	free(pg.meta.removed);
	pg.meta.removed = NULL;
	pg.meta.n_removed = 0;
	strbuf_truncate(&out, 0);
	/* Nothing removed: no artefacts object. */
	jsonl_furniture(&out, &pg);
	ck_assert_ptr_null(strstr(out.s, "artefacts"));
	free(pg.meta.lines[0]);
	free(pg.meta.lines[1]);
	free(pg.meta.lines);
	free(pg.meta.kinds);
	memset(&pg.meta, 0, sizeof pg.meta);
	strbuf_truncate(&out, 0);
	jsonl_furniture(&out, &pg);
	ck_assert_uint_eq(out.len, 0);
}
END_TEST

static Suite *
jsonl_suite(void)
{
	Suite *s = suite_create("jsonl");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, quote_and_backslash);
	tcase_add_test(tc, control_chars);
	tcase_add_test(tc, terminal_controls_escaped);
	tcase_add_test(tc, utf8_kept_invalid_replaced);
	tcase_add_test(tc, empty_string);
	tcase_add_test(tc, article_fields);
	tcase_add_test(tc, photo_byline_is_credit);
	tcase_add_test(tc, furniture_objects);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(jsonl_suite)
