"""What a quiz round is made of and gives back: a question as asked, the outcome of an
answer (judged, rated, saved or waiting for the history's lock) and the scores of a round.

Plain data shared by `QuizSession` (trainer.quiz.session) and the screens that show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer import study
from trainer.model import Card, Deck, Source
from trainer.quiz.matching import Judgement

# An answer is slow (rated Hard, not Good) after this long, plus reading time for the question.
SLOW_AFTER_SECONDS = {"choice": 10.0, "typed": 20.0}
READING_CHARS_PER_SECOND = 25.0


@dataclass(frozen=True)
class Question:
    card: Card
    deck: Deck
    mode: study.Mode
    choices: tuple[str, ...]  # in the order shown; empty when typed
    number: int  # 1-based within the round
    total: int

    @property
    def source(self) -> Source | None:
        for source_id in self.card.sources:
            found = self.deck.source(source_id)
            if found is not None:
                return found
        return None

    @property
    def slow_after(self) -> float:
        return SLOW_AFTER_SECONDS[self.mode] + len(self.card.question) / READING_CHARS_PER_SECOND


@dataclass(frozen=True)
class Outcome:
    question: Question
    reply: str
    judgement: Judgement
    response_seconds: float
    derived_rating: int
    rating: int
    review_id: int | None  # None when the recorder failed, or while the answer is unsaved
    record_error: str = ""
    unsaved: bool = False  # waiting for the history's lock (see QuizSession.save_unsaved)
    serial: int = 0  # the answer's number in the session, to find it again once saved

    @property
    def verdict(self) -> study.Verdict:
        return self.judgement.verdict

    @property
    def correct(self) -> bool:
        return self.verdict != "wrong"

    @property
    def can_mark_correct(self) -> bool:
        """A typed answer judged wrong or almost: the user may say the matcher missed it."""
        return self.question.mode == "typed" and self.verdict != "right"


@dataclass
class UnsavedAnswer:
    """An answer the history could not take yet (locked); written by `save_unsaved`."""

    answer: study.Answer
    derived_rating: int  # recorded as the quiz's rating ...
    rating: int  # ... then re-rated to this when the user graded it meanwhile
    serial: int


@dataclass(frozen=True)
class KindScore:
    kind: str
    right: int
    almost: int
    wrong: int

    @property
    def total(self) -> int:
        return self.right + self.almost + self.wrong

    @property
    def accuracy(self) -> float:
        return (self.right + self.almost) / self.total if self.total else 0.0


@dataclass(frozen=True)
class Summary:
    planned: int  # questions in the round
    right: int
    almost: int
    wrong: int
    seconds: float
    by_kind: tuple[KindScore, ...]
    missed: tuple[Outcome, ...]
    round: int  # 1 for the first pass, 2 for the first retry, ...

    @property
    def answered(self) -> int:
        return self.right + self.almost + self.wrong

    @property
    def score(self) -> int:
        return self.right + self.almost

    @property
    def complete(self) -> bool:
        return self.answered >= self.planned

    @property
    def accuracy(self) -> float:
        return self.score / self.answered if self.answered else 0.0
