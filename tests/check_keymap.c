/* SPDX-License-Identifier: ISC */
/* check_keymap.c: key names, the keymap file format, the built-in keymaps
 * and the manual's list of actions. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "check_run.h"
#include "keymap.h"
#include "userconf.h"

static void
canon_is(const char *in, const char *want)
{
	char *got = keymap_key_canon(in);

	if (want == NULL)
		ck_assert_msg(got == NULL, "%s should not be a key, got %s", in, got);
	else {
		ck_assert_msg(got != NULL, "%s should be a key", in);
		ck_assert_str_eq(got, want);
	}
	free(got);
}

START_TEST(key_names)
{
	canon_is("j", "j");
	canon_is("G", "G");
	canon_is("?", "?");
	canon_is("版", "版");
	canon_is("c-D", "C-d");
	canon_is("C-]", "C-]");
	canon_is("C-[", NULL);
	canon_is("pgdn", "PageDown");
	canon_is("PAGEUP", "PageUp");
	canon_is("return", "Enter");
	canon_is("S-Tab", "BTab");
	canon_is("f12", "F12");
	canon_is("F25", NULL);
	canon_is("M-v", "M-v");
	canon_is("M-<", "M-<");
	canon_is("m-pgup", "M-PageUp");
	canon_is("Hash", "Hash");
	canon_is("#", NULL);
	canon_is("5", NULL);		/* digits type counts */
	canon_is("jj", NULL);
	canon_is("Ctrl-q", NULL);
	canon_is("", NULL);
}
END_TEST

START_TEST(actions_round_trip)
{
	int a;

	for (a = ACTION_NONE + 1; a < ACTION__COUNT; a++) {
		ck_assert_ptr_nonnull(action_help((enum action)a));
		ck_assert_int_eq(action_from_name(action_name((enum action)a)), a);
	}
	ck_assert_int_eq(action_from_name("no-such"), ACTION_NONE);
	ck_assert_ptr_null(action_name(ACTION_NONE));
	ck_assert_ptr_null(action_name(ACTION__COUNT));
}
END_TEST

START_TEST(bad_lines_warn_and_parsing_goes_on)
{
	static const char text[] =
	    "# comment\n"
	    "bind j scroll-down   # trailing comment\n"
	    "bind k no-such-action\n"
	    "frob x\n"
	    "bind Ctrl-x quit\n"
	    "bind q\n"
	    "\n"
	    "bind Space page-down\n"
	    "bind a b c d e\n";
	struct keymap km;
	struct diag_list dl = { 0 };

	keymap_init(&km);
	ck_assert_uint_eq(keymap_parse(&km, text, strlen(text), "keys", &dl), 5);
	ck_assert_uint_eq(dl.n, 5);
	ck_assert_uint_eq(dl.items[0].line, 3);
	ck_assert_str_eq(dl.items[0].file, "keys");
	ck_assert_ptr_nonnull(strstr(dl.items[0].message, "no-such-action"));
	ck_assert_uint_eq(dl.items[1].line, 4);
	ck_assert_uint_eq(dl.items[2].line, 5);
	ck_assert_ptr_nonnull(strstr(dl.items[2].message, "Ctrl-x"));
	ck_assert_uint_eq(dl.items[3].line, 6);
	ck_assert_uint_eq(dl.items[4].line, 9);
	ck_assert_int_eq(keymap_lookup(&km, "j"), ACTION_SCROLL_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "Space"), ACTION_PAGE_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "k"), ACTION_NONE);
	keymap_free(&km);
	diag_list_free(&dl);
}
END_TEST

