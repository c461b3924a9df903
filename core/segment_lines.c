/* SPDX-License-Identifier: ISC */
/* segment_lines.c: what one line of a newspaper page is.
 *
 * Each line gets its clean text and printed width, a local column width,
 * and a class: page furniture (header, footer), jump line, photo credit,
 * byline on its own line, fake-bold ad, kicker, or body.  Headlines are
 * decided later with their neighbours (segment_blocks.c).  The patterns
 * are habits of Chinese and English papers, not of any one page; they run
 * on clean text (CJK spaces dropped), as POSIX extended regexps over UTF-8
 * bytes, so only literal CJK text appears in them. */
#include "config.h"

#include <pthread.h>
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "clean.h"
#include "segment_int.h"
#include "xalloc.h"

#define ZH_DIGIT "([0-9]|０|１|２|３|４|５|６|７|８|９)"
#define ZH_NUM "(一|二|三|四|五|六|七|八|九|十|〇|零|" ZH_DIGIT ")"
#define OPEN "(（|\\()"
#define CLOSE "(）|\\))"

enum pat {
	PAT_JUMP_ZH, PAT_JUMP_EN_CONT, PAT_JUMP_EN_SEE, PAT_JUMP_EN_FROM,
	PAT_CREDIT_ZH_ALONE, PAT_CREDIT_EN,
	PAT_META_ZH, PAT_META_EN, PAT_META_DATE_ZH, PAT_META_DATE_EN,
	PAT_BYLINE_ZH, PAT_BYLINE_EN,
	PAT_PREFIX_PAREN, PAT_PREFIX_REPORT,
	PAT_DATELINE_EN, PAT_SIGNATURE_ZH,
	PAT_DATE_ANY, PAT_PAGE_ANY, PAT_MASTHEAD,
	PAT_EDITOR, PAT_PRICE, PAT_FOLIO, PAT_WEEKDAY,
	PAT_COUNT
};

static const char *const pat_src[PAT_COUNT] = {
	/* in brackets, or bare (下转2版) */
	[PAT_JUMP_ZH] = "^(" OPEN ")?(下转|转|上接|接|续|下接|转自|接上)(第)?"
	    ZH_NUM "+(版|页|面)(" CLOSE ")?$",
	[PAT_JUMP_EN_CONT] = "^\\(?(Continued|Cont'd|Continues|continued) "
	    "(on|from) ([Pp]age|[Pp]\\.)? ?[A-Z]?[0-9]+\\)?\\.?$",
	[PAT_JUMP_EN_SEE] = "^\\(?See [^,]{1,40},? (on )?[Pp]age [A-Z]?[0-9]+"
	    "\\)?\\.?$",
	[PAT_JUMP_EN_FROM] = "^[A-Z][A-Za-z' -]{1,30},? from [Pp]age "
	    "[A-Z]?[0-9]+\\.?$",
	[PAT_CREDIT_ZH_ALONE] = "^(摄|摄影|摄影报道|供图)$",
	[PAT_CREDIT_EN] = "^\\(?((Photo|Photos|Photograph|Picture)s?( by|:) "
	    ".{2,40}|(AP|Reuters|AFP|Getty) (Photo|Images).{0,40})\\)?$"
	    /* JANE DOE/STAFF, MARK LEE/AP: a photographer in capitals, then
	     * the paper or agency */
	    "|^[A-Z][A-Z.'-]+( [A-Z][A-Z.'-]+)+ ?/ ?[A-Z][A-Za-z .]+$",
	[PAT_META_ZH] = "^(第" ZH_NUM "+(版|页)|责任编辑|责编|美术编辑|美编|"
	    "校对|版式|本版编辑|编辑：|主编|社址|邮编|定价|印刷)"
	    /* the price alone: 每份1.00元, 本期八版零售价2元 */
	    "|^(本期.{1,24})?(零售价|售价|每份)(：|:)?(" ZH_NUM "|\\.)+元$",
	/* Editor: JANE DOE, the page's editor under its last column */
	[PAT_META_EN] = "^(Page [A-Z]?[0-9]+|[A-Z]?[0-9]+ Page)\\b|"
	    "^(((Page|Section|Managing|Copy|Photo) )?([Ee]ditor|[Dd]esign|"
	    "[Ll]ayout): [A-Z][A-Za-z.' -]+[A-Za-z.]( · |$))+$|"
	    "^Edited by [A-Z][A-Za-z.' -]+$",
	[PAT_META_DATE_ZH] = "^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"
	    "(星期.|周.)?$|^(星期|礼拜)(一|二|三|四|五|六|日|天)$",
	[PAT_META_DATE_EN] = "^((Monday|Tuesday|Wednesday|Thursday|Friday|"
	    "Saturday|Sunday), )?(January|February|March|April|May|June|July|"
	    "August|September|October|November|December) [0-9]{1,2}, "
	    "[0-9]{4}$",
	[PAT_BYLINE_ZH] = "^(本报|本刊)?(特约|实习|见习)?(记者|通讯员|评论员)"
	    "|^(文|图|文图|文/图)(/|／)",
	[PAT_BYLINE_EN] = "^By [A-Z][A-Za-z.'-]*( [A-Za-z.'-]+){0,5}"
	    "(,? (and|&) [A-Z][A-Za-z.' -]{1,30})?(, [A-Za-z .]{1,30})?$"
	    /* di / von / par / por / door NAME: the same line in Italian,
	     * German, French, Spanish, Dutch, the name in capitalised
	     * words */
	    "|^([Dd]i|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor) [A-Z][A-Za-z.'-]+"
	    "( [A-Z][A-Za-z.'-]+){1,3}(,? (e|und|et|y|en) [A-Z][A-Za-z.'-]+"
	    "( [A-Z][A-Za-z.'-]+){1,3})?$",
	/* （记者 徐明）: a reporter group right after the agency. */
	[PAT_PREFIX_PAREN] = "^" OPEN "(本报|特约|实习|见习)?(记者|通讯员|"
	    "实习生|特派记者|驻)",
	[PAT_PREFIX_REPORT] = "^(本报)?(记者|通讯员)",
	/* NEW YORK (AP) — , Munich (dpa) - */
	[PAT_DATELINE_EN] = "^[A-Z][A-Za-z.,' ]{1,40} \\([A-Za-z]{2,12}\\) "
	    "?(—|–|-{1,2}) ?",
	[PAT_SIGNATURE_ZH] = "^" OPEN ".{2,60}" CLOSE "$",
	/* A date anywhere in a line (furniture runs them together). */
	/* (Taiwan's papers count the years of the Republic: 中華民國113年) */
	[PAT_DATE_ANY] = "([0-9]{4}|民國 ?[0-9]{2,3}) ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日|"
	    "(January|February|March|April|May|June|July|August|September|"
	    "October|November|December) [0-9]{1,2}, [0-9]{4}",
	/* A page number anywhere in a line: 第01版, Page A1. */
	[PAT_PAGE_ANY] = "第 ?" ZH_NUM "+ ?(版|页)|(^| )Page [A-Z]?[0-9]+( |$)",
	/* Masthead habits: issue numbers, volume, price, the founding
	 * year, the party organ line, the lunar date. */
	[PAT_MASTHEAD] = "第 ?[0-9]+ ?期|今日 ?" ZH_NUM "+ ?版|"
	    "机关报|機關報|出版物|农历|農曆|[Vv]ol\\. [0-9]+|No\\. [0-9]+ "
	    "\\$[0-9]|[Ss]ince [0-9]{4}$|^([Ee]stablished|[Ff]ounded) [0-9]{4}$",
	/* Furniture kinds (segment_lines_furniture_kind).  The page's
	 * editors: 责任编辑：X, 本版编辑 X, Editor: X, Edited by X. */
	[PAT_EDITOR] = "^(本版)?(责任编辑|責任編輯|责编|責編|美术编辑|美编|"
	    "美編|校对|校對|版式|编辑|編輯|主编|主編)|^((Page|Section|Managing) )?"
	    "[Ee]ditor(s)?:|^Edited by ",
	/* A price: 定价 1元, 零售价, 成本费三分, 每份, ￥1.50, $1.50, 5 cents. */
	[PAT_PRICE] = "定价|定價|零售|售价|售價|每份|成本费|成本費|价格|價格|"
	    "[¥￥$][0-9]|[0-9]+ ?([Cc]ents|CENTS|¢)|(^| )(Price|PRICE)( |:|$)",
	/* A page number alone: 3, A3, - 3 -, 第3版, Page A3. */
	[PAT_FOLIO] = "^(- ?)?[A-Z]?[0-9]{1,3}( ?-)?$",
	[PAT_WEEKDAY] = "(星期|礼拜|禮拜)(一|二|三|四|五|六|日|天)|"
	    "(^| )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
	    "(,| |$)",
};

