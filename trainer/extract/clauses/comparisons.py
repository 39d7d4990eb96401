"""A comparison the question makes without what it compares to: 'the One S, in comparison,
weighs _____ less', 'Mr. Obama's margins have been narrower in _____' (than what?). The
reader cannot tell which answer is meant. Used by the number and place kinds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.language.lexicon import wordset

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Comparatives that name a time or a sequence, not a comparison of two things.
NOT_COMPARED = wordset("later earlier further longer rather sooner")
# Words that give the comparison its other side.
COMPARED_TO = wordset("than compared versus vs previous prior earlier")


def compared_to_nothing(tokens: Sequence[Token], answer: Span) -> bool:
    """The answer is the measure or the place of a comparative ('less', 'narrower',
    'older') and the question says nothing of what it is compared to ('than', 'compared
    with', 'a year earlier')."""
    return any(_compares(t, answer) for t in tokens) and not any(
        t.lower_ in COMPARED_TO for t in tokens
    )


def _compares(token: Token, answer: Span) -> bool:
    if token.tag_ != "JJR" or token.lower_ in NOT_COMPARED or token.lower_ in ("more", "fewer"):
        return False
    root = answer.root
    if token.head.i == root.i or root.head.i == token.i:
        return True  # 'two pounds less', 'three years older'
    verb = root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return token.head.i == verb.i  # 'have been narrower in Nevada'
