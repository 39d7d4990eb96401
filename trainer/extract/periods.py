"""'over the past five years', 'for the next two years', 'the last 10 games', 'four overs
later': a count of the periods just before or just after the article's time, or a moment
the card does not show. Read on unseen pages and the corpus, 10 of 12 such blanks were
passing details (a decline 'over the next three months', interest 'over the past five
years'): the span is told relative to a moment the card does not show, so such a count is
asked only with --all-cards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.language.lexicon import wordset
from trainer.language.numbers import DURATION_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Span

NEAR_PERIOD_WORDS = wordset("next past last previous coming following")
# words between the period word and the count: 'the past nearly five years'
HEDGES = wordset("about almost nearly roughly some around")


def counts_a_near_period(span: Span) -> bool:
    """Is this count the number of periods in 'the next/past/last N ...', in 'N overs
    later' (later than a moment the card does not show), or in 'N months away' (counted
    from the article's day)?"""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in HEDGES:
        i -= 1
    if i >= 1 and doc[i].lower_ in NEAR_PERIOD_WORDS and doc[i - 1].lower_ == "the":
        return True
    unit = span.root.head if span.root.dep_ == "nummod" else span.root
    after = unit.i + 1
    light = unit.i > 0 and doc[unit.i - 1].text in ("-", "light")  # '39 light-years away'
    if (
        after < len(doc)
        and doc[after].lower_ == "away"
        and f"{unit.lemma_.lower()}s" in DURATION_UNITS
        and not light
    ):
        return True  # 'with the 2020 elections 11 months away': a countdown from the day
    return (
        after < len(doc)
        and doc[after].lower_ in ("later", "earlier")
        and not (after + 1 < len(doc) and doc[after + 1].lower_ == "than")  # 'later than planned'
    )
