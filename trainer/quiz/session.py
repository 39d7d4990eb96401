"""One quiz: the queue of questions, answers judged and scored, retries, the summary.

The TUI drives a `QuizSession`; it never decides anything itself. Every answer goes
to the `Recorder` (trainer.study) as soon as it is given, with a rating derived from
the verdict and the response time; the user may grade it afterwards (`rerate`), take it
back (`undo`) or overrule a wrong verdict (`mark_correct`).

When the history is locked by another program (`study.HistoryBusy`), the answer waits in
`unsaved` and `save_unsaved()` (called again and again by the TUI) writes it once the
lock is free: an answer is never dropped for a lock.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Literal

from trainer import study
from trainer.language.text import masked
from trainer.model import CARD_KINDS, Card, Deck
from trainer.quiz.answers import KindScore, Outcome, Question, Summary, UnsavedAnswer
from trainer.quiz.matching import Judgement, is_person, judge
from trainer.siblings import spread

ModeOption = Literal["auto", "choice", "typed"]
MODES: tuple[ModeOption, ...] = ("auto", "choice", "typed")


RATING_NAMES = {study.AGAIN: "again", study.HARD: "hard", study.GOOD: "good", study.EASY: "easy"}
DONT_KNOW = Judgement("wrong", "no answer")
MARKED_RIGHT = Judgement("right", "marked right by you")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class QuizOptions:
    mode: ModeOption = "auto"
    kinds: tuple[str, ...] = ()  # empty: every kind
    count: int | None = None  # None: every card
    shuffle: bool = True


def _kind_order(kind: str) -> tuple[int, str]:
    return (CARD_KINDS.index(kind) if kind in CARD_KINDS else len(CARD_KINDS), kind)


def derive_rating(judgement: Judgement, seconds: float, slow_after: float) -> int:
    if judgement.verdict == "wrong":
        return study.AGAIN
    if judgement.verdict == "almost" or seconds > slow_after:
        return study.HARD
    return study.GOOD


def people_in(deck: Deck) -> tuple[str, ...]:
    """Everyone a who-said answer could be confused with: answers and choices of person cards."""
    names: dict[str, None] = {}
    for card in deck.cards:
        if is_person(card):
            names[card.answer] = None
            names.update(dict.fromkeys(card.choices))
    return tuple(names)


@dataclass
class QuizSession:
    decks: Sequence[Deck]
    options: QuizOptions = field(default_factory=QuizOptions)
    recorder: study.Recorder = field(default_factory=study.NullRecorder)
    now: Callable[[], datetime] = utc_now
    rng: random.Random = field(default_factory=random.Random)
    # The cards to ask, in this order (`trainer review`'s due queue); None: the decks' cards,
    # filtered by kind and shuffled as the options say.
    queue: Sequence[tuple[Card, Deck]] | None = None
    title: str = ""  # what the header calls this session; "": the deck's title

    def __post_init__(self) -> None:
        self.round = 1
        self.outcomes: list[Outcome] = []  # this round's
        self.unsaved: list[UnsavedAnswer] = []  # oldest first, written in this order
        self._serials = 0
        self.recorder.start_session()  # its score is this quiz's, retries included
        self._names = {deck.id: people_in(deck) for deck in self.decks}
        if self.queue is not None:
            pairs = list(self.queue)
        else:
            pairs = [
                (card, deck)
                for deck in self.decks
                for card in deck.cards
                if not self.options.kinds or card.kind in self.options.kinds
            ]
            if self.options.shuffle:
                self.rng.shuffle(pairs)
        if self.options.count is not None:  # spread first: the N asked are not N siblings
            pairs = spread(pairs, key=lambda pair: pair[0].evidence)[: max(0, self.options.count)]
        self._begin_round(pairs)

    @property
    def heading(self) -> str:
        """'Review' or the deck's title, or 'N decks'."""
        if self.title:
            return self.title
        titles = [deck.title for deck in self.decks]
        return titles[0] if len(titles) == 1 else f"{len(titles)} decks"

    @property
    def shown_heading(self) -> str:
        """The heading as the screen shows it: while a question waits for its answer, the
        answer's words masked ('… drops Assange rape investigation' over 'Complete the
        headline: "_____ drops Assange rape investigation"', of a deck named after its one
        article's headline)."""
        question = self.current if self.awaiting_answer else None
        if question is None:
            return self.heading
        return masked(self.heading, (question.card.answer, *question.card.accept))

    # -- the queue -------------------------------------------------------------

    def _begin_round(self, pairs: list[tuple[Card, Deck]]) -> None:
        pairs = spread(pairs, key=lambda pair: pair[0].evidence)  # siblings apart
        self.questions = [
            self._question(card, deck, i + 1, len(pairs)) for i, (card, deck) in enumerate(pairs)
        ]
        self.position = 0
        self.outcomes = []
        self.started_at = self.now()
        self.ended_at: datetime | None = None
        self._shown_at = self.started_at
        if not self.questions:
            self.ended_at = self.started_at

    def _question(self, card: Card, deck: Deck, number: int, total: int) -> Question:
        choice = self.options.mode != "typed" and card.has_choices
        choices = list(card.choices) if choice else []
        if self.options.shuffle:
            self.rng.shuffle(choices)
        return Question(card, deck, "choice" if choice else "typed", tuple(choices), number, total)

    @property
    def current(self) -> Question | None:
        if self.ended_at is not None or self.position >= len(self.questions):
            return None
        return self.questions[self.position]

    @property
    def awaiting_answer(self) -> bool:
        return self.current is not None and len(self.outcomes) == self.position

    @property
    def last(self) -> Outcome | None:
        return self.outcomes[-1] if self.outcomes else None

    @property
    def finished(self) -> bool:
        return self.ended_at is not None

    def next(self) -> Question | None:
        """Move on after the feedback; the clock for the next answer starts now."""
        if self.awaiting_answer:
            raise RuntimeError("answer the current question before moving on")
        if self.ended_at is None:
            self.position += 1
            self._shown_at = self.now()
            if self.position >= len(self.questions):
                self.ended_at = self._shown_at
        return self.current

    def stop(self) -> Summary:
        """Quit mid-way: the round ends here, answered questions count, the rest don't."""
        if self.ended_at is None:
            self.ended_at = self.now()
        return self.summary()

    # -- answering -------------------------------------------------------------

    def choose(self, index: int) -> Outcome:
        question = self._require_question()
        if question.mode != "choice":
            raise ValueError("this question takes a typed answer")
        if not 0 <= index < len(question.choices):
            raise IndexError(f"no choice {index + 1}")
        reply = question.choices[index]
        judgement = Judgement("right") if reply == question.card.answer else Judgement("wrong")
        return self._record(question, reply, judgement)

    def answer(self, reply: str) -> Outcome:
        question = self._require_question()
        if question.mode == "choice" and reply in question.choices:
            return self.choose(question.choices.index(reply))
        judgement = judge(reply, question.card, self._names.get(question.deck.id, ()))
        return self._record(question, reply.strip(), judgement)

    def _require_question(self) -> Question:
        question = self.current
        if question is None:
            raise RuntimeError("the quiz is over")
        if not self.awaiting_answer:
            raise RuntimeError("this question is already answered")
        return question

    def dont_know(self) -> Outcome:
        """'Show the answer' on a typed question: it counts as wrong."""
        question = self._require_question()
        return self._record(question, "", DONT_KNOW)

    def _record(self, question: Question, reply: str, judgement: Judgement) -> Outcome:
        answered_at = self.now()
        seconds = max(0.0, (answered_at - self._shown_at).total_seconds())
        rating = derive_rating(judgement, seconds, question.slow_after)
        answer = study.Answer(
            card=question.card,
            deck_id=question.deck.id,
            reply=reply,
            mode=question.mode,
            verdict=judgement.verdict,
            response_seconds=seconds,
            answered_at=answered_at,
        )
        self._serials += 1
        outcome = Outcome(
            question, reply, judgement, seconds, rating, rating, None, serial=self._serials
        )
        self.outcomes.append(outcome)
        self.unsaved.append(UnsavedAnswer(answer, rating, rating, self._serials))
        self.save_unsaved()
        return self.outcomes[-1]

    def save_unsaved(self) -> int:
        """Write the answers waiting for the history, oldest first; how many still wait.

        A locked history (study.HistoryBusy) keeps them waiting; any other failure is
        reported on the answer (`record_error`) and that answer is not kept.
        """
        while self.unsaved:
            waiting = self.unsaved[0]
            try:
                review_id: int | None = self.recorder.record(waiting.answer, waiting.derived_rating)
                error = ""
            except study.HistoryBusy:
                self._update(waiting.serial, None, "", unsaved=True)
                return len(self.unsaved)
            except Exception as exc:  # the quiz goes on; the TUI tells the user
                review_id, error = None, f"{type(exc).__name__}: {exc}"
            self.unsaved.pop(0)
            if review_id is not None and waiting.rating != waiting.derived_rating:
                try:
                    self.recorder.rerate(review_id, waiting.rating)
                except Exception as exc:  # the answer is kept; only its grade is not
                    error = f"grade not saved: {type(exc).__name__}: {exc}"
            self._update(waiting.serial, review_id, error, unsaved=False)
        return 0

    def _update(self, serial: int, review_id: int | None, error: str, unsaved: bool) -> None:
        for i, outcome in enumerate(self.outcomes):
            if outcome.serial == serial:
                self.outcomes[i] = replace(
                    outcome, review_id=review_id, record_error=error, unsaved=unsaved
                )

    def _waiting(self, serial: int) -> UnsavedAnswer | None:
        return next((w for w in self.unsaved if w.serial == serial), None)

    def _answered_last(self) -> Outcome:
        outcome = self.last
        if outcome is None or self.awaiting_answer:
            raise RuntimeError("no answer to change")
        return outcome

    def rerate(self, rating: int) -> Outcome:
        """The user's own grade (1-4) for the answer just given."""
        if rating not in RATING_NAMES:
            raise ValueError(f"rating must be 1-4, not {rating}")
        outcome = self._answered_last()
        waiting = self._waiting(outcome.serial)
        if waiting is not None:
            waiting.rating = rating
        elif outcome.review_id is not None and rating != outcome.rating:
            self.recorder.rerate(outcome.review_id, rating)
        outcome = replace(outcome, rating=rating)
        self.outcomes[-1] = outcome
        return outcome

    def undo(self) -> Question:
        """Take the answer just given back: its review is removed and the question is asked
        again, with a fresh clock."""
        outcome = self._answered_last()
        waiting = self._waiting(outcome.serial)
        if waiting is not None:
            self.unsaved.remove(waiting)
        elif outcome.review_id is not None:
            self.recorder.undo(outcome.review_id)
        self.outcomes.pop()
        self._shown_at = self.now()
        return self._require_question()

    def mark_correct(self) -> Outcome:
        """The user says a typed answer judged wrong (or almost) is right: the same review is
        corrected (verdict right, rated as a right answer in that time), not a second one."""
        outcome = self._answered_last()
        if not outcome.can_mark_correct:
            raise RuntimeError("only a typed answer not judged right can be marked right")
        rating = derive_rating(MARKED_RIGHT, outcome.response_seconds, outcome.question.slow_after)
        waiting = self._waiting(outcome.serial)
        if waiting is not None:
            waiting.answer = replace(waiting.answer, verdict="right")
            waiting.derived_rating = waiting.rating = rating
        elif outcome.review_id is not None:
            self.recorder.correct(outcome.review_id, "right", rating)
        outcome = replace(outcome, judgement=MARKED_RIGHT, derived_rating=rating, rating=rating)
        self.outcomes[-1] = outcome
        return outcome

    def set_aside(self, how: Literal["suspend", "bury"]) -> Question:
        """Suspend (until unsuspended) or bury (for today) the card just answered: review
        leaves it out. Its answer stands."""
        outcome = self._answered_last()
        if self._waiting(outcome.serial) is not None:
            raise RuntimeError("the answer is not saved yet (the history is locked)")
        question = outcome.question
        if how == "suspend":
            self.recorder.suspend(question.deck.id, question.card.id)
        else:
            self.recorder.bury(question.deck.id, question.card.id, self.now())
        return question

    # -- results ---------------------------------------------------------------

    def summary(self) -> Summary:
        counts: dict[str, dict[str, int]] = {}
        for outcome in self.outcomes:
            kind = counts.setdefault(
                outcome.question.card.kind, {"right": 0, "almost": 0, "wrong": 0}
            )
            kind[outcome.verdict] += 1
        end = self.ended_at or self.now()
        return Summary(
            planned=len(self.questions),
            right=sum(o.verdict == "right" for o in self.outcomes),
            almost=sum(o.verdict == "almost" for o in self.outcomes),
            wrong=sum(o.verdict == "wrong" for o in self.outcomes),
            seconds=max(0.0, (end - self.started_at).total_seconds()),
            by_kind=tuple(
                KindScore(kind, **counts[kind]) for kind in sorted(counts, key=_kind_order)
            ),
            missed=tuple(o for o in self.outcomes if not o.correct),
            round=self.round,
        )

    @property
    def score(self) -> tuple[int, int]:
        """(correct, answered) so far in this round."""
        return sum(o.correct for o in self.outcomes), len(self.outcomes)

    def retry_missed(self) -> bool:
        """Start a new round with the questions missed in this one; False if none were."""
        missed = [(o.question.card, o.question.deck) for o in self.outcomes if not o.correct]
        if not missed:
            return False
        if self.options.shuffle:
            self.rng.shuffle(missed)
        self.round += 1
        self._begin_round(missed)
        return True
