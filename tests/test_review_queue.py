"""The due queue: most overdue first, then new cards up to the daily limit; when nothing is
due, the time the next card will be."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from tests.review_support import T0, answer, card, deck, store_in
from trainer.review.due import due_queue

AGAIN, GOOD, EASY = 1, 3, 4


def ids(queue) -> list[str]:
    return [item.card.id for item in queue.cards]


def test_due_cards_come_most_overdue_first_then_new_cards_in_deck_order(tmp_path: Path):
    cards = [card(f"c{i}") for i in range(6)]
    d = deck("d1", *cards)
    with store_in(tmp_path) as store:
        # c3 learned first (due soonest), c1 next, c4 last; c5 is not due yet at `now`
        store.record(answer(cards[3], T0), AGAIN)  # due T0 + 1 min
        store.record(answer(cards[1], T0 + timedelta(minutes=1)), AGAIN)  # due T0 + 2 min
        store.record(answer(cards[4], T0 + timedelta(minutes=2)), GOOD)  # due T0 + 12 min
        store.record(answer(cards[5], T0), EASY)  # due in days
        now = T0 + timedelta(minutes=30)
        queue = due_queue(store, [d], now, new_per_day=20, tz=UTC)
    assert ids(queue) == ["c3", "c1", "c4", "c0", "c2"]
    assert [item.is_new for item in queue.cards] == [False, False, False, True, True]
    assert queue.cards[0].due == T0 + timedelta(minutes=1)
    assert queue.new == 2
    assert queue.next_due is not None and queue.next_due > now  # c5, days away


def test_due_cards_of_several_decks_are_merged_by_due_time(tmp_path: Path):
    a, b = card("a"), card("b")
    with store_in(tmp_path) as store:
        store.record(answer(a, T0 + timedelta(minutes=5), deck_id="one"), AGAIN)
        store.record(answer(b, T0, deck_id="two"), AGAIN)
        queue = due_queue(
            store, [deck("one", a), deck("two", b)], T0 + timedelta(hours=1), 0, tz=UTC
        )
    assert [(item.deck.id, item.card.id) for item in queue.cards] == [("two", "b"), ("one", "a")]


def test_new_cards_are_limited_per_deck_per_day_counting_todays_first_answers(tmp_path: Path):
    cards = [card(f"n{i}") for i in range(10)]
    d = deck("d1", *cards)
    now = datetime(2025, 3, 1, 20, 0, tzinfo=UTC)
    with store_in(tmp_path) as store:
        assert ids(due_queue(store, [d], now, new_per_day=4, tz=UTC)) == ["n0", "n1", "n2", "n3"]
        # yesterday's first answers do not count; today's do (a quiz counts too)
        store.record(answer(cards[0], now - timedelta(days=1)), EASY)
        store.record(answer(cards[1], now - timedelta(hours=1)), EASY)
        store.record(answer(cards[2], now - timedelta(hours=2)), EASY)
        queue = due_queue(store, [d], now, new_per_day=4, tz=UTC)
        assert ids(queue) == ["n3", "n4"]
        assert due_queue(store, [d], now, new_per_day=2, tz=UTC).cards == ()
        # the next day the allowance is full again
        tomorrow = now + timedelta(hours=6)
        assert ids(due_queue(store, [d], tomorrow, new_per_day=4, tz=UTC)) == [
            "n3",
            "n4",
            "n5",
            "n6",
        ]


def test_the_day_is_the_users_day(tmp_path: Path):
    """At 23:30 UTC it is already tomorrow in UTC+2: yesterday's new cards no longer count."""
    cards = [card(f"n{i}") for i in range(3)]
    d = deck("d1", *cards)
    plus2 = timezone(timedelta(hours=2))
    with store_in(tmp_path) as store:
        store.record(answer(cards[0], datetime(2025, 3, 1, 21, 30, tzinfo=UTC)), EASY)
        now = datetime(2025, 3, 1, 22, 30, tzinfo=UTC)
        assert ids(due_queue(store, [d], now, new_per_day=1, tz=UTC)) == []
        assert ids(due_queue(store, [d], now, new_per_day=1, tz=plus2)) == ["n1"]


def test_when_nothing_is_due_the_queue_says_when_the_next_card_is(tmp_path: Path):
    a, b = card("a"), card("b")
    d = deck("d1", a, b)
    with store_in(tmp_path) as store:
        store.record(answer(a, T0), GOOD)  # due T0 + 10 min
        store.record(answer(b, T0), EASY)  # due in days
        queue = due_queue(store, [d], T0 + timedelta(minutes=5), new_per_day=20, tz=UTC)
        assert queue.cards == () and len(queue) == 0
        assert queue.next_due == T0 + timedelta(minutes=10)


def test_new_cards_held_back_come_back_tomorrow(tmp_path: Path):
    a, b = card("a"), card("b")
    d = deck("d1", a, b)
    with store_in(tmp_path) as store:
        store.record(answer(a, T0), EASY)
        queue = due_queue(store, [d], T0 + timedelta(hours=1), new_per_day=1, tz=UTC)
        assert queue.cards == ()
        assert queue.next_due == datetime(2025, 3, 2, 0, 0, tzinfo=UTC)


def test_an_empty_history_and_an_empty_deck(tmp_path: Path):
    with store_in(tmp_path) as store:
        queue = due_queue(store, [deck("empty")], T0, tz=UTC)
        assert queue.cards == () and queue.next_due is None


def test_cards_that_left_the_deck_are_not_queued_but_keep_their_history(tmp_path: Path):
    gone, kept = card("gone"), card("kept")
    with store_in(tmp_path) as store:
        store.record(answer(gone, T0), AGAIN)
        store.record(answer(kept, T0), AGAIN)
        queue = due_queue(store, [deck("d1", kept)], T0 + timedelta(hours=1), tz=UTC)
        assert ids(queue) == ["kept"]
        assert len(store.reviews(card_id="gone")) == 1
