#!/bin/sh
# tui_layers.sh: no tui/ files call each other in a circle.
#
# The graph is read from the reader's objects, not its sources: a file
# calls another when one of its undefined symbols is a function (nm type T)
# that the other defines.  Calls through the pane interface (struct
# pane_ops, whose tables are data: nm type R or D) are not direct calls and
# do not count; they are how the compositor reaches the panes from below.
# tsort finds the circles.  Print the graph with TUI_LAYERS_SHOW=1.
#
# And the bottom layer alone talks to curses: no object but screen.c's,
# input.c's (keys) and termwidth.c's uses a symbol of the curses library
# the reader is linked with.
. "$top_srcdir/tests/lib.sh"
make_tmpdir

objs=$(ls "$top_builddir"/tui/kanbao-*.o 2>/dev/null)
[ -n "$objs" ] || fail "no tui/kanbao-*.o in $top_builddir (build first)"
command -v nm >/dev/null 2>&1 || { echo "SKIP: nm not found"; exit 77; }

for o in $objs; do
	f=$(basename "$o" .o)
	f=${f#kanbao-}
	nm --defined-only -g "$o" | awk -v f="$f" '$2 == "T" { print $3, f }'
done | sort > "$TMP/defs"
[ -s "$TMP/defs" ] || fail "nm found no functions in the objects"
for o in $objs; do
	f=$(basename "$o" .o)
	f=${f#kanbao-}
	nm -u "$o" | awk -v f="$f" '{ print $2, f }'
done | sort > "$TMP/uses"
# caller callee, once per pair; a file calling itself is no circle.
join "$TMP/uses" "$TMP/defs" | awk '$2 != $3 { print $2, $3 }' | sort -u > "$TMP/edges"
[ -s "$TMP/edges" ] || fail "no calls between tui/ files found: the test reads nothing"
[ -z "${TUI_LAYERS_SHOW:-}" ] || cat "$TMP/edges"
if ! tsort "$TMP/edges" > /dev/null 2> "$TMP/loops"; then
	echo "tui/ files that call each other in a circle (caller callee):" >&2
	cat "$TMP/loops" >&2
	# Every edge on a circle: both ends reach each other.
	awk '{ e[$1, $2] = 1; n[$1] = n[$2] = 1 }
	    END {
		for (a in n) for (b in n) r[a, b] = e[a, b]
		for (k in n) for (a in n) if (r[a, k]) for (b in n)
			if (r[k, b]) r[a, b] = 1
		for (a in n) for (b in n)
			if (e[a, b] && r[b, a]) print "  " a " -> " b
	    }' "$TMP/edges" | sort >&2
	exit 1
fi

# The curses library's symbols, from the libraries the reader links.
: "${KANBAO:=$top_builddir/kanbao}"
libs=$(ldd "$KANBAO" 2>/dev/null | awk '/ncurses|tinfo/ { print $3 }')
[ -n "$libs" ] || fail "cannot find the curses library $KANBAO is linked with (ldd)"
for l in $libs; do
	nm -D --defined-only "$l" | awk '{ print $3 }'
done | sed 's/@.*//' | sort -u > "$TMP/curses"
[ -s "$TMP/curses" ] || fail "no symbols read from $libs"
bad=0
for o in $objs; do
	f=$(basename "$o" .o)
	f=${f#kanbao-}
	case $f in screen|input|termwidth) continue ;; esac
	used=$(nm -u "$o" | awk '{ print $2 }' | sort -u | comm -12 - "$TMP/curses" | tr '\n' ' ')
	if [ -n "$used" ]; then
		echo "tui/$f.c talks to curses (only screen.c, input.c and termwidth.c may): $used" >&2
		bad=1
	fi
done
[ $bad = 0 ] || exit 1
echo "ok: $(wc -l < "$TMP/edges") calls between tui/ files, no circle; curses only below"
