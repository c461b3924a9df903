/* SPDX-License-Identifier: ISC */
/* loader_mets.c: an issue described by METS, its pages in ALTO files.
 *
 * The METS file is the issue: its physical structMap (else its fileSec)
 * lists the ALTO files in page order, each a page (page->part).  Its
 * logical structMap, where there is one, says which text blocks (area
 * BEGIN) make which article and what they are (a div TYPE of TITLE,
 * HEADING, BYLINE, ADVERTISEMENT …); those become the articles. */
#include "config.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "loader.h"
#include "readfile.h"
#include "xmlhead.h"

#ifdef HAVE_LIBXML2
#include "alto.h"
#include "archive.h"
#include "xalloc.h"
#include "xmlutil.h"

/* A METS page is far smaller; refuse more rather than exhaust memory. */
#define METS_MAX_ALTO	((size_t)256 << 20)

struct mets {
	xmlDocPtr	 doc;
	char		**files;	/* ALTO file IDs in page order */
	size_t		 n_files, cap;
	struct alto_map	*map;
	size_t		 n_map, cap_map;
	int		 n_articles;
	int		 n_paras;
};

static bool
mets_is_alto(const xmlNode *file)
{
	char *mime = xmlutil_attr(file, "MIMETYPE");
	/* USE is on the fileGrp, or (NDNP) on the file itself. */
	char *use = xmlutil_attr(file, "USE");
	const xmlNode *loc = xmlutil_child(file, "FLocat");
	char *href = loc ? xmlutil_attr(loc, "href") : NULL;
	bool yes;

	if (use == NULL)
		use = xmlutil_attr(file->parent, "USE");
	yes = (use && (strcasestr(use, "alto") || strcasestr(use, "text") ||
	    strcasestr(use, "ocr"))) || (mime && strstr(mime, "xml") &&
	    href && strcasestr(href, ".xml"));

	free(mime);
	free(use);
	free(href);
	return yes;
}

static void
mets_add_file(struct mets *m, const char *id)
{
	size_t i;

	for (i = 0; i < m->n_files; i++)
		if (strcmp(m->files[i], id) == 0)
			return;
	m->files = xgrow(m->files, &m->cap, m->n_files + 1, sizeof *m->files);
	m->files[m->n_files++] = xstrdup(id);
}

/* The file element with this ID, anywhere under n. */
static xmlNodePtr
mets_find_file(xmlNodePtr n, const char *id)
{
	xmlNodePtr c, f;
	char *fid;
	bool same;

	for (c = n ? n->children : NULL; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlutil_is(c, "file")) {
			fid = xmlutil_attr(c, "ID");
			same = fid && strcmp(fid, id) == 0;
			free(fid);
			if (same)
				return c;
		} else if ((f = mets_find_file(c, id)) != NULL)
			return f;
	}
	return NULL;
}

static xmlNodePtr
mets_file(const struct mets *m, const char *id)
{
	return mets_find_file(xmlutil_find(xmlDocGetRootElement(m->doc),
	    "fileSec"), id);
}

/* A PDF of the page (NDNP's "derivative"): by MIMETYPE or by name. */
static bool
mets_is_pdf(const xmlNode *file)
{
	char *mime = xmlutil_attr(file, "MIMETYPE");
	const xmlNode *loc = xmlutil_child(file, "FLocat");
	char *href = loc ? xmlutil_attr(loc, "href") : NULL;
	size_t n = href ? strlen(href) : 0;
	bool yes = (mime && strcasestr(mime, "pdf")) ||
	    (n > 4 && strcasecmp(href + n - 4, ".pdf") == 0);

	free(mime);
	free(href);
	return yes;
}

/* The first file under n (fptr and area FILEIDs) that is ALTO, else the
 * first that is a PDF; NULL when none. */
static char *
mets_page_file(const struct mets *m, const xmlNode *n, bool want_alto)
{
	const xmlNode *c;
	char *id, *found;
	xmlNodePtr f;

	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || xmlutil_is(c, "div"))
			continue;
		if ((xmlutil_is(c, "fptr") || xmlutil_is(c, "area")) &&
		    (id = xmlutil_attr(c, "FILEID")) != NULL) {
			if ((f = mets_file(m, id)) != NULL &&
			    (want_alto ? mets_is_alto(f) : mets_is_pdf(f)))
				return id;
			free(id);
		}
		if ((found = mets_page_file(m, c, want_alto)) != NULL)
			return found;
	}
	return NULL;
}

/* Page order: each div of the physical structMap that points at files is
 * a page, read from its ALTO file, or from its PDF where it has no ALTO
 * (a page the library did not OCR, or whose ALTO is missing from the
 * METS). */
