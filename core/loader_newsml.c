/* SPDX-License-Identifier: ISC */
/* loader_newsml.c: IPTC NewsML-G2 news items.
 *
 * Each newsItem (alone, or in a newsMessage's itemSet) is one article:
 * contentMeta's headline(s) the decks, by (else creator/name) the byline,
 * dateline, description the subhead, keyword and subject names the page's
 * meta; the body comes from contentSet: inlineXML holding XHTML or NITF
 * (read as NITF bodies: p, h2 …), or inlineData as plain text.  A
 * subheading before the first paragraph is a second deck; creditline is
 * the credit.
 *
 * A picture item (itemClass ninat:picture) is a photo: its description is
 * the caption, its creditline the credit, its headline (if any) the
 * title.  An item with no text at all (elided from a newsMessage, or
 * empty) is no article: a warning names the file, line and item. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "loader.h"
#include "xmlhead.h"

#ifdef HAVE_LIBXML2
#include "strbuf.h"
#include "xalloc.h"
#include "xmlutil.h"

static void
newsml_elem(struct pagebuild *pb, struct article *a, struct text_elem *t,
    const xmlNode *n)
{
	struct span sp;
	char *s = xmlutil_line(pb, n, NULL, &sp);

	if (s)
		pagebuild_elem(a, t, s, sp);
	free(s);
}

static void
newsml_meta(struct pagebuild *pb, const xmlNode *cm)
{
	struct strbuf b = STRBUF_INIT;
	const xmlNode *c;
	char *t;

	for (c = cm ? cm->children : NULL; c; c = c->next) {
		if (xmlutil_is(c, "keyword"))
			t = xmlutil_text(c, NULL);
		else if (xmlutil_is(c, "subject"))
			t = xmlutil_text(xmlutil_child(c, "name"), NULL);
		else
			continue;
		if (t) {
			strbuf_adds(&b, b.len ? ", " : "Keywords: ");
			strbuf_adds(&b, t);
		}
		free(t);
	}
	if (b.len) {
		pagebuild_line(pb, b.s, b.len);
		pagebuild_meta(pb, b.s);
	}
	strbuf_free(&b);
}

/* Whether the item is a picture (or graphic): itemClass ninat:picture,
 * icls:picture … */
static bool
newsml_is_picture(const xmlNode *item)
{
	const xmlNode *ic = xmlutil_child(xmlutil_child(item, "itemMeta"),
	    "itemClass");
	char *q = ic ? xmlutil_attr(ic, "qcode") : NULL;
	char *colon = q ? strchr(q, ':') : NULL;
	const char *v = colon ? colon + 1 : q;
	bool yes = v && (strcmp(v, "picture") == 0 || strcmp(v, "graphic") == 0);

	free(q);
	return yes;
}

/* A photo item: headline, caption (description) and credit. */
static void
newsml_picture(struct pagebuild *pb, struct article *a, const xmlNode *cm)
{
	const xmlNode *c;
	struct span sp;
	char *t;

	for (c = cm ? cm->children : NULL; c; c = c->next)
		if ((xmlutil_is(c, "headline") || xmlutil_is(c, "description")) &&
		    (t = xmlutil_line(pb, c, NULL, &sp)) != NULL) {
			if (xmlutil_is(c, "headline"))
				pagebuild_deck(a, t, sp);
			else
				pagebuild_block(a, BLOCK_PARAGRAPH, t, sp);
			free(t);
		}
	newsml_elem(pb, a, &a->credit, xmlutil_child(cm, "creditline"));
	if (a->credit.text == NULL)
		newsml_elem(pb, a, &a->credit, xmlutil_child(cm, "by"));
}

static void
newsml_head(struct pagebuild *pb, struct article *a, const xmlNode *cm)
{
	const xmlNode *c;
	struct span sp;
	char *t;

	for (c = cm ? cm->children : NULL; c; c = c->next)
		if (xmlutil_is(c, "headline") &&
		    (t = xmlutil_line(pb, c, NULL, &sp)) != NULL) {
			pagebuild_deck(a, t, sp);
			free(t);
		}
	newsml_elem(pb, a, &a->byline, xmlutil_child(cm, "by"));
	if (a->byline.text == NULL)
		newsml_elem(pb, a, &a->byline,
		    xmlutil_child(xmlutil_child(cm, "creator"), "name"));
	newsml_elem(pb, a, &a->dateline, xmlutil_child(cm, "dateline"));
	newsml_elem(pb, a, &a->subhead, xmlutil_child(cm, "description"));
	newsml_elem(pb, a, &a->credit, xmlutil_child(cm, "creditline"));
}

/* Plain text: paragraphs at blank lines. */
static void
newsml_plain(struct pagebuild *pb, struct article *a, const xmlNode *data)
{
	char *t = (char *)xmlNodeGetContent(data), *p, *end;
	unsigned long no;

	for (p = t; p && *p; p = end) {
		end = strstr(p, "\n\n");
		end = end ? end + 2 : p + strlen(p);
		no = pagebuild_line(pb, p, (size_t)(end - p));
		if (pagebuild_span(pb, no, no).byte_end > pagebuild_span(pb, no,
		    no).byte_start) {
			const char *line = pb->text.s + pagebuild_span(pb, no,
			    no).byte_start;
			char *copy = xstrndup(line, strcspn(line, "\n"));

			pagebuild_block(a, BLOCK_PARAGRAPH, copy,
			    pagebuild_span(pb, no, no));
			free(copy);
		}
	}
	xmlFree(t);
}