/* Words one of which every match of a pattern holds (NULL: no such
 * list): a line without any is no match, found by strstr instead of
 * regexec, which is slow (glibc's multibyte matcher).  Each list must
 * name a literal of every alternative of its pattern. */
static const char *const pat_need_date[] = { "年", ", ", NULL };
static const char *const pat_need_page[] = { "第", "Page ", NULL };
static const char *const pat_need_masthead[] = { "期", "今日", "机关报",
	"機關報", "出版物", "农历", "農曆", "ol. ", "No. ", "ince ",
	"stablished ", "ounded ", NULL };
static const char *const pat_need_editor[] = { "编", "編", "校对", "校對",
	"版式", "ditor", "Edited ", NULL };
static const char *const pat_need_price[] = { "价", "價", "零售", "每份",
	"成本", "¥", "￥", "$", "ents", "ENTS", "¢", "Price", "PRICE", NULL };
static const char *const pat_need_weekday[] = { "星期", "礼拜", "禮拜",
	"day", NULL };
static const char *const pat_need_meta_zh[] = { "第", "责", "美", "校对",
	"版式", "本版", "编辑", "主编", "社址", "邮编", "定价", "印刷", "零售价",
	"售价", "每份", NULL };
static const char *const pat_need_meta_en[] = { "Page", "ditor", "esign",
	"ayout", "Edited by ", NULL };
static const char *const pat_need_meta_date_zh[] = { "年", "星期", "礼拜",
	NULL };
static const char *const pat_need_meta_date_en[] = { ", ", NULL };
static const char *const pat_need_dateline_en[] = { " (", NULL };
static const char *const pat_need_jump_zh[] = { "转", "接", "续", NULL };
static const char *const pat_need_jump_en_cont[] = { "ont", NULL };
static const char *const pat_need_jump_en_see[] = { "See ", NULL };
static const char *const pat_need_jump_en_from[] = { " from ", NULL };
static const char *const pat_need_credit_en[] = { "Photo", "Picture",
	"Images", "/", NULL };
static const char *const *const pat_need[PAT_COUNT] = {
	[PAT_DATE_ANY] = pat_need_date,
	[PAT_PAGE_ANY] = pat_need_page,
	[PAT_MASTHEAD] = pat_need_masthead,
	[PAT_EDITOR] = pat_need_editor,
	[PAT_PRICE] = pat_need_price,
	[PAT_WEEKDAY] = pat_need_weekday,
	[PAT_META_ZH] = pat_need_meta_zh,
	[PAT_META_EN] = pat_need_meta_en,
	[PAT_META_DATE_ZH] = pat_need_meta_date_zh,
	[PAT_META_DATE_EN] = pat_need_meta_date_en,
	[PAT_DATELINE_EN] = pat_need_dateline_en,
	[PAT_JUMP_ZH] = pat_need_jump_zh,
	[PAT_JUMP_EN_CONT] = pat_need_jump_en_cont,
	[PAT_JUMP_EN_SEE] = pat_need_jump_en_see,
	[PAT_JUMP_EN_FROM] = pat_need_jump_en_from,
	[PAT_CREDIT_EN] = pat_need_credit_en,
};

static bool
pat_may_match(enum pat p, const char *s)
{
	const char *const *w = pat_need[p];

	if (w == NULL)
		return true;
	for (; *w; w++)
		if (strstr(s, *w) != NULL)
			return true;
	return false;
}

/* The compiled patterns are the segmenter's only state beyond a call,
 * and each thread has its own set: compiled the first time the thread
 * matches a line, freed when it ends (or by segment_lines_done).  glibc's
 * regexec writes to a compiled pattern's cache under a lock of its own:
 * one shared set would make threads take turns at every match. */
struct pat_set {
	regex_t	re[PAT_COUNT];
};

static pthread_key_t	pat_key;
static pthread_once_t	pat_once = PTHREAD_ONCE_INIT;

static void
pat_set_free(void *p)
{
	struct pat_set *set = p;
	int i;

	for (i = 0; i < PAT_COUNT; i++)
		regfree(&set->re[i]);
	free(set);
}

static void
pat_key_make(void)
{
	if (pthread_key_create(&pat_key, pat_set_free) != 0)
		abort();
}

/* This thread's compiled pattern p. */
static regex_t *
pat_get(enum pat p)
{
	struct pat_set *set;
	int i;

	pthread_once(&pat_once, pat_key_make);
	set = pthread_getspecific(pat_key);
	if (set == NULL) {
		set = xmalloc(sizeof *set);
		for (i = 0; i < PAT_COUNT; i++)
			if (regcomp(&set->re[i], pat_src[i], REG_EXTENDED) != 0)
				abort();	/* a bug in the table above */
		if (pthread_setspecific(pat_key, set) != 0)
			abort();
	}
	return &set->re[p];
}

void
segment_lines_done(void)
{
	struct pat_set *set;

	pthread_once(&pat_once, pat_key_make);
	if ((set = pthread_getspecific(pat_key)) != NULL) {
		pthread_setspecific(pat_key, NULL);
		pat_set_free(set);
	}
}

/* Every pattern describes a short line (a jump, credit, byline, furniture)
 * or the start of one (a dateline), so only the first PAT_MAX_BYTES of s
 * are looked at: glibc's multibyte regexec is slow enough per byte that a
 * page of long paragraphs would otherwise take minutes. */
#define PAT_MAX_BYTES	768

/* Whether pattern p must match up to the end of the string. */
static bool
pat_is_whole_line(enum pat p)
{
	size_t n = strlen(pat_src[p]);

	return n > 0 && pat_src[p][n - 1] == '$';
}

/* Match pattern p at the start of s; the match length or -1. */
static long
pat_match(enum pat p, const char *s)
{
	char head[PAT_MAX_BYTES + 1];
	size_t n = strnlen(s, PAT_MAX_BYTES + 1);
	regmatch_t m;

	if (!pat_may_match(p, s))
		return -1;
	if (n > PAT_MAX_BYTES) {
		if (pat_is_whole_line(p))
			return -1;
		n = PAT_MAX_BYTES;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;	/* cut at a character boundary */
		memcpy(head, s, n);
		head[n] = '\0';
		s = head;
	}
	if (regexec(pat_get(p), s, 1, &m, 0) != 0)
		return -1;
	return (long)m.rm_eo;
}

static bool
pat_is(enum pat p, const char *s)
{
	return pat_match(p, s) >= 0;
}

/* ---- Traditional forms ---------------------------------------------------- */

/* The Traditional forms of the characters the patterns spell (本報訊（記者
 * …）, 攝影, 責任編輯), by code point, each with its Simplified form.  Both
 * are three bytes of UTF-8, so a folded copy keeps every byte offset: a
 * length found on it holds for the line as printed.  Sorted, for a binary
 * search: fold_hant runs on every line several times. */
static const struct hant_pair {
	uint32_t	 cp;		/* the Traditional form */
	const char	*simp;		/* its Simplified form, UTF-8 */
} hant_fold[] = {
	{ 0x4F86, "来" }, { 0x50F9, "价" }, { 0x54E1, "员" }, { 0x5716, "图" },
	{ 0x5831, "报" }, { 0x5BE6, "实" }, { 0x5C0D, "对" }, { 0x5C0E, "导" },
	{ 0x5F9E, "从" }, { 0x64DA, "据" }, { 0x651D, "摄" }, { 0x66C6, "历" },
	{ 0x689D, "条" }, { 0x6A5F, "机" }, { 0x7372, "获" }, { 0x73FE, "现" },
	{ 0x767C, "发" }, { 0x79AE, "礼" }, { 0x7D04, "约" }, { 0x7DB2, "网" },
	{ 0x7DE8, "编" }, { 0x7E8C, "续" }, { 0x7FD2, "习" }, { 0x805E, "闻" },
	{ 0x8166, "脑" }, { 0x81FA, "台" }, { 0x8853, "术" }, { 0x898B, "见" },
	{ 0x8996, "视" }, { 0x8A0A, "讯" }, { 0x8A18, "记" }, { 0x8A2A, "访" },
	{ 0x8A55, "评" }, { 0x8A71, "话" }, { 0x8AD6, "论" }, { 0x8CAC, "责" },
	{ 0x8F2F, "辑" }, { 0x8F49, "转" }, { 0x8FB2, "农" }, { 0x9031, "周" },
	{ 0x9032, "进" }, { 0x9054, "达" }, { 0x95DC, "关" }, { 0x96A8, "随" },
	{ 0x96FB, "电" }, { 0x9801, "页" }, { 0x99D0, "驻" },
};

