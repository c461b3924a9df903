#!/bin/sh
# SPDX-License-Identifier: ISC
# tui_linear.sh: --linear, the reader for screen readers and braille
# displays, read from the terminal stream (what kanbao writes, captured by
# tmux from the first byte).  One pane at a time; the terminal's cursor on
# the line being read (the selected row of a list, the top line of the
# body); status messages as a line of plain text; no decoration (no
# line-drawing characters, no reverse video or colours, no kind marks).
# An article is found in the list, opened and read to its end, and every
# line of it is in the stream, whole and in reading order.  linear = yes
# in the config does the same as --linear.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"
[ -n "$PYTHON3" ] || { echo "SKIP: python3 not found"; exit 77; }
ID=songchuan-daily/2024-04-03/01/1
COLS=80 ROWS=16

# Start with the stream captured before the reader writes a byte.
cat > "$TMP/run.sh" <<EOS
export LC_ALL=C.UTF-8 TERM=screen-256color HOME="$HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" XDG_DATA_HOME="$XDG_DATA_HOME" XDG_CACHE_HOME="$XDG_CACHE_HOME"
echo \$\$ > "$TMP/pid"
while [ ! -e "$TMP/go" ]; do sleep 0.02; done
exec "$KANBAO" --linear "$SAMPLE/songchuan-daily/2024-04-03" 2> "$TMP/stderr"
EOS
tmx new-session -d -s keep -x 80 -y 24 "exec sleep 3600" || fail "tmux"
tmx new-session -d -s t -x $COLS -y $ROWS "sh '$TMP/run.sh'" || fail "tmux new-session"
tmx set-option -t t remain-on-exit on >/dev/null
tui_wait_file "$TMP/pid"
tmx pipe-pane -O -t t "cat > '$TMP/stream'" || fail "tmux pipe-pane"
: > "$TMP/go"
tui_wait "Article 1, page 1"
[ "$(tmx display -p -t t '#{cursor_flag}')" = 1 ] || fail "the cursor is hidden"

# cursor_row: the screen's line where the terminal's cursor is.
cursor_row() {
	y=$(tmx display -p -t t '#{cursor_y}')
	tui_screen | sed -n "$((y + 1))p"
}

# Found: the articles list, alone on the screen, with the cursor on the
# selected article's row, which has no marks before the title.
tui_keys A
tui_wait_gone "Article 1, page 1"
tui_wait "Articles: 松川日报 2024-04-03"
grep -q "Page 01" "$TMP/screen" || fail "the articles list is not shown alone"
cursor_row | grep -q '^ 全县二十万亩早稻育秧全面铺开' ||
    { cursor_row; fail "the cursor is not on the selected article (no mark before it)"; }
tui_keys j
tui_wait_status "article 2/"
cursor_row | grep -q '4月1日，石门乡茶农' || { cursor_row; fail "the cursor did not follow the selection"; }
tui_keys k
tui_wait_status "article 1/"
# Opened: the body alone, the cursor on its top line.
tui_keys Enter
tui_wait "Article 1, page 1"
grep -q "Articles:" "$TMP/screen" && fail "the body is not shown alone"
[ "$(tmx display -p -t t '#{cursor_y}')" = 1 ] || fail "the cursor is not on the body's first line"
# Read to the end, a page at a time.
n=0
while ! tui_status | grep -q -E '  (Bot|All)  '; do
	was=$(tui_status)
	tui_keys Space
	n=$((n + 1))
	[ $n -le 10 ] || fail "Space never reached the end of the article"
	tui_wait_gone "$was"
done
# A status message is a line of plain text.
tui_keys g p
tui_wait_status "This is the issue's first article"
tui_status | grep -q "^This is the issue's first article *$" ||
    { tui_status; fail "the message is not the status line's only text"; }
tui_keys q
tui_wait_exit 3

"$KANBAO" --dump --width $((COLS - 2)) -a "$SAMPLE" "$ID" > "$TMP/dump" || fail "--dump"
"$PYTHON3" - "$TMP/stream" "$TMP/dump" <<'EOF_PY' || exit 1
import re, sys
raw = open(sys.argv[1], 'rb').read()
if b'\x0e' in raw or '─│┌'.encode() in raw:
    sys.exit('FAIL: the stream has line-drawing characters')
for params in re.findall(rb'\x1b\[([0-9;]*)m', raw):
    for p in params.split(b';'):
        if p == b'7' or re.match(rb'^(3|4|9|10)[0-9]$', p):
            sys.exit('FAIL: the stream has reverse video or colours (%r)' % params)
# The text as written after the articles list was last drawn (the article
# was open at start too), in order: control sequences out, then what a
# terminal would show of each write (spaces aside: curses may move over
# blanks instead of writing them).
start = raw.rfind('Articles: 松川日报'.encode())
if start < 0:
    sys.exit('FAIL: the articles list is not in the stream')
text = re.sub(rb'\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>78DEHMNOZc])',
              b'', raw[start:])
text = re.sub(rb'[\x00-\x1f ]', b'', text).decode('utf-8', 'replace').replace('\u3000', '')
at = 0
dump = open(sys.argv[2], encoding='utf-8').read().split('\n')
first = next(i for i, l in enumerate(dump) if re.match(r'^\[[a-z]+\]$', l))
lines = [l for l in dump[first:] if l and not re.match(r'^\[[a-z]+\]$', l)]
if len(lines) < 15:
    sys.exit('FAIL: the article is too short to test reading in order')
for l in lines:
    key = l.replace(' ', '').replace('\u3000', '')
    i = text.find(key, at)
    if i < 0:
        sys.exit('FAIL: not in the stream whole, or not in order: %s' % l)
    at = i + len(key)
EOF_PY

# linear = yes in the config does the same: one pane, the cursor shown
# and on the selected row.
echo "linear = yes" > "$XDG_CONFIG_HOME/kanbao/config"
tui_start $COLS $ROWS "$SAMPLE/songchuan-daily/2024-04-03"
tui_wait "Article 1, page 1"
[ "$(tmx display -p -t t '#{cursor_flag}')" = 1 ] || fail "linear = yes: the cursor is hidden"
tui_keys A
tui_wait_gone "Article 1, page 1"
tui_wait "Articles: 松川日报 2024-04-03"
cursor_row | grep -q '^ 全县二十万亩早稻育秧全面铺开' ||
    { cursor_row; fail "linear = yes: the cursor is not on the selected article"; }
tui_keys q
tui_wait_exit 3
exit 0
