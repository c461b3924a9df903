/* SPDX-License-Identifier: ISC */
/* kiosk.c: kiosk mode's settings (from the system config) and the list of
 * restrictions it lifts only when told to. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "kiosk.h"
#include "xalloc.h"

static const struct {
	const char	*name;
	const char	*help;
} kiosk_rows[KIOSK__COUNT] = {
#define KANBAO_RESTRICTION_ROW(e, n, h) [KIOSK_##e] = { n, h },
	KANBAO_RESTRICTIONS(KANBAO_RESTRICTION_ROW)
#undef KANBAO_RESTRICTION_ROW
};

void
kiosk_conf_init(struct kiosk_conf *kc)
{
	memset(kc, 0, sizeof *kc);
	kc->idle = KIOSK_IDLE_DEFAULT;
}

static void
kiosk_exit_keys_free(struct kiosk_conf *kc)
{
	size_t i;

	for (i = 0; i < kc->n_exit_keys; i++)
		free(kc->exit_keys[i]);
	free(kc->exit_keys);
	kc->exit_keys = NULL;
	kc->n_exit_keys = 0;
}

void
kiosk_conf_free(struct kiosk_conf *kc)
{
	free(kc->archive);
	free(kc->pin);
	kiosk_exit_keys_free(kc);
	memset(kc, 0, sizeof *kc);
}

int
kiosk_conf_is_key(const char *key)
{
	return strcmp(key, "kiosk") == 0 || strncmp(key, "kiosk-", 6) == 0;
}

const char *
kiosk_restriction_name(enum kiosk_restriction r)
{
	return (unsigned)r < KIOSK__COUNT ? kiosk_rows[r].name : NULL;
}

const char *
kiosk_restriction_help(enum kiosk_restriction r)
{
	return (unsigned)r < KIOSK__COUNT ? kiosk_rows[r].help : NULL;
}

static int
kiosk_restriction_from_name(const char *name, size_t len)
{
	int i;

	for (i = 0; i < KIOSK__COUNT; i++)
		if (strlen(kiosk_rows[i].name) == len &&
		    strncmp(kiosk_rows[i].name, name, len) == 0)
			return i;
	return -1;
}

int
kiosk_allow_parse(const char *list, unsigned *mask, char **bad)
{
	const char *s = list, *e;
	unsigned m = 0;
	int r;

	*bad = NULL;
	for (;;) {
		while (*s == ',' || *s == ' ' || *s == '\t')
			s++;
		if (*s == '\0')
			break;
		for (e = s; *e != '\0' && *e != ',' && *e != ' ' && *e != '\t'; e++)
			;
		if ((r = kiosk_restriction_from_name(s, (size_t)(e - s))) < 0) {
			*bad = xstrndup(s, (size_t)(e - s));
			return -1;
		}
		m |= 1u << r;
		s = e;
	}
	*mask = m;
	return 0;
}

/* kiosk = yes | no; anything else turns it on: a typo must not open the
 * terminal to every patron. */
static const char *
kiosk_set_on(struct kiosk_conf *kc, const char *v)
{
	if (strcmp(v, "yes") == 0 || strcmp(v, "true") == 0 || strcmp(v, "on") == 0)
		kc->on = 1;
	else if (strcmp(v, "no") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0)
		kc->on = 0;
	else {
		kc->on = 1;
		return _("kiosk must be yes or no (taken as yes)");
	}
	return NULL;
}

static const char *
kiosk_set_idle(struct kiosk_conf *kc, const char *v)
{
	char *end;
	long n;

	n = strtol(v, &end, 10);
	if (*v == '\0' || *end != '\0' || n < 0 || n > 86400)
		return _("kiosk-idle must be a number of seconds from 0 to 86400");
	kc->idle = n;
	return NULL;
}

