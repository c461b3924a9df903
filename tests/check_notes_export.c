/* check_notes_export.c: notes handed back as JSON Lines and plain text,
 * with the text they are on quoted from the page. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "notes.h"
#include "notes_export.h"
#include "pagetext.h"
#include "xalloc.h"

/* A page of three lines starting at file line 11 (line_offset 10). */
static void
page_of(struct page_text *pt)
{
	static const char text[] = "本报讯 （记者 周启明）\nsecond \"line\"\nthird line\n";

	memset(pt, 0, sizeof *pt);
	pagetext_from_text(pt, xstrdup(text), strlen(text));
}

START_TEST(quote_spans_columns_and_lines)
{
	struct page_text pt;
	struct note n = { 11, 5, 12, 6, (char *)"x", false };
	char *q;

	page_of(&pt);
	q = notes_quote(&n, &pt, 10);
	ck_assert_str_eq(q, "（记者 周启明）\nsecond");
	free(q);
	page_text_free(&pt);
}
END_TEST

START_TEST(jsonl_and_text)
{
	struct page_text pt;
	struct note_set ns = { 0 };
	struct strbuf sb = STRBUF_INIT;

	page_of(&pt);
	notes_add(&ns, 12, 1, 12, 13, "a \"quote\"\nand a second line");
	notes_add(&ns, 12, 1, 13, 5, "two notes on one line");
	strbuf_adds(&sb, "");
	notes_export_page(&sb, NOTES_EXPORT_JSONL, "pub/2024-04-03/01.txt", &ns, &pt, 10);
	ck_assert_str_eq(sb.s,
	    "{\"page\":\"pub/2024-04-03/01.txt\",\"first_line\":12,\"first_col\":1,"
	    "\"last_line\":12,\"last_col\":13,\"quote\":\"second \\\"line\\\"\","
	    "\"note\":\"a \\\"quote\\\"\\u000aand a second line\"}\n"
	    "{\"page\":\"pub/2024-04-03/01.txt\",\"first_line\":12,\"first_col\":1,"
	    "\"last_line\":13,\"last_col\":5,\"quote\":\"second \\\"line\\\"\\u000athird\","
	    "\"note\":\"two notes on one line\"}\n");
	strbuf_truncate(&sb, 0);
	notes_export_page(&sb, NOTES_EXPORT_TEXT, "pub/01.txt", &ns, &pt, 10);
	ck_assert_str_eq(sb.s,
	    "pub/01.txt, line 12\n"
	    "  > second \"line\"\n"
	    "  a \"quote\"\n"
	    "  and a second line\n"
	    "\n"
	    "pub/01.txt, lines 12-13\n"
	    "  > second \"line\"\n"
	    "  > third\n"
	    "  two notes on one line\n"
	    "\n");
	strbuf_free(&sb);
	note_set_free(&ns);
	page_text_free(&pt);
}
END_TEST

START_TEST(format_by_name)
{
	ck_assert_int_eq(notes_export_format_of("n.jsonl"), NOTES_EXPORT_JSONL);
	ck_assert_int_eq(notes_export_format_of("n.json"), NOTES_EXPORT_JSONL);
	ck_assert_int_eq(notes_export_format_of("n.txt"), NOTES_EXPORT_TEXT);
	ck_assert_int_eq(notes_export_format_of("notes"), NOTES_EXPORT_TEXT);
}
END_TEST

static Suite *
notes_export_suite(void)
{
	Suite *s = suite_create("notes_export");
	TCase *tc = tcase_create("export");

	tcase_add_test(tc, quote_spans_columns_and_lines);
	tcase_add_test(tc, jsonl_and_text);
	tcase_add_test(tc, format_by_name);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(notes_export_suite)
