/* SPDX-License-Identifier: ISC */
/* check_loader_formats.c: the newsroom and library format loaders on small
 * files written for these tests (tests/formats/): NITF, NewsML-G2, ALTO
 * with and without tags, a METS issue of two ALTO pages, IPTC 7901 and
 * ANPA-1312 wire copy; and which loader claims which file. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive.h"
#include "check_run.h"
#include "loader_fixture.h"

static char *
fixture(const char *name)
{
	const char *top = getenv("top_srcdir");

	return xasprintf("%s/tests/formats/%s", top ? top : ".", name);
}

static int
load_fixture(const char *name, int part)
{
	char *path = fixture(name);
	int rc = fx_load(path, part);

	free(path);
	return rc;
}

/* Load a page written here (kept to a temporary file). */
static int
load_string(const char *text)
{
	char path[] = "/tmp/kanbao-fmt-XXXXXX";
	int fd = mkstemp(path), rc;

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	rc = fx_load(path, -1);
	unlink(path);
	return rc;
}

static struct article *
art(size_t i)
{
	ck_assert_uint_gt(fx_page.n_articles, i);
	return &fx_page.articles[i];
}

/* --- which loader ----------------------------------------------------------- */

static const char *
probe(const char *path, const char *head)
{
	const struct loader *ld = loader_for(path, (const unsigned char *)head,
	    strlen(head));

	return ld ? ld->name : "none";
}

START_TEST(loaders_claim_by_content)
{
	ck_assert_str_eq(probe("01.txt", "%PDF-1.5\n%\xe2\xe3"), "pdf");
	ck_assert_str_eq(probe("a.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n"
	    "<!DOCTYPE nitf SYSTEM \"nitf.dtd\">\n<nitf>"), "nitf");
	ck_assert_str_eq(probe("a.xml", "<g2:newsItem xmlns:g2=\"x\">"), "newsml");
	ck_assert_str_eq(probe("a.xml", "<alto xmlns=\"x\">"), "alto");
	ck_assert_str_eq(probe("a.xml", "<mets:mets>"), "mets");
	ck_assert_str_eq(probe("a.tst", "\x16\x16\x01z1\x1f\n\x02text"), "wire");
	ck_assert_str_eq(probe("a.xml", "<nitfx>"), "text");
	ck_assert_str_eq(probe("01.txt", "Headline\n\nText."), "text");
}
END_TEST

/* --- NITF ---------------------------------------------------------------------- */

#ifdef HAVE_LIBXML2
START_TEST(nitf_item)
{
	struct article *a;
	char *line;

	ck_assert_int_eq(load_fixture("nitf-latin1.xml", -1), 0);
	ck_assert_str_eq(fx_loader->name, "nitf");
	ck_assert_uint_eq(fx_page.n_articles, 2);
	a = art(0);
	ck_assert_uint_eq(a->n_decks, 2);
	/* Declared ISO-8859-1: the é byte is decoded. */
	ck_assert_str_eq(a->decks[0].text, "Harbour ferry returns after caf\u00e9 fire");
	ck_assert_str_eq(a->decks[1].text, "Service resumes on Monday");
	ck_assert_str_eq(a->byline.text, "By ANNA K\u00c5LL");	/* no byttl */
	ck_assert_str_eq(a->dateline.text, "PORTSMOUTH");
	ck_assert_uint_eq(a->n_blocks, 4);
	ck_assert_int_eq(a->blocks[2].kind, BLOCK_SECTION_HEAD);
	ck_assert_str_eq(a->blocks[2].text, "Timetable");
	ck_assert_str_eq(a->blocks[3].text, "Boats leave every twenty minutes.");
	/* Spans point at the text rendition. */
	line = fx_line(a->decks[0].span.first_line);
	ck_assert_str_eq(line, a->decks[0].text);
	free(line);
	ck_assert(fx_spans_ok(a));
	/* The media caption is a photo with its credit. */
	ck_assert_int_eq(art(1)->kind, ARTICLE_PHOTO);
	ck_assert_str_eq(art(1)->blocks[0].text, "The ferry at the quay.");
	ck_assert_str_eq(art(1)->credit.text, "Photo: J. Smith");
	ck_assert_uint_eq(fx_page.meta.n_lines, 1);
	ck_assert_str_eq(fx_page.meta.lines[0], "Keywords: ferries, harbour");
	fx_free();
}
END_TEST

