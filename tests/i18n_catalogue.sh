#!/bin/sh
# SPDX-License-Identifier: ISC
# i18n_catalogue.sh: no string the user reads escapes the catalogue, and
# both catalogues are complete.  xgettext reads every source of core/ and
# tui/ twice: every string, and the strings marked _(), N_(), ngettext().
# A string that reads like English (two words or more) and is not marked
# must be listed in po/untranslated (an interface: script output, file
# formats).  Every file with marked strings is in po/POTFILES.in.  Each
# catalogue of po/LINGUAS has every marked string (msgcmp), all translated,
# none fuzzy, their formats agreeing (msgfmt -c --statistics).
. "$top_srcdir/tests/lib.sh"
for t in xgettext msgfmt msgcmp; do
	command -v $t >/dev/null 2>&1 || { echo "SKIP: $t not installed (Debian: gettext)"; exit 77; }
done
[ -n "${PYTHON3:-}" ] || PYTHON3=$(command -v python3) || { echo "SKIP: no python3"; exit 77; }
make_tmpdir
S=$top_srcdir
KEYS="--keyword=_ --keyword=N_ --keyword=ngettext:1,2"

(cd "$S" && ls core/*.c core/*.h tui/*.c tui/*.h) > "$TMP/sources"
(cd "$S" && xgettext -a --from-code=UTF-8 --omit-header --no-location \
    -o "$TMP/all.po" -f "$TMP/sources") 2> "$TMP/xgettext-a" ||
    { tail "$TMP/xgettext-a"; fail "xgettext -a"; }	# (it warns of every byte escape)
(cd "$S" && xgettext $KEYS --from-code=UTF-8 --omit-header \
    -o "$TMP/marked.pot" -f "$TMP/sources") || fail "xgettext"

# Files with marked strings are all in POTFILES.in, which names no other.
(cd "$S" && grep -l -E '(^|[^A-Za-z0-9_])(N?_|ngettext)\(' $(grep -v i18n.h "$TMP/sources")) |
    sort > "$TMP/marking"
grep -v '^#' "$S/po/POTFILES.in" | sort > "$TMP/potfiles"
missing=$(comm -23 "$TMP/marking" "$TMP/potfiles")
[ -z "$missing" ] || fail "files with marked strings missing from po/POTFILES.in: $missing"
for f in $(cat "$TMP/potfiles"); do
	[ -f "$S/$f" ] || fail "po/POTFILES.in names $f, which is not there"
done

"$PYTHON3" - "$TMP/all.po" "$TMP/marked.pot" "$S/po/untranslated" <<'EOF_PY' || exit 1
import re, sys
def ids(path):
    text = open(path, encoding='utf-8').read()
    out = set()
    for m in re.finditer(r'^msgid(?:_plural)? ((?:".*"\n)+)', text, re.M):
        out.add(''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))))
    out.discard('')
    return out
every, marked = ids(sys.argv[1]), ids(sys.argv[2])
exact, pats = set(), []
for line in open(sys.argv[3], encoding='utf-8').read().split('\n'):
    if line.startswith('## ') or line in ('', '##'):
        continue
    if line.startswith('re:'):
        pats.append(re.compile(line[3:]))
    else:
        exact.add(line)
def english(s):
    return ' ' in s and len(re.findall(r'[A-Za-z]{2,}', s)) >= 2
escaped = sorted(s for s in every - marked if english(s) and s not in exact
                 and not any(p.fullmatch(s) for p in pats))
for s in escaped:
    print('not marked for translation (nor in po/untranslated): "%s"' % s)
stale = sorted(s for s in exact if s not in every or s in marked)
for s in stale:
    print('po/untranslated lists a string no source has unmarked: "%s"' % s)
sys.exit(1 if escaped or stale else 0)
EOF_PY

for lang in $(grep -v '^#' "$S/po/LINGUAS"); do
	po="$S/po/$lang.po"
	[ -f "$po" ] || fail "po/LINGUAS names $lang, but po/$lang.po is missing"
	msgcmp "$po" "$TMP/marked.pot" 2> "$TMP/msgcmp" ||
	    { cat "$TMP/msgcmp"; fail "$lang: strings of the sources missing from the catalogue"; }
	msgfmt -c --statistics -o /dev/null "$po" 2> "$TMP/stats" ||
	    { cat "$TMP/stats"; fail "$lang: msgfmt -c"; }
	grep -q -E 'fuzzy|untranslated' "$TMP/stats" &&
	    { cat "$TMP/stats"; fail "$lang: not complete"; }
	n=$(grep -c '^msgid ' "$TMP/marked.pot")
	grep -q "^$n translated messages" "$TMP/stats" ||
	    { cat "$TMP/stats"; fail "$lang: $(cat "$TMP/stats") for the $n strings of the sources"; }
done
exit 0
