"""A sentence of its own after a colon is judged on its own: a lead-in in the first or
second person ('now we know when you can get it:') no longer refuses the number and the
date the clause after it gives. A colon after a verb of saying, or before a quotation,
keeps the sentence whole (the words' source), as before."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article, CardKind
from trainer.pipeline import facts_of

MAR3 = date(2021, 3, 3)


def facts(nlp, text: str, kind: CardKind):
    article = Article(id="t", text=text, published=MAR3)
    return [f for _, f in facts_of(article, nlp).facts if f.kind == kind]


LEAD_IN = (
    "At last we can tell you when you can buy it and what it costs: the Acme Phone 12 will go "
    "on sale in Germany on April 9, at a price of $799."
)


@pytest.mark.slow
def test_a_clause_after_a_colon_gives_its_number(nlp):
    found = {f.answer: f.question for f in facts(nlp, LEAD_IN, CardKind.NUMBER)}
    assert "$799" in found
    question = found["$799"]
    assert "the Acme Phone 12 will go on sale in Germany" in question.replace("The ", "the ")
    assert "you" not in question.split() and "we" not in question.lower().split()


@pytest.mark.slow
def test_a_clause_after_a_colon_gives_its_date(nlp):
    found = {f.answer: f.question for f in facts(nlp, LEAD_IN, CardKind.DATE)}
    assert [a for a in found if "April 9" in a or "Apr. 9" in a]
    assert all("you" not in q.split() for q in found.values())


NEAR_MISSES = [
    # a quotation after the colon: the lead-in says whose words they are
    'The mayor put it bluntly: "We will need $40 million to fix the bridge over the Hudson."',
    # a verb of saying before the colon: the clause is what the speaker wrote
    "Acme chief Jane Roe wrote on Tuesday: we will cut 300 jobs at the plant in Toledo.",
    # no sentence after the colon: the lead-in still decides
    "We know what it will cost you: $799 for the Acme Phone 12 in Germany.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_clause_is_cut_from_its_source_or_its_lead_in(nlp, text):
    for fact in facts(nlp, text, CardKind.NUMBER):
        assert ":" in fact.question or "we" in fact.question.lower().split()


@pytest.mark.slow
def test_a_lead_in_that_stands_alone_stays(nlp):
    text = (
        "As for Jane Roe, most Democrats in Ohio were pleased with her campaign: 47 percent "
        "said Roe had run it well."
    )
    found = {f.answer: f.question for f in facts(nlp, text, CardKind.NUMBER)}
    assert "most Democrats in Ohio" in found["47 percent"]


@pytest.mark.slow
def test_a_wh_clause_after_a_colon_is_no_sentence(nlp):
    text = (
        "Cheap loans may explain a puzzle: how Ireland, a nation of five million, managed to "
        "amass $271 billion of United States bonds."
    )
    for fact in facts(nlp, text, CardKind.NUMBER):
        assert not fact.question.startswith("How Ireland")
