#!/bin/sh
# Hang-up, SIGTERM and a terminal that goes away: the reader saves the
# reading position and exits within a second or two, and the next start
# opens the same article at the same place.
. "${top_srcdir:-.}/tests/lib.sh"
. "$top_srcdir/tests/tui_lib.sh"

POS="$XDG_DATA_HOME/kanbao/positions"
ID="songchuan-daily/2024-04-03/01/2"

tui_start 40 12
tui_wait "Article 1, page 1"
tui_keys : 2024-04-03 Enter
tui_wait "Articles: 松川日报 2024-04-03"
tui_keys n 3 j
tui_wait "Article 2, page 1"
tui_wait_gone "Top"
before=$(tui_screen | sed -n '6,8p')

# Closing the session hangs up the terminal (SIGHUP).
tmx kill-session -t t
tui_wait_exit 2
[ -f "$POS" ] || fail "no positions file after a hang-up"
grep -q "^last	$ID	" "$POS" || { cat "$POS"; fail "last article not saved"; }
grep -q "^pos	$ID	[0-9]*	[0-9]*	" "$POS" || fail "position not saved"
ls "$XDG_DATA_HOME/kanbao" | grep -q tmp && fail "a temporary file was left"

# The next start is where we were.
tui_start 40 12
tui_wait "Article 2, page 1"
n=0
until [ "$(tui_screen | sed -n '6,8p')" = "$before" ]; do
	n=$((n + 1))
	[ $n -le 100 ] || { tui_screen >&2; fail "position not restored"; }
	sleep 0.05
done

# SIGTERM: saved and gone too, after moving on.
tui_keys n
tui_wait "Article 3, page 1"
kill -TERM "$(cat "$TMP/pid")"
tui_wait_exit 2
grep -q "^last	songchuan-daily/2024-04-03/01/3	" "$POS" || fail "SIGTERM: not saved"

# Under nohup (SIGHUP ignored) a vanished terminal reads as EOF/EIO: the
# reader must notice and exit, not spin.
"$PYTHON3" - "$KANBAO" "$SAMPLE" <<'EOP' || fail "no exit after the terminal went away"
import os, pty, signal, sys, time
pid, fd = pty.fork()
if pid == 0:
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    os.environ["TERM"] = "xterm-256color"
    os.execv(sys.argv[1], [sys.argv[1], sys.argv[2]])
out, t0 = b"", time.time()
while b"Issues" not in out and b"Article" not in out and time.time() - t0 < 10:
    try:
        out += os.read(fd, 65536)
    except OSError:
        break
os.close(fd)
t0 = time.time()
while time.time() - t0 < 2:
    p, status = os.waitpid(pid, os.WNOHANG)
    if p == pid:
        sys.exit(0)
    time.sleep(0.05)
os.kill(pid, signal.SIGKILL)
sys.exit(1)
EOP

# A crash (SIGABRT here) puts the terminal back before dying of the signal:
# out of the alternate screen.  (The cursor is shown again too, but tmux may
# drop the last bytes a dying pane wrote, so that is not asserted.)
tui_start 80 24
tui_wait "Article"
[ "$(tmx display -p -t t '#{alternate_on}')" = 1 ] || fail "no alternate screen"
kill -ABRT "$(cat "$TMP/pid")"
tui_wait_exit 2
n=0
until [ "$(tmx display -p -t t '#{alternate_on}')" = 0 ]; do
	n=$((n + 1))
	[ $n -le 100 ] || fail "crash: still in the alternate screen"
	sleep 0.05
done
exit 0
