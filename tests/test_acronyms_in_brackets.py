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
    "leaving the farm bill 12 votes short. The GUP won 40 seats in the Hamburg election in 2020."
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


@pytest.mark.slow
def test_initials_that_open_a_person_s_name_are_not_written_out_again(nlp):
    from trainer.extract.clauses.rewrite import name_replacements
    from trainer.extract.persons import full_names

    text = (
        "India captain MS Dhoni batted for two hours in Melbourne. When rival captains Steve "
        "Smith and MS Dhoni agreed on a draw, Dhoni said the team was happy."
    )
    doc = nlp(text)
    written = name_replacements(list(doc), full_names(doc))
    initials = [t.i for t in doc if t.text == "MS"]
    assert initials and not set(initials) & set(written), written
    rendered = " ".join(written.get(t.i, t.text) for t in doc)
    assert "Dhoni Dhoni" not in rendered, rendered
