/* SPDX-License-Identifier: ISC */
/* check_layout.c: the layout engine on hand-made vectors, one per rule. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "check_run.h"
#include "layout.h"
#include "layout_invariants.h"
#include "linebreak.h"
#include "strbuf.h"
#include "width.h"

static struct layout_doc doc;
static struct layout *lay;

static void
teardown(void)
{
	layout_free(lay);
	lay = NULL;
	layout_doc_free(&doc);
}

static struct layout_options
opts(int width, enum ambiguous_width amb)
{
	struct layout_options o = { width, amb, 2, 0 };

	return o;
}

/* Lay out one block; return its lines joined by '|' (blank lines as ""). */
static const char *
lay1(enum layout_style style, int paragraph, const char *text, int width,
    enum ambiguous_width amb)
{
	static char		*joined;
	struct layout_options	 o = opts(width, amb);
	struct strbuf		 b = STRBUF_INIT;
	size_t			 i;

	teardown();
	layout_doc_add(&doc, style, text, strlen(text), paragraph, NULL);
	lay = layout_run(&doc, &o);
	inv_all(&doc, lay, 1);
	strbuf_add(&b, "", 0);
	for (i = 0; i < lay->n_lines; i++) {
		if (i > 0)
			strbuf_addc(&b, '|');
		strbuf_adds(&b, lay->lines[i].text);
	}
	free(joined);
	joined = strbuf_take(&b);
	return joined;
}

static uint32_t
first_cp(const char *s)
{
	ucs4_t	uc = 0;

	if (*s != '\0')
		u8_mbtouc(&uc, (const uint8_t *)s, strlen(s));
	return uc;
}

static uint32_t
last_cp(const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s + len;
	ucs4_t		 uc = 0;

	if (len > 0) {
		p = u8_prev(&uc, p, (const uint8_t *)s);
		(void)p;
	}
	return uc;
}

/* No line of the last layout starts with closing or ends with opening
 * punctuation, except where a single cluster fills the line. */
static void
assert_kinsoku(void)
{
	const struct layout_line	*ln;
	size_t				 i, skip;

	for (i = 0; i < lay->n_lines; i++) {
		ln = &lay->lines[i];
		skip = ln->n_runs > 0 && ln->runs[0].kind == LR_INDENT ?
		    ln->runs[0].disp_end : 0;
		if (ln->len == skip || width_cluster_len(ln->text + skip,
		    ln->len - skip) == ln->len - skip)
			continue;
		if (i > 0 && lay->lines[i - 1].block == ln->block)
			ck_assert_msg(!linebreak_no_start(first_cp(ln->text)),
			    "line %zu starts with closing punctuation: %s", i,
			    ln->text);
		if (i + 1 < lay->n_lines && lay->lines[i + 1].block ==
		    ln->block && lay->lines[i + 1].style != LS_BLANK)
			ck_assert_msg(!linebreak_no_end(last_cp(ln->text,
			    ln->len)), "line %zu ends with opening "
			    "punctuation: %s", i, ln->text);
	}
}

START_TEST(closing_quote_at_11th_char)
{
	/* 20 cells: ten ideographs fill the line, the 11th character is a
	 * closing quote, so the 10th ideograph goes down with it. */
	ck_assert_str_eq(lay1(LS_BODY, 0, "一二三四五六七八九十”之后", 20,
	    AMBIGUOUS_NARROW), "一二三四五六七八九|十”之后");
	ck_assert_str_eq(lay1(LS_BODY, 0, "一二三四五六七八九十。之后", 20,
	    AMBIGUOUS_NARROW), "一二三四五六七八九|十。之后");
	ck_assert_str_eq(lay1(LS_BODY, 0, "一二三四五六七八九十）、之后", 20,
	    AMBIGUOUS_NARROW), "一二三四五六七八九|十）、之后");
	assert_kinsoku();
}
END_TEST