static void
mets_walk_fptrs(struct mets *m, const xmlNode *n)
{
	const xmlNode *c;
	char *id;

	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!xmlutil_is(c, "fptr") && !xmlutil_is(c, "area")) {
			mets_walk_fptrs(m, c);
			continue;
		}
		/* n points at files: a page; once, at its first fptr */
		if ((id = mets_page_file(m, n, true)) == NULL)
			id = mets_page_file(m, n, false);
		if (id != NULL)
			mets_add_file(m, id);
		free(id);
		return;
	}
}

static enum alto_role
mets_role(const char *type)
{
	static const struct { const char *w; enum alto_role r; } t[] = {
		{ "advert", ALTO_AD }, { "subhead", ALTO_SUBTITLE },
		{ "subtitle", ALTO_SUBTITLE }, { "title", ALTO_TITLE },
		{ "heading", ALTO_TITLE }, { "headline", ALTO_TITLE },
		{ "byline", ALTO_BYLINE }, { "author", ALTO_BYLINE },
		{ "masthead", ALTO_META }, { "caption", ALTO_PHOTO },
		{ "illustration", ALTO_PHOTO }, { "picture", ALTO_PHOTO },
		{ "photo", ALTO_PHOTO }, { "figure", ALTO_PHOTO },
	};
	size_t i;

	for (i = 0; type && i < sizeof t / sizeof *t; i++)
		if (strcasestr(type, t[i].w))
			return t[i].r;
	return ALTO_BODY;
}

/* Logical divs: an ARTICLE (or ADVERTISEMENT …) numbers the areas under
 * it; the nearest div's TYPE gives each area's role (a BODY's areas are
 * body text, a HEADING's the headline); a PARAGRAPH div makes its areas
 * one paragraph, whichever blocks they are in.  A div whose TYPE names
 * none keeps the role of the div above it. */
static void
mets_logical(struct mets *m, const xmlNode *n, int article, enum alto_role role,
    int para)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlutil_is(c, "div")) {
			char *type = xmlutil_attr(c, "TYPE");
			int art = article, par = para;
			enum alto_role r = role;

			if (type && article == 0 && (strcasestr(type, "article") ||
			    strcasestr(type, "advert") || strcasestr(type, "story") ||
			    mets_role(type) == ALTO_PHOTO))
				art = ++m->n_articles;
			if (art && type && strcasestr(type, "paragraph"))
				par = ++m->n_paras;
			else if (art && (art != article || mets_role(type) != ALTO_BODY ||
			    (type && strcasestr(type, "body"))))
				r = mets_role(type);
			mets_logical(m, c, art, art ? r : ALTO_NONE, par);
			free(type);
		} else if (xmlutil_is(c, "area") && article) {
			char *begin = xmlutil_attr(c, "BEGIN");

			if (begin) {
				m->map = xgrow(m->map, &m->cap_map, m->n_map + 1,
				    sizeof *m->map);
				m->map[m->n_map].file = xmlutil_attr(c, "FILEID");
				m->map[m->n_map].block = begin;
				m->map[m->n_map].article = article;
				m->map[m->n_map].para = para;
				m->map[m->n_map++].role = role;
			}
		} else
			mets_logical(m, c, article, role, para);
	}
}

static void
mets_free(struct mets *m)
{
	size_t i;

	for (i = 0; i < m->n_files; i++)
		free(m->files[i]);
	for (i = 0; i < m->n_map; i++) {
		free(m->map[i].file);
		free(m->map[i].block);
	}
	free(m->files);
	free(m->map);
	if (m->doc)
		xmlFreeDoc(m->doc);
}

static int
mets_open(struct mets *m, const unsigned char *buf, size_t n, const char *path,
    struct diag_list *diags)
{
	xmlNodePtr root, sm;

	memset(m, 0, sizeof *m);
	if ((m->doc = xmlutil_parse(buf, n, path, diags)) == NULL)
		return -1;
	root = xmlDocGetRootElement(m->doc);
	for (sm = xmlutil_child(root, "structMap"); sm; sm = xmlutil_next(sm, "structMap")) {
		char *type = xmlutil_attr(sm, "TYPE");

		if (type && strcasecmp(type, "LOGICAL") == 0)
			mets_logical(m, sm, 0, ALTO_NONE, 0);
		else
			mets_walk_fptrs(m, sm);
		free(type);
	}
	return 0;
}

/* The ALTO file's path: its href, relative to the METS file's folder. */
static char *
mets_alto_path(const struct mets *m, const char *id, const char *mets_path)
{
	xmlNodePtr f = mets_file(m, id), loc = f ? xmlutil_child(f, "FLocat") : NULL;
	char *href = loc ? xmlutil_attr(loc, "href") : NULL, *p, *slash;

	if (href == NULL)
		return NULL;
	p = href;
	if (strncmp(p, "file://", 7) == 0)
		p += 7;
	while (strncmp(p, "./", 2) == 0)
		p += 2;
	if (*p == '/' || (slash = strrchr(mets_path, '/')) == NULL)
		p = xstrdup(p);
	else
		p = xasprintf("%.*s/%s", (int)(slash - mets_path), mets_path, p);
	free(href);
	return p;
}

