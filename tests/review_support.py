"""Small builders shared by the review-history tests: cards, decks, answers, a store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from trainer.model import Card, Deck
from trainer.review.scheduler import FsrsScheduler
from trainer.review.store import ReviewStore, open_store
from trainer.study import Answer

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def card(card_id: str, kind: str = "date", question: str | None = None) -> Card:
    return Card(
        id=card_id,
        kind=kind,
        question=question or f"Question of {card_id}?",
        answer=f"answer {card_id}",
        sources=("src",),
        evidence=f"Evidence for {card_id}.",
    )


def deck(deck_id: str, *cards: Card, title: str = "") -> Deck:
    return Deck(id=deck_id, title=title or deck_id.title(), cards=tuple(cards))


def answer(
    the_card: Card,
    at: datetime,
    deck_id: str = "d1",
    verdict: str = "right",
    reply: str = "a reply",
    mode: str = "typed",
    seconds: float = 3.0,
) -> Answer:
    return Answer(
        card=the_card,
        deck_id=deck_id,
        reply=reply,
        mode=mode,  # type: ignore[arg-type]
        verdict=verdict,  # type: ignore[arg-type]
        response_seconds=seconds,
        answered_at=at,
    )


def store_in(directory: Path) -> ReviewStore:
    """A store with exact (unfuzzed) intervals, so due dates are predictable."""
    return open_store(directory, FsrsScheduler(fuzz=False))
