"""A date after the article's own cannot be when a simple-past verb happened, and a day
of something that did not happen is no fact (issue 10):
'signaled a faster pace of increases in 2017', written in December 2016, dates the
increases, not the signal."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import questions_of
from trainer.model import Article
from trainer.questions import date as dates

pytestmark = pytest.mark.slow

DEC14_2016 = date(2016, 12, 14)


def questions(nlp, text: str) -> list[str]:
    article = Article(id="t", text=text, published=DEC14_2016)
    return [f.question for f in dates.find(nlp(text), article)]


def test_a_later_year_is_not_the_date_of_a_past_verb(nlp):
    text = (
        "The Federal Reserve raised interest rates on Wednesday and signaled a faster pace "
        "of increases in 2017 as central bankers adapted to the incoming administration."
    )
    asked = questions(nlp, text)
    assert not any("2017" not in q and "signal" in q for q in asked), asked
    assert any("raise interest rates" in q for q in asked), asked  # Wednesday is still asked


@pytest.mark.parametrize(
    "text",
    [
        "Acme opened its Dover plant in 2015.",  # the past, before the article
        "Acme will open its Dover plant in 2018.",  # a time to come, said as such
        "Acme said it would open its Dover plant in 2018.",
    ],
)
def test_past_dates_and_plans_are_still_asked(nlp, text):
    assert questions(nlp, text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the day of something that did not happen is no fact
        ("Teachers didn't see Governor Jane Roe at the Dover Statehouse on Tuesday.", False),
        ("Acme did not open its Dover plant in 2015, Jane Roe said.", False),
        # a span is still dated: since when it has not rained
        ("One Dover County station hasn't seen a drop of rain since mid-September.", True),
    ],
)
def test_the_day_of_a_negated_verb_is_not_asked(nlp, text, asked):
    found = questions(nlp, text)
    assert bool(found) is asked, found


def _asked(nlp, text: str) -> list[str]:
    from trainer.pipeline import facts_of

    article = Article(id="t", text=text, published=DEC14_2016)
    return [f.question for _, f in facts_of(article, nlp).facts]


def test_a_clause_cut_from_its_sentence_ends_cleanly(nlp):
    text = (
        "After the U.S. Supreme Court denied a request to review the historic concussion "
        "settlement on Monday, eligible players with brain injuries, like former Dallas Cowboy "
        "Tony Dorsett, should start receiving payments of up to $5 million, depending on the "
        "type and severity of their injuries."
    )
    asked = _asked(nlp, text)
    assert any(q.endswith("settlement on _____.") for q in asked), asked
    assert not any(",." in q for q in asked), asked


def test_this_month_made_a_blank_reads_in_and_keeps_its_capital(nlp):
    text = (
        "The Acme stadium in Dover is new.\n\nEarlier this month, Dover University's athletics "
        "department published a request for proposals to “manage, operate, maintain and "
        "market” the $250 million stadium it "
        "plans to build on land still owned by the city of San Diego."
    )
    asked = _asked(nlp, text)
    assert any(q.startswith("In _____, Dover University") for q in asked), asked
    # the sentence dates itself: no 'As of December 2016, earlier this month, ...'
    assert not any(q.startswith("As of") and "this month" in q for q in asked), asked


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the month its date card answers, not 'last month' in a card read a year later
        (
            "For last month, the share of Acme users running Linux rose to 0.84%, a 0.02% "
            "increase over October.",
            "For November 2016,",
        ),
        ("Acme sold 40 cars in Dover last month, Jane Roe said.", "in November 2016"),
        ("Acme sold 40 cars in Dover last year.", "in 2015"),
        # a month 'of' last year
        ("Jane Roe has added about 80 jobs to Acme since July of last year.", "July of 2015"),
    ],
)
def test_a_number_card_writes_out_the_period_its_sentence_gives_relative_to_the_article(
    nlp, text, written
):
    from trainer.questions import number as numbers

    asked = [q for q in questions_of(nlp, numbers, text, DEC14_2016) if "_____" in q or "?" in q]
    assert asked and all(written in q for q in asked), asked


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # ahead of a past remark: the Wednesday before the article's day or the one after
        (
            "Acme workers had said that if the offer was not improved they would walk out "
            "of the Dover plant on Wednesday.",
            None,
        ),
        # a date says itself, whatever the verb
        (
            "Acme workers said they would walk out of the Dover plant on Dec. 21.",
            "Wednesday, Dec. 21, 2016",
        ),
        # a day that passed
        ("Acme workers walked out of the Dover plant on Monday.", "Monday, Dec. 12, 2016"),
    ],
)
def test_a_weekday_ahead_of_a_past_remark_is_not_pinned_down(nlp, text, answer):
    article = Article(id="t", text=text, published=DEC14_2016)
    found = [f.answer for f in dates.find(nlp(text), article)]
    assert found == ([answer] if answer else []), found


@pytest.mark.parametrize(
    ("weekday", "answer"),
    [
        # "next Thursday" said on a Wednesday: tomorrow, or the Thursday after?
        ("Thursday", None),
        ("Friday", None),
        # further ahead, the coming one
        ("Monday", "Monday, Dec. 19, 2016"),
    ],
)
def test_next_and_a_weekday_within_two_days_is_not_pinned_down(nlp, weekday, answer):
    text = f"Acme said it will open its Dover plant next {weekday}."
    article = Article(id="t", text=text, published=DEC14_2016)  # a Wednesday
    found = [f.answer for f in dates.find(nlp(text), article)]
    assert found == ([answer] if answer else []), found


def test_a_name_opening_the_sentence_keeps_its_capital_after_as_of(nlp):
    from trainer.questions import number as numbers

    # the tagger misses the name where the sentence opens; the article writes it capitalised
    # inside a sentence too
    text = (
        "Passengers at Stansted waited for hours on Friday.\n\n"
        "Stansted is located about 40 miles north of London's center, Jane Roe said."
    )
    asked = questions_of(nlp, numbers, text, DEC14_2016)
    assert asked and all("stansted" not in q for q in asked), asked


def test_a_sentence_adverb_loses_its_capital_after_as_of(nlp):
    from trainer.questions import number as numbers

    # sample W: 'As of October 2017, Overall, the share ...' (the tagger read 'Overall' as
    # a name where the sentence opens)
    text = (
        "Acme sold 40 cars in Ohio last year.\n\n"
        "Overall, Acme's share of the Ohio car market will reach 30 per cent by 2022."
    )
    asked = [q for q in questions_of(nlp, numbers, text, DEC14_2016) if "Ohio car" in q]
    assert asked and all("Overall" not in q for q in asked), asked