START_TEST(rebind_and_unbind)
{
	static const char text[] =
	    "bind j scroll-down\nbind Down scroll-down\nbind x quit\n"
	    "bind j scroll-up\nunbind x\nbind Down none\n";
	struct keymap km;
	struct diag_list dl = { 0 };
	char *keys;

	keymap_init(&km);
	ck_assert_uint_eq(keymap_parse(&km, text, strlen(text), "k", &dl), 0);
	ck_assert_int_eq(keymap_lookup(&km, "j"), ACTION_SCROLL_UP);
	ck_assert_int_eq(keymap_lookup(&km, "x"), ACTION_NONE);
	ck_assert_int_eq(keymap_lookup(&km, "Down"), ACTION_NONE);
	ck_assert_ptr_null(keymap_keys_for(&km, ACTION_SCROLL_DOWN));
	keys = keymap_keys_for(&km, ACTION_SCROLL_UP);
	ck_assert_str_eq(keys, "j");
	free(keys);
	keymap_free(&km);
	diag_list_free(&dl);
}
END_TEST

/* Every built-in keymap parses without a warning; the default one binds
 * every action. */
START_TEST(builtin_keymaps)
{
	const char *const *name;
	struct keymap km;
	struct diag_list dl = { 0 };
	int a;

	for (name = keymap_builtin_names; *name; name++) {
		const char *text = keymap_builtin(*name);

		keymap_init(&km);
		ck_assert_ptr_nonnull(text);
		ck_assert_uint_eq(keymap_parse(&km, text, strlen(text), *name, &dl), 0);
		ck_assert_int_eq(keymap_lookup(&km, "Tab"), ACTION_FOCUS_NEXT);
		for (a = ACTION_NONE + 1; strcmp(*name, "default") == 0 && a < ACTION__COUNT; a++) {
			char *keys = keymap_keys_for(&km, (enum action)a);

			ck_assert_msg(keys != NULL, "default.keys does not bind %s",
			    action_name((enum action)a));
			free(keys);
		}
		keymap_free(&km);
	}
	ck_assert_ptr_null(keymap_builtin("nano"));
	ck_assert_uint_eq(dl.n, 0);
}
END_TEST

/* The compiled-in default keymap is the shipped file, byte for byte. */
START_TEST(builtin_is_the_shipped_file)
{
	const char *srcdir = getenv("top_srcdir");
	char *path, *text;
	size_t len;

	path = malloc(strlen(srcdir ? srcdir : ".") + 32);
	sprintf(path, "%s/keymaps/default.keys", srcdir ? srcdir : ".");
	text = userconf_read_file(path, &len);
	ck_assert_msg(text != NULL, "cannot read %s", path);
	ck_assert_str_eq(text, keymap_builtin("default"));
	free(text);
	free(path);
}
END_TEST

/* kanbao-keys(5) lists every action with the table's help text. */
START_TEST(manual_lists_every_action)
{
	const char *srcdir = getenv("top_srcdir");
	char *path, *man, *want;
	size_t len;
	int a;

	path = malloc(strlen(srcdir ? srcdir : ".") + 32);
	sprintf(path, "%s/man/kanbao-keys.5.in", srcdir ? srcdir : ".");
	man = userconf_read_file(path, &len);
	ck_assert_msg(man != NULL, "cannot read %s", path);
	for (a = ACTION_NONE + 1; a < ACTION__COUNT; a++) {
		want = malloc(strlen(action_name((enum action)a)) +
		    strlen(action_help((enum action)a)) + 16);
		sprintf(want, ".It Cm %s\n%s.\n", action_name((enum action)a),
		    action_help((enum action)a));
		ck_assert_msg(strstr(man, want) != NULL, "kanbao-keys.5 lacks:\n%s", want);
		free(want);
	}
	free(man);
	free(path);
}
END_TEST

static Suite *
keymap_suite(void)
{
	Suite *s = suite_create("keymap");
	TCase *tc = tcase_create("keymap");

	tcase_add_test(tc, key_names);
	tcase_add_test(tc, actions_round_trip);
	tcase_add_test(tc, bad_lines_warn_and_parsing_goes_on);
	tcase_add_test(tc, rebind_and_unbind);
	tcase_add_test(tc, builtin_keymaps);
	tcase_add_test(tc, builtin_is_the_shipped_file);
	tcase_add_test(tc, manual_lists_every_action);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(keymap_suite)
