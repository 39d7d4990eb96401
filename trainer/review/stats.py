"""Study figures for a deck, from its cards and the review history. Plain data, no UI.

- cards / new / learning: cards now in the deck; new ones were never answered; learning
  (or relearning) ones are on FSRS's short steps.
- due today / due this week: scheduled cards due before the end of today / of the 7th day
  (overdue cards count as due today).
- reviews: every answer ever recorded for the deck (cards that left it included).
- retention: share of the last 30 days' reviews rated Hard, Good or Easy (not Again).
- streak: study days in a row, up to today (or yesterday, when today has no review yet).
- accuracy by kind: accepted answers / answers, over all history.
- missed most (`leeches`): cards of the deck missed most often (at least LEECH_MISSES times).
- suspended: cards review leaves out: leeches (failed LEECH_FAILURES times, suspended
  automatically, as Anki does; trainer.review.suspension) and cards the user suspended from the quiz.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, tzinfo
from itertools import pairwise
from typing import Any

from trainer.model import CARD_KINDS, Deck
from trainer.review.days import days_later_start
from trainer.review.scheduler import LEARNING, RELEARNING
from trainer.review.store import CardRow, ReviewStore, iso
from trainer.review.suspension import SuspendedCard, suspended

HISTORY_DAYS = 30
FORECAST_DAYS = 14
LEECH_MISSES = 2
LEECH_LIMIT = 10
MOMENT = timedelta(microseconds=1)  # "up to now" includes a review made this instant


@dataclass(frozen=True)
class KindAccuracy:
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass(frozen=True)
class Leech:
    card_id: str
    kind: str
    question: str
    answer: str
    misses: int
    reviews: int


@dataclass(frozen=True)
class DeckStats:
    deck_id: str
    title: str
    cards: int
    new: int
    learning: int
    due_today: int
    due_this_week: int
    reviews: int
    retention: float | None  # last 30 days; None without reviews
    streak: int
    reviews_per_day: list[int] = field(default_factory=list)  # last 30 days, today last
    due_per_day: list[int] = field(default_factory=list)  # next 14 days, today first
    accuracy_by_kind: dict[str, KindAccuracy] = field(default_factory=dict)
    leeches: list[Leech] = field(default_factory=list)
    suspended: list[SuspendedCard] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def deck_stats(
    store: ReviewStore, deck: Deck, now: datetime, tz: tzinfo | None = None
) -> DeckStats:
    current = {card.id for card in deck.cards}
    known = store.cards(deck.id)
    scheduled = [row for card_id, row in known.items() if card_id in current and row.due]

    day_ends = [iso(days_later_start(now, n, tz)) for n in range(1, FORECAST_DAYS + 1)]
    due_per_day = [0] * FORECAST_DAYS
    for row in scheduled:
        n = bisect_right(day_ends, row.due or "")  # `scheduled` rows have a due time
        if n < FORECAST_DAYS:
            due_per_day[n] += 1

    # per card: answers and accepted answers (a covering index scan)
    per_card = store.rows(
        "SELECT card_id, count(*), sum(correct) FROM reviews WHERE deck_id = ? GROUP BY card_id",
        (deck.id,),
    )
    return DeckStats(
        deck_id=deck.id,
        title=deck.title,
        cards=len(deck.cards),
        new=len(deck.cards) - len(scheduled),
        learning=sum(1 for row in scheduled if row.fsrs_state in (LEARNING, RELEARNING)),
        due_today=due_per_day[0],
        due_this_week=sum(due_per_day[:7]),
        reviews=sum(total for _, total, _ in per_card),
        retention=_retention(store, deck.id, now),
        streak=_streak(store, deck.id, now, tz),
        reviews_per_day=_reviews_per_day(store, deck.id, now, tz),
        due_per_day=due_per_day,
        accuracy_by_kind=_accuracy_by_kind(per_card, known),
        leeches=_leeches(per_card, deck),
        suspended=[card for card in suspended(store, deck.id) if card.card_id in current],
    )


def _retention(store: ReviewStore, deck_id: str, now: datetime) -> float | None:
    since = iso(now - timedelta(days=HISTORY_DAYS))
    passed, recent = store.rows(
        "SELECT coalesce(sum(rating > 1), 0), count(*) FROM reviews "
        "WHERE deck_id = ? AND reviewed_at >= ? AND reviewed_at <= ?",
        (deck_id, since, iso(now)),
    )[0]
    return passed / recent if recent else None


def _count_between(store: ReviewStore, deck_id: str, start: str, end: str) -> int:
    count: int = store.rows(
        "SELECT count(*) FROM reviews WHERE deck_id = ? AND reviewed_at >= ? AND reviewed_at < ?",
        (deck_id, start, end),
    )[0][0]
    return count


def _reviews_per_day(
    store: ReviewStore, deck_id: str, now: datetime, tz: tzinfo | None
) -> list[int]:
    """Reviews on each of the last 30 days (today last): one index range count per day."""
    bounds = [iso(days_later_start(now, n, tz)) for n in range(1 - HISTORY_DAYS, 2)]
    return [_count_between(store, deck_id, start, end) for start, end in pairwise(bounds)]


def _streak(store: ReviewStore, deck_id: str, now: datetime, tz: tzinfo | None) -> int:
    """Study days in a row, walking back one day at a time from today (or yesterday)."""

    def studied(days_ago: int) -> bool:
        start = iso(days_later_start(now, -days_ago, tz))
        end = min(iso(days_later_start(now, 1 - days_ago, tz)), iso(now + MOMENT))
        return _count_between(store, deck_id, start, end) > 0

    first = 0 if studied(0) else 1
    streak = 0
    while studied(first + streak):
        streak += 1
    return streak


def _accuracy_by_kind(per_card: list[Any], known: dict[str, CardRow]) -> dict[str, KindAccuracy]:
    right: dict[str, int] = {}
    total: dict[str, int] = {}
    for card_id, answers, accepted in per_card:
        kind = known[card_id].kind
        right[kind] = right.get(kind, 0) + accepted
        total[kind] = total.get(kind, 0) + answers
    order = {kind: i for i, kind in enumerate(CARD_KINDS)}
    kinds = sorted(total, key=lambda kind: (order.get(kind, 99), kind))
    return {kind: KindAccuracy(right[kind], total[kind]) for kind in kinds}


def _leeches(per_card: list[Any], deck: Deck) -> list[Leech]:
    """Cards still in the deck, missed at least LEECH_MISSES times, most missed first."""
    cards = {card.id: card for card in deck.cards}
    leeches = [
        Leech(card_id, card.kind, card.question, card.answer, answers - accepted, answers)
        for card_id, answers, accepted in per_card
        if answers - accepted >= LEECH_MISSES and (card := cards.get(card_id)) is not None
    ]
    leeches.sort(key=lambda leech: (-leech.misses, leech.reviews, leech.card_id))
    return leeches[:LEECH_LIMIT]
