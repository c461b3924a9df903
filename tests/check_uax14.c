/* SPDX-License-Identifier: ISC */
/* check_uax14.c: linebreak_find against the Unicode line breaking
 * conformance test, LineBreakTest.txt (Debian: unicode-data; skipped, exit
 * 77, when it is absent; KANBAO_LINEBREAKTEST names another copy).
 *
 * Every position inside every test case counts as one of:
 *   pass       linebreak_find agrees with the test;
 *   deviation  a documented difference: our own rules (whole grapheme
 *              clusters, the 禁则, breaks at quotes between ideographs) or
 *              a known difference of libunistring 1.0 (the Unicode 14
 *              rules, untailored) from the Unicode 15.0 test, counted by
 *              the rule the test names (uax14_known[]);
 *   failure    anything else.
 * The test fails when failures exceed UAX14_MAX_FAILURES.  The figures are
 * printed to the test log. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unistr.h>

#include "check_run.h"
#include "linebreak.h"

#define UAX14_FILE	"/usr/share/unicode/auxiliary/LineBreakTest.txt"
#define UAX14_MAX_FAILURES	0
#define UAX14_MAX_CPS	64

/* Rules of the Unicode 15.0 test where libunistring 1.0 answers otherwise,
 * and why; found by running this test.  "18.0-lead" is rule 18.0 where
 * only spaces stand between the start of the text (or a mandatory break)
 * and the position. */
static const struct uax14_known {
	const char	*rule;
	const char	*why;
} uax14_known[] = {
	{ "18.0-lead", "libunistring keeps the spaces at the start of a line "
	    "with what follows them (no break after leading spaces)" },
	{ "999.0", "numbers: the test tailors LB25 as regular expressions "
	    "(UAX #14 example 7); libunistring uses the untailored pairs" },
	{ "20.01", "LB20 (break before CB, U+FFFC): libunistring keeps CB "
	    "to a preceding BB, PR or AL" },
	{ "20.02", "LB20 (break after CB): libunistring keeps CB to a "
	    "following BA, HY, IN, NS, PO or CM" },
	{ "29.0", "LB29 (IS x AL): libunistring breaks after a comma before "
	    "some letters" },
	{ "14.0", "LB14 (OP SP* x): libunistring breaks before a control "
	    "(class CM) after the spaces" },
	{ "16.0", "LB16 (CL SP* x NS): libunistring breaks before U+17D6 after "
	    "the spaces" },
	{ "30.11", "LB30a: regional indicators with a mark between them" },
};

#define UAX14_NKNOWN (sizeof uax14_known / sizeof uax14_known[0])

struct uax14_counts {
	long	pass, ours_grapheme, ours_kinsoku, ours_quote;
	long	known, fail;
	long	by_rule[UAX14_NKNOWN];
};

/* One test case: code points, the expected break before each (ops[i] for
 * the position before cps[i]; ops[n] is the end) and each rule number. */
struct uax14_case {
	uint32_t	 cps[UAX14_MAX_CPS];
	int		 ops[UAX14_MAX_CPS + 1];
	char		 rules[UAX14_MAX_CPS + 1][16];
	size_t		 n;
};

static const char *
uax14_path(void)
{
	const char *p = getenv("KANBAO_LINEBREAKTEST");

	return p != NULL && *p != '\0' ? p : UAX14_FILE;
}

static int
uax14_known_rule(const char *rule)
{
	size_t	i;

	for (i = 0; i < UAX14_NKNOWN; i++) {
		if (strcmp(uax14_known[i].rule, rule) == 0)
			return (int)i;
	}
	return -1;
}

/* "× 0023 ÷ 0020 ÷	#  × [0.3] NUMBER SIGN (AL) ÷ [18.0] ..." */
static int
uax14_parse(const char *line, struct uax14_case *c)
{
	const char	*p = line, *q;
	size_t		 nops = 0, nrules = 0;
	char		*e;

	memset(c, 0, sizeof *c);
	while (*p != '\0' && *p != '#' && *p != '\n') {
		if (strncmp(p, "\xC3\x97", 2) == 0 ||
		    strncmp(p, "\xC3\xB7", 2) == 0) {
			if (nops > UAX14_MAX_CPS)
				return -1;
			c->ops[nops++] = p[1] == '\xB7';
			p += 2;
		} else if (*p == ' ' || *p == '\t')
			p++;
		else {
			if (c->n >= UAX14_MAX_CPS)
				return -1;
			c->cps[c->n++] = strtoul(p, &e, 16);
			if (e == p)
				return -1;
			p = e;
		}
	}
	for (q = p; (q = strchr(q, '[')) != NULL && nrules <= UAX14_MAX_CPS;
	    q++)
		sscanf(q + 1, "%15[0-9.]", c->rules[nrules++]);
	return nops == c->n + 1 && nrules == nops ? 0 : -1;
}

/* Whether one of our rules explains the answer at position i: a break the
 * test wants inside a grapheme cluster or against the 禁则, or one it
 * forbids between a quote and an ideograph.  Counts it if so. */
