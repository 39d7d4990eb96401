"""'a _____ gift' (issue 10): the blank keeps the article its answer is read with ('an
$8 million gift', 'a $150,000 gift'), and the options are numbers read with it too, so the
article tells nothing and the question is plain English (not 'a(n)')."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.language.numbers import takes_an
from trainer.model import Article
from trainer.pipeline import Reduction, facts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("written", "an"),
    [
        ("8", True),
        ("18-year", True),
        ("11,000", True),
        ("18000", True),
        ("$8 million", True),
        ("eleven", True),
        ("80 percent", True),
        ("1,800", False),
        ("110", False),
        ("$150,000", False),
        ("one", False),
        ("43", False),
    ],
)
def test_takes_an(written, an):
    assert takes_an(written) is an


@pytest.mark.parametrize(
    ("text", "article"),
    [
        ("The Acme Foundation in Dover reported a $150,000 gift from Jane Roe in 2016.", "a"),
        ("The Acme Foundation in Dover reported an $8 million gift from Jane Roe in 2016.", "an"),
        ("Acme's Dover Lions ended an 11-game losing streak against the Dover Bears.", "an"),
    ],
)
def test_the_blank_keeps_its_article_and_the_options_agree(nlp, text, article):
    reduction = Reduction()
    reduction.add(facts_of(Article(id="t", text=text, published=date(2019, 11, 20)), nlp))
    cards = [c for c in reduction.cards() if f" {article} _____" in c.question]
    assert cards, [c.question for c in reduction.cards()]
    for card in cards:
        assert "a(n)" not in card.question
        assert all(takes_an(c) is (article == "an") for c in card.choices), card.choices
