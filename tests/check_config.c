/* SPDX-License-Identifier: ISC */
/* check_config.c: the reader's config file and the XDG paths. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "userconf.h"

START_TEST(defaults)
{
	struct userconf uc;

	userconf_init(&uc);
	ck_assert_str_eq(uc.keymap, "default");
	ck_assert_int_eq(uc.ambiguous, AMBIGUOUS_NARROW);
	ck_assert_int_eq(uc.colour, 1);
	ck_assert_int_eq(uc.mouse, 0);
	ck_assert_ptr_null(uc.archive);
	userconf_free(&uc);
}
END_TEST

START_TEST(settings_and_bad_lines)
{
	static const char text[] =
	    "# kanbao\n"
	    "keymap = vi\n"
	    "ambiguous-width=wide   # comment\n"
	    "colour = maybe\n"
	    "color = no\n"
	    "no equals sign\n"
	    "archive = ~/papers\n"
	    "shoe-size = 44\n"
	    "mouse = off\n"
	    "ambiguous-width = sideways\n";
	struct userconf uc;
	struct diag_list dl = { 0 };

	setenv("HOME", "/home/reader", 1);
	userconf_init(&uc);
	ck_assert_uint_eq(userconf_parse(&uc, text, strlen(text), "config", &dl), 4);
	ck_assert_str_eq(uc.keymap, "vi");
	ck_assert_int_eq(uc.ambiguous, AMBIGUOUS_WIDE);
	ck_assert_int_eq(uc.colour, 0);
	ck_assert_int_eq(uc.mouse, 0);
	ck_assert_str_eq(uc.archive, "/home/reader/papers");
	ck_assert_uint_eq(dl.n, 4);
	ck_assert_uint_eq(dl.items[0].line, 4);
	ck_assert_uint_eq(dl.items[1].line, 6);
	ck_assert_uint_eq(dl.items[2].line, 8);
	ck_assert_ptr_nonnull(strstr(dl.items[2].message, "shoe-size"));
	ck_assert_uint_eq(dl.items[3].line, 10);
	ck_assert_str_eq(dl.items[3].file, "config");
	userconf_free(&uc);
	diag_list_free(&dl);
}
END_TEST

/* One comment rule: '#' at the start or after a blank begins a comment; a
 * '#' in a word is text (a PIN or a path may hold one). */
START_TEST(comments_after_blanks_only)
{
	static const char text[] =
	    "keymap = emacs  # my keys\n"
	    "\t# indented comment\n"
	    "archive = /srv/C#papers\t# tab before\n";
	struct userconf uc;
	struct diag_list dl = { 0 };

	userconf_init(&uc);
	ck_assert_uint_eq(userconf_parse(&uc, text, strlen(text), "config", &dl), 0);
	ck_assert_str_eq(uc.keymap, "emacs");
	ck_assert_str_eq(uc.archive, "/srv/C#papers");
	ck_assert_uint_eq(dl.n, 0);
	userconf_free(&uc);
	diag_list_free(&dl);
}
END_TEST

START_TEST(charset)
{
	static const char text[] =
	    "charset = UTF-8\n"
	    "charset = latin1\n";
	struct userconf uc;
	struct diag_list dl = { 0 };

	userconf_init(&uc);
	ck_assert_int_eq(uc.utf8, 0);
	ck_assert_uint_eq(userconf_parse(&uc, text, strlen(text), "config", &dl), 1);
	ck_assert_int_eq(uc.utf8, 1);
	ck_assert_ptr_nonnull(strstr(dl.items[0].message, "charset must be auto or utf-8"));
	userconf_free(&uc);
	diag_list_free(&dl);
}
END_TEST

START_TEST(linear)
{
	static const char text[] =
	    "linear = yes\n"
	    "linear = maybe\n";
	struct userconf uc;
	struct diag_list dl = { 0 };

	userconf_init(&uc);
	ck_assert_int_eq(uc.linear, 0);
	ck_assert_uint_eq(userconf_parse(&uc, text, strlen(text), "config", &dl), 1);
	ck_assert_int_eq(uc.linear, 1);
	ck_assert_ptr_nonnull(strstr(dl.items[0].message, "linear must be yes or no"));
	userconf_free(&uc);
	diag_list_free(&dl);
}
END_TEST

