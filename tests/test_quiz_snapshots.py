"""How each quiz screen looks at 80x24: pytest-textual-snapshot (SVGs in __snapshots__/).

Update after an intended change of look: `pytest tests/test_quiz_snapshots.py --snapshot-update`,
then look at the SVGs before committing them.
"""

from __future__ import annotations

import random

from tests.quizdecks import CHOICE_CARDS, TYPED_CARDS, FakeClock, Steps, make_deck
from trainer.quiz.session import QuizOptions, QuizSession
from trainer.tui.app import create_app

IN_ORDER = QuizOptions(shuffle=False)


def quiz(cards=CHOICE_CARDS + TYPED_CARDS, options=IN_ORDER):
    session = QuizSession([make_deck(cards)], options, now=FakeClock(), rng=random.Random(0))
    return create_app(session=session, key_clock=Steps())


def start_app():
    other = make_deck(CHOICE_CARDS[:2], deck_id="other", title="Budget talks, April 2021")
    return create_app(
        [make_deck(), other],
        broken=[("/decks/bad.deck.yaml", "/decks/bad.deck.yaml:3: missing required field 'cards'")],
        last_score=lambda deck_id: (4, 5) if deck_id == "summit" else None,
        now=FakeClock(),
        rng=random.Random(0),
    )


def test_start_screen(snap_compare):
    assert snap_compare(start_app())


def test_question_choice(snap_compare):
    assert snap_compare(quiz())


def test_feedback_right(snap_compare):
    assert snap_compare(quiz(), press=["1"])


def test_feedback_wrong(snap_compare):
    assert snap_compare(quiz(), press=["1", "enter", "a"])


def test_question_typed_cloze(snap_compare):
    assert snap_compare(quiz(TYPED_CARDS[1:]))


def test_feedback_almost_typed(snap_compare):
    assert snap_compare(quiz(TYPED_CARDS), press=[*"Lisbn", "enter"])


def test_summary_with_missed(snap_compare):
    keys = ["2", "enter", "2", "enter", "1", "enter", *"Lisbon", "enter", "enter"]
    assert snap_compare(quiz(), press=[*keys, *"stay", "enter", "enter"])


def test_summary_partial(snap_compare):
    assert snap_compare(quiz(), press=["1", "enter", "q"])


def test_help(snap_compare):
    assert snap_compare(quiz(), press=["question_mark"])


def test_too_small(snap_compare):
    assert snap_compare(quiz(), terminal_size=(50, 12))


def test_light_theme(snap_compare):
    assert snap_compare(quiz(), press=["ctrl+t", "2"])