/* Which first two bytes (E4..E9, then 80..BF) a form in hant_fold has: bit
 * ((b0 - 0xE4) << 6 | (b1 & 0x3F)).  Nine CJK characters in ten fail
 * here, before any search. */
static const uint64_t hant_lead2[6] = {
	0x4000000000000000ULL, 0x4001800110080008ULL, 0x0000020408180000ULL,
	0x84d000400200a000ULL, 0x70040b42000000a2ULL, 0x000000810c800003ULL,
};

/* The Simplified form of the three-byte character at s (lead byte
 * E4..E9), or NULL. */
static const char *
hant_simplified(const unsigned char *s)
{
	uint32_t cp;
	size_t lo = 0, hi = sizeof hant_fold / sizeof *hant_fold, mid;
	unsigned bit;

	if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
		return NULL;
	bit = (unsigned)(s[0] - 0xE4) << 6 | (s[1] & 0x3F);
	if ((hant_lead2[bit >> 6] >> (bit & 63) & 1) == 0)
		return NULL;
	cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 |
	    (s[2] & 0x3F);
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (hant_fold[mid].cp == cp)
			return hant_fold[mid].simp;
		if (hant_fold[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* A copy of s with the Traditional forms above made Simplified, or NULL
 * when s has none (then s itself will do). */
static char *
fold_hant(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	const char *simp;
	char *f = NULL;
	size_t i;

	for (i = 0; u[i]; i++) {
		/* every form in the table is U+4E00..U+9FFF: lead byte E4..E9 */
		if (u[i] < 0xE4 || u[i] > 0xE9 || (simp = hant_simplified(u + i)) == NULL)
			continue;
		if (f == NULL)
			f = xstrdup(s);
		memcpy(f + i, simp, 3);
		i += 2;
	}
	return f;
}

/* ---- characters ----------------------------------------------------------- */

/* Sentence punctuation: a line that holds one is not a name or a title.
 * (Checked in C: byte regexps cannot negate multibyte characters.) */
static const char *const sent_punct[] = { "，", "。", "；", "：", "！", "？",
	"、" };

/* The first sentence punctuation in s[0..n), or NULL; allow_dun: 、 is
 * fine (a list of names). */
static const char *
find_punct(const char *s, size_t n, bool allow_dun)
{
	size_t i, k;

	for (i = 0; i < n && s[i]; i++)
		for (k = 0; k < sizeof sent_punct / sizeof *sent_punct; k++) {
			if (allow_dun && k == 6)
				continue;
			if (strncmp(s + i, sent_punct[k], 3) == 0)
				return s + i;
		}
	return NULL;
}

/* The number of characters in s. */
static size_t
nchars(const char *s)
{
	return u8_mbsnlen((const uint8_t *)s, strlen(s));
}

/* The first occurrence of any of words in s[0..n): its offset and the
 * word's length, or -1. */
static long
find_word(const char *s, size_t n, const char *const *words, size_t *wlen)
{
	size_t i, k;

	for (i = 0; i < n && s[i]; i++)
		for (k = 0; words[k]; k++)
			/* (the first byte first: most positions match none) */
			if (s[i] == words[k][0] &&
			    strncmp(s + i, words[k], strlen(words[k])) == 0) {
				*wlen = strlen(words[k]);
				return (long)i;
			}
	return -1;
}

/* The last character of s, skipping closing quotes and brackets. */
static ucs4_t
last_char(const char *s, bool skip_closers)
{
	const uint8_t *p = (const uint8_t *)s + strlen(s);
	ucs4_t c = 0;

	while (p > (const uint8_t *)s) {
		p = u8_prev(&c, p, (const uint8_t *)s);
		if (p == NULL)
			return 0;
		if (!skip_closers || strchr("\"')]", (int)c) == NULL ||
		    c > 0x7F) {
			if (!skip_closers || (c != 0x201D && c != 0x2019 &&
			    c != 0xFF09 && c != 0x300B && c != 0x300D &&
			    c != 0x300F && c != 0x3011))
				return c;
		}
	}
	return c;
}

/* "…投入使用。（柯文静）": a signature in brackets after the last
 * sentence; the length of the text before it, or 0. */
static size_t
before_signature(const char *clean)
{
	const char *open = NULL, *p;
	size_t n = strlen(clean);

	for (p = strstr(clean, "（"); p; p = strstr(p + 3, "（"))
		open = p;
	if (open == NULL || open == clean || n < 3 ||
	    strcmp(clean + n - 3, "）") != 0 || nchars(open) > 14 ||
	    find_punct(open, strlen(open), true) != NULL)
		return 0;
	n = (size_t)(open - clean);
	while (n > 0 && clean[n - 1] == ' ')
		n--;
	return n;
}

bool
segment_lines_ends_signed(const char *clean)
{
	return before_signature(clean) > 0;
}

bool
segment_lines_ends_sentence(const char *clean)
{
	size_t k = before_signature(clean);
	ucs4_t c;

	if (k > 0) {
		char *t = xstrndup(clean, k);
		bool r = segment_lines_ends_sentence(t);
		free(t);
		return r;
	}
	c = last_char(clean, true);

	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' ||
	    c == '?' || c == '.' || c == 0x2026 || c == 0xFF1B || c == 0xFF1A ||
	    c == ';' || c == ':';
}

/* Does the text hold a digit, ASCII or full width? */
bool
segment_lines_has_digit(const char *c)
{
	const unsigned char *p;

	for (p = (const unsigned char *)c; *p; p++)
		if ((*p >= '0' && *p <= '9') || (p[0] == 0xEF && p[1] == 0xBC &&
		    p[2] >= 0x90 && p[2] <= 0x99))
			return true;
	return false;
}

/* ---- words in common ------------------------------------------------------- */

/* Latin words of four letters or more in a that also occur in b. */
static int
shared_words(const char *a, const char *b)
{
	char w[64];
	int n = 0;
	size_t k;

	while (*a) {
		for (k = 0; ((*a >= 'a' && *a <= 'z') || (*a >= 'A' && *a <= 'Z'))
		    && k + 1 < sizeof w; a++)
			w[k++] = *a;
		w[k] = '\0';
		if (k >= 4 && strstr(b, w))
			n++;
		if (k == 0)
			a++;
	}
	return n;
}

/* What a and b have in common: two-character pieces of a that also
 * occur in b, and Latin words of four letters or more. */
int
segment_lines_shared(const char *a, const char *b)
{
	const uint8_t *p = (const uint8_t *)a;
	int n = 0, k1, k2;
	char pair[16];

	while (*p) {
		k1 = u8_mblen(p, strlen((const char *)p));
		if (k1 <= 0 || !p[k1])
			break;
		k2 = u8_mblen(p + k1, strlen((const char *)p + k1));
		if (k2 <= 0 || k1 + k2 >= (int)sizeof pair)
			break;
		memcpy(pair, p, (size_t)(k1 + k2));
		pair[k1 + k2] = '\0';
		if (k1 > 1 && k2 > 1 && strstr(b, pair))
			n++;
		p += k1;
	}
	return n + shared_words(a, b);
}

/* ---- measuring -------------------------------------------------------------- */

static int
cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

/* The column width around line i: the 75th percentile of the widths of
 * the 13 lines around it (full lines are the most common).  In Latin text
 * lines far longer than the median are dropped first: pdftotext joins the
 * halves of a hyphenated word, and the two lines with it. */
static int
local_full(const struct seg_page *sp, size_t i, int common)
{
	int w[17], n = 0, k, m;
	size_t a = i > 8 ? i - 8 : 0, j, lo = i, hi = i + 1;

	/* Default output: the lines between blank lines share a column. */
	while (lo > a && !sp->v[lo].gap)
		lo--;
	while (hi < sp->n && hi < i + 9 && !sp->v[hi].gap)
		hi++;
	if (hi - lo < 5 || sp->mode == SEG_MODE_RAW) {
		lo = i > 6 ? i - 6 : 0;
		hi = i + 7 < sp->n ? i + 7 : sp->n;
	}
	/* -raw output has no blank lines: a jump, credit or byline line
	 * ends a block there (a box after a jump line may be narrower). */
	if (sp->mode == SEG_MODE_RAW && sp->v[i].cls == SEG_BODY) {
		for (j = i; j > lo && sp->v[j - 1].cls == SEG_BODY; j--)
			;
		lo = j;
		for (j = i + 1; j < hi && sp->v[j].cls == SEG_BODY; j++)
			;
		hi = j;
	}
	for (j = lo; j < hi && n < 17; j++)
		if (sp->v[j].cls == SEG_BODY)
			w[n++] = sp->v[j].w;
	if (n == 0)
		return sp->v[i].w;
	qsort(w, (size_t)n, sizeof *w, cmp_int);
	if (sp->cjk) {
		/* CJK columns are set to one width: the widest width that
		 * two lines share (a lone wider line is a headline), or the
		 * page's most common width when a line here has it (a short
		 * column may hold only one full line without digits). */
		m = w[(n * 3) / 4];
		for (k = n - 1; k > 0; k--)
			if (w[k] - w[k - 1] <= 1) {
				m = w[k];
				break;
			}
		for (k = 0; k < n && common > m; k++)
			if (w[k] >= common - 1 && w[k] <= common + 1)
				return common;
		return m;
	}
	m = w[n / 2];
	for (k = n; k > 1 && w[k - 1] * 10 > m * 13; k--)
		;
	n = k;
	return w[(n * 3) / 4];
}

/* Where line l's clean text is its own bytes, up to the end of its source
 * line: point clean at them, the newline after them made a NUL (a huge
 * page's lines held a copy of the page otherwise). */
static void
share_clean(struct seg_page *sp, struct seg_line *l)
{
	struct page_text *pt = &sp->page->text;
	size_t end = l->off + l->len, row = (size_t)l->line - 1;

	if (row >= pt->n_lines || end >= pt->len ||
	    end != pt->line_start[row] + pt->line_len[row] ||
	    pt->text[end] != '\n' || l->s != pt->text + l->off ||
	    strlen(l->clean) != l->len || memcmp(l->clean, l->s, l->len) != 0)
		return;
	if (sp->nul_lines == NULL)
		sp->nul_lines = xcalloc(pt->n_lines / 8 + 1, 1);
	free(l->clean);
	pt->text[end] = '\0';
	sp->nul_lines[row / 8] |= (unsigned char)(1u << (row % 8));
	l->clean = pt->text + l->off;
}

void
segment_lines_free_clean(const struct seg_page *sp, char *clean)
{
	const struct page_text *pt = &sp->page->text;

	if (sp->nul_lines != NULL && pt->len > 0 &&
	    (uintptr_t)clean >= (uintptr_t)pt->text &&
	    (uintptr_t)clean < (uintptr_t)pt->text + pt->len)
		return;
	free(clean);
}

void
segment_lines_restore(struct seg_page *sp)
{
	struct page_text *pt = &sp->page->text;
	size_t row;

	if (sp->nul_lines == NULL)
		return;
	for (row = 0; row < pt->n_lines; row++)
		if (sp->nul_lines[row / 8] & (1u << (row % 8)))
			pt->text[pt->line_start[row] + pt->line_len[row]] = '\n';
	free(sp->nul_lines);
	sp->nul_lines = NULL;
}

void
segment_lines_measure(struct seg_page *sp)
{
	size_t i, wide = 0, all = 0;

	for (i = 0; i < sp->n; i++) {
		struct seg_line *l = &sp->v[i];
		l->clean = clean_string(l->s, l->len);
		l->tested = l->held = 0;
		if (sp->share_clean)
			share_clean(sp, l);
		wide += clean_count_wide(l->s, l->len);
		all += u8_mbsnlen((const uint8_t *)l->s, l->len);
	}
	sp->cjk = wide * 3 > all;
	for (i = 0; i < sp->n; i++) {
		sp->v[i].w = clean_width(sp->v[i].s, sp->v[i].len, sp->cjk);
		/* The text after an inline jump label (segment_columns_add cut
		 * it) was printed as wide as the whole line: measure it so, or
		 * it would look like a short headline. */
		if (i > 0 && sp->v[i].line == sp->v[i - 1].line &&
		    sp->v[i].off == sp->v[i - 1].off + sp->v[i - 1].len)
			sp->v[i].w += sp->v[i - 1].w;
	}
}

/* The most common width of a CJK page's body lines in pdftotext's
 * default and -raw text (0 otherwise): the width of most columns. */
static int
common_width(const struct seg_page *sp)
{
	int *w, best = 0, bn = 0, run = 0;
	size_t i, n = 0;

	if (!sp->cjk || sp->mode == SEG_MODE_LAYOUT || sp->n == 0)
		return 0;
	w = xcalloc(sp->n, sizeof *w);
	for (i = 0; i < sp->n; i++)
		if (sp->v[i].cls == SEG_BODY)
			w[n++] = sp->v[i].w;
	qsort(w, n, sizeof *w, cmp_int);
	for (i = 0; i < n; i++) {
		run = i > 0 && w[i] == w[i - 1] ? run + 1 : 1;
		if (run > bn) {
			bn = run;
			best = w[i];
		}
	}
	free(w);
	return best;
}

void
segment_lines_set_full(struct seg_page *sp)
{
	size_t i;
	int common = common_width(sp);

	for (i = 0; i < sp->n; i++)
		sp->v[i].full = local_full(sp, i, common);
}

/* Width of line i as the end of a paragraph: pdftotext joins a word
 * hyphenated across lines onto one line, so in Latin text a line longer
 * than the column holds a whole line and then some. */
static int
end_width(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i];

	if (!sp->cjk && l->full > 0 && l->w > l->full + l->full / 4)
		return l->w % l->full;
	return l->w;
}

bool
segment_lines_is_full(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i];
	int w = end_width(sp, i);

	if (sp->cjk)
		return w >= l->full - 3;
	return w * 100 >= l->full * 80;
}

/* Line i ends its paragraph: a sentence ends and the line stops short, or
 * the line is much shorter than the column. */
/* A Latin line of one word in the middle of a paragraph: a justified
 * line pdftotext broke at its wide gaps ("California" "Gov." "Jerry"). */
static bool
one_word(const struct seg_page *sp, size_t i)
{
	const char *c = sp->v[i].clean;
	size_t k;

	if (sp->cjk || strchr(c, ' ') || sp->v[i].cls != SEG_BODY)
		return false;
	for (k = 0; c[k]; k++)
		if (c[k] >= 'a' && c[k] <= 'z')
			return true;
	return false;	/* ALL CAPS: a head, not a fragment */
}

bool
segment_lines_is_fragment(const struct seg_page *sp, size_t i)
{
	if (!one_word(sp, i) || i + 1 >= sp->n || sp->v[i + 1].gap ||
	    sp->v[i + 1].cls != SEG_BODY)
		return false;
	return one_word(sp, i + 1) || (i > 0 && !sp->v[i].gap &&
	    one_word(sp, i - 1));
}

static size_t agency_len(const char *);

/* 本报讯（记者 何明远: an agency and a reporter group whose bracket the
 * line's end cut off. */
static bool
paren_open(const char *clean)
{
	char *f = fold_hant(clean);
	const char *c = f ? f : clean;
	size_t a = agency_len(c);
	bool r;

	while (c[a] == ' ')
		a++;
	r = a > 0 && strncmp(c + a, "（", 3) == 0 && strstr(c + a, "）") == NULL;
	free(f);
	return r;
}

/* Lines k .. i (k is i or i - 1) hold an agency and a reporter group
 * whose bracket is still open at the end of line i: does it close on the
 * next lines, three lines in all at most (荆楚网消息（记者张扬 / 通讯员
 * 殷莉红、刘 / 妮） ５月…)? */
static bool
paren_wraps(const struct seg_page *sp, size_t i)
{
	const char *c = sp->v[i].clean;
	size_t k = i, j;

	if (!paren_open(c)) {
		if (i == 0 || sp->v[i].gap || !paren_open(sp->v[i - 1].clean) ||
		    strstr(c, "）") || strstr(c, "（"))
			return false;
		k = i - 1;
	}
	for (j = i + 1; j < sp->n && j <= k + 2; j++) {
		if (sp->v[j].gap || strstr(sp->v[j].clean, "（"))
			return false;
		if (strstr(sp->v[j].clean, "）"))
			return true;
	}
	return false;
}

/* Does line i end inside an inline byline that goes on on the next line
 * (本报讯 / 记者周启明报 / 道：…)?  A byline line this short is no
 * paragraph's end. */
static bool
byline_wraps_folded(const struct seg_page *sp, size_t i, const char *c,
    const char *n)
{
	size_t len = strlen(c);

	if (agency_len(c) == len)
		return pat_is(PAT_PREFIX_REPORT, n) || pat_is(PAT_PREFIX_PAREN, n);
	if (paren_wraps(sp, i))
		return true;
	return len >= 3 && strcmp(c + len - 3, "报") == 0 &&
	    strncmp(n, "道", 3) == 0 && pat_is(PAT_PREFIX_REPORT, c) &&
	    find_punct(c, len, true) == NULL;
}

static bool
byline_wraps(const struct seg_page *sp, size_t i)
{
	char *fc, *fn;
	bool r;

	if (!sp->cjk || i + 1 >= sp->n || sp->v[i + 1].gap ||
	    sp->v[i].clean[0] == '\0')
		return false;
	fc = fold_hant(sp->v[i].clean);
	fn = fold_hant(sp->v[i + 1].clean);
	r = byline_wraps_folded(sp, i, fc ? fc : sp->v[i].clean,
	    fn ? fn : sp->v[i + 1].clean);
	free(fc);
	free(fn);
	return r;
}

/* Does line i open an inline byline that the next line goes on with
 * (so it is no headline)? */
bool
segment_lines_byline_wraps(const struct seg_page *sp, size_t i)
{
	return byline_wraps(sp, i);
}

bool
segment_lines_is_para_end(const struct seg_page *sp, size_t i)
{
	const struct seg_line *l = &sp->v[i];
	int w = end_width(sp, i);
	bool ends = segment_lines_ends_sentence(l->clean);

	if (segment_lines_is_fragment(sp, i) || l->glued ||
	    byline_wraps(sp, i))
		return false;

	/* CJK paragraphs end in punctuation; a line without it ends one
	 * only when it is very short (OCR text loses punctuation). */
	if (sp->cjk) {
		if (ends && w <= l->full - 4)
			return true;
		return w * 2 < l->full;
	}
	if (ends && w * 100 < l->full * 88)
		return true;
	return w * 100 < l->full * 50;
}

/* ---- line patterns ---------------------------------------------------------- */

static int
zh_digit(const char *s, size_t *k)
{
	static const char *const han[] = { "〇", "一", "二", "三", "四", "五",
	    "六", "七", "八", "九" };
	int i;

	if (*s >= '0' && *s <= '9') {
		*k = 1;
		return *s - '0';
	}
	if ((unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBC &&
	    (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99) {
		*k = 3;
		return (unsigned char)s[2] - 0x90;
	}
	for (i = 0; i < 10; i++)
		if (strncmp(s, han[i], 3) == 0) {
			*k = 3;
			return i;
		}
	if (strncmp(s, "零", 3) == 0) {
		*k = 3;
		return 0;
	}
	return -1;
}

/* No paper has more pages than this: a longer number is no page number
 * (and would overflow). */
#define JUMP_MAX_PAGE	9999

/* The page number in a jump line: 3, 第3版, 二版, 十二版, A6; 0 for none. */
static int
parse_page_number(const char *s)
{
	int n = -1, d;
	size_t k;

	for (; *s; s++) {
		if (n > JUMP_MAX_PAGE)
			return 0;
		if (strncmp(s, "十", 3) == 0) {
			n = (n <= 0 ? 1 : n) * 10;
			s += 2;
			continue;
		}
		d = zh_digit(s, &k);
		if (d < 0) {
			if (n >= 0)
				break;
			continue;
		}
		n = (n < 0 ? 0 : (n % 10 == 0 && n >= 10 ? n : n * 10)) + d;
		s += k - 1;
	}
	return n < 0 || n > JUMP_MAX_PAGE ? 0 : n;
}

static bool
is_jump(const char *clean, enum jump_dir *dir, int *page_number)
{
	bool to;

	if (pat_is(PAT_JUMP_ZH, clean))
		to = strstr(clean, "下转") || strstr(clean, "转第") ||
		    (strstr(clean, "转") && !strstr(clean, "转自"));
	else if (pat_is(PAT_JUMP_EN_CONT, clean))
		to = strstr(clean, " on ") != NULL;
	else if (pat_is(PAT_JUMP_EN_SEE, clean))
		to = true;
	else if (pat_is(PAT_JUMP_EN_FROM, clean))
		to = false;
	else
		return false;
	if (strstr(clean, "上接") || strstr(clean, "接上"))
		to = false;
	if (dir)
		*dir = to ? JUMP_TO : JUMP_FROM;
	if (page_number) {
		const char *p = strstr(clean, "age ");
		*page_number = parse_page_number(p ? p + 4 : clean);
	}
	return true;
}

/* Name(s), then 摄 / 摄影 / 摄影报道 / 供图 / 社发 (网发, 报发, 台发), perhaps
 * closed by a bracket.  Checked in C: as a regexp (^.{2,120}(摄|…)$) glibc
 * took over half a millisecond a line. */
static bool
ends_with_credit_word(const char *s)
{
	static const char *const words[] = { "摄影报道", "摄影报导", "摄影", "摄", "供图",
	    "社发", "网发", "报发", "台发" };
	size_t n = strlen(s), i, m;

	if (n >= 3 && memcmp(s + n - 3, "）", 3) == 0)
		n -= 3;
	else if (n >= 1 && s[n - 1] == ')')
		n--;
	for (i = 0; i < sizeof words / sizeof *words; i++) {
		m = strlen(words[i]);
		if (n >= m && memcmp(s + n - m, words[i], m) == 0 &&
		    u8_mbsnlen((const uint8_t *)s, n - m) >= 2)
			return true;
	}
	return false;
}

static bool
is_credit(const char *clean)
{
	if (pat_is(PAT_CREDIT_EN, clean))
		return true;
	return nchars(clean) <= 30 && ends_with_credit_word(clean) &&
	    find_punct(clean, strlen(clean), true) == NULL;
}

/* A Latin small letter: a wrapped line, a sentence, not a capitals label. */
bool
segment_lines_has_lower(const char *c)
{
	for (; *c; c++)
		if (*c >= 'a' && *c <= 'z')
			return true;
	return false;
}

static bool
is_credit_word(const char *clean)
{
	return pat_is(PAT_CREDIT_ZH_ALONE, clean);
}

static bool
is_meta(const char *clean)
{
	return pat_is(PAT_META_ZH, clean) || pat_is(PAT_META_EN, clean) ||
	    pat_is(PAT_META_DATE_ZH, clean) || pat_is(PAT_META_DATE_EN, clean);
}

/* 记者从市教育局获悉, 记者近日走访: a sentence about the reporter opens
 * with 记者 and a verb or preposition where a byline has a name.  (No
 * common surname among these: 从 and 随 are rare ones.) */
static bool
reporter_sentence(const char *clean)
{
	static const char *const verbs[] = { "从", "在", "获悉", "了解", "近日",
	    "日前", "昨天", "昨日", "今天", "今日", "来到", "走进", "走访",
	    "看到", "发现", "注意到", "采访", "随", "跟随", "一行", NULL };
	const char *p = strstr(clean, "记者");
	size_t k;

	if (p == NULL)
		return false;
	p += strlen("记者");
	while (*p == ' ')
		p++;
	for (k = 0; verbs[k]; k++)
		if (strncmp(p, verbs[k], strlen(verbs[k])) == 0)
			return true;
	return false;
}

static bool
is_own_byline(const char *clean)
{
	if (strlen(clean) > 90)
		return false;
	if (pat_is(PAT_BYLINE_EN, clean))
		return true;
	return nchars(clean) <= 30 && pat_is(PAT_BYLINE_ZH, clean) &&
	    find_punct(clean, strlen(clean), true) == NULL &&
	    !reporter_sentence(clean);
}

#define DASH_NAME_WORDS	4	/* "— Ann Marie de Vries" at most */

/* "— Maria Jensen": a dash, then a name in capitalised words. */
bool
segment_lines_dash_name(const char *c)
{
	int words = 0;

	if (strncmp(c, "— ", 4) == 0 || strncmp(c, "– ", 4) == 0)
		c += 4;
	else if (strncmp(c, "-- ", 3) == 0)
		c += 3;
	else
		return false;
	while (*c) {
		if (!(*c >= 'A' && *c <= 'Z') || ++words > DASH_NAME_WORDS)
			return false;
		for (c++; *c && *c != ' '; c++)
			if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' &&
			    *c <= 'Z') || *c == '.' || *c == '\'' || *c == '-'))
				return false;
		while (*c == ' ')
			c++;
	}
	return words >= 2;
}