START_TEST(nitf_broken_is_a_diagnostic)
{
	char path[] = "/tmp/kanbao-nitf-XXXXXX";
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, "<nitf><body><p>open", 19), 19);
	close(fd);
	ck_assert_int_eq(fx_load(path, -1), -1);
	ck_assert(fx_diag_has("not well-formed XML"));
	fx_free();
	unlink(path);
}
END_TEST

START_TEST(newsml_item)
{
	struct article *a;

	ck_assert_int_eq(load_fixture("newsml-item.xml", -1), 0);
	ck_assert_str_eq(fx_loader->name, "newsml");
	a = art(0);
	ck_assert_uint_eq(a->n_decks, 2);	/* h2 before any paragraph */
	ck_assert_str_eq(a->decks[0].text, "River cleaned in a year");
	ck_assert_str_eq(a->decks[1].text, "Volunteers did the work");
	ck_assert_str_eq(a->byline.text, "By Li Wei");
	ck_assert_str_eq(a->dateline.text, "Suzhou");
	ck_assert_uint_eq(a->n_blocks, 3);
	ck_assert_int_eq(a->blocks[1].kind, BLOCK_SECTION_HEAD);
	ck_assert_str_eq(a->blocks[2].text,
	    "The city will plant trees along the banks.");
	ck_assert_str_eq(fx_page.meta.lines[0], "Keywords: rivers, environment");
	ck_assert(fx_spans_ok(a));
	fx_free();
}
END_TEST

/* A picture item is a photo with its caption and credit; an elided item
 * is a warning naming the file, line and item, never an empty article; an
 * item without a body is kept and said so. */
START_TEST(newsml_message_pictures_and_empty_items)
{
	size_t i;

	ck_assert_int_eq(load_fixture("newsml-message.xml", -1), 0);
	ck_assert_uint_eq(fx_page.n_articles, 3);
	ck_assert_int_eq(art(0)->kind, ARTICLE_NEWS);
	ck_assert_str_eq(art(0)->decks[0].text, "Harbor wall repaired");
	ck_assert_str_eq(art(0)->credit.text, "Harbor News Agency");
	ck_assert_int_eq(art(1)->kind, ARTICLE_PHOTO);
	ck_assert_uint_eq(art(1)->n_blocks, 1);
	ck_assert_str_eq(art(1)->blocks[0].text, "Workers on the new harbor wall.");
	ck_assert_str_eq(art(1)->credit.text, "Photo: Ann Lee");
	ck_assert(fx_spans_ok(art(1)));
	ck_assert_str_eq(art(2)->decks[0].text, "Ferry strike ends");
	for (i = 0; i < fx_page.n_articles; i++)
		ck_assert(art(i)->n_decks > 0 || art(i)->n_blocks > 0);
	ck_assert(fx_diag_has("news item urn:test:elided has no text (elided or empty)"));
	ck_assert(fx_diag_has("news item urn:test:headline-only has no body text"));
	for (i = 0; i < fx_diags.n; i++) {
		ck_assert_ptr_nonnull(strstr(fx_diags.items[i].file, "newsml-message.xml"));
		ck_assert_uint_gt(fx_diags.items[i].line, 0);
	}
	fx_free();
}
END_TEST

START_TEST(nitf_empty_body_is_a_diagnostic)
{
	ck_assert_int_eq(load_fixture("nitf-empty.xml", -1), 0);
	ck_assert_uint_eq(fx_page.n_articles, 0);
	ck_assert(fx_diag_has("NITF item test-empty-1 has no text (empty)"));
	fx_free();
}
END_TEST

