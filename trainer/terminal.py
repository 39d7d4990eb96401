"""Text from decks, made safe to print: decks are shared files, and a title holding an
escape sequence (`ESC ] 2 ; … BEL` renames a tmux pane; others move the cursor, change
colours or worse) must not reach the terminal as it is.

Every command prints deck text through `printable`: control characters (C0 but tab and
newline, DEL, C1) and the bidirectional overrides that can disguise text are shown as
`\\x1b`, `\\u202e` escapes instead. `control_character` finds the first one, for
`trainer check` to refuse.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMES = {"\x1b": "ESC", "\x07": "BEL", "\r": "carriage return", "\x00": "NUL"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def printable(text: str) -> str:
    """`text` with every unsafe character shown as an escape (`\\x1b`), tab and newline kept."""
    return _UNSAFE.sub(_escape, text)


def control_character(text: str) -> str | None:
    """A name for the first unsafe character in `text` ('ESC', 'U+202E'), or None."""
    found = _UNSAFE.search(text)
    if found is None:
        return None
    char = found.group()
    return _NAMES.get(char, f"U+{ord(char):04X}")


def echo(text: str = "") -> None:
    """print() for text that may hold deck text; a reader that stops early (`| head`) is
    not an error."""
    import os
    import sys

    try:
        print(printable(text), flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
