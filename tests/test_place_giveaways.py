"""A place blank the sentence around it gives away (issue 10, unseen readers): the answer is
where a place the sentence names lies ("his mansion in Palm Beach in _____" -> Florida), or
the question writes where the answer lies ("his golf resort in _____, Scotland"), so wrong
answers from anywhere else are ruled out at a glance."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.questions import place as places

pytestmark = pytest.mark.slow


def _facts(nlp, text):
    article = Article(id="t", text=text, published=date(2024, 5, 1))
    return places.find(nlp(text), article)


@pytest.mark.parametrize(
    ("text", "answer", "passing"),
    [
        (
            "Jane Roe was arrested in 2006 at her mansion in Palm Beach in Florida.",
            "Florida",
            True,
        ),
        ("Jane Roe was arrested in 2006 at her mansion in Florida.", "Florida", False),
        # a city named after a country does not lie in it: the city is still the fact
        ("Jane Roe held talks with China in London on Tuesday.", "London", False),
    ],
)
def test_a_blank_after_a_place_it_holds_is_a_passing_detail(nlp, text, answer, passing):
    found = [f for f in _facts(nlp, text) if f.answer == answer]
    assert found and all(f.passing is passing for f in found), [
        (f.question, f.passing) for f in found
    ]


def test_options_lie_where_the_question_says_the_answer_lies(nlp):
    text = "Jane Roe was questioned on Monday about her golf resort in Aberdeen, Scotland."
    (fact,) = [f for f in _facts(nlp, text) if f.answer == "Aberdeen"]
    assert "_____, Scotland" in fact.question
    # no Scottish town is known besides the answer: a typed card, not Los Angeles or Doha
    assert places.distractors(fact, []) == []


def test_options_of_a_city_written_in_its_country_stay_in_that_country(nlp):
    text = "Jane Roe was questioned on Monday about her house in Lyon, France."
    (fact,) = [f for f in _facts(nlp, text) if f.answer == "Lyon"]
    options = places.distractors(fact, [])
    assert options and {"Paris", "Marseille"} <= set(options)
    assert all(places.parent_of(name) == "France" for name in options), options


def test_a_person_after_the_blank_is_no_place_it_lies_in(nlp):
    text = "The talks were held in Lyon, Jane Roe said on Monday."
    found = [f for f in _facts(nlp, text) if f.answer == "Lyon"]
    assert all(len(places.distractors(f, [])) >= 3 for f in found)


@pytest.mark.parametrize(
    ("text", "answer", "passing"),
    [
        # a place the question names lies in the answer (sample T: 'Mogadishu' -> Somalia)
        (
            "The aid workers landed in Jordan, as they did in Syria, where reporters met them "
            "in Aleppo.",
            "Syria",
            True,
        ),
        # the question names the country whose capital the answer is (sample N: Cairo)
        ("An Egyptian activist held in Cairo for 21 months was freed on Saturday.", "Cairo", True),
        ("Jane Roe was hauled out of an embassy in London by the UK police.", "London", True),
        # another country's capital is still the fact
        (
            "An Egyptian activist held in London for 21 months was freed on Saturday.",
            "London",
            False,
        ),
    ],
)
def test_a_blank_the_places_of_the_question_tell_is_a_passing_detail(nlp, text, answer, passing):
    found = [f for f in _facts(nlp, text) if f.answer == answer]
    assert found and all(f.passing is passing for f in found), [
        (f.question, f.passing) for f in found
    ]
