/* SPDX-License-Identifier: ISC */
/* check_segment_model.c: the learned line classifier's features
 * (segment_features.h) and labels (segment_model.h) on a page of our own
 * writing; and the model column --explain shows. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "segment_fixture.h"
#include "segment_features.h"
#include "segment_model.h"

static struct segment_features f;
static struct segment_model_result r;

static void
model_teardown(void)
{
	segment_model_result_free(&r);
	segment_features_free(&f);
	teardown();
}

static const char page_zh[] =
	"山城日报\n"						/* 1 */
	"\n"
	"2023年4月5日\n"					/* 3 */
	"\n"
	"老城区雨污分流改造完工\n"				/* 5 */
	"本报记者 林青\n"					/* 6 */
	"\n"
	"　　记者昨日从市住建局获悉，老城区雨污分\n"		/* 8 */
	"流改造工程已全部完工，共铺设管网四十二公\n"
	"里，惠及居民一万三千余户。工程分三期实施，\n"
	"历时两年，期间多次调整施工方案以减少对居\n"
	"民出行的影响。\n"					/* 12 */
	"　　据介绍，改造后城区排水能力提高一倍，\n"		/* 13 */
	"汛期积水点由二十七处减少到三处。市住建局\n"
	"表示，下一步将对新建小区开展同类排查。\n"
	"（下转第3版）\n"					/* 16 */
	"\n"
	"山城日报\n";						/* 18 */

/* The index of own feature name (e.g. "jump") at offset d in a vector. */
static size_t
feat(int d, const char *name)
{
	char buf[64];
	size_t k;

	for (k = 0; k < SEGF_DIM; k++) {
		const char *n = segment_features_name(k, buf, sizeof buf);
		char want[64];
		snprintf(want, sizeof want, "%+d:%s", d, name);
		if (strcmp(n, want) == 0)
			return k;
	}
	ck_abort_msg("no feature %+d:%s", d, name);
	return 0;
}

/* The index of the features' line for source line n. */
static size_t
at(unsigned long n)
{
	size_t i;

	for (i = 0; i < f.n; i++)
		if (f.line[i] == n)
			return i;
	ck_abort_msg("no features for line %lu", n);
	return 0;
}

static float
value(unsigned long line, int d, const char *name)
{
	float v[SEGF_DIM];

	segment_features_vector(&f, at(line), v);
	return v[feat(d, name)];
}

START_TEST(features_of_lines)
{
	seg_load(page_zh);
	segment_features_page(&pg.text, &f);
	ck_assert(!f.layout);
	ck_assert(f.cjk);
	ck_assert_uint_eq(f.n, 14);	/* the non-blank lines */
	ck_assert_uint_eq(f.line[0], 1);
	ck_assert_uint_eq(f.line[f.n - 1], 18);
	/* neighbours beyond the page are absent, in it present */
	ck_assert(value(1, -1, "present") == 0.0f);
	ck_assert(value(1, 0, "present") == 1.0f);
	ck_assert(value(3, -1, "present") == 1.0f);
	ck_assert(value(18, 1, "present") == 0.0f);
	/* the segmenter's predicates */
	ck_assert(value(16, 0, "jump") == 1.0f);
	ck_assert(value(9, 0, "jump") == 0.0f);
	ck_assert(value(6, 0, "own_byline") == 1.0f);
	ck_assert(value(8, -1, "own_byline") == 1.0f);	/* line 6, above */
	ck_assert(value(3, 0, "meta") == 1.0f);
	/* shape: indent, blank lines, sentence ends, duplicates */
	ck_assert(value(8, 0, "indent") == 1.0f);
	ck_assert(value(9, 0, "indent") == 0.0f);
	ck_assert(value(8, 0, "gap_before") == 1.0f);
	ck_assert(value(9, 0, "gap_before") == 0.0f);
	ck_assert(value(6, 0, "gap_after") == 1.0f);
	ck_assert(value(12, 0, "ends_sentence") == 1.0f);
	ck_assert(value(9, 0, "ends_sentence") == 0.0f);
	ck_assert(value(1, 0, "duplicate") == 1.0f);
	ck_assert(value(18, 0, "duplicate") == 1.0f);
	ck_assert(value(9, 0, "duplicate") == 0.0f);
	/* width: the headline is short against the body's column */
	ck_assert(value(5, 0, "ratio") < 0.7f);
	ck_assert(value(9, 0, "near_full") == 1.0f);
	ck_assert(value(9, 0, "cjk") > 0.9f);
	ck_assert(value(1, 0, "position") == 0.0f);
	ck_assert(value(18, 0, "position") == 1.0f);
}
END_TEST

/* The feature line whose text begins with prefix. */
static size_t
piece(const char *prefix)
{
	size_t i;

	for (i = 0; i < f.n; i++)
		if (strncmp(pg.text.text + f.off[i], prefix, strlen(prefix)) == 0)
			return i;
	ck_abort_msg("no feature line begins \"%s\"", prefix);
	return 0;
}

static float
piece_value(const char *prefix, const char *name)
{
	float v[SEGF_DIM];

	segment_features_vector(&f, piece(prefix), v);
	return v[feat(0, name)];
}