START_TEST(opening_punct_not_at_end)
{
	ck_assert_str_eq(lay1(LS_BODY, 0, "一二三四五六七八九《十》", 20,
	    AMBIGUOUS_NARROW), "一二三四五六七八九|《十》");
	ck_assert_str_eq(lay1(LS_BODY, 0, "一二三四五六七八九“十”", 20,
	    AMBIGUOUS_NARROW), "一二三四五六七八九|“十”");
	ck_assert_str_eq(lay1(LS_BODY, 0, "一二三四五六七八（十）", 18,
	    AMBIGUOUS_NARROW), "一二三四五六七八|（十）");
}
END_TEST

START_TEST(quotes_break_between_ideographs)
{
	/* UAX #14 before 15.1 keeps “ to the ideograph before it. */
	ck_assert_str_eq(lay1(LS_BODY, 0, "他说“你好”我们", 6,
	    AMBIGUOUS_NARROW), "他说|“你好”|我们");
}
END_TEST

START_TEST(wide_at_width_3)
{
	ck_assert_str_eq(lay1(LS_BODY, 0, "中文字", 3, AMBIGUOUS_NARROW),
	    "中|文|字");
	ck_assert_str_eq(lay1(LS_BODY, 0, "中a文", 3, AMBIGUOUS_NARROW),
	    "中a|文");
	ck_assert_int_eq(lay->lines[0].cells, 3);
}
END_TEST

START_TEST(wide_at_width_1)
{
	/* A two-cell character at width 1: a one-cell "?" mapped to it. */
	size_t	line, blk, off;
	int	col;

	ck_assert_str_eq(lay1(LS_BODY, 0, "中a", 1, AMBIGUOUS_NARROW), "?|a");
	ck_assert_int_eq(lay->lines[0].runs[0].kind, LR_SUBST);
	ck_assert_int_eq(layout_find(lay, 0, 1, &line, &col), 0);
	ck_assert_uint_eq(line, 0);
	ck_assert_int_eq(layout_at(lay, 0, 0, &blk, &off), 0);
	ck_assert_uint_eq(off, 0);
}
END_TEST

START_TEST(combining_at_wrap)
{
	/* é as e + U+0301, five of them, width 2: never split from its e. */
	ck_assert_str_eq(lay1(LS_BODY, 0, "e\xCC\x81" "e\xCC\x81" "e\xCC\x81"
	    "e\xCC\x81" "e\xCC\x81", 2, AMBIGUOUS_NARROW),
	    "e\xCC\x81" "e\xCC\x81|e\xCC\x81" "e\xCC\x81|e\xCC\x81");
	ck_assert_str_eq(lay1(LS_BODY, 0, "ab cafe\xCC\x81", 6,
	    AMBIGUOUS_NARROW), "ab|cafe\xCC\x81");
	ck_assert_str_eq(lay1(LS_BODY, 0, "中文\xCC\x81字", 4,
	    AMBIGUOUS_NARROW), "中文\xCC\x81|字");
}
END_TEST

START_TEST(emoji_clusters_whole)
{
	const char *fam = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9";

	/* man ZWJ woman: 4 cells as ncurses draws it, one cluster. */
	ck_assert_str_eq(lay1(LS_BODY, 0, fam, 4, AMBIGUOUS_NARROW), fam);
	ck_assert_str_eq(lay1(LS_BODY, 0, fam, 3, AMBIGUOUS_NARROW), "?");
}
END_TEST