bool
segment_lines_is_signature(const char *clean)
{
	return nchars(clean) <= 12 && pat_is(PAT_SIGNATURE_ZH, clean) &&
	    find_punct(clean, strlen(clean), true) == NULL;
}

/* 本报讯, 晨报讯, 荆楚网消息, 本报北京1月2日讯; 新华社北京3月1日电:
 * the agency at the start of a paragraph, no punctuation before it. */
static size_t
agency_len(const char *s)
{
	static const char *const xun[] = { "讯", "消息", NULL };
	static const char *const dian[] = { "电", NULL };
	static const char *const org[] = { "社", "网", "报", "台", NULL };
	/* 讯 or 消息 follows a paper (本报讯, 荆楚网消息) or its dispatch's
	 * date (本报北京1月2日讯); after other words it is prose (资讯,
	 * 讯号, 这样的讯息). */
	static const char *const xun_after[] = { "报", "刊", "社", "网", "台",
	    "站", "日", NULL };
	static const char *const dian_words[] = { "话", "视", "子",
	    "脑", "力", "影", "台", "梯", "车", NULL };
	size_t wl, ol;
	long i = find_word(s, 14 * 3, xun, &wl), o;

	/* 讯 needs a paper before it (本报讯), and 讯员 is the tail of 通讯员
	 * that a line break cut off, never an agency. */
	if (i >= 3 && find_punct(s, (size_t)i, false) == NULL &&
	    find_word(s + i - 3, 3, xun_after, &ol) == 0 &&
	    strncmp(s + i + wl, "员", 3) != 0 &&
	    strncmp(s, "（", 3) != 0 && strncmp(s, "“", 3) != 0)
		return (size_t)i + wl;
	i = find_word(s, 24 * 3, dian, &wl);
	if (i < 0 || find_punct(s, (size_t)i, false) != NULL ||
	    memchr(s, '(', (size_t)i) || strstr(s, "（") == s)
		return 0;
	o = find_word(s, (size_t)i, org, &ol);
	/* 据新华社电: a source, not a dateline; 社电） alone: the tail of a
	 * source in brackets that a line break cut (（新华 / 社电）). */
	if (o <= 0 || o > 6 * 3 || strncmp(s, "据", 3) == 0)
		return 0;
	if (find_punct(s + i + wl, 3, false) != NULL)
		return 0;
	/* 电话, 电视, 电子, 电脑, 电力: 电 opening a word is no dispatch
	 * (社址… 电话 in a paper's address line). */
	if (find_word(s + i + wl, 3, dian_words, &ol) == 0)
		return 0;
	return (size_t)i + wl;
}