/* --- ALTO and METS ------------------------------------------------------------ */

START_TEST(alto_tags_make_articles)
{
	struct article *a;

	ck_assert_int_eq(load_fixture("alto-tagged.xml", -1), 0);
	ck_assert_str_eq(fx_loader->name, "alto");
	ck_assert_uint_eq(fx_page.n_articles, 3);
	a = art(0);
	ck_assert_str_eq(a->decks[0].text, "Bridge opens");
	ck_assert_uint_eq(a->n_blocks, 2);
	/* HypPart1/HypPart2 joined in the article, broken in the page text. */
	ck_assert_str_eq(a->blocks[0].text, "The bridge over the river is open "
	    "to traffic from today. The new Harbor bridge opened.");
	ck_assert_ptr_nonnull(strstr(fx_page.text.text, "new Har-\n"));
	ck_assert_str_eq(art(1)->decks[0].text, "Ferry fares rise");
	ck_assert_int_eq(art(2)->kind, ARTICLE_AD);
	ck_assert_uint_eq(art(2)->n_blocks, 2);
	ck_assert_str_eq(art(2)->blocks[0].text, "Fresh fish daily");
	ck_assert(fx_spans_ok(a));
	fx_free();
}
END_TEST

START_TEST(alto_untagged_is_segmented)
{
	ck_assert_int_eq(load_fixture("alto-plain.xml", -1), 0);
	ck_assert_uint_eq(fx_page.text.n_lines, 2);
	ck_assert_ptr_nonnull(strstr(fx_page.text.text, "Bridge opens\n"));
	ck_assert_uint_ge(fx_page.n_articles, 1);
	fx_free();
}
END_TEST

/* No tags: a headline three times the body's height, set on two lines over
 * two columns the OCR wrote row by row, is one deck of its own article;
 * the columns are read one after the other; paragraphs break at indents
 * and short last lines, and go on across the column break; a HYP word is
 * made whole. */
START_TEST(alto_geometry_reads_columns)
{
	struct article *a;

	ck_assert_int_eq(load_fixture("alto-columns.xml", -1), 0);
	ck_assert_uint_eq(fx_page.n_articles, 1);
	a = art(0);
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->decks[0].text, "Storm closes the harbor for three days");
	ck_assert_uint_eq(a->n_blocks, 3);
	ck_assert_str_eq(a->blocks[0].text, "The storm that came in on Friday "
	    "closed the harbor to all ships for three days, the port office "
	    "said on Monday. Ferries stayed at their quays.");
	ck_assert_str_eq(a->blocks[1].text, "Fishing boats were moved to the "
	    "inner basin before the wind rose. The harbor master said no boat "
	    "was lost.");
	ck_assert_str_eq(a->blocks[2].text, "The port opens again on Tuesday.");
	/* The page text is in reading order, as printed. */
	ck_assert_ptr_nonnull(strstr(fx_page.text.text, "The har-\nbor master"));
	ck_assert(fx_spans_ok(a));
	fx_free();

	ck_assert_int_eq(load_fixture("alto-columns-zh.xml", -1), 0);
	ck_assert_uint_eq(fx_page.n_articles, 1);
	a = art(0);
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->decks[0].text, "\u6e2f\u53e3\u66b4\u98ce\u505c\u822a\u4e09\u5929");
	ck_assert_uint_eq(a->n_blocks, 3);
	/* Lines joined without a space; the second paragraph's last
	 * character, alone on its line, stays with it. */
	ck_assert_ptr_nonnull(strstr(a->blocks[0].text, "\u6e2f\u52a1\u5c40"));
	ck_assert_ptr_nonnull(strstr(a->blocks[1].text, "\u53d7\u635f\u3002"));
	ck_assert_ptr_nonnull(strstr(a->blocks[2].text, "\u6e2f\u53e3\u5468\u4e8c"));
	ck_assert(fx_spans_ok(a));
	fx_free();
}
END_TEST

