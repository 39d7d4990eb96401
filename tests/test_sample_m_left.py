"""Faults left after sample M, as general rules: 'the former mayor' bound by whoever else a
question names, a 'when' clause asked without the date it happened at, a place written
with 'the' blanked without it, and a post of an undertaking nobody is named for ('a
campaign manager'). Sentences are invented, of the shape the pages had."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article, CardKind, Fact

pytestmark = pytest.mark.slow

DAY = date(2019, 11, 20)


def facts(nlp, text: str) -> list[Fact]:
    from trainer.pipeline import facts_of

    article = Article(id="t", text=text, published=DAY)
    return [f for _, f in facts_of(article, nlp).facts]


# -- 1. a post the question names no holder of -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the question names someone, but not as the mayor
        "Tuesday, on Twitter, Jane Roe pointed to the former mayor’s lavish gifts to the "
        "campaigns of 40 politicians.",
        "Governor Jane Roe said on Monday that the former mayor had raised taxes by 12 percent "
        "in 2015.",
        "John Doe said the coach had signed a new contract worth $4 million in 2018.",
    ],
)
def test_a_post_is_not_bound_by_another_person(nlp, text):
    found = facts(nlp, text)
    leaning = [
        f.question for f in found if "the former mayor" in f.question or "the coach" in f.question
    ]
    assert not leaning, leaning


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # in apposition to the person holding it
        ("Jane Roe, the former mayor, raised taxes by 12 percent in 2015.", "the former mayor"),
        # the holder named with the post
        (
            "Mayor Jane Roe said on Monday that the mayor's office had raised taxes by 12 "
            "percent in 2015.",
            "the mayor",
        ),
        # a nationality says whose
        (
            "John Doe said the French president had raised taxes by 12 percent in 2015.",
            "the French president",
        ),
    ],
)
def test_a_post_its_holder_or_country_names_stays(nlp, text, phrase):
    found = facts(nlp, text)
    assert any(phrase in f.question for f in found), [f.question for f in found]


# -- 2. a 'when' clause cut from the date it happened at ----------------------------------


def test_a_when_clause_keeps_the_date_it_happened_at(nlp):
    text = (
        "But both of those amounts fell below the peak year for water use, 2011, when demand "
        "reached 41,300 gallons, followed by 2015 with 40,100, according to data from the "
        "Denver Water Board."
    )
    # 'those figures' leans outside: the main clause is no question, and the 'when' clause
    # alone ('Demand reached _____') would not say in which year
    found = facts(nlp, text)
    undated = [f.question for f in found if "2011" not in f.question and f.answer != "2011"]
    assert not undated, undated


@pytest.mark.parametrize(
    ("text", "answer", "start"),
    [
        # a purchase by one named firm of another is done once: no date needed to tell which
        (
            "The feud began earlier this year when Acme Holdings purchased Zenith Records for "
            "$300 million in a deal backed by the Carlyle Group.",
            "$300 million",
            "For how much did Acme Holdings",
        ),
        # a when clause with a time of its own
        (
            "Those talks will open on Friday when the seven finance ministers meet in Oslo "
            "just 40 days before the budget vote begins.",
            "40 days",
            "The seven finance ministers meet",
        ),
    ],
)
def test_a_when_clause_that_says_which_is_asked_alone(nlp, text, answer, start):
    found = facts(nlp, text)
    assert any(f.answer == answer and f.question.startswith(start) for f in found), [
        (f.question, f.answer) for f in found
    ]


# -- 3. a place written with 'the' ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A group of engineers affiliated with several universities in The Netherlands has "
            "built a bridge from recycled plastic.",
            "Netherlands",
        ),
        ("Jane Roe moved to a farm in the Philippines in 2016.", "Philippines"),
    ],
)
def test_a_place_written_with_the_is_blanked_with_it(nlp, text, place):
    cards = [f for f in facts(nlp, text) if f.kind == CardKind.PLACE]
    assert cards, "the place kind asks the place"  # so the test can fail
    for card in cards:
        assert "the _____" not in card.question.lower(), card.question
        assert card.answer.lower() == f"the {place.lower()}", card.answer
        assert place in card.accept


def test_the_options_beside_a_place_with_the_take_it_too(tmp_path):
    from trainer.cli import main
    from trainer.decks import load_deck

    article = tmp_path / "a.txt"
    article.write_text(
        "Researchers find tar on a tool\n\nA team of researchers affiliated with several "
        "institutions in The Netherlands has found evidence of Neanderthals using birch tar.\n",
        encoding="utf-8",
    )
    out = tmp_path / "a.deck.yaml"
    assert main(["generate", str(article), "-o", str(out)]) == 0
    places = [c for c in load_deck(out).cards if c.kind == CardKind.PLACE]
    assert [c.answer for c in places] == ["the Netherlands"]  # not 'The' mid-sentence
    options = places[0].choices
    assert "the United Kingdom" in options and "United Kingdom" not in options, options


def test_a_place_without_the_is_unchanged(nlp):
    cards = [
        f
        for f in facts(nlp, "Jane Roe moved to a farm in Ohio in 2016.")
        if f.kind == CardKind.PLACE
    ]
    assert [c.answer for c in cards] == ["Ohio"]


# -- 4. a post of an undertaking nobody is named for ---------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Jane Roe, a campaign manager, said the vote would be close.", False),
        ("Tim Lee, a project director, said the bridge would open late.", False),
        # whose campaign, whose project: said
        ("Jane Roe, the Acme campaign manager, said the vote would be close.", True),
        ("Tim Lee, a project director at Acme, said the bridge would open late.", True),
    ],
)
def test_a_post_of_an_unnamed_undertaking_is_a_passing_detail(nlp, text, kept):
    roles = [f for f in facts(nlp, text) if f.kind == CardKind.ROLE]
    assert roles, "the role kind finds the post"  # so the test can fail
    assert any(not f.passing for f in roles) is kept, [(f.question, f.answer) for f in roles]