START_TEST(cjk_indent)
{
	struct layout_options	o = opts(20, AMBIGUOUS_NARROW);

	ck_assert_str_eq(lay1(LS_BODY, 1, "本报讯记者报道", 20,
	    AMBIGUOUS_NARROW), "　　本报讯记者报道");
	ck_assert_int_eq(lay->lines[0].runs[0].kind, LR_INDENT);
	ck_assert_int_eq(lay->lines[0].runs[0].cells, 4);
	/* Only the first line. */
	ck_assert_str_eq(lay1(LS_BODY, 1, "一二三四五六七八九十", 10,
	    AMBIGUOUS_NARROW), "　　一二三|四五六七八|九十");
	/* Not on headlines, nor when the text brings its own. */
	ck_assert_str_eq(lay1(LS_HEADLINE, 0, "标题", 20, AMBIGUOUS_NARROW),
	    "标题");
	ck_assert_str_eq(lay1(LS_BODY, 1, "　　已缩进", 20, AMBIGUOUS_NARROW),
	    "　　已缩进");
	/* Configurable. */
	teardown();
	layout_doc_add(&doc, LS_BODY, "本报讯", strlen("本报讯"), 1, NULL);
	o.cjk_indent = 0;
	lay = layout_run(&doc, &o);
	ck_assert_str_eq(lay->lines[0].text, "本报讯");
	layout_free(lay);
	o.cjk_indent = 1;
	lay = layout_run(&doc, &o);
	ck_assert_str_eq(lay->lines[0].text, "　本报讯");
	/* Shrinks on a narrow screen so that a character fits after it. */
	ck_assert_str_eq(lay1(LS_BODY, 1, "本报讯", 4, AMBIGUOUS_NARROW),
	    "　本|报讯");
	ck_assert_str_eq(lay1(LS_BODY, 1, "本报讯", 3, AMBIGUOUS_NARROW),
	    "本|报|讯");
}
END_TEST

START_TEST(latin_indent)
{
	struct layout_options	o = opts(20, AMBIGUOUS_NARROW);

	ck_assert_str_eq(lay1(LS_BODY, 1, "The text.", 20, AMBIGUOUS_NARROW),
	    "The text.");
	teardown();
	layout_doc_add(&doc, LS_BODY, "The text.", 9, 1, NULL);
	o.latin_indent = 3;
	lay = layout_run(&doc, &o);
	ck_assert_str_eq(lay->lines[0].text, "   The text.");
	inv_all(&doc, lay, 1);
}
END_TEST

START_TEST(latin_words)
{
	ck_assert_str_eq(lay1(LS_BODY, 0, "The quick brown fox jumps", 10,
	    AMBIGUOUS_NARROW), "The quick|brown fox|jumps");
	/* Spaces at a break are drawn at neither end. */
	ck_assert_str_eq(lay1(LS_BODY, 0, "aaa     bbb", 4, AMBIGUOUS_NARROW),
	    "aaa|bbb");
	/* A word longer than the line is cut, only then. */
	ck_assert_str_eq(lay1(LS_BODY, 0, "a supercalifragilistic b", 8,
	    AMBIGUOUS_NARROW), "a|supercal|ifragili|stic b");
	/* Hyphens break after. */
	ck_assert_str_eq(lay1(LS_BODY, 0, "well-known thing", 6,
	    AMBIGUOUS_NARROW), "well-|known|thing");
}
END_TEST

START_TEST(mixed_latin_cjk)
{
	const char	*t = "我们使用Linux系统和GNU工具，2023年12月发布";
	int		 w;
	size_t		 i;

	for (w = 5; w <= 40; w++) {
		lay1(LS_BODY, 0, t, w, AMBIGUOUS_NARROW);
		assert_kinsoku();
		for (i = 0; i < lay->n_lines; i++) {
			const char *s = lay->lines[i].text;
			const char *p = strstr(s, "Lin");

			if (p == NULL)
				p = strstr(s, "inux");
			if (p != NULL)
				ck_assert_ptr_nonnull(strstr(s, "Linux"));
			if (strstr(s, "20") || strstr(s, "23年"))
				ck_assert_ptr_nonnull(strstr(s, "2023"));
		}
	}
	ck_assert_str_eq(lay1(LS_BODY, 0, "使用Linux系统", 8,
	    AMBIGUOUS_NARROW), "使用|Linux系|统");
	/* Full-width digits stay together too. */
	ck_assert_str_eq(lay1(LS_BODY, 0, "太原５月３１日电", 8,
	    AMBIGUOUS_NARROW), "太原５月|３１日电");
}
END_TEST

