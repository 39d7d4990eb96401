"""One weekday, one side of the article's date (issue 10, sample T: a "Sunday night" told in
the past was answered Nov. 8 and the same Sunday in a quote with no tense of its own Nov. 15,
after the page's Nov. 13: two cards, two dates, one of them false)."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article, CardKind
from trainer.pipeline import build_deck
from trainer.questions.salience import Rule

pytestmark = pytest.mark.slow

TOLD_PAST = (
    "Devils co-owner Joshua Harris said in a statement that he arrived in a chopper on the "
    "soccer field Sunday night, causing frustration."
)
NO_TENSE = (
    '"I sincerely apologize to the kids and their coaches and families for the cancellation '
    'of their soccer game in Newark on Sunday night," said Harris, who also owns the NBA team.'
)


def _dates(nlp, text):
    article = Article(id="t", text=text, published=date(2015, 11, 13))
    deck = build_deck([article], "t", "t", nlp=nlp, rule=Rule.everything()).deck
    return sorted(c.answer_value for c in deck.cards if c.kind == CardKind.DATE)


def test_a_weekday_dated_on_both_sides_keeps_only_the_past(nlp):
    assert _dates(nlp, f"{TOLD_PAST}\n\n{NO_TENSE}") == ["2015-11-08"]


def test_a_weekday_read_ahead_alone_is_still_asked(nlp):
    assert _dates(nlp, "The Senate will vote on the bill on Tuesday, Jane Roe said.") == [
        "2015-11-17"
    ]
