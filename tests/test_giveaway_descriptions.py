"""A blank followed by the one description that fits it gives its name away (issue 10):
"Airbus' iconic _____, the world's largest airliner" -> A380."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article, CardKind
from trainer.pipeline import facts_of

pytestmark = pytest.mark.slow


def _blanks(nlp, text: str, kind: CardKind) -> list[str]:
    article = Article(id="t", text=text, published=date(2019, 11, 20))
    return [f.question for _, f in facts_of(article, nlp).facts if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "asked"),
    [
        (
            "Acme Air is the number one buyer of Airbus' iconic A380, the world's largest "
            "airliner, with 123 of the planes in its fleet.",
            CardKind.AIRCRAFT,
            False,
        ),
        # a description that does not single it out leaves the card
        (
            "Acme Air is the number one buyer of Airbus' A380, a double-deck airliner, with "
            "123 of the planes in its fleet.",
            CardKind.AIRCRAFT,
            True,
        ),
    ],
)
def test_a_superlative_description_after_a_blank_gives_it_away(nlp, text, kind, asked):
    found = [q for q in _blanks(nlp, text, kind) if "_____" in q]
    assert bool(found) is asked, found
