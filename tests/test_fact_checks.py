"""Fact-check articles (issue 15 item 5): the claim a fact-check rates is never asked
as a fact."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, needs_corpus
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions.fact_checks import is_fact_check, without_rated_claims

CHECK = (
    "A viral post claims that the city of Dover banned bicycles on Monday.\n\n"
    "The claim is false. Dover's council voted on a bicycle lane budget instead.\n\n"
    "The council approved $2 million for new lanes, council records show."
)
NEWS = (
    "The council approved $2 million for new bicycle lanes on Monday.\n\n"
    "Critics said the plan was misleading. The mayor called it a good start."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CHECK + "\n\nWe rate this claim False.", True),
        ("Officials said the claims were false. Experts said the allegations are baseless.", True),
        ("PolitiFact: the claim that taxes doubled is Mostly False.", True),
        (NEWS, False),
        ("Prosecutors alleged that he lied. He said the charges were true to form.", False),
        ("The senator's claim drew applause. Turnout was false alarm-free.", False),
    ],
)
def test_a_fact_check_is_told_by_ratings_beside_claims(text, expected):
    assert is_fact_check(text) is expected


def fact(evidence: str) -> Fact:
    return Fact(
        kind=CardKind.DATE,
        key=f"date|{evidence}",
        question="q",
        answer="Monday",
        evidence=evidence,
        source="x",
        answer_type=AnswerType("date"),
    )


def test_facts_from_the_claim_s_sentence_make_no_card_in_a_fact_check_only():
    claim = fact("A viral post claims that the city of Dover banned bicycles on Monday.")
    record = fact("The council approved $2 million for new lanes, council records show.")
    checked = Article(id="x", text=CHECK + "\n\nWe rate this claim False.")
    kept = without_rated_claims(checked, [(0, claim), (100, record)])
    assert kept == [(100, record)]
    news = Article(id="x", text=NEWS + "\n\n" + claim.evidence)
    assert len(without_rated_claims(news, [(0, claim), (100, record)])) == 2


INVENTED = (
    "A post claims that Dover's council banned bicycles on Nov. 4, 2019.\n\n"
    "The claim is false, council records show. Mayor Ann Lee said the allegation was "
    "unfounded.\n\n"
    '"We have never discussed banning bicycles," Lee said.'
)


@pytest.mark.slow
@pytest.mark.parametrize("checked", [True, False])
def test_a_fact_check_keeps_its_own_news_and_drops_the_claim(nlp, checked):
    from trainer.pipeline import facts_of

    rating = "The claim is false, council records show. Mayor Ann Lee said the allegation was "
    text = INVENTED if checked else INVENTED.replace(rating, "Mayor Ann Lee was ")
    found = facts_of(Article(id="x", text=text), nlp)
    questions = [f.question for _, f in found.facts]
    from_claim = [f for _, f in found.facts if "banned bicycles" in f.evidence]
    assert any("We have never discussed" in q for q in questions)
    assert bool(from_claim) is not checked, questions


@pytest.mark.slow
@needs_corpus
def test_the_corpus_fact_check_keeps_the_rebuttals(nlp):
    from trainer.articles import read_article
    from trainer.pipeline import facts_of

    path = next(p for p in corpus_files(".txt") if "fact-check" in p.name)
    found = facts_of(read_article(path), nlp)
    assert found.facts
    for _, f in found.facts:
        assert "accused U.S. forces" not in f.evidence, f.question
    # "Robertson ... told VOA ... that the ... claim 'is patently false'" rates the claim
    assert any(f.answer == "Sean Robertson" for _, f in found.facts)
