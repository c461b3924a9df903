/* SPDX-License-Identifier: ISC */
/* check_kiosk.c: kiosk mode's core: its settings (system config only,
 * failing closed) and an archive that nothing leads out of. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "check_run.h"
#include "kiosk.h"
#include "userconf.h"
#include "xalloc.h"

/* Parse text as the system config (system 1) or the user's. */
static size_t
parse(struct userconf *uc, const char *text, int system, struct diag_list *dl)
{
	size_t bad;

	uc->system = system;
	bad = userconf_parse(uc, text, strlen(text), "kanbao.conf", dl);
	uc->system = 0;
	return bad;
}

START_TEST(defaults)
{
	struct userconf uc;
	int i;

	userconf_init(&uc);
	ck_assert_int_eq(uc.kiosk.on, 0);
	ck_assert_int_eq(uc.kiosk.idle, 300);
	ck_assert_ptr_null(uc.kiosk.pin);
	ck_assert_uint_eq(uc.kiosk.n_exit_keys, 0);
	for (i = 0; i < KIOSK__COUNT; i++) {
		ck_assert(!kiosk_restricts(&uc.kiosk, 0, (enum kiosk_restriction)i));
		ck_assert(kiosk_restricts(&uc.kiosk, 1, (enum kiosk_restriction)i));
	}
	userconf_free(&uc);
}
END_TEST

START_TEST(system_settings)
{
	static const char text[] =
	    "kiosk = yes\n"
	    "kiosk-archive = /srv/papers\n"
	    "kiosk-idle = 120\n"
	    "kiosk-pin = 0042\n"
	    "kiosk-exit-keys = C-x C-k  F12\n"
	    "kiosk-allow = write, suspend,editor\n"
	    "archive = ~/papers\n";
	struct userconf uc;
	struct diag_list dl = { 0 };

	setenv("HOME", "/home/patron", 1);
	userconf_init(&uc);
	ck_assert_uint_eq(parse(&uc, text, 1, &dl), 0);
	ck_assert_int_eq(uc.kiosk.on, 1);
	ck_assert_str_eq(uc.kiosk.archive, "/srv/papers");
	ck_assert_int_eq(uc.kiosk.idle, 120);
	ck_assert_str_eq(uc.kiosk.pin, "0042");
	ck_assert_uint_eq(uc.kiosk.n_exit_keys, 3);
	ck_assert_str_eq(uc.kiosk.exit_keys[0], "C-x");
	ck_assert_str_eq(uc.kiosk.exit_keys[2], "F12");
	/* The system config does not depend on who runs kanbao. */
	ck_assert_str_eq(uc.archive, "~/papers");
	ck_assert(!kiosk_restricts(&uc.kiosk, 1, KIOSK_WRITE));
	ck_assert(!kiosk_restricts(&uc.kiosk, 1, KIOSK_SUSPEND));
	ck_assert(!kiosk_restricts(&uc.kiosk, 1, KIOSK_EDITOR));
	ck_assert(kiosk_restricts(&uc.kiosk, 1, KIOSK_QUIT));
	ck_assert(kiosk_restricts(&uc.kiosk, 1, KIOSK_OUTSIDE_ARCHIVE));
	ck_assert_uint_eq(dl.n, 0);
	userconf_free(&uc);
	diag_list_free(&dl);
}
END_TEST

/* The user's config may not say anything about kiosk mode. */
START_TEST(user_config_refused)
{
	static const char text[] =
	    "kiosk = no\n"
	    "kiosk-allow = quit\n"
	    "keymap = vi\n";
	struct userconf uc;
	struct diag_list dl = { 0 };

	userconf_init(&uc);
	ck_assert_uint_eq(parse(&uc, "kiosk = yes\n", 1, &dl), 0);
	ck_assert_uint_eq(parse(&uc, text, 0, &dl), 2);
	ck_assert_int_eq(uc.kiosk.on, 1);
	ck_assert_uint_eq(uc.kiosk.allow, 0);
	ck_assert_str_eq(uc.keymap, "vi");
	ck_assert_uint_eq(dl.n, 2);
	ck_assert_uint_eq(dl.items[0].line, 1);
	ck_assert_ptr_nonnull(strstr(dl.items[0].message, "system-wide"));
	userconf_free(&uc);
	diag_list_free(&dl);
}
END_TEST

