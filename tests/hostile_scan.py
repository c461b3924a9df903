#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""hostile_scan.py FILE...: fail when text from a hostile page could reach a
terminal as a control sequence.

Each file (one output of kanbao) must be valid UTF-8 and hold no C0 control
but tab and newline, no DEL, no C1 control (as a character or a raw byte),
no bidi embedding, override, isolate or mark, no line or paragraph
separator.  With --tty the files are raw terminal output, where ESC starts
the reader's own drawing: then only OSC (window title, clipboard,
hyperlinks), DCS, APC, PM and SOS are forbidden, with C1 and bidi
controls, and the page's marker words must not follow an ESC.
"""
import re
import sys

BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | \
    {0x200E, 0x200F, 0x061C, 0x2028, 0x2029}


def scan_text(name, data, tty):
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return ["%s: not UTF-8 at byte %d" % (name, e.start)]
    for i, ch in enumerate(text):
        c = ord(ch)
        bad = None
        if c in BIDI:
            bad = "bidi control"
        elif 0x80 <= c <= 0x9F:
            bad = "C1 control"
        elif not tty and (c < 0x20 and ch not in "\t\n" or c == 0x7F):
            bad = "C0 control or DEL"
        if bad:
            problems.append("%s: %s U+%04X at character %d: %r" %
                            (name, bad, c, i, text[max(0, i - 20):i + 20]))
    if tty:
        for m in re.finditer(r"\x1b[\]P_^X]", text):
            problems.append("%s: OSC/DCS/APC/PM/SOS at character %d: %r" %
                            (name, m.start(), text[m.start():m.start() + 40]))
        for word in ("pwned", "ZXZpbA==", "evil.invalid"):
            for m in re.finditer(re.escape(word), text):
                before = text[max(0, m.start() - 12):m.start()]
                if "\x1b]" in before or "\x07" in before:
                    problems.append("%s: %s sent as a sequence" % (name, word))
    return problems


def main(argv):
    tty = False
    if argv and argv[0] == "--tty":
        tty = True
        argv = argv[1:]
    problems = []
    for name in argv:
        with open(name, "rb") as f:
            problems += scan_text(name, f.read(), tty)
    for p in problems[:20]:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
