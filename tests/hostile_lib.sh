# SPDX-License-Identifier: ISC
# tests/hostile_lib.sh: a hostile archive for the tests that check no text
# from a file reaches the terminal as a control sequence.  Sourced after
# lib.sh and make_tmpdir; sets A (the archive) and writes the bookmarks file
# under $XDG_DATA_HOME, which the caller points into $TMP.
#
# The page carries ESC, CSI, OSC (window title, clipboard, hyperlink), C1
# controls as UTF-8 and as raw Latin-1 bytes, bidi overrides and isolates,
# backspaces and DEL in every part of an article; a publication name, a
# directory name, a notes file and the bookmarks file carry them too.  The
# marker words (pwned, ZXZpbA==, evil.invalid) must never follow an ESC or
# BEL in what reaches the terminal (hostile_scan.py).
A="$TMP/arch"
ESC=$(printf '\033')
# What a hostile page might carry: title, clipboard, hyperlink, screen
# clear, C1 CSI and OSC as UTF-8, right-to-left override, an isolate,
# backspaces over text, DEL.
OSC_T="${ESC}]0;pwned${ESC}\\"
OSC_C=$(printf '\033]52;c;ZXZpbA==\a')
OSC_H=$(printf '\033]8;;http://evil.invalid/\033\\\\link\033]8;;\033\\\\')
CSI=$(printf '\033[2J\033[31m')
C1=$(printf '\302\233' ; printf '31m\302\235')
BIDI=$(printf '\342\200\256txet\342\200\254 \342\201\246iso\342\201\251')
BS=$(printf 'abc\010\010\010XYZ\177')
mkdir -p "$A/evil/2024-01-02" "$A/legacy/2024-01-02" \
	"$A/tricky${ESC}]0;pwned$(printf '\a')/2024-01-03"
printf 'name = Evil%s Daily%s\nlang = zh\nbogus%s = 1\n' "$OSC_T" "$C1" "$OSC_T" \
	>"$A/evil/publication.conf"
{
	printf '松川日报%s\n2024年1月2日 星期二\n第1版 要闻\n\n' "$OSC_T"
	printf '抗旱保苗%s见成效\n' "$CSI"
	printf '本报讯（记者 林晓%s）\n' "$OSC_C"
	printf '今年以来，全县%s集中育秧面积达到三万亩，%s比上年增\n' "$C1" "$BIDI"
	printf '加两成。%s“我们的秧苗长得好。”%s\n\n' "$BS" "$OSC_H"
	printf '“下一步，我们将%s继续加大投入。”\n（下转二版%s）\n\n' "$OSC_T" "$CSI"
	printf 'Flood gates%s reopen at noon\nBy ANNA %sLEE\n' "$CSI" "$OSC_C"
	printf 'HARBORTON (AP) %s— The gates %s were opened %s at noon and\n' \
	    "$BIDI" "$C1" "$BS"
	printf 'the river%s fell by a foot before dusk.\n' "$OSC_H"
	printf '图为秧苗。%s 林晓 摄\n' "$OSC_T"
} >"$A/evil/2024-01-02/01.txt"
# C1 controls as raw bytes in a legacy charset, and the same bytes where
# the charset is guessed.
printf 'charset = ISO-8859-1\nlang = en\n' >"$A/legacy/publication.conf"
printf 'Caf\351 news\233\061m\235\nBy JO\233\062J WEST\n\nThe caf\351 opened\237 at\nnoon\033[0m today.\n' \
	>"$A/legacy/2024-01-02/01.txt"
printf 'A page\033]0;pwned\a in a tricky directory\n' \
	>"$A/tricky${ESC}]0;pwned$(printf '\a')/2024-01-03/01.txt"
# Proofreading notes and bookmarks are files too.
printf 'kanbao-notes 1\n5:1-5:3\tnote%s%s%s\n' "$OSC_T" "$C1" "$BIDI" \
	>"$A/evil/2024-01-02/01.txt.notes"
mkdir -p "$XDG_DATA_HOME/kanbao"
T=2024-05-06T07:30:00.250Z
printf 'kanbao-bookmarks 1\n1-00000001\t%s\t%s\tlive\ta\tevil/2024-01-02/01/1\t0:0\tHead%s\tsnip%s\tnote%s\\t%s\t%s\n1-00000002\t%s\t%s\tlive\t\tevil%s/2024-01-02/01/9\t0:0\tgone%s\tx\t\t%s%s\n' \
	$T $T "$OSC_T" "$C1" "$BIDI" "$BS" "$A" $T $T "$CSI" "$OSC_C" "$A" "$OSC_H" \
	>"$XDG_DATA_HOME/kanbao/bookmarks"