/* colour-NAME: a theme entry; bad ones are warnings with the reason. */
START_TEST(theme_settings)
{
	struct userconf uc;
	struct diag_list dl = { 0 };
	const char *text =
	    "colour-headline = yellow on blue bold\n"
	    "color-status = 208 on default reverse\n"
	    "colour-dim = dim\n"
	    "colour-nonesuch = red\n"
	    "colour-title = purple\n"
	    "colour-warn = red on\n";
	const struct theme_style *h, *s, *d;

	userconf_init(&uc);
	ck_assert_uint_eq(userconf_parse(&uc, text, strlen(text), "c", &dl), 3);
	h = &uc.theme.styles[THEME_HEADLINE];
	ck_assert_int_eq(h->set, 1);
	ck_assert_int_eq(h->fg, 3);
	ck_assert_int_eq(h->bg, 4);
	ck_assert_uint_eq(h->attrs, THEME_A_BOLD);
	s = &uc.theme.styles[THEME_STATUS];
	ck_assert_int_eq(s->fg, 208);
	ck_assert_int_eq(s->bg, THEME_DEFAULT);
	ck_assert_uint_eq(s->attrs, THEME_A_REVERSE);
	d = &uc.theme.styles[THEME_DIM];
	ck_assert_int_eq(d->fg, THEME_DEFAULT);
	ck_assert_uint_eq(d->attrs, THEME_A_DIM);
	ck_assert_int_eq(uc.theme.styles[THEME_TITLE].set, 0);
	ck_assert_int_eq(uc.theme.styles[THEME_WARN].set, 0);
	ck_assert_uint_eq(dl.n, 3);
	ck_assert_uint_eq(dl.items[0].line, 4);
	ck_assert_ptr_nonnull(strstr(dl.items[0].message, "unknown colour name"));
	userconf_free(&uc);
	diag_list_free(&dl);
}
END_TEST

START_TEST(auto_width)
{
	struct userconf uc;
	struct diag_list dl = { 0 };

	userconf_init(&uc);
	userconf_parse(&uc, "ambiguous-width = auto", 22, "c", &dl);
	ck_assert_int_eq(uc.ambiguous, AMBIGUOUS_AUTO);
	ck_assert_uint_eq(dl.n, 0);
	userconf_free(&uc);
}
END_TEST

START_TEST(xdg_paths)
{
	char *p;

	setenv("HOME", "/home/reader", 1);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("XDG_DATA_HOME");
	p = userconf_config_path("config");
	ck_assert_str_eq(p, "/home/reader/.config/kanbao/config");
	free(p);
	p = userconf_data_path("positions");
	ck_assert_str_eq(p, "/home/reader/.local/share/kanbao/positions");
	free(p);
	setenv("XDG_CONFIG_HOME", "/xdg/conf", 1);
	setenv("XDG_DATA_HOME", "/xdg/data", 1);
	p = userconf_config_path("keys");
	ck_assert_str_eq(p, "/xdg/conf/kanbao/keys");
	free(p);
	p = userconf_data_path("positions");
	ck_assert_str_eq(p, "/xdg/data/kanbao/positions");
	free(p);
	setenv("XDG_CONFIG_HOME", "relative", 1);	/* ignored, as the spec says */
	p = userconf_config_path("keys");
	ck_assert_str_eq(p, "/home/reader/.config/kanbao/keys");
	free(p);
	unsetenv("HOME");
	unsetenv("XDG_CONFIG_HOME");
	ck_assert_ptr_null(userconf_config_path("keys"));
}
END_TEST

START_TEST(missing_file_is_fine)
{
	struct userconf uc;
	struct diag_list dl = { 0 };

	userconf_init(&uc);
	ck_assert_int_eq(userconf_load(&uc, "/nonexistent/kanbao/config", &dl), 0);
	ck_assert_uint_eq(dl.n, 0);
	userconf_free(&uc);
}
END_TEST

static Suite *
config_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("config");

	tcase_add_test(tc, defaults);
	tcase_add_test(tc, settings_and_bad_lines);
	tcase_add_test(tc, auto_width);
	tcase_add_test(tc, comments_after_blanks_only);
	tcase_add_test(tc, charset);
	tcase_add_test(tc, linear);
	tcase_add_test(tc, theme_settings);
	tcase_add_test(tc, xdg_paths);
	tcase_add_test(tc, missing_file_is_fine);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(config_suite)