START_TEST(bad_values)
{
	static const char text[] =
	    "kiosk-idle = soon\n"
	    "kiosk-idle = -5\n"
	    "kiosk-pin = 12\n"
	    "kiosk-pin = 12a45\n"
	    "kiosk-exit-keys = F12\n"
	    "kiosk-allow = write, shell\n"
	    "kiosk-archive = relative/path\n"
	    "kiosk-colour = yes\n"
	    "kiosk = perhaps\n";
	struct userconf uc;
	struct diag_list dl = { 0 };

	userconf_init(&uc);
	ck_assert_uint_eq(parse(&uc, text, 1, &dl), 9);
	ck_assert_uint_eq(dl.n, 9);
	ck_assert_uint_eq(dl.items[8].line, 9);
	/* A typo must not open the terminal to everyone: kiosk stays on. */
	ck_assert_int_eq(uc.kiosk.on, 1);
	ck_assert_int_eq(uc.kiosk.idle, 300);
	ck_assert_ptr_null(uc.kiosk.pin);
	ck_assert_uint_eq(uc.kiosk.n_exit_keys, 0);
	ck_assert_uint_eq(uc.kiosk.allow, 0);
	ck_assert_ptr_null(uc.kiosk.archive);
	userconf_free(&uc);
	diag_list_free(&dl);
}
END_TEST

START_TEST(allow_list)
{
	unsigned m = 0;
	char *bad = NULL;
	int i;

	ck_assert_int_eq(kiosk_allow_parse("", &m, &bad), 0);
	ck_assert_uint_eq(m, 0);
	ck_assert_int_eq(kiosk_allow_parse(" quit,,user-config\t", &m, &bad), 0);
	ck_assert_uint_eq(m, (1u << KIOSK_QUIT) | (1u << KIOSK_USER_CONFIG));
	ck_assert_int_eq(kiosk_allow_parse("quit,editors", &m, &bad), -1);
	ck_assert_str_eq(bad, "editors");
	free(bad);
	for (i = 0; i < KIOSK__COUNT; i++) {
		ck_assert_int_eq(kiosk_allow_parse(kiosk_restriction_name(
		    (enum kiosk_restriction)i), &m, &bad), 0);
		ck_assert_uint_eq(m, 1u << i);
		ck_assert_ptr_nonnull(kiosk_restriction_help((enum kiosk_restriction)i));
	}
	ck_assert_ptr_null(kiosk_restriction_name(KIOSK__COUNT));
}
END_TEST

START_TEST(pin)
{
	struct kiosk_conf kc;

	kiosk_conf_init(&kc);
	ck_assert(!kiosk_pin_ok(&kc, ""));
	ck_assert_ptr_null(kiosk_conf_set(&kc, "kiosk-pin", "4711"));
	ck_assert(kiosk_pin_ok(&kc, "4711"));
	ck_assert(!kiosk_pin_ok(&kc, "471"));
	ck_assert(!kiosk_pin_ok(&kc, "47110"));
	ck_assert(!kiosk_pin_ok(&kc, "4712"));
	ck_assert(!kiosk_pin_ok(&kc, ""));
	ck_assert(!kiosk_pin_ok(&kc, NULL));
	kiosk_conf_free(&kc);
}
END_TEST

/* Typing keys: how far into the staff sequence each one gets. */
START_TEST(exit_keys)
{
	static const char *typed[] = { "F5", "F5", "F5", "F6", "x", "F5", "F5", "F6" };
	static const size_t want[] = { 1, 2, 2, 3, 0, 1, 2, 3 };
	struct kiosk_conf kc;
	size_t i, pos = 0;

	kiosk_conf_init(&kc);
	ck_assert_ptr_null(kiosk_conf_set(&kc, "kiosk-exit-keys", "F5 F5 F6"));
	for (i = 0; i < sizeof typed / sizeof typed[0]; i++) {
		pos = kiosk_exit_step(&kc, pos == 3 ? 0 : pos, typed[i]);
		ck_assert_uint_eq(pos, want[i]);
	}
	ck_assert_ptr_null(kiosk_conf_set(&kc, "kiosk-exit-keys", "a b a c"));
	pos = 0;
	for (i = 0; i < 5; i++)
		pos = kiosk_exit_step(&kc, pos, "abab"[i % 4] == 'a' ? "a" : "b");
	ck_assert_uint_eq(pos, 3);	/* a b a b a ends in "a b a" */
	ck_assert_uint_eq(kiosk_exit_step(&kc, 3, "b"), 2);	/* a b a b */
	ck_assert_uint_eq(kiosk_exit_step(&kc, 3, "c"), 4);
	kiosk_conf_free(&kc);
}
END_TEST

/* --- the confined archive --------------------------------------------------- */

static char *tmp;

static void
put(const char *rel, const char *text)
{
	char *p = xasprintf("%s/%s", tmp, rel);
	FILE *f = fopen(p, "w");

	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	free(p);
}

static void
dir(const char *rel)
{
	char *p = xasprintf("%s/%s", tmp, rel);

	ck_assert_int_eq(mkdir(p, 0700), 0);
	free(p);
}

static void
link_to(const char *target, const char *rel)
{
	char *p = xasprintf("%s/%s", tmp, rel);

	ck_assert_int_eq(symlink(target, p), 0);
	free(p);
}