/* （记者 徐明 叶如舟）: a reporter group in brackets. */
static long
paren_len(const char *s)
{
	const char *close;

	if (!pat_is(PAT_PREFIX_PAREN, s))
		return 0;
	close = strstr(s, "）");
	if (close == NULL || (strchr(s, ')') && strchr(s, ')') < close))
		close = strchr(s, ')');
	if (close == NULL || (size_t)(close - s) > 60 * 3 ||
	    find_punct(s, (size_t)(close - s), true) != NULL)
		return 0;
	return (long)(close - s) + (*close == ')' ? 1 : 3);
}

/* 记者刘桂莲报道： */
static size_t
reporter_len(const char *s)
{
	static const char *const bd[] = { "报道", "报导", NULL };
	size_t wl;
	long i;

	if (!pat_is(PAT_PREFIX_REPORT, s))
		return 0;
	i = find_word(s, 24 * 3, bd, &wl);
	if (i < 0 || find_punct(s, (size_t)i, true) != NULL)
		return 0;
	i += (long)wl;
	if (strncmp(s + i, "：", 3) == 0)
		i += 3;
	else if (s[i] == ':')
		i++;
	return (size_t)i;
}

/* An inline byline at the start of a paragraph's clean text: the agency
 * (本报讯, 新华社北京3月1日电) and the reporters after it (（记者 …）,
 * 记者…报道：).  Returns its length in bytes, 0 when there is none. */
