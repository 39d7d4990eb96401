"""What stands before the subject of a clause a wh-question is asked of: a time or place
phrase the question moves behind its verb ('In June, X did Y' -> 'When did X do Y in
June?'), a lone adverb or a subordinate clause it drops ('Separately, ...'), or anything
else, of which no wh-question is made ('Separately from the deal, ...')."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, a_condition

if TYPE_CHECKING:
    from spacy.tokens import Token

# Fronted phrases a wh-question moves behind its verb ('In June, X did Y' -> 'When did X do Y
# in June?') and fronted words it drops ('Separately, ...').
MOVABLE_FRONT = frozenset(("prep", "npadvmod", "tmod"))
DROPPABLE_FRONT = frozenset(("advmod", "advcl"))


def fronted(
    tokens: Sequence[Token], verb: Token, subject_start: int, remove_ids: set[int]
) -> set[int] | None:
    """What comes before the subject of a wh-question's clause: the answer phrase and
    punctuation (dropped with it), a time or place phrase of the verb (returned: it moves
    behind the verb), a lone adverb or a subordinate clause (dropped); None if anything else."""
    moved: set[int] = set()
    i = 0
    while i < len(tokens) and tokens[i].i < subject_start:
        token = tokens[i]
        if token.i in remove_ids or (token.is_punct and token.text not in QUOTE_CHARS):
            i += 1
            continue
        phrase = token
        while phrase.head.i != verb.i and phrase.head.i != phrase.i:
            phrase = phrase.head
        if phrase.head.i != verb.i:
            return None
        sub = {t.i for t in phrase.subtree}
        if max(sub) >= subject_start or sub & remove_ids:
            return None
        if phrase.dep_ in MOVABLE_FRONT:
            moved |= sub
        elif not (phrase.dep_ in DROPPABLE_FRONT and (phrase.dep_ == "advcl" or len(sub) == 1)):
            return None
        elif phrase.dep_ == "advcl" and a_condition(phrase):
            return None  # 'If the company fails, it owes the government as much as $2.2
            # billion' (sample Q168, WRONG as 'How much does Dish owe ...?')
        elif len(sub) == 1 and _opens_a_phrase(phrase, verb):
            return None  # 'Separately from the deal, ...': the adverb goes with its phrase
        i += 1
        while i < len(tokens) and tokens[i].i in sub:
            i += 1
    return moved


def _opens_a_phrase(adverb: Token, verb: Token) -> bool:
    """'Separately from ...', 'Apart from ...', 'Together with ...': an adverb right before a
    phrase of the same verb is read with it."""
    doc = adverb.doc
    after = doc[adverb.i + 1] if adverb.i + 1 < len(doc) else None
    return (
        adverb.dep_ == "advmod"
        and after is not None
        and after.dep_ == "prep"
        and after.head.i == verb.i
    )
