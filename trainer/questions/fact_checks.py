"""Fact-check articles: a claim the article rates false (or unproven, misleading...) is
never asked as a fact; the `rating` card (questions.rating) asks how it was rated instead.

A fact-check states the claim it examines, often in the lead, then rates it. Questions
cut from the claim's sentence would teach the claim as true. So in an article that reads
as a fact-check (a verdict: "We rate this claim False", "Rating: Mostly False"; or rating
words beside the claims it reports, or a fact-checker's own words), facts whose evidence
reports a claim, accusation or allegation, or restates a rated claim or the claim its lead
reports ("Smith said on Tuesday that ..."), and does not rate it, make no card. Precision first: a sentence that reports a claim is dropped whether or not
the claim is the one rated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.extract.ratings import is_verdict, lead_claims, restates, verdicts
from trainer.model import Article, CardKind, Fact

_RATING = (
    r"(?:pants on fire|(?:mostly |half[- ]|patently |completely |totally )?(?:false|true)|"
    r"not true|untrue|unproven|unsupported|misleading|mixture|inaccurate|baseless|"
    r"fabricated|groundless|unfounded|no evidence|four pinocchios)"
)
_CLAIM = r"(?:claims?|claimed|allegations?|alleged|accusations?|accused|assertions?)"
RATING = re.compile(rf"\b{_RATING}\b", re.IGNORECASE)
CLAIM = re.compile(rf"\b{_CLAIM}\b", re.IGNORECASE)
FACT_CHECKER = re.compile(
    r"\b(?:fact[- ]check(?:s|ed|er|ers|ing)?|we rate[ds]?|rated (?:it|this|the claim)|"
    r"verdict:|rating:|polygraph\.info|politifact|snopes|full fact|factcheck\.org)",
    re.IGNORECASE,
)
# A sentence that reports what someone claims (what a fact-check rates).
REPORTS_CLAIM = re.compile(
    rf"\b(?:{_CLAIM}|asserts?|asserted|purports?|purported|viral|posts? (?:on|shared)|"
    r"according to (?:the |a )?(?:post|video|meme|tweet|claim))\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])|\n\s*\n")


def sentences_of(text: str) -> list[str]:
    """The text's sentences, near enough for finding verdicts without a parse."""
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def is_fact_check(text: str) -> bool:
    """A verdict; or rating words in the same sentence as a reported claim, twice; or once,
    with a fact-checker's own words ("fact-check", "we rate", "Verdict:")."""
    sentences = sentences_of(text)
    if any(is_verdict(s) for s in sentences):
        return True
    rated = sum(1 for s in sentences if CLAIM.search(s) and RATING.search(s))
    return rated >= 2 or (rated >= 1 and FACT_CHECKER.search(text) is not None)


def without_rated_claims(
    article: Article, found: Sequence[tuple[int, Fact]]
) -> list[tuple[int, Fact]]:
    """The facts, less those whose evidence reports a claim or restates a rated one, when
    the article is a fact-check; all of them otherwise. Rating cards stay."""
    if not is_fact_check(article.text):
        return list(found)
    sentences = sentences_of(article.text)
    claims = [*(v.claim for v in verdicts(sentences)), *lead_claims(sentences)]
    return [
        (at, f)
        for at, f in found
        if f.kind == CardKind.RATING
        or not (states_claim(f.evidence) or _restates_rated(f.evidence, claims))
    ]


def states_claim(sentence: str) -> bool:
    """A sentence reporting a claim without rating it ("A post claims that ..."); the
    sentence that rates it ("Robertson said the claim is false") is the article's own news."""
    return REPORTS_CLAIM.search(sentence) is not None and RATING.search(sentence) is None


def _restates_rated(sentence: str, claims: Sequence[str]) -> bool:
    """'Whitfield said at a town hall that the city cut its police budget by half': the
    rated claim again, in words the claim filter does not know ('said')."""
    return RATING.search(sentence) is None and any(restates(sentence, c) for c in claims)
