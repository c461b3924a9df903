/* check_srcmap.c: what cleaning dropped from the source (srcmap_dropped):
 * doubled glyphs, joined hyphens and artefact spaces, and what it did not
 * (line breaks, indentation, spaces kept between words). */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "clean.h"
#include "srcmap.h"

/* The marks of raw (lines) cleaned by clean_lines, as a string: '.' kept,
 * 's' dropped space, 'g' dropped glyph, one per byte. */
static char *
marks_of(const char *raw)
{
	size_t n = strlen(raw), i, nl = 0, lens[8];
	const char *lines[8], *p = raw, *e;
	char *clean, *out;
	unsigned char *m;

	while (nl < 8) {
		e = strchr(p, '\n');
		lines[nl] = p;
		lens[nl++] = e ? (size_t)(e - p) : strlen(p);
		if (e == NULL)
			break;
		p = e + 1;
	}
	clean = clean_lines(lines, lens, nl);
	m = malloc(n + 1);
	out = malloc(n + 1);
	srcmap_dropped(raw, n, clean, strlen(clean), m);
	for (i = 0; i < n; i++)
		out[i] = m[i] == SRCMAP_DROPPED_SPACE ? 's' :
		    m[i] == SRCMAP_DROPPED_GLYPH ? 'g' : '.';
	out[n] = '\0';
	free(m);
	free(clean);
	return out;
}

START_TEST(artefact_space_between_ideographs)
{
	char *m = marks_of("款 免费");	/* 3 + 1 + 3 + 3 bytes */

	ck_assert_str_eq(m, "...s......");
	free(m);
}
END_TEST

START_TEST(spaces_between_words_kept)
{
	char *m = marks_of("the harbor  opened");

	ck_assert_ptr_null(strchr(m, 'g'));
	ck_assert_int_eq(m[3], '.');		/* the space between words */
	free(m);
}
END_TEST

START_TEST(hyphen_joined)
{
	char *m = marks_of("Har-\nbor");

	ck_assert_str_eq(m, "...g....");
	free(m);
}
END_TEST

START_TEST(doubled_glyphs)
{
	const char *raw = "松松川川";
	size_t n = strlen(raw), i;
	unsigned char m[16];

	srcmap_dropped(raw, n, "松川", strlen("松川"), m);
	ck_assert_int_eq(m[0], SRCMAP_KEPT);
	ck_assert_int_eq(m[3], SRCMAP_DROPPED_GLYPH);
	ck_assert_int_eq(m[6], SRCMAP_KEPT);
	ck_assert_int_eq(m[9], SRCMAP_DROPPED_GLYPH);
	for (i = 0; i < n; i++)
		if (i % 3 != 0)
			ck_assert_int_eq(m[i], SRCMAP_KEPT);
}
END_TEST

START_TEST(line_edges_not_marked)
{
	/* An ideographic-space indent and a line break are layout. */
	char *m = marks_of("\xE3\x80\x80中文\n国家 ");

	ck_assert_ptr_null(strchr(m, 's'));
	ck_assert_ptr_null(strchr(m, 'g'));
	free(m);
}
END_TEST

static Suite *
srcmap_suite(void)
{
	Suite *s = suite_create("srcmap");
	TCase *tc = tcase_create("dropped");

	tcase_add_test(tc, artefact_space_between_ideographs);
	tcase_add_test(tc, spaces_between_words_kept);
	tcase_add_test(tc, hyphen_joined);
	tcase_add_test(tc, doubled_glyphs);
	tcase_add_test(tc, line_edges_not_marked);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(srcmap_suite)