START_TEST(dashes_and_ellipses_unsplit)
{
	int	w, found2, found3;
	size_t	i;

	for (w = 4; w <= 30; w++) {
		lay1(LS_BODY, 0, "兖矿集团济三煤矿———兖州矿区正式投产……成为"
		    "我国煤炭发展史上的一个里程碑——真的", w, AMBIGUOUS_NARROW);
		found3 = found2 = 0;
		for (i = 0; i < lay->n_lines; i++) {
			if (strstr(lay->lines[i].text, "———"))
				found3 = 1;
			if (strstr(lay->lines[i].text, "……"))
				found2 = 1;
		}
		ck_assert_msg(found3, "——— split at width %d", w);
		ck_assert_msg(found2, "…… split at width %d", w);
	}
	/* At width 2 (narrow) a three-dash run cannot fit: it is cut. */
	lay1(LS_BODY, 0, "———", 2, AMBIGUOUS_NARROW);
	ck_assert_uint_eq(lay->n_lines, 2);
}
END_TEST

START_TEST(ambiguous_narrow_vs_wide)
{
	const char	*t = "“引号”……·○";

	lay1(LS_BODY, 0, t, 40, AMBIGUOUS_NARROW);
	ck_assert_int_eq(lay->lines[0].cells, 4 + 2 + 2 + 2);
	lay1(LS_BODY, 0, t, 40, AMBIGUOUS_WIDE);
	ck_assert_int_eq(lay->lines[0].cells, 4 + 4 + 4 + 4);
	ck_assert_int_eq(lay->ambiguous, AMBIGUOUS_WIDE);
	/* Wide quotes at width 8: “引号” is 8 cells; the …… go down. */
	ck_assert_str_eq(lay1(LS_BODY, 0, "“引号”……", 8, AMBIGUOUS_WIDE),
	    "“引|号”……");
	ck_assert_str_eq(lay1(LS_BODY, 0, "“引号”……", 8, AMBIGUOUS_NARROW),
	    "“引号”……");
}
END_TEST

START_TEST(controls_are_placeholders)
{
	const char	*s;
	size_t		 line, blk, off;
	int		 col;

	s = lay1(LS_BODY, 0, "a\x1b[31mb\x07" "c\xE2\x80\xAE" "d", 40,
	    AMBIGUOUS_NARROW);
	ck_assert_ptr_null(strchr(s, 0x1b));
	ck_assert_ptr_null(strchr(s, 0x07));
	ck_assert_ptr_null(strstr(s, "\xE2\x80\xAE"));
	ck_assert_int_eq(lay->lines[0].runs[1].kind, LR_PLACEHOLDER);
	/* The placeholder maps to the ESC byte. */
	ck_assert_int_eq(layout_find(lay, 0, 1, &line, &col), 0);
	ck_assert_int_eq(col, 1);
	ck_assert_int_eq(layout_at(lay, 0, 1, &blk, &off), 0);
	ck_assert_uint_eq(off, 1);
	/* Invalid bytes show as U+FFFD. */
	s = lay1(LS_BODY, 0, "a\xFF" "b", 40, AMBIGUOUS_NARROW);
	ck_assert_str_eq(s, "a\xEF\xBF\xBD" "b");
	/* Tabs too (the lead's sanitize shows ␉). */
	s = lay1(LS_BODY, 0, "a\tb", 40, AMBIGUOUS_NARROW);
	ck_assert_ptr_null(strchr(s, '\t'));
}
END_TEST

START_TEST(newlines_break)
{
	ck_assert_str_eq(lay1(LS_BODY, 0, "ab\ncd\r\nef\rgh", 40,
	    AMBIGUOUS_NARROW), "ab|cd|ef|gh");
	ck_assert_str_eq(lay1(LS_BODY, 0, "ab\n  cd", 40, AMBIGUOUS_NARROW),
	    "ab|  cd");
}
END_TEST

