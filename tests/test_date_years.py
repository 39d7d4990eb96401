"""Years that make a date card: one before 1950 where the parse reads a date ('born in
1889'), a year dating a thing after 'a' ('into a 2010 rape allegation'), and 'as soon as
2023'; not a count ('in 1500 cases'), a measure ('a 2000 mile trip') or a model's name ('a
2020 Sentra'). A study's or report's year ('a 2014 study warned') is a passing detail."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.questions import date as dates

pytestmark = pytest.mark.slow

NOV20 = date(2019, 11, 20)


def facts(nlp, text: str) -> dict[str, tuple[str, bool]]:
    found = dates.find(nlp(text), Article(id="t", text=text, published=NOV20))
    return {f.answer: (f.question, f.passing) for f in found}


ASKED = [
    # (text, answer, question) -- invented, of the shapes of unseen pages
    (
        "Although Pablo Roe was born in Lyon in 1889, Spain claims the painter as its own.",
        "1889",
        "In what year was Pablo Roe born in Lyon?",
    ),
    (
        "Dresden's Blue Wonder bridge was completed in 1923, the city's archive shows.",
        "1923",
        "In what year was Dresden's Blue Wonder bridge completed?",
    ),
    (
        "Norway has dropped its inquiry into a 2012 fraud allegation against the shipping "
        "magnate Erik Dahl after a review of the evidence.",
        "2012",
        "Norway has dropped its inquiry into a _____ fraud allegation against the shipping "
        "magnate Erik Dahl after a review of the evidence.",
    ),
    (
        "The European Space Agency's Juice probe will reach the icy moons of Jupiter as "
        "soon as 2031.",
        "2031",
        "The European Space Agency's Juice probe will reach the icy moons of Jupiter as soon "
        "as _____.",
    ),
]


@pytest.mark.parametrize("text, answer, question", ASKED)
def test_a_year_is_asked(nlp, text, answer, question):
    assert facts(nlp, text)[answer] == (question, False)


NOT_DATES = [
    # (text, the number that is no year) -- invented
    ("The army sent in 1500 troops to guard the border, officials in Kyiv said.", "1500"),
    ("Ryanair's fleet grew to 1800 by 2010, the airline's founder Tony Ryan said.", "1800"),
    ("The rally driver Jane Roe finished a 2000 mile trip across the Sahara.", "2000"),
    ("Nissan's Jane Roe drove a 2020 Sentra to the Los Angeles Auto Show.", "2020"),
]


@pytest.mark.parametrize("text, number", NOT_DATES)
def test_a_count_a_measure_or_a_name_is_no_year(nlp, text, number):
    assert number not in facts(nlp, text)


def test_the_year_of_a_study_that_warns_is_a_passing_detail(nlp):
    text = (
        "Drought and logging could make fires in the Amazon so common that they would alter "
        "the forest, a 2014 study by Brazilian scientists warned."
    )
    question, passing = facts(nlp, text)["2014"]
    assert passing
    assert question.endswith("a _____ study by Brazilian scientists warned.")
