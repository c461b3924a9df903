/* SPDX-License-Identifier: ISC */
/* segment_label.c: the most likely labels of a page's lines under the
 * learned model (segment_model.h): emissions, Viterbi, forward-backward. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "segment_model.h"
#include "xalloc.h"

/* How much the label bigrams count against the emissions: the emissions
 * already see the neighbours' features, so the transitions only mend
 * sequences pages do not have (a deck after body text, say).  And how
 * much of the labels' prior the emissions lose (1: all of it, the scaled
 * likelihood of hybrid taggers; the one-vs-rest probabilities are not
 * calibrated enough for that).  Both set on training pages (0.6 and 0.5:
 * line accuracy 0.921 against 0.918 for each line alone, 0.887 with 1 and
 * 1), never on evaluation pages. */
#define SEGM_TRANS_WEIGHT	0.6f
#define SEGM_PRIOR_WEIGHT	0.5f

static const char *const label_name[SEGM_N_LABELS] = {
	"body", "body-start", "headline", "deck", "kicker", "subhead",
	"byline", "section-head", "caption", "credit", "ad", "jump",
	"furniture",
};

const char *
segment_model_label_name(enum segment_label l)
{
	return (unsigned)l < SEGM_N_LABELS ? label_name[l] : "other";
}

enum segment_label
segment_model_label_by_name(const char *s)
{
	int k;

	for (k = 0; k < SEGM_N_LABELS; k++)
		if (strcmp(s, label_name[k]) == 0)
			return (enum segment_label)k;
	return SEGM_N_LABELS;
}

bool
segment_model_fits(void)
{
	return segment_model_dim == SEGF_DIM &&
	    segment_model_labels == SEGM_N_LABELS;
}

/* log(sigmoid(z)), without overflow. */
static float
log_sigmoid(float z)
{
	return z >= 0 ? -log1pf(expf(-z)) : z - log1pf(expf(z));
}

void
segment_model_emission(const struct segment_features *f, size_t i,
    float *scores)
{
	float v[SEGF_DIM];
	int k, d;

	segment_features_vector(f, i, v);
	for (k = 0; k < SEGM_N_LABELS; k++) {
		const float *w = segment_model_weight + k * (SEGF_DIM + 1);
		float z = w[SEGF_DIM];
		for (d = 0; d < SEGF_DIM; d++)
			z += w[d] * v[d];
		/* one-vs-rest: each label's own probability */
		scores[k] = log_sigmoid(z);
	}
}

/* log(sum(exp(x))) of n values. */
static float
log_sum(const float *x, int n)
{
	float m = x[0], s = 0.0f;
	int k;

	for (k = 1; k < n; k++)
		if (x[k] > m)
			m = x[k];
	for (k = 0; k < n; k++)
		s += expf(x[k] - m);
	return m + logf(s);
}

static float
trans(int a, int b)
{
	return SEGM_TRANS_WEIGHT * segment_model_trans[a * SEGM_N_LABELS + b];
}

void
segment_model_label(const struct segment_features *f,
    struct segment_model_result *out)
{
	enum { L = SEGM_N_LABELS };
	size_t n = f->n, i;
	float (*em)[L], (*vit)[L], (*fw)[L], (*bw)[L], tmp[L];
	int (*back)[L];
	int a, b, best;

	memset(out, 0, sizeof *out);
	if (n == 0 || !segment_model_fits())
		return;
	out->n = n;
	out->label = xcalloc(n, sizeof *out->label);
	out->prob = xcalloc(n, sizeof *out->prob);
	em = xcalloc(n, sizeof *em);
	vit = xcalloc(n, sizeof *vit);
	fw = xcalloc(n, sizeof *fw);
	bw = xcalloc(n, sizeof *bw);
	back = xcalloc(n, sizeof *back);
	for (i = 0; i < n; i++) {
		segment_model_emission(f, i, em[i]);
		/* normalised over the labels, over the prior */
		float z = log_sum(em[i], L);
		for (b = 0; b < L; b++)
			em[i][b] -= z + SEGM_PRIOR_WEIGHT * segment_model_prior[b];
	}
	for (b = 0; b < L; b++)
		vit[0][b] = fw[0][b] = trans(L, b) + em[0][b];
	for (i = 1; i < n; i++)
		for (b = 0; b < L; b++) {
			best = 0;
			for (a = 0; a < L; a++) {
				tmp[a] = fw[i - 1][a] + trans(a, b);
				if (vit[i - 1][a] + trans(a, b) >
				    vit[i - 1][best] + trans(best, b))
					best = a;
			}
			vit[i][b] = vit[i - 1][best] + trans(best, b) + em[i][b];
			back[i][b] = best;
			fw[i][b] = log_sum(tmp, L) + em[i][b];
		}
	for (b = 0; b < L; b++)
		bw[n - 1][b] = 0.0f;
	for (i = n - 1; i > 0; i--)
		for (a = 0; a < L; a++) {
			for (b = 0; b < L; b++)
				tmp[b] = trans(a, b) + em[i][b] + bw[i][b];
			bw[i - 1][a] = log_sum(tmp, L);
		}
	best = 0;
	for (b = 1; b < L; b++)
		if (vit[n - 1][b] > vit[n - 1][best])
			best = b;
	{
		float total = log_sum(fw[n - 1], L);
		for (i = n; i-- > 0;) {
			out->label[i] = (enum segment_label)best;
			out->prob[i] = expf(fw[i][best] + bw[i][best] - total);
			if (i > 0)
				best = back[i][best];
		}
	}
	free(em);
	free(vit);
	free(fw);
	free(bw);
	free(back);
}

void
segment_model_result_free(struct segment_model_result *r)
{
	if (r == NULL)
		return;
	free(r->label);
	free(r->prob);
	memset(r, 0, sizeof *r);
}