/* TextStyle sizes, where a page has them, make the headline; a page
 * whose lines all share one style is read by line heights. */
START_TEST(alto_styles_make_headlines)
{
	ck_assert_int_eq(load_string("<alto><Styles>"
	    "<TextStyle ID=\"s\" FONTSIZE=\"8\"/><TextStyle ID=\"l\" FONTSIZE=\"20\"/>"
	    "</Styles><Layout><Page HEIGHT=\"1000\"><PrintSpace><TextBlock ID=\"b\">"
	    "<TextLine STYLEREFS=\"l\" HPOS=\"0\" VPOS=\"10\" WIDTH=\"300\" HEIGHT=\"20\">"
	    "<String CONTENT=\"Mayor\"/><SP/><String CONTENT=\"resigns\"/></TextLine>"
	    "<TextLine STYLEREFS=\"s\" HPOS=\"0\" VPOS=\"40\" WIDTH=\"300\" HEIGHT=\"20\">"
	    "<String CONTENT=\"The\"/><SP/><String CONTENT=\"mayor\"/><SP/>"
	    "<String CONTENT=\"left.\"/></TextLine>"
	    "</TextBlock></PrintSpace></Page></Layout></alto>"), 0);
	ck_assert_uint_eq(fx_page.n_articles, 1);
	ck_assert_uint_eq(art(0)->n_decks, 1);
	ck_assert_str_eq(art(0)->decks[0].text, "Mayor resigns");
	ck_assert_str_eq(art(0)->blocks[0].text, "The mayor left.");
	fx_free();
}
END_TEST

/* 本报讯（记者 …） opening the first paragraph is the byline; the rest of
 * the line stays in the paragraph. */
START_TEST(alto_inline_byline)
{
	ck_assert_int_eq(load_string("<alto><Layout><Page HEIGHT=\"3000\"><PrintSpace>"
	    "<TextBlock ID=\"a\"><TextLine HPOS=\"100\" VPOS=\"100\" WIDTH=\"800\" "
	    "HEIGHT=\"120\"><String CONTENT=\"\u6e2f\u53e3\u6062\u590d\u901a\u822a\"/></TextLine>"
	    "<TextLine HPOS=\"180\" VPOS=\"300\" WIDTH=\"720\" HEIGHT=\"40\"><String "
	    "CONTENT=\"\u672c\u62a5\u8baf\uff08\u8bb0\u8005\u738b\u660e\uff09"
	    "\u6e2f\u53e3\u5468\u4e8c\u6062\u590d\u901a\u822a\uff0c\"/></TextLine>"
	    "<TextLine HPOS=\"100\" VPOS=\"350\" WIDTH=\"800\" HEIGHT=\"40\"><String "
	    "CONTENT=\"\u6e21\u8f6e\u6309\u539f\u65f6\u523b\u8868\u8fd0\u884c\u3002\"/>"
	    "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>"), 0);
	ck_assert_uint_eq(fx_page.n_articles, 1);
	ck_assert_str_eq(art(0)->byline.text,
	    "\u672c\u62a5\u8baf\uff08\u8bb0\u8005\u738b\u660e\uff09");
	ck_assert_uint_eq(art(0)->n_blocks, 1);
	ck_assert_int_eq(strncmp(art(0)->blocks[0].text,
	    "\u6e2f\u53e3\u5468\u4e8c", 12), 0);
	fx_free();
}
END_TEST

/* Headlines with no text under them at the top of the page are its
 * masthead: page furniture, not an article. */
