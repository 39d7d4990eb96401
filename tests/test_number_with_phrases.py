"""A count after 'with' (sample P): 'With how many X ...?' asks how the verb was done, so it
fits only a with-phrase that is the verb's own ('Stadia is launching with 22 games',
'charged with two counts'). A with-phrase set off after its clause by a comma is an
absolute that comments on the clause ('..., with four second-place finishes since 1930'):
no 'With how many' question, only a cloze of the sentence. Invented sentences of the
shapes read on sample P and elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import CLOZE_BLANK, Article
from trainer.questions import number as numbers

pytestmark = pytest.mark.slow

NOV20 = date(2019, 11, 20)


def asked(nlp, text: str) -> dict[str, str]:
    found = numbers.find(nlp(text), Article(id="t", text=text, published=NOV20))
    return {f.answer: f.question for f in found}


SET_OFF = [
    # (sentence, count, the cloze asked of it)
    (  # a record, sample P's shape: the with-phrase is the post's record, not how X won
        "Blue Comet was only the third winner from the No. 12 gate in 41 races (7.3%), with "
        "five runner-up finishes since the track opened in 1952.",
        "five",
        "Blue Comet was only the third winner from the No. 12 gate in 41 races (7.3%), with "
        f"{CLOZE_BLANK} runner-up finishes.",
    ),
    (  # a season's record
        "The Celtics finished the regular season in first place, with 12 wins in their last "
        "15 games.",
        "12",
        f"The Celtics finished the regular season in first place, with {CLOZE_BLANK} wins in "
        "their last 15 games.",
    ),
    (  # a box score's detail
        "The Lakers beat the Nets 110-98, with 31 points from LeBron James.",
        "31",
        f"The Lakers beat the Nets 110-98, with {CLOZE_BLANK} points from LeBron James.",
    ),
]


@pytest.mark.parametrize(("text", "count", "cloze"), SET_OFF)
def test_a_with_phrase_set_off_by_a_comma_is_no_with_question(nlp, text, count, cloze):
    cards = asked(nlp, text)
    assert cards.get(count) == cloze, cards


OWN = [
    # (sentence, count, question): the with-phrase says how the verb was done
    (
        "Acme Airlines launched the route with four daily flights.",
        "four",
        "With how many daily flights did Acme Airlines launch the route?",
    ),
    (
        "Senator Jane Roe was charged with two counts of bribery on Tuesday.",
        "two",
        "With how many counts of bribery was Senator Jane Roe charged on Tuesday?",
    ),
]


@pytest.mark.parametrize(("text", "count", "question"), OWN)
def test_the_verbs_own_with_phrase_is_asked_with_how_many(nlp, text, count, question):
    assert asked(nlp, text).get(count) == question
