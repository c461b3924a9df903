#!/bin/sh
# SPDX-License-Identifier: ISC
# explain.sh: kanbao --dump --explain prints every source line of a page in
# source order with its class, reading order, article and the rule that
# decided it.  On the bundled sample page (always) and on the seed page
# (with ../shared) real lines must come out as the page says.
. "$top_srcdir/tests/lib.sh"
make_tmpdir

# field LINE N FILE: field N (tab-separated) of the first row for LINE.
field() {
	awk -F '\t' -v l="$1" -v n="$2" '$1 == l { print $n; exit }' "$3"
}

# The options go together only this way.
for bad in "--explain x" "--dump --raw --explain x" "--list --explain"; do
	# shellcheck disable=SC2086
	"$KANBAO" -a "$SAMPLE" $bad >/dev/null 2>"$TMP/err"
	[ $? -eq 2 ] || fail "kanbao $bad: want exit 2"
	grep -q -- "--explain goes with --dump" "$TMP/err" || fail "kanbao $bad: no message"
done

# Sample page: an editor's line under the header is furniture of that type.
PAGE="$SAMPLE/songchuan-daily/2024-05-08/02.txt"
"$KANBAO" -a "$SAMPLE" --dump --explain songchuan-daily/2024-05-08/02 \
    >"$TMP/s.out" 2>"$TMP/err" || fail "--dump --explain by id failed: $(cat "$TMP/err")"
head -1 "$TMP/s.out" | grep -q '^# page songchuan-daily/2024-05-08/02: ' ||
	fail "no page header line"
sed -n 2p "$TMP/s.out" | grep -q '^# line	order	article	class	why	model	text$' ||
	fail "no column header line"
row=$(grep -n '责任编辑：林秀' "$PAGE" | cut -d: -f1)
[ "$(field "$row" 4 "$TMP/s.out")" = "furniture editor-line" ] ||
	fail "line $row (责任编辑): want furniture editor-line, got '$(field "$row" 4 "$TMP/s.out")'"
[ "$(field "$row" 3 "$TMP/s.out")" = "-" ] || fail "line $row: furniture in an article"
# Every source line once, in order, the same by path as by id.
lines=$(awk 'END { print NR }' "$PAGE")
grep -v '^#' "$TMP/s.out" | cut -f1 | uniq >"$TMP/nums"
[ "$(sed -n '$p' "$TMP/nums")" -ge "$lines" ] || fail "lines missing from --explain"
sort -n -c "$TMP/nums" || fail "--explain: lines not in source order"
[ "$(sort -u "$TMP/nums" | wc -l)" -eq "$(wc -l <"$TMP/nums")" ] ||
	fail "--explain: a line twice"
"$KANBAO" --dump --explain "$PAGE" | grep -v '^#' >"$TMP/p.out"
grep -v '^#' "$TMP/s.out" | cmp -s - "$TMP/p.out" || fail "--explain by path differs from by id"
# Each row's reading order and article: blank lines have none, and every
# article --list names has lines of its own.
awk -F '\t' '$4 == "blank" && ($2 != "-" || $3 != "-") { bad = 1 } END { exit bad }' \
    "$TMP/s.out" || fail "a blank line with an order or article"
n=$("$KANBAO" -a "$SAMPLE" --list songchuan-daily/2024-05-08/02 | grep -vc '	page	')
for k in $(seq 1 "$n"); do
	awk -F '\t' -v k="#$k" '$3 == k { f = 1 } END { exit !f }' "$TMP/s.out" ||
		fail "article #$k has no line in --explain"
done

# The model column (the learned classifier's label; shown, not used):
# "model: LABEL P" for every line read, "-" for blank lines.
model_column() {
	awk -F '\t' '/^#/ { next } $4 == "blank" && $6 != "-" { bad = 1 }
	    $4 != "blank" && $6 !~ /^model: [a-z-]+ [01]\.[0-9][0-9]$/ { bad = 1 }
	    END { exit bad }' "$1"
}
model_column "$TMP/s.out" || fail "sample page: a bad model column"

[ -d "$SHARED/corpus" ] || exit 0
# The seed page: the lines as county-paper_p1.expected.md gives them.
SEED="$SHARED/corpus/zh/county-paper_p1.txt"
"$KANBAO" --dump --explain "$SEED" >"$TMP/seed.out" || fail "--explain on the seed page"
cat "$TMP/seed.out"
expect() {	# LINE ARTICLE CLASS [WHY-WORD]
	got="$(field "$1" 3 "$TMP/seed.out") $(field "$1" 4 "$TMP/seed.out")"
	[ "$got" = "$2 $3" ] || fail "seed line $1: want '$2 $3', got '$got'"
	[ -z "${4:-}" ] || field "$1" 5 "$TMP/seed.out" | grep -q -- "$4" ||
		fail "seed line $1: the reason does not say $4"
}
byline=$(grep -n '^本报讯' "$SEED" | head -1 | cut -d: -f1)
expect "$byline" "#1" byline "本报讯"
expect 1 "#1" headline "headline:"
expect 2 "#1" subhead "subhead:"
expect 3 - blank
expect "$(grep -n '^农农信信' "$SEED" | cut -d: -f1)" "#4" ad "fake bold"
expect "$(grep -n '^摄影报道' "$SEED" | cut -d: -f1)" "#5" credit "credit"
expect "$(grep -n '下转二版' "$SEED" | cut -d: -f1)" "#6" jump "continued"
expect "$(grep -n '^砥砺奋进扬清风' "$SEED" | cut -d: -f1)" "#6" headline
expect "$(grep -n '^忠诚担当谱新篇' "$SEED" | cut -d: -f1)" "#6" deck
expect "$(grep -n '^忠诚践行' "$SEED" | cut -d: -f1)" "#6" section-head "section head"
# The model column; the body text inside the first story is body.
model_column "$TMP/seed.out" || fail "seed page: a bad model column"
[ "$(field 6 6 "$TMP/seed.out")" = "model: body $(field 6 6 "$TMP/seed.out" | sed 's/.* //')" ] ||
	fail "seed line 6: want the model's body, got '$(field 6 6 "$TMP/seed.out")'"
# A dev page's editor line.
DEV="$SHARED/corpus/dev-pages/qingxi-daily/2001-01-03/01.txt"
if [ -f "$DEV" ]; then
	"$KANBAO" --dump --explain "$DEV" >"$TMP/dev.out" || fail "--explain on $DEV"
	row=$(grep -n '责任编辑' "$DEV" | head -1 | cut -d: -f1)
	[ "$(field "$row" 4 "$TMP/dev.out")" = "furniture editor-line" ] ||
		fail "$DEV line $row: want furniture editor-line"
fi
exit 0
