"""Headline facts: the news of a lead sentence asked as a date card. Leads that missed
theirs on unseen pages had these shapes (invented sentences of the same shape here):
a deadline ('by 2030') only ever asked as a blank; the 'it' of what an organisation said
('Microsoft said it aims ...') left unwritten, so no question could be asked about the
reported clause alone; a deadline the parser hung on a 'than' clause ('more carbon than it
emits by 2030') or a second reported clause it hung on the wrong verb ('... and that by
2050, it hopes ...'); and a day between 'said' and the reported clause ('said on Tuesday
he will resign') read as the day of the reported, future verb."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.questions import date as dates

pytestmark = pytest.mark.slow

NOV20 = date(2019, 11, 20)  # a Wednesday


def facts(nlp, text: str) -> dict[str, tuple[str, bool]]:
    """answer -> (question, passing) of every date fact of `text`."""
    found = dates.find(nlp(text), Article(id="t", text=text, published=NOV20))
    return {f.answer: (f.question, f.passing) for f in found}


ASKED = [
    # (text, answer, question)
    # a deadline is asked 'By what year ...?'
    (
        "Toyota plans to sell 1.5 million electric cars by 2026.",
        "2026",
        "By what year does Toyota plan to sell 1.5 million electric cars?",
    ),
    (
        "The Amsterdam council expects to finish the new metro line by March 2022.",
        "March 2022",
        "By when does the Amsterdam council expect to finish the new metro line?",
    ),
    # an organisation's 'it' is the organisation
    (
        "Siemens said it will phase out coal power by 2030.",
        "2030",
        "By what year will Siemens phase out coal power?",
    ),
    # a company's or a police force's 'they', when the verb does not show the plural
    (
        "The Metropolitan Police said they arrested a 35-year-old man in Croydon on Tuesday.",
        "Tuesday, Nov. 19, 2019",
        "On what date did the Metropolitan Police arrest a 35-year-old man in Croydon?",
    ),
    (
        "The BBC said they will close the studio by June 2021.",
        "June 2021",
        "By when will the BBC close the studio?",
    ),
    # ... and the day between 'said' and the 'it' is the day it was said, not asked
    (
        "Siemens said on Tuesday it will close the Berlin plant by March 2021.",
        "March 2021",
        "By when will Siemens close the Berlin plant?",
    ),
    # a deadline at the end of a 'than' clause in the plain present is the main verb's
    (
        "Nestle said it aims to use more recycled plastic than it buys by 2025.",
        "2025",
        "By what year does Nestle aim to use more recycled plastic than it buys?",
    ),
    # a second reported clause ('and that ...') hung on the wrong verb is left out
    (
        "Apple Inc said on Friday it aims to remove more plastic from the oceans than it "
        "produces by 2030 and that by 2040, it hopes to have collected enough to account for "
        "all the packaging the company has ever sold.",
        "2030",
        "By what year does Apple Inc aim to remove more plastic from the oceans than it produces?",
    ),
]


@pytest.mark.parametrize(("text", "answer", "question"), ASKED)
def test_headline_deadline_asked(nlp, text: str, answer: str, question: str) -> None:
    found = facts(nlp, text)
    assert answer in found, found
    assert found[answer] == (question, False)


NOT_WRITTEN_OUT = [
    # someone told: whose 'it'?
    ("Siemens told Reuters it will phase out coal power by 2030.", "2030"),
    # not one body: a people
    ("Americans said it would be hard to save more money by 2030.", "2030"),
    # 'would' of a past report reads as a supposition once the report is left out
    ("Unilever said it would halve its use of new plastic by 2025.", "2025"),
    # 'they plan': 'do Goldman Sachs plan' would not agree
    ("Goldman Sachs said they plan to hire 500 engineers by 2024.", "2024"),
    # another body named between the name and the 'it'
    ("Siemens said after talks with Alstom it will close the plant by 2030.", "2030"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_WRITTEN_OUT)
def test_unsure_it_is_not_written_out(nlp, text: str, answer: str) -> None:
    found = facts(nlp, text)
    assert all(not q.startswith("By what year") for q, _ in found.values()), found


def test_than_clause_with_its_own_time_keeps_its_date(nlp) -> None:
    """'than it sold by 2019' is a past verb: its date is its own, no deadline of 'sell'."""
    found = facts(nlp, "Ikea said it wants to sell more furniture than it sold by 2019.")
    assert all(not q.startswith("By what year does Ikea") for q, _ in found.values()), found


SAID_ON = [
    # (text, answer): the day between 'said' and the reported clause is the remark's,
    # a day before the article, and a passing detail
    ("John Smith said on Tuesday he will resign in March.", "Tuesday, Nov. 19, 2019"),
    (
        "Siemens said on Tuesday it will close the Berlin plant by March 2021.",
        "Tuesday, Nov. 19, 2019",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID_ON)
def test_day_of_the_saying_is_past_and_passing(nlp, text: str, answer: str) -> None:
    found = facts(nlp, text)
    assert answer in found, found
    assert found[answer][1] is True


def test_day_after_that_is_the_reported_clause(nlp) -> None:
    """'said that on Friday he will resign': the day opens the reported clause (ahead)."""
    # (the board says whose: 'the board' alone leans on a sentence before)
    found = facts(nlp, "John Smith said that on Friday he will resign from the board of Acme.")
    assert "Friday, Nov. 22, 2019" in found, found
    assert found["Friday, Nov. 22, 2019"][1] is False


def test_object_and_next_subject_are_not_one_subject(nlp) -> None:
    """A parse that reads 'reached 1.64 GW and Seoul plans' as the subject '1.64 GW and
    Seoul' gives no wh-question on it (a development page of the benchmark)."""
    text = (
        "According to data released by MOTIE in August, newly installed capacity for the first "
        "seven months of the year reached 1.64 GW and Seoul plans to install 30.8 GW of solar "
        "by 2030."
    )
    found = facts(nlp, text)
    assert "2030" in found, found
    assert not found["2030"][0].startswith("By what year"), found
