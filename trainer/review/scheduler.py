"""The FSRS scheduler behind a small interface of JSON-able dicts.

The store keeps a card's memory state as the dict of `fsrs.Card.to_dict()` and each
review's log as `fsrs.ReviewLog.to_dict()`; this adapter is the only place that turns
them back into fsrs objects. Times are timezone-aware UTC and always passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any, TypedDict


class Rating(IntEnum):
    """How well a card was remembered: the values stored in `reviews.rating` (and fsrs's)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class CardState(TypedDict):
    """A card's memory state as stored (JSON): fsrs `Card.to_dict()`."""

    card_id: int
    state: int  # LEARNING, REVIEW or RELEARNING
    step: int | None
    stability: float | None
    difficulty: float | None
    due: str  # ISO 8601 UTC
    last_review: str | None


class ReviewLogDict(TypedDict):
    """One review's log as stored (JSON): fsrs `ReviewLog.to_dict()`."""

    card_id: int
    rating: int
    review_datetime: str
    review_duration: int | None


# fsrs.State values
LEARNING, REVIEW, RELEARNING = 1, 2, 3

DEFAULT_RETENTION = 0.9


def as_utc(moment: datetime) -> datetime:
    """The same instant in UTC; a naive datetime is a programming error."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: times must be timezone-aware")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Scheduled:
    """A card's state after one review, and the review's log."""

    state: CardState
    log: ReviewLogDict

    @property
    def due(self) -> datetime:
        return datetime.fromisoformat(self.state["due"])

    @property
    def fsrs_state(self) -> int:
        return int(self.state["state"])


class FsrsScheduler:
    """fsrs 6 `Scheduler` with its default parameters and a desired retention.

    `fuzz` spreads review intervals of 3 days and more by a random day or two, as
    Anki does, so cards learned together do not all come back on the same day;
    tests switch it off to get exact due dates.
    """

    def __init__(self, desired_retention: float = DEFAULT_RETENTION, fuzz: bool = True):
        self.desired_retention = desired_retention
        self.fuzz = fuzz
        self._fsrs: Any = None  # fsrs.Scheduler, made (and fsrs imported) on first use

    @property
    def _scheduler(self) -> Any:
        """Built when first needed, so `trainer quiz` does not import fsrs before drawing."""
        if self._fsrs is None:
            from fsrs import Scheduler

            self._fsrs = Scheduler(
                desired_retention=self.desired_retention, enable_fuzzing=self.fuzz
            )
        return self._fsrs

    def review(
        self,
        state: CardState | None,
        fsrs_card_id: int,
        rating: Rating | int,
        at: datetime,
        response_seconds: float | None = None,
    ) -> Scheduled:
        """The state after rating a card (1-4) at `at`; `state` None means a new card."""
        import fsrs

        if rating not in (1, 2, 3, 4) or isinstance(rating, bool):
            raise ValueError(f"rating must be 1-4, not {rating!r}")
        at = as_utc(at)
        card = (
            fsrs.Card(card_id=fsrs_card_id, due=at) if state is None else fsrs.Card.from_dict(state)
        )
        duration = None if response_seconds is None else max(0, round(response_seconds * 1000))
        card, log = self._scheduler.review_card(
            card, fsrs.Rating(int(rating)), review_datetime=at, review_duration=duration
        )
        new_state: CardState = card.to_dict()
        new_log: ReviewLogDict = log.to_dict()
        return Scheduled(state=new_state, log=new_log)

    def retrievability(self, state: CardState, at: datetime) -> float:
        from fsrs import Card

        return float(self._scheduler.get_card_retrievability(Card.from_dict(state), as_utc(at)))
