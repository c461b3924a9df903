/* SPDX-License-Identifier: ISC */
/* check_segment_keys.c: segment_keys.c's bound is a bound.  Every
 * headline that segment_lines_shared says shares more than `over` pieces
 * with a text is among those the index returns for it, in the order
 * added, and none that was dropped is (also once the index is remade).
 * Pieces: Chinese pairs, Latin words (long, plural, split at 63 letters),
 * U+FFFD, invalid bytes. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "segment_int.h"

static const char *const piece[] = {
	"老旧", "小区", "改造", "budget", "Budget", "council", "councils",
	"river", " ", " ", "，", "a", "the", "\xEF\xBF\xBD", "\xE8\x80",
	"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
	"育秧", "早稻", "\xC3\xA9t\xC3\xA9", "1999", "gate", "gates",
};
#define NPIECE (sizeof piece / sizeof *piece)

static unsigned long seed = 1;

static size_t
rnd(size_t n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (size_t)(seed >> 33) % n;
}

static char *
make_text(size_t n)
{
	char *s = calloc(n * 80 + 1, 1);
	size_t i;

	for (i = 0; i < n; i++)
		strcat(s, piece[rnd(NPIECE)]);
	return s;
}

/* Headlines h[0..nh) added to x (ids 0..nh); dead[i] when dropped. */
static void
check_texts(struct seg_keyidx *x, char **h, const bool *dead, size_t nh,
    size_t ntexts)
{
	size_t t, i, n, c;
	const size_t *ids;
	int over;

	for (t = 0; t < ntexts; t++) {
		char *text = make_text(1 + rnd(60));
		struct seg_keys k;

		segment_keys_of(&k, text);
		for (over = 0; over <= 3; over++) {
			n = segment_keyidx_query(x, &k, over, &ids);
			for (c = 1; c < n; c++)
				ck_assert_uint_lt(ids[c - 1], ids[c]);
			for (c = 0; c < n; c++)
				ck_assert(!dead[ids[c]]);
			for (i = 0, c = 0; i < nh; i++) {
				while (c < n && ids[c] < i)
					c++;
				if (!dead[i] &&
				    segment_lines_shared(h[i], text) > over)
					ck_assert_msg(c < n && ids[c] == i,
					    "headline %zu missed", i);
			}
		}
		segment_keys_free(&k);
		free(text);
	}
}

START_TEST(bound_holds)
{
	struct seg_keyidx x;
	char *h[300];
	bool dead[300] = { false };
	size_t i;

	memset(&x, 0, sizeof x);
	for (i = 0; i < 300; i++) {
		h[i] = make_text(1 + rnd(8));
		ck_assert_uint_eq(segment_keyidx_add(&x, h[i]), i);
	}
	check_texts(&x, h, dead, 300, 200);
	/* Most dropped: the index is made again of those left. */
	for (i = 0; i < 300; i++)
		if (rnd(4) != 0) {
			dead[i] = true;
			segment_keyidx_drop(&x, i);
		}
	check_texts(&x, h, dead, 300, 200);
	segment_keyidx_free(&x);
	for (i = 0; i < 300; i++)
		free(h[i]);
}
END_TEST

START_TEST(empty)
{
	struct seg_keyidx x;
	struct seg_keys k;
	const size_t *ids;

	memset(&x, 0, sizeof x);
	segment_keys_of(&k, "老旧小区 budget");
	ck_assert_uint_eq(segment_keyidx_query(&x, &k, 0, &ids), 0);
	ck_assert_uint_eq(segment_keyidx_add(&x, NULL), 0);
	ck_assert_uint_eq(segment_keyidx_add(&x, "老旧小区改造"), 1);
	ck_assert_uint_eq(segment_keyidx_query(&x, &k, 0, &ids), 1);
	ck_assert_uint_eq(ids[0], 1);
	segment_keyidx_drop(&x, 1);
	ck_assert_uint_eq(segment_keyidx_query(&x, &k, 0, &ids), 0);
	segment_keys_free(&k);
	segment_keyidx_free(&x);
}
END_TEST

static Suite *
segment_keys_suite(void)
{
	Suite *s = suite_create("segment_keys");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, bound_holds);
	tcase_add_test(tc, empty);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(segment_keys_suite)
