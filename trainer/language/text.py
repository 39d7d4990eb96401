"""Text as the generators compare it: one normaliser for keys, answers and distractors,
and the small measures (words, paragraphs) the extractors share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
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


# A site's name is this many words or fewer ('The Boston Globe').
SITE_NAME_WORDS = 3


def names_the_host(name: str, host: str) -> bool:
    """'Bloomberg' on bloomberg.com, 'The Gazette' on gazette.example: a name the site's
    address spells."""
    words = name.split()
    if not host or not words or len(words) > SITE_NAME_WORDS:
        return False
    letters = re.sub(r"[^a-z0-9]", "", normalise(re.sub(r"^the\s+", "", name, flags=re.I)))
    return len(letters) >= 3 and letters in re.sub(r"[^a-z0-9]", "", host)


def word_count(text: str) -> int:
    return len(re.findall(r"[\w&'’-]+", text))


def mentions(haystack: str, needle: str) -> bool:
    """Word-bounded, case-insensitive containment."""
    if not needle.strip():
        return False
    return has_word(haystack.lower(), needle.lower())


def has_word(haystack: str, needle: str, joiners: str = "") -> bool:
    r"""Is `needle` in `haystack` with no word character (nor one of `joiners`) just before
    or after it: `(?<![\w-])needle(?![\w-])` for joiners "-", without compiling a pattern
    per needle (generation asks this of thousands of names)."""
    if not needle:
        return False
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        if not (at and _joins(haystack[at - 1], joiners)) and not (
            end < len(haystack) and _joins(haystack[end], joiners)
        ):
            return True
        at = haystack.find(needle, at + 1)
    return False


def _joins(char: str, joiners: str) -> bool:
    return char.isalnum() or char == "_" or char in joiners


# Words frequent in any English text and rare in other languages' ("a", "in", "no", "do" are
# words of Italian, Portuguese or Spanish too): about a third of English news, a few
# hundredths of a page in another language.
ENGLISH_MARKERS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "was",
        "for",
        "that",
        "with",
        "on",
        "at",
        "by",
        "it",
        "from",
        "he",
        "she",
        "they",
        "has",
        "have",
        "are",
        "were",
        "be",
        "this",
        "which",
        "said",
        "but",
        "not",
        "his",
        "her",
        "their",
        "will",
        "an",
    ]
)
ENGLISH_SHARE = 0.06  # fewer marker words than this share: not English prose (nor a table)
SAMPLE_WORDS = 2000


def looks_english(text: str) -> bool:
    """Is the text English? (Too short to tell counts as yes.) The generators read English."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:SAMPLE_WORDS]
    if len(words) < 30:
        return True
    return sum(w in ENGLISH_MARKERS for w in words) >= ENGLISH_SHARE * len(words)


MIN_MASKED = 3  # a shorter form ('5', 'UN') is masked nowhere: it would hit any word


def masked(text: str, forms: Iterable[str]) -> str:
    """The text with every whole-word occurrence of the forms (longest first) written '…':
    a title that would give an answer away ('… drops Assange rape investigation')."""
    for form in sorted(set(forms), key=len, reverse=True):
        if len(form) >= MIN_MASKED:
            pattern = rf"(?<!\w){re.escape(form)}(?!\w)"
            text = re.sub(pattern, "…", text, flags=re.IGNORECASE)
    return text