START_TEST(find_and_at)
{
	size_t	line, blk, off;
	int	col;

	lay1(LS_BODY, 1, "本报讯记者报道", 10, AMBIGUOUS_NARROW);
	/* 　　本报讯 | 记者报道 */
	ck_assert_int_eq(layout_find(lay, 0, 0, &line, &col), 0);
	ck_assert_uint_eq(line, 0);
	ck_assert_int_eq(col, 4);
	ck_assert_int_eq(layout_find(lay, 0, 10, &line, &col), 0);
	ck_assert_uint_eq(line, 1);
	ck_assert_int_eq(col, 0);
	ck_assert_int_eq(layout_at(lay, 0, 0, &blk, &off), -1);	/* indent */
	ck_assert_int_eq(layout_at(lay, 0, 5, &blk, &off), 0);
	ck_assert_uint_eq(off, 0);
	ck_assert_int_eq(layout_at(lay, 0, 6, &blk, &off), 0);
	ck_assert_uint_eq(off, 3);
	ck_assert_int_eq(layout_at(lay, 0, 10, &blk, &off), -1);
	ck_assert_int_eq(layout_at(lay, 9, 0, &blk, &off), -1);
	ck_assert_int_eq(layout_find(lay, 0, 999, &line, &col), -1);
	ck_assert_int_eq(layout_find(lay, 3, 0, &line, &col), -1);
	/* A dropped space is not shown. */
	lay1(LS_BODY, 0, "aaa bbb", 4, AMBIGUOUS_NARROW);
	ck_assert_int_eq(layout_find(lay, 0, 3, &line, &col), -1);
	ck_assert_int_eq(layout_find(lay, 0, 4, &line, &col), 0);
	ck_assert_uint_eq(line, 1);
}
END_TEST

/* A text that has a bit of everything. */
static const char *sweep_text =
    "“山西煤老板是历史现象，随着时代发展将淡出历史舞台。”３１日下午，"
    "Linux and GNU tools — supercalifragilisticexpialidocious words, "
    "e\xCC\x81t\xC3\xA9 caf\xC3\xA9 \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F"
    "\x91\xA9 ok. 兖矿集团———济三煤矿……于2000年12月28日（星期四）投产"
    "\x1b[1m《人民日报》「引用」『二重』【注】\t〔一〕カァテン人々コーヒー "
    "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3 end";

START_TEST(sweep_widths)
{
	struct layout_options	o;
	int			w, amb;

	layout_doc_add(&doc, LS_HEADLINE, "标题：山西", strlen("标题：山西"),
	    0, NULL);
	layout_doc_add(&doc, LS_BODY, sweep_text, strlen(sweep_text), 1,
	    NULL);
	layout_doc_add(&doc, LS_BODY, "Second paragraph here.", 22, 1, NULL);
	for (amb = 0; amb < 2; amb++) {
		for (w = 1; w <= 1000; w++) {
			o = opts(w, amb ? AMBIGUOUS_WIDE : AMBIGUOUS_NARROW);
			lay = layout_run(&doc, &o);
			inv_all(&doc, lay, w <= 120 || w % 97 == 0);
			if (w >= 8)	/* narrower, the rules cannot always hold */
				assert_kinsoku();
			layout_free(lay);
			lay = NULL;
		}
	}
}
END_TEST

START_TEST(width_out_of_range)
{
	struct layout_options	o = opts(0, AMBIGUOUS_AUTO);

	layout_doc_add(&doc, LS_BODY, "中文", 6, 0, NULL);
	lay = layout_run(&doc, &o);
	ck_assert_int_eq(lay->width, 1);
	ck_assert_int_eq(lay->ambiguous, AMBIGUOUS_NARROW);
	inv_all(&doc, lay, 1);
	layout_free(lay);
	o.width = 5000;
	lay = layout_run(&doc, &o);
	ck_assert_int_eq(lay->width, 1000);
}
END_TEST

