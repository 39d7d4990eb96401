"""'over the past five years', 'for the next two years', 'the last 10 games': a count of
the periods just before or just after the article's time. Read on unseen pages and the
corpus, 10 of 12 such blanks were passing details (a decline 'over the next three months',
interest 'over the past five years'): the span is told relative to a moment the card does
not show, so such a count is asked only with --all-cards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.language.lexicon import wordset

if TYPE_CHECKING:
    from spacy.tokens import Span

NEAR_PERIOD_WORDS = wordset("next past last previous coming following")
# words between the period word and the count: 'the past nearly five years'
HEDGES = wordset("about almost nearly roughly some around")


def counts_a_near_period(span: Span) -> bool:
    """Is this count the number of periods in 'the next/past/last N ...'?"""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in HEDGES:
        i -= 1
    return i >= 1 and doc[i].lower_ in NEAR_PERIOD_WORDS and doc[i - 1].lower_ == "the"
