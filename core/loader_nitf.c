/* SPDX-License-Identifier: ISC */
/* loader_nitf.c: NITF 3.x news items (News Industry Text Format).
 *
 * One item is one article: hedline/hl1 (and hl2) are the decks, byline
 * without its byttl (the writer's title) the byline, dateline the
 * dateline; body.content's paragraphs, hl2 subheads and lists the body;
 * media captions become photo articles; keywords (key-list) go to the
 * page's meta lines.  libxml2 honours the declared encoding.  An empty
 * body gets a warning naming the file and the item (doc-id); an item
 * with no text at all is no article. */
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

/* --- bodies (NITF and XHTML) ----------------------------------------- */

struct nitf_body {
	struct pagebuild *pb;
	size_t		 art;
	const xmlNode	**media;	/* captions, read after the article */
	size_t		 n_media, cap_media;
};

static struct article *
nitf_art(struct nitf_body *nb)
{
	return &nb->pb->page->articles[nb->art];
}

static void
nitf_add_block(struct nitf_body *nb, const xmlNode *n, enum block_kind kind)
{
	struct span sp;
	char *t = xmlutil_line(nb->pb, n, NULL, &sp);

	if (t)
		pagebuild_block(nitf_art(nb), kind, t, sp);
	free(t);
}

static bool
nitf_is_subhead(const xmlNode *n)
{
	static const char *const names[] = { "hl2", "h1", "h2", "h3", "h4",
	    "h5", "h6", NULL };
	size_t i;

	for (i = 0; names[i]; i++)
		if (xmlutil_is(n, names[i]))
			return true;
	return false;
}

static bool
nitf_is_para(const xmlNode *n)
{
	return xmlutil_is(n, "p") || xmlutil_is(n, "li") ||
	    xmlutil_is(n, "pre") || xmlutil_is(n, "bq") ||
	    xmlutil_is(n, "blockquote") || xmlutil_is(n, "dd") ||
	    xmlutil_is(n, "dt");
}

static void
nitf_walk(struct nitf_body *nb, const xmlNode *parent)
{
	const xmlNode *c;

	for (c = parent->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlutil_is(c, "media") || xmlutil_is(c, "figure") ||
		    xmlutil_is(c, "img")) {
			nb->media = xgrow(nb->media, &nb->cap_media,
			    nb->n_media + 1, sizeof *nb->media);
			nb->media[nb->n_media++] = c;
		} else if (nitf_is_subhead(c))
			nitf_add_block(nb, c, BLOCK_SECTION_HEAD);
		else if (xmlutil_is(c, "tagline"))
			nitf_add_block(nb, c, BLOCK_SIGNATURE);
		else if (nitf_is_para(c) && xmlutil_find(c, "p") == NULL)
			nitf_add_block(nb, c, BLOCK_PARAGRAPH);
		else if (!xmlutil_is(c, "body.head") && !xmlutil_is(c, "head"))
			nitf_walk(nb, c);
	}
}

/* A media element: its caption, and its producer or credit. */
static void
nitf_read_media(struct pagebuild *pb, const xmlNode *m)
{
	const xmlNode *cap = xmlutil_find(m, "media-caption");
	const xmlNode *who = xmlutil_find(m, "media-producer");
	struct article *a;
	struct span sp;
	char *t;

	if (cap == NULL)
		cap = xmlutil_find(m, "figcaption");
	if (cap == NULL && xmlutil_is(m, "img"))
		return;
	a = pagebuild_article(pb, ARTICLE_PHOTO);
	if (cap && (t = xmlutil_line(pb, cap, NULL, &sp)) != NULL) {
		pagebuild_block(a, BLOCK_PARAGRAPH, t, sp);
		free(t);
	}
	if (who && (t = xmlutil_line(pb, who, NULL, &sp)) != NULL) {
		pagebuild_elem(a, &a->credit, t, sp);
		free(t);
	}
	if (a->n_blocks == 0 && a->credit.text == NULL)
		pagebuild_drop_last(pb);
}

void
nitf_read_body(struct pagebuild *pb, size_t art, const xmlNode *body)
{
	struct nitf_body nb = { pb, art, NULL, 0, 0 };
	size_t i;

	if (body == NULL)
		return;
	nitf_walk(&nb, body);
	for (i = 0; i < nb.n_media; i++)
		nitf_read_media(pb, nb.media[i]);
	free(nb.media);
}

/* --- the item ----------------------------------------------------------- */

