"""A move of a market, a price or a figure asked without its day.

'The Dow Jones Industrial Average rose _____ points', 'Where did crude fall toward $50 a
barrel?': a market moves every day, and a card that does not say which day has many
answers. When the question holds no date, such a card is a passing detail (kept by
--all-cards); 'rose 220 points on Tuesday' is dated and kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from trainer.extract.clauses.present import clause_verb
from trainer.language.numbers import CHANGE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of change a figure undergoes; the others ('cut', 'raise') are things done to it.
MOVE_VERBS = CHANGE_VERBS - {"cut", "reduce", "raise", "boost", "lower", "expand", "shrink"}


def undated_move(token: Token, question: Iterable[Token]) -> bool:
    """Does `token` (a blank's word) tell how far or where something moved, in a question
    that names no date?"""
    verb = clause_verb(token)
    if verb is None or verb.lemma_.lower() not in MOVE_VERBS:
        return False
    return not any(
        t.ent_type_ == "DATE"
        and t.pos_ != "ADJ"  # 'its biggest daily fall': how often, not which day (sample Q53)
        and t.i != token.i
        and not _since(t)
        for t in question
    )


def _since(token: Token) -> bool:
    """'the most since June 23': a date the move is measured from, not its day."""
    return any(a.lower_ in ("since", "from") and a.dep_ == "prep" for a in token.ancestors)