START_TEST(blank_lines)
{
	struct layout_options	o = opts(40, AMBIGUOUS_NARROW);
	static const enum layout_style want[] = { LS_KICKER, LS_HEADLINE,
	    LS_HEADLINE, LS_BLANK, LS_BYLINE, LS_BLANK, LS_BODY, LS_BODY,
	    LS_BLANK, LS_SECTION_HEAD, LS_BODY, LS_BLANK, LS_CREDIT };
	size_t	i;

	layout_doc_add(&doc, LS_KICKER, "引题", 6, 0, NULL);
	layout_doc_add(&doc, LS_HEADLINE, "主题", 6, 0, NULL);
	layout_doc_add(&doc, LS_HEADLINE, "副题", 6, 0, NULL);
	layout_doc_add(&doc, LS_BYLINE, "本报记者", 12, 0, NULL);
	layout_doc_add(&doc, LS_BODY, "第一段。", 12, 1, NULL);
	layout_doc_add(&doc, LS_BODY, "", 0, 1, NULL);	/* empty: nothing */
	layout_doc_add(&doc, LS_BODY, "第二段。", 12, 1, NULL);
	layout_doc_add(&doc, LS_SECTION_HEAD, "小标题", 9, 0, NULL);
	layout_doc_add(&doc, LS_BODY, "第三段。", 12, 1, NULL);
	layout_doc_add(&doc, LS_CREDIT, "摄影", 6, 0, NULL);
	lay = layout_run(&doc, &o);
	inv_all(&doc, lay, 1);
	ck_assert_uint_eq(lay->n_lines, sizeof want / sizeof want[0]);
	for (i = 0; i < lay->n_lines; i++)
		ck_assert_int_eq(lay->lines[i].style, want[i]);
	layout_free(lay);
	layout_doc_free(&doc);
	/* Latin paragraphs without indent get a blank line between them. */
	layout_doc_add(&doc, LS_BODY, "One.", 4, 1, NULL);
	layout_doc_add(&doc, LS_BODY, "Two.", 4, 1, NULL);
	lay = layout_run(&doc, &o);
	ck_assert_uint_eq(lay->n_lines, 3);
	ck_assert_int_eq(lay->lines[1].style, LS_BLANK);
}
END_TEST

START_TEST(doc_from_article)
{
	struct text_elem	decks[2] = { { "主题", { 0 } }, { "副题", { 0 } } };
	struct block		blocks[3] = {
		{ BLOCK_PARAGRAPH, "正文。", { 0 } },
		{ BLOCK_SECTION_HEAD, "小标题", { 0 } },
		{ BLOCK_SIGNATURE, "（完）", { 0 } },
	};
	struct jump		jumps[2] = {
		{ JUMP_TO, 2, "（下转二版）", { 0 }, NULL },
		{ JUMP_FROM, 1, "（上接第一版）", { 0 }, NULL },
	};
	struct article		a;
	static const enum layout_style want[] = { LS_JUMP, LS_KICKER,
	    LS_HEADLINE, LS_HEADLINE, LS_BYLINE, LS_BODY, LS_SECTION_HEAD,
	    LS_SIGNATURE, LS_CREDIT, LS_JUMP };
	size_t	i;

	memset(&a, 0, sizeof a);
	a.kicker.text = "引题";
	a.decks = decks;
	a.n_decks = 2;
	a.byline.text = "本报讯";
	a.dateline.text = "";
	a.blocks = blocks;
	a.n_blocks = 3;
	a.credit.text = "摄";
	a.jumps = jumps;
	a.n_jumps = 2;
	/* a photo's credit comes after its caption */
	a.kind = ARTICLE_PHOTO;
	layout_doc_from_article(&doc, &a);
	ck_assert_uint_eq(doc.n_blocks, sizeof want / sizeof want[0]);
	for (i = 0; i < doc.n_blocks; i++)
		ck_assert_int_eq(doc.blocks[i].style, want[i]);
	/* a story's credit line (the reporter's title) right under its
	 * byline */
	layout_doc_free(&doc);
	a.kind = ARTICLE_NEWS;
	layout_doc_from_article(&doc, &a);
	ck_assert_int_eq(doc.blocks[4].style, LS_BYLINE);
	ck_assert_int_eq(doc.blocks[5].style, LS_CREDIT);
	ck_assert_int_eq(doc.blocks[6].style, LS_BODY);
	layout_doc_free(&doc);
	a.kind = ARTICLE_PHOTO;
	layout_doc_from_article(&doc, &a);
	ck_assert_str_eq(doc.blocks[0].text, "（上接第一版）");
	ck_assert_int_eq(doc.blocks[5].paragraph, 1);
	ck_assert_int_eq(doc.blocks[6].paragraph, 0);
	ck_assert_ptr_eq(doc.blocks[5].span, &blocks[0].span);
}
END_TEST

