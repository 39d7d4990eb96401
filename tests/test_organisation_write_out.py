"""'The company itself had 12,500 employees' leans on the sentence before it; in an article
about one organisation it is written out as that organisation's name ('How many employees
did WeWork have on June 30?'). Never when another organisation or company is named between,
when the noun does not fit the organisation ('the airline' in an article about a ministry),
when the article is about two companies alike, nor inside quotation marks."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.pipeline import facts_of

PUBLISHED = date(2019, 11, 20)

WEWORK = (
    "The New York State Attorney General is investigating WeWork over its dealings with "
    "its co-founder and former chief executive, Adam Neumann.\n\n"
    "WeWork confirmed on Monday that it had been contacted by the attorney general's office. "
    "WeWork’s shares were to be listed in September.\n\n"
    "The New York Times reported on Sunday that WeWork is preparing to cut 4,000 jobs. "
    "The company itself had 12,500 employees on June 30, and there are others who work "
    "for affiliates."
)


def facts(nlp, text: str, title: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text, title=title, published=PUBLISHED)
    return [(f.answer, f.question) for _, f in facts_of(article, nlp).facts]


def asked(nlp, text: str, title: str, answer: str) -> list[str]:
    return [q for a, q in facts(nlp, text, title) if a == answer]


@pytest.mark.slow
def test_the_company_is_written_out_as_the_organisation_the_article_is_about(nlp):
    title = "New York State Attorney General investigating WeWork and former CEO"
    questions = asked(nlp, WEWORK, title, "12,500")
    assert questions, facts(nlp, WEWORK, title)
    assert all("WeWork" in q and "company" not in q for q in questions), questions
    assert "How many employees did WeWork have on June 30, 2019?" in questions


EMIRATES = (
    "Emirates Airline ordered 30 Boeing 787 jets at the Dubai Air Show on Wednesday. "
    "Emirates President Tim Clark said Emirates would use the jets on new routes.\n\n"
    "Emirates has flown the A380 for a decade. The airline will take delivery of "
    "the first of the 787s in 2023, Clark said."
)


@pytest.mark.slow
def test_the_airline_is_written_out_as_an_airline_the_article_names_most(nlp):
    title = "Emirates orders 30 Boeing 787 Dreamliners"
    questions = [q for _, q in facts(nlp, EMIRATES, title) if "2023" not in q]
    about = [q for q in questions if "787s" in q]
    assert about and all("Emirates" in q for q in about), facts(nlp, EMIRATES, title)


MINISTRY = (
    "The Transport Ministry opened an inquiry into the crash on Tuesday. The Transport "
    "Ministry said its investigators would visit the site. The Transport Ministry has asked "
    "for flight recorders.\n\n"
    "The Transport Ministry said the airline will pay a fine of $2 million."
)


@pytest.mark.slow
def test_a_noun_that_does_not_fit_the_organisation_is_not_written_out(nlp):
    title = "Transport Ministry opens crash inquiry"
    questions = [q for _, q in facts(nlp, MINISTRY, title)]
    assert all("Ministry will pay" not in q and "Ministry pay" not in q for q in questions)


MERGER = (
    "Gannett and GateHouse Media agreed to merge on Monday, creating the largest newspaper "
    "chain in the country. GateHouse will pay $12.06 a share for Gannett. Gannett said the "
    "deal was fair, and GateHouse said it would cut costs.\n\n"
    "GateHouse owns 156 daily papers. Gannett owns 109. The company reported a loss of "
    "$10 million in the third quarter."
)


@pytest.mark.slow
def test_an_article_about_two_companies_alike_writes_out_neither(nlp):
    title = "Gannett and GateHouse agree to merge"
    questions = asked(nlp, MERGER, title, "$10 million")
    assert all("Gannett" not in q and "GateHouse" not in q for q in questions), questions


@pytest.mark.slow
def test_a_company_named_between_blocks_the_write_out(nlp):
    text = WEWORK.replace(
        "The company itself had",
        "WeWork bought a startup in Ohio last year. The company itself had",
    )
    title = "New York State Attorney General investigating WeWork and former CEO"
    questions = asked(nlp, text, title, "12,500")
    assert all("WeWork" not in q for q in questions), questions


@pytest.mark.slow
def test_a_quotation_keeps_the_company_as_spoken(nlp):
    text = WEWORK.replace(
        "The company itself had 12,500 employees on June 30, and there are others who "
        "work for affiliates.",
        "“The company had 12,500 employees on June 30,” Jane Roe, a WeWork analyst, said.",
    )
    title = "New York State Attorney General investigating WeWork and former CEO"
    found = facts(nlp, text, title)
    assert all("“WeWork had" not in q and '"WeWork had' not in q for _, q in found), found


AMAZON = (
    "Amazon bought Whole Foods Market in 2017 for $13.7 billion. Amazon said on Monday "
    "that its Prime members would get new discounts. Amazon’s shares rose 2%.\n\n"
    "Amazon has cut prices at its stores. Meanwhile, Whole Foods opened 12 stores in Texas, "
    "and the company hired 900 workers there."
)


@pytest.mark.slow
def test_a_company_the_question_names_before_the_noun_blocks_the_write_out(nlp):
    title = "Amazon cuts prices at Whole Foods"
    questions = asked(nlp, AMAZON, title, "900")
    assert all("Amazon" not in q for q in questions), questions


@pytest.mark.slow
def test_only_the_nouns_of_the_organisation_s_kind_stand_for_it(nlp):
    from trainer.extract.organisations import organisation_names

    title = "New York State Attorney General investigating WeWork and former CEO"
    article = Article(id="t", text=WEWORK, title=title, published=PUBLISHED)
    names = organisation_names(nlp(WEWORK), article)
    assert names.get("the company") == "WeWork", names
    # a company is no startup, airline or lender unless the article says so
    assert not {"the startup", "the airline", "the lender"} & set(names), names
