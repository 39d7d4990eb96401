"""A count followed by its shortfall ('192 votes, eight short of the 200 needed') is asked
without the shortfall: with it, the question shows two numbers that work the answer out
and makes no card at all. Another trailing comparison stays as it was."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import number_questions


@pytest.mark.slow
def test_a_shortfall_after_the_count_goes(nlp):
    text = (
        "The bill to recall Governor Jane Roe received 61 votes, nine short of the 70 needed "
        "to pass."
    )
    asked = number_questions(nlp, text, date(2021, 3, 3))
    assert asked["61"] == "How many votes did the bill to recall Governor Jane Roe receive?"


@pytest.mark.slow
def test_another_trailing_comparison_stays(nlp):
    text = "Senator Jane Roe won 48 votes in the Ohio primary, two more than Tom Smith."
    asked = number_questions(nlp, text, date(2021, 3, 3))
    assert "two more than Tom Smith" in asked["48"]