static int
uax14_ours(const struct uax14_case *c, size_t i, const char *gb, size_t off,
    struct uax14_counts *k)
{
	uint32_t	a = c->cps[i - 1], b = c->cps[i];

	if (c->ops[i] && !gb[off])
		k->ours_grapheme++;
	else if (c->ops[i] && (linebreak_no_start(b) || linebreak_no_end(a) ||
	    linebreak_inseparable(a, b)))
		k->ours_kinsoku++;
	else if (!c->ops[i] && (a == 0x201D || a == 0x2019 || b == 0x201C ||
	    b == 0x2018))
		k->ours_quote++;
	else
		return 0;
	return 1;
}

static int
uax14_is_mandatory(uint32_t c)
{
	return c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x85 ||
	    c == 0x2028 || c == 0x2029;
}

/* Position i follows only spaces since the start or a mandatory break. */
static int
uax14_lead_spaces(const struct uax14_case *c, size_t i)
{
	while (i > 0 && (c->cps[i - 1] == 0x20 || c->cps[i - 1] == 0x308))
		i--;
	return i == 0 || uax14_is_mandatory(c->cps[i - 1]);
}

static void
uax14_print_case(const struct uax14_case *c, size_t i)
{
	size_t	j;

	printf("FAIL rule %s at %zu:", c->rules[i], i);
	for (j = 0; j < c->n; j++)
		printf(" %s%04X", j == i ? "|" : "", (unsigned)c->cps[j]);
	printf(" (expected %s)\n", c->ops[i] ? "break" : "no break");
}

static void
uax14_libunistring(const struct uax14_case *c, size_t i,
    struct uax14_counts *k)
{
	int	r = uax14_known_rule(c->rules[i]);

	if (strcmp(c->rules[i], "18.0") == 0 && uax14_lead_spaces(c, i))
		r = uax14_known_rule("18.0-lead");
	if (r >= 0) {
		k->known++;
		k->by_rule[r]++;
		return;
	}
	if (k->fail++ < 20)
		uax14_print_case(c, i);
}

static void
uax14_run_case(const struct uax14_case *c, struct uax14_counts *k)
{
	uint8_t		 s[UAX14_MAX_CPS * 4];
	size_t		 off[UAX14_MAX_CPS], len = 0, i;
	char		 brk[sizeof s], gb[sizeof s];
	int		 got;

	for (i = 0; i < c->n; i++) {
		off[i] = len;
		len += u8_uctomb(s + len, c->cps[i], sizeof s - len);
	}
	u8_grapheme_breaks(s, len, gb);
	linebreak_find((const char *)s, len, 0, gb, brk);
	for (i = 1; i < c->n; i++) {
		got = brk[off[i]] != LINEBREAK_NO;
		if (got == c->ops[i])
			k->pass++;
		else if (!uax14_ours(c, i, gb, off[i], k))
			uax14_libunistring(c, i, k);
	}
}

static void
uax14_report(const struct uax14_counts *k)
{
	long	ours = k->ours_grapheme + k->ours_kinsoku + k->ours_quote;
	size_t	i;

	printf("UAX #14 conformance (%s): pass %ld; deviations %ld "
	    "(ours %ld: grapheme clusters %ld, kinsoku %ld, quotes %ld; "
	    "libunistring %ld); failures %ld\n", uax14_path(), k->pass,
	    ours + k->known, ours, k->ours_grapheme, k->ours_kinsoku,
	    k->ours_quote, k->known, k->fail);
	for (i = 0; i < UAX14_NKNOWN; i++) {
		if (k->by_rule[i] > 0)
			printf("  libunistring, rule %s: %ld (%s)\n",
			    uax14_known[i].rule, k->by_rule[i],
			    uax14_known[i].why);
	}
}

START_TEST(conformance)
{
	struct uax14_counts	 k;
	struct uax14_case	 c;
	char			 line[4096];
	FILE			*f;
	long			 bad = 0;

	memset(&k, 0, sizeof k);
	f = fopen(uax14_path(), "r");
	ck_assert_ptr_nonnull(f);
	while (fgets(line, sizeof line, f) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (uax14_parse(line, &c) < 0) {
			bad++;
			continue;
		}
		uax14_run_case(&c, &k);
	}
	fclose(f);
	uax14_report(&k);
	fflush(stdout);
	ck_assert_int_eq(bad, 0);
	ck_assert_int_gt(k.pass, 10000);
	ck_assert_int_le(k.fail, UAX14_MAX_FAILURES);
}
END_TEST

static Suite *
uax14_suite(void)
{
	Suite	*s = suite_create("uax14");
	TCase	*tc = tcase_create("conformance");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, conformance);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;
	FILE	*f;

	if ((f = fopen(uax14_path(), "r")) == NULL) {
		printf("SKIP: %s not found (Debian: unicode-data)\n",
		    uax14_path());
		return 77;
	}
	fclose(f);
	sr = srunner_create(uax14_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