START_TEST(alto_masthead_is_furniture)
{
	ck_assert_int_eq(load_string("<alto><Styles>"
	    "<TextStyle ID=\"s\" FONTSIZE=\"8\"/><TextStyle ID=\"m\" FONTSIZE=\"30\"/>"
	    "<TextStyle ID=\"h\" FONTSIZE=\"20\"/></Styles><Layout>"
	    "<Page HEIGHT=\"10000\"><PrintSpace><TextBlock ID=\"a\">"
	    "<TextLine STYLEREFS=\"m\" HPOS=\"0\" VPOS=\"100\" WIDTH=\"3000\" HEIGHT=\"400\">"
	    "<String CONTENT=\"HARBOR\"/><SP/><String CONTENT=\"GAZETTE\"/></TextLine>"
	    "</TextBlock><TextBlock ID=\"b\">"
	    "<TextLine STYLEREFS=\"h\" HPOS=\"0\" VPOS=\"3000\" WIDTH=\"2000\" HEIGHT=\"250\">"
	    "<String CONTENT=\"Ferry\"/><SP/><String CONTENT=\"returns\"/></TextLine>"
	    "<TextLine STYLEREFS=\"s\" HPOS=\"0\" VPOS=\"3300\" WIDTH=\"3000\" HEIGHT=\"120\">"
	    "<String CONTENT=\"The\"/><SP/><String CONTENT=\"ferry\"/><SP/>"
	    "<String CONTENT=\"is\"/><SP/><String CONTENT=\"back\"/><SP/>"
	    "<String CONTENT=\"on\"/><SP/><String CONTENT=\"the\"/><SP/>"
	    "<String CONTENT=\"harbor\"/><SP/><String CONTENT=\"run\"/></TextLine>"
	    "<TextLine STYLEREFS=\"s\" HPOS=\"0\" VPOS=\"3450\" WIDTH=\"3000\" HEIGHT=\"120\">"
	    "<String CONTENT=\"after\"/><SP/><String CONTENT=\"a\"/><SP/>"
	    "<String CONTENT=\"winter\"/><SP/><String CONTENT=\"of\"/><SP/>"
	    "<String CONTENT=\"repairs.\"/></TextLine>"
	    "</TextBlock></PrintSpace></Page></Layout></alto>"), 0);
	ck_assert_uint_eq(fx_page.n_articles, 1);
	ck_assert_str_eq(art(0)->decks[0].text, "Ferry returns");
	ck_assert_str_eq(art(0)->blocks[0].text,
	    "The ferry is back on the harbor run after a winter of repairs.");
	ck_assert_uint_eq(fx_page.meta.n_lines, 1);
	ck_assert_str_eq(fx_page.meta.lines[0], "HARBOR GAZETTE");
	ck_assert_int_eq(fx_page.meta.kinds[0], FURNITURE_MASTHEAD);
	fx_free();
}
END_TEST

/* Scanned OCR: boxes taller than the type and a speck left of the column.
 * Indents are measured in the body's ems (FONTSIZE in inch1200 units)
 * from where most lines start, so a one-em indent breaks the paragraph
 * and the speck does not. */
START_TEST(alto_indents_in_ems)
{
	static const int x1[] = { 430, 52, 425, 440, 530, 435 };
	char buf[8192];
	size_t i, n;

	n = (size_t)snprintf(buf, sizeof buf, "<alto><Description><MeasurementUnit>"
	    "inch1200</MeasurementUnit></Description><Styles>"
	    "<TextStyle ID=\"b\" FONTSIZE=\"6\"/><TextStyle ID=\"h\" FONTSIZE=\"14\"/>"
	    "</Styles><Layout><Page HEIGHT=\"20000\"><PrintSpace><TextBlock ID=\"t\">"
	    "<TextLine STYLEREFS=\"h\" HPOS=\"800\" VPOS=\"1000\" WIDTH=\"3000\" "
	    "HEIGHT=\"400\"><String CONTENT=\"NEWS\"/></TextLine>");
	for (i = 0; i < 6; i++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "<TextLine STYLEREFS=\"b\" "
		    "HPOS=\"%d\" VPOS=\"%zu\" WIDTH=\"%d\" HEIGHT=\"250\">"
		    "<String CONTENT=\"w%zu\"/><SP/><String CONTENT=\"text\"/></TextLine>",
		    x1[i], 1500 + 165 * i, 4050 - x1[i], i);
	snprintf(buf + n, sizeof buf - n, "</TextBlock></PrintSpace></Page></Layout></alto>");
	ck_assert_int_eq(load_string(buf), 0);
	ck_assert_uint_eq(fx_page.n_articles, 1);
	ck_assert_str_eq(art(0)->decks[0].text, "NEWS");
	ck_assert_uint_eq(art(0)->n_blocks, 2);
	ck_assert_str_eq(art(0)->blocks[0].text, "w0 text w1 text w2 text w3 text");
	ck_assert_str_eq(art(0)->blocks[1].text, "w4 text w5 text");
	fx_free();
}
END_TEST

