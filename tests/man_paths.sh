#!/bin/sh
# SPDX-License-Identifier: ISC
# man_paths.sh: the man pages name the paths this build reads.  The system
# config that kanbao.conf(5) and kanbao(1) name is the one compiled into
# kanbao, so a kiosk set up by the man page works (a packaged build says
# /etc/kanbao/kanbao.conf, not /usr/local/etc/...); nothing is left
# unsubstituted.
. "$top_srcdir/tests/lib.sh"
M="$top_builddir/man"
for page in kanbao.1 kanbao.conf.5 kanbao-keys.5; do
	[ -f "$M/$page" ] || fail "$M/$page not built"
	grep -n '@[A-Z]*@' "$M/$page" && fail "$page: a path was not substituted"
done
conf=$(sed -n '/^\.Sh SYNOPSIS/,/^\.Sh/s/^\.Pa \(.*kanbao\.conf\)$/\1/p' "$M/kanbao.conf.5")
case $conf in
/*/kanbao/kanbao.conf) ;;
*) fail "kanbao.conf(5) names no system config: '$conf'" ;;
esac
grep -q "^\.It Pa $conf\$" "$M/kanbao.1" || fail "kanbao(1) names another system config than $conf"
grep -q "^# $conf\$" "$M/kanbao.conf.5" || fail "the kiosk example names another file than $conf"
# The binary that is installed reads that very file.
grep -a -q -F "$conf" "$KANBAO" || fail "kanbao does not read $conf, the man page's file"
# The sample archive and keymaps the pages name are the installed ones.
data=$(sed -n 's/^\.It Pa \(.*\)\/sample-archive$/\1/p' "$M/kanbao.1")
[ -n "$data" ] || fail "kanbao(1) names no sample archive"
grep -q "^\.It Pa $data/keymaps/vi.keys\$" "$M/kanbao-keys.5" || fail "kanbao-keys(5) names other keymaps"
grep -a -q -F "$data/sample-archive" "$KANBAO" || fail "kanbao's sample archive is not $data/sample-archive"
exit 0
