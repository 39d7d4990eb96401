"""Helpers every generator shares: evidence text, person names, normalised keys.

Functions over a spaCy Doc that return plain strings, never tokens, so facts
carry no spaCy objects.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def normalise(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: the stuff keys are made of."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def evidence(doc: Doc, start_char: int, end_char: int) -> str:
    """The full sentence(s) covering [start_char, end_char), verbatim from the text."""
    start, end = start_char, end_char
    for sent in doc.sents:
        if sent.end_char <= start_char:
            continue
        if sent.start_char >= end_char:
            break
        start = min(start, sent.start_char)
        end = max(end, sent.end_char)
    return doc.text[start:end].strip()


def sentence_text(sent: Span) -> str:
    return sent.doc.text[sent.start_char : sent.end_char].strip()