START_TEST(mets_issue_pages_and_articles)
{
	char *path = fixture("mets-issue.xml");
	struct archive *ar = archive_open(path, NULL);
	struct issue *is;
	struct page *p1, *p2;

	ck_assert_uint_eq(ar->n_pubs, 1);
	is = &ar->pubs[0].issues[0];
	issue_load(is);
	ck_assert_uint_eq(is->n_pages, 2);
	p1 = &is->pages[0];
	p2 = &is->pages[1];
	ck_assert(p1->loaded && p2->loaded);
	ck_assert_uint_eq(p1->n_articles, 2);
	ck_assert_str_eq(p1->articles[0].decks[0].text, "Council votes");
	ck_assert_str_eq(p1->articles[0].blocks[0].text,
	    "The council voted on Monday.");
	ck_assert_int_eq(p1->articles[1].kind, ARTICLE_AD);
	ck_assert_uint_eq(p2->n_articles, 1);
	ck_assert_str_eq(p2->articles[0].decks[0].text, "Weather");
	archive_free(ar);
	free(path);
}
END_TEST

/* A logical structMap (ARTICLE / HEADING / BODY / PARAGRAPH) is the
 * library's own segmentation, taken as it is: articles in its order, not
 * the blocks'; a PARAGRAPH over two blocks is one paragraph; block ids
 * that repeat on the next page are that page's; a block in no article is
 * not glued to one. */
START_TEST(mets_logical_structure_is_kept)
{
	char *path = fixture("mets-logical.xml");
	struct archive *ar = archive_open(path, NULL);
	struct issue *is;
	struct page *p1, *p2;
	struct article *a;

	ck_assert_uint_eq(ar->n_pubs, 1);
	is = &ar->pubs[0].issues[0];
	issue_load(is);
	ck_assert_uint_eq(is->n_pages, 2);
	p1 = &is->pages[0];
	p2 = &is->pages[1];
	ck_assert(p1->loaded && p2->loaded);
	ck_assert_uint_eq(p1->n_articles, 3);
	a = &p1->articles[0];
	ck_assert_uint_eq(a->n_decks, 1);
	ck_assert_str_eq(a->decks[0].text, "Council votes new budget");
	ck_assert_uint_eq(a->n_blocks, 2);
	ck_assert_str_eq(a->blocks[0].text, "The council voted on Monday to "
	    "spend more on the harbor and less on roads.");
	ck_assert_str_eq(a->blocks[1].text, "The vote was close.");
	a = &p1->articles[1];
	ck_assert_str_eq(a->decks[0].text, "Ferry timetable changes");
	ck_assert_uint_eq(a->n_blocks, 1);
	ck_assert_str_eq(a->blocks[0].text, "Boats leave every half hour from Monday.");
	a = &p1->articles[2];
	ck_assert_uint_eq(a->n_decks, 0);
	ck_assert_str_eq(a->blocks[0].text, "Printed by the Harbor Press");
	ck_assert_uint_eq(p2->n_articles, 2);
	ck_assert_str_eq(p2->articles[0].decks[0].text, "Weather");
	ck_assert_int_eq(p2->articles[1].kind, ARTICLE_PHOTO);
	ck_assert_str_eq(p2->articles[1].blocks[0].text, "The quay in the rain.");
	/* A ComposedBlock the METS names: its blocks, one paragraph. */
	ck_assert_uint_eq(p2->articles[0].n_blocks, 1);
	ck_assert_str_eq(p2->articles[0].blocks[0].text, "Rain all week. Sun on Sunday.");
	archive_free(ar);
	free(path);
}
END_TEST
#else
START_TEST(xml_not_supported)
{
	ck_assert_int_eq(load_fixture("nitf-latin1.xml", -1), -1);
	ck_assert(fx_diag_has("not supported in this build (needs libxml2)"));
	fx_free();
}
END_TEST
#endif

