"""A market's move asked without its day (issue 10): 'The Dow rose _____ points' has an
answer for every trading day, so it is a passing detail (kept only by --all-cards); the
same move with its day, or a count of things, is kept."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.questions import number as numbers
from trainer.questions import place as places

pytestmark = pytest.mark.slow

NOV20 = date(2019, 11, 20)


def facts(nlp, module, text: str):
    return module.find(nlp(text), Article(id="t", text=text, published=NOV20))


@pytest.mark.parametrize(
    "text",
    [
        "The Dow Jones Industrial Average rose 220 points as U.S. stock indexes powered to "
        "all-time highs.",
        "Treasuries slipped and crude fell toward $50 a barrel in New York.",
        "The S&P 500 Index rose 0.9 percent to 2,232.05 at 1:54 p.m. in New York.",
        "By the close, Acme's shares had lost 4% in London.",
    ],
)
def test_an_undated_move_is_a_passing_detail(nlp, text):
    found = facts(nlp, numbers, text) + facts(nlp, places, text)
    assert found and all(f.passing for f in found), [(f.question, f.passing) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "The Dow Jones Industrial Average rose 220 points on Tuesday, Nov. 19.",
        "Acme's shares fell 5% on Dec. 3, 2019, after the crash in Dover.",
        # a count of people is no market move
        "The number of Acme workers in Dover rose by 300 people.",
    ],
)
def test_a_dated_move_or_a_count_is_kept(nlp, text):
    found = facts(nlp, numbers, text)
    assert found and not any(f.passing for f in found), [(f.question, f.passing) for f in found]


def test_a_date_a_move_is_measured_from_is_not_its_day(nlp):
    text = (
        "Overnight volatility in the euro versus the dollar jumped to 23 percent, the most "
        "since June 23, based on closing prices in London."
    )
    found = [f for f in facts(nlp, numbers, text) if f.answer == "23 percent"]
    assert found and all(f.passing for f in found), [(f.question, f.passing) for f in found]
