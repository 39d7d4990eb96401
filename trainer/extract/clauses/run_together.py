"""Text no question can be built of: a heading the page glued to the first sentence
('baseThe', 'CongressAs'), and a preposition whose object a cut dropped ('eligible to bid
for?'). Used by trainer.extract.clauses.standalone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def glued(word: str) -> bool:
    """'baseThe', 'CongressAs', 'WINSTwo': a heading run into the first sentence."""
    if re.search(r"[A-Z]{3,}[A-Z][a-z]+$", word):
        return True
    m = re.search(r"[a-z]{2}([A-Z][a-z]*|[A-Z]{2,})$", word)  # not 'iOS', 'eBay
    if not m:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    if re.fullmatch(r"[A-Z][a-z]+[A-Z]{2,3}", word):
        return False  # 'CircleCI', 'PowerBI': a name ending in its initials
    return (
        re.match(r"^[a-z]{3,}[A-Z]", word) is not None
        or m.group(1).lower() in STOP_WORDS
        or m.group(1).isupper()
    )


def stranded_preposition(tokens: Sequence[Token]) -> bool:
    """'How many companies were eligible to bid for?': a preposition the parser gave no
    object, whose words after it the question cut (they were its object, misread)."""
    kept = {t.i for t in tokens}
    return any(
        t.dep_ == "prep"
        and t.pos_ == "ADP"
        and not any(True for _ in t.children)
        and t.i + 1 < len(t.doc)
        and t.i + 1 not in kept
        and not t.doc[t.i + 1].is_punct
        for t in tokens
    )
