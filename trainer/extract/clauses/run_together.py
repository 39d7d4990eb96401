"""Text no question can be built of: a heading the page glued to the first sentence
('baseThe', 'CongressAs'), and a preposition whose object a cut dropped ('eligible to bid
for?'). Used by trainer.extract.clauses.standalone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.language.lexicon import wordset

if TYPE_CHECKING:
    from spacy.tokens import Token


# Words a sentence opens with: a heading run into the text ends in one ('CongressAs').
SENTENCE_OPENERS = wordset(
    """the a an as in on at this that these it its he she they we when while after before
    for but and if two three one our his her"""
)


def glued(word: str, text: str = "") -> bool:
    """'baseThe', 'CongressAs', 'WINSTwo': a heading run into the first sentence.

    A name written in one word is not: 'SpaceX', 'LiveU' (one capital letter at the end),
    'macOS', 'EdgeHTML' (capitals at the end), 'LCOEs' (a plural of initials), and
    'GiveWell', 'LinkedIn' or 'FiveThirtyEight' when the end is no word a sentence opens
    with or `text` (the article) writes the word again: a glued heading is there once."""
    if re.search(r"[A-Z]{3,}[A-Z][a-z]{2,}$", word):
        return True
    m = re.search(r"[a-z]{2}([A-Z][a-z]+)$", word)  # not 'iOS', 'eBay', 'SpaceX'
    if not m:
        return False
    if re.match(r"^[a-z]{3,}[A-Z]", word) is not None:
        return True  # 'baseThe', 'articleBody'
    return m.group(1).lower() in SENTENCE_OPENERS and text.count(word) < 2


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
