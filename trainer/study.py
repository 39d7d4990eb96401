"""What the quiz tells the review history: one `Answer` per question answered.

The quiz session (trainer.quiz) produces answers; a `Recorder` (the SQLite review
store in trainer.review) keeps them. This module is the contract between the two and
imports neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from trainer.model import Card

Verdict = Literal["right", "almost", "wrong"]
Mode = Literal["choice", "typed"]

# Anki's grades, which FSRS uses too.
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4


@dataclass(frozen=True)
class Answer:
    card: Card
    deck_id: str
    reply: str  # what the user typed, or the text of the choice they picked
    mode: Mode
    verdict: Verdict
    response_seconds: float
    answered_at: datetime  # timezone-aware UTC


class Recorder(Protocol):
    def start_session(self) -> None:
        """A new quiz (or review) begins: its answers are scored apart from earlier ones."""
        ...

    def record(self, answer: Answer, rating: int) -> int:
        """Store the answer, committed before returning; return its review id."""
        ...

    def rerate(self, review_id: int, rating: int) -> None:
        """The user graded the answer themselves (1-4) after the feedback."""
        ...

    def undo(self, review_id: int) -> None:
        """The user took the answer back: the review is removed, as if never given."""
        ...

    def correct(self, review_id: int, verdict: Verdict, rating: int) -> None:
        """The user overrode the verdict (a typo the matcher missed): the same review,
        corrected, not a second one."""
        ...

    def suspend(self, deck_id: str, card_id: str) -> None:
        """Leave the card out of review until the user unsuspends it."""
        ...

    def bury(self, deck_id: str, card_id: str, at: datetime) -> None:
        """Leave the card out of review for the rest of the study day of `at`."""
        ...


class HistoryBusy(Exception):
    """The history is locked by another program for now: try the same write again later."""


class NullRecorder:
    """Keeps nothing: for tests and for a quiz run with history switched off."""

    def start_session(self) -> None:
        return None

    def record(self, answer: Answer, rating: int) -> int:
        return 0

    def rerate(self, review_id: int, rating: int) -> None:
        return None

    def undo(self, review_id: int) -> None:
        return None

    def correct(self, review_id: int, verdict: Verdict, rating: int) -> None:
        return None

    def suspend(self, deck_id: str, card_id: str) -> None:
        return None

    def bury(self, deck_id: str, card_id: str, at: datetime) -> None:
        return None
