"""Openings that point back at the sentence before ('After all,', 'In fact,') say nothing of
the fact: a number card drops them, at its start or where a wh-question moved them ('How
many trucks did Acme sell ... in fact?')."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import number_questions


@pytest.mark.slow
def test_an_opening_after_all_goes(nlp):
    text = (
        "After all, Jane Roe is the woman behind Acme's $19 billion purchase of Beta Inc. in Ohio."
    )
    asked = number_questions(nlp, text, None)
    assert asked["$19 billion"].startswith("Jane Roe is the woman behind Acme's _____ purchase")


@pytest.mark.slow
def test_an_opening_in_fact_moved_behind_the_verb_goes(nlp):
    text = "In fact, Acme Corp. sold 300 trucks in Ohio last year."
    asked = number_questions(nlp, text, date(2019, 11, 20))
    assert asked["300"] == "How many trucks did Acme Corp. sell in Ohio in 2018?"
