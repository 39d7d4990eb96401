"""The quiz's study.Recorder over the review history (trainer.review.store).

Each answer is committed at once and counted in a per-deck session score; a write that
finds the history locked by another program gives up quickly (study.HistoryBusy), so the
quiz never freezes and keeps the answer to write later.
"""

from __future__ import annotations

from datetime import datetime

from trainer.review.store import ReviewStore
from trainer.review.suspension import bury, suspend
from trainer.study import Answer, Verdict


class HistoryRecorder:
    """The quiz's study.Recorder: each answer committed at once, scored per deck session.

    A session's score counts the first answer to each card, so retrying missed
    questions does not inflate it; every answer is still a review for the scheduler.
    A write waits at most LOCK_WAIT_SECONDS for another program's lock, then raises
    study.HistoryBusy: the quiz keeps the answer and tries again (never a frozen quiz).
    """

    LOCK_WAIT_SECONDS = 0.1

    def __init__(self, store: ReviewStore, kind: str):
        self.store = store
        self.kind = kind
        self.lock_wait = self.LOCK_WAIT_SECONDS
        self._sessions: dict[str, int] = {}
        self._answered: set[tuple[str, str]] = set()
        self._first: dict[int, tuple[str, str]] = {}  # review id -> its card, when first

    def start_session(self) -> None:
        self._sessions.clear()
        self._answered.clear()
        self._first.clear()

    def record(self, answer: Answer, rating: int) -> int:
        key = (answer.deck_id, answer.card.id)
        with self.store.waiting_at_most(self.lock_wait):
            recorded = self.store.add_review(
                answer,
                rating,
                session_kind=self.kind,
                session_id=self._sessions.get(answer.deck_id),
                first_in_session=key not in self._answered,
            )
        if key not in self._answered:
            self._first[recorded.review_id] = key
        self._answered.add(key)
        if recorded.session_id is not None:
            self._sessions[answer.deck_id] = recorded.session_id
        return recorded.review_id

    def rerate(self, review_id: int, rating: int) -> None:
        with self.store.waiting_at_most(self.lock_wait):
            self.store.rerate(review_id, rating)

    def undo(self, review_id: int) -> None:
        with self.store.waiting_at_most(self.lock_wait):
            self.store.delete_review(review_id)
        key = self._first.pop(review_id, None)
        if key is not None:
            self._answered.discard(key)

    def correct(self, review_id: int, verdict: Verdict, rating: int) -> None:
        with self.store.waiting_at_most(self.lock_wait):
            self.store.correct_review(review_id, verdict, rating)

    def suspend(self, deck_id: str, card_id: str) -> None:
        with self.store.waiting_at_most(self.lock_wait):
            suspend(self.store, deck_id, card_id)

    def bury(self, deck_id: str, card_id: str, at: datetime) -> None:
        from trainer.review.days import days_later_start

        with self.store.waiting_at_most(self.lock_wait):
            bury(self.store, deck_id, card_id, days_later_start(at, 1))
