/* SPDX-License-Identifier: ISC */
/* xmlutil.c: libxml2 helpers (see xmlutil.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "i18n.h"
#include "strbuf.h"
#include "xalloc.h"
#include "xmlutil.h"

/* libxml2 reports through a global handler: keep it quiet and read the
 * last error instead. */
static void
xmlutil_silent(void *ctx, const char *msg, ...)
{
}

xmlDocPtr
xmlutil_parse(const unsigned char *buf, size_t n, const char *path,
    struct diag_list *diags)
{
	const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS;
	xmlDocPtr doc;
	const xmlError *e;

	if (n > (size_t)1 << 30) {
		diag_add(diags, DIAG_ERROR, path, 0, -1, _("too large for XML"));
		return NULL;
	}
	xmlSetGenericErrorFunc(NULL, xmlutil_silent);
	xmlResetLastError();
	doc = xmlReadMemory((const char *)buf, (int)n, NULL, NULL, opts);
	if (doc == NULL || xmlDocGetRootElement(doc) == NULL) {
		e = xmlGetLastError();
		diag_add(diags, DIAG_ERROR, path, e ? (unsigned long)e->line : 0, -1,
		    _("not well-formed XML: %s"), e && e->message ?
		    e->message : _("no root element"));
		if (doc)
			xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

bool
xmlutil_is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

xmlNodePtr
xmlutil_child(const xmlNode *n, const char *name)
{
	xmlNodePtr c;

	for (c = n ? n->children : NULL; c; c = c->next)
		if (xmlutil_is(c, name))
			return c;
	return NULL;
}

xmlNodePtr
xmlutil_find(const xmlNode *n, const char *name)
{
	xmlNodePtr c, f;

	for (c = n ? n->children : NULL; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlutil_is(c, name))
			return c;
		if ((f = xmlutil_find(c, name)) != NULL)
			return f;
	}
	return NULL;
}

xmlNodePtr
xmlutil_next(const xmlNode *n, const char *name)
{
	xmlNodePtr c;

	for (c = n ? n->next : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && (name == NULL || xmlutil_is(c, name)))
			return c;
	return NULL;
}

/* Append text with runs of white space as one space. */
static void
xmlutil_add_collapsed(struct strbuf *b, const char *s)
{
	for (; *s; s++) {
		bool sp = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';

		if (!sp)
			strbuf_addc(b, *s);
		else if (b->len > 0 && b->s[b->len - 1] != ' ')
			strbuf_addc(b, ' ');
	}
}

static void
xmlutil_collect(const xmlNode *n, const char *skip, struct strbuf *b)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
			xmlutil_add_collapsed(b, (const char *)c->content);
		else if (c->type == XML_ELEMENT_NODE &&
		    !(skip && xmlutil_is(c, skip))) {
			/* A line break element (<br/>) separates words. */
			if (xmlutil_is(c, "br"))
				xmlutil_add_collapsed(b, " ");
			xmlutil_collect(c, skip, b);
		}
	}
}

char *
xmlutil_text(const xmlNode *n, const char *skip)
{
	struct strbuf b = STRBUF_INIT;

	if (n == NULL)
		return NULL;
	xmlutil_collect(n, skip, &b);
	while (b.len > 0 && b.s[b.len - 1] == ' ')
		strbuf_truncate(&b, b.len - 1);
	if (b.len == 0) {
		strbuf_free(&b);
		return NULL;
	}
	if (b.s[0] == ' ')
		memmove(b.s, b.s + 1, b.len--);
	return strbuf_take(&b);
}

char *
xmlutil_attr(const xmlNode *n, const char *name)
{
	xmlChar *v = n ? xmlGetProp(n, (const xmlChar *)name) : NULL;
	char *s;

	if (v == NULL)
		return NULL;
	s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}

char *
xmlutil_line(struct pagebuild *pb, const xmlNode *elem, const char *skip,
    struct span *sp)
{
	char *t = xmlutil_text(elem, skip);
	unsigned long no;

	if (t == NULL)
		return NULL;
	no = pagebuild_line(pb, t, strlen(t));
	*sp = pagebuild_span(pb, no, no);
	return t;
}