static size_t
byline_prefix(const char *clean)
{
	size_t n = agency_len(clean);
	long k;

	if (n == 0)
		return reporter_len(clean);
	while (clean[n] == ' ')
		n++;
	if ((k = paren_len(clean + n)) > 0 || (k = (long)reporter_len(clean + n)) > 0)
		n += (size_t)k;
	return n;
}

/* An English dateline opening a paragraph: "NEW YORK (AP) — ".  Returns
 * the length of the place and agency, 0 when there is none. */
size_t
segment_lines_dateline(const char *clean)
{
	long n = pat_match(PAT_DATELINE_EN, clean);
	const char *p;

	if (n < 0)
		return 0;
	p = strchr(clean, ')');
	return p ? (size_t)(p - clean) + 1 : (size_t)n;
}

/* The tests above on a line as printed, in either script. */
#define FOLDED(type, call) do {						\
	char *f_ = fold_hant(clean);					\
	type r_;							\
	if (f_ != NULL)							\
		clean = f_;						\
	r_ = (call);							\
	free(f_);							\
	return r_;							\
} while (0)

bool
segment_lines_is_jump(const char *clean, enum jump_dir *dir, int *page_number)
{
	FOLDED(bool, is_jump(clean, dir, page_number));
}

bool
segment_lines_is_credit(const char *clean)
{
	FOLDED(bool, is_credit(clean));
}

bool
segment_lines_is_credit_word(const char *clean)
{
	FOLDED(bool, is_credit_word(clean));
}

bool
segment_lines_is_meta(const char *clean)
{
	FOLDED(bool, is_meta(clean));
}

bool
segment_lines_is_own_byline(const char *clean)
{
	FOLDED(bool, is_own_byline(clean));
}

size_t
segment_lines_byline_prefix(const char *clean)
{
	FOLDED(size_t, byline_prefix(clean));
}

/* ---- classes ------------------------------------------------------------------ */

static void
classify_alone(struct seg_line *l)
{
	if (segment_lines_test(l, SEG_TEST_META))
		seg_set(l, SEG_META, "furniture: a page number, editor or date line");
	else if (segment_lines_test(l, SEG_TEST_JUMP))
		seg_set(l, SEG_JUMP, "jump: a continued-on or continued-from line");
	else if (segment_lines_test(l, SEG_TEST_CREDIT) ||
	    segment_lines_test(l, SEG_TEST_CREDIT_WORD))
		seg_set(l, SEG_CREDIT, "credit: a photo credit's words");
	else if (clean_is_doubled(l->s, l->len))
		seg_set(l, SEG_AD, "ad: every glyph drawn twice (fake bold)");
	else if (segment_lines_test(l, SEG_TEST_OWN_BYLINE))
		seg_set(l, SEG_BYLINE, "byline: a byline's words (本报记者, By NAME)");
	else
		seg_set(l, SEG_BODY, SEG_WHY_BODY);
}

/* Names alone on a line: Han characters (a name, or a few with spaces or
 * 、 between them), nothing else. */
#define NAMES_MAX_CHARS	13

static bool
names_only(const char *clean)
{
	const uint8_t *p = (const uint8_t *)clean;
	ucs4_t uc;
	size_t han = 0;

	while ((p = u8_next(&uc, p)) != NULL) {
		if (uc >= 0x4E00 && uc <= 0x9FFF)
			han++;
		else if (uc != ' ' && uc != 0x3000 && uc != 0x3001)
			return false;
	}
	return han >= 2 && han <= NAMES_MAX_CHARS;
}

bool
segment_lines_is_names_only(const char *clean)
{
	return names_only(clean);
}

/* 本报讯 alone on its line. */
static bool
agency_only(const char *clean)
{
	char *f = fold_hant(clean);
	bool r = agency_len(f ? f : clean) == strlen(clean);

	free(f);
	return r;
}

/* 本报记者 alone, the reporter's title with no name after it. */
static bool
title_only(const char *clean)
{
	char *f = fold_hant(clean);
	const char *c = f ? f : clean;
	bool r = pat_match(PAT_BYLINE_ZH, c) == (long)strlen(c);

	free(f);
	return r;
}

/* The rest of a Latin byline wrapped: a few capitalised words, no
 * sentence end. */
#define BYLINE_TAIL_WORDS	6

static bool
byline_tail(const struct seg_line *l)
{
	const char *c = l->clean;
	size_t words = 0, caps = 0;

	if (l->cls != SEG_BODY || l->gap || segment_lines_ends_sentence(c))
		return false;
	for (; *c; c++)
		if (c == l->clean || c[-1] == ' ') {
			words++;
			caps += (*c >= 'A' && *c <= 'Z') || strncmp(c, "and", 3) == 0;
		}
	return words >= 1 && words <= BYLINE_TAIL_WORDS && caps == words;
}