/* Move this page's map entries (FILEID the page's ALTO file, or none) to
 * the front, in order; returns how many.  Block ids repeat from page to
 * page (TB1 on each), so the others must not be seen. */
static size_t
mets_page_map(struct mets *m, const char *file)
{
	size_t i, k = 0;

	for (i = 0; i < m->n_map; i++)
		if (m->map[i].file == NULL || strcmp(m->map[i].file, file) == 0) {
			struct alto_map t = m->map[i];

			memmove(&m->map[k + 1], &m->map[k], (i - k) * sizeof *m->map);
			m->map[k++] = t;
		}
	return k;
}

static unsigned char *
mets_read(const char *path, size_t *len, bool pdf, struct diag_list *diags)
{
	struct stat st;
	int fd = readfile_open(path, &st);
	unsigned char *buf;
	ssize_t r;

	if (fd < 0 || (size_t)st.st_size > METS_MAX_ALTO) {
		diag_add(diags, DIAG_ERROR, path, 0, -1,
		    pdf ? _("cannot read the PDF page the METS file names: %s") :
		    _("cannot read the ALTO page the METS file names: %s"),
		    fd < 0 ? readfile_strerror(errno) : _("too large"));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	buf = xmalloc((size_t)st.st_size + 1);
	for (*len = 0; *len < (size_t)st.st_size; *len += (size_t)r)
		if ((r = read(fd, buf + *len, (size_t)st.st_size - *len)) <= 0)
			break;
	close(fd);
	return buf;
}

static int
loader_mets_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	struct mets m;
	char *path;
	unsigned char *alto = NULL;
	size_t len = 0;
	xmlDocPtr doc;
	bool pdf;
	int rc = -1;

	if (mets_open(&m, buf, n, page->path, diags) != 0)
		return -1;
	if (page->part < 0 || (size_t)page->part >= m.n_files ||
	    (path = mets_alto_path(&m, m.files[page->part], page->path)) == NULL) {
		diag_add(diags, DIAG_ERROR, page->path, 0, -1,
		    _("no ALTO or PDF file for page %d in the METS file"), page->part + 1);
		mets_free(&m);
		return -1;
	}
	pdf = !mets_is_alto(mets_file(&m, m.files[page->part]));
	/* A reference out of a confined archive is refused like a symlink. */
	if ((page->issue == NULL ||
	    archive_path_allowed(page->issue->publication->archive, path, diags)) &&
	    (alto = mets_read(path, &len, pdf, diags)) != NULL && pdf) {
		/* A page without ALTO: its PDF, the PDF's first page. */
		int part = page->part;

		page->part = 0;
		rc = loader_pdf.load(page, alto, len, opt, diags);
		page->part = part;
	} else if (alto != NULL &&
	    (doc = xmlutil_parse(alto, len, path, diags)) != NULL) {
		size_t n_map = mets_page_map(&m, m.files[page->part]);

		rc = alto_read(page, doc, m.map, n_map, diags);
		xmlFreeDoc(doc);
	}
	free(alto);
	free(path);
	mets_free(&m);
	return rc;
}

static int
loader_mets_parts(const char *path, const unsigned char *buf, size_t n,
    struct diag_list *diags)
{
	struct mets m;
	int count;

	if (mets_open(&m, buf, n, path, diags) != 0)
		return 0;
	count = (int)m.n_files;
	if (count == 0)
		diag_add(diags, DIAG_WARNING, path, 0, -1,
		    _("the METS file names no ALTO or PDF pages"));
	mets_free(&m);
	return count;
}

#else /* !HAVE_LIBXML2 */

static int
loader_mets_load(struct page *page, const unsigned char *buf, size_t n,
    const struct load_options *opt, struct diag_list *diags)
{
	diag_add(diags, DIAG_ERROR, page->path, 0, -1,
	    _("METS/ALTO issues are not supported in this build (needs libxml2)"));
	return -1;
}

static int
loader_mets_parts(const char *path, const unsigned char *buf, size_t n,
    struct diag_list *diags)
{
	return 1;
}

#endif /* HAVE_LIBXML2 */

static int
loader_mets_probe(const char *path, const unsigned char *head, size_t n)
{
	return xmlhead_has(head, n, "mets");
}

const struct loader loader_mets = {
	"mets",
	loader_mets_probe,
	loader_mets_load,
	loader_mets_parts,
};
