"""Facts -> cards: one module per card kind, named as the kind, and the KINDS table.

Every question module offers `find(doc, article) -> list[Fact]` (the facts of one parsed
article, already phrased as questions) and `distractors(fact, pool) -> list[str]`
(wrong answers for one fact, best first, from the deck's other facts `pool`). KINDS says
which module serves which card kind: a new kind is one module here, one extractor in
trainer.extract, a member of trainer.model.CardKind and one line below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.model import Article, CardKind, Fact
from trainer.questions import (
    aircraft,
    date,
    headline,
    number,
    place,
    quote_cloze,
    rating,
    role,
    who_did,
    who_said,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

Finder = Callable[["Doc", Article], list[Fact]]
Distractors = Callable[[Fact, Sequence[Fact]], list[str]]


@dataclass(frozen=True)
class QuestionKind:
    """How one card kind is found and given wrong answers."""

    find: Finder  # may serve several kinds (aircraft and weapon): run once per article
    distractors: Distractors  # candidates, best first; options.offered filters them
    # Other kinds whose answers may stand as wrong ones (a role card names people too).
    pool_kinds: tuple[CardKind, ...] = ()
    # Drop candidates the evidence itself states, and the ones `also_true` names.
    unstated: bool = False
    also_true: Distractors | None = None


KINDS: dict[CardKind, QuestionKind] = {
    CardKind.HEADLINE: QuestionKind(
        headline.find,
        headline.distractors,
        (CardKind.NUMBER, CardKind.PLACE, CardKind.WHO_DID, CardKind.WHO_SAID, CardKind.ROLE),
        unstated=True,
        also_true=headline.also_true,
    ),
    CardKind.WHO_DID: QuestionKind(who_did.find, who_did.distractors, (CardKind.WHO_SAID,)),
    CardKind.WHO_SAID: QuestionKind(who_said.find, who_said.distractors, (CardKind.ROLE,)),
    CardKind.QUOTE_CLOZE: QuestionKind(quote_cloze.find, quote_cloze.distractors),
    CardKind.DATE: QuestionKind(
        date.find, date.distractors, unstated=True, also_true=date.also_true
    ),
    CardKind.AIRCRAFT: QuestionKind(aircraft.find, aircraft.distractors, unstated=True),
    CardKind.WEAPON: QuestionKind(aircraft.find, aircraft.distractors, unstated=True),
    CardKind.NUMBER: QuestionKind(number.find, number.distractors, unstated=True),
    CardKind.ROLE: QuestionKind(role.find, role.distractors, (CardKind.WHO_SAID,)),
    CardKind.PLACE: QuestionKind(
        place.find, place.distractors, unstated=True, also_true=place.also_true
    ),
    CardKind.RATING: QuestionKind(rating.find, rating.distractors),
}
