"""'Dale wrote' after 'her brother Dale Ford': a first name one person of the article has
is that person, even where the tagger took the word for an organisation (a benchmark page
credited two quotes to an organisation 'Dale')."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from trainer.model import Article
from trainer.questions import who_said

pytestmark = pytest.mark.slow

TEXT = (
    "Martha Fry and her brother Dale Ford agreed to an interview over email. "
    '"I once visited my brother with our parents in Minneapolis at his apartment," Dale wrote.'
)


def speakers(nlp, tag_as: str) -> list[str]:
    doc = nlp(TEXT)
    dale = [t for t in doc if t.text == "Dale"][-1]  # the one before 'wrote'
    others = [e for e in doc.ents if not (e.start <= dale.i < e.end)]
    doc.ents = sorted([*others, Span(doc, dale.i, dale.i + 1, label=tag_as)], key=lambda e: e.start)
    article = Article(id="t", text=TEXT, published=date(2019, 11, 20))
    return [f.answer for f in who_said.find(doc, article)]


@pytest.mark.parametrize("tag_as", ["ORG", "PERSON"])
def test_a_first_name_is_its_one_owner(nlp, tag_as):
    assert speakers(nlp, tag_as) == ["Dale Ford"]