/* An archive with links out (a publication, an issue, a page) and in. */
static void
archive_setup(void)
{
	char tmpl[] = "/tmp/check_kiosk.XXXXXX";
	char *out;

	ck_assert_ptr_nonnull(mkdtemp(tmpl));
	tmp = xstrdup(tmpl);
	dir("out");
	dir("out/2024-01-01");
	put("out/2024-01-01/01.txt", "SECRET\n\nOutside text.\n");
	dir("arc");
	dir("arc/daily");
	dir("arc/daily/2024-05-06");
	put("arc/daily/2024-05-06/01.txt", "HEADLINE\n\nInside text.\n");
	out = xasprintf("%s/out", tmp);
	link_to(out, "arc/away");				/* a publication */
	free(out);
	link_to("../../out/2024-01-01", "arc/daily/2024-01-01");	/* an issue */
	link_to("../../../out/2024-01-01/01.txt", "arc/daily/2024-05-06/02.txt");
	link_to("2024-05-06", "arc/daily/2024-05-07");		/* inside */
}

static void
archive_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmp);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(tmp);
}

static size_t
count_diags(const struct archive *a, const char *what)
{
	size_t i, n = 0;

	for (i = 0; i < a->diags.n; i++)
		n += strstr(a->diags.items[i].message, what) != NULL;
	return n;
}

START_TEST(confined_archive)
{
	char *root = xasprintf("%s/arc", tmp);
	struct archive *a = archive_open_confined(root, NULL);
	struct issue *is;

	ck_assert_uint_eq(a->n_pubs, 1);
	ck_assert_str_eq(a->pubs[0].id, "daily");
	/* 2024-05-06 and the link to it; not the link out. */
	ck_assert_uint_eq(a->pubs[0].n_issues, 2);
	ck_assert_str_eq(a->pubs[0].issues[0].date, "2024-05-06");
	ck_assert_str_eq(a->pubs[0].issues[1].date, "2024-05-07");
	is = &a->pubs[0].issues[0];
	issue_load(is);
	ck_assert_uint_eq(is->n_pages, 1);
	ck_assert_uint_eq(count_diags(a, "leads outside the archive"), 3);
	ck_assert_ptr_null(archive_find_issue(a, "daily/2024-01-01"));
	archive_free(a);
	free(root);
}
END_TEST

START_TEST(unconfined_archive_follows)
{
	char *root = xasprintf("%s/arc", tmp);
	struct archive *a = archive_open(root, NULL);

	ck_assert_uint_eq(a->n_pubs, 2);
	ck_assert_ptr_nonnull(archive_find_issue(a, "daily/2024-01-01"));
	ck_assert_uint_eq(count_diags(a, "leads outside"), 0);
	archive_free(a);
	free(root);
}
END_TEST

START_TEST(path_allowed)
{
	char *root = xasprintf("%s/arc", tmp);
	struct archive *a = archive_open_confined(root, NULL);
	struct diag_list dl = { 0 };
	char *p;

	p = xasprintf("%s/daily/2024-05-06/01.txt", root);
	ck_assert(archive_path_allowed(a, p, &dl));
	free(p);
	p = xasprintf("%s/daily/../daily/2024-05-07/01.txt", root);
	ck_assert(archive_path_allowed(a, p, &dl));
	free(p);
	ck_assert_uint_eq(dl.n, 0);
	p = xasprintf("%s/daily/../../out/2024-01-01/01.txt", root);
	ck_assert(!archive_path_allowed(a, p, &dl));
	free(p);
	/* A sibling whose name starts with the root's is not inside it. */
	p = xasprintf("%s-other", root);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	ck_assert(!archive_path_allowed(a, p, &dl));
	rmdir(p);
	free(p);
	/* A dangling link could be pointed anywhere later. */
	p = xasprintf("%s/dangling", root);
	ck_assert_int_eq(symlink("/nonexistent/kanbao", p), 0);
	ck_assert(!archive_path_allowed(a, p, &dl));
	free(p);
	/* Nothing at all: reading it fails by itself. */
	p = xasprintf("%s/missing.txt", root);
	ck_assert(archive_path_allowed(a, p, &dl));
	free(p);
	ck_assert_uint_eq(dl.n, 3);
	ck_assert_ptr_nonnull(strstr(dl.items[0].message, "leads outside the archive"));
	diag_list_free(&dl);
	archive_free(a);
	free(root);
}
END_TEST

static Suite *
kiosk_suite(void)
{
	Suite *s = suite_create("kiosk");
	TCase *tc = tcase_create("settings");
	TCase *ta = tcase_create("archive");

	tcase_add_test(tc, defaults);
	tcase_add_test(tc, system_settings);
	tcase_add_test(tc, user_config_refused);
	tcase_add_test(tc, bad_values);
	tcase_add_test(tc, allow_list);
	tcase_add_test(tc, pin);
	tcase_add_test(tc, exit_keys);
	suite_add_tcase(s, tc);
	tcase_add_checked_fixture(ta, archive_setup, archive_teardown);
	tcase_add_test(ta, confined_archive);
	tcase_add_test(ta, unconfined_archive_follows);
	tcase_add_test(ta, path_allowed);
	suite_add_tcase(s, ta);
	return s;
}

CHECK_MAIN(kiosk_suite)
