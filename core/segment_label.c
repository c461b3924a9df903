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
	float v[SEGF_DIM], z[SEGM_N_LABELS];
	int k, d;

	segment_features_vector(f, i, v);
	for (k = 0; k < SEGM_N_LABELS; k++)
		z[k] = segment_model_weight[k * (SEGF_DIM + 1) + SEGF_DIM];
	/* Feature-major, skipping the features that are zero (most of them
	 * are flags): each label's sum is taken in the same order. */
	for (d = 0; d < SEGF_DIM; d++) {
		if (v[d] == 0.0f)
			continue;
		for (k = 0; k < SEGM_N_LABELS; k++)
			z[k] += segment_model_weight[k * (SEGF_DIM + 1) + d] * v[d];
	}
	/* one-vs-rest: each label's own probability */
	for (k = 0; k < SEGM_N_LABELS; k++)
		scores[k] = log_sigmoid(z[k]);
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
	float (*em)[L], (*vit)[L], (*fw)[L], (*bw)[L];
	float step[L + 1][L], sum, post;
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

	/* The most likely labels (Viterbi, in logs). */
	for (b = 0; b < L; b++)
		vit[0][b] = trans(L, b) + em[0][b];
	for (i = 1; i < n; i++)
		for (b = 0; b < L; b++) {
			best = 0;
			for (a = 1; a < L; a++)
				if (vit[i - 1][a] + trans(a, b) >
				    vit[i - 1][best] + trans(best, b))
					best = a;
			vit[i][b] = vit[i - 1][best] + trans(best, b) + em[i][b];
			back[i][b] = best;
		}

	/* Each label's probability (forward-backward).  In plain
	 * probabilities, each step scaled to sum to one, not in logs: a
	 * log-sum per label and line took most of the time. */
	for (a = 0; a <= L; a++)
		for (b = 0; b < L; b++)
			step[a][b] = expf(trans(a, b));
	for (i = 0; i < n; i++)
		for (b = 0; b < L; b++)
			em[i][b] = expf(em[i][b]);
	for (i = 0; i < n; i++) {
		sum = 0.0f;
		for (b = 0; b < L; b++) {
			float into = 0.0f;
			if (i == 0)
				into = step[L][b];
			else
				for (a = 0; a < L; a++)
					into += fw[i - 1][a] * step[a][b];
			fw[i][b] = into * em[i][b];
			sum += fw[i][b];
		}
		for (b = 0; b < L && sum > 0.0f; b++)
			fw[i][b] /= sum;
	}
	for (b = 0; b < L; b++)
		bw[n - 1][b] = 1.0f;
	for (i = n - 1; i > 0; i--) {
		sum = 0.0f;
		for (a = 0; a < L; a++) {
			float out_of = 0.0f;
			for (b = 0; b < L; b++)
				out_of += step[a][b] * em[i][b] * bw[i][b];
			bw[i - 1][a] = out_of;
			sum += out_of;
		}
		for (a = 0; a < L && sum > 0.0f; a++)
			bw[i - 1][a] /= sum;
	}

	best = 0;
	for (b = 1; b < L; b++)
		if (vit[n - 1][b] > vit[n - 1][best])
			best = b;
	for (i = n; i-- > 0;) {
		sum = 0.0f;
		for (b = 0; b < L; b++)
			sum += fw[i][b] * bw[i][b];
		post = fw[i][best] * bw[i][best];
		out->label[i] = (enum segment_label)best;
		out->prob[i] = sum > 0.0f ? post / sum : 0.0f;
		if (i > 0)
			best = back[i][best];
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
