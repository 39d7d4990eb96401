"""Fact-check articles (issue 15 item 5): the deck asks how the claim was rated, with the
other ratings of the same scale as options, and never states the rated claim as a fact.
Invented fact-checks (none copied from a page) through `trainer generate`; the verdict
shapes on single sentences (no parse)."""

from __future__ import annotations

import pytest

from trainer.cli import main
from trainer.decks import load_deck
from trainer.extract.ratings import verdicts
from trainer.knowledge.ratings import ratings
from trainer.questions.fact_checks import sentences_of

WE_RATE = """---
title: No, the state did not ban gas stoves
published: 2026-03-04
---
A viral post claims that the state legislature banned the sale of gas stoves in January.

The post was shared more than 40,000 times on Facebook. PolitiFact looked at the bill the \
legislature passed on Jan. 12.

The bill sets efficiency standards for new buildings starting in 2028. It says nothing about \
the sale of stoves, said Maria Keller, a spokeswoman for the state energy office.

We rate this claim False.
"""

LABEL = """---
title: "Fact check: Did the city cut its police budget by half?"
published: 2026-05-10
---
Council member Dana Whitfield said at a town hall on Tuesday that the city cut its police \
budget by half last year.

City budget records show the police department received $212 million in 2025, up from \
$205 million in 2024.

Whitfield's office did not respond to a request for comment.

Our rating: Pants on Fire.

PolitiFact rated a similar claim about the county budget Mostly False in 2023.
"""

CLAIM_IS = """---
title: "Fact check: Photo does not show flooding at the airport"
published: 2026-08-21
---
Social media users shared a photo they said shows the main runway of Lisbon airport under \
water after the storm on Sunday.

The photo was taken in 2019 at an airport in Indonesia, according to a reverse image search.

The claim that the photo shows Lisbon airport after Sunday's storm is false.

The airport operator said the airport stayed open throughout the storm and recorded 12 \
millimetres of rain.
"""

LABELLED = """---
title: Old photo, new caption
published: 2026-02-11
---
Claim: A photograph shows snow on the pyramids of Giza in January 2026.

A photograph shared widely on Instagram this week shows the pyramids under a layer of snow.

The image first appeared on a digital art website in 2017, where its creator described it \
as a composite. Snopes found no weather reports of snow in Giza this winter.

Rating: Miscaptioned
"""

UNNAMED_CLAIM = """---
title: "Fact check: Senator's budget figure"
published: 2026-05-10
---
Senator Tom Reyes said on Monday that his state cut school spending by 40 percent in 2025.

Ohio's school spending rose by 3 percent in 2025, to $9.1 billion, budget documents show.

A spokesman for Reyes did not respond to questions.

We rate this claim False.
"""

NEWS = """---
title: Council passes budget
published: 2026-05-10
---
The Dover city council approved a $1.2 billion budget on Tuesday after a six-hour debate.

Critics said the claim that the budget cuts services is false, but the mayor disagreed.

Mayor Ana Ruiz said the plan keeps every library open.
"""


def generate(tmp_path, text: str):
    article = tmp_path / "check.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "check.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--all-cards"]) == 0
    return load_deck(out)


CARDS = [
    # (article, question, answer, scale)
    (
        WE_RATE,
        "How did the fact-checker rate the claim that the state legislature banned the sale "
        "of gas stoves in January?",
        "False",
        "Truth-O-Meter",
    ),
    (
        LABEL,
        "How did the fact-checker rate the claim that the city cut its police budget by half "
        "last year?",
        "Pants on Fire",
        "Truth-O-Meter",
    ),
    (
        LABELLED,
        "How did the fact-checker rate the claim that a photograph shows snow on the pyramids "
        "of Giza in January 2026?",
        "Miscaptioned",
        "Snopes",
    ),
    (
        CLAIM_IS,
        "How did the fact-checker rate the claim that the photo shows Lisbon airport after "
        "Sunday's storm?",
        "False",
        "general",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "question", "answer", "scale"), CARDS)
