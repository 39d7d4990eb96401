"""Faults of the eighteenth round (issue 10), from samples Q11 to Q14: a page dated by an
advert's script, definites and pronouns that lean on sentences the card does not show. Each
test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import SUNS_PAGE, assert_all_passing, cards_of, facts_of_kind
from trainer.articles import article_from_html

pytestmark = pytest.mark.slow

JAN16 = date(2008, 1, 16)

AD = '<script>\ngoogle_ad_type = "text_image";\n//2006-11-24: Banner\ngoogle_ad_channel = "39";\n</script>'


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        # the day an advert's banner was set up, in its script's comment (samples Q11, Q14)
        (AD, None),
        # the same day shown to the reader, or kept in a script's data, is the page's
        (AD + "<p>Posted 2006-11-24</p>", date(2006, 11, 24)),
        ("<script>\nvar published = '2006-11-24';\n</script>", date(2006, 11, 24)),
    ],
)
def test_a_date_in_a_script_s_comment_is_not_the_page_s(footer: str, published) -> None:
    assert article_from_html(SUNS_PAGE.format(footer=footer), "t.html").published == published


def _cards(nlp, text: str, published: date | None = JAN16) -> list:
    return cards_of(nlp, text, published)


@pytest.mark.parametrize(
    ("leaning", "standing", "answer"),
    [
        (  # which brief? (sample Q14)
            "Fifty-five law professors and 22 members of Parliament signed the legal brief "
            "that will be submitted today.",
            "Fifty-five law professors and 22 members of Parliament signed the legal brief "
            "on Omar Khadr that will be submitted today.",
            "22",
        ),
        (  # which territory? (sample Q14)
            "Hamas has ruled the territory since it seized control in June 2007.",
            "Hamas has ruled the Gaza Strip since it seized control in June 2007.",
            "June 2007",
        ),
        (  # which party? (sample Q5)
            "In 2010, the party picked up three House seats in Virginia.",
            "In 2010, the Republican Party picked up three House seats in Virginia.",
            "three",
        ),
        (  # which complaint? (sample Q12)
            "Pat Danforth helped launch the complaint in 2002.",
            "Pat Danforth helped launch the complaint about airline fares in 2002.",
            "2002",
        ),
        (  # others than which? (sample Q14)
            "Other major accidents in 2007 included the crash of an Adamair flight in "
            "Indonesia, with 102 deaths.",
            "Major accidents in 2007 included the crash of an Adamair flight in Indonesia, "
            "with 102 deaths.",
            "102",
        ),
        (  # which comedian? (sample Q12)
            "The American comedian chose Emilia Arata for eviction in 2007.",
            "Joan Rivers chose Emilia Arata for eviction in 2007.",
            "2007",
        ),
    ],
)
def test_a_definite_the_card_does_not_name_makes_no_card(nlp, leaning, standing, answer):
    assert answer in [c.answer for c in _cards(nlp, standing)]
    assert answer not in [c.answer for c in _cards(nlp, leaning)]


@pytest.mark.parametrize(
    ("quote", "passing"),
    [
        ("His track record speaks for itself", True),  # whose? (sample Q12)
        ("Where they target first is poor areas, because they wave the money", True),
        ("Everything else that causes pain actually hurts them", True),
        ("We need a systems approach to doing this", True),
        ("The guy wants what is best for the Springboks", True),  # sample Q14
        # the quote names whom the pronoun stands for, before or after it
        ("On the way to his election victory, Netanyahu broke a lot of crockery", False),
        ("Staff are unwilling to confront patients who smoke where they should not", False),
        ("There will be another recession, and this increases the chances of a crash", False),
    ],
)
def test_a_quote_whose_pronoun_only_the_story_explains_is_a_passing_detail(nlp, quote, passing):
    text = (
        "The Miami Dolphins hired Bill Parcells on Thursday to run football operations.\n\n"
        f'"{quote}," said Samkon Gado, a running back.'
    )
    facts = facts_of_kind(nlp, text, "who_said", JAN16)
    assert_all_passing(facts, passing)


def test_a_month_takes_the_year_its_sentence_gives(nlp) -> None:
    """'in 2007 ... in January' is January 2007 in an article of January 2008, not January
    2008 (sample Q14's page)."""
    text = (
        "Major accidents in 2007 included the crash of an Adamair flight in Indonesia in "
        "January, with 102 deaths. Acme hired 300 workers in January."
    )
    answers = [c.answer for c in _cards(nlp, text) if c.kind == "date"]
    assert "January 2008" in answers  # the second sentence gives no year
    assert [c.question for c in _cards(nlp, text) if c.answer == "January 2008"] == [
        "In what month did Acme hire 300 workers?"
    ]


def test_an_effort_under_way_on_a_day_makes_no_date_card(nlp) -> None:
    """'On what date was Olmert struggling to keep his coalition intact?': he struggled before
    and after that day (sample Q14's VAGUE card). A search under way that day is dated."""
    struggling = "On Tuesday, Ehud Olmert was struggling to keep his coalition intact."
    searching = "On Tuesday, police were searching the house in Ohio."
    assert not [c for c in _cards(nlp, struggling) if c.kind == "date"]
    assert [c.answer for c in _cards(nlp, searching) if c.kind == "date"] == [
        "Tuesday, Jan. 15, 2008"
    ]