bool
segment_lines_test(struct seg_line *l, enum seg_line_test t)
{
	bool r;

	if (l->tested & t)
		return (l->held & t) != 0;
	switch (t) {
	case SEG_TEST_META:
		r = segment_lines_is_meta(l->clean);
		break;
	case SEG_TEST_JUMP:
		r = segment_lines_is_jump(l->clean, NULL, NULL);
		break;
	case SEG_TEST_CREDIT:
		r = segment_lines_is_credit(l->clean);
		break;
	case SEG_TEST_CREDIT_WORD:
		r = segment_lines_is_credit_word(l->clean);
		break;
	case SEG_TEST_OWN_BYLINE:
		r = segment_lines_is_own_byline(l->clean);
		break;
	default:
		return false;
	}
	l->tested |= (uint8_t)t;
	if (r)
		l->held |= (uint8_t)t;
	return r;
}

void
segment_lines_classify(struct seg_page *sp)
{
	size_t i;

	for (i = 0; i < sp->n; i++)
		classify_alone(&sp->v[i]);
	/* An inline byline wrapped across lines (本报讯 / 记者周启明报 /
	 * 道：开幕式上…): its reporter line is no byline of its own, or the
	 * text would split; the paragraph, joined, opens with the byline. */
	for (i = 0; i < sp->n; i++) {
		struct seg_line *l = &sp->v[i];
		if (l->cls != SEG_BYLINE || !sp->cjk)
			continue;
		if ((i > 0 && sp->v[i - 1].cls == SEG_BODY && !l->gap &&
		    (agency_only(sp->v[i - 1].clean) ||
		    paren_wraps(sp, i - 1))) ||
		    (i + 1 < sp->n && (seg_ends_with(l->clean, "报") ||
		    seg_ends_with(l->clean, "報")) &&
		    strncmp(sp->v[i + 1].clean, "道", 3) == 0))
			seg_set(l, SEG_BODY, "body: a reporter line run into its paragraph");
	}
	/* 本报记者 / 孔梅 谢婷艳: a byline set on two lines, the title over
	 * the names. */
	for (i = 0; i + 1 < sp->n; i++)
		if (sp->cjk && sp->v[i].cls == SEG_BYLINE &&
		    sp->v[i + 1].cls == SEG_BODY && !sp->v[i + 1].gap &&
		    title_only(sp->v[i].clean) &&
		    names_only(sp->v[i + 1].clean))
			seg_set(&sp->v[i + 1], SEG_BYLINE, "byline: the names "
			    "under a reporter's title alone on its line");
	/* By Leo Schmidt and / Simon Dawson, / Associated Press: a Latin
	 * byline ending in "and" or a comma goes on, in capitalised words,
	 * on the lines under it. */
	for (i = 0; i + 1 < sp->n; i++)
		if (!sp->cjk && sp->v[i].cls == SEG_BYLINE &&
		    (seg_ends_with(sp->v[i].clean, " and") ||
		    seg_ends_with(sp->v[i].clean, ",")) &&
		    byline_tail(&sp->v[i + 1]))
			seg_set(&sp->v[i + 1], SEG_BYLINE, "byline: its names "
			    "go on from the line above (… and / Name, Agency)");
}

/* ---- the page's header ------------------------------------------------------- */

static bool
has_masthead_word(const char *c)
{
	static const char *const words[] = { "编辑部", "成本费", "定价", "出版",
	    "期合刊", "本期", "刊号", "邮发代号", "总第", "主办", NULL };
	size_t k;

	for (k = 0; words[k]; k++)
		if (strstr(c, words[k]))
			return true;
	return false;
}

static bool
has_date(const char *c)
{
	return pat_is(PAT_DATE_ANY, c);
}

/* A date and a page number: "革命楼通讯 1967年8月29日 星期二 第01版". */
static bool
dated_page(const char *c)
{
	return has_date(c) && pat_is(PAT_PAGE_ANY, c);
}

/* Every word of two or more capitalised ("Weather and Tide Updates" too:
 * three in four). */
static bool
title_cased(const char *c)
{
	int words = 0, caps = 0;
	const char *p;

	for (p = c; *p; p++)
		if (p == c || p[-1] == ' ') {
			words++;
			caps += *p >= 'A' && *p <= 'Z';
		}
	return words >= 2 && caps * 4 >= words * 3;
}

/* Words and shapes of a masthead or running header at any length a
 * header line has. */
static bool
masthead_shape(const char *c)
{
	return pat_is(PAT_MASTHEAD, c) || ((strstr(c, " | ") ||
	    strstr(c, " · ")) && has_date(c)) ||
	    strstr(c, "责任编辑") || strstr(c, "責任編輯");
}

/* Words a line of a page's header or footer band carries whatever else
 * it holds (the paper's name beside them): a date, a page number ("第2版",
 * "Page A3", "A2" alone), the masthead's words (今日8版), an editor's
 * line.  For loaders that know where a line stands: in a band, these
 * make it furniture. */
static bool
band_furniture(const char *clean)
{
	return is_meta(clean) || has_date(clean) ||
	    pat_is(PAT_PAGE_ANY, clean) || pat_is(PAT_FOLIO, clean) ||
	    masthead_shape(clean);
}

bool
segment_lines_is_band_furniture(const char *clean)
{
	FOLDED(bool, band_furniture(clean));
}

/* Of those, what only a header carries: a date, the masthead's words (a
 * page number may be a jump line's, wrapped: "continued from / Page 1"). */
static bool
header_words(const char *clean)
{
	return has_date(clean) || masthead_shape(clean);
}

bool
segment_lines_is_header_words(const char *clean)
{
	FOLDED(bool, header_words(clean));
}

/* A CJK page's name in Latin letters (SONGCHUAN RIBAO): no lower case,
 * no CJK. */
static bool
latin_name(const struct seg_page *sp, const struct seg_line *l)
{
	const char *c = l->clean;
	size_t k;

	if (!sp->cjk || clean_count_wide(l->s, l->len) > 0)
		return false;
	for (k = 0; c[k]; k++)
		if ((c[k] >= 'a' && c[k] <= 'z') || (c[k] >= '0' && c[k] <= '9'))
			return false;
	return k >= 4;
}

static bool footer_line(const char *);

/* PAT_FOLIO's longest match: "- A123 -". */
#define FOLIO_MAX_BYTES	8

/* What a line of furniture is, by its words, and where on the page it
 * stands when they say nothing (top: before any text of the page; lead:
 * and before the header's date or page number; bottom: after all the
 * text).  General habits of newspapers only: a line that runs the date
 * and the page number together is a running header (or footer); an
 * editor's line, a price, the masthead's words (issue number, volume,
 * founding year, publisher), a page number, a date; the name leading the
 * front page is its masthead, a section name after the date the running
 * header's. */
enum furniture_kind
segment_lines_furniture_kind(const struct seg_page *sp, const char *c,
    bool top, bool lead, bool bottom)
{
	if (pat_is(PAT_EDITOR, c) || strstr(c, "责任编辑") ||
	    strstr(c, "責任編輯"))
		return FURNITURE_EDITOR_LINE;
	if (dated_page(c) || (strstr(c, " | ") && has_date(c)))
		return bottom && !top ? FURNITURE_RUNNING_FOOTER :
		    FURNITURE_RUNNING_HEADER;
	if (bottom && footer_line(c))
		return FURNITURE_RUNNING_FOOTER;	/* the imprint */
	if (pat_is(PAT_PRICE, c))
		return FURNITURE_PRICE;
	if (pat_is(PAT_MASTHEAD, c) || has_masthead_word(c))
		return FURNITURE_MASTHEAD;
	if (pat_is(PAT_PAGE_ANY, c) || (strlen(c) <= FOLIO_MAX_BYTES &&
	    pat_is(PAT_FOLIO, c)))
		return FURNITURE_FOLIO;
	/* (PAT_META_DATE_*'s lines hold a date or a weekday.) */
	if (has_date(c) || pat_is(PAT_WEEKDAY, c))
		return FURNITURE_DATE_LINE;
	if (top)
		return sp->page->number == 1 && lead ? FURNITURE_MASTHEAD :
		    FURNITURE_RUNNING_HEADER;
	if (bottom)
		return FURNITURE_RUNNING_FOOTER;
	return FURNITURE_OTHER;
}

/* The section name after 第01版 or "Page A1", if the line holds one. */
static void
take_section(struct page *page, const char *c)
{
	const char *p = strstr(c, "版");

	if (page->meta.section_name)
		return;
	if (p && strstr(c, "第") && strstr(c, "第") < p)
		p += 3;
	else if (strncmp(c, "Page ", 5) == 0 && strchr(c + 5, ' '))
		p = strchr(c + 5, ' ');
	else
		return;
	while (*p == ' ')
		p++;
	if (*p && strlen(p) < 40 && find_punct(p, strlen(p), false) == NULL)
		page->meta.section_name = xstrdup(p);
}

