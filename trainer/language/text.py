"""Text as the generators compare it: one normaliser for keys, answers and distractors,
and the small measures (words, paragraphs) the extractors share."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORDS = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 16)  # the same names and answers are compared again and again
def normalise(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: the stuff keys are made of.

    Case-, accent- and punctuation-insensitive: "Côte d'Ivoire!" -> "cote d ivoire"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(_WORDS.findall(text.lower()))


def fold(text: str) -> str:
    """Lower case without accents: 'Ésta' -> 'esta' (keeps non-Latin letters)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: runs of lines without a blank line between."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text)]


def word_count(text: str) -> int:
    return len(re.findall(r"[\w&'’-]+", text))


def mentions(haystack: str, needle: str) -> bool:
    """Word-bounded, case-insensitive containment."""
    if not needle.strip():
        return False
    return re.search(rf"(?<!\w){re.escape(needle.lower())}(?!\w)", haystack.lower()) is not None
