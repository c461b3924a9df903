#!/bin/sh
# SPDX-License-Identifier: ISC
# Bookmarks from a hostile path or page (ESC sequences, C1 controls, bidi
# overrides in the archive path, headline and note) are written escaped
# (\xHH, \uHHHH: kanbao(1), FILES), so cat of the file sends the terminal
# none of them, and they read back byte for byte.
. "$top_srcdir/tests/lib.sh"
make_tmpdir
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 not found"; exit 77; }
HOME="$TMP/home"
XDG_DATA_HOME="$TMP/data"
export HOME XDG_DATA_HOME
F="$XDG_DATA_HOME/kanbao/bookmarks"
T=2024-03-01T08:00:00.000Z

# A file as an older kanbao wrote it: the bytes raw.
"$PYTHON3" - "$TMP/raw" "$T" <<'EOP'
import sys
path, t = sys.argv[1], sys.argv[2]
esc, csi, rlo, lri, pdi = "\x1b", "\u009b", "\u202e", "\u2066", "\u2069"
fields = ["1-00000001", t, t, "live", "",
    "daily/2024-03-01/01/1", "0:0",
    esc + "]0;pwned" + "\x07" + "Headline " + rlo + "txt.exe",
    "snippet " + csi + "2J",
    "note " + esc + "[31mred" + esc + "[m " + lri + "iso" + pdi,
    "/srv/" + esc + "[2Jarchive"]
with open(path, "w", encoding="utf-8") as f:
    f.write("kanbao-bookmarks 1\n" + "\t".join(fields) + "\n")
EOP

hostile() {	# hostile FILE: whether FILE holds ESC, C1 or bidi controls
	LC_ALL=C grep -q "$(printf '\033')\|$(printf '\302\233')\|$(printf '\342\200\256')\|$(printf '\342\201\246')" "$1"
}
hostile "$TMP/raw" || fail "the test file is not hostile"

"$KANBAO" --import-bookmarks "$TMP/raw" >"$TMP/out" 2>"$TMP/err" ||
    { cat "$TMP/err"; fail "--import-bookmarks failed"; }
hostile "$F" && { cat -v "$F"; fail "raw control characters in the bookmarks file"; }
grep -qF '\x1B]0;pwned\x07Headline \u202Etxt.exe' "$F" || { cat "$F"; fail "headline not escaped as documented"; }
grep -qF '/srv/\x1B[2Jarchive' "$F" || fail "archive path not escaped"
"$KANBAO" --export-bookmarks "$TMP/export" 2>"$TMP/err" || fail "--export-bookmarks failed"
hostile "$TMP/export" && fail "raw control characters in the export"
"$KANBAO" --bookmarks >"$TMP/list" 2>&1
hostile "$TMP/list" && fail "raw control characters in --bookmarks"

# Read back byte for byte: a fresh store importing the export exports the
# same file, and the texts are the raw file's.
XDG_DATA_HOME="$TMP/data2" "$KANBAO" --import-bookmarks "$TMP/export" ||
    fail "import of the export failed"
XDG_DATA_HOME="$TMP/data2" "$KANBAO" --export-bookmarks "$TMP/export2" ||
    fail "second export failed"
cmp "$TMP/export" "$TMP/export2" || fail "not lossless"
"$PYTHON3" - "$TMP/raw" "$TMP/export" <<'EOP' || fail "escaped fields do not read back as the raw ones"
import re, sys
def fields(path, unescape):
    line = [l for l in open(path, encoding="utf-8", errors="surrogateescape")
            if l.startswith("1-")][0].rstrip("\n")
    out = line.split("\t")
    if unescape:
        def u(m):
            s = m.group(0)
            if s[1] in "\\tnr": return {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[s[1]]
            return chr(int(s[2:], 16))
        out = [re.sub(r"\\(?:x[0-9A-F]{2}|u[0-9A-F]{4}|U[0-9A-F]{8}|[\\tnr])", u, f) for f in out]
    return out
raw, back = fields(sys.argv[1], False), fields(sys.argv[2], True)
for i in (7, 8, 9, 10):
    if raw[i] != back[i]:
        print("field", i, repr(raw[i]), repr(back[i]))
        sys.exit(1)
EOP
exit 0
