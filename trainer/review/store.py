"""The review history: every answer ever given, and each card's FSRS state, in SQLite.

One file in the data directory (schema.HISTORY_FILE), WAL mode, synchronous=FULL:
an answer is committed before `record` returns, so a quiz killed at any moment
loses nothing it has shown as answered. Cards are keyed by (deck id, stable card id),
so history survives regenerating a deck, and cards that leave a deck keep theirs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.review.opening import connect_for_writing, connect_read_only, history_path
from trainer.review.scheduler import CardState, FsrsScheduler, ReviewLogDict, as_utc
from trainer.review.suspension import suspend_if_leech, unsuspend_if_no_leech
from trainer.study import Answer, HistoryBusy

if TYPE_CHECKING:
    from trainer.review.recorder import HistoryRecorder

RATED_BY_QUIZ = "derived"  # the quiz derived the rating from the verdict and the time
RATED_BY_USER = "user"  # the user pressed 1-4


def iso(moment: datetime) -> str:
    """ISO UTC with microseconds always written, so the text sorts as the time does."""
    return as_utc(moment).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class CardRow:
    """What the history knows about one card of a deck."""

    card_id: str
    kind: str
    fsrs_state: int | None  # None: never reviewed (a new card)
    due: str | None  # ISO UTC
    first_review: str | None
    suspended: str | None = None  # None, SUSPENDED_BY_USER or SUSPENDED_AS_LEECH
    buried_until: str | None = None  # ISO UTC: left out of review before then


@dataclass(frozen=True)
class Review:
    id: int
    deck_id: str
    card_id: str
    reviewed_at: datetime
    mode: str
    reply: str
    verdict: str
    correct: bool
    response_ms: int
    rating: int
    rated_by: str
    state: CardState
    log: ReviewLogDict
    session: int | None


@dataclass(frozen=True)
class Recorded:
    review_id: int
    session_id: int | None


class ReviewStore:
    """An open review history. Use `open_store` (or `ReviewStore.open`) to get one."""

    def __init__(self, db: sqlite3.Connection, path: Path, scheduler: FsrsScheduler | None):
        self._db = db
        self.path = path
        self._scheduler = scheduler

    @classmethod
    def open(
        cls, path: Path, scheduler: FsrsScheduler | None = None, *, full_check: bool | None = None
    ) -> ReviewStore:
        """Open or create the history at `path`; refuse (StoreError) a file that is not ours.

        `full_check`: read the whole file for damage (default: only when the file is small
        or a crash left its WAL behind; see schema.needs_full_check).
        """
        path = Path(path)
        return cls(connect_for_writing(path, full_check), path, scheduler)

    @classmethod
    def open_read_only(
        cls, path: Path, scheduler: FsrsScheduler | None = None, *, full_check: bool | None = None
    ) -> ReviewStore:
        """The history at `path` for reading figures (`trainer stats`): never created,
        migrated or written (see opening.connect_read_only)."""
        path = Path(path)
        return cls(connect_read_only(path, full_check), path, scheduler)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def scheduler(self) -> FsrsScheduler:
        if self._scheduler is None:
            self._scheduler = FsrsScheduler()
        return self._scheduler

    # -- writing ---------------------------------------------------------------

    def add_review(
        self,
        answer: Answer,
        rating: int,
        *,
        rated_by: str = RATED_BY_QUIZ,
        session_kind: str | None = None,
        session_id: int | None = None,
        first_in_session: bool = True,
    ) -> Recorded:
        """Record one answer and schedule its card, in one committed transaction.

        With `session_kind`, the answer also counts toward a session's score
        (a new session is started when `session_id` is None).
        """
        at = iso(answer.answered_at)
        card = answer.card
        deck_id = answer.deck_id
        correct = answer.verdict in ("right", "almost")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute(
                "SELECT id, state FROM cards WHERE deck_id = ? AND card_id = ?",
                (deck_id, card.id),
            ).fetchone()
            if row is None:
                fsrs_id = db.execute(
                    "INSERT INTO cards (deck_id, card_id, kind, question, answer) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (deck_id, card.id, card.kind, card.question, card.answer),
                ).lastrowid
                state = None
            else:
                fsrs_id, state = row[0], (json.loads(row[1]) if row[1] else None)
            assert fsrs_id is not None
            scheduled = self.scheduler.review(
                state, fsrs_id, rating, answer.answered_at, answer.response_seconds
            )
            if session_kind is not None and session_id is None:
                session_id = db.execute(
                    "INSERT INTO sessions (deck_id, kind, started_at) VALUES (?, ?, ?)",
                    (deck_id, session_kind, at),
                ).lastrowid
            review_id = db.execute(
                "INSERT INTO reviews (deck_id, card_id, reviewed_at, mode, reply, verdict, "
                "correct, response_ms, rating, rated_by, state, log, session) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    deck_id,
                    card.id,
                    at,
                    answer.mode,
                    answer.reply,
                    answer.verdict,
                    int(correct),
                    max(0, round(answer.response_seconds * 1000)),
                    rating,
                    rated_by,
                    json.dumps(scheduled.state),
                    json.dumps(scheduled.log),
                    session_id,
                ),
            ).lastrowid
            db.execute(
                "UPDATE cards SET kind = ?, question = ?, answer = ?, state = ?, fsrs_state = ?, "
                "due = ?, first_review = coalesce(first_review, ?) WHERE id = ?",
                (
                    card.kind,
                    card.question,
                    card.answer,
                    json.dumps(scheduled.state),
                    scheduled.fsrs_state,
                    iso(scheduled.due),
                    at,
                    fsrs_id,
                ),
            )
            if session_id is not None and first_in_session:
                db.execute(
                    "UPDATE sessions SET correct = correct + ?, total = total + 1 WHERE id = ?",
                    (int(correct), session_id),
                )
            if rating == 1:
                suspend_if_leech(db, deck_id, card.id)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        assert review_id is not None
        return Recorded(review_id, session_id)

    def record(self, answer: Answer, rating: int) -> int:
        """study.Recorder.record, outside any session."""
        return self.add_review(answer, rating).review_id

    def rerate(self, review_id: int, rating: int) -> None:
        """The user graded a review: recompute its FSRS state from the state before it,
        then replay the card's later reviews (if any) on top, as they were rated."""
        with self.write():
            deck_id, card_id, _ = self._review_key(review_id)
            self._replay(deck_id, card_id, review_id, {review_id: rating})
            self._db.execute(
                "UPDATE reviews SET rated_by = ? WHERE id = ?", (RATED_BY_USER, review_id)
            )
            if rating == 1:
                suspend_if_leech(self._db, deck_id, card_id)

    def correct_review(self, review_id: int, verdict: str, rating: int) -> None:
        """The user overruled a review's verdict (a typo the matcher missed): the same
        review gets the new verdict and rating, the card's schedule is replayed, and the
        session's score counts it as it now is."""
        accepted = verdict in ("right", "almost")
        with self.write():
            deck_id, card_id, session = self._review_key(review_id)
            was = self._db.execute(
                "SELECT correct FROM reviews WHERE id = ?", (review_id,)
            ).fetchone()[0]
            self._db.execute(
                "UPDATE reviews SET verdict = ?, correct = ?, rated_by = ? WHERE id = ?",
                (verdict, int(accepted), RATED_BY_USER, review_id),
            )
            self._replay(deck_id, card_id, review_id, {review_id: rating})
            if session is not None and self._first_in_session(review_id, card_id, session):
                self._db.execute(
                    "UPDATE sessions SET correct = correct + ? WHERE id = ?",
                    (int(accepted) - was, session),
                )

    def delete_review(self, review_id: int) -> None:
        """Undo: the review is removed as if never given; the card's state is replayed from
        the reviews left (a card with none left is new again), the session's score too."""
        with self.write():
            deck_id, card_id, session = self._review_key(review_id)
            if session is not None and self._first_in_session(review_id, card_id, session):
                self._db.execute(
                    "UPDATE sessions SET total = total - 1, correct = correct - "
                    "(SELECT correct FROM reviews WHERE id = ?) WHERE id = ?",
                    (review_id, session),
                )
            self._db.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
            self._replay(deck_id, card_id, review_id, {})
            unsuspend_if_no_leech(self._db, deck_id, card_id)

    def _review_key(self, review_id: int) -> tuple[str, str, int | None]:
        row = self._db.execute(
            "SELECT deck_id, card_id, session FROM reviews WHERE id = ?", (review_id,)
        ).fetchone()
        if row is None:
            raise ValueError(f"no review {review_id} in {self.path}")
        return row[0], row[1], row[2]

    def _first_in_session(self, review_id: int, card_id: str, session: int) -> bool:
        return not self._db.execute(
            "SELECT 1 FROM reviews WHERE session = ? AND card_id = ? AND id < ?",
            (session, card_id, review_id),
        ).fetchone()

    def _replay(self, deck_id: str, card_id: str, from_id: int, ratings: dict[int, int]) -> None:
        """Recompute the FSRS states of a card's reviews from `from_id` on (with `ratings`
        overriding theirs), starting from the state before it, and the card's own."""
        db = self._db
        fsrs_id = db.execute(
            "SELECT id FROM cards WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
        ).fetchone()[0]
        before = db.execute(
            "SELECT state FROM reviews WHERE deck_id = ? AND card_id = ? AND id < ? "
            "ORDER BY id DESC LIMIT 1",
            (deck_id, card_id, from_id),
        ).fetchone()
        state: CardState | None = json.loads(before[0]) if before else None
        replay = db.execute(
            "SELECT id, reviewed_at, rating, response_ms FROM reviews "
            "WHERE deck_id = ? AND card_id = ? AND id >= ? ORDER BY id",
            (deck_id, card_id, from_id),
        ).fetchall()
        for rid, reviewed_at, old_rating, response_ms in replay:
            rating = ratings.get(rid, old_rating)
            scheduled = self.scheduler.review(
                state, fsrs_id, rating, datetime.fromisoformat(reviewed_at), response_ms / 1000
            )
            state = scheduled.state
            db.execute(
                "UPDATE reviews SET rating = ?, state = ?, log = ? WHERE id = ?",
                (rating, json.dumps(scheduled.state), json.dumps(scheduled.log), rid),
            )
        first = db.execute(
            "SELECT min(reviewed_at) FROM reviews WHERE deck_id = ? AND card_id = ?",
            (deck_id, card_id),
        ).fetchone()[0]
        db.execute(
            "UPDATE cards SET state = ?, fsrs_state = ?, due = ?, first_review = ? WHERE id = ?",
            (
                json.dumps(state) if state is not None else None,
                int(state["state"]) if state is not None else None,
                iso(datetime.fromisoformat(state["due"])) if state is not None else None,
                first,
                fsrs_id,
            ),
        )

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One committed write transaction (rolled back on any error)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    @contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Writes inside wait at most `seconds` for another program's lock, then raise
        study.HistoryBusy (instead of sqlite3's OperationalError after the usual wait)."""
        db = self._db
        before = db.execute("PRAGMA busy_timeout").fetchone()[0]
        db.execute(f"PRAGMA busy_timeout = {max(0, round(seconds * 1000))}")
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise HistoryBusy(f"{self.path} is locked by another program") from exc
            raise
        finally:
            db.execute(f"PRAGMA busy_timeout = {before}")

    def recorder(self, kind: str = "quiz") -> HistoryRecorder:
        """A study.Recorder that also keeps the score of this quiz (or review) session."""
        from trainer.review.recorder import HistoryRecorder

        return HistoryRecorder(self, kind)

    # -- reading ---------------------------------------------------------------

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """A read query for the modules that compute figures (stats, due)."""
        return self._db.execute(sql, params).fetchall()

    def cards(self, deck_id: str) -> dict[str, CardRow]:
        cursor = self._db.cursor()
        cursor.row_factory = None  # plain tuples: this runs over every card of a deck
        cursor.execute(
            "SELECT card_id, kind, fsrs_state, due, first_review, suspended, buried_until "
            "FROM cards WHERE deck_id = ?",
            (deck_id,),
        )
        return {row[0]: CardRow(*row) for row in cursor}

    def card_state(self, deck_id: str, card_id: str) -> CardState | None:
        row = self._db.execute(
            "SELECT state FROM cards WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def new_cards_since(self, deck_id: str, since: datetime) -> int:
        """Cards of a deck first reviewed at or after `since` (the new-cards-per-day count)."""
        count: int = self._db.execute(
            "SELECT count(*) FROM cards WHERE deck_id = ? AND first_review >= ?",
            (deck_id, iso(since)),
        ).fetchone()[0]
        return count

    def reviewed_cards_since(self, deck_id: str, since: datetime) -> int:
        """Cards of a deck reviewed at or after `since` that were not new then (the
        reviews-per-day count: a new card's first day does not count against it)."""
        since_text = iso(since)
        count: int = self._db.execute(
            "SELECT count(DISTINCT r.card_id) FROM reviews r JOIN cards c "
            "ON c.deck_id = r.deck_id AND c.card_id = r.card_id "
            "WHERE r.deck_id = ? AND r.reviewed_at >= ? AND c.first_review < ?",
            (deck_id, since_text, since_text),
        ).fetchone()[0]
        return count

    def reviews(self, deck_id: str | None = None, card_id: str | None = None) -> list[Review]:
        where, params = [], []
        if deck_id is not None:
            where.append("deck_id = ?")
            params.append(deck_id)
        if card_id is not None:
            where.append("card_id = ?")
            params.append(card_id)
        sql = "SELECT * FROM reviews" + (" WHERE " + " AND ".join(where) if where else "")
        return [_review(row) for row in self._db.execute(sql + " ORDER BY id", params)]

    def last_score(self, deck_id: str, kind: str = "quiz") -> tuple[int, int] | None:
        """(right, total) of the latest session of a deck with at least one answer."""
        row = self._db.execute(
            "SELECT correct, total FROM sessions WHERE deck_id = ? AND kind = ? AND total > 0 "
            "ORDER BY id DESC LIMIT 1",
            (deck_id, kind),
        ).fetchone()
        return (row[0], row[1]) if row else None


def _review(row: sqlite3.Row) -> Review:
    return Review(
        id=row["id"],
        deck_id=row["deck_id"],
        card_id=row["card_id"],
        reviewed_at=datetime.fromisoformat(row["reviewed_at"]),
        mode=row["mode"],
        reply=row["reply"],
        verdict=row["verdict"],
        correct=bool(row["correct"]),
        response_ms=row["response_ms"],
        rating=row["rating"],
        rated_by=row["rated_by"],
        state=json.loads(row["state"]),
        log=json.loads(row["log"]),
        session=row["session"],
    )


def open_store(
    data_dir: Path, scheduler: FsrsScheduler | None = None, *, read_only: bool = False
) -> ReviewStore:
    """The history in the data directory (created if need be, unless `read_only`)."""
    path = history_path(data_dir, for_writing=not read_only)
    if read_only:
        return ReviewStore.open_read_only(path, scheduler)
    return ReviewStore.open(path, scheduler)
