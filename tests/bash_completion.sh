#!/bin/sh
# SPDX-License-Identifier: ISC
# bash_completion.sh: completion/kanbao.bash completes options, their
# arguments and the archive's ids, and make install puts it where
# bash-completion looks ($(datadir)/bash-completion/completions/kanbao).
. "$top_srcdir/tests/lib.sh"
command -v bash >/dev/null 2>&1 || { echo "SKIP: no bash"; exit 77; }
make_tmpdir
mkdir -p "$TMP/bin"
ln -s "$KANBAO" "$TMP/bin/kanbao"

# complete WORD...: the completions of the last word (the function alone,
# without bash-completion's helpers, as on a minimal system).
complete_words() {
	PATH="$TMP/bin:$PATH" bash -c '
		. "$1/completion/kanbao.bash"
		shift
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		_kanbao
		printf "%s\n" "${COMPREPLY[@]}"' sh "$top_srcdir" "$@"
}
complete_words kanbao --du | grep -qx -- '--dump' || fail "--du does not complete to --dump"
complete_words kanbao --ut | grep -qx -- '--utf8' || fail "--ut does not complete to --utf8"
complete_words kanbao --export '' | grep -qx jsonl || fail "--export does not offer jsonl"
complete_words kanbao --archive "$SAMPLE" --list song > "$TMP/ids"
grep -qx songchuan-daily "$TMP/ids" || fail "publication ids not offered"
grep -qx songchuan-daily/2024-04-03 "$TMP/ids" || fail "issue ids not offered"
complete_words kanbao -a "$SAMPLE" --dump songchuan-daily/2024-04-03/01/ > "$TMP/ids"
grep -qx songchuan-daily/2024-04-03/01/1 "$TMP/ids" || fail "article ids not offered"
# Every option --help lists is offered.
"$KANBAO" --help | grep -o -- '--[a-z0-9-]*' | sort -u > "$TMP/help"
complete_words kanbao -- | sed 's/=$//' | sort -u > "$TMP/offered"
missing=$(comm -23 "$TMP/help" "$TMP/offered")
[ -z "$missing" ] || fail "options --help lists but completion does not offer: $missing"

# Installed where bash-completion finds it.
if [ -f "$top_builddir/Makefile" ]; then
	${MAKE:-make} -s -C "$top_builddir" install-bashcompletionDATA DESTDIR="$TMP/inst" \
	    >"$TMP/make" 2>&1 || { cat "$TMP/make"; fail "installing the completion"; }
	find "$TMP/inst" -path '*/bash-completion/completions/kanbao' | grep -q . ||
	    { find "$TMP/inst"; fail "completion not installed as bash-completion/completions/kanbao"; }
fi
exit 0
