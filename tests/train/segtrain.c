/* SPDX-License-Identifier: ISC */
/* segtrain: train and measure the learned line classifier (segment_model.h).
 *
 *   segtrain features TEXT             every line's own features
 *   segtrain lines TEXT...             every line as the segmenter reads
 *                                       it: LINE<TAB>OFFSET<TAB>TEXT, for
 *                                       label_lines.py (-layout text)
 *   segtrain train [--note S] LIST OUT  fit the model, write OUT (C source)
 *   segtrain eval LIST                  the model's and the rules' labels
 *                                       against the truth, per label
 *
 * LIST holds one page a line: TEXT<TAB>LABELS, a page's pdftotext output
 * (default, -raw or -layout) and label_lines.py's labels of its lines:
 * LINE<TAB>LABEL for a source line, LINE@OFFSET<TAB>LABEL for the piece
 * of a -layout line at that byte offset (one column's part of it).  Training is
 * multi-class (one-vs-rest) L2-regularised logistic regression with
 * liblinear's primal Newton solver, which has no random steps: the same
 * LIST gives the same OUT, byte for byte.  See tests/train/train.sh. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linear.h>

#include "model.h"
#include "pagetext.h"
#include "segment.h"
#include "segment_features.h"
#include "segment_model.h"
#include "xalloc.h"

enum { L = SEGM_N_LABELS };

/* liblinear's cost of a training error, and its stopping tolerance. */
#define TRAIN_C		1.0
#define TRAIN_EPS	0.01
/* The bias of a label no training line has: never chosen. */
#define ABSENT_BIAS	(-30.0f)

