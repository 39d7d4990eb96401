"""A name the article defines by its initials ('the Green Unity Party (GUP)') is written out
where the initials stand alone, never inside the brackets that define it (which read 'the
Green Unity Party (Green Unity Party)'), and never from a word before the name ('Members of
the Green Unity Party' is no 'of the Green Unity Party')."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.pipeline import facts_of

TEXT = (
    "Members of the Green Unity Party (GUP) walked out of the chamber in Berlin on Monday, "
    "leaving the bill 12 votes short. The GUP won 40 seats in the Hamburg election in 2020."
)


@pytest.fixture
def questions(nlp):
    article = Article(id="t", text=TEXT, published=date(2021, 3, 3))
    return {f.answer: f.question for _, f in facts_of(article, nlp).facts}


@pytest.mark.slow
def test_the_defining_brackets_keep_their_initials(questions):
    assert "Green Unity Party (GUP)" in questions["12"]
    assert all("(Green Unity Party)" not in q for q in questions.values())


@pytest.mark.slow
def test_initials_standing_alone_are_written_out_from_the_name(questions):
    assert questions["40"] == (
        "How many seats did the Green Unity Party win in the Hamburg election in 2020?"
    )
