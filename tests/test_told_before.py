"""Cards that lean on a sentence the reader of one card has not seen (issue 10): 'the
move', 'the answer' and 'the play' stand for something told before, which no name in the
question can be; 'three subsequent resolutions' come after one told before; and a list cut
after its first item pins on that item what the sentence says of all of them. Real
sentences of unseen pages, with names and figures changed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import questions_of
from trainer.questions import date as dates
from trainer.questions import number as numbers

pytestmark = pytest.mark.slow

DEC30 = date(2014, 12, 30)


def asked(nlp, text: str) -> list[str]:
    return questions_of(nlp, dates, text, DEC30) + questions_of(nlp, numbers, text, DEC30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act told before: a name in the question is not what it stands for
        ("The league is expected to review the play Monday, according to Acme's John Doe.", 0),
        (
            "In January 2013, the laboratories of Harvard’s Church and Broad’s Zhang were first "
            "to publish papers showing that the answer was yes.",
            0,
        ),
        # who made a move and when does not say which move
        ("The Arab League condemned the move announced on Monday by Secretary Jane Roe.", 0),
        # what a deal was about does
        ("The deal announced on Monday by Acme to sell 30 jets to Emirates was signed.", 2),
        # a name in the act's own words says which ('the anti-ISIS campaign')
        (
            "The Pentagon says it has launched around 8,000 airstrikes since the anti-ISIS "
            "campaign began in September 2014.",
            2,
        ),
        # a thing a name can stand for still can ('the company' after 'Acme'); the day
        # between 'said' and what was said is the day it was said (a passing date)
        ("Acme said on Monday the company would cut 300 jobs.", 2),
        # 'subsequent' places a thing after one the card does not show
        ("Three subsequent sanctions resolutions also have no mention of Natanz.", 0),
        ("Three sanctions resolutions also have no mention of Natanz.", 1),
        # 'the legislation', 'the effort required': which law, whose effort, was told before
        (
            "The legislation was passed in 2009 and signed into law by then-Gov. Jane Roe.",
            0,
        ),
        (
            "The effort required seems likely to take 14 years, longer than that of Chernobyl.",
            0,
        ),
        # the act's own words say which
        ("The Ohio gun legislation was passed in 2009 and signed by Gov. Jane Roe.", 1),
    ],
)
def test_a_thing_told_before_is_not_asked_about(nlp, text, expected):
    found = asked(nlp, text)
    assert len(found) == expected, found


def test_a_list_is_not_cut_after_its_first_item(nlp):
    text = (
        "In the past two years, Acme has paid out $14 billion in settlements and fines related "
        "to trading losses in London, manipulating the key interest rate benchmark Libor, and "
        "issuing bad mortgages that helped lead to the financial crisis."
    )
    for question in questions_of(nlp, numbers, text, DEC30):
        assert "London" not in question or "mortgages" in question, question


def test_two_participles_after_an_event_are_still_cut(nlp):
    found = questions_of(
        nlp,
        numbers,
        "A bomb exploded in the market on Monday, killing 12 people and wounding 30.",
        DEC30,
    )
    assert any("killed" in q and "wounding" not in q for q in found), found


def test_an_owner_before_a_name_is_not_part_of_it(nlp):
    from trainer.extract.persons import person_entities

    doc = nlp(
        "In January 2013, the laboratories of Harvard’s Church and Broad’s Zhang were first "
        "to publish papers."
    )
    # the curly apostrophe is read as the straight one (nlp.straight_apostrophes): the
    # recogniser no longer glues 'Broad’s Zhang', and finds no one; never the owner
    assert not any("Broad" in e.text for e in person_entities(doc))
    doc = nlp(
        "In January 2013, the laboratories of Harvard’s Church and MIT’s Zhang were first "
        "to publish papers."
    )
    assert [e.text for e in person_entities(doc)] == ["Zhang"]