static const char *
kiosk_set_pin(struct kiosk_conf *kc, const char *v)
{
	size_t i, n = strlen(v);

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)v[i]))
			break;
	if (i < n || n < 4 || n > KIOSK_PIN_MAX)
		return _("kiosk-pin must be 4 to 32 digits");
	free(kc->pin);
	kc->pin = xstrdup(v);
	return NULL;
}

/* Key names as in keymaps (C-x, F12, M-q, a ...), separated by blanks. */
static const char *
kiosk_set_exit_keys(struct kiosk_conf *kc, const char *v)
{
	char *copy = xstrdup(v), *tok, *save = NULL;
	char *keys[KIOSK_EXIT_KEYS_MAX];
	size_t n = 0, i;

	for (tok = strtok_r(copy, " \t", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t", &save)) {
		if (n == KIOSK_EXIT_KEYS_MAX || strlen(tok) > 31)
			break;
		keys[n++] = tok;
	}
	if (tok != NULL || n < 2) {
		free(copy);
		return _("kiosk-exit-keys must be 2 to 16 key names separated by blanks");
	}
	kiosk_exit_keys_free(kc);
	kc->exit_keys = xcalloc(n, sizeof *kc->exit_keys);
	for (i = 0; i < n; i++)
		kc->exit_keys[i] = xstrdup(keys[i]);
	kc->n_exit_keys = n;
	free(copy);
	return NULL;
}

const char *
kiosk_conf_set(struct kiosk_conf *kc, const char *key, const char *v)
{
	unsigned mask;
	char *bad;

	if (strcmp(key, "kiosk") == 0)
		return kiosk_set_on(kc, v);
	if (strcmp(key, "kiosk-archive") == 0) {
		if (v[0] != '/')
			return _("kiosk-archive must be an absolute path");
		free(kc->archive);
		kc->archive = xstrdup(v);
		return NULL;
	}
	if (strcmp(key, "kiosk-idle") == 0)
		return kiosk_set_idle(kc, v);
	if (strcmp(key, "kiosk-pin") == 0)
		return kiosk_set_pin(kc, v);
	if (strcmp(key, "kiosk-exit-keys") == 0)
		return kiosk_set_exit_keys(kc, v);
	if (strcmp(key, "kiosk-allow") == 0) {
		if (kiosk_allow_parse(v, &mask, &bad) != 0) {
			free(bad);
			return _("kiosk-allow: unknown restriction (known: editor, "
			    "suspend, interrupt, quit, write, user-config, open-path, "
			    "outside-archive, cli)");
		}
		kc->allow = mask;
		return NULL;
	}
	return _("unknown setting");
}

int
kiosk_restricts(const struct kiosk_conf *kc, int on, enum kiosk_restriction r)
{
	return on && !(kc->allow & (1u << r));
}

/* The longest k such that the last k keys -- the sequence's keys pos-k+1 ..
 * pos-1, then key -- are its first k (so "F5 F5 F6" is found in
 * "F5 F5 F5 F6"). */
size_t
kiosk_exit_step(const struct kiosk_conf *kc, size_t pos, const char *key)
{
	size_t k, i;

	if (pos >= kc->n_exit_keys)
		pos = 0;
	for (k = pos + 1; k > 0; k--) {
		if (strcmp(kc->exit_keys[k - 1], key) != 0)
			continue;
		for (i = 0; i + 1 < k; i++)
			if (strcmp(kc->exit_keys[i], kc->exit_keys[pos - k + 1 + i]) != 0)
				break;
		if (i + 1 >= k)
			return k;
	}
	return 0;
}

int
kiosk_pin_ok(const struct kiosk_conf *kc, const char *typed)
{
	size_t i, n, t;
	unsigned char diff;

	if (kc->pin == NULL || typed == NULL)
		return 0;
	n = strlen(kc->pin);
	t = strlen(typed);
	diff = (unsigned char)(n != t);
	for (i = 0; i < n; i++)
		diff |= (unsigned char)(kc->pin[i] ^ (i < t ? typed[i] : 0));
	return diff == 0;
}