static void
nitf_read_head(struct pagebuild *pb, struct article *a, const xmlNode *bh)
{
	const xmlNode *hed = xmlutil_child(bh, "hedline"), *c;
	struct span sp;
	char *t;

	for (c = hed ? hed->children : NULL; c; c = c->next)
		if ((xmlutil_is(c, "hl1") || xmlutil_is(c, "hl2")) &&
		    (t = xmlutil_line(pb, c, NULL, &sp)) != NULL) {
			/* hl2 repeating hl1 (AP's "originalHeadline") adds nothing. */
			if (a->n_decks == 0 || strcmp(t, a->decks[0].text) != 0)
				pagebuild_deck(a, t, sp);
			free(t);
		}
	if ((t = xmlutil_line(pb, xmlutil_child(bh, "byline"), "byttl", &sp))) {
		pagebuild_elem(a, &a->byline, t, sp);
		free(t);
	}
	if ((t = xmlutil_line(pb, xmlutil_child(bh, "dateline"), NULL, &sp))) {
		pagebuild_elem(a, &a->dateline, t, sp);
		free(t);
	}
}

/* Keywords: key-list/keyword@key, one meta line. */
static void
nitf_read_keywords(struct pagebuild *pb, const xmlNode *head)
{
	const xmlNode *kl = xmlutil_find(head, "key-list"), *k;
	struct strbuf b = STRBUF_INIT;
	char *v;

	for (k = kl ? kl->children : NULL; k; k = k->next)
		if (xmlutil_is(k, "keyword") && (v = xmlutil_attr(k, "key"))) {
			strbuf_adds(&b, b.len ? ", " : "Keywords: ");
			strbuf_adds(&b, v);
			free(v);
		}
	if (b.len) {
		pagebuild_line(pb, b.s, b.len);
		pagebuild_meta(pb, b.s);
	}
	strbuf_free(&b);
}

/* An item without body text is said so; one without any text is no
 * article (photos its media made stay). */
static void
nitf_check_empty(struct pagebuild *pb, const xmlNode *root,
    struct diag_list *diags)
{
	struct page *p = pb->page;
	struct article *a = &p->articles[0];
	const xmlNode *id = xmlutil_find(xmlutil_child(root, "head"), "doc-id");
	char *name = id ? xmlutil_attr(id, "id-string") : NULL;
	const char *what = name ? name : _("without a doc-id");

	if (a->n_blocks > 0) {
		free(name);
		return;
	}
	if (a->n_decks > 0 || a->byline.text || a->dateline.text)
		diag_add(diags, DIAG_WARNING, p->path, 0, -1,
		    _("NITF item %s has no body text"), what);
	else {
		diag_add(diags, DIAG_WARNING, p->path, 0, -1,
		    _("NITF item %s has no text (empty); not read"), what);
		article_free(a);
		memmove(a, a + 1, (p->n_articles - 1) * sizeof *a);
		p->n_articles--;
	}
	free(name);
}

static int
loader_nitf_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	xmlDocPtr doc = xmlutil_parse(buf, n, page->path, diags);
	const xmlNode *root, *body, *bh;
	struct pagebuild pb;
	struct article *a;
	struct span sp;
	char *t;

	if (doc == NULL)
		return -1;
	root = xmlDocGetRootElement(doc);
	body = xmlutil_child(root, "body");
	pagebuild_init(&pb, page);
	a = pagebuild_article(&pb, ARTICLE_NEWS);
	if ((bh = xmlutil_child(body, "body.head")) != NULL)
		nitf_read_head(&pb, a, bh);
	if (a->n_decks == 0 && (t = xmlutil_line(&pb,
	    xmlutil_find(xmlutil_child(root, "head"), "title"), NULL, &sp))) {
		pagebuild_deck(a, t, sp);
		free(t);
	}
	nitf_read_body(&pb, 0, xmlutil_child(body, "body.content"));
	nitf_read_body(&pb, 0, xmlutil_child(body, "body.end"));
	nitf_check_empty(&pb, root, diags);
	nitf_read_keywords(&pb, xmlutil_child(root, "head"));
	pagebuild_finish(&pb, doc->encoding ? (const char *)doc->encoding : "UTF-8");
	xmlFreeDoc(doc);
	return 0;
}

#else /* !HAVE_LIBXML2 */

static int
loader_nitf_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	diag_add(diags, DIAG_ERROR, page->path, 0, -1,
	    _("NITF news items are not supported in this build (needs libxml2)"));
	return -1;
}

#endif /* HAVE_LIBXML2 */

static int
loader_nitf_probe(const char *path, const unsigned char *head, size_t n)
{
	return xmlhead_has(head, n, "nitf");
}

const struct loader loader_nitf = {
	"nitf",
	loader_nitf_probe,
	loader_nitf_load,
	NULL,
};
