"""Characters a page lost to a wrong decoding, put back where their place tells what they
were.

A page written in Windows-1252 and once read as UTF-8 was saved with U+FFFD (the
replacement character) for each byte above 127: its no-break spaces, dashes and curly
quotes ("WASHINGTON\ufffd\ufffd\ufffdThe\ufffdslim chances", "haven\ufffdt",
"\ufffdWe\ufffdre really at a stalemate,\ufffd she said"). The bytes are gone, so no
decoding brings them back; but a replacement character right after a sentence's end can
only have been punctuation or a space, and when a page has several such, its others are
read by their place: between words a space, before "t"/"s"/"re" an apostrophe, opening a
word a quotation mark, between spaces a dash. A page whose replacement characters stand
for letters ("S\ufffdnchez") shows none after a sentence's end and is left alone (its
sentences make no card: trainer.pipeline.LOST_CHARACTER).
"""

from __future__ import annotations

import re

LOST = "\ufffd"
# A run of lost characters right after a sentence's or clause's end ("Court.\ufffd",
# "time,\ufffd he"): this many on a page show that its lost characters were spaces and
# punctuation.
MIN_AFTER_PUNCTUATION = 2
AFTER_PUNCTUATION = re.compile(rf"[.,;:!?]{LOST}")
RUN = re.compile(rf"{LOST}+")
# The ends of English contractions and possessives: "haven't", "it's", "we're".
CONTRACTION = re.compile(r"(?:t|s|re|ll|ve|d|m)\b", re.IGNORECASE)


def restore_lost_characters(text: str) -> str:
    """`text` (paragraphs one a line) with its lost characters put back, when the page
    shows they were spaces and punctuation; else unchanged."""
    if len(AFTER_PUNCTUATION.findall(text)) < MIN_AFTER_PUNCTUATION:
        return text
    return "\n".join(_restore_line(line) for line in text.split("\n"))


def _restore_line(line: str) -> str:
    out: list[str] = []
    position = 0
    for run in RUN.finditer(line):
        out.append(line[position : run.start()])
        before = "".join(out)
        after = line[run.end() :]
        count = len(run.group())
        if count >= 3 and before[-1:].isalnum() and after[:1].isalnum():
            out.append(" — ")  # no-break space, dash, no-break space
        else:
            if count >= 2:
                out.append(" ")  # a no-break space before the character
                before += " "
            out.append(_one(before, after))
        position = run.end()
    out.append(line[position:])
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def _one(before: str, after: str) -> str:
    left, right = before[-1:], after[:1]
    open_quote = before.count("“") > before.count("”")
    if left.isalpha() and CONTRACTION.match(after):
        return "’"
    if not right:
        return "”" if open_quote else ""
    if (not left or left.isspace()) and right.isspace():
        return "—"
    if not left or left.isspace():
        return "“" if right.isalnum() or right == "$" else ""
    if right.isspace():
        return "”" if open_quote else ""
    return " "