def test_a_fact_check_s_deck_asks_the_rating(nlp, tmp_path, text, question, answer, scale):
    deck = generate(tmp_path, text)
    rated = [c for c in deck.cards if c.kind == "rating"]
    assert [(c.question, c.answer) for c in rated] == [(question, answer)]
    card = rated[0]
    assert card.choices and answer in card.choices and len(card.choices) >= 3
    same_scale = ratings().by_name(scale)
    assert same_scale is not None
    assert set(card.choices) <= set(same_scale.ratings)
    assert card.evidence and answer.lower() in card.evidence.lower()


@pytest.mark.slow
@pytest.mark.parametrize("text", [WE_RATE, LABEL, LABELLED, CLAIM_IS])
def test_the_rated_claim_is_never_a_card_s_fact(nlp, tmp_path, text):
    deck = generate(tmp_path, text)
    claim = next(c for c in deck.cards if c.kind == "rating").question
    claim = claim.split("the claim that ", 1)[1].rstrip("?")
    for card in deck.cards:
        if card.kind != "rating":
            assert claim not in card.evidence, card.question


@pytest.mark.slow
def test_a_news_story_that_quotes_a_rating_has_no_rating_card(nlp, tmp_path):
    deck = generate(tmp_path, NEWS)
    assert [c for c in deck.cards if c.kind == "rating"] == []
    assert any(c.kind == "date" for c in deck.cards)


@pytest.mark.parametrize(
    ("sentences", "rating", "claim"),
    [
        (
            ["We rate the claim that the bridge closed in May Mostly False."],
            "Mostly False",
            "the bridge closed in May",
        ),
        (
            ["A post claims that the mayor sold the airport.", "So, we rate it Pants on Fire!"],
            "Pants on Fire",
            "the mayor sold the airport",
        ),
        (
            ["An image claims that the dam burst on Monday.", "Rating: Unproven"],
            "Unproven",
            "the dam burst on Monday",
        ),
        (["We give this claim Four Pinocchios."], None, None),  # no claim written out
        (
            ["Claim: Many stores closed on Sunday in protest.", "Verdict: Unproven"],
            "Unproven",
            "many stores closed on Sunday in protest",
        ),
        # two claims reported before one verdict: which was rated?
        (
            [
                "A post claims that taxes doubled in 2024.",
                "Another claims that fees tripled in 2025.",
                "We rate this claim False.",
            ],
            None,
            None,
        ),
        # a claim that leans on a pronoun cannot be asked alone
        (
            ["Smith claimed that he won every county in 2020.", "We rate this claim False."],
            None,
            None,
        ),
        # not a verdict's shape: a quoted opinion
        (["Critics said the claim that the budget cuts services is false."], None, None),
    ],
)
def test_verdict_shapes(sentences, rating, claim):
    found = verdicts(sentences)
    if rating is None:
        assert found == []
    else:
        assert [(v.rating, v.claim) for v in found] == [(rating, claim)]


def test_sentences_of_splits_paragraphs_without_a_full_stop():
    assert sentences_of("A post claims that X did Y.\n\nRating: False") == [
        "A post claims that X did Y.",
        "Rating: False",
    ]


@pytest.mark.slow
@pytest.mark.parametrize("text", [WE_RATE, LABEL])
def test_the_default_card_rule_keeps_the_verdict_stated_last(nlp, tmp_path, text):
    article = tmp_path / "check.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "check.deck.yaml"
    assert main(["generate", str(article), "-o", str(out)]) == 0
    assert [c.kind for c in load_deck(out).cards].count("rating") == 1


@pytest.mark.slow
def test_the_lead_s_claim_is_no_fact_even_when_no_verdict_names_it(nlp, tmp_path):
    """'his state cut ...' leans on a pronoun: no rating card, and still no card of it;
    the rebuttal's own figures stay."""
    deck = generate(tmp_path, UNNAMED_CLAIM)
    answers = {c.answer for c in deck.cards}
    assert "40 percent" not in answers and "Monday" not in " ".join(answers)
    assert "3 percent" in answers
    assert not any(c.kind == "rating" for c in deck.cards)
