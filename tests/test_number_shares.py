"""A percentage of a group as its clause's subject is asked 'What percentage of <group>
<predicate>?', and the group it is compared with ('compared to 17% of those who avoided
them') with the same predicate, its 'those' and 'them' written out from the first group.
Sentences of the shape news pages use (sample I), reworded; near misses stay clozes."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article, CardKind
from trainer.pipeline import facts_of

NOV19 = date(2019, 11, 19)


def number_facts(nlp, text: str):
    article = Article(id="t", text=text, published=NOV19)
    return [f for _, f in facts_of(article, nlp).facts if f.kind == CardKind.NUMBER]


TRIAL = (
    "In the Acme trial, 12 percent of patients who took the drug had side effects, compared "
    "with 20 percent of those who took a placebo."
)
SHARES = [
    # (sentence, answer, question)
    (
        TRIAL,
        "12 percent",
        "What percentage of patients who took the drug had side effects in the Acme trial?",
    ),
    (
        TRIAL,
        "20 percent",
        "What percentage of patients who took a placebo had side effects in the Acme trial?",
    ),
    (  # 'them' is what the first group ate
        "In the Leap trial in London, about 3% of infants who ate eggs developed an allergy, "
        "compared to about 14% of those who avoided them.",
        "14%",
        "About what percentage of infants who avoided eggs developed an allergy in the Leap "
        "trial in London?",
    ),
    (  # a rounding hedge; the phrase after the group's noun stays with it
        "Some 60 percent of voters in Ohio backed the wage measure.",
        "60 percent",
        "About what percentage of voters in Ohio backed the wage measure?",
    ),
    (  # the comparison is left out of the first question
        "About 40% of Americans in the Gallup survey said they trusted the news, compared with "
        "55% in 2010.",
        "40%",
        "About what percentage of Americans in the Gallup survey said they trusted the news?",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "question"), SHARES)
def test_a_share_of_a_group_is_asked_what_percentage(nlp, text, answer, question):
    asked = [f.question for f in number_facts(nlp, text) if f.answer == answer]
    assert asked == [question]


NO_SHARE = [
    # (sentence, answer)
    (  # 'the 40%': a reference to a share said before
        "The 40% of voters who backed Smith in Ohio were mostly young.",
        "40%",
    ),
    (  # a comparison with a year, not a group: no 'What percentage of ... in 2010?'
        "About 40% of Americans in the Gallup survey said they trusted the news, compared with "
        "55% in 2010.",
        "55%",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer"), NO_SHARE)
def test_no_share_question_for_a_near_miss(nlp, text, answer):
    asked = [f.question for f in number_facts(nlp, text) if f.answer == answer]
    assert not any("percentage" in q for q in asked)