/* --- Reading ------------------------------------------------------------- */

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, k;

	if (f == NULL) {
		fprintf(stderr, "segtrain: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	for (;;) {
		buf = xgrow(buf, &cap, n + 65536, 1);
		k = fread(buf + n, 1, 65536, f);
		n += k;
		if (k == 0)
			break;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* A page of the list: its text, its features, the truth label of each
 * feature line (SEGM_N_LABELS: none). */
struct item {
	struct page		 page;
	struct segment_features	 f;
	int			*truth;
};

static void
item_load(struct item *it, const char *text, const char *labels)
{
	size_t len, llen, i;
	char *buf = slurp(text, &len), *lb = slurp(labels, &llen), *p, *save;
	int *by_line;
	unsigned long lineno = 0;

	memset(it, 0, sizeof *it);
	it->page.path = xstrdup(text);
	pagetext_from_text(&it->page.text, buf, len);
	segment_features_page(&it->page.text, &it->f);
	it->truth = xcalloc(it->f.n + 1, sizeof *it->truth);
	by_line = xcalloc(it->page.text.n_lines + 2, sizeof *by_line);
	for (i = 0; i < it->page.text.n_lines + 2; i++)
		by_line[i] = L;
	for (i = 0; i < it->f.n; i++)
		it->truth[i] = L;
	for (p = strtok_r(lb, "\n", &save); p; p = strtok_r(NULL, "\n", &save)) {
		char *tab = strchr(p, '\t'), *end;
		if (tab == NULL || (lineno = strtoul(p, &end, 10)) == 0 ||
		    lineno > it->page.text.n_lines) {
			fprintf(stderr, "segtrain: %s: bad line \"%s\"\n",
			    labels, p);
			exit(1);
		}
		if (*end == '@') {
			/* a -layout piece, by its offset */
			size_t k = segment_features_find(&it->f,
			    strtoul(end + 1, NULL, 10));
			if (k < it->f.n)
				it->truth[k] = (int)segment_model_label_by_name(
				    tab + 1);
		} else
			by_line[lineno] = (int)segment_model_label_by_name(
			    tab + 1);
	}
	for (i = 0; i < it->f.n; i++)
		if (it->truth[i] == L)
			it->truth[i] = by_line[it->f.line[i]];
	free(by_line);
	free(lb);
}

static void
item_free(struct item *it)
{
	segment_features_free(&it->f);
	page_unload(&it->page);
	free(it->page.path);
	free(it->truth);
}

struct list {
	char	**text, **labels;
	size_t	  n, cap, cap2;
};

static void
list_read(struct list *l, const char *path)
{
	size_t len;
	char *buf = slurp(path, &len), *p, *save;

	memset(l, 0, sizeof *l);
	for (p = strtok_r(buf, "\n", &save); p; p = strtok_r(NULL, "\n", &save)) {
		char *tab = strchr(p, '\t');
		if (tab == NULL) {
			fprintf(stderr, "segtrain: %s: no tab in \"%s\"\n", path, p);
			exit(1);
		}
		*tab = '\0';
		l->text = xgrow(l->text, &l->cap, l->n + 1, sizeof *l->text);
		l->labels = xgrow(l->labels, &l->cap2, l->n + 1,
		    sizeof *l->labels);
		l->text[l->n] = xstrdup(p);
		l->labels[l->n++] = xstrdup(tab + 1);
	}
	free(buf);
}

/* --- features ------------------------------------------------------------- */

static int
cmd_features(const char *path)
{
	struct item it;
	size_t len, i, k;
	char name[64];
	float v[SEGF_DIM];

	char *buf = slurp(path, &len);

	memset(&it, 0, sizeof it);
	pagetext_from_text(&it.page.text, buf, len);
	segment_features_page(&it.page.text, &it.f);
	for (i = 0; i < it.f.n; i++) {
		segment_features_vector(&it.f, i, v);
		printf("%lu", it.f.line[i]);
		for (k = SEGF_CONTEXT * SEGF_OWN; k < (SEGF_CONTEXT + 1) *
		    SEGF_OWN; k++)
			if (v[k] != 0.0f)
				printf(" %s=%.3g", segment_features_name(k,
				    name, sizeof name) + 3, (double)v[k]);
		putchar('\n');
	}
	segment_features_free(&it.f);
	page_unload(&it.page);
	return 0;
}

static int
cmd_lines(int n, char **paths)
{
	int k;

	for (k = 0; k < n; k++) {
		struct page page;
		struct segment_features f;
		size_t len, i;
		char *buf = slurp(paths[k], &len);

		memset(&page, 0, sizeof page);
		pagetext_from_text(&page.text, buf, len);
		segment_features_page(&page.text, &f);
		printf("# %s\n", paths[k]);
		for (i = 0; i < f.n; i++)
			printf("%lu\t%zu\t%.*s\n", f.line[i], f.off[i],
			    (int)f.len[i], page.text.text + f.off[i]);
		segment_features_free(&f);
		page_unload(&page);
	}
	return 0;
}

/* --- train ---------------------------------------------------------------- */

static void
quiet(const char *s)
{
	(void)s;
}

static void
put_float(FILE *o, float x)
{
	/* %e of a float widened: the same bytes on every run */
	fprintf(o, "%.8ef", (double)x);
}

static int
cmd_train(const char *note, const char *listpath, const char *outpath)
{
	struct list l;
	struct problem prob;
	struct parameter param;
	struct model *m;
	struct feature_node *space = NULL;
	size_t cap_space = 0, n_space = 0, cap_y = 0, cap_x = 0, i, j, pages = 0;
	size_t *x_at = NULL;
	long count[L + 1][L], per_label[L];
	float w[L][SEGF_DIM + 1], v[SEGF_DIM];
	const char *err;
	FILE *o;
	int a, b, k, d;

	memset(count, 0, sizeof count);
	memset(per_label, 0, sizeof per_label);
	memset(&prob, 0, sizeof prob);
	list_read(&l, listpath);
	for (i = 0; i < l.n; i++) {
		struct item it;
		int prev = L;
		item_load(&it, l.text[i], l.labels[i]);
		pages += it.f.n > 0;
		for (j = 0; j < it.f.n; j++) {
			int t = it.truth[j];
			if (t == L) {	/* no truth: no example, no bigram */
				prev = -1;
				continue;
			}
			if (prev >= 0)
				count[prev][t]++;
			prev = t;
			per_label[t]++;
			segment_features_vector(&it.f, j, v);
			prob.y = xgrow(prob.y, &cap_y, (size_t)prob.l + 1,
			    sizeof *prob.y);
			x_at = xgrow(x_at, &cap_x, (size_t)prob.l + 1,
			    sizeof *x_at);
			prob.y[prob.l] = t;
			x_at[prob.l++] = n_space;
			space = xgrow(space, &cap_space, n_space + SEGF_DIM + 2,
			    sizeof *space);
			for (d = 0; d < SEGF_DIM; d++)
				if (v[d] != 0.0f) {
					space[n_space].index = d + 1;
					space[n_space++].value = v[d];
				}
			space[n_space].index = SEGF_DIM + 1;	/* bias */
			space[n_space++].value = 1.0;
			space[n_space].index = -1;
			space[n_space++].value = 0.0;
		}
		item_free(&it);
	}
	if (prob.l == 0) {
		fprintf(stderr, "segtrain: %s: no labelled lines\n", listpath);
		return 1;
	}
	prob.x = xcalloc((size_t)prob.l, sizeof *prob.x);
	for (i = 0; i < (size_t)prob.l; i++)
		prob.x[i] = space + x_at[i];
	prob.n = SEGF_DIM + 1;
	prob.bias = 1.0;
	memset(&param, 0, sizeof param);
	param.solver_type = L2R_LR;
	param.C = TRAIN_C;
	param.eps = TRAIN_EPS;
	if ((err = check_parameter(&prob, &param)) != NULL) {
		fprintf(stderr, "segtrain: liblinear: %s\n", err);
		return 1;
	}
	set_print_string_function(quiet);
	m = train(&prob, &param);
	for (k = 0; k < L; k++) {
		for (d = 0; d < SEGF_DIM; d++)
			w[k][d] = 0.0f;
		w[k][SEGF_DIM] = ABSENT_BIAS;
	}
	if (m->nr_class < 3) {
		fprintf(stderr, "segtrain: fewer than three labels\n");
		return 1;
	}
	for (j = 0; j < (size_t)m->nr_class; j++) {
		k = m->label[j];
		for (d = 0; d < SEGF_DIM; d++)
			w[k][d] = (float)get_decfun_coef(m, d + 1, (int)j);
		w[k][SEGF_DIM] = (float)get_decfun_bias(m, (int)j);
	}
	if ((o = fopen(outpath, "w")) == NULL) {
		fprintf(stderr, "segtrain: %s: %s\n", outpath, strerror(errno));
		return 1;
	}
	fprintf(o, "/* segment_model.c: the learned line classifier's parameters "
	    "(segment_model.h).\n *\n * GENERATED by tests/train/segtrain "
	    "(tests/train/train.sh): do not edit; run\n * train.sh again.  %s\n"
	    " * %zu pages, %d labelled lines; one-vs-rest L2-regularised "
	    "logistic\n * regression (liblinear L2R_LR, C %g, eps %g), "
	    "label priors and\n * transitions by add-one smoothed counts.  Lines per "
	    "label:", note ? note : "", pages, prob.l, TRAIN_C, TRAIN_EPS);
	for (k = 0; k < L; k++)
		fprintf(o, "%s %s %ld", k % 5 == 0 ? "\n *" : "",
		    segment_model_label_name((enum segment_label)k),
		    per_label[k]);
	fprintf(o, ". */\n#include \"config.h\"\n\n#include "
	    "\"segment_model.h\"\n\nconst int segment_model_dim = %d;\n"
	    "const int segment_model_labels = %d;\n\n"
	    "const float segment_model_weight[] = {\n", SEGF_DIM, L);
	for (k = 0; k < L; k++) {
		fprintf(o, "\t/* %s */", segment_model_label_name(
		    (enum segment_label)k));
		for (d = 0; d <= SEGF_DIM; d++) {
			fputs(d % 4 == 0 ? "\n\t" : " ", o);
			put_float(o, w[k][d]);
			fputc(',', o);
		}
		fputc('\n', o);
	}
	fputs("};\n\nconst float segment_model_prior[] = {", o);
	for (k = 0; k < L; k++) {
		fputs(k % 4 == 0 ? "\n\t" : " ", o);
		put_float(o, (float)log((per_label[k] + 1.0) /
		    (double)(prob.l + L)));
		fputc(',', o);
	}
	fputs("\n};\n\nconst float segment_model_trans[] = {\n", o);
	for (a = 0; a <= L; a++) {
		long row = 0;
		for (b = 0; b < L; b++)
			row += count[a][b];
		fprintf(o, "\t/* after %s */", a == L ? "the start" :
		    segment_model_label_name((enum segment_label)a));
		for (b = 0; b < L; b++) {
			fputs(b % 4 == 0 ? "\n\t" : " ", o);
			put_float(o, (float)log((count[a][b] + 1.0) /
			    (double)(row + L)));
			fputc(',', o);
		}
		fputc('\n', o);
	}
	fputs("};\n", o);
	if (fclose(o) != 0) {
		fprintf(stderr, "segtrain: %s: %s\n", outpath, strerror(errno));
		return 1;
	}
	free_and_destroy_model(&m);
	free(prob.x);
	free(prob.y);
	free(x_at);
	free(space);
	for (i = 0; i < l.n; i++) {
		free(l.text[i]);
		free(l.labels[i]);
	}
	free(l.text);
	free(l.labels);
	return 0;
}

/* --- eval ----------------------------------------------------------------- */

struct tally {
	long	tp[L], fp[L], fn[L], ok, all;
};

static void
tally_add(struct tally *t, int truth, int got)
{
	t->all++;
	if (truth == got) {
		t->ok++;
		t->tp[truth]++;
		return;
	}
	t->fn[truth]++;
	if (got < L)
		t->fp[got]++;
}

/* body-start is body, for comparing with the rules (which do not say). */
static int
merged(int k)
{
	return k == SEGM_BODY_START ? SEGM_BODY : k;
}

/* A rule's role as a label (L: a blank line). */
static int
rule_label(enum segment_role r)
{
	switch (r) {
	case SEGR_BLANK:	return L;
	case SEGR_HEADLINE:	return SEGM_HEADLINE;
	case SEGR_DECK:		return SEGM_DECK;
	case SEGR_KICKER:	return SEGM_KICKER;
	case SEGR_SUBHEAD:	return SEGM_SUBHEAD;
	case SEGR_BYLINE:
	case SEGR_DATELINE:
	case SEGR_SIGNATURE:	return SEGM_BYLINE;
	case SEGR_BODY:		return SEGM_BODY;
	case SEGR_SECTION_HEAD:	return SEGM_SECTION_HEAD;
	case SEGR_CAPTION:	return SEGM_CAPTION;
	case SEGR_CREDIT:	return SEGM_CREDIT;
	case SEGR_AD:
	case SEGR_REMOVED:	return SEGM_AD;
	case SEGR_JUMP:		return SEGM_JUMP;
	case SEGR_FURNITURE:	return SEGM_FURNITURE;
	}
	return SEGM_BODY;
}

static void
tally_print(const char *what, const struct tally *t)
{
	int k;

	printf("%s: accuracy %.3f (%ld of %ld lines)\n", what,
	    t->all ? (double)t->ok / (double)t->all : 0.0, t->ok, t->all);
	printf("  %-13s %9s %9s %7s\n", "label", "precision", "recall", "lines");
	for (k = 0; k < L; k++) {
		long n = t->tp[k] + t->fn[k], got = t->tp[k] + t->fp[k];
		if (n == 0 && got == 0)
			continue;
		printf("  %-13s %9.3f %9.3f %7ld\n", segment_model_label_name(
		    (enum segment_label)k), got ? (double)t->tp[k] /
		    (double)got : 0.0, n ? (double)t->tp[k] / (double)n : 0.0,
		    n);
	}
}

/* The first of the rules' notes (in source order) at or after line and
 * byte offset off: the features of -layout text are in reading order. */
static size_t
note_at(const struct segment_explain *ex, unsigned long line, size_t off)
{
	size_t lo = 0, hi = ex->n, m;

	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (ex->v[m].line < line ||
		    (ex->v[m].line == line && ex->v[m].off < off))
			lo = m + 1;
		else
			hi = m;
	}
	return lo;
}

static int
cmd_eval(const char *listpath)
{
	struct list l;
	struct tally full, model, argmax, rules;
	size_t i, j, k;

	memset(&full, 0, sizeof full);
	memset(&model, 0, sizeof model);
	memset(&argmax, 0, sizeof argmax);
	memset(&rules, 0, sizeof rules);
	list_read(&l, listpath);
	for (i = 0; i < l.n; i++) {
		struct item it;
		struct segment_model_result r;
		struct segment_explain ex;
		float sc[L];

		item_load(&it, l.text[i], l.labels[i]);
		segment_model_label(&it.f, &r);
		segment_page(&it.page, NULL, NULL);
		segment_explain_page(&it.page, &ex);
		for (j = 0, k = 0; j < it.f.n; j++) {
			int t = it.truth[j], best = 0, b, rl = SEGM_BODY;
			if (t == L)
				continue;
			tally_add(&full, t, (int)r.label[j]);
			tally_add(&model, merged(t), merged((int)r.label[j]));
			segment_model_emission(&it.f, j, sc);
			for (b = 1; b < L; b++)
				if (sc[b] > sc[best])
					best = b;
			tally_add(&argmax, merged(t), merged(best));
			/* the rules' note of the same line */
			k = note_at(&ex, it.f.line[j], it.f.off[j]);
			if (k < ex.n && ex.v[k].line == it.f.line[j])
				rl = rule_label(ex.v[k].role);
			tally_add(&rules, merged(t), rl == L ? SEGM_BODY : rl);
		}
		segment_explain_free(&ex);
		segment_model_result_free(&r);
		item_free(&it);
	}
	printf("# %zu pages of %s\n", l.n, listpath);
	tally_print("model (Viterbi), all labels", &full);
	tally_print("model (Viterbi), body-start as body", &model);
	tally_print("model (each line alone), body-start as body", &argmax);
	tally_print("rules (--explain), body-start as body", &rules);
	for (i = 0; i < l.n; i++) {
		free(l.text[i]);
		free(l.labels[i]);
	}
	free(l.text);
	free(l.labels);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "features") == 0)
		return cmd_features(argv[2]);
	if (argc >= 3 && strcmp(argv[1], "lines") == 0)
		return cmd_lines(argc - 2, argv + 2);
	if (argc == 4 && strcmp(argv[1], "train") == 0)
		return cmd_train(NULL, argv[2], argv[3]);
	if (argc == 6 && strcmp(argv[1], "train") == 0 &&
	    strcmp(argv[2], "--note") == 0)
		return cmd_train(argv[3], argv[4], argv[5]);
	if (argc == 3 && strcmp(argv[1], "eval") == 0)
		return cmd_eval(argv[2]);
	fputs("usage: segtrain features TEXT\n"
	    "       segtrain lines TEXT...\n"
	    "       segtrain train [--note S] LIST OUT.c\n"
	    "       segtrain eval LIST\n"
	    "LIST: one page a line, TEXT<TAB>LABELS (tests/train/label_lines.py)\n",
	    stderr);
	return 2;
}
