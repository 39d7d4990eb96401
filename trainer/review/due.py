"""The review queue: which cards of some decks are due now, most overdue first.

Cards the history has never seen are new; each deck introduces at most
`new_per_day` of them per study day (counting cards first answered today in a quiz
too), after the due cards, in deck order. Due cards are capped too, as in Anki: at most
`reviews_per_day` cards of a deck that were not new today are reviewed per study day
(the most overdue first). Suspended cards (by the user, or leeches) are left out until
unsuspended, buried ones until their day is over. When nothing is due, `next_due` says
when the next card will be.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from trainer.model import Card, Deck
from trainer.review.days import days_later_start, today_start
from trainer.review.store import ReviewStore, iso


@dataclass(frozen=True)
class DueCard:
    deck: Deck
    card: Card
    due: datetime | None  # None: a new card

    @property
    def is_new(self) -> bool:
        return self.due is None


@dataclass(frozen=True)
class DueQueue:
    cards: tuple[DueCard, ...]
    next_due: datetime | None  # the earliest time a card not in `cards` comes due; None: never

    def __len__(self) -> int:
        return len(self.cards)

    @property
    def new(self) -> int:
        return sum(1 for item in self.cards if item.is_new)


def due_queue(
    store: ReviewStore,
    decks: Sequence[Deck],
    now: datetime,
    new_per_day: int = 20,
    tz: tzinfo | None = None,
    reviews_per_day: int | None = None,
) -> DueQueue:
    """`reviews_per_day` None: no cap on due cards."""
    now_text = iso(now)
    due: list[tuple[str, int, DueCard]] = []
    new: list[DueCard] = []
    later: list[str] = []
    held_back = False  # a card left for tomorrow by a daily limit
    start_today = today_start(now, tz)
    for deck in decks:
        known = store.cards(deck.id)
        allowed = max(0, new_per_day - store.new_cards_since(deck.id, start_today))
        deck_due: list[tuple[str, int, DueCard]] = []
        for card in deck.cards:
            row = known.get(card.id)
            if row is not None and row.suspended:
                continue
            if row is not None and row.buried_until and row.buried_until > now_text:
                later.append(max(row.buried_until, row.due or ""))
                continue
            if row is None or row.due is None:
                if allowed > 0:
                    new.append(DueCard(deck, card, None))
                    allowed -= 1
                elif new_per_day > 0:  # 0: new cards never come, not "tomorrow"
                    held_back = True
            elif row.due <= now_text:
                deck_due.append(
                    (row.due, len(due) + len(deck_due), DueCard(deck, card, _at(row.due)))
                )
            else:
                later.append(row.due)
        if reviews_per_day is not None:
            left = max(0, reviews_per_day - store.reviewed_cards_since(deck.id, start_today))
            deck_due.sort(key=lambda item: (item[0], item[1]))
            held_back = held_back or len(deck_due) > left
            deck_due = deck_due[:left]
        due += deck_due
    due.sort(key=lambda item: (item[0], item[1]))
    upcoming = [_at(min(later))] if later else []
    if held_back:
        upcoming.append(days_later_start(now, 1, tz))
    return DueQueue(
        cards=tuple(item for _, _, item in due) + tuple(new),
        next_due=min(upcoming) if upcoming else None,
    )


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)
