"""'Where is the Senate Judiciary Committee? -> Washington' (issue 10): a national body sits
in its country's capital, which any reader knows, so the card is a passing detail; a body
that is not the government's, or a house someone bought, is still asked."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.questions import place as places

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        (
            "Jane Roe testified before the Senate Judiciary Committee in Washington on Tuesday.",
            True,
        ),
        ("Jane Roe works at the Peterson Institute in Washington, which studies trade.", False),
        ("Jane Roe bought a house in London from Acme in 2018.", False),
    ],
)
def test_the_seat_of_a_national_body_is_a_passing_detail(nlp, text, passing):
    article = Article(id="t", text=text, published=date(2019, 11, 20))
    found = places.find(nlp(text), article)
    assert found and all(f.passing is passing for f in found), [
        (f.question, f.passing) for f in found
    ]
