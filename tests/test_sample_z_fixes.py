"""Faults sample Z found on unseen pages (issue 10): 'How much of debt', 'this coming Monday'
read as the Monday before, 'a poll there' (where?), and a bare 'partner' as a position."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_all_passing, cards_of, facts_of_kind

pytestmark = pytest.mark.slow


def _cards(nlp, text: str, published: date):
    return cards_of(nlp, text, published)


def test_an_amount_of_a_bare_noun_is_asked_how_much_of_it(nlp):
    text = "Consumers in the UK took on £1.7bn of debt in September, the Bank of England said."
    asked = [c.question for c in _cards(nlp, text, date(2012, 11, 1)) if c.kind == "number"]
    assert [q for q in asked if q.startswith("How much debt did consumers")]
    assert not [q for q in asked if "much of debt" in q]


def test_this_coming_monday_is_the_monday_ahead_and_goes_whole(nlp):
    text = "Jane Roe's bar in the Penrose Square development was hoping to open this coming Monday."
    (card,) = [c for c in _cards(nlp, text, date(2012, 8, 9)) if c.kind == "date"]
    assert card.answer_value == "2012-08-13"
    assert "coming" not in card.question


def test_there_of_a_place_another_sentence_named_leans_on_it(nlp):
    leaning = "Mitt Romney has not led in a poll there since August."
    standing = "Mitt Romney has not led in a poll in Wisconsin since August."
    assert not _cards(nlp, leaning, date(2012, 11, 5))
    assert _cards(nlp, standing, date(2012, 11, 5))
    expletive = "There were 12 polls in Wisconsin in August."
    assert _cards(nlp, expletive, date(2012, 11, 5))


def test_a_bare_partner_is_a_passing_post(nlp):
    text = "Partner Todd Thrasher said the bar would open in August, a month late."
    assert_all_passing(facts_of_kind(nlp, text, "role", date(2012, 8, 9)), True)


def test_there_after_a_place_the_question_names_stands(nlp):
    text = (
        "A case of the bubonic plague was reported in China over the weekend, after two people "
        "there were diagnosed with the pneumonic plague last week."
    )
    assert [c for c in _cards(nlp, text, date(2019, 11, 18)) if c.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "This Warsaw, Poland based company emerged out of stealth mode on Tuesday.",
        "This Warsaw startup emerged out of stealth mode on Tuesday.",
    ],
)
def test_this_before_a_name_that_describes_the_thing_leans_back(nlp, text):
    assert not _cards(nlp, text, date(2012, 10, 31))
    named = "Heatma.ps, a Warsaw startup, emerged out of stealth mode on Tuesday."
    assert _cards(nlp, named, date(2012, 10, 31))