static const char page_layout[] =
	"FRONT PAGE                                    Monday\n"
	"\n"
	"Harbor dredging to begin          Council backs new\n"
	"in the spring, port says          library hours\n"
	"  The port authority said on        The city council\n"
	"Monday that dredging of the       voted on Tuesday to\n"
	"main channel would start in       keep the library open\n"
	"March and take two months.        until nine at night.\n";

/* -layout text: each column's piece of a line is a line of its own, in
 * the segmenter's reading order (a column down, then the next), and
 * --explain pairs each note with its piece's label. */
START_TEST(layout_text_by_columns)
{
	struct segment_explain ex;
	size_t i, k, labelled = 0;

	seg_load(page_layout);
	segment_features_page(&pg.text, &f);
	ck_assert(f.layout);
	ck_assert_uint_ge(f.n, 13);
	ck_assert_uint_eq(f.line[piece("Harbor dredging")], 3);
	ck_assert_uint_eq(f.line[piece("Council backs")], 3);
	ck_assert_uint_lt(piece("Harbor dredging"), piece("March and take"));
	ck_assert_uint_lt(piece("March and take"), piece("Council backs"));
	ck_assert_uint_lt(piece("Council backs"), piece("until nine"));
	/* set in from its column's edge, or not */
	ck_assert(piece_value("The port authority", "indent") == 1.0f);
	ck_assert(piece_value("Monday that", "indent") == 0.0f);
	segment_model_label(&f, &r);
	ck_assert_uint_eq(r.n, f.n);
	seg_run();
	segment_explain_page(&pg, &ex);
	for (i = 0; i < ex.n; i++) {
		if (ex.v[i].role == SEGR_BLANK)
			continue;
		for (k = 0; k < f.n && f.off[k] != ex.v[i].off; k++)
			;
		ck_assert_uint_lt(k, f.n);
		ck_assert_int_eq(ex.v[i].model, (int)r.label[k]);
		labelled++;
	}
	ck_assert_uint_eq(labelled, f.n);
	segment_explain_free(&ex);
}
END_TEST

START_TEST(labels_of_lines)
{
	struct segment_model_result again;
	size_t i;

	ck_assert(segment_model_fits());
	seg_load(page_zh);
	segment_features_page(&pg.text, &f);
	segment_model_label(&f, &r);
	ck_assert_uint_eq(r.n, f.n);
	for (i = 0; i < r.n; i++) {
		ck_assert_int_lt(r.label[i], SEGM_N_LABELS);
		ck_assert(r.prob[i] > 0.0f && r.prob[i] <= 1.0001f);
	}
	/* lines inside a paragraph are body text, the indented openings
	 * start paragraphs */
	ck_assert_int_eq(r.label[at(9)], SEGM_BODY);
	ck_assert_int_eq(r.label[at(10)], SEGM_BODY);
	ck_assert_int_eq(r.label[at(14)], SEGM_BODY);
	ck_assert_int_eq(r.label[at(8)], SEGM_BODY_START);
	ck_assert_int_eq(r.label[at(13)], SEGM_BODY_START);
	ck_assert_int_eq(r.label[at(16)], SEGM_JUMP);
	ck_assert_int_eq(r.label[at(6)], SEGM_BYLINE);
	/* the same again: nothing kept between calls */
	segment_model_label(&f, &again);
	ck_assert_uint_eq(again.n, r.n);
	ck_assert(memcmp(again.label, r.label, r.n * sizeof *r.label) == 0);
	ck_assert(memcmp(again.prob, r.prob, r.n * sizeof *r.prob) == 0);
	segment_model_result_free(&again);
	segment_model_result_free(NULL);
	segment_features_free(NULL);
}
END_TEST

START_TEST(label_names)
{
	int k;

	for (k = 0; k < SEGM_N_LABELS; k++)
		ck_assert_int_eq(segment_model_label_by_name(
		    segment_model_label_name((enum segment_label)k)), k);
	ck_assert_int_eq(segment_model_label_by_name("other"), SEGM_N_LABELS);
	ck_assert_str_eq(segment_model_label_name(SEGM_N_LABELS), "other");
}
END_TEST

/* --explain's notes carry the model's label: blank lines none. */
START_TEST(explain_shows_model)
{
	struct segment_explain ex;
	size_t i, labelled = 0;

	seg_load(page_zh);
	seg_run();
	segment_explain_page(&pg, &ex);
	segment_features_page(&pg.text, &f);
	segment_model_label(&f, &r);
	for (i = 0; i < ex.n; i++) {
		if (ex.v[i].role == SEGR_BLANK) {
			ck_assert_int_eq(ex.v[i].model, -1);
			continue;
		}
		ck_assert_int_eq(ex.v[i].model, (int)r.label[at(ex.v[i].line)]);
		ck_assert(ex.v[i].model_prob == r.prob[at(ex.v[i].line)]);
		labelled++;
	}
	ck_assert_uint_eq(labelled, f.n);
	segment_explain_free(&ex);
}
END_TEST

static Suite *
segment_model_suite(void)
{
	Suite *s = suite_create("segment_model");
	TCase *tc = tcase_create("model");

	tcase_add_checked_fixture(tc, NULL, model_teardown);
	tcase_add_test(tc, features_of_lines);
	tcase_add_test(tc, layout_text_by_columns);
	tcase_add_test(tc, labels_of_lines);
	tcase_add_test(tc, label_names);
	tcase_add_test(tc, explain_shows_model);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_model_suite)