/* A subheading before any paragraph continues the headline. */
static void
newsml_first_subhead(struct article *a)
{
	size_t cap = a->n_decks;

	if (a->n_blocks == 0 || a->blocks[0].kind != BLOCK_SECTION_HEAD ||
	    a->n_decks == 0)
		return;
	a->decks = xgrow(a->decks, &cap, a->n_decks + 1, sizeof *a->decks);
	a->decks[a->n_decks].text = a->blocks[0].text;
	a->decks[a->n_decks++].span = a->blocks[0].span;
	memmove(a->blocks, a->blocks + 1, --a->n_blocks * sizeof *a->blocks);
}

static void
newsml_body(struct pagebuild *pb, size_t art, const xmlNode *cs)
{
	const xmlNode *x = xmlutil_child(cs, "inlineXML"), *root, *body;

	if (x == NULL) {
		if ((x = xmlutil_child(cs, "inlineData")) != NULL)
			newsml_plain(pb, &pb->page->articles[art], x);
		return;
	}
	for (root = x->children; root && root->type != XML_ELEMENT_NODE;)
		root = root->next;
	if (root == NULL)
		return;
	if ((body = xmlutil_find(root, "body.content")) == NULL &&
	    (body = xmlutil_child(root, "body")) == NULL)
		body = root;
	nitf_read_body(pb, art, body);
	newsml_first_subhead(&pb->page->articles[art]);
}

/* Whether the article holds any text. */
static bool
newsml_has_text(const struct article *a)
{
	return a->n_decks > 0 || a->n_blocks > 0 || a->subhead.text ||
	    a->byline.text || a->credit.text;
}

static void
newsml_item(struct pagebuild *pb, const xmlNode *item,
    struct diag_list *diags)
{
	bool picture = newsml_is_picture(item);
	struct article *a = pagebuild_article(pb, picture ? ARTICLE_PHOTO :
	    ARTICLE_NEWS);
	size_t art = pb->page->n_articles - 1;
	const xmlNode *cm = xmlutil_child(item, "contentMeta");
	char *guid = xmlutil_attr(item, "guid");

	if (picture)
		newsml_picture(pb, a, cm);
	else {
		newsml_head(pb, a, cm);
		newsml_body(pb, art, xmlutil_child(item, "contentSet"));
	}
	a = &pb->page->articles[art];
	if (!newsml_has_text(a)) {
		struct page *p = pb->page;

		diag_add(diags, DIAG_WARNING, p->path,
		    (unsigned long)xmlGetLineNo(item), -1,
		    picture ? _("picture item %s has no text (elided or empty); not read") :
		    _("news item %s has no text (elided or empty); not read"),
		    guid ? guid : _("without a guid"));
		/* Photos its body's media made stay, after it. */
		article_free(&p->articles[art]);
		memmove(&p->articles[art], &p->articles[art + 1],
		    (p->n_articles - art - 1) * sizeof *p->articles);
		p->n_articles--;
	} else if (!picture && a->n_blocks == 0)
		diag_add(diags, DIAG_WARNING, pb->page->path,
		    (unsigned long)xmlGetLineNo(item), -1,
		    _("news item %s has no body text"), guid ? guid : _("without a guid"));
	newsml_meta(pb, cm);
	free(guid);
}

/* Returns how many newsItems were met. */
static size_t
newsml_items(struct pagebuild *pb, const xmlNode *n, struct diag_list *diags)
{
	const xmlNode *c;
	size_t k = 0;

	if (xmlutil_is(n, "newsItem")) {
		newsml_item(pb, n, diags);
		return 1;
	}
	for (c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			k += newsml_items(pb, c, diags);
	return k;
}

static int
loader_newsml_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	xmlDocPtr doc = xmlutil_parse(buf, n, page->path, diags);
	struct pagebuild pb;

	if (doc == NULL)
		return -1;
	pagebuild_init(&pb, page);
	if (newsml_items(&pb, xmlDocGetRootElement(doc), diags) == 0)
		diag_add(diags, DIAG_WARNING, page->path, 0, -1,
		    _("no newsItem in this NewsML document"));
	pagebuild_finish(&pb, doc->encoding ? (const char *)doc->encoding : "UTF-8");
	xmlFreeDoc(doc);
	return 0;
}

#else /* !HAVE_LIBXML2 */

static int
loader_newsml_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	diag_add(diags, DIAG_ERROR, page->path, 0, -1,
	    _("NewsML-G2 items are not supported in this build (needs libxml2)"));
	return -1;
}

#endif /* HAVE_LIBXML2 */

static int
loader_newsml_probe(const char *path, const unsigned char *head, size_t n)
{
	return xmlhead_has(head, n, "newsItem") ||
	    xmlhead_has(head, n, "newsMessage");
}

const struct loader loader_newsml = {
	"newsml",
	loader_newsml_probe,
	loader_newsml_load,
	NULL,
};
