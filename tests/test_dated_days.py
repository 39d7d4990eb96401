"""A weekday or "today" a question keeps is written with its date (issue 10, sample V: "How
many drunken drivers did officers arrest between 6 p.m. Friday and 6 a.m. today?" and "will
continue through midnight Tuesday" answered with the Tuesday before the article)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import cards_of, facts_of_kind
from trainer.model import CardKind

pytestmark = pytest.mark.slow

SUNDAY = date(2007, 12, 30)


def _cards(nlp, text: str, published: date | None = SUNDAY):
    return cards_of(nlp, text, published)


def _number(nlp, text: str, published: date | None = SUNDAY) -> str:
    (card,) = [c for c in _cards(nlp, text, published) if c.kind == CardKind.NUMBER]
    return card.question


def test_a_weekday_and_today_in_a_question_are_written_with_their_dates(nlp):
    question = _number(
        nlp,
        "Bay Area California Highway Patrol Officers arrested 103 drunken drivers between 6 p.m. "
        "Friday and 6 a.m. today during the holiday period.",
    )
    assert "6 p.m. Friday, Dec. 28, 2007, and 6 a.m. Sunday, Dec. 30, 2007, during" in question
    assert "today" not in question


def test_a_day_stays_as_written_without_the_articles_date(nlp):
    question = _number(nlp, "Highway Patrol officers arrested 103 drivers on Friday.", None)
    assert question.endswith("on Friday?")


def test_a_day_inside_a_quote_stays_as_it_was_said(nlp):
    cards = _cards(
        nlp,
        'Police chief Jane Roe said: "We arrested more drivers today than in any week of the '
        'year, and the roads are safer for it."',
    )
    (said,) = [c for c in cards if c.kind == CardKind.WHO_SAID]
    assert "drivers today than" in said.question


def test_a_day_a_sibling_date_card_asks_is_left_out(nlp):
    cards = _cards(
        nlp,
        "Two hostages who had been held by the Taliban since 2016 were released Tuesday in a "
        "prisoner swap for three high-ranking insurgents.",
        date(2019, 11, 20),
    )
    (number,) = [c for c in cards if c.kind == CardKind.NUMBER and c.answer == "three"]
    days = [c.answer_value for c in cards if c.kind == CardKind.DATE]
    assert "2019-11-19" in days
    assert "were released in a prisoner swap" in number.question


def test_a_weekday_a_future_verb_runs_through_is_ahead_of_the_article(nlp):
    cards = _cards(
        nlp,
        "The CHP's New Year's Maximum Enforcement Period will continue through midnight "
        "Tuesday, the CHP reported.",
    )
    assert "2007-12-25" not in [c.answer_value for c in cards]


def test_a_month_after_will_have_to_is_ahead_of_the_article(nlp):
    cards = _cards(
        nlp,
        "The payment will have to be allocated by the Utah Legislature in January.",
        date(2012, 11, 5),
    )
    assert [c.answer for c in cards if c.kind == CardKind.DATE] == ["January 2013"]


def test_a_day_closing_a_phrase_is_dated_not_left_out(nlp):
    cards = _cards(
        nlp,
        "By Wednesday, New Jersey's largest power provider, PSE&G, said it had restored power "
        "to about 89% of its storm-hit customers.",
        date(2012, 11, 7),
    )
    (number,) = [c for c in cards if c.kind == CardKind.NUMBER]
    assert number.question.startswith("By Wednesday, Nov. 7, 2012, ")
    # 'about _____' -> 89%: 90% would be as true, and no option lies within a tenth of it
    assert all(abs(float(c.rstrip("%")) - 89) > 8.9 for c in number.choices if c != "89%")


def test_a_round_figure_is_not_offered_a_wrong_answer_as_near_as_its_rounding(nlp):
    from dataclasses import replace

    from trainer.questions import number

    text = "PSE&G said it had restored power to about 89% of its storm-hit customers."
    (fact,) = facts_of_kind(nlp, text, CardKind.NUMBER, date(2012, 11, 7))
    near = replace(fact, key="near", answer="90%", answer_value="90")
    far = replace(fact, key="far", answer="64%", answer_value="64")
    wrong = number.distractors(fact, [near, far])
    assert "64%" in wrong
    assert "90%" not in wrong
