"""Cards that review leaves out: suspended (by the user, or as leeches) and buried.

As in Anki: a card failed (rated Again) LEECH_FAILURES times is a leech and is suspended
automatically (again at every LEECH_AGAIN_EVERY failures more, if it was unsuspended);
the user suspends a card from the quiz's feedback (s) until `trainer review --unsuspend`,
or buries it (b) for the rest of the study day. Kept in the `cards` table (schema v3).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.review.store import ReviewStore

SUSPENDED_BY_USER = "user"  # suspended from the quiz (s on the feedback)
SUSPENDED_AS_LEECH = "leech"  # failed LEECH_FAILURES times: suspended automatically
LEECH_FAILURES = 8  # as Anki: a card failed (rated Again) 8 times is a leech ...
LEECH_AGAIN_EVERY = 4  # ... and again at 12, 16, ... if it is unsuspended and still failed


@dataclass(frozen=True)
class SuspendedCard:
    deck_id: str
    card_id: str
    kind: str
    question: str
    answer: str
    reason: str  # SUSPENDED_BY_USER or SUSPENDED_AS_LEECH
    failures: int  # reviews rated Again


def failures(db: sqlite3.Connection, deck_id: str, card_id: str) -> int:
    """Reviews of a card rated Again (the leech count)."""
    count: int = db.execute(
        "SELECT count(*) FROM reviews WHERE deck_id = ? AND card_id = ? AND rating = 1",
        (deck_id, card_id),
    ).fetchone()[0]
    return count


def suspend_if_leech(db: sqlite3.Connection, deck_id: str, card_id: str) -> None:
    """After a review rated Again, inside its transaction: suspend the card if a leech."""
    failed = failures(db, deck_id, card_id)
    if failed >= LEECH_FAILURES and (failed - LEECH_FAILURES) % LEECH_AGAIN_EVERY == 0:
        db.execute(
            "UPDATE cards SET suspended = ? WHERE deck_id = ? AND card_id = ?",
            (SUSPENDED_AS_LEECH, deck_id, card_id),
        )


def unsuspend_if_no_leech(db: sqlite3.Connection, deck_id: str, card_id: str) -> None:
    """After a review was undone, inside that transaction: a leech no longer failed often
    enough is not one."""
    if failures(db, deck_id, card_id) < LEECH_FAILURES:
        db.execute(
            "UPDATE cards SET suspended = NULL WHERE deck_id = ? AND card_id = ? AND suspended = ?",
            (deck_id, card_id, SUSPENDED_AS_LEECH),
        )


def suspend(
    store: ReviewStore, deck_id: str, card_id: str, reason: str = SUSPENDED_BY_USER
) -> None:
    """Leave a card out of review until it is unsuspended (it must have been answered)."""
    _set(store, "suspended", reason, deck_id, card_id)


def bury(store: ReviewStore, deck_id: str, card_id: str, until: datetime) -> None:
    """Leave a card out of review until `until` (the start of the next study day)."""
    from trainer.review.store import iso

    _set(store, "buried_until", iso(until), deck_id, card_id)


def _set(store: ReviewStore, column: str, value: str, deck_id: str, card_id: str) -> None:
    with store.write() as db:
        changed = db.execute(
            f"UPDATE cards SET {column} = ? WHERE deck_id = ? AND card_id = ?",
            (value, deck_id, card_id),
        ).rowcount
    if not changed:
        raise ValueError(f"card {card_id!r} of deck {deck_id!r} was never answered")


def unsuspend(store: ReviewStore, card_id: str, deck_id: str | None = None) -> list[str]:
    """Let a suspended card (of any deck, or of `deck_id`) come back in review; the decks
    it was suspended in."""
    where = "card_id = ? AND suspended IS NOT NULL" + (" AND deck_id = ?" if deck_id else "")
    params = (card_id, deck_id) if deck_id else (card_id,)
    with store.write() as db:
        decks = [row[0] for row in db.execute(f"SELECT deck_id FROM cards WHERE {where}", params)]
        db.execute(f"UPDATE cards SET suspended = NULL WHERE {where}", params)
    return decks


def suspended(store: ReviewStore, deck_id: str | None = None) -> list[SuspendedCard]:
    """Suspended cards (leeches and the user's), of one deck or of all."""
    where = "WHERE c.suspended IS NOT NULL" + (" AND c.deck_id = ?" if deck_id else "")
    rows = store.rows(
        "SELECT c.deck_id, c.card_id, c.kind, c.question, c.answer, c.suspended, "
        "(SELECT count(*) FROM reviews r WHERE r.deck_id = c.deck_id "
        "AND r.card_id = c.card_id AND r.rating = 1) "
        f"FROM cards c {where} ORDER BY c.deck_id, c.card_id",
        (deck_id,) if deck_id else (),
    )
    return [SuspendedCard(*row) for row in rows]
