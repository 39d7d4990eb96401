"""What Anki users expect of review: a daily cap on reviews, leeches suspended after 8
failures, suspend and bury from the quiz's feedback, and `trainer review --unsuspend`."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

import pytest

from tests.quizdecks import CHOICE_CARDS, FakeClock, Steps, make_deck
from tests.review_support import T0, answer, card, deck, store_in
from tests.test_cli import run_cli
from trainer.decks import write_deck
from trainer.quiz.session import QuizOptions, QuizSession
from trainer.review.due import due_queue
from trainer.review.settings import SettingsError, load_settings
from trainer.review.stats import deck_stats
from trainer.review.store import open_store
from trainer.review.suspension import LEECH_FAILURES, suspend, suspended, unsuspend
from trainer.tui.app import create_app
from trainer.tui.screens.stats import StatsScreen

AGAIN, GOOD = 1, 3


def ids(queue) -> list[str]:
    return [item.card.id for item in queue.cards]


def test_reviews_per_day_caps_the_due_cards_and_defaults_to_200(tmp_path: Path):
    assert load_settings(tmp_path).reviews_per_day == 200
    (tmp_path / "settings.yaml").write_text("reviews_per_day: 2\n")
    assert load_settings(tmp_path).reviews_per_day == 2
    (tmp_path / "settings.yaml").write_text("reviews_per_day: -1\n")
    with pytest.raises(SettingsError, match="reviews_per_day must be a whole number"):
        load_settings(tmp_path)

    cards = [card(f"c{i}") for i in range(4)]
    d = deck("d1", *cards)
    with store_in(tmp_path) as store:
        for i, each in enumerate(cards):  # yesterday: all four missed, due again by today
            store.record(answer(each, T0 + timedelta(minutes=i)), AGAIN)
        today = T0 + timedelta(days=1)
        queue = due_queue(store, [d], today, tz=UTC, reviews_per_day=3)
        assert ids(queue) == ["c0", "c1", "c2"]  # the most overdue three
        assert queue.next_due == T0.replace(hour=0) + timedelta(days=2)  # the rest: tomorrow
        store.record(answer(cards[0], today), GOOD)  # one review done today
        queue = due_queue(store, [d], today + timedelta(minutes=1), tz=UTC, reviews_per_day=3)
        assert ids(queue) == ["c1", "c2"]
        assert len(due_queue(store, [d], today, tz=UTC)) == 3  # no cap: all still due


def test_a_card_failed_8_times_is_a_suspended_leech_until_unsuspended(tmp_path: Path):
    leech, other = card("leech"), card("other")
    d = deck("d1", leech, other)
    with store_in(tmp_path) as store:
        for i in range(LEECH_FAILURES - 1):
            store.record(answer(leech, T0 + timedelta(days=i), verdict="wrong"), AGAIN)
        assert suspended(store) == []
        at = T0 + timedelta(days=LEECH_FAILURES)
        store.record(answer(leech, at, verdict="wrong"), AGAIN)
        (row,) = suspended(store, "d1")
        assert (row.card_id, row.reason, row.failures) == ("leech", "leech", 8)
        later = at + timedelta(days=30)
        assert ids(due_queue(store, [d], later, tz=UTC)) == ["other"]
        figures = deck_stats(store, d, later, tz=UTC)
        assert [c.card_id for c in figures.suspended] == ["leech"]
        assert unsuspend(store, "leech") == ["d1"]
        assert ids(due_queue(store, [d], later, tz=UTC)) == ["leech", "other"]


@pytest.mark.anyio
async def test_suspend_and_bury_from_the_feedback(tmp_path: Path):
    clock = FakeClock()
    summit = make_deck(CHOICE_CARDS)
    with store_in(tmp_path) as store:
        session = QuizSession(
            [summit], QuizOptions(shuffle=False), recorder=store.recorder("quiz"), now=clock
        )
        app = create_app(session=session, key_clock=Steps())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("1", "s")  # who-said: answered, then suspended
            assert any("Suspended" in str(n.message) for n in app._notifications)
            await pilot.press("enter", "2", "b")  # date: answered, then buried for today
            await pilot.press("enter", "1")
        assert [c.card_id for c in suspended(store, "summit")] == ["who-said-growth"]
        later = clock() + timedelta(hours=1)
        due_later = due_queue(store, [summit], later, tz=UTC).cards
        assert "date-summit" not in [item.card.id for item in due_later]
        tomorrow = clock() + timedelta(days=1, hours=1)
        queue = due_queue(store, [summit], tomorrow, tz=UTC)
        assert "who-said-growth" not in ids(queue)  # suspended: never, until unsuspended
        assert "date-summit" in ids(queue)  # buried: back the next day


@pytest.mark.anyio
async def test_the_stats_screen_lists_suspended_cards(tmp_path: Path):
    clock = FakeClock()
    summit = make_deck(CHOICE_CARDS)
    with store_in(tmp_path) as store:
        first = summit.cards[0]
        store.record(answer(first, clock(), deck_id="summit"), GOOD)
        suspend(store, "summit", first.id)
        app = create_app(
            [summit], stats=lambda d: deck_stats(store, d, clock(), tz=UTC), key_clock=Steps()
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("t")
            await pilot.pause()
            assert isinstance(app.screen, StatsScreen)
            shown = str(app.screen.query_one(".stats-suspended").content)
            assert "yours" in shown and "who-said-growth" in shown


def test_review_unsuspend_and_suspended_through_the_cli(tmp_path: Path, data_dir: Path):
    summit = make_deck(CHOICE_CARDS)
    path = tmp_path / "summit.deck.yaml"
    write_deck(summit, path)
    with open_store(data_dir) as store:
        store.record(answer(summit.cards[0], T0, deck_id="summit"), GOOD)
        suspend(store, "summit", summit.cards[0].id)
    listed = run_cli("review", "--suspended")
    assert listed.returncode == 0, listed.stderr
    assert "summit  who-said-growth  (by you)" in listed.stdout
    result = run_cli("review", "--unsuspend", "who-said-growth")
    assert result.returncode == 0, result.stderr
    assert "Unsuspended who-said-growth in summit" in result.stdout
    again = run_cli("review", "--unsuspend", "who-said-growth")
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "trainer: no suspended card 'who-said-growth' (see trainer review --suspended)"
    )
    with open_store(data_dir) as store:
        assert suspended(store) == []


def test_undoing_the_eighth_failure_lifts_the_leech(tmp_path: Path):
    leech = card("leech")
    with store_in(tmp_path) as store:
        recorder = store.recorder("quiz")
        for i in range(LEECH_FAILURES):
            last = recorder.record(answer(leech, T0 + timedelta(days=i), verdict="wrong"), AGAIN)
        assert [c.card_id for c in suspended(store)] == ["leech"]
        recorder.undo(last)
        assert suspended(store) == []
