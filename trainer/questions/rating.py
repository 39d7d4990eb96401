"""rating: 'How did the fact-checker rate the claim that ...?' -> Mostly False.

A fact-check's verdict (trainer.extract.ratings) is the article's news; the claim it rates
is not, so the claim is only ever asked inside this question (questions.fact_checks keeps
it out of every other card). The answer is written as the fact-checker's scale writes it
(the scale of a fact-checker the article names, else the general one); the wrong answers
are the other ratings of that scale, the nearest first. The question says "the
fact-checker": a name in the article may be another outlet's ("PolitiFact rated a similar
claim ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.doc import evidence_of
from trainer.extract.ratings import verdicts
from trainer.knowledge.ratings import ratings
from trainer.language.text import normalise
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions.fact_checks import is_fact_check

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find(doc: Doc, article: Article) -> list[Fact]:
    if not is_fact_check(article.text):
        return []
    sentences = list(doc.sents)
    facts: list[Fact] = []
    for verdict in verdicts([s.text for s in sentences]):
        placed = ratings().scale_of(verdict.rating, article.text)
        if placed is None:
            continue
        scale, _publisher = placed
        answer = scale.rating(verdict.rating)
        evidence = evidence_of(sentences[verdict.sentence], article)
        if answer is None or evidence is None:
            continue
        facts.append(
            Fact(
                kind=CardKind.RATING,
                key=f"rating|{normalise(verdict.claim)}",
                question=f"How did the fact-checker rate the claim that {verdict.claim}?",
                answer=answer,
                evidence=evidence,
                source=article.id,
                answer_type=AnswerType("rating", scale.name),
            )
        )
    return facts


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """The scale's other ratings, nearest the answer first ('Mostly False' before 'True')."""
    scale = ratings().by_name(fact.answer_type.form)
    if scale is None or fact.answer not in scale.ratings:
        return []
    at = scale.ratings.index(fact.answer)
    others = [r for r in scale.ratings if r != fact.answer]
    return sorted(others, key=lambda r: abs(scale.ratings.index(r) - at))