/* Default output, English: the front page's first line, a name of two to
 * four capitalised words ("The Shoal Bay Courier", "Westbrook Evening
 * Post"), when the page's running header ("June 13, 2024 | Page A1") comes
 * further down: the paper's name, read apart from the header's other
 * lines, over the first headline (set in sentence case). */
static bool
front_name(const struct seg_page *sp, size_t i)
{
	const char *c = sp->v[i].clean, *p;
	int words = 0;
	size_t k;

	if (sp->cjk || sp->mode != SEG_MODE_DEFAULT || sp->page->number != 1 ||
	    i + 1 >= sp->n || sp->v[i + 1].gap)
		return false;
	for (p = c; *p; p++) {
		if (p == c || p[-1] == ' ') {
			if (!(*p >= 'A' && *p <= 'Z'))
				return false;
			words++;
		} else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    *p == ' '))
			return false;
	}
	if (words < 2 || words > 4 ||
	    !segment_lines_has_lower(sp->v[i + 1].clean) ||
	    title_cased(sp->v[i + 1].clean))
		return false;
	for (k = i + 1; k < sp->n && k <= i + 30; k++)
		if (dated_page(sp->v[k].clean))
			return true;
	return false;
}

/* A price in the page's header is a short line of its own. */
#define HEADER_PRICE_CHARS	24

static bool
header_line(const struct seg_page *sp, size_t i, bool after_edition)
{
	const struct seg_line *l = &sp->v[i];
	size_t n = nchars(l->clean), k;

	if (l->cls == SEG_META)
		return true;
	if (n <= 70 && (masthead_shape(l->clean) || latin_name(sp, l)))
		return true;
	if (n <= 90 && dated_page(l->clean))
		return true;	/* the running header run into one line */
	/* the price beside the date (Price: $2.00, 定价：1元) */
	if (n <= HEADER_PRICE_CHARS && pat_is(PAT_PRICE, l->clean))
		return true;
	if (n > 40 || find_punct(l->clean, strlen(l->clean), false))
		return has_masthead_word(l->clean) && n <= 40;
	if (has_masthead_word(l->clean) || (has_date(l->clean) && n <= 24))
		return true;
	/* 国内新闻: the section under 第01版 (a headline over a jump
	 * label is not one, nor an ad's line printed twice for fake bold,
	 * one copy after the other; nor a byline, 本报记者 X, over a text
	 * whose headline was drawn last). */
	/* (-layout: on the edition's own row; a short line lower down is
	 * a headline.) */
	if (after_edition && n <= 8 && l->cls != SEG_JUMP &&
	    l->cls != SEG_BYLINE &&
	    (sp->mode != SEG_MODE_LAYOUT || l->line == sp->v[i - 1].line) &&
	    !(i + 1 < sp->n && (sp->v[i + 1].cls == SEG_JUMP ||
	    strcmp(l->clean, sp->v[i + 1].clean) == 0)))
		return true;
	if (i == 0 || strcmp(l->clean, sp->v[0].clean) == 0) {
		/* The paper's name: a date or edition line follows. */
		for (k = i + 1; k < sp->n && k <= i + 3; k++)
			if (sp->v[k].cls == SEG_META || has_date(sp->v[k].clean))
				return true;
		return i > 0 || front_name(sp, i);
	}
	/* The paper's name under the date (the header's lines come in any
	 * order): a short line among the header's first lines, an edition
	 * line right after it. */
	if (i <= 3 && n <= 12)
		for (k = i + 1; k < sp->n && k <= i + 2; k++)
			if (sp->v[k].cls == SEG_META && pat_is(PAT_PAGE_ANY, sp->v[k].clean))
				return true;
	return false;
}

/* A running footer with a date is a short line: the paper's name, the
 * date, a page or section. */
#define FOOTER_MAX_CHARS	60

/* The imprint at a page's foot: a line naming two or more of the
 * paper's address, post code, hotline, mailbox, price (one alone may be
 * an ad's phone line). */
static bool
footer_line(const char *c)
{
	static const char *const words[] = { "地址", "邮编", "郵編", "热线",
	    "熱線", "邮箱", "郵箱", "零售价", "定价", "社址", "電話", NULL };
	size_t k;
	int n = 0;

	for (k = 0; words[k]; k++)
		n += strstr(c, words[k]) != NULL;
	return n >= 2;
}

/* The running footer, set apart under the page's last text: the paper's
 * name beside the date ("The Ledger · Monday, March 2, 2026", "河口时报
 * 2008年3月17日"), or a page number alone ("A2").  (A notice's date under
 * its sign-off stands with no gap: segment_lines_mark_signoffs.) */
static bool
running_footer(const struct seg_line *l)
{
	return l->gap && (masthead_shape(l->clean) || pat_is(PAT_FOLIO,
	    l->clean) || (has_date(l->clean) &&
	    nchars(l->clean) <= FOOTER_MAX_CHARS));
}

static void
mark_footer(struct seg_page *sp)
{
	size_t i;

	for (i = sp->n; i > 0 && sp->n - i < 3; i--) {
		struct seg_line *l = &sp->v[i - 1];
		if (l->cls != SEG_BODY)
			continue;
		if (footer_line(l->clean))
			seg_set(l, SEG_META, "furniture: the imprint at the page's foot (address, price)");
		else if (running_footer(l))
			seg_set(l, SEG_META, "furniture: the running footer (the paper's name and date, a page number)");
	}
}

/* A notice's or letter's sign-off (落款): under its last line of text,
 * with no blank line between, up to three lines (who issued it, a
 * hotline) ending in a date alone on its line.  Taken alone they look
 * like a headline or furniture; they end the text above them, each a
 * paragraph of its own. */
void
segment_lines_mark_signoffs(struct seg_page *sp)
{
	size_t i, k;

	for (i = 0; i < sp->n; i++)
		sp->v[i].signoff = false;
	for (i = 1; i < sp->n; i++) {
		const struct seg_line *d = &sp->v[i];

		if (d->gap || nchars(d->clean) > 18 ||
		    !has_date(d->clean))
			continue;
		for (k = i; k > 0 && i - k < 3 && !sp->v[k].gap &&
		    (sp->v[k - 1].cls == SEG_TITLE || sp->v[k - 1].cls == SEG_META);
		    k--)
			;
		if (k == 0 || sp->v[k].gap || sp->v[k - 1].cls != SEG_BODY)
			continue;
		for (; k <= i; k++) {
			seg_set(&sp->v[k], SEG_BODY, "body: a notice's sign-off, ending in a date");
			sp->v[k].signoff = true;
		}
	}
}

void
segment_lines_mark_header(struct seg_page *sp)
{
	size_t i;
	bool edition = false;

	for (i = 0; i < sp->n; i++) {
		struct seg_line *l = &sp->v[i];
		if (!header_line(sp, i, edition))
			break;
		if (edition && l->cls != SEG_META && !sp->page->meta.section_name)
			sp->page->meta.section_name = xstrdup(l->clean);
		edition = strstr(l->clean, "版") != NULL && (l->cls == SEG_META ||
		    dated_page(l->clean));
		seg_set(l, SEG_META, l->cls == SEG_META ? l->why : "furniture: the page's header (name, date, edition, section)");
		take_section(sp->page, l->clean);
	}
	/* -layout cuts the running header, one printed row, into pieces
	 * at its gaps: the pieces after the name and date on that row
	 * (星期日 第01版, 要闻) are furniture too, whatever their words. */
	for (; i > 0 && i < sp->n && sp->mode == SEG_MODE_LAYOUT &&
	    sp->v[i].line == sp->v[i - 1].line; i++) {
		seg_set(&sp->v[i], SEG_META, "furniture: -layout, a piece of the header's row");
		take_section(sp->page, sp->v[i].clean);
	}
	/* The running header read further down the page (date | page |
	 * section: pdftotext's order puts it after a headline set higher)
	 * is furniture all the same. */
	for (; i < sp->n; i++) {
		if (sp->v[i].cls == SEG_BODY && strstr(sp->v[i].clean, " | ") &&
		    nchars(sp->v[i].clean) <= 90 && dated_page(sp->v[i].clean))
			seg_set(&sp->v[i], SEG_META, "furniture: a running header (date | page) read further down");
		if (sp->v[i].cls == SEG_META)
			take_section(sp->page, sp->v[i].clean);
	}
	mark_footer(sp);
}
