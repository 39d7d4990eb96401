"""Number cards (third recall round): sentence -> card for general patterns that gave no
card. Invented sentences, shaped like news.

- a change 'from X to Y' is two levels, not a range: 'increase ... from 23% to 35%'
  ('range from three weeks to five years' stays a range);
- the whole a part is taken from: 'more than half of the 30 hospitals' ('the' there is no
  reference to numbers said before);
- a toll as the subject of a passive: 'at least 12 were killed';
- a rate: 'at 108.55 per dollar', '401 per 100,000 births';
- 'it is noteworthy (clear, ...) that N X ...': the clause after 'that' asked alone;
- a run of results: 'have lost five straight', 'won 11 in a row';
- a duration between two events ('seven years after he fled') is no 'How long ...?'.
"""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import CLOZE_BLANK, Article
from trainer.questions import number as numbers

pytestmark = pytest.mark.slow

NOV20 = date(2019, 11, 20)


def cards(nlp, text: str):
    return numbers.find(nlp(text), Article(id="t", text=text, published=NOV20))


FOUND = [
    # (sentence, answer, words the question must hold)
    (  # a change from one level to another: both levels are asked
        "Vietnam wants solar farms to raise their average output from 18% to 29% by 2030.",
        "29%",
        "from 18% to " + CLOZE_BLANK,
    ),
    (
        "Vietnam wants solar farms to raise their average output from 18% to 29% by 2030.",
        "18%",
        "from " + CLOZE_BLANK + " to 29%",
    ),
    (  # a change noun
        "Kenya's plan calls for a reduction in diesel imports from $4 billion to $2 billion.",
        "$2 billion",
        "to " + CLOZE_BLANK,
    ),
    (  # a part of a whole the sentence states
        "More than half of the 36 schools in Aleppo have closed, according to UNICEF.",
        "36",
        "half of the " + CLOZE_BLANK + " schools in Aleppo",
    ),
    (
        "Airbus said one of the 14 factories in Spain will be shut next year.",
        "14",
        "one of the " + CLOZE_BLANK + " factories in Spain",
    ),
    (  # a rate: its unit 'per ...' stays in the question
        "The Swiss franc weakened 0.2% against the euro at 1.0841 per euro on Tuesday.",
        "1.0841",
        f"at {CLOZE_BLANK} per euro",
    ),
    (
        "Peru's infant mortality rate fell to 11 per 1,000 births in 2018.",
        "11",
        f"to {CLOZE_BLANK} per 1,000 births",
    ),
    (  # 'it is ADJ that ...' asserts what follows: asked alone
        "It is noteworthy that four of the 11 judges on Brazil's Supreme Court were appointed"
        " by Lula.",
        "four",
        "How many of the 11 judges on Brazil's Supreme Court were appointed by Lula?",
    ),
    (
        "Critics have attacked the plan, but it's clear that 2,000 workers at the Renault plant"
        " in Flins will lose their jobs.",
        "2,000",
        "how many workers at the Renault plant in Flins will lose their jobs?",
    ),
    (  # a run of results with no noun: its unit stays after the blank
        "The struggling Detroit Pistons have lost seven straight.",
        "seven",
        f"lost {CLOZE_BLANK} straight.",
    ),
    (
        "The Milwaukee Bucks have won nine in a row after beating the Bulls.",
        "nine",
        f"won {CLOZE_BLANK} in a row",
    ),
    (  # a toll with no noun, subject of a passive
        "At least 14 were killed in the bombing of a market in Mogadishu, police said.",
        "14",
        CLOZE_BLANK + " were killed in the bombing of a market in Mogadishu",
    ),
]


@pytest.mark.parametrize(("text", "answer", "inside"), FOUND)
def test_a_card_asks_the_number(nlp, text: str, answer: str, inside: str) -> None:
    found = [f for f in cards(nlp, text) if f.answer.endswith(answer)]
    assert found, [(f.answer, f.question) for f in cards(nlp, text)]
    assert any(inside in f.question for f in found), [f.question for f in found]


NOT_FOUND = [
    # (sentence, an answer no card may ask, and the words around its blank)
    ("Prison terms in Ohio range from three weeks to five years.", "five years", CLOZE_BLANK),
    ("Prison terms in Ohio range from three weeks to five years.", "three weeks", CLOZE_BLANK),
    ("The two militaries of Russia and Turkey held talks in Geneva.", "two", CLOZE_BLANK),
    (  # 'possible' asserts nothing
        "It is possible that 2,000 workers at the Renault plant in Flins will lose their jobs.",
        "2,000",
        "",
    ),
    (  # a reference to a number said before, not a part of a whole
        "Police in Madrid arrested 12 people on Monday, and the 12 suspects were charged.",
        "12",
        f"the {CLOZE_BLANK} suspects",
    ),
]


@pytest.mark.parametrize(("text", "answer", "around"), NOT_FOUND)
def test_no_card(nlp, text: str, answer: str, around: str) -> None:
    found = cards(nlp, text)
    assert not [f for f in found if f.answer == answer and around in f.question], [
        (f.answer, f.question) for f in found
    ]


INTERVALS = [
    # a duration between two events is no 'How long ...?', and its cloze keeps the event
    ("Julian Assange was arrested seven years after he sought refuge at the embassy.", "after he"),
    ("Toyota recalled the cars two weeks before the launch in Tokyo.", "before the launch"),
]


@pytest.mark.parametrize(("text", "event"), INTERVALS)
def test_an_interval_keeps_its_event(nlp, text: str, event: str) -> None:
    for fact in cards(nlp, text):
        assert f"{CLOZE_BLANK} {event}" in fact.question, fact.question


def test_a_change_of_nothing_named_stays_a_range(nlp) -> None:
    """'Household debt increased from 63 percent to 94 percent': whose, and when? No card."""
    text = "Household debt increased from 63 percent to 94 percent of nominal income."
    assert not [f for f in cards(nlp, text) if f.answer in ("63 percent", "94 percent")]


def test_a_wh_question_drops_the_whole_unit(nlp) -> None:
    """'rose 10.3 per cent' with 'per cent' parsed apart from the number: the question keeps
    no 'per cent' ('By what percentage did revenue ... rise per cent ...?' read wrong)."""
    text = "Revenue from the property business rose 10.3 per cent to S$327."
    found = [f for f in cards(nlp, text) if f.answer == "10.3 per cent"]
    assert found
    assert not [f.question for f in found if "per cent" in f.question]
