"""What something is valued at: 'How much is X valued at?' (not 'At what price', which asks
for a sale's price), and a passive "It's valued at" whose 'it' is written out reads 'is',
never 'has'. Sentences of the shape news pages use (sample I), reworded."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article, CardKind
from trainer.pipeline import facts_of

NOV19 = date(2019, 11, 19)


def number_facts(nlp, text: str):
    article = Article(id="t", text=text, published=NOV19)
    return [f for _, f in facts_of(article, nlp).facts if f.kind == CardKind.NUMBER]


VALUED = [
    # (sentence, answer, question)
    (
        "The Hope Diamond is valued at $250 million.",
        "$250 million",
        "As of November 2019, how much is the Hope Diamond valued at?",
    ),
    (  # a pronoun written out before "'s": a passive, 'is'
        "Marilyn Monroe's white dress was stolen from a museum last week. It's valued at "
        "$4.6 million.",
        "$4.6 million",
        "As of November 2019, how much is Marilyn Monroe's white dress valued at?",
    ),
    (
        "The Acme Corp. stake in Beta Inc. was estimated at $3 billion in 2017.",
        "$3 billion",
        "How much was the Acme Corp. stake in Beta Inc. estimated at in 2017?",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "question"), VALUED)
def test_a_value_is_asked_how_much(nlp, text, answer, question):
    asked = [f.question for f in number_facts(nlp, text) if f.answer == answer]
    assert asked == [question]


@pytest.mark.slow
def test_a_sale_price_is_still_asked_at_what_price(nlp):
    text = "Acme Corp. bought the shares of Beta Inc. at $40 on Monday."
    asked = [f.question for f in number_facts(nlp, text) if f.answer == "$40"]
    assert not any(q.lower().startswith("how much") for q in asked)


@pytest.mark.slow
def test_a_value_describing_a_noun_stays_in_its_sentence(nlp):
    # 'How much was a Picasso painting valued at?' would not say which painting
    text = (
        "A Picasso painting valued at $5 million was stolen from the Acme Gallery in Paris on "
        "Tuesday."
    )
    asked = [f.question for f in number_facts(nlp, text) if f.answer == "$5 million"]
    assert asked == [
        "A Picasso painting valued at _____ was stolen from the Acme Gallery in Paris on Tuesday."
    ]
