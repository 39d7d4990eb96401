"""Wrong answers of honest sample U (issue 10), as general rules: a team named before a
person noun is not who spoke ('The Rams wide receiver said'); 'today' in a change under way
is the present age, not the article's day; a month after 'as early as' is the verb's date,
ahead of the article when the verb's modal looks ahead. Names changed."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.questions import date as dates
from trainer.questions import who_said

pytestmark = pytest.mark.slow


def found(nlp, module, text: str, published: date):
    return module.find(nlp(text), Article(id="t", text=text, published=published))


def test_a_team_before_a_person_noun_is_not_the_speaker(nlp):
    text = (
        "Jane Roe had ankle surgery last year. The Rams wide receiver said the rehab process "
        'took "basically the entire offseason away, up until training camp."'
    )
    speakers = [f.answer for f in found(nlp, who_said, text, date(2024, 4, 22))]
    assert "Rams" not in speakers, speakers


def test_today_in_a_change_under_way_is_no_date(nlp):
    trend = (
        "Today, corporate giants like Acme and upstarts like Beta are increasingly using "
        "online tools to judge resumes."
    )
    assert found(nlp, dates, trend, date(2015, 10, 5)) == []
    day = "Acme is launching its new phone in Ohio today, the company said."
    assert [f.answer for f in found(nlp, dates, day, date(2015, 10, 5))] == ["Monday, Oct. 5, 2015"]


def test_a_month_as_early_as_is_ahead_of_the_article(nlp):
    text = "In fact, the Acme kit could arrive as early as June during the annual Acme show."
    (fact,) = found(nlp, dates, text, date(2016, 5, 24))
    assert fact.answer == "June 2016", fact.answer