/* --- wire copy -------------------------------------------------------------- */

START_TEST(iptc7901_story)
{
	struct article *a;
	size_t i;

	ck_assert_int_eq(load_fixture("iptc7901.txt", -1), 0);
	ck_assert_str_eq(fx_loader->name, "wire");
	a = art(0);
	ck_assert_str_eq(a->decks[0].text, "Ferry returns to the harbour");
	/* A lone 0xFC in ASCII text is Latin-1 ü. */
	ck_assert_str_eq(a->byline.text, "By Karl M\u00fcller, kbw");
	ck_assert_uint_eq(a->n_blocks, 2);
	ck_assert_str_eq(a->blocks[0].text, "Munich (kbw) - The ferry returns to "
	    "the harbour on Monday after a week of repairs, the operator said.");
	ck_assert_ptr_nonnull(strstr(a->blocks[1].text, "J\u00fcrgen"));
	for (i = 0; i < fx_page.text.len; i++)
		ck_assert_int_ge((unsigned char)fx_page.text.text[i], '\n');
	ck_assert(fx_spans_ok(a));
	fx_free();
}
END_TEST

START_TEST(anpa1312_story)
{
	struct article *a;

	ck_assert_int_eq(load_fixture("anpa1312.tst", -1), 0);
	ck_assert_str_eq(fx_loader->name, "wire");
	a = art(0);
	ck_assert_str_eq(a->decks[0].text, "Ferry returns to the harbour");
	ck_assert_str_eq(a->byline.text, "By ANNA KALL");
	ck_assert_uint_eq(a->n_blocks, 4);
	ck_assert_str_eq(a->blocks[0].text,
	    "PORTSMOUTH (AP) \u2014 The ferry returns to the harbour on Monday.");
	ck_assert_str_eq(a->blocks[1].text, "\u201cWe missed it,\u201d a passenger said.");
	ck_assert_int_eq(a->blocks[2].kind, BLOCK_SECTION_HEAD);
	fx_free();
}
END_TEST

static Suite *
loader_formats_suite(void)
{
	Suite *s = suite_create("loader_formats");
	TCase *tc = tcase_create("formats");

	tcase_add_test(tc, loaders_claim_by_content);
#ifdef HAVE_LIBXML2
	tcase_add_test(tc, nitf_item);
	tcase_add_test(tc, nitf_broken_is_a_diagnostic);
	tcase_add_test(tc, newsml_item);
	tcase_add_test(tc, newsml_message_pictures_and_empty_items);
	tcase_add_test(tc, nitf_empty_body_is_a_diagnostic);
	tcase_add_test(tc, alto_tags_make_articles);
	tcase_add_test(tc, alto_untagged_is_segmented);
	tcase_add_test(tc, alto_geometry_reads_columns);
	tcase_add_test(tc, alto_styles_make_headlines);
	tcase_add_test(tc, alto_indents_in_ems);
	tcase_add_test(tc, alto_masthead_is_furniture);
	tcase_add_test(tc, alto_inline_byline);
	tcase_add_test(tc, mets_issue_pages_and_articles);
	tcase_add_test(tc, mets_logical_structure_is_kept);
#else
	tcase_add_test(tc, xml_not_supported);
#endif
	tcase_add_test(tc, iptc7901_story);
	tcase_add_test(tc, anpa1312_story);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(loader_formats_suite)