/* Random bytes, valid or not, from a fixed seed: the invariants hold. */
START_TEST(random_bytes)
{
	static const char *pieces[] = { "中", "文", "，", "。", "“", "”", "《",
	    "》", " ", "  ", "a", "word", "\xCC\x81", "\xE2\x80\x8D", "\xF0\x9F"
	    "\x91\xA8", "\x1b", "\n", "\r\n", "\xFF", "\xE4\xB8", "——", "…",
	    "\xE2\x80\xAE", "\xEF\xB8\x8F", "\xF0\x9F\x87\xA8", "ー", "\t",
	    "\xE2\x80\x8B", "\xC2\x85", "12" };
	struct layout_options	o;
	struct strbuf		b = STRBUF_INIT;
	unsigned long		seed = 12345;
	int			iter, n;

	for (iter = 0; iter < 400; iter++) {
		strbuf_truncate(&b, 0);
		for (n = 0; n < 60; n++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			strbuf_adds(&b, pieces[(seed >> 33) %
			    (sizeof pieces / sizeof pieces[0])]);
		}
		teardown();
		layout_doc_add(&doc, LS_BODY, b.s, b.len, iter % 2, NULL);
		o = opts(1 + (int)((seed >> 40) % 30), iter % 3 ?
		    AMBIGUOUS_NARROW : AMBIGUOUS_WIDE);
		lay = layout_run(&doc, &o);
		inv_all(&doc, lay, 1);
	}
	strbuf_free(&b);
}
END_TEST

static Suite *
layout_suite(void)
{
	Suite	*s = suite_create("layout");
	TCase	*tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, closing_quote_at_11th_char);
	tcase_add_test(tc, opening_punct_not_at_end);
	tcase_add_test(tc, quotes_break_between_ideographs);
	tcase_add_test(tc, wide_at_width_3);
	tcase_add_test(tc, wide_at_width_1);
	tcase_add_test(tc, combining_at_wrap);
	tcase_add_test(tc, emoji_clusters_whole);
	tcase_add_test(tc, cjk_indent);
	tcase_add_test(tc, latin_indent);
	tcase_add_test(tc, latin_words);
	tcase_add_test(tc, mixed_latin_cjk);
	tcase_add_test(tc, dashes_and_ellipses_unsplit);
	tcase_add_test(tc, ambiguous_narrow_vs_wide);
	tcase_add_test(tc, controls_are_placeholders);
	tcase_add_test(tc, newlines_break);
	tcase_add_test(tc, find_and_at);
	tcase_add_test(tc, sweep_widths);
	tcase_add_test(tc, width_out_of_range);
	tcase_add_test(tc, blank_lines);
	tcase_add_test(tc, doc_from_article);
	tcase_add_test(tc, random_bytes);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(layout_suite)
